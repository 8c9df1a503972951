package atstest

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/fake"
)

// liveRules are RunLive's rules, in the order they run.
var liveRules = []struct {
	name string
	run  func(t *testing.T, fx LiveFixture)
}{
	{"UserAgent", liveUserAgent},
	{"Connections", liveConnections},
	{"Retries", liveRetries},
	{"Slow", liveSlow},
	{"Malformed", liveMalformed},
	{"StatusMapping", liveStatusMapping},
	{"Auth", liveAuth},
	{"Links", liveLinks},
	{"RateLimits", liveRateLimits},
}

// liveUserAgent: every request says who sends it, and which version.
func liveUserAgent(t *testing.T, fx LiveFixture) {
	l := fx.Open(t, Knobs{})
	if _, err := l.Provider.ListJobs(Context(t), ats.JobQuery{Window: ats.Window{Limit: 2}}); err != nil {
		t.Fatal(err)
	}
	if _, err := l.Provider.CreateCandidate(Context(t), l.Create); err != nil {
		t.Fatal(err)
	}
	for _, r := range l.Fake.Served() {
		if want := "atsbridge/" + LiveVersion + " (+https://github.com/atsbridge/atsbridge)"; r.UserAgent != want {
			t.Errorf("%s %s: User-Agent %q, want %q", r.Method, r.Path, r.UserAgent, want)
		}
	}
}

// liveConnections: answers are read to the end, errors included, so that
// connections go back to the pool instead of costing one each.
func liveConnections(t *testing.T, fx LiveFixture) {
	t.Run("reads", func(t *testing.T) {
		l := fx.Open(t, Knobs{OneConnection: true})
		for range 20 {
			if _, err := l.Provider.Job(Context(t), l.JobID, ats.ReadOptions{}); err != nil {
				t.Fatal(err)
			}
		}
		if n := l.Fake.Connections(); n != 1 {
			t.Errorf("20 sequential reads opened %d connections, want 1", n)
		}
	})
	for _, status := range []int{404, 422, 500} {
		t.Run("after_"+strconv.Itoa(status), func(t *testing.T) {
			l := fx.Open(t, Knobs{OneConnection: true})
			l.Fake.Inject(fake.Fault{Path: l.ReadPath, Status: status, Body: fmt.Sprintf(fx.ErrorBody, strings.Repeat("x", 64<<10)), Times: 30})
			for range 10 {
				_, _ = l.Provider.Job(Context(t), l.JobID, ats.ReadOptions{})
			}
			if n := l.Fake.Connections(); n != 1 {
				t.Errorf("10 failing calls opened %d connections, want 1", n)
			}
		})
	}
}

// liveRetries: GETs are retried after 5xx and network errors, twice; a
// write is not, since it may have been applied; a 429 is waited out for
// every method, since the provider did nothing.
func liveRetries(t *testing.T, fx LiveFixture) {
	tests := []struct {
		name      string
		fault     fake.Fault
		write     bool
		wantCode  ats.Code // "" for success
		wantCalls int
		wantMsg   string
	}{
		{"GET after 500 then 200", fake.Fault{Status: 500}, false, "", 2, ""},
		{"GET after a dropped connection", fake.Fault{CloseConnection: true}, false, "", 2, ""},
		{"GET after 503 twice", fake.Fault{Status: 503, Times: 2}, false, "", 3, ""},
		{"GET gives up after two retries", fake.Fault{Status: 502, Times: 5}, false, ats.CodeUpstreamUnavailable, 3, "HTTP 502"},
		{"GET after 504 thrice", fake.Fault{Status: 504, Times: 3}, false, ats.CodeUpstreamTimeout, 3, "504"},
		{"GET 404 is not retried", fake.Fault{Status: 404}, false, ats.CodeNotFound, 1, "job"},
		{"GET 429 without Retry-After is waited out", fake.Fault{Status: 429, Times: 2}, false, "", 3, ""},
		{"GET 429 is waited out for its Retry-After", fake.Fault{Status: 429, Header: http.Header{"Retry-After": {"0"}}}, false, "", 2, ""},
		{"POST 500 is not retried", fake.Fault{Status: 500}, true, ats.CodeUpstreamUnavailable, 1, "may have been applied"},
		{"POST dropped connection is not retried", fake.Fault{CloseConnection: true}, true, ats.CodeUpstreamUnavailable, 1, "may have been applied"},
		{"POST 429 is retried (the provider did not act)", fake.Fault{Status: 429, Header: http.Header{"Retry-After": {"0"}}}, true, "", 2, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l, calls, err := faultedCall(t, fx, tt.fault, tt.write)
			if tt.wantCode == "" {
				if err != nil {
					t.Fatalf("got %v, want success", err)
				}
			} else if e := wantLive(t, l, tt.name, err, tt.wantCode); !strings.Contains(e.Message, tt.wantMsg) {
				t.Errorf("message %q does not say %q", e.Message, tt.wantMsg)
			}
			if calls != tt.wantCalls {
				t.Errorf("got %d upstream calls, want %d", calls, tt.wantCalls)
			}
		})
	}
}

// faultedCall opens a provider, injects f on reading a job (GET ReadPath)
// or on creating a candidate (POST CreatePath, when write), makes that
// call and returns the calls the fault's path got and its error. The
// lookups (the job's state, a token) are filled first, so that the fault
// meets the call under test.
func faultedCall(t *testing.T, fx LiveFixture, f fake.Fault, write bool) (l Live, calls int, err error) {
	t.Helper()
	l = fx.Open(t, Knobs{})
	if _, err := l.Provider.Job(Context(t), l.JobID, ats.ReadOptions{}); err != nil {
		t.Fatal(err)
	}
	l.Fake.ResetRequests()
	if write {
		f.Method, f.Path = "POST", l.CreatePath
		l.Fake.Inject(f)
		_, err = l.Provider.CreateCandidate(Context(t), l.Create)
	} else {
		f.Method, f.Path = "GET", l.ReadPath
		l.Fake.Inject(f)
		_, err = l.Provider.Job(Context(t), l.JobID, ats.ReadOptions{})
	}
	return l, l.Fake.Count(f.Method, f.Path), err
}

// liveSlow: a request's deadline and the per-call timeout bound every
// upstream call; a slow read is retried within them, a slow write is not.
func liveSlow(t *testing.T, fx LiveFixture) {
	t.Run("past the request's deadline", func(t *testing.T) {
		l := fx.Open(t, Knobs{})
		l.Fake.Inject(fake.Fault{Path: l.ReadPath, Delay: 5 * time.Second, Times: 5})
		c, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
		defer cancel()
		_, err := l.Provider.Job(c, l.JobID, ats.ReadOptions{})
		if e := wantLive(t, l, "a slow read", err, ats.CodeUpstreamTimeout); !strings.Contains(e.Message, "deadline") {
			t.Errorf("message %q does not mention the deadline", e.Message)
		}
	})
	t.Run("a list past the request's deadline", func(t *testing.T) {
		l := fx.Open(t, Knobs{})
		l.Fake.Inject(fake.Fault{Path: fx.ListPath, Delay: 5 * time.Second, Times: 3})
		c, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
		defer cancel()
		_, err := l.Provider.ListJobs(c, ats.JobQuery{})
		wantLive(t, l, "a slow list", err, ats.CodeUpstreamTimeout)
	})
	t.Run("past the per-call timeout, retried, then given up", func(t *testing.T) {
		l := fx.Open(t, Knobs{Timeout: 100 * time.Millisecond})
		if _, err := l.Provider.Job(Context(t), l.JobID, ats.ReadOptions{}); err != nil {
			t.Fatal(err)
		}
		l.Fake.ResetRequests()
		l.Fake.Inject(fake.Fault{Path: l.ReadPath, Delay: 5 * time.Second, Times: 5})
		_, err := l.Provider.Job(Context(t), l.JobID, ats.ReadOptions{})
		wantLive(t, l, "a read slower than the timeout", err, ats.CodeUpstreamTimeout)
		if n := l.Fake.Count("GET", l.ReadPath); n != 3 {
			t.Errorf("got %d attempts, want 3", n)
		}
	})
	t.Run("a slow write is not retried", func(t *testing.T) {
		l := fx.Open(t, Knobs{Timeout: 100 * time.Millisecond})
		if _, err := l.Provider.Job(Context(t), l.JobID, ats.ReadOptions{}); err != nil {
			t.Fatal(err)
		}
		l.Fake.Inject(fake.Fault{Method: "POST", Path: l.CreatePath, Delay: 5 * time.Second, Times: 5})
		_, err := l.Provider.CreateCandidate(Context(t), l.Create)
		if e := wantLive(t, l, "a slow write", err, ats.CodeUpstreamTimeout); !strings.Contains(e.Message, "may have been applied") {
			t.Errorf("message %q does not warn that the write may have happened", e.Message)
		}
		if n := l.Fake.Count("POST", l.CreatePath); n != 1 {
			t.Errorf("got %d attempts, want 1", n)
		}
	})
}

// liveMalformed: a 2xx (or 3xx) answer that is not what the provider
// documents is UPSTREAM_UNAVAILABLE, and is not retried.
func liveMalformed(t *testing.T, fx LiveFixture) {
	tests := []struct {
		name    string
		fault   fake.Fault
		wantMsg string
	}{
		{"truncated JSON", fake.Fault{Malformed: true}, "could not be read"},
		{"HTML", fake.Fault{Status: 200, Body: "<html>maintenance</html>"}, "could not be read"},
		{"no list", fake.Fault{Status: 200, Body: `{"items":[]}`}, "could not be read"},
		{"redirect", fake.Fault{Status: 302, Header: http.Header{"Location": {"https://elsewhere.example/"}}}, "redirect"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := fx.Open(t, Knobs{})
			f := tt.fault
			f.Path = fx.ListPath
			l.Fake.Inject(f)
			_, err := l.Provider.ListJobs(Context(t), ats.JobQuery{Window: ats.Window{Limit: 5}})
			if e := wantLive(t, l, tt.name, err, ats.CodeUpstreamUnavailable); strings.Contains(e.Message, "<") || !strings.Contains(e.Message, tt.wantMsg) {
				t.Errorf("message %q: want it to say %q, without markup from the answer", e.Message, tt.wantMsg)
			}
			if n := l.Fake.Count("GET", fx.ListPath); n != 1 {
				t.Errorf("got %d calls, want 1 (a 2xx or 3xx is not retried)", n)
			}
		})
	}
}

// liveStatusMapping: every non-2xx answer has a deliberate meaning,
// including a proxy's HTML page in place of the provider's JSON.
func liveStatusMapping(t *testing.T, fx LiveFixture) {
	html := "<html><body><h1>502 Bad Gateway</h1>cloudflare</body></html>"
	tests := []struct {
		name      string
		fault     fake.Fault
		write     bool
		wantCode  ats.Code
		wantMsg   string
		wantCalls int
	}{
		{"400 on a read", fake.Fault{Status: 400, Body: fmt.Sprintf(fx.ErrorBody, "Invalid parameter")}, false, ats.CodeUpstreamRejected, "Invalid parameter", 1},
		{"410 on a read is not found", fake.Fault{Status: 410, Body: fmt.Sprintf(fx.ErrorBody, "Gone")}, false, ats.CodeNotFound, "job", 1},
		{"HTML 502 from a proxy, retried", fake.Fault{Status: 502, Body: html, Times: 3}, false, ats.CodeUpstreamUnavailable, "HTTP 502", 3},
		{"HTML 403 from a proxy", fake.Fault{Status: 403, Body: html}, false, ats.CodeUpstreamAuthFailed, "HTTP 403: Forbidden", 1},
		{"400 on a create", fake.Fault{Status: 400, Body: fmt.Sprintf(fx.ErrorBody, "Invalid JSON")}, true, ats.CodeUpstreamRejected, "Invalid JSON", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l, calls, err := faultedCall(t, fx, tt.fault, tt.write)
			e := wantLive(t, l, tt.name, err, tt.wantCode)
			if !strings.Contains(e.Message, tt.wantMsg) {
				t.Errorf("message %q does not say %q", e.Message, tt.wantMsg)
			}
			if strings.Contains(e.Message, "<") {
				t.Errorf("message %q carries markup from the answer", e.Message)
			}
			if calls != tt.wantCalls {
				t.Errorf("got %d upstream calls, want %d", calls, tt.wantCalls)
			}
		})
	}
}

// liveAuth: refused credentials are UPSTREAM_AUTH_FAILED with the
// provider's words and what to check, never retried with the same
// credentials, and never echoed.
func liveAuth(t *testing.T, fx LiveFixture) {
	t.Run("wrong credentials", func(t *testing.T) {
		l := fx.Open(t, Knobs{WrongCredentials: true})
		_, err := l.Provider.ListJobs(Context(t), ats.JobQuery{Window: ats.Window{Limit: 5}})
		e := wantLive(t, l, "wrong credentials", err, ats.CodeUpstreamAuthFailed)
		if !strings.Contains(e.Message, fx.WrongText) || !strings.Contains(e.Message, fx.CredentialVar) {
			t.Errorf("message %q: want %s's %q and a pointer to %s", e.Message, fx.Name, fx.WrongText, fx.CredentialVar)
		}
		if n := l.Fake.Count("GET", fx.ListPath); n > 1 {
			t.Errorf("got %d calls, want at most 1 (refused credentials are not tried again)", n)
		}
	})
	t.Run("a refusal", func(t *testing.T) {
		l := fx.Open(t, Knobs{})
		f := fx.Refusal
		f.Path = fx.ListPath
		l.Fake.Inject(f)
		_, err := l.Provider.ListJobs(Context(t), ats.JobQuery{Window: ats.Window{Limit: 5}})
		if e := wantLive(t, l, "a refusal", err, ats.CodeUpstreamAuthFailed); !strings.Contains(e.Message, fx.RefusalText) || !strings.Contains(e.Message, fx.CredentialVar) {
			t.Errorf("message %q: want the provider's %q and a pointer to %s", e.Message, fx.RefusalText, fx.CredentialVar)
		}
		if n := l.Fake.Count("GET", fx.ListPath); n != max(1, f.Times) {
			t.Errorf("got %d calls, want %d", n, max(1, f.Times))
		}
	})
	t.Run("a message echoing the credential", func(t *testing.T) {
		l := fx.Open(t, Knobs{})
		if _, err := l.Provider.Job(Context(t), l.JobID, ats.ReadOptions{}); err != nil {
			t.Fatal(err)
		}
		served := l.Fake.Served()
		_, credential, _ := strings.Cut(served[len(served)-1].Authorization, " ")
		l.Fake.ResetRequests()
		l.Fake.Inject(fake.Fault{Path: fx.ListPath, Status: 401, Body: fmt.Sprintf(fx.ErrorBody, "token "+credential+" expired"), Times: 2})
		_, err := l.Provider.ListJobs(Context(t), ats.JobQuery{Window: ats.Window{Limit: 5}})
		e := wantLive(t, l, "an echo", err, ats.CodeUpstreamAuthFailed)
		if !strings.Contains(e.Message, "[redacted] expired") || !strings.Contains(e.Message, fx.CredentialVar) || strings.Contains(err.Error(), credential) {
			t.Errorf("message %q (cause %v): want the credential redacted, and a pointer to %s", e.Message, err, fx.CredentialVar)
		}
		want := 1
		if fx.Reauthorizes {
			want = 2 // once more with fresh credentials, no more
		}
		if n := l.Fake.Count("GET", fx.ListPath); n != want {
			t.Errorf("got %d calls, want %d", n, want)
		}
	})
}

// liveLinks: credentials go only to the configured host: a redirect or a
// next-page link elsewhere is refused, and that host sees nothing; a
// relative link or one with the default port written out is followed.
func liveLinks(t *testing.T, fx LiveFixture) {
	var foreignCalls atomic.Int64
	foreign := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		foreignCalls.Add(1)
		w.WriteHeader(http.StatusOK)
	}))
	t.Cleanup(foreign.Close)
	t.Run("redirect to another host", func(t *testing.T) {
		l := fx.Open(t, Knobs{})
		l.Fake.Inject(fake.Fault{Path: fx.ListPath, Status: 307, Header: http.Header{"Location": {foreign.URL + "/api/jobs"}}})
		_, err := l.Provider.ListJobs(Context(t), ats.JobQuery{Window: ats.Window{Limit: 5}})
		wantLive(t, l, "a redirect", err, ats.CodeUpstreamUnavailable)
		if n := foreignCalls.Load(); n != 0 {
			t.Errorf("the other host got %d requests, want 0", n)
		}
	})
	if fx.NextPage == nil {
		return
	}
	tests := []struct {
		name     string
		nextBase func(base *url.URL) string
		wantErr  bool
	}{
		{"next link to another host", func(base *url.URL) string { return foreign.URL + base.Path }, true},
		{"next link outside the base path", func(base *url.URL) string { return base.Scheme + "://" + base.Host + "/other" }, true},
		{"dot segments out of the base path", func(base *url.URL) string { return base.String() + "/../../admin" }, true},
		{"relative link", func(base *url.URL) string { return base.Path }, false},
		{"default port written out", func(base *url.URL) string { return base.String() }, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := fx.Open(t, Knobs{})
			base, err := url.Parse(l.BaseURL)
			if err != nil {
				t.Fatal(err)
			}
			l.Fake.Inject(fake.Fault{Path: fx.ListPath, NextBase: tt.nextBase(base)})
			items, err := fx.NextPage(Context(t), l.Provider)
			for _, r := range l.Fake.Served() {
				if strings.Contains(r.Path, "..") || strings.HasPrefix(r.Path, "/other") {
					t.Errorf("the client requested %q", r.Path)
				}
			}
			if n := foreignCalls.Load(); n != 0 {
				t.Errorf("the other host got %d requests, want 0", n)
			}
			if !tt.wantErr {
				if err != nil {
					t.Fatalf("got %v, want the link followed", err)
				}
				if n := l.Fake.Count("GET", fx.ListPath); items != fx.NextPageItems || n != 2 {
					t.Errorf("got %d records in %d calls, want %d in 2", items, n, fx.NextPageItems)
				}
				return
			}
			if e := wantLive(t, l, tt.name, err, ats.CodeUpstreamUnavailable); !strings.Contains(e.Message, "next-page link") {
				t.Errorf("message %q", e.Message)
			}
		})
	}
}

// liveRateLimits: a 429 whose wait outlasts the deadline is
// UPSTREAM_RATE_LIMITED with the provider's Retry-After, at once; and a
// burst of requests within the provider's limit never meets a 429, since
// the client's gate holds what does not fit.
func liveRateLimits(t *testing.T, fx LiveFixture) {
	t.Run("a 429 past the deadline", func(t *testing.T) {
		l := fx.Open(t, Knobs{})
		l.Fake.Inject(fake.Fault{Path: fx.ListPath, Status: 429, Header: http.Header{"Retry-After": {"60"}}})
		_, err := l.Provider.ListJobs(Context(t), ats.JobQuery{Window: ats.Window{Limit: 5}})
		if e := wantLive(t, l, "a long 429", err, ats.CodeUpstreamRateLimited); e.RetryAfter != time.Minute {
			t.Errorf("RetryAfter: got %s, want 60 s from the provider's Retry-After", e.RetryAfter)
		}
		if n := l.Fake.Count("GET", fx.ListPath); n != 1 {
			t.Errorf("got %d calls, want 1", n)
		}
	})
	t.Run("a burst", func(t *testing.T) {
		if fx.Slow != "" && testing.Short() {
			t.Skip(fx.Slow)
		}
		p, up := fx.Burst(t)
		up.ResetRequests()
		var wg sync.WaitGroup
		for i := range fx.BurstSize {
			wg.Go(func() {
				if _, err := p.ListJobs(Context(t), ats.JobQuery{Window: ats.Window{Limit: 1 + i%10}}); err != nil {
					t.Error(err)
				}
			})
		}
		wg.Wait()
		if n := up.RateLimited(); n != 0 {
			t.Errorf("the provider answered 429 %d times, want 0", n)
		}
		if n := up.Count("GET", fx.ListPath); n != fx.BurstSize {
			t.Errorf("got %d list calls, want %d", n, fx.BurstSize)
		}
		if n := up.Count("", ""); n != fx.BurstSize+fx.BurstLookups {
			t.Errorf("got %d upstream calls, want %d (the lookups once)", n, fx.BurstSize+fx.BurstLookups)
		}
	})
}
