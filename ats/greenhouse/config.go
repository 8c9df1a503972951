package greenhouse

import (
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/upstream"
)

// Defaults of Config.
const (
	// DefaultBaseURL is Harvest v3's base (the OpenAPI servers entry; not
	// api.greenhouse.io, which answers a browser login).
	DefaultBaseURL = "https://harvest.greenhouse.io/v3"
	// DefaultTokenURL is the OAuth token endpoint.
	DefaultTokenURL = "https://auth.greenhouse.io/token"
	// DefaultRateLimit is the requests per window the client starts with.
	// Greenhouse publishes no number; integrators budget 50 per 30 s, and
	// the one X-RateLimit-Limit seen said 75. Without GREENHOUSE_RATE_LIMIT
	// the client follows X-RateLimit-Limit from the first answer on.
	DefaultRateLimit = 50
	// DefaultRateWindow is Greenhouse v3's fixed window.
	DefaultRateWindow = 30 * time.Second
	// tokenRateLimit is the most token requests per tokenRateWindow (the
	// token endpoint reportedly counts in its own 60 s window; a token
	// lives an hour, so only a storm of 401s comes near this).
	tokenRateLimit  = 20
	tokenRateWindow = time.Minute
)

// Config configures a Client. ClientID and ClientSecret are required; the
// rest have defaults.
type Config struct {
	// BaseURL is the Harvest v3 base URL (ATS_BASE_URL), default
	// DefaultBaseURL. Tests point it at a fake.
	BaseURL string
	// TokenURL is the token endpoint (GREENHOUSE_TOKEN_URL), default
	// DefaultTokenURL.
	TokenURL string
	// ClientID and ClientSecret are a Harvest v3 client-credentials pair
	// (GREENHOUSE_CLIENT_ID, GREENHOUSE_CLIENT_SECRET). The secret goes to
	// TokenURL's host and nowhere else.
	ClientID     string
	ClientSecret string
	// UserID is the Greenhouse user tokens act as (GREENHOUSE_USER_ID, sent
	// as sub): writes are attributed to them, and rejection emails sent
	// from them. Without it Greenhouse acts as the credential's
	// integration service user, and a rejection email cannot be asked for.
	UserID string
	// RateLimit is the requests per RateWindow the client allows itself
	// (GREENHOUSE_RATE_LIMIT). 0 starts at DefaultRateLimit and follows
	// Greenhouse's X-RateLimit-Limit; a value set here holds whatever the
	// header says (e.g. to leave room for another integration).
	RateLimit int
	// RateWindow is the window RateLimit counts in; default 30 s,
	// Greenhouse's. Tests shorten it.
	RateWindow time.Duration
	// Options are the shared client's: timeouts, logger, HTTP client,
	// clock.
	upstream.Options
}

// String describes the configuration without the secret, so that printing
// a Config (%v, %+v) cannot leak it.
func (c Config) String() string {
	return fmt.Sprintf("greenhouse.Config{BaseURL:%q TokenURL:%q ClientID:%q UserID:%q RateLimit:%d RateWindow:%s Timeout:%s ClientSecret:%s}",
		c.BaseURL, c.TokenURL, c.ClientID, c.UserID, c.RateLimit, c.RateWindow, c.Timeout, upstream.Redacted(c.ClientSecret))
}

// GoString is String for %#v.
func (c Config) GoString() string { return c.String() }

// LogValue keeps the secret out of structured logs.
func (c Config) LogValue() slog.Value {
	return slog.GroupValue(
		slog.String("base_url", c.BaseURL), slog.String("token_url", c.TokenURL),
		slog.String("client_id", c.ClientID), slog.String("user_id", c.UserID),
		slog.Int("rate_limit", c.RateLimit), slog.String("client_secret", upstream.Redacted(c.ClientSecret)))
}

// settings is a validated Config with its defaults applied.
type settings struct {
	Config
	base, token *url.URL
	// followLimit is set when RateLimit was not configured: the gate then
	// follows X-RateLimit-Limit.
	followLimit bool
}

// check validates cfg and fills defaults. Its problems name the
// environment variable to fix and never contain the secret; a required
// variable that is unset is an ats.MissingVar.
func check(cfg Config) (settings, []error) {
	var errs []error
	cfg.ClientID, cfg.ClientSecret, cfg.UserID = strings.TrimSpace(cfg.ClientID), strings.TrimSpace(cfg.ClientSecret), strings.TrimSpace(cfg.UserID)
	switch {
	case cfg.ClientID == "":
		errs = append(errs, ats.MissingVar{Name: "GREENHOUSE_CLIENT_ID", Message: "GREENHOUSE_CLIENT_ID is required for the live Greenhouse provider: set it to the client id of a Harvest V3 (OAuth) credential (Dev Center > API Credentials)"})
	case upstream.Spaced(cfg.ClientID) || strings.Contains(cfg.ClientID, ":"):
		errs = append(errs, errors.New("GREENHOUSE_CLIENT_ID contains spaces, colons or control characters; paste the client id exactly"))
	}
	switch {
	case cfg.ClientSecret == "":
		errs = append(errs, ats.MissingVar{Name: "GREENHOUSE_CLIENT_SECRET", Message: "GREENHOUSE_CLIENT_SECRET is required for the live Greenhouse provider: set it to the secret shown once when the credential was created"})
	case upstream.Spaced(cfg.ClientSecret):
		errs = append(errs, errors.New("GREENHOUSE_CLIENT_SECRET contains spaces or control characters; paste the secret exactly"))
	}
	if cfg.UserID != "" {
		if n, err := strconv.ParseInt(cfg.UserID, 10, 64); err != nil || n <= 0 {
			errs = append(errs, fmt.Errorf("GREENHOUSE_USER_ID=%q is not a Greenhouse user id: use the number in the user's page address (/account/users/<id>)", cfg.UserID))
		}
	}
	s := settings{}
	if cfg.BaseURL == "" {
		cfg.BaseURL = DefaultBaseURL
	}
	base, err := upstream.ParseBaseURL(cfg.BaseURL, "Greenhouse", DefaultBaseURL)
	if err != nil {
		errs = append(errs, err)
	}
	s.base = base
	if cfg.TokenURL == "" {
		cfg.TokenURL = DefaultTokenURL
	}
	if tok, err := upstream.ParseBaseURL(cfg.TokenURL, "Greenhouse", DefaultTokenURL); err != nil {
		errs = append(errs, fmt.Errorf("GREENHOUSE_TOKEN_URL=%q is not a usable token endpoint: use https://auth.greenhouse.io/token (plain http is only allowed to localhost, where tests run fakes)", cfg.TokenURL))
	} else {
		s.token = tok
	}
	switch {
	case cfg.RateLimit < 0:
		errs = append(errs, errors.New("GREENHOUSE_RATE_LIMIT must be a positive number of requests per 30 s"))
	case cfg.RateLimit == 0:
		cfg.RateLimit, s.followLimit = DefaultRateLimit, true
	}
	if cfg.RateWindow <= 0 {
		cfg.RateWindow = DefaultRateWindow
	}
	if err := cfg.Options.Check("Greenhouse"); err != nil {
		errs = append(errs, err)
	}
	if len(errs) > 0 {
		return settings{}, errs
	}
	s.Config = cfg
	return s, nil
}
