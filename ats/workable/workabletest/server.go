// Package workabletest is a fake Workable SPI v3 server on loopback, for
// tests of the Workable client and of atsbridge in live mode. It follows the
// recorded behaviour of the real API (see ../shared/providers.md, section A):
//
//   - every request needs "Authorization: Bearer <token>", else 401 {"error": ...};
//   - lists are sorted by id ascending; since_id is inclusive, max_id too;
//     limit defaults to 50 and may not exceed 100;
//   - paging.next is an absolute URL carrying limit and since_id (the id of the
//     next page's first record) and every filter (only limit and since_id
//     with Options.SparseNext); it is absent on the last page; a candidate list filtered by shortcode continues on the legacy
//     path /jobs/{shortcode}/candidates;
//   - a single job is unwrapped, a single candidate is wrapped in "candidate";
//   - candidate "stage" is the stage name, while the stage filter takes a slug;
//   - ids are hex strings;
//   - every authorised response carries X-Rate-Limit-Limit, -Remaining and
//     -Reset (Unix seconds of the next window), and a fixed window of
//     RateLimit requests per RateWindow answers 429 when exceeded;
//   - errors are {"error": "..."} bodies; a duplicate email in one job is
//     a 422 with validation_errors;
//   - move, disqualify and revert answer 200 with a body that is not JSON
//     (empty for move, as recorded; a space for disqualify and revert, as
//     documented), and change updated_at; a job may have a pipeline of its
//     own (GET /jobs/{shortcode}/stages), which moves are checked against;
//   - a resume comes only inside a create or a PATCH /candidates/{id} body
//     ({"resume": {"name", "data"}}); the record's resume_url and its
//     GET /candidates/{id}/files preview_url are then signed links of the
//     fake's own (as Workable's are pre-signed S3 links) that serve the
//     file without the token.
//
// Where the facts are unconfirmed the fake picks the lenient reading and
// says so next to the code. Tests control it: seed data, inject faults
// (status, delay, malformed body, dropped connection, foreign next links),
// shrink the rate-limit window, and read back every request it served.
package workabletest

import (
	"encoding/json"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// BasePath is the path prefix of the SPI v3 API on the fake's host.
const BasePath = "/spi/v3"

// Options configures a fake server. The zero value is a server with the
// default token, Workable's 10 requests per 10 s, and no data.
type Options struct {
	// Token is the bearer token the fake accepts (default DefaultToken).
	Token string
	// Subdomain is the account subdomain used in URLs of the records
	// (default "acme").
	Subdomain string
	// RateLimit is the number of requests allowed per RateWindow (default
	// 10); a negative value disables rate limiting.
	RateLimit int
	// RateWindow is the length of the fixed rate-limit window (default
	// 10 s). Tests shorten it so that they never wait ten real seconds.
	RateWindow time.Duration
	// RetryAfter makes 429 answers carry a Retry-After header (seconds).
	// Whether Workable sends one is unconfirmed, so the default is not to.
	RetryAfter bool
	// SparseNext makes paging.next carry only limit and since_id, like the
	// one recorded link (.../candidates?limit=100&since_id=2727030b):
	// Workable does not promise to repeat a list's filters there, so a
	// client that follows next must filter what comes back itself. By
	// default every filter is repeated.
	SparseNext bool
	// Now is the fake's clock (default time.Now); it stamps new records and
	// drives the rate-limit window.
	Now func() time.Time
}

// DefaultToken is the token a fake accepts when Options.Token is empty.
const DefaultToken = "wk-test-token-1c9f0e7d2b"

// Server is a running fake. Its methods are safe for concurrent use.
type Server struct {
	// URL is the API base URL, ending in /spi/v3, as a client is configured
	// with (ATS_BASE_URL).
	URL string
	// Token is the bearer token the fake accepts.
	Token string

	opts  Options
	srv   *httptest.Server
	conns atomic.Int64

	mu         sync.Mutex
	jobs       []Job       // ascending id
	candidates []Candidate // ascending id
	members    []Member
	stages     []Stage
	reasons    []Reason
	faults     []Fault
	requests   []*Request
	limiter    window
	nextJob    int
	nextCand   int
}

// Start starts a fake for one test and stops it when the test ends.
func Start(tb testing.TB, opts Options) *Server {
	tb.Helper()
	s := NewServer(opts)
	tb.Cleanup(s.Close)
	return s
}

// NewServer starts a fake on a loopback port. Call Close when done.
func NewServer(opts Options) *Server {
	if opts.Token == "" {
		opts.Token = DefaultToken
	}
	if opts.Subdomain == "" {
		opts.Subdomain = "acme"
	}
	if opts.RateLimit == 0 {
		opts.RateLimit = 10
	}
	if opts.RateWindow <= 0 {
		opts.RateWindow = 10 * time.Second
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	s := &Server{
		Token:   opts.Token,
		opts:    opts,
		members: defaultMembers(),
		stages:  defaultStages(),
		reasons: DefaultReasons(),
		limiter: window{limit: opts.RateLimit, size: opts.RateWindow},
	}
	s.srv = httptest.NewUnstartedServer(http.HandlerFunc(s.serve))
	s.srv.Config.ConnState = func(_ net.Conn, st http.ConnState) {
		if st == http.StateNew {
			s.conns.Add(1)
		}
	}
	s.srv.Start()
	s.URL = s.srv.URL + BasePath
	return s
}

// Close stops the server and drops its connections.
func (s *Server) Close() {
	s.srv.CloseClientConnections()
	s.srv.Close()
}

// Connections is how many TCP connections clients opened to the fake; a
// client that reuses connections keeps it low.
func (s *Server) Connections() int { return int(s.conns.Load()) }

// Request is one request the fake received, as the tests inspect it.
type Request struct {
	Method string
	// Path is the path below BasePath, e.g. "/jobs".
	Path  string
	Query url.Values
	// Authorization is the header as received, so tests can check that
	// the token only ever arrives here.
	Authorization string
	UserAgent     string
	// Body is the request body of writes.
	Body []byte
	// Status is what the fake answered.
	Status int
	// Fault is true when an injected fault produced the answer.
	Fault bool
}

// Requests returns every request served so far, in arrival order.
func (s *Server) Requests() []Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]Request, len(s.requests))
	for i, r := range s.requests {
		out[i] = *r
	}
	return out
}

// Count is how many served requests match method ("" for any) and path
// (exact, below BasePath; "" for any).
func (s *Server) Count(method, path string) int {
	n := 0
	for _, r := range s.Requests() {
		if (method == "" || r.Method == method) && (path == "" || r.Path == path) {
			n++
		}
	}
	return n
}

// RateLimited is how many requests the fake answered with 429 from its own
// window (injected 429 faults not included).
func (s *Server) RateLimited() int {
	n := 0
	for _, r := range s.Requests() {
		if r.Status == http.StatusTooManyRequests && !r.Fault {
			n++
		}
	}
	return n
}

// ResetRequests forgets the requests recorded so far.
func (s *Server) ResetRequests() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.requests = nil
}

// serve is the fake's one entry point: record, authenticate, rate-limit,
// apply faults, then route.
func (s *Server) serve(w http.ResponseWriter, r *http.Request) {
	var body []byte
	if r.Body != nil {
		// Room for a resume in base64 in a create or a PATCH.
		body, _ = io.ReadAll(io.LimitReader(r.Body, 16<<20))
	}
	rec := &recorder{ResponseWriter: w}
	req := &Request{
		Method: r.Method, Path: strings.TrimPrefix(r.URL.EscapedPath(), BasePath), Query: r.URL.Query(),
		Authorization: r.Header.Get("Authorization"), UserAgent: r.Header.Get("User-Agent"), Body: body,
	}
	// A request is recorded on arrival, so that a test counting calls right
	// after its client gave up sees it; status and fault are filled in
	// when the answer is written.
	s.mu.Lock()
	s.requests = append(s.requests, req)
	s.mu.Unlock()
	faulted := false
	defer func() {
		s.mu.Lock()
		req.Status, req.Fault = rec.status, faulted
		s.mu.Unlock()
	}()

	if strings.HasPrefix(r.URL.Path, filesPath) && r.Method == http.MethodGet {
		// A signed link: no token, the signature in the query.
		s.serveFile(rec, r)
		return
	}
	if !strings.HasPrefix(r.URL.Path, BasePath+"/") {
		writeError(rec, http.StatusNotFound, "Not found")
		return
	}
	if r.Header.Get("Authorization") != "Bearer "+s.Token {
		writeError(rec, http.StatusUnauthorized, "Not authorized")
		return
	}

	s.mu.Lock()
	ok, remaining, reset := s.limiter.take(s.opts.Now())
	f, hasFault := s.takeFault(r.Method, req.Path)
	s.mu.Unlock()

	h := rec.Header()
	h.Set("X-Rate-Limit-Limit", itoa(s.limiter.limit))
	h.Set("X-Rate-Limit-Remaining", itoa(remaining))
	h.Set("X-Rate-Limit-Reset", formatReset(reset, s.opts.RateWindow))
	if !ok {
		if s.opts.RetryAfter {
			h.Set("Retry-After", itoa(int(reset.Sub(s.opts.Now()).Seconds()+0.999)))
		}
		// The 429 body is unconfirmed; clients key on the status only.
		writeError(rec, http.StatusTooManyRequests, "Rate limit exceeded")
		return
	}
	if hasFault {
		faulted = f.Status != 0 || f.Malformed || f.CloseConnection
		if !s.applyFault(rec, r, f) {
			return
		}
		if f.NextBase != "" {
			r = r.WithContext(withNextBase(r.Context(), f.NextBase))
		}
		if f.rewrites() {
			faulted = true
			rw := &rewriter{header: http.Header{}}
			for k, vs := range h {
				rw.header[k] = vs
			}
			s.route(rw, r, body)
			rw.flush(rec, f)
			return
		}
	}
	s.route(rec, r, body)
}

// route dispatches a request below BasePath.
func (s *Server) route(w http.ResponseWriter, r *http.Request, body []byte) {
	parts := strings.Split(strings.Trim(strings.TrimPrefix(r.URL.Path, BasePath), "/"), "/")
	get, post := r.Method == http.MethodGet, r.Method == http.MethodPost
	switch {
	case len(parts) == 1 && parts[0] == "jobs" && get:
		s.listJobs(w, r)
	case len(parts) == 2 && parts[0] == "jobs" && get:
		s.getJob(w, parts[1])
	case len(parts) == 3 && parts[0] == "jobs" && parts[2] == "candidates" && get:
		s.listCandidates(w, r, parts[1])
	case len(parts) == 3 && parts[0] == "jobs" && parts[2] == "candidates" && post:
		s.createCandidate(w, r, body, parts[1])
	case len(parts) == 3 && parts[0] == "jobs" && parts[2] == "stages" && get:
		s.listStages(w, parts[1])
	case len(parts) == 2 && parts[0] == "talent_pool" && parts[1] == "candidates" && post:
		s.createCandidate(w, r, body, "")
	case len(parts) == 1 && parts[0] == "candidates" && get:
		s.listCandidates(w, r, "")
	case len(parts) == 2 && parts[0] == "candidates" && get:
		s.getCandidate(w, parts[1])
	case len(parts) == 2 && parts[0] == "candidates" && r.Method == http.MethodPatch:
		s.patchCandidate(w, body, parts[1])
	case len(parts) == 3 && parts[0] == "candidates" && parts[2] == "files" && get:
		s.listFiles(w, parts[1])
	case len(parts) == 3 && parts[0] == "candidates" && parts[2] == "copy" && post:
		s.copyCandidate(w, body, parts[1])
	case len(parts) == 3 && parts[0] == "candidates" && parts[2] == "move" && post:
		s.moveCandidate(w, body, parts[1])
	case len(parts) == 3 && parts[0] == "candidates" && parts[2] == "disqualify" && post:
		s.disqualifyCandidate(w, body, parts[1])
	case len(parts) == 3 && parts[0] == "candidates" && parts[2] == "revert" && post:
		s.revertCandidate(w, body, parts[1])
	case len(parts) == 1 && parts[0] == "disqualification_reasons" && get:
		s.listReasons(w)
	case len(parts) == 1 && parts[0] == "members" && get:
		s.listMembers(w)
	case len(parts) == 1 && parts[0] == "stages" && get:
		s.listStages(w, "")
	default:
		writeError(w, http.StatusNotFound, "Not found")
	}
}

// recorder remembers the status written, for Requests.
type recorder struct {
	http.ResponseWriter
	status int
}

func (r *recorder) WriteHeader(code int) {
	if r.status == 0 {
		r.status = code
	}
	r.ResponseWriter.WriteHeader(code)
}

func (r *recorder) Write(b []byte) (int, error) {
	if r.status == 0 {
		r.status = http.StatusOK
	}
	return r.ResponseWriter.Write(b)
}

// Unwrap lets http.ResponseController reach the connection (Hijack).
func (r *recorder) Unwrap() http.ResponseWriter { return r.ResponseWriter }

// writeJSON answers with v as JSON, the way Workable labels it.
func writeJSON(w http.ResponseWriter, status int, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		writeError(w, http.StatusInternalServerError, "encode: "+err.Error())
		return
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	_, _ = w.Write(b)
}

// writeError answers with Workable's error body shape.
func writeError(w http.ResponseWriter, status int, msg string) {
	writeJSON(w, status, map[string]string{"error": msg})
}

// writeValidation answers 422 with field errors, the shape the Ruby client
// handles: {"error": ..., "validation_errors": {"field": ["problem"]}}.
func writeValidation(w http.ResponseWriter, msg string, fields map[string][]string) {
	writeJSON(w, http.StatusUnprocessableEntity, map[string]any{"error": msg, "validation_errors": fields})
}
