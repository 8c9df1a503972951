package registry_test

import (
	"fmt"
	"log/slog"
	"slices"
	"strings"
	"testing"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/registry"
	"github.com/atsbridge/atsbridge/ats/workable/workabletest"
)

func TestTheList(t *testing.T) {
	if got := registry.Names(); !slices.Equal(got, []string{"workable", "greenhouse", "lever"}) {
		t.Errorf("providers: got %v, want workable, greenhouse, lever", got)
	}
	if got := registry.OneOf(); got != "workable, greenhouse or lever" {
		t.Errorf("OneOf: got %q", got)
	}
	if _, ok := registry.Lookup(registry.DefaultProvider); !ok {
		t.Errorf("the default provider %q is not in the list", registry.DefaultProvider)
	}
	if _, ok := registry.Lookup("bamboohr"); ok {
		t.Error("Lookup found a provider that is not in the list")
	}
	for _, name := range []string{"workable", "greenhouse", "lever"} {
		if d, _ := registry.Lookup(name); !d.Live() {
			t.Errorf("%s has no live integration, want one", name)
		}
	}
}

// The secret's keys are the providers' secret variables, each once; the
// cursor key is generated beside them and belongs to no provider.
func TestSecretKeys(t *testing.T) {
	if got := registry.SecretKeys(); !slices.Equal(got, []string{"ATS_API_KEY", "WORKABLE_COMPANY", "WORKABLE_MEMBER_ID",
		"GREENHOUSE_CLIENT_ID", "GREENHOUSE_CLIENT_SECRET", "GREENHOUSE_USER_ID", "LEVER_USER_ID"}) {
		t.Errorf("secret keys: got %v", got)
	}
	for _, v := range registry.Vars() {
		if v.Name == registry.CursorSecretKey {
			t.Errorf("a provider declares %s, which the secret generates", v.Name)
		}
	}
}

// Every descriptor is consistent in itself and with the others: names are
// ATS_PROVIDER values, variables are upper case and declared once, a
// variable two providers share is secret for both or neither, and Load on
// an empty environment reports exactly the Required variables missing.
func TestDescriptorsAreConsistent(t *testing.T) {
	secret := map[string]bool{}
	for _, d := range registry.All() {
		t.Run(d.Name, func(t *testing.T) {
			if d.Name == "" || d.Name != strings.ToLower(d.Name) {
				t.Errorf("name %q: want a lower-case ATS_PROVIDER value", d.Name)
			}
			var required, names []string
			for _, v := range d.Vars {
				if v.Name != strings.ToUpper(v.Name) || v.Doc == "" {
					t.Errorf("%s: want an upper-case name and a doc line", v.Name)
				}
				if slices.Contains(names, v.Name) {
					t.Errorf("%s is declared twice", v.Name)
				}
				names = append(names, v.Name)
				if was, ok := secret[v.Name]; ok && was != v.Secret {
					t.Errorf("%s is secret for one provider and not for another", v.Name)
				}
				secret[v.Name] = v.Secret
				if v.Required {
					required = append(required, v.Name)
				}
			}
			if !d.Live() {
				return
			}
			cfg, missing, err := d.Configure(func(string) string { return "" })
			if err != nil {
				t.Errorf("an empty environment: %v, want only missing variables", err)
			}
			if !slices.Equal(missing, required) {
				t.Errorf("missing from an empty environment: got %v, want the Required %v", missing, required)
			}
			if cfg == nil {
				t.Error("Load returned no configuration")
			}
		})
	}
}

// Configure trims values and fills in the declared defaults.
func TestConfigure(t *testing.T) {
	var seen map[string]string
	d := ats.Descriptor{
		Name: "acme",
		Vars: []ats.EnvVar{{Name: "ACME_KEY", Required: true}, {Name: "ACME_RATE", Default: "10"}, {Name: "ACME_URL", Default: "https://acme.example"}},
		Load: func(getenv func(string) string) (ats.LiveConfig, []error) {
			seen = map[string]string{}
			for _, n := range []string{"ACME_KEY", "ACME_RATE", "ACME_URL"} {
				seen[n] = getenv(n)
			}
			return nil, nil
		},
	}
	env := map[string]string{"ACME_KEY": "  k-1\n", "ACME_RATE": "   "}
	if _, _, err := d.Configure(func(k string) string { return env[k] }); err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"ACME_KEY": "k-1", "ACME_RATE": "10", "ACME_URL": "https://acme.example"}
	if fmt.Sprint(seen) != fmt.Sprint(want) {
		t.Errorf("Load saw %v, want %v", seen, want)
	}
}

// The Workable descriptor reads its variables into the client's
// configuration and opens a client with the program's logger and version.
func TestWorkableDescriptor(t *testing.T) {
	d, _ := registry.Lookup("workable")
	tests := []struct {
		name        string
		env         map[string]string
		wantMissing []string
		wantErr     string
	}{
		{"complete", map[string]string{"ATS_API_KEY": "tok-SECRET-1", "WORKABLE_COMPANY": "acme"}, nil, ""},
		{"base URL instead of company", map[string]string{"ATS_API_KEY": "tok-SECRET-1", "ATS_BASE_URL": "http://127.0.0.1:9/spi/v3"}, nil, ""},
		{"no key", map[string]string{"WORKABLE_COMPANY": "acme"}, []string{"ATS_API_KEY"}, ""},
		{"bad rate limit", map[string]string{"WORKABLE_RATE_LIMIT": "0"}, []string{"ATS_API_KEY", "WORKABLE_COMPANY"}, "WORKABLE_RATE_LIMIT"},
		{"company given as a host", map[string]string{"ATS_API_KEY": "tok-SECRET-1", "WORKABLE_COMPANY": "acme.workable.com"}, nil, "WORKABLE_COMPANY="},
		{"base URL over plain http", map[string]string{"ATS_API_KEY": "tok-SECRET-1", "ATS_BASE_URL": "http://acme.workable.com/spi/v3"}, nil, "use https"},
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
			if err != nil && strings.Contains(err.Error(), "SECRET") {
				t.Errorf("the error carries the token: %v", err)
			}
			if tt.wantErr != "" || len(missing) > 0 {
				return
			}
			p, err := cfg.Open(ats.OpenDeps{Version: "9.9.9"})
			if err != nil {
				t.Fatal(err)
			}
			if s := fmt.Sprintf("%v %+v", p, cfg); strings.Contains(s, "SECRET") {
				t.Errorf("printing the provider or its configuration shows the token: %s", s)
			}
		})
	}
}

// What the descriptor opens is a live client with the program's version,
// pointed where the environment says.
func TestWorkableDescriptorOpensAClient(t *testing.T) {
	fake := workabletest.Start(t, workabletest.Options{RateLimit: -1})
	fake.SeedJobs(3)
	d, _ := registry.Lookup("workable")
	env := map[string]string{"ATS_API_KEY": fake.Token, "ATS_BASE_URL": fake.URL}
	cfg, missing, err := d.Configure(func(k string) string { return env[k] })
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
	if ua := fake.Requests()[0].UserAgent; !strings.HasPrefix(ua, "atsbridge/9.9.9 ") {
		t.Errorf("User-Agent %q, want the program's version", ua)
	}
}
