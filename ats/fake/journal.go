package fake

import (
	"io"
	"net/http"
	"net/url"
	"sync"
)

// Request is one request a fake received, as tests inspect it. A fake's
// own Request embeds it and adds what only that fake records.
type Request struct {
	Method string
	// Path is the path below the fake's base path ("/jobs").
	Path  string
	Query url.Values
	// RawQuery is the query string as it arrived, so that a test can see
	// exactly how a value was encoded.
	RawQuery string
	// Authorization is the header as received, so that tests can check
	// that credentials only ever arrive where they belong.
	Authorization string
	UserAgent     string
	ContentType   string
	// Body is the request body, as received.
	Body []byte
	// Status is what the fake answered (0 while it has not).
	Status int
	// Fault is true when an injected fault produced the answer.
	Fault bool
}

func (r *Request) request() *Request { return r }

// Entry is a pointer to a fake's own Request type, which embeds Request.
type Entry[R any] interface {
	*R
	request() *Request
}

// Journal records the requests a fake serves, in arrival order. The zero
// value is empty and ready; it is safe for concurrent use.
type Journal[R any, P Entry[R]] struct {
	mu   sync.Mutex
	list []P
}

// Record reads r's body (at most limit bytes) and records the request,
// with path (below the fake's base path), on arrival: a test counting
// calls right after its client gave up sees it. It returns the entry, the
// body, and a Recorder around w whose status Done records.
func (j *Journal[R, P]) Record(w http.ResponseWriter, r *http.Request, path string, limit int64) (P, []byte, *Recorder) {
	var body []byte
	if r.Body != nil {
		body, _ = io.ReadAll(io.LimitReader(r.Body, limit))
	}
	e := P(new(R))
	*e.request() = Request{
		Method: r.Method, Path: path, Query: r.URL.Query(), RawQuery: r.URL.RawQuery,
		Authorization: r.Header.Get("Authorization"), UserAgent: r.Header.Get("User-Agent"),
		ContentType: r.Header.Get("Content-Type"), Body: body,
	}
	j.mu.Lock()
	j.list = append(j.list, e)
	j.mu.Unlock()
	return e, body, &Recorder{ResponseWriter: w}
}

// Done records what e was answered: rec's status, and whether a fault
// made the answer.
func (j *Journal[R, P]) Done(e P, rec *Recorder, fault bool) {
	j.Edit(e, func(e P) { e.request().Status, e.request().Fault = rec.status, fault })
}

// Edit changes e under the journal's lock: what a fake learns of a request
// while it serves it.
func (j *Journal[R, P]) Edit(e P, edit func(P)) {
	j.mu.Lock()
	defer j.mu.Unlock()
	edit(e)
}

// All returns a copy of every entry so far, in arrival order.
func (j *Journal[R, P]) All() []R {
	j.mu.Lock()
	defer j.mu.Unlock()
	out := make([]R, len(j.list))
	for i, e := range j.list {
		out[i] = *e
		c := P(&out[i]).request()
		c.Query = cloneQuery(c.Query)
	}
	return out
}

// Served returns what every fake records of each entry so far (the
// embedded Request), in arrival order.
func (j *Journal[R, P]) Served() []Request {
	all := j.All()
	out := make([]Request, len(all))
	for i := range all {
		out[i] = *P(&all[i]).request()
	}
	return out
}

// Count is how many entries match method ("" for any) and path (exact,
// below the base path; "" for any).
func (j *Journal[R, P]) Count(method, path string) int {
	return j.count(func(r *Request) bool {
		return (method == "" || r.Method == method) && (path == "" || r.Path == path)
	})
}

// RateLimited is how many requests the fake refused with 429 from its own
// limit (injected 429 faults not included).
func (j *Journal[R, P]) RateLimited() int {
	return j.count(func(r *Request) bool { return r.Status == http.StatusTooManyRequests && !r.Fault })
}

func (j *Journal[R, P]) count(match func(*Request) bool) int {
	j.mu.Lock()
	defer j.mu.Unlock()
	n := 0
	for _, e := range j.list {
		if match(e.request()) {
			n++
		}
	}
	return n
}

// Reset forgets the entries recorded so far.
func (j *Journal[R, P]) Reset() {
	j.mu.Lock()
	defer j.mu.Unlock()
	j.list = nil
}

func cloneQuery(q url.Values) url.Values {
	out := make(url.Values, len(q))
	for k, vs := range q {
		out[k] = append([]string(nil), vs...)
	}
	return out
}

// Recorder remembers the status written, for the journal.
type Recorder struct {
	http.ResponseWriter
	status int
}

// WriteHeader records code and passes it on.
func (r *Recorder) WriteHeader(code int) {
	if r.status == 0 {
		r.status = code
	}
	r.ResponseWriter.WriteHeader(code)
}

// Write records a 200 when nothing was written before, and passes b on.
func (r *Recorder) Write(b []byte) (int, error) {
	if r.status == 0 {
		r.status = http.StatusOK
	}
	return r.ResponseWriter.Write(b)
}

// Unwrap lets http.ResponseController reach the connection (Hijack).
func (r *Recorder) Unwrap() http.ResponseWriter { return r.ResponseWriter }
