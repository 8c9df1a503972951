// Package greenhousetest is a fake Greenhouse Harvest v3 API and OAuth token
// endpoint on loopback, for tests of the Greenhouse client and of atsbridge
// in live mode. It follows ../shared/greenhouse-v3.md:
//
//   - the token endpoint (its own host, like auth.greenhouse.io) takes HTTP
//     Basic client credentials and grant_type=client_credentials in the form
//     body or the query string, optionally sub (the acting user), and
//     answers {token_type, access_token, expires_at}; tokens expire on the
//     fake's clock after Options.TokenLifetime (one hour by default);
//   - the API (its own host, like harvest.greenhouse.io, below /v3) resolves
//     the route first (an unknown path is 404 even without a token), then
//     checks the bearer token (401), then the credential's scopes and the
//     acting user's rights (403), then the input (422);
//   - lists are bare JSON arrays sorted by id descending; while more records
//     remain a Link header carries <...?cursor=...>; rel="next", and a
//     request with a cursor may carry no other parameter; per_page is
//     1..500 (default 100), ids and every *_ids filter at most 50 values;
//     created_at and updated_at take the pipe syntax (gte|T, gt|T|lt|U) and
//     may not be sent together; the application status filter says active
//     where answers say in_process;
//   - every API answer, errors included, carries X-RateLimit-Limit,
//     -Remaining and -Reset (Unix seconds), and a fixed window of RateLimit
//     requests per RateWindow (30 s) on the fake's clock answers 429 with
//     Retry-After;
//   - error bodies are the documented ones: {"message":"Unauthorized",
//     "errors":[...]}, {"message":"Resource not found"},
//     {"message":"Unprocessable Content","errors":[...]}, whose entries are
//     strings or single-key objects;
//   - writes: POST /v3/candidates (with an optional nested application;
//     answered wrapped {"candidate","application"} or flat), POST
//     /v3/applications, move / reject / unreject answering 204, POST
//     /v3/attachments (base64 content or url) and GET /v3/attachments with
//     signed, expiring urls served by a third host (like S3).
//
// Where the facts are UNCONFIRMED the fake picks a reading, says so next to
// the code, and where the client must cope with either, Options choose.
// Greenhouse refuses neither a second candidate with the same email nor a
// second application to one job, and the fake does not either: those rules
// are the client's to keep. Tests control the fake: seed data, inject faults
// (status, delay, malformed body, dropped connection, foreign next links),
// revoke tokens, move the clock (a clockwork.FakeClock), and read back every
// request it served. The machinery it shares with the other fakes
// (faults, the request journals, the window, the hosts) is ats/fake's.
package greenhousetest

import (
	"net/http"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/atsbridge/atsbridge/ats/fake"
)

// BasePath is the path prefix of the Harvest v3 API on the fake's API host.
const BasePath = "/v3"

// Defaults of Options.
const (
	// DefaultClientID is a client id of the documented form (ends in
	// -<number>).
	DefaultClientID = "atsbridge-test-client-4242"
	// DefaultClientSecret is the client secret the fake accepts.
	DefaultClientSecret = "gh-SECRET-client-7d3e91ab5c"
	// DefaultRateLimit is the fake's requests per window. Greenhouse
	// publishes no number; the one header seen said 75, and integrators
	// budget 50 per 30 s.
	DefaultRateLimit = 50
	// DefaultRateWindow is Greenhouse v3's fixed window.
	DefaultRateWindow = 30 * time.Second
	// DefaultTokenLifetime is an access token's life.
	DefaultTokenLifetime = time.Hour
)

// ExpiryForm is how the token endpoint writes a token's expiry, which the
// facts leave open.
type ExpiryForm int

// The expiry forms.
const (
	// ExpiresAtZ is expires_at as RFC 3339 in UTC with Z, no fraction
	// ("2026-09-30T13:00:00Z").
	ExpiresAtZ ExpiryForm = iota
	// ExpiresAtOffset is expires_at with milliseconds and a numeric offset
	// without colon ("2026-09-30T13:00:00.000+0000"), the form Airbyte's
	// %Y-%m-%dT%H:%M:%S%z reads.
	ExpiresAtOffset
	// ExpiresIn is expires_in in seconds (3600) and no expires_at, as one
	// integrator read the auth API's OpenAPI document.
	ExpiresIn
	// ExpiresNone sends neither; a client assumes one hour.
	ExpiresNone
)

// Options configures a fake. The zero value is a fake with the default
// credentials, every scope, 50 requests per 30 s, and no data.
type Options struct {
	// ClientID and ClientSecret are the credentials the token endpoint
	// accepts (defaults DefaultClientID, DefaultClientSecret).
	ClientID     string
	ClientSecret string
	// Scopes are the credential's scopes ("harvest:jobs:list", ...); nil
	// grants every scope, so that only tests about scopes name them.
	Scopes []string
	// TokenLifetime is how long an access token lives (default one hour).
	TokenLifetime time.Duration
	// Expiry is how expiry is written in token answers (default
	// ExpiresAtZ).
	Expiry ExpiryForm
	// TokenType is token_type in token answers (default "Bearer"; its
	// capitalisation is unconfirmed).
	TokenType string
	// RateLimit is the number of API requests allowed per RateWindow
	// (default 50); a negative value disables the limit.
	RateLimit int
	// RateWindow is the fixed window's length (default 30 s). Tests that
	// use the real clock shorten it.
	RateWindow time.Duration
	// FlatCandidate makes POST /v3/candidates answer the candidate object
	// alone, as some integrators' mocks do, instead of the default
	// {"candidate": {...}, "application": {...}|null}.
	FlatCandidate bool
	// Now is the fake's clock (default time.Now): it stamps records, sets
	// expires_at and the Date header, expires tokens and drives the
	// rate-limit window. A *clockwork.FakeClock's Now lets a test move time.
	Now func() time.Time
}

// Server is a running fake: an auth host, an API host and a file host.
// Its methods are safe for concurrent use.
type Server struct {
	// URL is the API base URL ending in /v3, as a client is configured with
	// (ATS_BASE_URL).
	URL string
	// TokenURL is the token endpoint (GREENHOUSE_TOKEN_URL).
	TokenURL string
	// ClientID and ClientSecret are the credentials the fake accepts.
	ClientID     string
	ClientSecret string

	// Server has the API's requests, faults and connections; the token
	// endpoint and the file host have their own.
	fake.Server[Request, *Request]

	opts        Options
	auth        *fake.Host
	files       *fake.Host
	scopes      map[string]bool
	tokenFaults fake.Faults
	tokenReqs   fake.Journal[Request, *Request]
	limiter     fake.Window

	mu     sync.Mutex
	data   store
	tokens map[string]token
}

// Start starts a fake for one test and stops it when the test ends.
func Start(tb testing.TB, opts Options) *Server { return fake.ForTest(tb, NewServer(opts)) }

// NewServer starts a fake on loopback ports. Call Close when done.
func NewServer(opts Options) *Server {
	if opts.ClientID == "" {
		opts.ClientID = DefaultClientID
	}
	if opts.ClientSecret == "" {
		opts.ClientSecret = DefaultClientSecret
	}
	if opts.TokenLifetime <= 0 {
		opts.TokenLifetime = DefaultTokenLifetime
	}
	if opts.TokenType == "" {
		opts.TokenType = "Bearer"
	}
	if opts.RateLimit == 0 {
		opts.RateLimit = DefaultRateLimit
	}
	if opts.RateWindow <= 0 {
		opts.RateWindow = DefaultRateWindow
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	s := &Server{
		ClientID: opts.ClientID, ClientSecret: opts.ClientSecret,
		opts:    opts,
		tokens:  map[string]token{},
		limiter: fake.Window{Limit: opts.RateLimit, Size: opts.RateWindow},
		data:    newStore(),
	}
	if opts.Scopes != nil {
		s.scopes = map[string]bool{}
		for _, sc := range opts.Scopes {
			s.scopes[sc] = true
		}
	}
	s.Host = fake.NewHost(http.HandlerFunc(s.serveAPI))
	s.auth = fake.NewHost(http.HandlerFunc(s.serveToken))
	s.files = fake.NewHost(http.HandlerFunc(s.serveFile))
	s.URL = s.Host.URL + BasePath
	s.TokenURL = s.auth.URL + "/token"
	return s
}

// Close stops the three hosts and drops their connections.
func (s *Server) Close() {
	for _, h := range []*fake.Host{s.Host, s.auth, s.files} {
		h.Close()
	}
}

// FilesURL is the base of the file host that attachment urls point at.
func (s *Server) FilesURL() string { return s.files.URL }

// Request is one request the fake received, as tests inspect it: Path is
// below BasePath ("/jobs") for API requests, "/token" for token requests.
type Request struct {
	fake.Request
	// Sub is the acting user of the token an API request carried ("" for
	// the integration's service user, or when the token was refused).
	Sub string
}

// TokenRequests returns every token request served so far; Requests,
// Served and Count are the API's.
func (s *Server) TokenRequests() []Request { return s.tokenReqs.All() }

// ResetRequests forgets the API and token requests recorded so far.
func (s *Server) ResetRequests() {
	s.Journal.Reset()
	s.tokenReqs.Reset()
}

// maxBody caps what the fake reads of a request.
const maxBody = 32 << 20

// serveAPI is the API host's entry point: record, count against the rate
// limit, resolve the route, authenticate, apply faults, authorise, then
// serve.
func (s *Server) serveAPI(w http.ResponseWriter, r *http.Request) {
	path := strings.TrimPrefix(r.URL.EscapedPath(), BasePath)
	req, body, rec := s.Journal.Record(w, r, path, maxBody)
	faulted := false
	defer func() { s.Journal.Done(req, rec, faulted) }()
	now := s.opts.Now()
	rec.Header().Set("Date", now.UTC().Format(http.TimeFormat))

	rt, params := resolve(r.Method, r.URL.EscapedPath())

	// Every answer carries the rate-limit headers, errors included; a
	// request past the window's limit is refused before anything else is
	// looked at.
	ok, remaining, reset := s.limiter.Take(now)
	h := rec.Header()
	h.Set("X-RateLimit-Limit", itoa(s.limiter.Shown()))
	h.Set("X-RateLimit-Remaining", itoa(remaining))
	h.Set("X-RateLimit-Reset", fake.FormatReset(reset, s.opts.RateWindow))
	if !ok {
		h.Set("Retry-After", fake.RetryAfter(reset.Sub(now)))
		// The 429 body is unconfirmed; Airbyte's fixtures use this one.
		writeJSON(rec, http.StatusTooManyRequests, errorBody{Message: "Too Many Requests"})
		return
	}
	if rt == nil {
		// v3 resolves the route before it checks auth.
		writeNotFound(rec)
		return
	}
	tok, authed := s.authenticate(r.Header.Get("Authorization"), now)
	if !authed {
		// An expired or revoked token is assumed to get the same body as a
		// bad one.
		writeUnauthorized(rec)
		return
	}
	s.Journal.Edit(req, func(req *Request) { req.Sub = tok.sub })
	// Faults apply to authenticated requests, so that a request refused for
	// a stale token does not use up a fault meant for its retry.
	f, hasFault := s.Faults.Take(r.Method, path)
	faulted = dialect.Act(rec, r, f, hasFault, func(w http.ResponseWriter, r *http.Request) {
		if s.scopes != nil && !s.scopes[rt.scope] {
			// The 403 body is unconfirmed; Airbyte's fixtures use this one.
			writeJSON(w, http.StatusForbidden, errorBody{Message: "Forbidden"})
			return
		}
		if r.Method == http.MethodGet && !s.siteAdmin(tok.sub) {
			// "GET endpoints are only accessible by site admin users."
			writeJSON(w, http.StatusForbidden, errorBody{Message: "Forbidden"})
			return
		}
		rt.serve(&call{s: s, w: w, r: r, body: body, params: params, sub: tok.sub, now: now})
	})
}

// call is one API request being served.
type call struct {
	s      *Server
	w      http.ResponseWriter
	r      *http.Request
	body   []byte
	params []string // path parameters, e.g. the application id
	sub    string
	now    time.Time
}

// writeJSON answers with v as JSON.
func writeJSON(w http.ResponseWriter, status int, v any) { fake.WriteJSON(w, status, v) }

// errorBody is v3's error shape, keys in the documented order:
// {"message": ..., "errors": [...]}.
type errorBody struct {
	Message string `json:"message"`
	Errors  []any  `json:"errors,omitempty"`
}

// writeNotFound is v3's 404 body.
func writeNotFound(w http.ResponseWriter) {
	writeJSON(w, http.StatusNotFound, errorBody{Message: "Resource not found"})
}

// writeUnauthorized is the 401 seen live for a bad or missing token.
func writeUnauthorized(w http.ResponseWriter) {
	writeJSON(w, http.StatusUnauthorized, errorBody{Message: "Unauthorized",
		Errors: []any{"Token could not be decoded. Please ensure your token is from a trusted source."}})
}

// writeUnprocessable is v3's 422: each entry is a string or a single-key
// object {"field": "message"}.
func writeUnprocessable(w http.ResponseWriter, errs ...any) {
	writeJSON(w, http.StatusUnprocessableEntity, errorBody{Message: "Unprocessable Content", Errors: errs})
}

// fieldError is one {"field": "message"} entry of a 422.
func fieldError(field, msg string) map[string]string { return map[string]string{field: msg} }

func itoa(n int) string { return strconv.Itoa(n) }
