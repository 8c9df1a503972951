package lever_test

import (
	"context"
	"encoding/base64"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/lever"
	"github.com/atsbridge/atsbridge/ats/lever/levertest"
)

func TestRequestsCarryBasicAuthAndUserAgent(t *testing.T) {
	h := newHarness(t, unlimited(), nil)
	if _, err := h.client.CreateCandidate(ctx(t), ats.CandidateInput{Name: "A B", Email: "ab@example.com", JobID: h.data.Sales.ID}); err != nil {
		t.Fatal(err)
	}
	want := "Basic " + base64.StdEncoding.EncodeToString([]byte(testKey+":"))
	for _, r := range h.fake.Requests() {
		if r.Authorization != want {
			t.Errorf("%s %s: Authorization %q, want Basic with the key and an empty password", r.Method, r.Path, r.Authorization)
		}
		if ua := "atsbridge/1.2.3-test (+https://github.com/atsbridge/atsbridge)"; r.UserAgent != ua {
			t.Errorf("User-Agent: got %q, want %q", r.UserAgent, ua)
		}
		if (r.Method == "POST" || r.Method == "PUT") && r.Query.Get("perform_as") != levertest.UserAdmin {
			t.Errorf("%s %s without perform_as", r.Method, r.Path)
		}
	}
}

func TestRetries(t *testing.T) {
	tests := []struct {
		name      string
		fault     levertest.Fault
		write     bool
		wantCode  ats.Code // "" for success
		wantCalls int
		wantMsg   string
	}{
		{"GET after 500 then 200", levertest.Fault{Status: 500}, false, "", 2, ""},
		{"GET after a dropped connection", levertest.Fault{CloseConnection: true}, false, "", 2, ""},
		{"GET after 503 twice", levertest.Fault{Status: 503, Times: 2}, false, "", 3, ""},
		{"GET gives up after two retries", levertest.Fault{Status: 502, Times: 5}, false, ats.CodeUpstreamUnavailable, 3, "HTTP 502"},
		{"GET after 504 thrice", levertest.Fault{Status: 504, Times: 3}, false, ats.CodeUpstreamTimeout, 3, "504"},
		{"GET 404 is not retried", levertest.Fault{Status: 404}, false, ats.CodeNotFound, 1, "job"},
		{"GET 429 without Retry-After is waited out", levertest.Fault{Status: 429, Times: 2}, false, "", 3, ""},
		{"POST 500 is not retried", levertest.Fault{Status: 500}, true, ats.CodeUpstreamUnavailable, 1, "may have been applied"},
		{"POST dropped connection is not retried", levertest.Fault{CloseConnection: true}, true, ats.CodeUpstreamUnavailable, 1, "may have been applied"},
		{"POST 429 is retried (Lever did not act)", levertest.Fault{Status: 429}, true, "", 2, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, unlimited(), nil)
			job := h.data.Backend.ID
			var err error
			var calls int
			if tt.write {
				f := tt.fault
				f.Method, f.Path = "POST", "/opportunities"
				h.fake.Inject(f)
				_, err = h.client.CreateCandidate(ctx(t), ats.CandidateInput{Name: "A B", Email: "ab@example.com", JobID: job})
				calls = h.fake.Count("POST", f.Path)
			} else {
				f := tt.fault
				f.Method, f.Path = "GET", "/postings/"+job
				h.fake.Inject(f)
				_, err = h.client.Job(ctx(t), job, ats.ReadOptions{})
				calls = h.fake.Count("GET", f.Path)
			}
			if tt.wantCode == "" {
				if err != nil {
					t.Fatalf("got %v, want success", err)
				}
			} else if e := wantCode(t, err, tt.wantCode); !strings.Contains(e.Message, tt.wantMsg) {
				t.Errorf("message %q does not mention %q", e.Message, tt.wantMsg)
			}
			if calls != tt.wantCalls {
				t.Errorf("got %d calls, want %d", calls, tt.wantCalls)
			}
		})
	}
}

func TestSlowAndMalformedAnswers(t *testing.T) {
	h := newHarness(t, unlimited(), func(c *lever.Config) { c.Timeout = 100 * time.Millisecond })
	job := h.data.Backend.ID
	h.fake.Inject(levertest.Fault{Path: "/postings/" + job, Delay: 5 * time.Second, Times: 3})
	_, err := h.client.Job(ctx(t), job, ats.ReadOptions{})
	wantCode(t, err, ats.CodeUpstreamTimeout)

	h.fake.ClearFaults()
	h.fake.Inject(levertest.Fault{Path: "/postings", Malformed: true})
	_, err = h.client.ListJobs(ctx(t), ats.JobQuery{})
	wantCode(t, err, ats.CodeUpstreamUnavailable)

	h.fake.Inject(levertest.Fault{Path: "/postings/" + job, SuccessBody: new(`{"data":null}`)})
	_, err = h.client.Job(ctx(t), job, ats.ReadOptions{})
	wantCode(t, err, ats.CodeUpstreamUnavailable)

	c, cancel := context.WithTimeout(ctx(t), 50*time.Millisecond)
	defer cancel()
	h.fake.Inject(levertest.Fault{Path: "/postings", Delay: 5 * time.Second, Times: 3})
	_, err = h.client.ListJobs(c, ats.JobQuery{})
	wantCode(t, err, ats.CodeUpstreamTimeout)
}

func TestLeversErrorBodies(t *testing.T) {
	h := newHarness(t, unlimited(), nil)
	h.fake.Inject(levertest.Fault{Method: "POST", Path: "/opportunities", Status: 400,
		Body: `{"code":"BadRequestError","message":"Invalid email address someone@example.com for ` + testKey + `"}`})
	_, err := h.client.CreateCandidate(ctx(t), ats.CandidateInput{Name: "A", Email: "someone@example.com"})
	e := wantCode(t, err, ats.CodeUpstreamRejected)
	if !strings.Contains(e.Message, "Invalid email address [email]") || strings.Contains(e.Message, "someone@") {
		t.Errorf("message %q: want Lever's, with the email redacted", e.Message)
	}

	bad := newHarness(t, unlimited(), func(c *lever.Config) { c.APIKey = "lv-not-the-key" })
	_, err = bad.client.ListJobs(ctx(t), ats.JobQuery{})
	if e := wantCode(t, err, ats.CodeUpstreamAuthFailed); !strings.Contains(e.Message, "ATS_API_KEY") || strings.Contains(e.Message, "lv-not-the-key") {
		t.Errorf("message %q", e.Message)
	}
}

func TestWritesWhenUsersCannotBeListed(t *testing.T) {
	h := newHarness(t, unlimited(), nil)
	h.fake.Inject(levertest.Fault{Path: "/users", Status: 403})
	_, err := h.client.CreateCandidate(ctx(t), ats.CandidateInput{Name: "A", Email: "a@example.com"})
	if e := wantCode(t, err, ats.CodeUpstreamAuthFailed); !strings.Contains(e.Message, "LEVER_USER_ID") {
		t.Errorf("message %q does not say to set LEVER_USER_ID", e.Message)
	}
	if n := h.fake.Count("POST", "/opportunities"); n != 0 {
		t.Errorf("wrote %d times without an actor", n)
	}
	h.fake.SetUsers([]levertest.User{{ID: levertest.UserFormerAdmin, AccessRole: "admin", DeactivatedAt: new(time.Now())}})
	_, err = h.client.CreateCandidate(ctx(t), ats.CandidateInput{Name: "A", Email: "a@example.com"})
	if e := wantCode(t, err, ats.CodeUpstreamRejected); !strings.Contains(e.Message, "LEVER_USER_ID") {
		t.Errorf("message %q does not say to set LEVER_USER_ID", e.Message)
	}
}

// Lever's next tokens go back as they came: encoded once, never twice.
func TestOffsetTokensGoBackAsLeverSentThem(t *testing.T) {
	h := newHarness(t, unlimited(), nil)
	h.fake.AddApplicants(60, h.data.Success)
	got, pages := walkAll(t, 9, func(w ats.Window) (ats.Page[ats.Application], error) {
		return h.client.ListApplications(ctx(t), ats.ApplicationQuery{Window: w, JobID: h.data.Success.ID})
	})
	if len(got) < 60 || pages < 7 {
		t.Fatalf("walked %d applications in %d pages", len(got), pages)
	}
	offsets := 0
	for _, r := range h.fake.Requests() {
		if r.Query.Get("offset") == "" {
			continue
		}
		offsets++
		if r.DoubleEncodedOffset || !strings.Contains(r.RawQuery, "offset=%5B") {
			t.Errorf("offset sent as %s", r.RawQuery)
		}
	}
	if offsets == 0 {
		t.Error("no request carried an offset")
	}
}

// The client's token bucket keeps below Lever's: 50 calls at once, at
// Lever's own numbers, and Lever never answers 429.
func TestBurstNeverHitsLeversBucket(t *testing.T) {
	if testing.Short() {
		t.Skip("takes three seconds: 30 requests past the burst at 10/s")
	}
	h := newHarness(t, levertest.Options{}, func(c *lever.Config) { c.RateLimit, c.RateBurst = 0, 0 })
	h.fake.ResetRequests()
	var wg sync.WaitGroup
	errs := make(chan error, 50)
	for range 50 {
		wg.Go(func() {
			_, err := h.client.Job(ctx(t), h.data.Sales.ID, ats.ReadOptions{})
			errs <- err
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Error(err)
		}
	}
	if n := h.fake.RateLimited(); n != 0 {
		t.Errorf("Lever answered 429 %d times, want 0", n)
	}
	if n := h.fake.Count("GET", ""); n != 50 {
		t.Errorf("got %d upstream calls, want 50", n)
	}
}
