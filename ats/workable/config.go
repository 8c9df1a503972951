package workable

import (
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/jonboulle/clockwork"

	"github.com/atsbridge/atsbridge/ats/upstream"
)

// Defaults of Config.
const (
	// DefaultRateLimit is Workable's limit for account tokens: 10 requests
	// per 10 s. Partner and OAuth tokens get 50 (WORKABLE_RATE_LIMIT).
	DefaultRateLimit = 10
	// DefaultRateWindow is the window Workable counts requests in.
	DefaultRateWindow = 10 * time.Second
	// DefaultTimeout bounds one upstream HTTP exchange.
	DefaultTimeout = upstream.DefaultTimeout
	// DefaultRetryWait is the base of the exponential backoff between GET
	// retries.
	DefaultRetryWait = upstream.DefaultRetryWait
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
	// Timeout bounds each upstream HTTP exchange; default 10 s. The
	// caller's context deadline bounds the whole operation.
	Timeout time.Duration
	// RetryWait is the base of the capped exponential backoff between GET
	// retries; default 250 ms.
	RetryWait time.Duration
	// Version is atsbridge's version, sent in the User-Agent.
	Version string
	// Logger receives debug lines per upstream call and warnings on
	// retries and rate limiting; nil discards them. It never receives the
	// token or query strings (they can hold emails).
	Logger *slog.Logger
	// HTTPClient, when set, is used instead of the client's own pooled
	// one; its redirect policy is replaced so that the token never follows
	// a redirect.
	HTTPClient *http.Client
	// Clock is the time the rate limiter, the backoff and the waits after
	// a 429 go by; nil is the real clock. Tests share one fake clock with
	// the fake server, so that waits end when the test moves it.
	Clock clockwork.Clock
}

// String describes the configuration without the token, so that printing a
// Config (%v, %+v) cannot leak it.
func (c Config) String() string {
	return fmt.Sprintf("workable.Config{BaseURL:%q Company:%q MemberID:%q RateLimit:%d RateWindow:%s Timeout:%s Token:%s}",
		c.BaseURL, c.Company, c.MemberID, c.RateLimit, c.RateWindow, c.Timeout, redactedToken(c.Token))
}

// GoString is String for %#v.
func (c Config) GoString() string { return c.String() }

// LogValue keeps the token out of structured logs.
func (c Config) LogValue() slog.Value {
	return slog.GroupValue(
		slog.String("base_url", c.BaseURL), slog.String("company", c.Company),
		slog.Int("rate_limit", c.RateLimit), slog.String("token", redactedToken(c.Token)))
}

func redactedToken(t string) string {
	if t == "" {
		return "(unset)"
	}
	return "(set)"
}

// settings is a validated Config with its defaults applied.
type settings struct {
	Config
	base *url.URL
}

// validate checks cfg and fills defaults. Its errors name the environment
// variable to fix and never contain the token.
func validate(cfg Config) (settings, error) {
	s, errs := check(cfg)
	return s, errors.Join(errs...)
}

// missingVar is the problem of a required variable that is unset.
type missingVar struct{ name, msg string }

func (e missingVar) Error() string { return e.msg }

// check is validate with the problems one by one; a required variable
// that is unset is a missingVar.
func check(cfg Config) (settings, []error) {
	var errs []error
	cfg.Token = strings.TrimSpace(cfg.Token)
	switch {
	case cfg.Token == "":
		errs = append(errs, missingVar{"ATS_API_KEY", "ATS_API_KEY is required for the live Workable provider: set it to a Workable API access token"})
	case strings.ContainsFunc(cfg.Token, func(r rune) bool { return r <= ' ' || r == 0x7f }):
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
		errs = append(errs, missingVar{"WORKABLE_COMPANY", "WORKABLE_COMPANY is required for the live Workable provider: set it to the account subdomain (acme for acme.workable.com), or set ATS_BASE_URL"})
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
	if cfg.Timeout < 0 {
		errs = append(errs, errors.New("the Workable timeout must not be negative"))
	}
	if cfg.Timeout == 0 {
		cfg.Timeout = DefaultTimeout
	}
	if cfg.RetryWait <= 0 {
		cfg.RetryWait = DefaultRetryWait
	}
	if cfg.Version == "" {
		cfg.Version = "dev"
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
