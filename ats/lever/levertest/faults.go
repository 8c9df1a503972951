package levertest

import (
	"encoding/json"
	"net/http"
	"strings"
	"time"
)

// Fault changes how the fake answers the next matching requests. Faults are
// queued and each applies to Times requests (default 1) whose method and
// path match. A fault with only Delay set still serves the normal answer,
// late.
type Fault struct {
	// Method matches the request method ("" for any).
	Method string
	// Path matches the path below BasePath: exact, or a prefix when it ends
	// in "/" ("" for any).
	Path string
	// Times is how many matching requests the fault applies to (default 1).
	Times int

	// Status, when set, answers with this status and Body (default
	// {"code": ..., "message": "<status text>"}) instead of serving the
	// request.
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
	// DropNext serves a list as usual but leaves "next" out while keeping
	// "hasNext": true, which a client must read as the end of the list.
	DropNext bool
	// SuccessStatus and SuccessBody let the request be served as usual (a
	// write is applied) and then replace the status and body of its 2xx
	// answer, for answers the facts leave open (204 without a body, an
	// answer without the record). SuccessBody nil keeps the body.
	SuccessStatus int
	SuccessBody   *string
}

// Inject queues f.
func (s *Server) Inject(f Fault) {
	if f.Times <= 0 {
		f.Times = 1
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.faults = append(s.faults, f)
}

// ClearFaults drops every queued fault.
func (s *Server) ClearFaults() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.faults = nil
}

// takeFault returns the first queued fault matching the request and uses
// one of its Times. The caller holds s.mu.
func (s *Server) takeFault(method, path string) (Fault, bool) {
	for i, f := range s.faults {
		if f.Method != "" && f.Method != method {
			continue
		}
		if f.Path != "" && f.Path != path && !(strings.HasSuffix(f.Path, "/") && strings.HasPrefix(path, f.Path)) {
			continue
		}
		s.faults[i].Times--
		if s.faults[i].Times == 0 {
			s.faults = append(s.faults[:i], s.faults[i+1:]...)
		}
		return f, true
	}
	return Fault{}, false
}

// rewrites reports whether f serves the request and then changes its
// answer.
func (f Fault) rewrites() bool { return f.DropNext || f.SuccessStatus != 0 || f.SuccessBody != nil }

// applyFault acts out f and reports whether the normal answer should still
// be served.
func (s *Server) applyFault(w http.ResponseWriter, r *http.Request, f Fault) bool {
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
		_, _ = w.Write([]byte(`{"data":[{"id":"75ff237f-c221-4c26-8b23-faf395f5ea1c","text":"Trunc`))
		return false
	case f.Status != 0:
		if f.Body == "" {
			writeError(w, f.Status, errorName(f.Status), http.StatusText(f.Status))
			return false
		}
		w.Header().Set("Content-Type", "application/json; charset=utf-8")
		w.WriteHeader(f.Status)
		_, _ = w.Write([]byte(f.Body))
		return false
	}
	return true
}

// errorName is the code an injected error answer carries.
func errorName(status int) string {
	switch status {
	case http.StatusBadRequest:
		return "BadRequestError"
	case http.StatusUnauthorized:
		return "UnauthorizedError"
	case http.StatusForbidden:
		return "ForbiddenError"
	case http.StatusNotFound:
		return "ResourceNotFound"
	case http.StatusTooManyRequests:
		return "TooManyRequests"
	case http.StatusServiceUnavailable:
		return "ServiceUnavailableError"
	}
	return "InternalServerError"
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
func (r *rewriter) flush(w http.ResponseWriter, f Fault) {
	status, body := r.status, r.body
	if status == 0 {
		status = http.StatusOK
	}
	if status >= 200 && status <= 299 {
		if f.DropNext {
			var env map[string]json.RawMessage
			if json.Unmarshal(body, &env) == nil {
				delete(env, "next")
				body, _ = json.Marshal(env)
			}
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
