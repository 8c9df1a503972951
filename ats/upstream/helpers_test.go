package upstream_test

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/jonboulle/clockwork"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/atstest"
	"github.com/atsbridge/atsbridge/ats/upstream"
	"github.com/atsbridge/atsbridge/router/routertest"
)

// secretToken is distinctive, so a search of logs and errors for it cannot
// match by accident.
const secretToken = "tok-SECRET-9b1c4e77d0"

// basePath is where the test API lives on its host, so that link checks
// have a path to stay below.
const basePath = "/api/v3"

// call is one request the test API received.
type call struct {
	Method, Path, RawQuery string
	Header                 http.Header
	Body                   []byte
	// At is the time on the test's clock when the request arrived.
	At time.Time
}

// api is a loopback HTTP server that records what it receives and answers
// with the test's handler; n is the 1-based number of the request.
type api struct {
	URL   *url.URL // base URL, ending in basePath
	srv   *httptest.Server
	clock clockwork.Clock
	conns atomic.Int64

	mu     sync.Mutex
	calls  []call
	handle func(w http.ResponseWriter, r *http.Request, n int)
}

func newAPI(t testing.TB, clock clockwork.Clock, handle func(w http.ResponseWriter, r *http.Request, n int)) *api {
	t.Helper()
	a := &api{clock: clock, handle: handle}
	a.srv = httptest.NewUnstartedServer(http.HandlerFunc(a.serve))
	a.srv.Config.ConnState = func(_ net.Conn, st http.ConnState) {
		if st == http.StateNew {
			a.conns.Add(1)
		}
	}
	a.srv.Start()
	t.Cleanup(func() {
		a.srv.CloseClientConnections()
		a.srv.Close()
	})
	a.URL, _ = url.Parse(a.srv.URL + basePath)
	return a
}

func (a *api) serve(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	a.mu.Lock()
	a.calls = append(a.calls, call{Method: r.Method, Path: strings.TrimPrefix(r.URL.Path, basePath), RawQuery: r.URL.RawQuery,
		Header: r.Header.Clone(), Body: body, At: a.clock.Now()})
	n := len(a.calls)
	a.mu.Unlock()
	a.handle(w, r, n)
}

func (a *api) Calls() []call {
	a.mu.Lock()
	defer a.mu.Unlock()
	return append([]call(nil), a.calls...)
}

func (a *api) Count() int { return len(a.Calls()) }

// reply is one scripted answer.
type reply struct {
	status int
	header map[string]string
	body   string
	// drop closes the connection without an answer.
	drop bool
	// hang holds the answer until the client gives up.
	hang bool
}

// script answers the n-th request with the n-th reply, and every later
// one with the last.
func script(rs ...reply) func(http.ResponseWriter, *http.Request, int) {
	return func(w http.ResponseWriter, r *http.Request, n int) {
		rp := rs[min(n, len(rs))-1]
		switch {
		case rp.drop:
			if conn, _, err := http.NewResponseController(w).Hijack(); err == nil {
				_ = conn.Close()
			}
			return
		case rp.hang:
			<-r.Context().Done()
			return
		}
		for k, v := range rp.header {
			w.Header().Set(k, v)
		}
		if rp.body != "" {
			w.Header().Set("Content-Type", "application/json")
		}
		w.WriteHeader(cmpOr(rp.status, http.StatusOK))
		_, _ = io.WriteString(w, rp.body)
	}
}

func cmpOr(v, def int) int {
	if v == 0 {
		return def
	}
	return v
}

var ok = reply{status: 200, body: `{"ok":true}`}

// testFormat reads {"error"|"message": ..., "errors": ...}.
var testFormat = upstream.ErrorFormat{Message: []string{"error", "message"}, Problems: "errors"}

// newClient is a client of a, with a generous rate limit, fast backoff,
// debug logs captured and a's clock. When the test ends it checks that
// neither the token nor a query string reached the logs.
func newClient(t testing.TB, a *api, mod func(*upstream.Config)) (*upstream.Client, *routertest.LogBuffer) {
	t.Helper()
	logs := &routertest.LogBuffer{}
	cfg := upstream.Config{
		Name: "Acme", BaseURL: a.URL, Auth: upstream.Bearer(secretToken),
		AuthHint: "check ATS_API_KEY", Rate: upstream.Rate{Limit: 1000, Window: time.Second},
		ParseError: testFormat.Parse, Options: upstream.Options{Timeout: 5 * time.Second, RetryWait: 10 * time.Millisecond, Version: "1.2.3",
			Logger: slog.New(slog.NewJSONHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug})), Clock: a.clock},
	}
	if mod != nil {
		mod(&cfg)
	}
	c, err := upstream.New(cfg)
	if err != nil {
		t.Fatalf("upstream.New: %v", err)
	}
	t.Cleanup(func() {
		if s := logs.String(); strings.Contains(s, secretToken) || strings.Contains(s, "?") {
			t.Errorf("the logs carry the token or a query string:\n%s", s)
		}
	})
	return c, logs
}

// fakeClock is a fake clock that starts now, so that the real deadlines
// of contexts and the clock's time compare sensibly.
func fakeClock() *clockwork.FakeClock { return clockwork.NewFakeClockAt(time.Now()) }

// ctx is a test context with a generous deadline, so that a hang fails the
// test instead of the whole run.
func ctx(t testing.TB) context.Context {
	t.Helper()
	c, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	t.Cleanup(cancel)
	return c
}

// get is a GET of path below the base URL.
func get(path string) *upstream.Request {
	return &upstream.Request{Op: "read thing", Method: http.MethodGet, Path: path}
}

// post is a POST of a JSON body.
func post(path string) *upstream.Request {
	return &upstream.Request{Op: "create thing", Method: http.MethodPost, Path: path, JSON: map[string]string{"name": "x"}}
}

// wantCode fails unless err is an *ats.Error with code, and checks that
// neither its message nor its cause carries the token.
func wantCode(t testing.TB, err error, code ats.Code) *ats.Error {
	t.Helper()
	if err == nil {
		t.Fatalf("got no error, want %s", code)
	}
	var e *ats.Error
	if !errors.As(err, &e) {
		t.Fatalf("got untyped error %v, want *ats.Error %s", err, code)
	}
	if e.Code != code {
		t.Fatalf("got code %s (%v), want %s", e.Code, err, code)
	}
	if strings.Contains(err.Error(), secretToken) {
		t.Errorf("error carries the token: %v", err)
	}
	return e
}

// gaps is the time between consecutive calls, on the test's clock.
func gaps(calls []call) []time.Duration {
	var out []time.Duration
	for i := 1; i < len(calls); i++ {
		out = append(out, calls[i].At.Sub(calls[i-1].At))
	}
	return out
}

// drive is atstest.Drive.
func drive(t testing.TB, clock *clockwork.FakeClock, step time.Duration) {
	atstest.Drive(t, clock, step)
}
