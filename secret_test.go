package main

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
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
// speaks the service's AWS JSON 1.1 protocol, through the signed call
// the program makes (awscall).

const testSecretARN = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:atsbridge/dev/provider-AbCdEf"

// secretsCall is one request the fake Secrets Manager received.
type secretsCall struct {
	Target   string
	SecretID string
	Signed   bool
	Region   string // of the signature's credential scope
	Service  string // of the signature's credential scope
}

// signingScope reads the region and the service from a SigV4
// Authorization header
// ("AWS4-HMAC-SHA256 Credential=AKID/20261204/eu-west-1/secretsmanager/aws4_request, ...").
func signingScope(authorization string) (region, service string) {
	_, cred, ok := strings.Cut(authorization, "Credential=")
	if !ok {
		return "", ""
	}
	cred, _, _ = strings.Cut(cred, ",")
	if parts := strings.Split(cred, "/"); len(parts) == 5 {
		return parts[2], parts[3]
	}
	return "", ""
}

// fakeSecretsManager answers GetSecretValue for one secret, and records
// the calls.
type fakeSecretsManager struct {
	URL string

	mu    sync.Mutex
	calls []secretsCall
}

// secretsAnswer is one reply of the fake: an AWS error when ErrorType is
// set, otherwise the secret with SecretString or SecretBinary. Hang holds
// the reply until the client gives up.
type secretsAnswer struct {
	Status       int
	ErrorType    string
	SecretString *string
	SecretBinary []byte
	Hang         bool
}

// newFakeSecretsManager serves status and body for every GetSecretValue;
// with status 200, body is the SecretString. Other statuses answer with an
// AWS error whose type is body.
func newFakeSecretsManager(t *testing.T, status int, body string) *fakeSecretsManager {
	t.Helper()
	return startFakeSecretsManager(t, func(int) secretsAnswer {
		if status != http.StatusOK {
			return secretsAnswer{Status: status, ErrorType: body}
		}
		return secretsAnswer{Status: status, SecretString: &body}
	})
}

// startFakeSecretsManager serves answer(n) for the n-th GetSecretValue
// (from 1).
func startFakeSecretsManager(t *testing.T, answer func(n int) secretsAnswer) *fakeSecretsManager {
	t.Helper()
	f := &fakeSecretsManager{}
	release := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var in struct{ SecretId string }
		_ = json.NewDecoder(r.Body).Decode(&in)
		target := r.Header.Get("X-Amz-Target")
		region, service := signingScope(r.Header.Get("Authorization"))
		f.mu.Lock()
		f.calls = append(f.calls, secretsCall{
			Target: target, SecretID: in.SecretId,
			Signed: strings.HasPrefix(r.Header.Get("Authorization"), "AWS4-HMAC-SHA256 "),
			Region: region, Service: service,
		})
		n := len(f.calls)
		f.mu.Unlock()

		w.Header().Set("Content-Type", "application/x-amz-json-1.1")
		w.Header().Set("X-Amzn-RequestId", "6b3c8a4e-0f2d-4d9b-a1c7-5e8f9d0a1b2c")
		if r.Method != http.MethodPost || r.URL.Path != "/" || target != "secretsmanager.GetSecretValue" {
			w.Header().Set("X-Amzn-ErrorType", "UnknownOperationException")
			w.WriteHeader(http.StatusBadRequest)
			_, _ = fmt.Fprint(w, `{"__type":"UnknownOperationException"}`)
			return
		}
		a := answer(n)
		switch {
		case a.Hang:
			select {
			case <-r.Context().Done():
			case <-release:
			}
		case a.ErrorType != "":
			w.Header().Set("X-Amzn-ErrorType", a.ErrorType)
			w.WriteHeader(a.Status)
			_ = json.NewEncoder(w).Encode(map[string]string{"__type": a.ErrorType, "Message": awsErrorMessages[a.ErrorType]})
		default:
			reply := map[string]any{
				"ARN": in.SecretId, "Name": "atsbridge/dev/provider",
				"VersionId": "EXAMPLE1-90ab-cdef-fedc-ba987EXAMPLE", "VersionStages": []string{"AWSCURRENT"},
				"CreatedDate": 1795954530.0,
			}
			if a.SecretString != nil {
				reply["SecretString"] = *a.SecretString
			}
			if a.SecretBinary != nil {
				reply["SecretBinary"] = a.SecretBinary // base64, as the service sends blobs
			}
			_ = json.NewEncoder(w).Encode(reply)
		}
	}))
	t.Cleanup(func() {
		close(release)
		srv.Close()
	})
	f.URL = srv.URL
	return f
}

// awsErrorMessages are Secrets Manager's own messages for the errors used.
var awsErrorMessages = map[string]string{
	"ThrottlingException":       "Rate exceeded",
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

// useFakeAWS points the AWS configuration (awsenv) at dummy credentials
// and away from any shared config on this machine; the SDK's default
// chain reads these from the process environment, not from run's getenv.
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
		// useFakeAWS's credentials, as the Lambda build reads them: through
		// run's getenv (the default chain reads the process's own).
		"AWS_ACCESS_KEY_ID": "AKIAIOSFODNN7EXAMPLE", "AWS_SECRET_ACCESS_KEY": "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
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
		// The other keys the secret may hold; "" when the case sets none.
		wantMember, wantBaseURL, wantCursor string
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
			name: "every key the secret may hold",
			secret: map[string]string{
				"ATS_API_KEY": "tok-SECRET-6666", "WORKABLE_COMPANY": "acme", "WORKABLE_MEMBER_ID": "mem-7",
				"ATS_BASE_URL": "http://127.0.0.1:1/spi/v3", "CURSOR_SECRET": "cur-SECRET-8",
			},
			wantKey: "tok-SECRET-6666", wantCompany: "acme", wantStore: "sqlite",
			wantMember: "mem-7", wantBaseURL: "http://127.0.0.1:1/spi/v3", wantCursor: "cur-SECRET-8",
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
			wantCursor := tt.wantCursor
			if wantCursor == "" {
				wantCursor = defaultCursorSecret // loadConfig's default when neither sets it
			}
			if live.MemberID != tt.wantMember || live.BaseURL != tt.wantBaseURL || cfg.CursorSecret != wantCursor {
				t.Errorf("member/base URL/cursor secret = %q/%q/%q, want %q/%q/%q",
					live.MemberID, live.BaseURL, cfg.CursorSecret, tt.wantMember, tt.wantBaseURL, wantCursor)
			}
			calls := f.Calls()
			want := secretsCall{Target: "secretsmanager.GetSecretValue", SecretID: testSecretARN, Signed: true, Region: "eu-west-1", Service: "secretsmanager"}
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

// TestSecretRegionFromGetenv checks the region for Secrets Manager comes
// from run's getenv, like every other setting, not only from the process
// environment the SDK reads by itself.
func TestSecretRegionFromGetenv(t *testing.T) {
	useFakeAWS(t)
	t.Setenv("AWS_REGION", "")
	t.Setenv("AWS_DEFAULT_REGION", "")
	f := newFakeSecretsManager(t, http.StatusOK, secretJSON(t, map[string]string{"ATS_API_KEY": "tok-SECRET-1414"}))
	env := secretEnv(f, map[string]string{"AWS_REGION": "eu-west-1"}) // in getenv only
	getenv, err := withSecret(context.Background(), func(k string) string { return env[k] })
	if err != nil {
		t.Fatalf("withSecret: %v", err)
	}
	if got := getenv("ATS_API_KEY"); got != "tok-SECRET-1414" {
		t.Errorf("ATS_API_KEY = %q, want the secret's", got)
	}
	if calls := f.Calls(); len(calls) != 1 || calls[0].Region != "eu-west-1" {
		t.Errorf("Secrets Manager calls = %+v, want one signed for eu-west-1", calls)
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
			out, err := runToError(t, env)
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
	// LOG_LEVEL=debug is what makes the check below mean something: the
	// client's per-call lines are debug lines.
	if !strings.Contains(out.String(), `"msg":"upstream call","provider":"workable"`) {
		t.Errorf("no debug line from the Workable client at LOG_LEVEL=debug:\n%s", out)
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
			out, err := runToError(t, env)
			if !strings.Contains(err.Error(), tt.want) {
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

// TestRunStopsWhenTheSecretReadFails checks the ways reading the secret
// can fail besides a refusal: the secret is binary, Secrets Manager does
// not answer, or it keeps throttling. Each stops start-up with one line
// naming ATS_SECRET_ARN, within the 5 s the read is given (a read without
// a deadline would hang the program, and fail this test at its bound); a
// throttle that passes is retried and the program serves. The cases run
// in parallel, since the backoff and the timeout take seconds.
func TestRunStopsWhenTheSecretReadFails(t *testing.T) {
	useFakeAWS(t)
	credentials := secretJSON(t, map[string]string{"ATS_API_KEY": "tok-SECRET-1212", "WORKABLE_COMPANY": "acme"})
	throttle := secretsAnswer{Status: http.StatusBadRequest, ErrorType: "ThrottlingException"}
	tests := []struct {
		name      string
		answer    func(n int) secretsAnswer
		wantErr   []string // all named in run's error; none: the program serves
		wantCalls [2]int   // at least, at most
	}{
		{
			name: "the secret is binary",
			answer: func(int) secretsAnswer {
				return secretsAnswer{Status: http.StatusOK, SecretBinary: []byte(credentials)}
			},
			wantErr:   []string{"ATS_SECRET_ARN", "no string value"},
			wantCalls: [2]int{1, 1},
		},
		{
			name:      "Secrets Manager does not answer",
			answer:    func(int) secretsAnswer { return secretsAnswer{Hang: true} },
			wantErr:   []string{"ATS_SECRET_ARN", "deadline exceeded"},
			wantCalls: [2]int{1, 3},
		},
		{
			// At most 3 attempts, as the SDK's standard retryer makes;
			// their backoff, under a second, ends well within the 5 s.
			name:      "Secrets Manager keeps throttling",
			answer:    func(int) secretsAnswer { return throttle },
			wantErr:   []string{"ATS_SECRET_ARN", "GetSecretValue"},
			wantCalls: [2]int{3, 3},
		},
		{
			name: "Secrets Manager throttles once",
			answer: func(n int) secretsAnswer {
				if n == 1 {
					return throttle
				}
				return secretsAnswer{Status: http.StatusOK, SecretString: &credentials}
			},
			wantCalls: [2]int{2, 2},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			f := startFakeSecretsManager(t, tt.answer)
			workableURL, _ := fakeWorkable(t)
			env := secretEnv(f, map[string]string{"PORT": "0", "STORE": "memory", "LOG_FORMAT": "json", "ATS_BASE_URL": workableURL})
			if len(tt.wantErr) == 0 {
				base, out, _ := startRun(t, env)
				var health struct{ Data struct{ Mode string } }
				if code := getJSON(t, base+"/healthz", &health); code != 200 || health.Data.Mode != "live" {
					t.Errorf("healthz: %d mode %q, want 200 live (credentials from the secret)", code, health.Data.Mode)
				}
				if strings.Contains(out.String(), "SECRET-") {
					t.Errorf("the secret's value leaked:\n%s", out)
				}
			} else {
				out, err := runToError(t, env)
				t.Logf("run: %v", err)
				for _, w := range tt.wantErr {
					checkOneLine(t, err, w)
				}
				if strings.Contains(err.Error()+out.String(), "SECRET-") {
					t.Errorf("the secret's value leaked: %v\n%s", err, out)
				}
			}
			if n := len(f.Calls()); n < tt.wantCalls[0] || n > tt.wantCalls[1] {
				t.Errorf("Secrets Manager got %d calls, want %d to %d", n, tt.wantCalls[0], tt.wantCalls[1])
			}
		})
	}
}

// TestRunStopsWhenTheAWSConfigurationFails checks that an AWS
// configuration the SDK cannot load (here a profile the config file does
// not have) stops start-up with one line naming ATS_SECRET_ARN and the
// cause, before any call to Secrets Manager.
func TestRunStopsWhenTheAWSConfigurationFails(t *testing.T) {
	useFakeAWS(t)
	config := filepath.Join(t.TempDir(), "config")
	if err := os.WriteFile(config, []byte("[default]\nregion = eu-west-1\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	t.Setenv("AWS_CONFIG_FILE", config)
	t.Setenv("AWS_PROFILE", "atsbridge-no-such-profile")
	f := newFakeSecretsManager(t, http.StatusOK, secretJSON(t, map[string]string{"ATS_API_KEY": "tok-SECRET-1313"}))
	out, err := runToError(t, secretEnv(f, map[string]string{"PORT": "0", "STORE": "memory"}))
	t.Logf("run: %v", err)
	checkOneLine(t, err, "ATS_SECRET_ARN")
	checkOneLine(t, err, "atsbridge-no-such-profile")
	if n := len(f.Calls()); n != 0 {
		t.Errorf("Secrets Manager got %d calls, want none", n)
	}
	if strings.Contains(err.Error()+out.String(), "SECRET-") {
		t.Errorf("the secret's value leaked: %v\n%s", err, out)
	}
}
