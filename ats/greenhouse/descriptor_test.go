package greenhouse_test

import (
	"fmt"
	"log/slog"
	"slices"
	"strings"
	"testing"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/greenhouse"
	"github.com/atsbridge/atsbridge/ats/greenhouse/greenhousetest"
)

// The descriptor reads its variables into the client's configuration:
// the unset required ones are missing, unusable values are errors naming
// their variable, and neither says the secret.
func TestDescriptor(t *testing.T) {
	d := greenhouse.Descriptor()
	full := map[string]string{"GREENHOUSE_CLIENT_ID": "abc-1", "GREENHOUSE_CLIENT_SECRET": secret}
	with := func(kv ...string) map[string]string {
		env := map[string]string{}
		for k, v := range full {
			env[k] = v
		}
		for i := 0; i < len(kv); i += 2 {
			env[kv[i]] = kv[i+1]
		}
		return env
	}
	tests := []struct {
		name        string
		env         map[string]string
		wantMissing []string
		wantErr     string
	}{
		{"complete", full, nil, ""},
		{"everything set", with("GREENHOUSE_USER_ID", "4080001", "GREENHOUSE_TOKEN_URL", "http://127.0.0.1:9/token",
			"ATS_BASE_URL", "http://127.0.0.1:9/v3", "GREENHOUSE_RATE_LIMIT", "75"), nil, ""},
		{"nothing", map[string]string{}, []string{"GREENHOUSE_CLIENT_ID", "GREENHOUSE_CLIENT_SECRET"}, ""},
		{"no secret", map[string]string{"GREENHOUSE_CLIENT_ID": "abc-1"}, []string{"GREENHOUSE_CLIENT_SECRET"}, ""},
		{"bad rate limit", with("GREENHOUSE_RATE_LIMIT", "0"), nil, "GREENHOUSE_RATE_LIMIT"},
		{"bad user", with("GREENHOUSE_USER_ID", "ada"), nil, "GREENHOUSE_USER_ID"},
		{"token url over plain http", with("GREENHOUSE_TOKEN_URL", "http://auth.greenhouse.io/token"), nil, "GREENHOUSE_TOKEN_URL"},
		{"the v1 base url", with("ATS_BASE_URL", "harvest.greenhouse.io/v1"), nil, "ATS_BASE_URL"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg, missing, err := d.Configure(func(k string) string { return tt.env[k] })
			if !slices.Equal(missing, tt.wantMissing) {
				t.Errorf("missing: got %v, want %v", missing, tt.wantMissing)
			}
			switch {
			case tt.wantErr == "" && err != nil:
				t.Fatalf("got %v, want no error", err)
			case tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)):
				t.Fatalf("got %v, want an error naming %s", err, tt.wantErr)
			}
			if err != nil && strings.Contains(err.Error(), secret) {
				t.Errorf("the error carries the secret: %v", err)
			}
			if s := fmt.Sprintf("%v %+v %#v", cfg, cfg, cfg); strings.Contains(s, secret) {
				t.Errorf("printing the configuration shows the secret: %s", s)
			}
		})
	}
	if got := d.Vars; !slices.ContainsFunc(got, func(v ats.EnvVar) bool { return v.Name == "GREENHOUSE_CLIENT_SECRET" && v.Secret && v.Required }) {
		t.Errorf("GREENHOUSE_CLIENT_SECRET is not a required secret: %+v", got)
	}
}

// What the descriptor opens is a live client with the program's version,
// pointed where the environment says.
func TestDescriptorOpensAClient(t *testing.T) {
	fake := greenhousetest.Start(t, fastOptions())
	fake.Seed()
	env := map[string]string{"GREENHOUSE_CLIENT_ID": fake.ClientID, "GREENHOUSE_CLIENT_SECRET": fake.ClientSecret,
		"GREENHOUSE_TOKEN_URL": fake.TokenURL, "ATS_BASE_URL": fake.URL, "GREENHOUSE_USER_ID": fmt.Sprint(greenhousetest.AdminUserID)}
	cfg, missing, err := greenhouse.Descriptor().Configure(func(k string) string { return env[k] })
	if err != nil || len(missing) > 0 {
		t.Fatalf("got %v missing %v, want a complete configuration", err, missing)
	}
	p, err := cfg.Open(ats.OpenDeps{Logger: slog.New(slog.DiscardHandler), Version: "9.9.9"})
	if err != nil {
		t.Fatal(err)
	}
	page, err := p.ListJobs(t.Context(), ats.JobQuery{Window: ats.Window{Limit: 2}})
	if err != nil || len(page.Items) != 2 {
		t.Fatalf("got %d jobs, %v; want 2 from the fake", len(page.Items), err)
	}
	r := fake.Requests()[0]
	if !strings.HasPrefix(r.UserAgent, "atsbridge/9.9.9 ") || r.Sub != env["GREENHOUSE_USER_ID"] {
		t.Errorf("User-Agent %q acting as %q, want the program's version and GREENHOUSE_USER_ID", r.UserAgent, r.Sub)
	}
}
