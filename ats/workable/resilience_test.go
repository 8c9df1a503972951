package workable_test

import (
	"context"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jonboulle/clockwork"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/workable"
	"github.com/atsbridge/atsbridge/ats/workable/workabletest"
)

// Workable takes its token as a bearer token; the User-Agent every live
// provider sends is atstest.RunLive's rule.
func TestRequestsCarryBearerToken(t *testing.T) {
	h := newHarness(t, fastOptions(), nil)
	h.fake.SeedJobs(3)
	if _, err := h.client.ListJobs(ctx(t), ats.JobQuery{Window: ats.Window{Limit: 2}}); err != nil {
		t.Fatal(err)
	}
	for _, r := range h.fake.Requests() {
		if r.Authorization != "Bearer "+testToken {
			t.Errorf("Authorization: got %q, want the bearer token", r.Authorization)
		}
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

// The rate limit's rules every live provider keeps are atstest.RunLive's;
// these are the window Workable shares with other processes, and our own.
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

// A 409 on a create can only mean that the candidate exists, whatever
// Workable's message says.
func TestConflictOnACreateIsADuplicate(t *testing.T) {
	h := newHarness(t, fastOptions(), nil)
	job := h.fake.AddJob(workabletest.Job{Title: "Engineer"})
	_, _ = h.client.Job(ctx(t), job.Shortcode, ats.ReadOptions{}) // fill the job-state cache
	f := workabletest.Fault{Method: "POST", Path: "/jobs/" + job.Shortcode + "/candidates", Status: 409, Body: `{"error":"Conflict"}`}
	h.fake.Inject(f)
	_, err := h.client.CreateCandidate(ctx(t), ats.CandidateInput{Name: "A B", Email: "ab@example.com", JobID: job.Shortcode})
	e := wantCode(t, err, ats.CodeCandidateExists)
	if !strings.Contains(e.Message, "already exists") {
		t.Errorf("message %q does not say %q", e.Message, "already exists")
	}
	if n := h.fake.Count(f.Method, f.Path); n != 1 {
		t.Errorf("got %d upstream calls, want 1", n)
	}
}

// oneConnection lets the client open one connection at a time, so that
// counting connections is exact.
func oneConnection(c *workable.Config) {
	c.HTTPClient = &http.Client{Transport: &http.Transport{MaxConnsPerHost: 1}}
}
