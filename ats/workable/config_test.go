package workable_test

import (
	"bytes"
	"fmt"
	"log/slog"
	"strings"
	"testing"

	"github.com/atsbridge/atsbridge/ats/workable"
)

func TestNewRefusesIncompleteConfig(t *testing.T) {
	tests := []struct {
		name string
		cfg  workable.Config
		want string
	}{
		{"no token", workable.Config{Company: "acme"}, "ATS_API_KEY is required"},
		{"blank token", workable.Config{Token: "  \n", Company: "acme"}, "ATS_API_KEY is required"},
		{"token with a space inside", workable.Config{Token: testToken + " x", Company: "acme"}, "ATS_API_KEY contains"},
		{"no company and no base URL", workable.Config{Token: testToken}, "WORKABLE_COMPANY is required"},
		{"company given as a host", workable.Config{Token: testToken, Company: "acme.workable.com"}, "WORKABLE_COMPANY="},
		{"base URL not absolute", workable.Config{Token: testToken, BaseURL: "acme.workable.com/spi/v3"}, "ATS_BASE_URL="},
		{"base URL with credentials", workable.Config{Token: testToken, BaseURL: "https://u:p@acme.workable.com/spi/v3"}, "ATS_BASE_URL="},
		{"base URL over plain http", workable.Config{Token: testToken, BaseURL: "http://acme.workable.com/spi/v3"}, "use https"},
		{"negative rate limit", workable.Config{Token: testToken, Company: "acme", RateLimit: -1}, "WORKABLE_RATE_LIMIT"},
		{"member id with a path", workable.Config{Token: testToken, Company: "acme", MemberID: "../x"}, "WORKABLE_MEMBER_ID"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := workable.New(tt.cfg)
			if err == nil {
				t.Fatalf("got client %v, want an error naming %q", c, tt.want)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("got %q, want it to say %q", err, tt.want)
			}
			if strings.Contains(err.Error(), testToken) {
				t.Errorf("error carries the token: %q", err)
			}
		})
	}
}

func TestNewAccepts(t *testing.T) {
	tests := []struct {
		name     string
		cfg      workable.Config
		wantBase string
	}{
		{"company", workable.Config{Token: testToken + "\n", Company: "acme"}, "https://acme.workable.com/spi/v3"},
		{"base URL wins", workable.Config{Token: testToken, Company: "acme", BaseURL: "https://proxy.example.com/spi/v3/"}, "https://proxy.example.com/spi/v3"},
		{"plain http to loopback", workable.Config{Token: testToken, BaseURL: "http://127.0.0.1:8080/spi/v3"}, "http://127.0.0.1:8080/spi/v3"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := workable.New(tt.cfg)
			if err != nil {
				t.Fatal(err)
			}
			if got := c.String(); got != "workable.Client{"+tt.wantBase+"}" {
				t.Errorf("got %s, want base %s", got, tt.wantBase)
			}
		})
	}
}

func TestConfigNeverPrintsTheToken(t *testing.T) {
	cfg := workable.Config{Token: testToken, Company: "acme"}
	var logs bytes.Buffer
	slog.New(slog.NewJSONHandler(&logs, nil)).Info("config", "cfg", cfg)
	c, err := workable.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{fmt.Sprintf("%v", cfg), fmt.Sprintf("%+v", cfg), fmt.Sprintf("%#v", cfg), fmt.Sprint(c), fmt.Sprintf("%+v", c), fmt.Sprintf("%#v", c), logs.String()} {
		if strings.Contains(s, testToken) {
			t.Errorf("got %q, which carries the token", s)
		}
	}
	if !strings.Contains(fmt.Sprintf("%v", cfg), "Token:(set)") {
		t.Errorf("got %v, want it to say the token is set", cfg)
	}
}
