package upstream_test

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/jonboulle/clockwork"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/upstream"
)

func TestRetries(t *testing.T) {
	tests := []struct {
		name      string
		replies   []reply
		rq        *upstream.Request
		wantCode  ats.Code // "" for success
		wantCalls int
		wantMsg   string
	}{
		{"GET after 500 then 200", []reply{{status: 500}, ok}, get("/things/1"), "", 2, ""},
		{"GET after a dropped connection", []reply{{drop: true}, ok}, get("/things/1"), "", 2, ""},
		{"GET after 503 twice", []reply{{status: 503}, {status: 503}, ok}, get("/things/1"), "", 3, ""},
		{"GET gives up after two retries", []reply{{status: 502}}, get("/things/1"), ats.CodeUpstreamUnavailable, 3, "HTTP 502"},
		{"GET network errors give up after two retries", []reply{{drop: true}}, get("/things/1"), ats.CodeUpstreamUnavailable, 3, "could not be reached"},
		{"GET after 504 thrice", []reply{{status: 504}}, get("/things/1"), ats.CodeUpstreamTimeout, 3, "504"},
		{"GET 404 is not retried", []reply{{status: 404}}, get("/things/1"), ats.CodeNotFound, 1, "no such record"},
		{"POST 500 is not retried", []reply{{status: 500}, ok}, post("/things"), ats.CodeUpstreamUnavailable, 1, "may have been applied"},
		{"POST 504 is not retried", []reply{{status: 504}, ok}, post("/things"), ats.CodeUpstreamTimeout, 1, "may have been applied"},
		{"POST dropped connection is not retried", []reply{{drop: true}, ok}, post("/things"), ats.CodeUpstreamUnavailable, 1, "may have been applied"},
		{"idempotent POST is retried after 500", []reply{{status: 500}, ok}, func() *upstream.Request {
			rq := post("/things")
			rq.Idempotent = true
			return rq
		}(), "", 2, ""},
		{"POST 429 is retried (nothing was done)", []reply{{status: 429, header: map[string]string{"Retry-After": "0"}}, ok}, post("/things"), "", 2, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			clock := fakeClock()
			drive(t, clock, 10*time.Millisecond)
			a := newAPI(t, clock, script(tt.replies...))
			c, _ := newClient(t, a, nil)
			_, err := c.Do(ctx(t), tt.rq)
			if tt.wantCode == "" {
				if err != nil {
					t.Fatalf("got %v, want success", err)
				}
			} else {
				e := wantCode(t, err, tt.wantCode)
				if !strings.Contains(e.Message, tt.wantMsg) {
					t.Errorf("message %q does not say %q", e.Message, tt.wantMsg)
				}
			}
			if n := a.Count(); n != tt.wantCalls {
				t.Errorf("got %d calls, want %d", n, tt.wantCalls)
			}
		})
	}
}

// The backoff between retries doubles from RetryWait, is capped at 2 s,
// and is jittered into the upper half of each step.
func TestBackoffIsCappedAndJittered(t *testing.T) {
	const step = 10 * time.Millisecond
	clock := fakeClock()
	drive(t, clock, step)
	a := newAPI(t, clock, script(reply{status: 500}))
	c, _ := newClient(t, a, func(cfg *upstream.Config) { cfg.RetryWait = 1500 * time.Millisecond })
	_, err := c.Do(ctx(t), get("/things/1"))
	wantCode(t, err, ats.CodeUpstreamUnavailable)
	g := gaps(a.Calls())
	want := [][2]time.Duration{{750 * time.Millisecond, 1500 * time.Millisecond}, {time.Second, 2 * time.Second}} // 3 s capped at 2 s
	if len(g) != len(want) {
		t.Fatalf("got waits %v, want %d", g, len(want))
	}
	for i, w := range want {
		if g[i] < w[0] || g[i] > w[1]+step {
			t.Errorf("wait %d: got %s, want between %s and %s", i+1, g[i], w[0], w[1])
		}
	}
}

// A retry whose backoff would end after the deadline is not made: the
// failure is answered at once.
func TestNoBackoffPastTheDeadline(t *testing.T) {
	deadline := time.Now().Add(time.Hour)
	clock := clockwork.NewFakeClockAt(deadline.Add(-time.Second))
	a := newAPI(t, clock, script(reply{status: 503}, ok))
	c, _ := newClient(t, a, func(cfg *upstream.Config) { cfg.RetryWait = 4 * time.Second })
	dctx, cancel := context.WithDeadline(context.Background(), deadline)
	defer cancel()
	_, err := c.Do(dctx, get("/things/1"))
	wantCode(t, err, ats.CodeUpstreamUnavailable)
	if n := a.Count(); n != 1 {
		t.Errorf("got %d calls, want 1", n)
	}
}

func TestSlowUpstream(t *testing.T) {
	t.Run("past the per-call timeout, retried, then given up", func(t *testing.T) {
		clock := fakeClock()
		drive(t, clock, 10*time.Millisecond)
		a := newAPI(t, clock, script(reply{hang: true}))
		c, _ := newClient(t, a, func(cfg *upstream.Config) { cfg.Timeout = 50 * time.Millisecond })
		_, err := c.Do(ctx(t), get("/things/1"))
		e := wantCode(t, err, ats.CodeUpstreamTimeout)
		if !strings.Contains(e.Message, "did not answer within 50ms") {
			t.Errorf("message %q does not name the per-call timeout", e.Message)
		}
		if n := a.Count(); n != 3 {
			t.Errorf("got %d attempts, want 3", n)
		}
	})
	t.Run("a slow write is not retried", func(t *testing.T) {
		a := newAPI(t, fakeClock(), script(reply{hang: true}))
		c, _ := newClient(t, a, func(cfg *upstream.Config) { cfg.Timeout = 50 * time.Millisecond })
		_, err := c.Do(ctx(t), post("/things"))
		e := wantCode(t, err, ats.CodeUpstreamTimeout)
		if !strings.Contains(e.Message, "may have been applied") {
			t.Errorf("message %q does not warn that the write may have happened", e.Message)
		}
		if n := a.Count(); n != 1 {
			t.Errorf("got %d attempts, want 1", n)
		}
	})
	t.Run("past the request's deadline", func(t *testing.T) {
		a := newAPI(t, fakeClock(), script(reply{hang: true}))
		c, _ := newClient(t, a, nil)
		dctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
		defer cancel()
		_, err := c.Do(dctx, get("/things/1"))
		e := wantCode(t, err, ats.CodeUpstreamTimeout)
		if !strings.Contains(e.Message, "deadline") {
			t.Errorf("message %q does not mention the deadline", e.Message)
		}
	})
}

// A caller that goes away while its request is out is the ats.Interrupted
// rule (REQUEST_CANCELED), and a write says it may have been applied.
func TestCancelledWhileSent(t *testing.T) {
	for _, tt := range []struct {
		rq      *upstream.Request
		wantMsg string
	}{{get("/things/1"), "cancelled before Acme answered."}, {post("/things"), "may have been applied"}} {
		t.Run(tt.rq.Method, func(t *testing.T) {
			arrived := make(chan struct{})
			a := newAPI(t, fakeClock(), func(w http.ResponseWriter, r *http.Request, n int) {
				close(arrived)
				<-r.Context().Done()
			})
			c, _ := newClient(t, a, nil)
			cctx, cancel := context.WithCancel(ctx(t))
			go func() {
				<-arrived
				cancel()
			}()
			_, err := c.Do(cctx, tt.rq)
			e := wantCode(t, err, ats.CodeCanceled)
			if !strings.Contains(e.Message, tt.wantMsg) {
				t.Errorf("message %q does not say %q", e.Message, tt.wantMsg)
			}
			if a.Count() != 1 {
				t.Errorf("got %d calls, want 1", a.Count())
			}
		})
	}
}

// A request whose context has ended is not sent, says that nothing was
// changed, and does not take a turn of the gate.
func TestEndedRequestsAreNotSent(t *testing.T) {
	a := newAPI(t, fakeClock(), script(ok))
	c, _ := newClient(t, a, func(cfg *upstream.Config) { cfg.Rate = upstream.Rate{Limit: 1, Window: time.Hour} })

	expired, cancel := context.WithDeadline(context.Background(), time.Now().Add(-time.Second))
	defer cancel()
	_, err := c.Do(expired, post("/things"))
	e := wantCode(t, err, ats.CodeUpstreamTimeout)
	if !strings.Contains(e.Message, "nothing was changed") {
		t.Errorf("message %q does not say that nothing was sent", e.Message)
	}

	cancelled, cancel2 := context.WithCancel(context.Background())
	cancel2()
	_, err = c.Do(cancelled, post("/things"))
	e = wantCode(t, err, ats.CodeCanceled)
	if !strings.Contains(e.Message, "nothing was changed") {
		t.Errorf("message %q does not say that nothing was sent", e.Message)
	}

	// The one turn of the hour is still free: this goes at once (the
	// clock never moves, so a wait would end in RATE_LIMITED).
	if _, err := c.Do(ctx(t), get("/things/1")); err != nil {
		t.Errorf("got %v, want the one turn still free", err)
	}
	if n := a.Count(); n != 1 {
		t.Errorf("the API got %d requests, want 1", n)
	}
}

func TestRequestsCarryCredentialsAndUserAgent(t *testing.T) {
	a := newAPI(t, fakeClock(), script(ok))
	c, _ := newClient(t, a, nil)
	if _, err := c.Do(ctx(t), get("/things/1")); err != nil {
		t.Fatal(err)
	}
	h := a.Calls()[0].Header
	if got := h.Get("Authorization"); got != "Bearer "+secretToken {
		t.Errorf("Authorization: got %q, want the bearer token", got)
	}
	if got, want := h.Get("User-Agent"), "atsbridge/1.2.3 (+https://github.com/atsbridge/atsbridge)"; got != want {
		t.Errorf("User-Agent: got %q, want %q", got, want)
	}
	if got := h.Get("Accept"); got != "application/json" {
		t.Errorf("Accept: got %q, want application/json", got)
	}
}

// Bodies go as JSON, or as they are with their own type (a multipart
// upload); extra headers and the query go along.
func TestRequestBodies(t *testing.T) {
	a := newAPI(t, fakeClock(), script(ok))
	c, _ := newClient(t, a, nil)
	multipart := "--b\r\nContent-Disposition: form-data; name=\"resume\"; filename=\"cv.pdf\"\r\n\r\n%PDF-1.4\x00\xff\r\n--b--\r\n"
	rqs := []*upstream.Request{
		{Op: "create", Method: "POST", Path: "/things", JSON: map[string]any{"name": "Jane", "tags": []string{"a"}}},
		{Op: "upload", Method: "POST", Path: "/things/1/files", Body: []byte(multipart), ContentType: "multipart/form-data; boundary=b",
			Header: http.Header{"On-Behalf-Of": {"42"}}, Query: map[string][]string{"perform_as": {"u1"}}},
	}
	for _, rq := range rqs {
		if _, err := c.Do(ctx(t), rq); err != nil {
			t.Fatal(err)
		}
	}
	calls := a.Calls()
	if got := calls[0].Header.Get("Content-Type"); got != "application/json" || string(calls[0].Body) != `{"name":"Jane","tags":["a"]}` {
		t.Errorf("JSON body: got %s %q", got, calls[0].Body)
	}
	if got := calls[1].Header.Get("Content-Type"); got != "multipart/form-data; boundary=b" || string(calls[1].Body) != multipart {
		t.Errorf("multipart body: got %s %q", got, calls[1].Body)
	}
	if calls[1].Header.Get("On-Behalf-Of") != "42" || calls[1].RawQuery != "perform_as=u1" {
		t.Errorf("header %q query %q, want On-Behalf-Of 42 and perform_as=u1", calls[1].Header.Get("On-Behalf-Of"), calls[1].RawQuery)
	}
}

func TestDoJSON(t *testing.T) {
	tests := []struct {
		name     string
		reply    reply
		wantCode ats.Code
	}{
		{"object", reply{body: `{"id":"7"}`}, ""},
		{"truncated", reply{body: `{"id":"7`}, ats.CodeUpstreamUnavailable},
		{"HTML", reply{body: "<html>maintenance</html>"}, ats.CodeUpstreamUnavailable},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := newAPI(t, fakeClock(), script(tt.reply))
			c, _ := newClient(t, a, nil)
			var out struct{ ID string }
			err := c.DoJSON(ctx(t), get("/things/7"), &out)
			if tt.wantCode != "" {
				wantCode(t, err, tt.wantCode)
				if a.Count() != 1 {
					t.Errorf("got %d calls, want 1 (a 2xx is not retried)", a.Count())
				}
				return
			}
			if err != nil || out.ID != "7" {
				t.Errorf("got %+v %v, want id 7", out, err)
			}
		})
	}
	t.Run("empty answer into a raw message", func(t *testing.T) {
		a := newAPI(t, fakeClock(), script(reply{status: 204}))
		c, _ := newClient(t, a, nil)
		var raw json.RawMessage
		if err := c.DoJSON(ctx(t), post("/things/7/move"), &raw); err != nil || raw != nil {
			t.Errorf("got %q %v, want an empty answer accepted", raw, err)
		}
	})
}

// Answers over 16 MiB are refused, not retried.
func TestAnswersAreCapped(t *testing.T) {
	a := newAPI(t, fakeClock(), func(w http.ResponseWriter, r *http.Request, n int) {
		w.WriteHeader(200)
		_, _ = w.Write([]byte(`"`))
		_, _ = w.Write(make([]byte, 16<<20))
	})
	c, _ := newClient(t, a, nil)
	_, err := c.Do(ctx(t), get("/things"))
	wantCode(t, err, ats.CodeUpstreamUnavailable)
	if a.Count() != 1 {
		t.Errorf("got %d calls, want 1", a.Count())
	}
}

// Redirects are not followed: the credentials stay with the base URL's
// host, and the other host sees nothing.
func TestRedirectsAreNotFollowed(t *testing.T) {
	var foreign atomic.Int64
	other := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { foreign.Add(1) }))
	t.Cleanup(other.Close)
	for _, status := range []int{301, 302, 307, 308} {
		a := newAPI(t, fakeClock(), script(reply{status: status, header: map[string]string{"Location": other.URL + "/api/v3/things"}}))
		c, _ := newClient(t, a, func(cfg *upstream.Config) { cfg.HTTPClient = &http.Client{} })
		_, err := c.Do(ctx(t), get("/things"))
		e := wantCode(t, err, ats.CodeUpstreamUnavailable)
		if !strings.Contains(e.Message, "redirect") || a.Count() != 1 {
			t.Errorf("%d: got %q after %d calls, want one call and a redirect message", status, e.Message, a.Count())
		}
	}
	if n := foreign.Load(); n != 0 {
		t.Errorf("the other host got %d requests, want 0", n)
	}
}

// Sequential calls share one connection, error answers included: they are
// read to the end. One connection allowed makes it exact (the transport
// takes the connection back after Do returns, and a pool free to dial
// would now and then dial for the next call meanwhile); an answer left
// unread would close it.
func TestConnectionsAreReused(t *testing.T) {
	for _, status := range []int{200, 404, 422} {
		big := `{"error":"` + strings.Repeat("x", 64<<10) + `"}`
		a := newAPI(t, fakeClock(), script(reply{status: status, body: big}))
		c, _ := newClient(t, a, func(cfg *upstream.Config) {
			cfg.HTTPClient = &http.Client{Transport: &http.Transport{MaxConnsPerHost: 1}}
		})
		for range 10 {
			_, _ = c.Do(ctx(t), get("/things/1"))
		}
		if n := a.conns.Load(); n != 1 {
			t.Errorf("HTTP %d: 10 calls opened %d connections, want 1", status, n)
		}
	}
}

// Logs and errors carry the path but never the query, which can hold an
// email (the helper checks the logs for "?").
func TestQueriesStayOutOfLogsAndErrors(t *testing.T) {
	clock := fakeClock()
	drive(t, clock, 10*time.Millisecond)
	a := newAPI(t, clock, script(reply{drop: true}))
	c, logs := newClient(t, a, nil)
	rq := get("/candidates")
	rq.Query = map[string][]string{"email": {"jane@example.com"}}
	_, err := c.Do(ctx(t), rq)
	wantCode(t, err, ats.CodeUpstreamUnavailable)
	if strings.Contains(err.Error(), "jane") || strings.Contains(logs.String(), "jane") {
		t.Errorf("the email reached the error or the logs: %v\n%s", err, logs)
	}
	if !strings.Contains(logs.String(), `"path":"/candidates"`) {
		t.Errorf("the logs do not name the path:\n%s", logs)
	}
}

func TestNewRefusesIncompleteConfig(t *testing.T) {
	a := newAPI(t, fakeClock(), script(ok))
	for name, cfg := range map[string]upstream.Config{
		"no name":     {BaseURL: a.URL, Rate: upstream.Rate{Limit: 1, Window: time.Second}},
		"no base URL": {Name: "Acme", Rate: upstream.Rate{Limit: 1, Window: time.Second}},
		"no rate":     {Name: "Acme", BaseURL: a.URL},
	} {
		if _, err := upstream.New(cfg); err == nil {
			t.Errorf("%s: got a client, want an error", name)
		}
	}
}

func TestParseBaseURL(t *testing.T) {
	tests := []struct {
		raw, want, wantErr string
	}{
		{"https://acme.example.com/api/v3/", "https://acme.example.com/api/v3", ""},
		{"http://127.0.0.1:8080/api", "http://127.0.0.1:8080/api", ""},
		{"http://localhost/api", "http://localhost/api", ""},
		{"http://acme.example.com/api", "", "use https"},
		{"acme.example.com/api", "", "not a usable Acme API URL: use one like https://x"},
		{"https://u:p@acme.example.com/api", "", "not a usable"},
		{"https://acme.example.com/api?x=1", "", "not a usable"},
		{"ftp://acme.example.com/api", "", "not a usable"},
	}
	for _, tt := range tests {
		u, err := upstream.ParseBaseURL(tt.raw, "Acme", "https://x")
		switch {
		case tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)):
			t.Errorf("%q: got %v, want an error saying %q", tt.raw, err, tt.wantErr)
		case tt.wantErr == "" && (err != nil || u.String() != tt.want):
			t.Errorf("%q: got %v %v, want %s", tt.raw, u, err, tt.want)
		}
	}
}
