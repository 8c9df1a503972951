package workable_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/jonboulle/clockwork"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/workable"
	"github.com/atsbridge/atsbridge/ats/workable/workabletest"
)

func TestRequestsCarryBearerTokenAndUserAgent(t *testing.T) {
	h := newHarness(t, fastOptions(), nil)
	h.fake.SeedJobs(3)
	if _, err := h.client.ListJobs(ctx(t), ats.JobQuery{Window: ats.Window{Limit: 2}}); err != nil {
		t.Fatal(err)
	}
	for _, r := range h.fake.Requests() {
		if r.Authorization != "Bearer "+testToken {
			t.Errorf("Authorization: got %q, want the bearer token", r.Authorization)
		}
		if want := "atsbridge/1.2.3-test (+https://github.com/atsbridge/atsbridge)"; r.UserAgent != want {
			t.Errorf("User-Agent: got %q, want %q", r.UserAgent, want)
		}
	}
}

func TestConnectionsAreReused(t *testing.T) {
	h := newHarness(t, fastOptions(), oneConnection)
	job := h.fake.SeedJobs(1)[0]
	for range 20 {
		if _, err := h.client.Job(ctx(t), job.Shortcode, ats.ReadOptions{}); err != nil {
			t.Fatal(err)
		}
	}
	if n := h.fake.Connections(); n != 1 {
		t.Errorf("20 sequential calls opened %d connections, want 1", n)
	}
}

func TestRetries(t *testing.T) {
	tests := []struct {
		name      string
		fault     workabletest.Fault
		write     bool
		wantCode  ats.Code // "" for success
		wantCalls int
		wantMsg   string
	}{
		{"GET after 500 then 200", workabletest.Fault{Status: 500}, false, "", 2, ""},
		{"GET after a dropped connection", workabletest.Fault{CloseConnection: true}, false, "", 2, ""},
		{"GET after 503 twice", workabletest.Fault{Status: 503, Times: 2}, false, "", 3, ""},
		{"GET gives up after two retries", workabletest.Fault{Status: 502, Times: 5}, false, ats.CodeUpstreamUnavailable, 3, "HTTP 502"},
		{"GET after 504 thrice", workabletest.Fault{Status: 504, Times: 3}, false, ats.CodeUpstreamTimeout, 3, "504"},
		{"GET 404 is not retried", workabletest.Fault{Status: 404}, false, ats.CodeNotFound, 1, "job"},
		{"POST 500 is not retried", workabletest.Fault{Status: 500}, true, ats.CodeUpstreamUnavailable, 1, "may have been applied"},
		{"POST dropped connection is not retried", workabletest.Fault{CloseConnection: true}, true, ats.CodeUpstreamUnavailable, 1, "may have been applied"},
		{"POST 429 is retried (Workable did not act)", workabletest.Fault{Status: 429, Header: http.Header{"Retry-After": {"0"}}}, true, "", 2, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, fastOptions(), nil)
			job := h.fake.AddJob(workabletest.Job{Title: "Engineer"})
			var err error
			var calls int
			if tt.write {
				_, _ = h.client.Job(ctx(t), job.Shortcode, ats.ReadOptions{}) // fill the job-state cache
				f := tt.fault
				f.Method, f.Path = "POST", "/jobs/"+job.Shortcode+"/candidates"
				h.fake.Inject(f)
				_, err = h.client.CreateCandidate(ctx(t), ats.CandidateInput{Name: "A B", Email: "ab@example.com", JobID: job.Shortcode})
				calls = h.fake.Count("POST", f.Path)
			} else {
				f := tt.fault
				f.Method, f.Path = "GET", "/jobs/"+job.Shortcode
				h.fake.Inject(f)
				_, err = h.client.Job(ctx(t), job.Shortcode, ats.ReadOptions{})
				calls = h.fake.Count("GET", f.Path)
			}
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
			if calls != tt.wantCalls {
				t.Errorf("got %d upstream calls, want %d", calls, tt.wantCalls)
			}
		})
	}
}

func TestSlowUpstream(t *testing.T) {
	t.Run("past the request's deadline", func(t *testing.T) {
		h := newHarness(t, fastOptions(), nil)
		job := h.fake.AddJob(workabletest.Job{Title: "Engineer"})
		h.fake.Inject(workabletest.Fault{Path: "/jobs/" + job.Shortcode, Delay: 5 * time.Second, Times: 5})
		c, cancel := context.WithTimeout(context.Background(), 150*time.Millisecond)
		defer cancel()
		_, err := h.client.Job(c, job.Shortcode, ats.ReadOptions{})
		e := wantCode(t, err, ats.CodeUpstreamTimeout)
		if !strings.Contains(e.Message, "deadline") {
			t.Errorf("message %q does not mention the deadline", e.Message)
		}
	})
	t.Run("past the per-call timeout, retried, then given up", func(t *testing.T) {
		h := newHarness(t, fastOptions(), func(c *workable.Config) { c.Timeout = 80 * time.Millisecond })
		job := h.fake.AddJob(workabletest.Job{Title: "Engineer"})
		h.fake.Inject(workabletest.Fault{Path: "/jobs/" + job.Shortcode, Delay: 5 * time.Second, Times: 5})
		_, err := h.client.Job(ctx(t), job.Shortcode, ats.ReadOptions{})
		wantCode(t, err, ats.CodeUpstreamTimeout)
		if n := h.fake.Count("GET", "/jobs/"+job.Shortcode); n != 3 {
			t.Errorf("got %d attempts, want 3", n)
		}
	})
	t.Run("a slow write is not retried", func(t *testing.T) {
		h := newHarness(t, fastOptions(), func(c *workable.Config) { c.Timeout = 80 * time.Millisecond })
		h.fake.Inject(workabletest.Fault{Method: "POST", Path: "/talent_pool/candidates", Delay: 5 * time.Second, Times: 5})
		_, err := h.client.CreateCandidate(ctx(t), ats.CandidateInput{Name: "A B", Email: "ab@example.com"})
		e := wantCode(t, err, ats.CodeUpstreamTimeout)
		if !strings.Contains(e.Message, "may have been applied") {
			t.Errorf("message %q does not warn that the write may have happened", e.Message)
		}
		if n := h.fake.Count("POST", "/talent_pool/candidates"); n != 1 {
			t.Errorf("got %d attempts, want 1", n)
		}
	})
}

func TestMalformedAnswers(t *testing.T) {
	tests := []struct {
		name  string
		fault workabletest.Fault
	}{
		{"truncated JSON", workabletest.Fault{Malformed: true}},
		{"HTML", workabletest.Fault{Status: 200, Body: "<html>maintenance</html>"}},
		{"no jobs key", workabletest.Fault{Status: 200, Body: `{"items":[]}`}},
		{"redirect", workabletest.Fault{Status: 302, Header: http.Header{"Location": {"https://elsewhere.example/"}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, fastOptions(), nil)
			h.fake.SeedJobs(3)
			f := tt.fault
			f.Path = "/jobs"
			h.fake.Inject(f)
			_, err := h.client.ListJobs(ctx(t), ats.JobQuery{Window: ats.Window{Limit: 5}})
			wantCode(t, err, ats.CodeUpstreamUnavailable)
			if n := h.fake.Count("GET", "/jobs"); n != 1 {
				t.Errorf("got %d calls, want 1 (a 2xx or 3xx is not retried)", n)
			}
		})
	}
}

func TestAuthFailures(t *testing.T) {
	tests := []struct {
		name    string
		token   string
		fault   *workabletest.Fault
		wantMsg string
	}{
		{"wrong token", "wk-wrong-token", nil, "Not authorized"},
		{"no SPI access", testToken, &workabletest.Fault{Status: 403, Body: `{"error":"SPI access required"}`}, "SPI access required"},
		{"message echoing the token", testToken, &workabletest.Fault{Status: 401, Body: `{"error":"token ` + testToken + ` expired"}`}, "[redacted] expired"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, fastOptions(), func(c *workable.Config) { c.Token = tt.token })
			if tt.fault != nil {
				h.fake.Inject(*tt.fault)
			}
			_, err := h.client.ListJobs(ctx(t), ats.JobQuery{Window: ats.Window{Limit: 5}})
			e := wantCode(t, err, ats.CodeUpstreamAuthFailed)
			if !strings.Contains(e.Message, tt.wantMsg) || !strings.Contains(e.Message, "ATS_API_KEY") {
				t.Errorf("message %q: want Workable's %q and a pointer to ATS_API_KEY", e.Message, tt.wantMsg)
			}
			if n := h.fake.Count("", ""); n != 1 {
				t.Errorf("got %d calls, want 1 (auth failures are not retried)", n)
			}
		})
	}
}

func TestUpstreamMessagesDropEmails(t *testing.T) {
	h := newHarness(t, fastOptions(), nil)
	h.fake.Inject(workabletest.Fault{Method: "POST", Status: 422,
		Body: `{"error":"Validation failed","validation_errors":{"email":["jane@example.com is taken"],"firstname":["can't be blank"]}}`})
	_, err := h.client.CreateCandidate(ctx(t), ats.CandidateInput{Name: "Jane", Email: "jane@example.com"})
	e := wantCode(t, err, ats.CodeUpstreamRejected)
	want := []ats.Detail{{Field: "email", Problem: "[email] is taken"}, {Field: "first_name", Problem: "can't be blank"}}
	if len(e.Details) != 2 || e.Details[0] != want[0] || e.Details[1] != want[1] {
		t.Errorf("details: got %+v, want %+v", e.Details, want)
	}
	if strings.Contains(e.Error(), "jane@example.com") {
		t.Errorf("error carries the email: %v", e)
	}
}

// The token goes only to the configured host: a next link or redirect to
// another host is refused, and that host sees nothing.
func TestTokenStaysWithTheConfiguredHost(t *testing.T) {
	var foreignCalls atomic.Int64
	foreign := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		foreignCalls.Add(1)
		w.WriteHeader(http.StatusOK)
	}))
	t.Cleanup(foreign.Close)

	tests := []struct {
		name  string
		fault workabletest.Fault
	}{
		{"next link to another host", workabletest.Fault{Path: "/jobs", NextBase: foreign.URL + "/spi/v3"}},
		{"next link outside the base path", workabletest.Fault{Path: "/jobs", NextBase: "BASE/../other"}},
		{"redirect to another host", workabletest.Fault{Path: "/jobs", Status: 307, Header: http.Header{"Location": {foreign.URL + "/spi/v3/jobs"}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, fastOptions(), nil)
			h.fake.SeedJobs(150)
			f := tt.fault
			if strings.HasPrefix(f.NextBase, "BASE") {
				f.NextBase = strings.TrimSuffix(h.fake.URL, "/spi/v3") + "/other"
			}
			h.fake.Inject(f)
			// The department filter is ours, so the page (limit 30, every 4th
			// job matches) needs the second upstream page.
			_, err := h.client.ListJobs(ctx(t), ats.JobQuery{Window: ats.Window{Limit: 30}, Department: "Sales"})
			wantCode(t, err, ats.CodeUpstreamUnavailable)
			if n := foreignCalls.Load(); n != 0 {
				t.Errorf("the other host got %d requests, want 0", n)
			}
		})
	}
}

func TestRateLimits(t *testing.T) {
	t.Run("a 429 is waited out until the reset", func(t *testing.T) {
		// Another process shares the token: the fake allows 4 per 100 ms,
		// while this client believes it may send 50. The fake and the
		// client share one clock, which moves only while the client waits
		// for it, and the other process has used up the current window
		// before the client's first read: that read meets a 429 however
		// slowly the machine runs, and every read succeeds after waiting
		// (at most three 429s each: the other process's window, then two
		// in which four other reads went first).
		clock := clockwork.NewFakeClockAt(time.Now())
		fo := workabletest.Options{Token: testToken, RateLimit: 4, RateWindow: 100 * time.Millisecond, Now: clock.Now}
		h := newHarness(t, fo, func(c *workable.Config) { c.RateLimit, c.Clock = 50, clock })
		job := h.fake.AddJob(workabletest.Job{Title: "Engineer"})
		for range 4 {
			req, _ := http.NewRequestWithContext(ctx(t), "GET", h.fake.URL+"/jobs/"+job.Shortcode, nil)
			req.Header.Set("Authorization", "Bearer "+testToken)
			res, err := http.DefaultClient.Do(req)
			if err != nil || res.StatusCode != 200 {
				t.Fatalf("the other process's read: %v %v", res, err)
			}
			res.Body.Close()
		}
		drive(t, clock, 10*time.Millisecond)
		var wg sync.WaitGroup
		errs := make(chan error, 12)
		for range 12 {
			wg.Go(func() {
				_, err := h.client.Job(ctx(t), job.Shortcode, ats.ReadOptions{})
				errs <- err
			})
		}
		wg.Wait()
		close(errs)
		for err := range errs {
			if err != nil {
				t.Errorf("got %v, want every read to succeed after waiting", err)
			}
		}
		if h.fake.RateLimited() == 0 {
			t.Error("the fake never answered 429; the test did not test waiting")
		}
	})
	t.Run("a 429 past the deadline is UPSTREAM_RATE_LIMITED", func(t *testing.T) {
		h := newHarness(t, fastOptions(), nil)
		h.fake.Inject(workabletest.Fault{Status: 429, Header: http.Header{"Retry-After": {"30"}}})
		c, cancel := context.WithTimeout(context.Background(), time.Second)
		defer cancel()
		_, err := h.client.ListJobs(c, ats.JobQuery{Window: ats.Window{Limit: 5}})
		e := wantCode(t, err, ats.CodeUpstreamRateLimited)
		if e.RetryAfter != 30*time.Second {
			t.Errorf("RetryAfter: got %s, want 30s from Workable's Retry-After", e.RetryAfter)
		}
		if n := h.fake.Count("", ""); n != 1 {
			t.Errorf("got %d calls, want 1", n)
		}
	})
	t.Run("our own limit answers at once when the wait outlasts the deadline", func(t *testing.T) {
		fo := workabletest.Options{Token: testToken, RateLimit: 1, RateWindow: 10 * time.Second}
		h := newHarness(t, fo, nil)
		job := h.fake.AddJob(workabletest.Job{Title: "Engineer"})
		if _, err := h.client.Job(ctx(t), job.Shortcode, ats.ReadOptions{}); err != nil {
			t.Fatal(err)
		}
		c, cancel := context.WithTimeout(context.Background(), 500*time.Millisecond)
		defer cancel()
		_, err := h.client.Job(c, job.Shortcode, ats.ReadOptions{})
		e := wantCode(t, err, ats.CodeUpstreamRateLimited)
		if e.RetryAfter < 9*time.Second || e.RetryAfter > 10*time.Second {
			t.Errorf("RetryAfter: got %s, want about the 10 s window", e.RetryAfter)
		}
		if c.Err() != nil {
			t.Error("the client waited for the deadline instead of answering at once")
		}
		if n := h.fake.Count("", ""); n != 1 {
			t.Errorf("the fake got %d calls, want 1", n)
		}
	})
	t.Run("concurrent callers stay within the limit", func(t *testing.T) {
		fo := workabletest.Options{Token: testToken, RateLimit: 10, RateWindow: 60 * time.Millisecond}
		h := newHarness(t, fo, nil)
		h.fake.SeedJobs(30)
		var wg sync.WaitGroup
		var failed atomic.Int64
		for range 60 {
			wg.Go(func() {
				if _, err := h.client.ListJobs(ctx(t), ats.JobQuery{Window: ats.Window{Limit: 10}}); err != nil {
					failed.Add(1)
					t.Error(err)
				}
			})
		}
		wg.Wait()
		if n := h.fake.RateLimited(); n != 0 {
			t.Errorf("the fake answered 429 %d times, want 0", n)
		}
		if n := h.fake.Count("GET", "/jobs"); n != 60 {
			t.Errorf("got %d upstream calls, want 60", n)
		}
	})
}

// Every non-2xx answer has a deliberate meaning, including the ones the
// facts do not record and a proxy's HTML page in place of Workable's JSON.
func TestStatusMapping(t *testing.T) {
	html := "<html><body><h1>502 Bad Gateway</h1>cloudflare</body></html>"
	tests := []struct {
		name      string
		fault     workabletest.Fault
		write     bool
		wantCode  ats.Code
		wantMsg   string
		wantCalls int
	}{
		{"400 on a read", workabletest.Fault{Status: 400, Body: `{"error":"Invalid parameter"}`}, false, ats.CodeUpstreamRejected, "Invalid parameter", 1},
		{"410 on a read is not found", workabletest.Fault{Status: 410, Body: `{"error":"Gone"}`}, false, ats.CodeNotFound, "job", 1},
		{"HTML 502 from a proxy, retried", workabletest.Fault{Status: 502, Body: html, Times: 3}, false, ats.CodeUpstreamUnavailable, "HTTP 502", 3},
		{"HTML 403 from a proxy", workabletest.Fault{Status: 403, Body: html}, false, ats.CodeUpstreamAuthFailed, "HTTP 403: Forbidden", 1},
		{"409 on a create is a duplicate", workabletest.Fault{Status: 409, Body: `{"error":"Conflict"}`}, true, ats.CodeCandidateExists, "already exists", 1},
		{"400 on a create", workabletest.Fault{Status: 400, Body: `{"error":"Invalid JSON"}`}, true, ats.CodeUpstreamRejected, "Invalid JSON", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, fastOptions(), nil)
			job := h.fake.AddJob(workabletest.Job{Title: "Engineer"})
			var err error
			f := tt.fault
			if tt.write {
				_, _ = h.client.Job(ctx(t), job.Shortcode, ats.ReadOptions{}) // fill the job-state cache
				f.Method, f.Path = "POST", "/jobs/"+job.Shortcode+"/candidates"
				h.fake.Inject(f)
				_, err = h.client.CreateCandidate(ctx(t), ats.CandidateInput{Name: "A B", Email: "ab@example.com", JobID: job.Shortcode})
			} else {
				f.Method, f.Path = "GET", "/jobs/"+job.Shortcode
				h.fake.Inject(f)
				_, err = h.client.Job(ctx(t), job.Shortcode, ats.ReadOptions{})
			}
			e := wantCode(t, err, tt.wantCode)
			if !strings.Contains(e.Message, tt.wantMsg) {
				t.Errorf("message %q does not say %q", e.Message, tt.wantMsg)
			}
			if strings.Contains(e.Message, "<") {
				t.Errorf("message %q carries markup from the answer", e.Message)
			}
			if n := h.fake.Count(f.Method, f.Path); n != tt.wantCalls {
				t.Errorf("got %d upstream calls, want %d", n, tt.wantCalls)
			}
		})
	}
}

// A 404 on a list every account has means the client points at no
// account: the caller hears about the configuration, not about a record.
// A list scoped to a job that does not exist is simply empty.
func TestListsAnswering404(t *testing.T) {
	t.Run("wrong base URL", func(t *testing.T) {
		h := newHarness(t, fastOptions(), func(c *workable.Config) { c.BaseURL = strings.TrimSuffix(c.BaseURL, "/spi/v3") + "/spi/v2" })
		for name, list := range map[string]func() error{
			"jobs": func() error {
				_, err := h.client.ListJobs(ctx(t), ats.JobQuery{Window: ats.Window{Limit: 5}})
				return err
			},
			"candidates": func() error {
				_, err := h.client.ListCandidates(ctx(t), ats.CandidateQuery{Window: ats.Window{Limit: 5}})
				return err
			},
		} {
			t.Run(name, func(t *testing.T) {
				e := wantCode(t, list(), ats.CodeUpstreamUnavailable)
				if !strings.Contains(e.Message, "WORKABLE_COMPANY") || !strings.Contains(e.Message, "ATS_BASE_URL") {
					t.Errorf("message %q does not point at the configuration", e.Message)
				}
			})
		}
	})
	t.Run("job filter on a job Workable does not know", func(t *testing.T) {
		h := newHarness(t, fastOptions(), nil)
		h.fake.Inject(workabletest.Fault{Path: "/candidates", Status: 404, Body: `{"error":"Not found"}`})
		p, err := h.client.ListApplications(ctx(t), ats.ApplicationQuery{Window: ats.Window{Limit: 5}, JobID: "NOSUCHJOB0"})
		if err != nil {
			t.Fatalf("got %v, want an empty page", err)
		}
		if len(p.Items) != 0 || p.HasMore {
			t.Errorf("got %d items has_more %v, want an empty last page", len(p.Items), p.HasMore)
		}
	})
}

// Error answers are read to the end too, so they do not cost a new
// connection each.
//
// oneConnection makes these tests exact: the transport goes back to its
// pool after the client has returned, so a pool that may dial more would
// now and then open a second connection for the next call on a busy
// machine. With one connection allowed, the next call waits for the first
// one, unless an answer left unread closed it.
func TestConnectionsAreReusedAfterErrors(t *testing.T) {
	for _, status := range []int{404, 422, 500} {
		t.Run(strconv.Itoa(status), func(t *testing.T) {
			h := newHarness(t, fastOptions(), oneConnection)
			job := h.fake.AddJob(workabletest.Job{Title: "Engineer"})
			h.fake.Inject(workabletest.Fault{Path: "/jobs/" + job.Shortcode, Status: status, Body: `{"error":"` + strings.Repeat("x", 64<<10) + `"}`, Times: 30})
			for range 10 {
				_, _ = h.client.Job(ctx(t), job.Shortcode, ats.ReadOptions{})
			}
			if n := h.fake.Connections(); n != 1 {
				t.Errorf("10 failing calls opened %d connections, want 1", n)
			}
		})
	}
}

// paging.next is resolved before it is checked: a relative link is one on
// the configured host and is followed; a link that climbs out of the base
// path with dot segments is refused, as the server would resolve them.
func TestNextLinksAreResolvedBeforeTheyAreChecked(t *testing.T) {
	tests := []struct {
		name     string
		nextBase func(fakeURL string) string
		wantErr  bool
	}{
		{"relative link", func(string) string { return "/spi/v3" }, false},
		{"default port written out", func(u string) string { return u }, false},
		{"dot segments out of the base path", func(u string) string { return u + "/../../admin" }, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, fastOptions(), nil)
			h.fake.SeedJobs(150)
			h.fake.Inject(workabletest.Fault{Path: "/jobs", NextBase: tt.nextBase(h.fake.URL)})
			// Department is our filter: the page needs the second upstream page.
			p, err := h.client.ListJobs(ctx(t), ats.JobQuery{Window: ats.Window{Limit: 30}, Department: "Sales"})
			for _, r := range h.fake.Requests() {
				if strings.Contains(r.Path, "..") || r.Path != "/jobs" {
					t.Errorf("the client requested %q, want only /jobs", r.Path)
				}
			}
			if tt.wantErr {
				wantCode(t, err, ats.CodeUpstreamUnavailable)
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(p.Items) != 30 || h.fake.Count("GET", "/jobs") != 2 {
				t.Errorf("got %d jobs in %d calls, want 30 in 2", len(p.Items), h.fake.Count("GET", "/jobs"))
			}
		})
	}
}

// A write that waited for our own limiter until its deadline was never
// sent: it is UPSTREAM_RATE_LIMITED with Retry-After, not a timeout that
// says it may have been applied.
func TestWriteStuckBehindTheLimiterIsNotSent(t *testing.T) {
	fo := workabletest.Options{Token: testToken, RateLimit: 10, RateWindow: 10 * time.Second}
	h := newHarness(t, fo, func(c *workable.Config) { c.RateLimit = 1 })
	job := h.fake.AddJob(workabletest.Job{Title: "Engineer"})
	h.fake.Inject(workabletest.Fault{Path: "/jobs/" + job.Shortcode, Delay: 5 * time.Second})

	slow, cancelSlow := context.WithCancel(ctx(t))
	done := make(chan struct{})
	go func() {
		defer close(done)
		_, _ = h.client.Job(slow, job.Shortcode, ats.ReadOptions{}) // holds the only slot
	}()
	waitForRequests(t, h.fake, 1)
	for range 3 {
		c, cancel := context.WithTimeout(ctx(t), 100*time.Millisecond)
		_, err := h.client.CreateCandidate(c, ats.CandidateInput{Name: "A B", Email: "ab@example.com"})
		cancel()
		e := wantCode(t, err, ats.CodeUpstreamRateLimited)
		if e.RetryAfter <= 0 || strings.Contains(e.Message, "may have been applied") {
			t.Errorf("got %q retry after %s, want a rate-limit answer with Retry-After", e.Message, e.RetryAfter)
		}
	}
	// A caller that went away while waiting: nothing was sent either (and
	// a caller that hung up is REQUEST_CANCELED, ats.Interrupted's rule).
	c, cancel := context.WithCancel(ctx(t))
	cancel()
	_, err := h.client.CreateCandidate(c, ats.CandidateInput{Name: "A B", Email: "ab@example.com"})
	e := wantCode(t, err, ats.CodeCanceled)
	if !strings.Contains(e.Message, "nothing was changed") {
		t.Errorf("message %q: want it to say that nothing was sent", e.Message)
	}
	cancelSlow()
	<-done
	if n := h.fake.Count("POST", ""); n != 0 {
		t.Errorf("the fake got %d POSTs, want none", n)
	}
}

// A request waiting for another's member or stage lookup gives up at its
// own deadline: the lookup lock does not outlast it.
func TestLookupsHonourEachRequestsDeadline(t *testing.T) {
	tests := []struct {
		name string
		path string
		call func(h *harness, c context.Context, second workabletest.Job, cand workabletest.Candidate) error
	}{
		{"member lookup", "/members", func(h *harness, c context.Context, second workabletest.Job, cand workabletest.Candidate) error {
			_, err := h.client.CreateApplication(c, ats.ApplicationInput{CandidateID: cand.ID, JobID: second.Shortcode})
			return err
		}},
		{"stage lookup", "/stages", func(h *harness, c context.Context, _ workabletest.Job, _ workabletest.Candidate) error {
			_, err := h.client.ListApplications(c, ats.ApplicationQuery{Window: ats.Window{Limit: 5}, StageKinds: []ats.StageKind{ats.StageOffer}})
			return err
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// The per-call timeout outlasts the slow lookup, which only
			// ends when the first caller gives up.
			h := newHarness(t, fastOptions(), func(c *workable.Config) { c.Timeout = time.Minute })
			first := h.fake.AddJob(workabletest.Job{Title: "First"})
			second := h.fake.AddJob(workabletest.Job{Title: "Second"})
			cand := h.fake.AddCandidate(workabletest.Candidate{Name: "Mover Person", Email: "mover@example.com", JobShortcode: first.Shortcode})
			_, _ = h.client.Job(ctx(t), second.Shortcode, ats.ReadOptions{}) // fill the job-state cache
			h.fake.Inject(workabletest.Fault{Method: "GET", Path: tt.path, Delay: 3 * time.Second})

			slow, cancelSlow := context.WithCancel(ctx(t))
			firstDone := make(chan error, 1)
			go func() { firstDone <- tt.call(h, slow, second, cand) }()
			for h.fake.Count("GET", tt.path) == 0 {
				select {
				case err := <-firstDone:
					t.Fatalf("the first call ended (%v) before its lookup reached the fake", err)
				case <-time.After(time.Millisecond):
				}
			}

			c, cancel := context.WithTimeout(ctx(t), 100*time.Millisecond)
			err := tt.call(h, c, second, cand)
			cancel()
			for _, r := range h.fake.Requests() {
				if r.Path == tt.path && r.Status != 0 {
					t.Errorf("the second call returned after the lookup was answered (%d): it waited past its deadline", r.Status)
				}
			}
			wantCode(t, err, ats.CodeUpstreamTimeout)
			cancelSlow()
			<-firstDone
		})
	}
}

// waitForRequests waits until the fake has received n requests.
func waitForRequests(t *testing.T, fake *workabletest.Server, n int) {
	t.Helper()
	c := ctx(t)
	for len(fake.Requests()) < n {
		select {
		case <-c.Done():
			t.Fatalf("the fake got %d requests, want %d", len(fake.Requests()), n)
		case <-time.After(time.Millisecond):
		}
	}
}

// A request whose deadline has already passed is not sent and does not
// take a slot of the limiter: the next request still goes at once.
func TestExpiredRequestsKeepTheirSlot(t *testing.T) {
	fo := workabletest.Options{Token: testToken, RateLimit: 10, RateWindow: 10 * time.Second}
	h := newHarness(t, fo, func(c *workable.Config) { c.RateLimit = 1 })
	job := h.fake.AddJob(workabletest.Job{Title: "Engineer"})

	expired, cancel := context.WithDeadline(ctx(t), time.Now().Add(-time.Second))
	defer cancel()
	_, err := h.client.CreateCandidate(expired, ats.CandidateInput{Name: "A B", Email: "ab@example.com"})
	e := wantCode(t, err, ats.CodeUpstreamTimeout)
	if !strings.Contains(e.Message, "nothing was changed") {
		t.Errorf("message %q does not say that nothing was sent", e.Message)
	}

	c, cancel2 := context.WithTimeout(ctx(t), 2*time.Second)
	defer cancel2()
	if _, err := h.client.Job(c, job.Shortcode, ats.ReadOptions{}); err != nil {
		t.Errorf("got %v, want the one slot still free", err)
	}
	if n := h.fake.Count("", ""); n != 1 {
		t.Errorf("the fake got %d requests, want 1", n)
	}
}

func oneConnection(c *workable.Config) {
	c.HTTPClient = &http.Client{Transport: &http.Transport{MaxConnsPerHost: 1}}
}
