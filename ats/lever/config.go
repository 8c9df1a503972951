package lever

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
	// DefaultBaseURL is Lever's API v1. The sandbox is
	// https://api.sandbox.lever.co/v1, the EU instance
	// https://api.eu.lever.co/v1 (set ATS_BASE_URL).
	DefaultBaseURL = "https://api.lever.co/v1"
	// DefaultRateLimit is Lever's steady rate per API key, requests per
	// second.
	DefaultRateLimit = 10
)

// Config configures a Client. APIKey is required; the rest have defaults.
type Config struct {
	// BaseURL is the API v1 base URL (ATS_BASE_URL); default
	// DefaultBaseURL. Tests point it at a fake.
	BaseURL string
	// APIKey is the Lever API key (ATS_API_KEY), sent as the HTTP Basic
	// user name with an empty password, to BaseURL's host and nowhere else.
	APIKey string
	// UserID is the Lever user writes act as (LEVER_USER_ID), sent as
	// perform_as; when empty the first active admin of GET /users is used,
	// looked up once.
	UserID string
	// RateLimit is Lever's steady rate per key in requests per second
	// (LEVER_RATE_LIMIT); default 10.
	RateLimit int
	// RateBurst is Lever's burst per key; default twice RateLimit, as
	// Lever's 20 is to its 10. The client keeps half of it in reserve (see
	// settings.rate).
	RateBurst int
	// Options are the shared client's: timeouts, logger, HTTP client,
	// clock.
	upstream.Options
}

// String describes the configuration without the key, so that printing a
// Config (%v, %+v) cannot leak it.
func (c Config) String() string {
	return fmt.Sprintf("lever.Config{BaseURL:%q UserID:%q RateLimit:%d RateBurst:%d Timeout:%s APIKey:%s}",
		c.BaseURL, c.UserID, c.RateLimit, c.RateBurst, c.Timeout, upstream.Redacted(c.APIKey))
}

// GoString is String for %#v.
func (c Config) GoString() string { return c.String() }

// LogValue keeps the key out of structured logs.
func (c Config) LogValue() slog.Value {
	return slog.GroupValue(slog.String("base_url", c.BaseURL), slog.String("user_id", c.UserID),
		slog.Int("rate_limit", c.RateLimit), slog.String("api_key", upstream.Redacted(c.APIKey)))
}

// settings is a validated Config with its defaults applied.
type settings struct {
	Config
	base *url.URL
}

// check validates cfg and fills defaults. Its problems name the
// environment variable to fix and never contain the key; a required
// variable that is unset is an ats.MissingVar.
func check(cfg Config) (settings, []error) {
	var errs []error
	cfg.APIKey = strings.TrimSpace(cfg.APIKey)
	switch {
	case cfg.APIKey == "":
		errs = append(errs, ats.MissingVar{Name: "ATS_API_KEY", Message: "ATS_API_KEY is required for the live Lever provider: set it to a Lever API key (Settings > Integrations and API > API Credentials)"})
	case upstream.Spaced(cfg.APIKey) || strings.Contains(cfg.APIKey, ":"):
		errs = append(errs, errors.New("ATS_API_KEY contains spaces, colons or control characters; paste the Lever API key exactly"))
	}
	if cfg.BaseURL == "" {
		cfg.BaseURL = DefaultBaseURL
	}
	base, err := upstream.ParseBaseURL(cfg.BaseURL, "Lever", DefaultBaseURL)
	if err != nil {
		errs = append(errs, err)
	}
	cfg.UserID = strings.TrimSpace(cfg.UserID)
	if cfg.UserID != "" && !validID(cfg.UserID) {
		errs = append(errs, errors.New("LEVER_USER_ID must be a Lever user id (a UUID), as listed by GET /users"))
	}
	if cfg.RateLimit < 0 || cfg.RateBurst < 0 {
		errs = append(errs, errors.New("LEVER_RATE_LIMIT must be a positive number of requests per second"))
	}
	if cfg.RateLimit == 0 {
		cfg.RateLimit = DefaultRateLimit
	}
	if cfg.RateBurst == 0 {
		cfg.RateBurst = 2 * cfg.RateLimit
	}
	if err := cfg.Options.Check("Lever"); err != nil {
		errs = append(errs, err)
	}
	if len(errs) > 0 {
		return settings{}, errs
	}
	return settings{Config: cfg, base: base}, nil
}

// rate is the gate the client keeps: Lever's steady rate, and half its
// burst. Lever counts a request when it arrives, and arrivals bunch up:
// the first requests of a burst each open a connection (a TLS handshake
// away from Lever), so they can arrive late, together with requests sent
// after them over warm connections, and find Lever's bucket short. Keeping
// half the burst in reserve absorbs a second of such delay at 10/s (a
// reserve of two, 200 ms, was not enough even on loopback: the burst's
// connections arrived up to 250 ms late in tests).
func (s settings) rate() upstream.Rate {
	return upstream.Rate{Limit: s.RateLimit, Window: time.Second, Burst: max(1, s.RateBurst/2)}
}

// validID accepts Lever's ids (UUIDs, and slugs such as lead-new) and
// nothing that could change the meaning of an upstream URL.
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
