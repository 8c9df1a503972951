package main

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/greenhouse"
	"github.com/atsbridge/atsbridge/ats/lever"
	"github.com/atsbridge/atsbridge/ats/registry"
	"github.com/atsbridge/atsbridge/ats/workable"
)

// These tests check that the configuration reads the providers through
// ats/registry: their variables, their live configuration and their mode.

func TestConfigReadsTheProviderThroughTheRegistry(t *testing.T) {
	tests := []struct {
		name       string
		env        map[string]string
		wantMode   ats.Mode
		wantReason string // part of ModeReason
		wantToken  string // of Workable's configuration; "-" for none
	}{
		{"workable with credentials", map[string]string{"ATS_API_KEY": "tok-SECRET-1", "WORKABLE_COMPANY": "acme"}, ats.ModeLive, "", "tok-SECRET-1"},
		{"workable without", map[string]string{}, ats.ModePreview, "ATS_API_KEY, WORKABLE_COMPANY not set", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg, err := loadConfig(func(k string) string { return tt.env[k] })
			if err != nil {
				t.Fatal(err)
			}
			if cfg.Mode != tt.wantMode || !strings.Contains(cfg.ModeReason, tt.wantReason) {
				t.Errorf("mode %s (%q), want %s (%q)", cfg.Mode, cfg.ModeReason, tt.wantMode, tt.wantReason)
			}
			live, ok := cfg.Live.(workable.Config)
			if tt.wantToken == "-" && cfg.Live != nil || tt.wantToken != "-" && (!ok || live.Token != tt.wantToken) {
				t.Errorf("live configuration %v, want Workable's with token %q", cfg.Live, tt.wantToken)
			}
		})
	}
}

// Lever reads its key, acting user and rate through its descriptor.
func TestConfigReadsLever(t *testing.T) {
	env := map[string]string{"ATS_PROVIDER": "lever", "ATS_API_KEY": " lv-SECRET-1 ", "LEVER_USER_ID": "5e1d0a9b-7c3f"}
	cfg, err := loadConfig(func(k string) string { return env[k] })
	if err != nil {
		t.Fatal(err)
	}
	live, ok := cfg.Live.(lever.Config)
	if cfg.Mode != ats.ModeLive || !ok || live.APIKey != "lv-SECRET-1" || live.UserID != "5e1d0a9b-7c3f" || live.RateLimit != lever.DefaultRateLimit {
		t.Errorf("mode %s, live configuration %v", cfg.Mode, cfg.Live)
	}
	cfg, err = loadConfig(func(k string) string { return map[string]string{"ATS_PROVIDER": "lever"}[k] })
	if err != nil || cfg.Mode != ats.ModePreview || !strings.Contains(cfg.ModeReason, "ATS_API_KEY not set") {
		t.Errorf("without a key: mode %s (%q), %v; want preview naming ATS_API_KEY", cfg.Mode, cfg.ModeReason, err)
	}
	_, err = loadConfig(func(k string) string {
		return map[string]string{"ATS_PROVIDER": "lever", "LEVER_RATE_LIMIT": "fast"}[k]
	})
	if err == nil || !strings.Contains(err.Error(), "LEVER_RATE_LIMIT") {
		t.Errorf("a bad LEVER_RATE_LIMIT: got %v", err)
	}
}

// Every default is loadConfig's, the cursor key included.
func TestConfigOwnsTheDefaults(t *testing.T) {
	cfg, err := loadConfig(func(string) string { return "" })
	if err != nil {
		t.Fatal(err)
	}
	if cfg.CursorSecret != "atsbridge-cursor-v1" || cfg.Provider != "workable" || cfg.Port != "3000" || cfg.Stage != "dev" {
		t.Errorf("defaults: cursor key %q, provider %q, port %q, stage %q", cfg.CursorSecret, cfg.Provider, cfg.Port, cfg.Stage)
	}
	cfg, err = loadConfig(func(k string) string { return map[string]string{"CURSOR_SECRET": " cur-1 "}[k] })
	if err != nil || cfg.CursorSecret != "cur-1" {
		t.Errorf("CURSOR_SECRET set: got %q %v, want cur-1", cfg.CursorSecret, err)
	}
}

func TestConfigErrorsNameTheVariable(t *testing.T) {
	tests := []struct {
		env  map[string]string
		want []string
	}{
		// One line about the provider, even in live mode.
		{map[string]string{"ATS_PROVIDER": "bamboo", "ATS_MODE": "live"}, []string{`ATS_PROVIDER="bamboo" is not supported; use workable, greenhouse or lever`}},
		{map[string]string{"ATS_PROVIDER": "bamboo", "ATS_MODE": "never"}, []string{"ATS_PROVIDER=", `ATS_MODE="never"`}},
		{map[string]string{"ATS_PROVIDER": "greenhouse", "ATS_MODE": "live", "GREENHOUSE_CLIENT_ID": "abc-1"},
			[]string{"ATS_MODE=live needs GREENHOUSE_CLIENT_SECRET for ATS_PROVIDER=greenhouse"}},
		{map[string]string{"ATS_MODE": "live", "WORKABLE_COMPANY": "acme"}, []string{"ATS_MODE=live needs ATS_API_KEY for ATS_PROVIDER=workable"}},
		// The provider's own checks, in preview mode too.
		{map[string]string{"ATS_MODE": "preview", "WORKABLE_COMPANY": "acme.workable.com"}, []string{"WORKABLE_COMPANY="}},
	}
	for _, tt := range tests {
		_, err := loadConfig(func(k string) string { return tt.env[k] })
		if err == nil {
			t.Errorf("%v: no error, want %q", tt.env, tt.want)
			continue
		}
		if lines := strings.Count(err.Error(), "\n") + 1; lines != len(tt.want) {
			t.Errorf("%v: %d lines, want %d: %q", tt.env, lines, len(tt.want), err)
		}
		for _, w := range tt.want {
			if !strings.Contains(err.Error(), w) {
				t.Errorf("%v: got %q, want it to say %q", tt.env, err, w)
			}
		}
	}
}

// The Secrets Manager overlay covers every provider variable and the
// cursor key, which is what infra's secret holds.
func TestSecretKeysComeFromTheRegistry(t *testing.T) {
	for _, k := range append(registry.SecretKeys(), "ATS_BASE_URL", "WORKABLE_RATE_LIMIT", "LEVER_RATE_LIMIT", registry.CursorSecretKey) {
		if !slices.Contains(secretKeys, k) {
			t.Errorf("secretKeys lacks %s", k)
		}
	}
	for _, k := range []string{"STORE", "ATS_MODE", "ATS_PROVIDER", "ATS_SECRET_ARN"} {
		if slices.Contains(secretKeys, k) {
			t.Errorf("secretKeys has %s, which is not a provider's", k)
		}
	}
}

// run takes no arguments yet: it refuses any with a one-line usage error,
// before it reads anything.
func TestRunRefusesArguments(t *testing.T) {
	out := &syncBuffer{}
	err := run(context.Background(), []string{"atsbridge", "serve"}, func(string) string { return "" }, out, out)
	if err == nil || !strings.Contains(err.Error(), `unknown argument "serve"`) || !strings.Contains(err.Error(), "usage: atsbridge") || strings.Contains(err.Error(), "\n") {
		t.Errorf("run: got %v, want one line of usage naming the argument", err)
	}
	if out.String() != "" {
		t.Errorf("run wrote %q before refusing", out)
	}
}

// Greenhouse's credentials make it live, read through its descriptor;
// without them (Workable's do not count) auto mode serves the sandbox and
// says which are missing.
func TestConfigReadsGreenhouse(t *testing.T) {
	cfg, err := loadConfig(func(k string) string {
		return map[string]string{"ATS_PROVIDER": "greenhouse", "ATS_API_KEY": "tok-SECRET-1"}[k]
	})
	if err != nil || cfg.Mode != ats.ModePreview || !strings.Contains(cfg.ModeReason, "GREENHOUSE_CLIENT_ID, GREENHOUSE_CLIENT_SECRET not set") {
		t.Errorf("without credentials: mode %s (%q), %v; want preview saying what is missing", cfg.Mode, cfg.ModeReason, err)
	}
	env := map[string]string{"ATS_PROVIDER": "greenhouse", "GREENHOUSE_CLIENT_ID": "abc-1", "GREENHOUSE_CLIENT_SECRET": "gh-SECRET-1"}
	cfg, err = loadConfig(func(k string) string { return env[k] })
	if err != nil || cfg.Mode != ats.ModeLive {
		t.Fatalf("got mode %s (%q), %v; want live", cfg.Mode, cfg.ModeReason, err)
	}
	if live, ok := cfg.Live.(greenhouse.Config); !ok || live.ClientID != "abc-1" || live.TokenURL != greenhouse.DefaultTokenURL {
		t.Errorf("live configuration %v, want Greenhouse's with the default token URL", cfg.Live)
	}
}

// Every provider of the list is live now; one that is not yet (a
// descriptor without Load) is served from the sandbox in auto mode and
// refused in live mode, and the cloud's secret changes neither.
func TestAProviderWithoutLiveIntegration(t *testing.T) {
	d := ats.Descriptor{Name: "acme"}
	mode, reason, err := chooseMode("auto", d, nil, "arn:x")
	if err != nil || mode != ats.ModePreview || !strings.Contains(reason, "ATS_PROVIDER=acme has no live integration yet") {
		t.Errorf("auto: got %s (%q) %v, want preview saying why", mode, reason, err)
	}
	if _, _, err := chooseMode("live", d, nil, ""); err == nil || !strings.Contains(err.Error(), "ATS_PROVIDER=acme has no live integration yet; use ATS_MODE=preview") {
		t.Errorf("live: got %v, want a refusal naming the provider", err)
	}
}
