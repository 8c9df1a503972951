package upstream

import (
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/jonboulle/clockwork"

	"github.com/atsbridge/atsbridge/ats"
)

// Defaults of Config.
const (
	// DefaultTimeout bounds one HTTP exchange.
	DefaultTimeout = 10 * time.Second
	// DefaultRetryWait is the base of the exponential backoff between
	// retries of a GET.
	DefaultRetryWait = 250 * time.Millisecond
)

// Tuning of the request loop, the same for every provider.
const (
	// maxRetries is how many times a GET (or an idempotent write) is retried
	// after a 5xx or a network error.
	maxRetries = 2
	// maxBackoff caps one backoff sleep after a 5xx or a network error.
	maxBackoff = 2 * time.Second
	// max429Retries is how many 429 answers one call waits out.
	max429Retries = 3
	// maxWait bounds the waiting (gate, backoff, 429) of a call whose
	// context has no deadline; API Gateway gives up after 29 s anyway.
	maxWait = 30 * time.Second
	// maxBody caps what is read of one answer.
	maxBody = 16 << 20
)

// Config describes one provider's API to a Client.
type Config struct {
	// Name is the provider as its users know it, for messages and logs:
	// "Workable".
	Name string
	// BaseURL is the API's base (see ParseBaseURL): requests go below it,
	// next-page links are followed only below it, and credentials go
	// nowhere else.
	BaseURL *url.URL
	// Auth puts credentials on every request; nil sends none.
	Auth Auth
	// AuthHint ends the message of a 401 or 403: what to check, e.g.
	// "check ATS_API_KEY and that the token has the r_jobs scope".
	AuthHint string
	// Rate is the provider's documented limit, kept on our side.
	Rate Rate
	// RateHeaders names the provider's rate-limit answer headers.
	RateHeaders RateHeaders
	// ParseError reads the message and the field problems of an error
	// answer (an ErrorFormat's Parse, usually); nil reads neither. What it
	// returns is redacted before use.
	ParseError func(body []byte) (message string, problems []ats.Detail)
	Options
}

// Options are the settings of the shared client that every provider's
// Config carries as they are: a provider's Config embeds them, and hands
// them to its Client.
type Options struct {
	// Timeout bounds each HTTP exchange (default DefaultTimeout); the
	// caller's deadline bounds the whole call.
	Timeout time.Duration
	// RetryWait is the base of the backoff between GET retries (default
	// DefaultRetryWait).
	RetryWait time.Duration
	// Version is atsbridge's version, sent in the User-Agent.
	Version string
	// Logger receives a debug line per exchange and warnings on retries
	// and waits; nil discards them. It never receives credentials or query
	// strings (they can hold emails).
	Logger *slog.Logger
	// HTTPClient, when set, is used instead of a pooled client of the
	// Client's own; its redirect policy is replaced so that credentials
	// never follow a redirect.
	HTTPClient *http.Client
	// Clock is the time the rate gate, the backoff, the 429 waits and the
	// providers' lookups go by (default the real one); tests share a fake
	// one with the fake server, so that waits end when the test moves it.
	// Per-exchange timeouts and context deadlines stay on the real clock.
	Clock clockwork.Clock
}

// Check reports what a provider's configuration may not hold: a negative
// timeout or retry wait. provider names it in the message.
func (o Options) Check(provider string) error {
	if o.Timeout < 0 || o.RetryWait < 0 {
		return fmt.Errorf("the %s timeout and retry wait must not be negative", provider)
	}
	return nil
}

// Client sends one provider's requests. It is safe for concurrent use;
// create one per provider and process.
type Client struct {
	name       string
	prefix     string // name in lower case, the start of error causes
	base       *url.URL
	baseURL    string // base, written out once
	auth       Auth
	authHint   string
	ua         string
	hc         *http.Client
	log        *slog.Logger
	clock      clockwork.Clock
	gate       *gate
	rate       Rate
	headers    RateHeaders
	parseError func([]byte) (string, []ats.Detail)
	timeout    time.Duration
	retryWait  time.Duration
}

// New returns a Client for cfg. Its errors are mistakes of the provider
// package (the user's configuration is checked before): a missing name or
// base URL, or a rate limit that is not positive.
func New(cfg Config) (*Client, error) {
	var errs []error
	if cfg.Name == "" {
		errs = append(errs, errors.New("upstream: Config.Name is required"))
	}
	if cfg.BaseURL == nil || !cfg.BaseURL.IsAbs() || cfg.BaseURL.Host == "" {
		errs = append(errs, errors.New("upstream: Config.BaseURL must be an absolute URL"))
	}
	if err := cfg.Rate.check(); err != nil {
		errs = append(errs, err)
	}
	if cfg.Timeout < 0 || cfg.RetryWait < 0 {
		errs = append(errs, errors.New("upstream: Config.Timeout and RetryWait must not be negative"))
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	base := *cfg.BaseURL
	base.Path = strings.TrimRight(base.Path, "/")
	base.RawPath, base.RawQuery, base.Fragment = "", "", ""
	c := &Client{
		name: cfg.Name, prefix: strings.ToLower(cfg.Name), base: &base, baseURL: base.String(),
		auth: cfg.Auth, authHint: cfg.AuthHint,
		ua:  "atsbridge/" + orText(cfg.Version, "dev") + " (+https://github.com/atsbridge/atsbridge)",
		log: cfg.Logger, clock: cfg.Clock, rate: cfg.Rate, headers: cfg.RateHeaders, parseError: cfg.ParseError,
		timeout: cfg.Timeout, retryWait: cfg.RetryWait,
	}
	if c.log == nil {
		c.log = slog.New(slog.DiscardHandler)
	}
	if c.clock == nil {
		c.clock = clockwork.NewRealClock()
	}
	if c.timeout == 0 {
		c.timeout = DefaultTimeout
	}
	if c.retryWait == 0 {
		c.retryWait = DefaultRetryWait
	}
	c.gate = newGate(c.clock, cfg.Rate)
	noRedirect := func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }
	if cfg.HTTPClient != nil {
		hc := *cfg.HTTPClient
		hc.CheckRedirect = noRedirect
		c.hc = &hc
	} else {
		t := http.DefaultTransport.(*http.Transport).Clone()
		// Keep enough idle connections for every request the rate limit
		// lets run at once, so bursts reuse connections instead of dialling.
		t.MaxIdleConnsPerHost = min(max(16, cfg.Rate.Limit, cfg.Rate.Burst), 256)
		t.MaxIdleConns = 256
		c.hc = &http.Client{Transport: t, CheckRedirect: noRedirect}
	}
	return c, nil
}

// String describes the client without its credentials.
func (c *Client) String() string { return "upstream.Client{" + c.name + " " + c.baseURL + "}" }

// GoString is String for %#v, which would otherwise print every field.
func (c *Client) GoString() string { return c.String() }

// Redacted is how a provider's configuration prints a secret (String,
// LogValue): whether it is set, never what it is.
func Redacted(secret string) string {
	if secret == "" {
		return "(unset)"
	}
	return "(set)"
}

// Spaced reports whether a credential holds spaces or control characters,
// which one pasted whole never has.
func Spaced(credential string) bool {
	return strings.ContainsFunc(credential, func(r rune) bool { return r <= ' ' || r == 0x7f })
}

// ParseBaseURL reads a provider's ATS_BASE_URL: an absolute http(s) URL
// without credentials, query or fragment. Plain http is refused except to
// loopback hosts (where tests run fakes): the credentials would cross the
// network in clear text. name and example make the error message: "Workable",
// "https://acme.workable.com/spi/v3".
func ParseBaseURL(raw, name, example string) (*url.URL, error) {
	bad := fmt.Errorf("ATS_BASE_URL=%q is not a usable %s API URL: use one like %s", raw, name, example)
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || u.Host == "" || u.User != nil || u.RawQuery != "" || u.Fragment != "" {
		return nil, bad
	}
	switch u.Scheme {
	case "https":
	case "http":
		if !loopback(u.Hostname()) {
			return nil, fmt.Errorf("ATS_BASE_URL=%q uses plain http; use https (plain http is only allowed to localhost, where tests run fakes)", raw)
		}
	default:
		return nil, bad
	}
	u.Path = strings.TrimRight(u.Path, "/")
	u.RawPath = ""
	return u, nil
}

func loopback(host string) bool {
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

func orText(s, fallback string) string {
	if s == "" {
		return fallback
	}
	return s
}
