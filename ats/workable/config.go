package workable

import (
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"strings"
	"time"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/upstream"
)

// Defaults of Config.
const (
	// DefaultRateLimit is Workable's limit for account tokens: 10 requests
	// per 10 s. Partner and OAuth tokens get 50 (WORKABLE_RATE_LIMIT).
	DefaultRateLimit = 10
	// DefaultRateWindow is the window Workable counts requests in.
	DefaultRateWindow = 10 * time.Second
)

// Config configures a Client. Token and either Company or BaseURL are
// required; the rest have defaults.
type Config struct {
	// BaseURL is the SPI v3 base URL (ATS_BASE_URL); default
	// https://{Company}.workable.com/spi/v3. Tests point it at a fake.
	BaseURL string
	// Token is the Workable API access token (ATS_API_KEY), sent as a
	// bearer token to BaseURL's host and nowhere else.
	Token string
	// Company is the account subdomain (WORKABLE_COMPANY), "acme" for
	// acme.workable.com.
	Company string
	// MemberID is the Workable member writes act as (WORKABLE_MEMBER_ID);
	// when empty the first active admin from /members is used, looked up
	// once.
	MemberID string
	// RateLimit is the number of requests per RateWindow this client
	// allows itself (WORKABLE_RATE_LIMIT); default 10.
	RateLimit int
	// RateWindow is the window RateLimit counts in; default 10 s, Workable's.
	// Tests shorten it so that they never wait ten real seconds.
	RateWindow time.Duration
	// Options are the shared client's: timeouts, logger, HTTP client,
	// clock. Tests share one fake clock with the fake server, so that
	// waits end when the test moves it.
	upstream.Options
}

// String describes the configuration without the token, so that printing a
// Config (%v, %+v) cannot leak it.
func (c Config) String() string {
	return fmt.Sprintf("workable.Config{BaseURL:%q Company:%q MemberID:%q RateLimit:%d RateWindow:%s Timeout:%s Token:%s}",
		c.BaseURL, c.Company, c.MemberID, c.RateLimit, c.RateWindow, c.Timeout, upstream.Redacted(c.Token))
}

// GoString is String for %#v.
func (c Config) GoString() string { return c.String() }

// LogValue keeps the token out of structured logs.
func (c Config) LogValue() slog.Value {
	return slog.GroupValue(
		slog.String("base_url", c.BaseURL), slog.String("company", c.Company),
		slog.Int("rate_limit", c.RateLimit), slog.String("token", upstream.Redacted(c.Token)))
}

// settings is a validated Config with its defaults applied.
type settings struct {
	Config
	base *url.URL
}

// check validates cfg and fills defaults. Its problems name the
// environment variable to fix and never contain the token; a required
// variable that is unset is an ats.MissingVar.
func check(cfg Config) (settings, []error) {
	var errs []error
	cfg.Token = strings.TrimSpace(cfg.Token)
	switch {
	case cfg.Token == "":
		errs = append(errs, ats.MissingVar{Name: "ATS_API_KEY", Message: "ATS_API_KEY is required for the live Workable provider: set it to a Workable API access token"})
	case upstream.Spaced(cfg.Token):
		errs = append(errs, errors.New("ATS_API_KEY contains spaces or control characters; paste the Workable token exactly"))
	}
	cfg.Company = strings.TrimSpace(cfg.Company)
	if cfg.Company != "" && !validSubdomain(cfg.Company) {
		errs = append(errs, fmt.Errorf("WORKABLE_COMPANY=%q is not a Workable subdomain: use the account name of {name}.workable.com, e.g. acme", cfg.Company))
	}
	s := settings{}
	switch {
	case cfg.BaseURL != "":
		u, err := upstream.ParseBaseURL(cfg.BaseURL, "Workable", "https://acme.workable.com/spi/v3")
		if err != nil {
			errs = append(errs, err)
		}
		s.base = u
	case cfg.Company != "":
		s.base = &url.URL{Scheme: "https", Host: cfg.Company + ".workable.com", Path: "/spi/v3"}
	default:
		errs = append(errs, ats.MissingVar{Name: "WORKABLE_COMPANY", Message: "WORKABLE_COMPANY is required for the live Workable provider: set it to the account subdomain (acme for acme.workable.com), or set ATS_BASE_URL"})
	}
	if cfg.RateLimit < 0 {
		errs = append(errs, errors.New("WORKABLE_RATE_LIMIT must be a positive number of requests per 10 s"))
	}
	if cfg.RateLimit == 0 {
		cfg.RateLimit = DefaultRateLimit
	}
	if cfg.RateWindow <= 0 {
		cfg.RateWindow = DefaultRateWindow
	}
	if err := cfg.Options.Check("Workable"); err != nil {
		errs = append(errs, err)
	}
	if cfg.MemberID != "" && !validID(cfg.MemberID) {
		errs = append(errs, errors.New("WORKABLE_MEMBER_ID must be a Workable member id (letters and digits), as listed by GET /members"))
	}
	if len(errs) > 0 {
		return settings{}, errs
	}
	s.Config = cfg
	return s, nil
}

func validSubdomain(s string) bool {
	if len(s) > 63 {
		return false
	}
	for _, c := range s {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-') {
			return false
		}
	}
	return s[0] != '-'
}

// validID accepts Workable's ids and shortcodes (hex and alphanumerics)
// and nothing that could change the meaning of an upstream URL.
func validID(s string) bool {
	if s == "" || len(s) > 128 {
		return false
	}
	for _, c := range []byte(s) {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-') {
			return false
		}
	}
	return true
}
