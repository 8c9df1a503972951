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
// shrink the rate-limit window, and read back every request it served. The
// machinery it shares with the other fakes (faults, the request journal,
// the window, the host) is ats/fake's.
package workabletest

import (
	"net/http"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/atsbridge/atsbridge/ats/fake"
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

	// Server has the requests served, the faults, the connections.
	fake.Server[Request, *Request]

	opts    Options
	limiter fake.Window

	mu         sync.Mutex
	jobs       []Job       // ascending id
	candidates []Candidate // ascending id
	members    []Member
	stages     []Stage
	reasons    []Reason
	nextJob    int
	nextCand   int
}

// Start starts a fake for one test and stops it when the test ends.
func Start(tb testing.TB, opts Options) *Server { return fake.ForTest(tb, NewServer(opts)) }

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
		limiter: fake.Window{Limit: opts.RateLimit, Size: opts.RateWindow},
	}
	s.Host = fake.NewHost(http.HandlerFunc(s.serve))
	s.URL = s.Host.URL + BasePath
	return s
}

// Request is one request the fake received, as the tests inspect it.
type Request struct{ fake.Request }

// dialect is how the fake acts out faults: a truncated job list, and
// Workable's error body {"error": "<status text>"}.
var dialect = fake.Dialect{
	Malformed: `{"jobs":[{"id":"5b0001","title":"Trunc`,
	Error:     func(w http.ResponseWriter, status int) { writeError(w, status, http.StatusText(status)) },
}

// serve is the fake's one entry point: record, authenticate, rate-limit,
// apply faults, then route.
func (s *Server) serve(w http.ResponseWriter, r *http.Request) {
	// Room for a resume in base64 in a create or a PATCH.
	req, body, rec := s.Journal.Record(w, r, strings.TrimPrefix(r.URL.EscapedPath(), BasePath), 16<<20)
	faulted := false
	defer func() { s.Journal.Done(req, rec, faulted) }()

	if strings.HasPrefix(r.URL.Path, filesPath) && r.Method == http.MethodGet {
		// A signed link: no token, the signature in the query.
		s.serveFile(rec, r)
		return
	}
	if !strings.HasPrefix(r.URL.Path, BasePath+"/") {
		writeError(rec, http.StatusNotFound, "Not found")
		return
	}
	if !fake.HasBearer(r, s.Token) {
		writeError(rec, http.StatusUnauthorized, "Not authorized")
		return
	}

	now := s.opts.Now()
	ok, remaining, reset := s.limiter.Take(now)
	h := rec.Header()
	h.Set("X-Rate-Limit-Limit", itoa(s.limiter.Shown()))
	h.Set("X-Rate-Limit-Remaining", itoa(remaining))
	h.Set("X-Rate-Limit-Reset", fake.FormatReset(reset, s.opts.RateWindow))
	if !ok {
		if s.opts.RetryAfter {
			h.Set("Retry-After", fake.RetryAfter(reset.Sub(now)))
		}
		// The 429 body is unconfirmed; clients key on the status only.
		writeError(rec, http.StatusTooManyRequests, "Rate limit exceeded")
		return
	}
	f, hasFault := s.Faults.Take(r.Method, req.Path)
	faulted = dialect.Act(rec, r, f, hasFault, func(w http.ResponseWriter, r *http.Request) { s.route(w, r, body) })
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

// writeJSON answers with v as JSON, the way Workable labels it.
func writeJSON(w http.ResponseWriter, status int, v any) { fake.WriteJSON(w, status, v) }

// writeError answers with Workable's error body shape.
func writeError(w http.ResponseWriter, status int, msg string) {
	writeJSON(w, status, map[string]string{"error": msg})
}

// writeValidation answers 422 with field errors, the shape the Ruby client
// handles: {"error": ..., "validation_errors": {"field": ["problem"]}}.
func writeValidation(w http.ResponseWriter, msg string, fields map[string][]string) {
	writeJSON(w, http.StatusUnprocessableEntity, map[string]any{"error": msg, "validation_errors": fields})
}

func itoa(n int) string { return strconv.Itoa(n) }
