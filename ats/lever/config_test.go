package lever_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/atsbridge/atsbridge/ats/lever"
	"github.com/atsbridge/atsbridge/router/routertest"
)

func TestNewRefusesUnusableConfig(t *testing.T) {
	for _, tt := range []struct {
		name string
		cfg  lever.Config
		want string
	}{
		{"no key", lever.Config{}, "ATS_API_KEY is required"},
		{"a key with a space", lever.Config{APIKey: "lv key"}, "ATS_API_KEY contains"},
		{"plain http elsewhere", lever.Config{APIKey: testKey, BaseURL: "http://api.lever.co/v1"}, "ATS_BASE_URL"},
		{"a base URL with a query", lever.Config{APIKey: testKey, BaseURL: "https://api.lever.co/v1?x=1"}, "ATS_BASE_URL"},
		{"a user id that is a path", lever.Config{APIKey: testKey, UserID: "../users"}, "LEVER_USER_ID"},
		{"a negative rate", lever.Config{APIKey: testKey, RateLimit: -1}, "LEVER_RATE_LIMIT"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := lever.New(tt.cfg)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("got %v, want an error naming %q", err, tt.want)
			}
			if strings.Contains(err.Error(), testKey) {
				t.Errorf("the error carries the key: %v", err)
			}
		})
	}
}

func TestNewAccepts(t *testing.T) {
	for _, base := range []string{"", "https://api.sandbox.lever.co/v1", "https://api.eu.lever.co/v1/", "http://127.0.0.1:8080/v1"} {
		c, err := lever.New(lever.Config{APIKey: testKey, BaseURL: base})
		if err != nil {
			t.Errorf("%q: %v", base, err)
			continue
		}
		want := strings.TrimSuffix(base, "/")
		if want == "" {
			want = lever.DefaultBaseURL
		}
		if got := c.String(); got != "lever.Client{"+want+"}" {
			t.Errorf("%q: got %s", base, got)
		}
	}
}

func TestConfigNeverPrintsTheKey(t *testing.T) {
	cfg := lever.Config{APIKey: testKey, UserID: "5e1d0a9b"}
	c, err := lever.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	var logs routertest.LogBuffer
	logs.Logger().Info("config", "cfg", cfg)
	for _, s := range []string{fmt.Sprint(cfg), fmt.Sprintf("%+v", cfg), fmt.Sprintf("%#v", cfg), fmt.Sprintf("%+v", c), fmt.Sprintf("%#v", c), logs.String()} {
		if strings.Contains(s, testKey) {
			t.Errorf("printed the key: %s", s)
		}
	}
}
