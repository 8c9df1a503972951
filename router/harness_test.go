package router_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/preview"
	"github.com/atsbridge/atsbridge/router"
	"github.com/atsbridge/atsbridge/store/dynamodb"
	"github.com/atsbridge/atsbridge/store/dynamodb/dynalitetest"
	"github.com/atsbridge/atsbridge/store/sqlite"
)

// storeKinds are the stores the whole router suite runs on.
var storeKinds = []string{"sqlite", "dynamodb"}

// openStore opens a fresh, empty store of the given kind for one test.
func openStore(t testing.TB, kind string) preview.Store {
	t.Helper()
	ctx := context.Background()
	var s preview.Store
	var err error
	switch kind {
	case "sqlite":
		s, err = sqlite.Open(ctx, t.TempDir()+"/preview.db")
	case "dynamodb":
		table := fmt.Sprintf("router_%d", time.Now().UnixNano())
		s, err = dynamodb.Open(ctx, dynamodb.Config{Table: table, Endpoint: dynalitetest.Endpoint(t), Region: "us-east-1"})
	default:
		t.Fatalf("unknown store kind %q", kind)
	}
	if err != nil {
		t.Fatalf("open %s store: %v", kind, err)
	}
	t.Cleanup(func() { _ = s.Close() })
	return s
}

// logBuffer is a goroutine-safe log sink the tests search.
type logBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (l *logBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.buf.Write(p)
}

func (l *logBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.buf.String()
}

// testAPI is the real router over the real preview sandbox on a real store.
type testAPI struct {
	t    testing.TB
	h    http.Handler
	logs *logBuffer
}

func newAPI(t testing.TB, kind string) *testAPI {
	t.Helper()
	return newAPIWith(t, openStore(t, kind), nil)
}

// newAPIWith builds the router over a sandbox on s; wrap, if set, may wrap
// the provider (fault injection).
func newAPIWith(t testing.TB, s preview.Store, wrap func(ats.Provider) ats.Provider) *testAPI {
	t.Helper()
	sb, err := preview.Open(context.Background(), s, time.Now)
	if err != nil {
		t.Fatalf("open sandbox: %v", err)
	}
	var p ats.Provider = sb
	if wrap != nil {
		p = wrap(p)
	}
	logs := &logBuffer{}
	logger := slog.New(slog.NewJSONHandler(logs, nil))
	h := router.New(logger, router.Config{Provider: "workable", Mode: "preview", Stage: "dev", Version: "test", CursorKey: []byte("test-key")}, p)
	return &testAPI{t: t, h: h, logs: logs}
}

// response is what a client sees.
type response struct {
	Status int
	Header http.Header
	Body   []byte
	Env    envelopeJSON
}

// envelopeJSON is the envelope as a client decodes it.
type envelopeJSON struct {
	Success   bool            `json:"success"`
	Provider  string          `json:"provider"`
	Mode      string          `json:"mode"`
	Data      json.RawMessage `json:"data"`
	Meta      *metaJSON       `json:"meta"`
	RequestID string          `json:"request_id"`
	Error     string          `json:"error"`
	Message   string          `json:"message"`
	Code      string          `json:"code"`
	Details   []ats.Detail    `json:"details"`
}

type metaJSON struct {
	Limit      int     `json:"limit"`
	Page       *int    `json:"page"`
	HasMore    bool    `json:"has_more"`
	NextCursor *string `json:"next_cursor"`
	Total      *int    `json:"total"`
}

// do sends a request through the router, checks the response against the
// OpenAPI document and the envelope invariants, and decodes it.
func (a *testAPI) do(method, target, body string, headers ...string) response {
	a.t.Helper()
	var rd io.Reader
	if body != "" {
		rd = strings.NewReader(body)
	}
	req := httptest.NewRequest(method, target, rd)
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
	rec := httptest.NewRecorder()
	a.h.ServeHTTP(rec, req)
	res := response{Status: rec.Code, Header: rec.Header(), Body: rec.Body.Bytes()}
	checkSpec(a.t, req, res.Status, res.Header, res.Body)
	if ct := res.Header.Get("Content-Type"); ct != "application/json" {
		a.t.Errorf("%s %s: Content-Type = %q, want application/json", method, target, ct)
	}
	if method == http.MethodHead {
		if len(res.Body) != 0 || res.Header.Get("X-Request-Id") == "" {
			a.t.Errorf("HEAD %s: %d-byte body, X-Request-Id %q; want no body and an id", target, len(res.Body), res.Header.Get("X-Request-Id"))
		}
		return res // no body to decode
	}
	if strings.HasSuffix(req.URL.Path, "/openapi.json") && res.Status == 200 {
		return res
	}
	if err := json.Unmarshal(res.Body, &res.Env); err != nil {
		a.t.Fatalf("%s %s: body is not an envelope: %v\n%s", method, target, err, res.Body)
	}
	if id := res.Header.Get("X-Request-Id"); id == "" || id != res.Env.RequestID {
		a.t.Errorf("%s %s: X-Request-Id %q, body request_id %q; want the same non-empty id", method, target, id, res.Env.RequestID)
	}
	if res.Env.Success != (res.Status < 400) {
		a.t.Errorf("%s %s: success=%v with status %d", method, target, res.Env.Success, res.Status)
	}
	return res
}

// data decodes the envelope's data into v.
func (r response) data(t testing.TB, v any) {
	t.Helper()
	if err := json.Unmarshal(r.Env.Data, v); err != nil {
		t.Fatalf("decode data: %v\n%s", err, r.Body)
	}
}

// wantError checks an error response's status, code and, if given, that a
// detail names field.
func (r response) wantError(t testing.TB, status int, code, field string) {
	t.Helper()
	if r.Status != status || r.Env.Code != code {
		t.Fatalf("got %d %s, want %d %s\n%s", r.Status, r.Env.Code, status, code, r.Body)
	}
	if r.Env.Message == "" || r.Env.Error == "" {
		t.Errorf("error envelope lacks error/message: %s", r.Body)
	}
	if field == "" {
		return
	}
	for _, d := range r.Env.Details {
		if d.Field == field {
			return
		}
	}
	t.Errorf("no detail names field %q: %s", field, r.Body)
}

// total returns meta.total of a list.
func (a *testAPI) total(path string) int {
	a.t.Helper()
	res := a.do("GET", path, "")
	if res.Status != 200 || res.Env.Meta == nil || res.Env.Meta.Total == nil {
		a.t.Fatalf("GET %s: want a list with a total, got %d %s", path, res.Status, res.Body)
	}
	return *res.Env.Meta.Total
}

// forEachStore runs fn as a subtest on every store kind.
func forEachStore(t *testing.T, fn func(t *testing.T, kind string)) {
	for _, kind := range storeKinds {
		t.Run(kind, func(t *testing.T) { fn(t, kind) })
	}
}

// count returns how many items a list has: meta.total when the store knows
// it, else by walking every page with the cursor.
func (a *testAPI) count(path string) int {
	a.t.Helper()
	sep := "?"
	if strings.Contains(path, "?") {
		sep = "&"
	}
	res := a.do("GET", path+sep+"limit=100", "")
	if res.Status != 200 {
		a.t.Fatalf("GET %s: %d %s", path, res.Status, res.Body)
	}
	if res.Env.Meta.Total != nil {
		return *res.Env.Meta.Total
	}
	n := 0
	for {
		var items []json.RawMessage
		res.data(a.t, &items)
		n += len(items)
		if !res.Env.Meta.HasMore {
			return n
		}
		res = a.do("GET", path+sep+"limit=100&cursor="+*res.Env.Meta.NextCursor, "")
		if res.Status != 200 {
			a.t.Fatalf("GET %s: %d %s", path, res.Status, res.Body)
		}
	}
}
