package greenhouse_test

import (
	"bytes"
	"fmt"
	"log/slog"
	"strings"
	"testing"

	"github.com/atsbridge/atsbridge/ats/greenhouse"
)

const secret = "gh-SECRET-config-5f0c2a"

func TestNewRefusesIncompleteConfig(t *testing.T) {
	tests := []struct {
		name string
		cfg  greenhouse.Config
		want []string
	}{
		{"nothing", greenhouse.Config{}, []string{"GREENHOUSE_CLIENT_ID is required", "GREENHOUSE_CLIENT_SECRET is required"}},
		{"no secret", greenhouse.Config{ClientID: "abc-1"}, []string{"GREENHOUSE_CLIENT_SECRET is required"}},
		{"spaces in the secret", greenhouse.Config{ClientID: "abc-1", ClientSecret: "two words"}, []string{"GREENHOUSE_CLIENT_SECRET contains spaces"}},
		{"a colon in the id", greenhouse.Config{ClientID: "abc:1", ClientSecret: secret}, []string{"GREENHOUSE_CLIENT_ID contains"}},
		{"a user that is no number", greenhouse.Config{ClientID: "abc-1", ClientSecret: secret, UserID: "ada"}, []string{"GREENHOUSE_USER_ID=\"ada\""}},
		{"plain http", greenhouse.Config{ClientID: "abc-1", ClientSecret: secret, BaseURL: "http://harvest.greenhouse.io/v3"}, []string{"ATS_BASE_URL", "plain http"}},
		{"a token url with a query", greenhouse.Config{ClientID: "abc-1", ClientSecret: secret, TokenURL: "https://auth.greenhouse.io/token?x=1"}, []string{"GREENHOUSE_TOKEN_URL"}},
		{"plain http token url", greenhouse.Config{ClientID: "abc-1", ClientSecret: secret, TokenURL: "http://auth.greenhouse.io/token"}, []string{"GREENHOUSE_TOKEN_URL"}},
		{"a negative rate", greenhouse.Config{ClientID: "abc-1", ClientSecret: secret, RateLimit: -1}, []string{"GREENHOUSE_RATE_LIMIT"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := greenhouse.New(tt.cfg)
			if err == nil {
				t.Fatal("no error")
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not say %q", err, w)
				}
			}
			if strings.Contains(err.Error(), secret) || strings.Contains(err.Error(), "two words") {
				t.Errorf("error %q carries the secret", err)
			}
		})
	}
}

func TestNewAcceptsDefaultsAndLoopback(t *testing.T) {
	for _, cfg := range []greenhouse.Config{
		{ClientID: "abc-1", ClientSecret: secret},
		{ClientID: "abc-1", ClientSecret: secret, UserID: "4080001", BaseURL: "http://127.0.0.1:9/v3/", TokenURL: "http://localhost:9/token"},
	} {
		c, err := greenhouse.New(cfg)
		if err != nil {
			t.Fatalf("%v: %v", cfg, err)
		}
		if s := c.String(); !strings.Contains(s, "/v3") || strings.Contains(s, secret) {
			t.Errorf("String: %q", s)
		}
	}
}

func TestConfigNeverPrintsTheSecret(t *testing.T) {
	cfg := greenhouse.Config{ClientID: "abc-1", ClientSecret: secret}
	var logs bytes.Buffer
	slog.New(slog.NewJSONHandler(&logs, nil)).Info("config", "cfg", cfg)
	c, _ := greenhouse.New(cfg)
	for _, s := range []string{fmt.Sprint(cfg), fmt.Sprintf("%+v", cfg), fmt.Sprintf("%#v", cfg), logs.String(),
		fmt.Sprint(c), fmt.Sprintf("%+v", c), fmt.Sprintf("%#v", c)} {
		if strings.Contains(s, secret) {
			t.Errorf("printed the secret: %s", s)
		}
	}
}
