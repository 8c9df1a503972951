package fake

import (
	"context"
	"net/http"
	"strings"
	"sync"
	"time"
)

// Fault changes how a fake answers the next matching requests. Faults are
// queued (Faults) and each applies to Times requests (default 1) whose
// method and path match. A fault with only Delay, NextBase or DropNext set
// still serves the normal answer: late, with a foreign next link, or
// without its next token.
type Fault struct {
	// Method matches the request method ("" for any).
	Method string
	// Path matches the path below the fake's base path ("/jobs"): exact,
	// or a prefix when it ends in "/" ("" for any).
	Path string
	// Times is how many matching requests the fault applies to (default 1).
	Times int

	// Status, when set, answers with this status and Body instead of
	// serving the request. An empty Body is the provider's error body for
	// the status (each fake says which).
	Status int
	Body   string
	// Header is added to the answer (e.g. Retry-After on an injected 429).
	Header http.Header
	// Delay holds the answer back; it ends early when the client gives up.
	Delay time.Duration
	// Malformed serves 200 with a truncated JSON body: the start of one of
	// the provider's lists.
	Malformed bool
	// CloseConnection drops the TCP connection without an answer.
	CloseConnection bool
	// NextBase makes a list's next-page link point at this base URL
	// instead of the fake's own, as a hostile or misconfigured upstream
	// might (fakes whose lists link to their next page: Workable's
	// paging.next, Greenhouse's Link header).
	NextBase string
	// DropNext serves a list as usual but leaves its next-page token out
	// while still saying that more follow, which a client must read as the
	// end of the list (Lever's "next" beside "hasNext": true).
	DropNext bool

	// SuccessStatus and SuccessBody let the request be served as usual (a
	// create creates, a write is applied) and then replace the status and
	// the body of its 2xx answer, for answers the facts leave open: 201
	// instead of 200, an empty or partial body, 204 without a body.
	// Failures (non-2xx) pass unchanged. SuccessBody nil keeps the body.
	SuccessStatus int
	SuccessBody   *string
}

// rewrites reports whether f serves the request and then changes its
// answer.
func (f Fault) rewrites() bool { return f.DropNext || f.SuccessStatus != 0 || f.SuccessBody != nil }

// answers reports whether f answers instead of serving.
func (f Fault) answers() bool { return f.Status != 0 || f.Malformed || f.CloseConnection }

func (f Fault) matches(method, path string) bool {
	return (f.Method == "" || f.Method == method) &&
		(f.Path == "" || f.Path == path || strings.HasSuffix(f.Path, "/") && strings.HasPrefix(path, f.Path))
}

// Faults is a queue of faults. The zero value is empty and ready; it is
// safe for concurrent use.
type Faults struct {
	mu   sync.Mutex
	list []Fault
}

// Inject queues f.
func (q *Faults) Inject(f Fault) {
	if f.Times <= 0 {
		f.Times = 1
	}
	q.mu.Lock()
	defer q.mu.Unlock()
	q.list = append(q.list, f)
}

// Clear drops every queued fault.
func (q *Faults) Clear() {
	q.mu.Lock()
	defer q.mu.Unlock()
	q.list = nil
}

// Take returns the first queued fault matching method and path, and uses
// one of its Times.
func (q *Faults) Take(method, path string) (Fault, bool) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for i, f := range q.list {
		if !f.matches(method, path) {
			continue
		}
		q.list[i].Times--
		if q.list[i].Times == 0 {
			q.list = append(q.list[:i], q.list[i+1:]...)
		}
		return f, true
	}
	return Fault{}, false
}

// Dialect is how one provider's fake acts out what a fault leaves to it.
type Dialect struct {
	// Malformed is the truncated body of a Malformed fault.
	Malformed string
	// Error answers an injected Status that has no Body, with the
	// provider's error body for it.
	Error func(w http.ResponseWriter, status int)
	// DropNext, for providers with a next token beside the list, takes it
	// out of a served 2xx body (a DropNext fault).
	DropNext func(body []byte) []byte
}

// Act serves r with serve, acting out f when ok. It holds the answer back
// for Delay (and gives up when the client does), adds Header, and then
// drops the connection, answers a truncated body, or answers Status and
// Body, as f says, instead of serving. Otherwise it serves r, whose lists
// link to f.NextBase when set (see NextBase), and when f rewrites the
// answer, rewrites it. It reports whether f made the answer, as
// Request.Fault records.
func (d Dialect) Act(w http.ResponseWriter, r *http.Request, f Fault, ok bool, serve http.HandlerFunc) (faulted bool) {
	if !ok {
		serve(w, r)
		return false
	}
	if f.Delay > 0 {
		t := time.NewTimer(f.Delay)
		select {
		case <-t.C:
		case <-r.Context().Done():
			t.Stop()
			return f.answers()
		}
	}
	for k, vs := range f.Header {
		for _, v := range vs {
			w.Header().Add(k, v)
		}
	}
	switch {
	case f.CloseConnection:
		if conn, _, err := http.NewResponseController(w).Hijack(); err == nil {
			_ = conn.Close()
		}
		return true
	case f.Malformed:
		w.Header().Set("Content-Type", "application/json; charset=utf-8")
		w.WriteHeader(http.StatusOK)
		_, _ = w.Write([]byte(d.Malformed))
		return true
	case f.Status != 0:
		if f.Body == "" {
			d.Error(w, f.Status)
			return true
		}
		w.Header().Set("Content-Type", "application/json; charset=utf-8")
		w.WriteHeader(f.Status)
		_, _ = w.Write([]byte(f.Body))
		return true
	}
	if f.NextBase != "" {
		r = r.WithContext(context.WithValue(r.Context(), nextBaseKey{}, f.NextBase))
	}
	if !f.rewrites() {
		serve(w, r)
		return false
	}
	rw := &rewriter{header: http.Header{}}
	serve(rw, r)
	rw.flush(w, f, d.DropNext)
	return true
}

type nextBaseKey struct{}

// NextBase is the base URL the next-page links of r's answer point at: a
// NextBase fault's, else own, the fake's.
func NextBase(r *http.Request, own string) string {
	if b, ok := r.Context().Value(nextBaseKey{}).(string); ok {
		return b
	}
	return own
}

// rewriter buffers a served answer so that a fault can change it before
// it is sent.
type rewriter struct {
	header http.Header
	status int
	body   []byte
}

func (r *rewriter) Header() http.Header { return r.header }

func (r *rewriter) WriteHeader(code int) {
	if r.status == 0 {
		r.status = code
	}
}

func (r *rewriter) Write(b []byte) (int, error) {
	if r.status == 0 {
		r.status = http.StatusOK
	}
	r.body = append(r.body, b...)
	return len(b), nil
}

// flush sends the buffered answer to w, changed by f when it is a 2xx.
func (r *rewriter) flush(w http.ResponseWriter, f Fault, dropNext func([]byte) []byte) {
	status, body := r.status, r.body
	if status == 0 {
		status = http.StatusOK
	}
	if status >= 200 && status <= 299 {
		if f.DropNext && dropNext != nil {
			body = dropNext(body)
		}
		if f.SuccessStatus != 0 {
			status = f.SuccessStatus
		}
		if f.SuccessBody != nil {
			body = []byte(*f.SuccessBody)
		}
	}
	for k, vs := range r.header {
		w.Header()[k] = vs
	}
	w.WriteHeader(status)
	if status != http.StatusNoContent {
		_, _ = w.Write(body)
	}
}
