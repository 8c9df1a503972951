package routertest

import (
	"context"
	"encoding/json"
	"io"
	"mime"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/router"
)

// Stage is the API Gateway stage the tests serve under: /dev/jobs as well
// as /jobs.
const Stage = "dev"

// Config is the router configuration the tests run with, in mode
// ("preview" or "live").
func Config(mode string) router.Config {
	return router.Config{Provider: "workable", Mode: mode, Stage: Stage, Version: "test", CursorKey: []byte("routertest-cursor-key")}
}

// API is a handler under test and the log it writes to.
type API struct {
	Handler http.Handler
	Logs    *LogBuffer
}

// New builds the real router over p with cfg, logging to a fresh LogBuffer.
func New(p ats.Provider, cfg router.Config) *API {
	logs := &LogBuffer{}
	return &API{Handler: router.New(logs.Logger(), cfg, p), Logs: logs}
}

// Response is what a client sees.
type Response struct {
	Status int
	Header http.Header
	Body   []byte
	Env    Envelope
}

// Envelope is the response envelope as a client decodes it, success and
// error fields together.
type Envelope struct {
	Success   bool            `json:"success"`
	Provider  string          `json:"provider"`
	Mode      string          `json:"mode"`
	Data      json.RawMessage `json:"data"`
	Meta      *Meta           `json:"meta"`
	RequestID string          `json:"request_id"`
	Error     string          `json:"error"`
	Message   string          `json:"message"`
	Code      string          `json:"code"`
	Details   []ats.Detail    `json:"details"`
}

// Meta is a list's meta as a client decodes it.
type Meta struct {
	Limit      int     `json:"limit"`
	Page       *int    `json:"page"`
	HasMore    bool    `json:"has_more"`
	NextCursor *string `json:"next_cursor"`
	Total      *int    `json:"total"`
}

// NewRequest builds a request as a client would send it: a non-empty body
// goes with Content-Type: application/json. headers are name, value pairs
// applied afterwards; an empty value removes the header.
func NewRequest(ctx context.Context, method, target, body string, headers ...string) *http.Request {
	var rd io.Reader
	if body != "" {
		rd = strings.NewReader(body)
	}
	req := httptest.NewRequestWithContext(ctx, method, target, rd)
	if body != "" {
		req.Header.Set("Content-Type", "application/json")
	}
	for i := 0; i+1 < len(headers); i += 2 {
		if headers[i+1] == "" {
			req.Header.Del(headers[i])
		} else {
			req.Header.Set(headers[i], headers[i+1])
		}
	}
	return req
}

// Do sends one request (see NewRequest) through the API and returns what
// the client sees; see Send for what it checks.
func (a *API) Do(t testing.TB, method, target, body string, headers ...string) Response {
	t.Helper()
	return a.Send(t, NewRequest(context.Background(), method, target, body, headers...))
}

// Send serves req and decodes the response, failing the test when the
// response breaks the published contract: CheckSpec's rules, and the
// envelope's own (the body is an envelope whose request_id is the
// X-Request-Id header, success exactly when the status is below 400; a
// HEAD response and a 304 have no body).
func (a *API) Send(t testing.TB, req *http.Request) Response {
	t.Helper()
	rec := httptest.NewRecorder()
	a.Handler.ServeHTTP(rec, req)
	res := Response{Status: rec.Code, Header: rec.Header(), Body: rec.Body.Bytes()}
	CheckSpec(t, req, res.Status, res.Header, res.Body)
	where := req.Method + " " + req.URL.String()
	if res.Status == http.StatusNotModified {
		return res // no body; CheckSpec checked its headers
	}
	if req.Method == http.MethodHead {
		if len(res.Body) != 0 || res.Header.Get("X-Request-Id") == "" {
			t.Errorf("%s: %d-byte body, X-Request-Id %q; want no body and an id", where, len(res.Body), res.Header.Get("X-Request-Id"))
		}
		return res
	}
	if strings.HasSuffix(req.URL.Path, "/openapi.json") && res.Status == http.StatusOK {
		return res // the document itself, not an envelope
	}
	if mt, _, _ := mime.ParseMediaType(res.Header.Get("Content-Type")); mt != "application/json" {
		return res // a file, or a redirect to one: CheckSpec has held it to the document
	}
	if err := json.Unmarshal(res.Body, &res.Env); err != nil {
		t.Fatalf("%s: body is not an envelope: %v\n%s", where, err, res.Body)
	}
	if id := res.Header.Get("X-Request-Id"); id == "" || id != res.Env.RequestID {
		t.Errorf("%s: X-Request-Id %q, body request_id %q; want the same non-empty id", where, id, res.Env.RequestID)
	}
	if res.Env.Success != (res.Status < 400) {
		t.Errorf("%s: success=%v with status %d", where, res.Env.Success, res.Status)
	}
	return res
}

// Data decodes the envelope's data into v.
func (r Response) Data(t testing.TB, v any) {
	t.Helper()
	if err := json.Unmarshal(r.Env.Data, v); err != nil {
		t.Fatalf("decode data: %v\n%s", err, r.Body)
	}
}

// Want fails the test unless the response has status and code ("" for a
// success).
func (r Response) Want(t testing.TB, status int, code string) {
	t.Helper()
	if r.Status != status || r.Env.Code != code {
		t.Fatalf("got %d %s, want %d %s\n%s", r.Status, r.Env.Code, status, code, r.Body)
	}
}

// WantError checks an error response: its status and code, a title and a
// message, and, when field is not "", a detail naming field. It returns
// that detail's problem ("" without field).
func (r Response) WantError(t testing.TB, status int, code, field string) string {
	t.Helper()
	r.Want(t, status, code)
	if r.Env.Message == "" || r.Env.Error == "" {
		t.Errorf("error envelope lacks error/message: %s", r.Body)
	}
	if field == "" {
		return ""
	}
	for _, d := range r.Env.Details {
		if d.Field == field {
			return d.Problem
		}
	}
	t.Errorf("no detail names field %q: %s", field, r.Body)
	return ""
}
