// Package levertest is a fake Lever API v1 server on loopback, for tests of
// the Lever client and of atsbridge in live mode. It follows the facts in
// ../shared/providers.md, section C:
//
//   - every request needs HTTP Basic auth with the API key as the username
//     and an empty password, else 401 {"code": ..., "message": ...};
//   - writes (POST, PUT) need the perform_as query parameter naming an
//     active user, else 400;
//   - lists answer {"data": [...], "hasNext": bool, "next": "<token>"};
//     next is an opaque, already URL-encoded token such as
//     %5B2%2C1782972986091%2C%22...%22%5D, absent on the last page, passed
//     back as offset= with the same limit and filters; a token that
//     arrives encoded a second time (%255B...) is decoded once more, as
//     Lever tolerates it; limit is 1..100 and defaults to 100;
//   - single reads answer {"data": {...}};
//   - timestamps are epoch milliseconds, and so are the time filters
//     (created_at_start, updated_at_start, ..._end);
//   - opportunities belong to a contact (the person; one contact per email,
//     shared by every opportunity of that person) and reach postings through
//     their applications; hired and rejected are archive states with a
//     reason of type hired or non-hired, not stages;
//   - confidential postings and their opportunities are listed only with
//     confidentiality=all (or confidential), and never for a key without
//     access to confidential data;
//   - a token bucket per key (10 requests/s, bursts of 20) answers 429
//     with no rate-limit headers when empty;
//   - errors are {"code": "<ErrorName>", "message": "<text>"}.
//
// Where the facts are UNCONFIRMED the fake takes the lenient reading and
// says so next to the code. Tests control it: seed data (Seed), inject
// faults (status, delay, malformed body, dropped connection, a hasNext
// without next), move the rate limit's clock, and read back every request
// it served. The machinery it shares with the other fakes (faults, the
// request journal, the token bucket, the host) is ats/fake's.
package levertest

import (
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/atsbridge/atsbridge/ats/fake"
)

// BasePath is the path prefix of the v1 API on the fake's host.
const BasePath = "/v1"

// DefaultKey is the API key a fake accepts when Options.Key is empty.
const DefaultKey = "lv-test-key-8a41c0de9f"

// Options configures a fake server. The zero value is a server with the
// default key, Lever's token bucket (10 requests/s, bursts of 20), access
// to confidential data, and no data (call Seed, or add records).
type Options struct {
	// Key is the API key the fake accepts as the Basic auth username
	// (default DefaultKey).
	Key string
	// Rate is the token bucket's steady rate in requests per second
	// (default 10); a negative value disables rate limiting.
	Rate float64
	// Burst is the bucket's size (default 20).
	Burst int
	// NoConfidential makes the key one without access to confidential
	// data: confidential postings and their opportunities are then hidden
	// from every list and read, whatever confidentiality asks for.
	NoConfidential bool
	// RefuseConfidential makes such a key answer 403 when a list asks for
	// confidential data (confidentiality=all or confidential), the other
	// reading of the facts ("hidden unless requested and the key
	// permits"; which one Lever has is UNCONFIRMED).
	RefuseConfidential bool
	// ResumeField is the multipart field a create takes its resume file
	// from (default "resumeFile", the common reading; UNCONFIRMED). Tests
	// set another name to see what a client does when Lever ignores its
	// file.
	ResumeField string
	// Now is the fake's clock (default time.Now); it stamps new records and
	// refills the token bucket, so a test can drive the bucket without
	// sleeping.
	Now func() time.Time
}

// Server is a running fake. Its methods are safe for concurrent use.
type Server struct {
	// URL is the API base URL, ending in /v1, as a client is configured
	// with (ATS_BASE_URL).
	URL string
	// Key is the API key the fake accepts.
	Key string

	// Server has the requests served, the faults, the connections.
	fake.Server[Request, *Request]

	opts   Options
	bucket *fake.Bucket

	mu            sync.Mutex
	postings      []Posting // ascending (CreatedAt, ID)
	opportunities []Opportunity
	contacts      map[string]*Contact
	stages        []Stage
	reasons       []ArchiveReason
	users         []User
	seq           int
	applicants    int
}

// Start starts a fake for one test and stops it when the test ends.
func Start(tb testing.TB, opts Options) *Server { return fake.ForTest(tb, NewServer(opts)) }

// NewServer starts a fake on a loopback port. Call Close when done.
func NewServer(opts Options) *Server {
	if opts.Key == "" {
		opts.Key = DefaultKey
	}
	if opts.Rate == 0 {
		opts.Rate = 10
	}
	if opts.Burst <= 0 {
		opts.Burst = 20
	}
	if opts.ResumeField == "" {
		opts.ResumeField = "resumeFile"
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	s := &Server{
		Key:      opts.Key,
		opts:     opts,
		contacts: map[string]*Contact{},
		stages:   DefaultStages(),
		reasons:  DefaultArchiveReasons(),
		users:    DefaultUsers(),
		bucket:   fake.NewBucket(opts.Rate, opts.Burst, opts.Now()),
	}
	s.Host = fake.NewHost(http.HandlerFunc(s.serve))
	s.URL = s.Host.URL + BasePath
	return s
}

// Request is one request the fake received, as the tests inspect it.
type Request struct {
	fake.Request
	// DoubleEncodedOffset is true when the offset token arrived encoded a
	// second time (%255B...), which the fake tolerates as Lever does.
	DoubleEncodedOffset bool
}

// maxBody caps what the fake reads of a request: Lever takes files up to
// 30 MB; tests send far less.
const maxBody = 32 << 20

// serve is the fake's one entry point: record, authenticate, rate-limit,
// apply faults, then route.
func (s *Server) serve(w http.ResponseWriter, r *http.Request) {
	req, body, rec := s.Journal.Record(w, r, strings.TrimPrefix(r.URL.EscapedPath(), BasePath), maxBody)
	faulted := false
	defer func() { s.Journal.Done(req, rec, faulted) }()

	if !strings.HasPrefix(r.URL.Path, BasePath+"/") {
		writeError(rec, http.StatusNotFound, "ResourceNotFound", "Not found")
		return
	}
	if !s.authorized(r) {
		writeError(rec, http.StatusUnauthorized, "UnauthorizedError", "Invalid API key")
		return
	}
	if !s.bucket.Take(s.opts.Now()) {
		// Lever sends no rate-limit headers (none on record) and no
		// Retry-After (UNCONFIRMED): clients back off on the status alone.
		writeError(rec, http.StatusTooManyRequests, "TooManyRequests", "Rate limit exceeded")
		return
	}
	f, hasFault := s.Faults.Take(r.Method, req.Path)
	faulted = dialect.Act(rec, r, f, hasFault, func(w http.ResponseWriter, r *http.Request) { s.route(w, r, req, body) })
}

// authorized checks HTTP Basic auth: the key as username, an empty
// password.
func (s *Server) authorized(r *http.Request) bool { return fake.HasBasic(r, s.Key, "") }

// route dispatches a request below BasePath.
func (s *Server) route(w http.ResponseWriter, r *http.Request, req *Request, body []byte) {
	parts := strings.Split(strings.Trim(strings.TrimPrefix(r.URL.Path, BasePath), "/"), "/")
	get, post, put := r.Method == http.MethodGet, r.Method == http.MethodPost, r.Method == http.MethodPut
	if (post || put) && !s.performAsOK(w, r) {
		return
	}
	n := len(parts)
	switch {
	case n == 1 && parts[0] == "postings" && get:
		s.listPostings(w, r, req)
	case n == 2 && parts[0] == "postings" && get:
		s.getPosting(w, parts[1])
	case n == 1 && parts[0] == "opportunities" && get:
		s.listOpportunities(w, r, req)
	case n == 1 && parts[0] == "opportunities" && post:
		s.createOpportunity(w, r, body)
	case n == 2 && parts[0] == "opportunities" && get:
		s.getOpportunity(w, r, parts[1])
	case n == 3 && parts[0] == "opportunities" && parts[2] == "applications" && get:
		s.listApplications(w, parts[1])
	case n == 4 && parts[0] == "opportunities" && parts[2] == "applications" && get:
		s.getApplication(w, parts[1], parts[3])
	case n == 3 && parts[0] == "opportunities" && parts[2] == "stage" && put:
		s.changeStage(w, r, body, parts[1])
	case n == 3 && parts[0] == "opportunities" && parts[2] == "archived" && put:
		s.changeArchived(w, r, body, parts[1])
	case n == 3 && parts[0] == "opportunities" && parts[2] == "notes" && post:
		s.addNote(w, r, body, parts[1])
	case n == 3 && parts[0] == "opportunities" && parts[2] == "files" && post:
		s.uploadFile(w, r, body, parts[1])
	case n == 3 && parts[0] == "opportunities" && parts[2] == "files" && get:
		s.listDocs(w, parts[1], docFile)
	case n == 5 && parts[0] == "opportunities" && parts[2] == "files" && parts[4] == "download" && get:
		s.downloadDoc(w, parts[1], docFile, parts[3])
	case n == 3 && parts[0] == "opportunities" && parts[2] == "resumes" && get:
		s.listDocs(w, parts[1], docResume)
	case n == 5 && parts[0] == "opportunities" && parts[2] == "resumes" && parts[4] == "download" && get:
		s.downloadDoc(w, parts[1], docResume, parts[3])
	case n == 1 && parts[0] == "stages" && get:
		s.listStages(w)
	case n == 1 && parts[0] == "archive_reasons" && get:
		s.listArchiveReasons(w, r)
	case n == 1 && parts[0] == "users" && get:
		s.listUsers(w, r, req)
	default:
		writeError(w, http.StatusNotFound, "ResourceNotFound", "Not found")
	}
}

// performAsOK checks that a write names an active user in perform_as.
// The facts make it required on creates and recommended elsewhere; the
// fake requires it on every write, and refuses deactivated users (what
// Lever does with them is UNCONFIRMED), so that a client that picks the
// actor carelessly shows.
func (s *Server) performAsOK(w http.ResponseWriter, r *http.Request) bool {
	id := r.URL.Query().Get("perform_as")
	if id == "" {
		writeError(w, http.StatusBadRequest, "BadRequestError", "perform_as is required")
		return false
	}
	s.mu.Lock()
	u, ok := s.userLocked(id)
	s.mu.Unlock()
	if !ok || u.DeactivatedAt != nil {
		writeError(w, http.StatusBadRequest, "BadRequestError", "perform_as must be the id of an active user")
		return false
	}
	return true
}

// writeJSON answers with v as JSON, with the headers on record
// (x-lever-region, server: lever-data-api).
func writeJSON(w http.ResponseWriter, status int, v any) {
	h := w.Header()
	h.Set("X-Lever-Region", "us-west-2")
	h.Set("Server", "lever-data-api")
	fake.WriteJSON(w, status, v)
}

// writeData answers {"data": v}, the shape of single reads and writes.
func writeData(w http.ResponseWriter, status int, v any) {
	writeJSON(w, status, map[string]any{"data": v})
}

// writeError answers with Lever's error body shape. The code strings are
// guesses (UNCONFIRMED); clients key on the status.
func writeError(w http.ResponseWriter, status int, code, msg string) {
	writeJSON(w, status, map[string]string{"code": code, "message": msg})
}

func badRequest(w http.ResponseWriter, msg string) {
	writeError(w, http.StatusBadRequest, "BadRequestError", msg)
}

func notFound(w http.ResponseWriter, what string) {
	writeError(w, http.StatusNotFound, "ResourceNotFound", what+" not found")
}
