package main

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/workable"
)

// In the cloud the provider credentials come from a Secrets Manager secret
// named by ATS_SECRET_ARN, read once at cold start. These tests run
// withSecret and run() against a fake Secrets Manager on loopback that
// speaks the service's AWS JSON 1.1 protocol, through the real AWS SDK.

const testSecretARN = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:atsbridge/dev/provider-AbCdEf"

// secretsCall is one request the fake Secrets Manager received.
type secretsCall struct {
	Target   string
	SecretID string
	Signed   bool
}

// fakeSecretsManager answers GetSecretValue for one secret with a fixed
// reply, and records the calls.
type fakeSecretsManager struct {
	URL string

	mu    sync.Mutex
	calls []secretsCall
}

// newFakeSecretsManager serves status and body for every GetSecretValue;
// with status 200, body is the SecretString. Other statuses answer with an
// AWS error whose type is body.
func newFakeSecretsManager(t *testing.T, status int, body string) *fakeSecretsManager {
	t.Helper()
	f := &fakeSecretsManager{}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var in struct{ SecretId string }
		_ = json.NewDecoder(r.Body).Decode(&in)
		target := r.Header.Get("X-Amz-Target")
		f.mu.Lock()
		f.calls = append(f.calls, secretsCall{
			Target: target, SecretID: in.SecretId,
			Signed: strings.HasPrefix(r.Header.Get("Authorization"), "AWS4-HMAC-SHA256 "),
		})
		f.mu.Unlock()

		w.Header().Set("Content-Type", "application/x-amz-json-1.1")
		w.Header().Set("X-Amzn-RequestId", "6b3c8a4e-0f2d-4d9b-a1c7-5e8f9d0a1b2c")
		switch {
		case r.Method != http.MethodPost || r.URL.Path != "/" || target != "secretsmanager.GetSecretValue":
			w.Header().Set("X-Amzn-ErrorType", "UnknownOperationException")
			w.WriteHeader(http.StatusBadRequest)
			_, _ = fmt.Fprint(w, `{"__type":"UnknownOperationException"}`)
		case status != http.StatusOK:
			w.Header().Set("X-Amzn-ErrorType", body)
			w.WriteHeader(status)
			_ = json.NewEncoder(w).Encode(map[string]string{"__type": body, "Message": awsErrorMessages[body]})
		default:
			_ = json.NewEncoder(w).Encode(map[string]any{
				"ARN": in.SecretId, "Name": "atsbridge/dev/provider", "SecretString": body,
				"VersionId": "EXAMPLE1-90ab-cdef-fedc-ba987EXAMPLE", "VersionStages": []string{"AWSCURRENT"},
				"CreatedDate": 1795954530.0,
			})
		}
	}))
	t.Cleanup(srv.Close)
	f.URL = srv.URL
	return f
}

// awsErrorMessages are Secrets Manager's own messages for the errors used.
var awsErrorMessages = map[string]string{
	"ResourceNotFoundException": "Secrets Manager can't find the specified secret.",
	"AccessDeniedException":     "User: arn:aws:sts::123456789012:assumed-role/atsbridge-api/atsbridge is not authorized to perform: secretsmanager:GetSecretValue",
}

func (f *fakeSecretsManager) Calls() []secretsCall {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]secretsCall(nil), f.calls...)
}

// secretJSON encodes a secret's key/value pairs as Secrets Manager stores them.
func secretJSON(t *testing.T, values map[string]string) string {
	t.Helper()
	b, err := json.Marshal(values)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// useFakeAWS points the AWS SDK at dummy credentials and away from any
// shared config on this machine; the SDK reads these from the process
// environment, not from run's getenv.
func useFakeAWS(t *testing.T) {
	t.Helper()
	dir := t.TempDir()
	for k, v := range map[string]string{
		"AWS_ACCESS_KEY_ID":                "AKIAIOSFODNN7EXAMPLE",
		"AWS_SECRET_ACCESS_KEY":            "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
		"AWS_SESSION_TOKEN":                "",
		"AWS_REGION":                       "eu-west-1",
		"AWS_PROFILE":                      "",
		"AWS_CONFIG_FILE":                  filepath.Join(dir, "no-config"),
		"AWS_SHARED_CREDENTIALS_FILE":      filepath.Join(dir, "no-credentials"),
		"AWS_EC2_METADATA_DISABLED":        "true",
		"AWS_ENDPOINT_URL":                 "",
		"AWS_ENDPOINT_URL_SECRETS_MANAGER": "",
	} {
		t.Setenv(k, v)
	}
}

// secretEnv is the function's environment when the secret is configured.
func secretEnv(f *fakeSecretsManager, extra map[string]string) map[string]string {
	env := map[string]string{
		"ATS_SECRET_ARN": testSecretARN, "SECRETS_MANAGER_ENDPOINT": f.URL, "AWS_REGION": "eu-west-1",
	}
	for k, v := range extra {
		env[k] = v
	}
	return env
}

// TestSecretFillsConfig checks the secret's values reach the configuration
// (so ATS_MODE=auto goes live), that the environment fills what the secret
// lacks, and that the secret is read with one signed GetSecretValue call.
func TestSecretFillsConfig(t *testing.T) {
	tests := []struct {
		name        string
		secret      map[string]string
		env         map[string]string
		wantKey     string
		wantCompany string
		wantStore   string
	}{
		{
			name:    "the secret holds the key and the company",
			secret:  map[string]string{"ATS_API_KEY": "tok-SECRET-1111", "WORKABLE_COMPANY": "acme"},
			wantKey: "tok-SECRET-1111", wantCompany: "acme", wantStore: "sqlite",
		},
		{
			name:    "the environment fills what the secret lacks",
			secret:  map[string]string{"ATS_API_KEY": "tok-SECRET-2222"},
			env:     map[string]string{"WORKABLE_COMPANY": "envco"},
			wantKey: "tok-SECRET-2222", wantCompany: "envco", wantStore: "sqlite",
		},
		{
			name:    "the secret wins over the environment",
			secret:  map[string]string{"ATS_API_KEY": "tok-SECRET-3333", "WORKABLE_COMPANY": "acme"},
			env:     map[string]string{"ATS_API_KEY": "tok-OLD-env", "WORKABLE_COMPANY": "oldco"},
			wantKey: "tok-SECRET-3333", wantCompany: "acme", wantStore: "sqlite",
		},
		{
			name:    "an empty value in the secret falls back to the environment",
			secret:  map[string]string{"ATS_API_KEY": "", "WORKABLE_COMPANY": "acme"},
			env:     map[string]string{"ATS_API_KEY": "tok-SECRET-env-4444"},
			wantKey: "tok-SECRET-env-4444", wantCompany: "acme", wantStore: "sqlite",
		},
		{
			name:    "keys that are not credentials are ignored",
			secret:  map[string]string{"ATS_API_KEY": "tok-SECRET-5555", "WORKABLE_COMPANY": "acme", "STORE": "memory"},
			wantKey: "tok-SECRET-5555", wantCompany: "acme", wantStore: "sqlite",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			useFakeAWS(t)
			f := newFakeSecretsManager(t, http.StatusOK, secretJSON(t, tt.secret))
			env := secretEnv(f, tt.env)
			getenv, err := withSecret(context.Background(), func(k string) string { return env[k] })
			if err != nil {
				t.Fatalf("withSecret: %v", err)
			}
			cfg, err := loadConfig(getenv)
			if err != nil {
				t.Fatalf("loadConfig: %v", err)
			}
			if cfg.Mode != ats.ModeLive {
				t.Errorf("mode = %s (%s), want live", cfg.Mode, cfg.ModeReason)
			}
			live, _ := cfg.Live.(workable.Config)
			if live.Token != tt.wantKey {
				t.Errorf("API key = %q, want %q", live.Token, tt.wantKey)
			}
			if live.Company != tt.wantCompany {
				t.Errorf("company = %q, want %q", live.Company, tt.wantCompany)
			}
			if cfg.Store != tt.wantStore {
				t.Errorf("store = %q, want %q", cfg.Store, tt.wantStore)
			}
			calls := f.Calls()
			want := secretsCall{Target: "secretsmanager.GetSecretValue", SecretID: testSecretARN, Signed: true}
			if len(calls) != 1 || calls[0] != want {
				t.Errorf("Secrets Manager calls = %+v, want one %+v", calls, want)
			}
		})
	}
}

// TestSecretNotConfigured checks that without ATS_SECRET_ARN nothing is
// fetched and the environment is used as it is.
func TestSecretNotConfigured(t *testing.T) {
	useFakeAWS(t)
	f := newFakeSecretsManager(t, http.StatusOK, `{"ATS_API_KEY":"tok-SECRET-unused"}`)
	env := map[string]string{"SECRETS_MANAGER_ENDPOINT": f.URL, "ATS_API_KEY": "tok-env"}
	getenv, err := withSecret(context.Background(), func(k string) string { return env[k] })
	if err != nil {
		t.Fatal(err)
	}
	if got := getenv("ATS_API_KEY"); got != "tok-env" {
		t.Errorf("ATS_API_KEY = %q, want the environment's tok-env", got)
	}
	if n := len(f.Calls()); n != 0 {
		t.Errorf("Secrets Manager got %d calls, want none without ATS_SECRET_ARN", n)
	}
}

// TestRunStopsWhenTheSecretCannotBeRead checks that a secret that cannot be
// read or used stops the program at start with one line naming
// ATS_SECRET_ARN (never a silent fall back to preview), without echoing
// the secret.
func TestRunStopsWhenTheSecretCannotBeRead(t *testing.T) {
	tests := []struct {
		name   string
		status int
		body   string
		want   string
	}{
		{"the secret does not exist", http.StatusBadRequest, "ResourceNotFoundException", "ResourceNotFoundException"},
		{"the role may not read it", http.StatusBadRequest, "AccessDeniedException", "AccessDeniedException"},
		{"the secret is a bare token, not JSON", http.StatusOK, "tok-SECRET-bare-9999", "JSON"},
		{"the secret's values are not strings", http.StatusOK, `{"ATS_API_KEY":"tok-SECRET-num-8888","WORKABLE_MEMBER_ID":12345}`, "JSON"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			useFakeAWS(t)
			f := newFakeSecretsManager(t, tt.status, tt.body)
			env := secretEnv(f, map[string]string{"STORE": "sqlite", "DATA_DIR": t.TempDir(), "PORT": "0"})
			out := &syncBuffer{}
			err := run(context.Background(), []string{"atsbridge"}, func(k string) string { return env[k] }, out, out)
			if err == nil {
				t.Fatalf("run returned nil, want a start-up error naming ATS_SECRET_ARN; output:\n%s", out)
			}
			msg := err.Error()
			t.Logf("run: %v", err)
			if !strings.Contains(msg, "ATS_SECRET_ARN") || !strings.Contains(msg, tt.want) {
				t.Errorf("error = %q, want one naming ATS_SECRET_ARN and %s", msg, tt.want)
			}
			if strings.Contains(msg, "\n") {
				t.Errorf("error spans several lines, want one: %q", msg)
			}
			if strings.Contains(msg+out.String(), "SECRET-") {
				t.Errorf("the secret's value leaked: error %q, output %q", msg, out)
			}
			if len(f.Calls()) == 0 {
				t.Errorf("Secrets Manager was never called")
			}
		})
	}
}

// fakeWorkable answers every SPI call with 401, as Workable does for a
// revoked token, and records the Authorization headers it saw.
func fakeWorkable(t *testing.T) (baseURL string, auths func() []string) {
	t.Helper()
	var mu sync.Mutex
	var seen []string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		seen = append(seen, r.Header.Get("Authorization"))
		mu.Unlock()
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusUnauthorized)
		_, _ = fmt.Fprint(w, `{"error":"Not authorized"}`)
	}))
	t.Cleanup(srv.Close)
	return srv.URL + "/spi/v3", func() []string {
		mu.Lock()
		defer mu.Unlock()
		return append([]string(nil), seen...)
	}
}

// TestRunWithSecretKeepsTheTokenOutOfOutput starts the program with the
// token only in the secret: it serves live, sends the token upstream, and
// the token appears neither in its output nor in any response.
func TestRunWithSecretKeepsTheTokenOutOfOutput(t *testing.T) {
	const token = "tok-SECRET-live-4242"
	useFakeAWS(t)
	f := newFakeSecretsManager(t, http.StatusOK, secretJSON(t, map[string]string{"ATS_API_KEY": token, "WORKABLE_COMPANY": "acme"}))
	workableURL, auths := fakeWorkable(t)
	env := secretEnv(f, map[string]string{
		"PORT": "0", "STORE": "sqlite", "DATA_DIR": t.TempDir(), "LOG_FORMAT": "json", "LOG_LEVEL": "debug",
		"ATS_BASE_URL": workableURL,
	})
	base, out, stop := startRun(t, env)

	var health struct{ Data struct{ Mode string } }
	if code := getJSON(t, base+"/healthz", &health); code != 200 || health.Data.Mode != "live" {
		t.Errorf("healthz: status %d mode %q, want 200 live", code, health.Data.Mode)
	}
	var jobs envelopeBody
	code := getJSON(t, base+"/jobs", &jobs)
	if code != http.StatusBadGateway || jobs.Code != "UPSTREAM_AUTH_FAILED" {
		t.Errorf("GET /jobs with a rejected token: %d %s, want 502 UPSTREAM_AUTH_FAILED", code, jobs.Code)
	}
	if strings.Contains(jobs.Message, token) {
		t.Errorf("the response carries the token: %q", jobs.Message)
	}
	if got := auths(); len(got) == 0 || got[0] != "Bearer "+token {
		t.Errorf("Workable saw Authorization %q, want the secret's token as a bearer token", got)
	}
	if err := stop(); err != nil {
		t.Errorf("run: %v", err)
	}
	if strings.Contains(out.String(), token) {
		t.Errorf("the token appears in the output:\n%s", out)
	}
}

// TestRunLiveWithoutCredentials checks that ATS_MODE=live without a key,
// from the environment or from the secret, stops the program with one line
// naming the missing variable and prints no secret.
func TestRunLiveWithoutCredentials(t *testing.T) {
	const cursorSecret = "cur-SECRET-7777"
	tests := []struct {
		name   string
		secret map[string]string // nil: no ATS_SECRET_ARN
		env    map[string]string
		want   string
	}{
		{
			name: "no key anywhere",
			env:  map[string]string{"ATS_MODE": "live", "WORKABLE_COMPANY": "acme", "CURSOR_SECRET": cursorSecret},
			want: "ATS_API_KEY",
		},
		{
			name:   "the secret has the key but no company",
			secret: map[string]string{"ATS_API_KEY": "tok-SECRET-6666"},
			env:    map[string]string{"ATS_MODE": "live", "CURSOR_SECRET": cursorSecret},
			want:   "WORKABLE_COMPANY",
		},
		{
			name:   "the secret has the company but no key",
			secret: map[string]string{"WORKABLE_COMPANY": "acme", "CURSOR_SECRET": cursorSecret},
			env:    map[string]string{"ATS_MODE": "live"},
			want:   "ATS_API_KEY",
		},
		{
			// In the cloud, auto mode never quietly becomes preview.
			name:   "auto mode with an empty secret",
			secret: map[string]string{"ATS_API_KEY": "", "WORKABLE_COMPANY": "", "CURSOR_SECRET": cursorSecret},
			env:    map[string]string{"ATS_MODE": "auto"},
			want:   "ATS_MODE=preview",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			useFakeAWS(t)
			env := map[string]string{"STORE": "sqlite", "DATA_DIR": t.TempDir(), "PORT": "0"}
			if tt.secret != nil {
				env = secretEnv(newFakeSecretsManager(t, http.StatusOK, secretJSON(t, tt.secret)), env)
			}
			for k, v := range tt.env {
				env[k] = v
			}
			out := &syncBuffer{}
			err := run(context.Background(), []string{"atsbridge"}, func(k string) string { return env[k] }, out, out)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("run error = %v, want one naming %s", err, tt.want)
			}
			if strings.Contains(err.Error(), "\n") {
				t.Errorf("error spans several lines, want one: %q", err)
			}
			if all := err.Error() + out.String(); strings.Contains(all, "SECRET-") {
				t.Errorf("a secret leaked: %s", all)
			}
		})
	}
}
