package greenhousetest

import (
	"net/http"
	"strings"
	"time"
)

// Fault changes how the fake answers the next matching requests. Faults
// are queued; each applies to Times requests (default 1) whose method and
// path match, once they have passed authentication. A fault with only
// Delay or NextBase set still serves the normal answer, late or with a
// foreign next link.
type Fault struct {
	// Method matches the request method ("" for any).
	Method string
	// Path matches the path below BasePath ("/jobs"): exact, or a prefix
	// when it ends in "/" ("" for any).
	Path string
	// Times is how many matching requests the fault applies to (default 1).
	Times int

	// Status, when set, answers with this status and Body instead of
	// serving the request. An empty Body is the documented body for the
	// status ({"message": "<status text>"} where none is documented).
	Status int
	Body   string
	// Header is added to the answer (e.g. Retry-After on an injected 429).
	Header http.Header
	// Delay holds the answer back; it ends early when the client gives up.
	Delay time.Duration
	// Malformed serves 200 with a truncated JSON body.
	Malformed bool
	// CloseConnection drops the TCP connection without an answer.
	CloseConnection bool
	// NextBase makes a list's Link next point at this base URL (ending in
	// /v3) instead of the fake's own, as a hostile or misconfigured
	// upstream might.
	NextBase string

	// SuccessStatus and SuccessBody let the request be served as usual (a
	// create creates) and then replace the status and the body of its 2xx
	// answer, for answers the facts leave open. Failures pass unchanged.
	// SuccessBody nil keeps the body.
	SuccessStatus int
	SuccessBody   *string
}

// rewrites reports whether f changes a served answer.
func (f Fault) rewrites() bool { return f.SuccessStatus != 0 || f.SuccessBody != nil }

// Inject queues f for the API.
func (s *Server) Inject(f Fault) {
	if f.Times <= 0 {
		f.Times = 1
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.faults = append(s.faults, f)
}

// ClearFaults drops every queued fault, the token endpoint's included.
func (s *Server) ClearFaults() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.faults, s.tokenFaults = nil, nil
}

// takeFault returns the first queued fault matching the request and uses
// one of its Times. The caller holds s.mu.
func takeFault(faults *[]Fault, method, path string) (Fault, bool) {
	for i, f := range *faults {
		if f.Method != "" && f.Method != method {
			continue
		}
		if f.Path != "" && f.Path != path && !(strings.HasSuffix(f.Path, "/") && strings.HasPrefix(path, f.Path)) {
			continue
		}
		(*faults)[i].Times--
		if (*faults)[i].Times == 0 {
			*faults = append((*faults)[:i], (*faults)[i+1:]...)
		}
		return f, true
	}
	return Fault{}, false
}

// applyFault acts out f and reports whether the normal answer should
// still be served.
func applyFault(w http.ResponseWriter, r *http.Request, f Fault) bool {
	if f.Delay > 0 {
		t := time.NewTimer(f.Delay)
		select {
		case <-t.C:
		case <-r.Context().Done():
			t.Stop()
			return false
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
		return false
	case f.Malformed:
		w.Header().Set("Content-Type", "application/json; charset=utf-8")
		w.WriteHeader(http.StatusOK)
		_, _ = w.Write([]byte(`[{"id":4012001,"name":"Trunc`))
		return false
	case f.Status != 0:
		if f.Body == "" {
			writeDocumented(w, f.Status)
			return false
		}
		w.Header().Set("Content-Type", "application/json; charset=utf-8")
		w.WriteHeader(f.Status)
		_, _ = w.Write([]byte(f.Body))
		return false
	}
	return true
}

// writeDocumented answers status with the body the facts give for it
// (§6.2), or {"message": "<status text>"}.
func writeDocumented(w http.ResponseWriter, status int) {
	switch status {
	case http.StatusUnauthorized:
		writeUnauthorized(w)
	case http.StatusNotFound:
		writeNotFound(w)
	case http.StatusUnprocessableEntity:
		writeUnprocessable(w, "Unprocessable Content")
	default:
		writeJSON(w, status, errorBody{Message: http.StatusText(status)})
	}
}

// rewriter buffers a served answer so that a fault can replace its status
// and body before it is sent.
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

// flush sends the buffered answer to w, rewritten by f when it is a 2xx.
func (r *rewriter) flush(w http.ResponseWriter, f Fault) {
	status, body := r.status, r.body
	if status == 0 {
		status = http.StatusOK
	}
	if status >= 200 && status <= 299 {
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
	_, _ = w.Write(body)
}
