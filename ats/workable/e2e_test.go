package workable_test

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/workable"
	"github.com/atsbridge/atsbridge/ats/workable/workabletest"
	"github.com/atsbridge/atsbridge/router"
	"github.com/atsbridge/atsbridge/router/routertest"
)

// These tests drive every route of atsbridge through the real router in
// live mode, against the fake Workable, and check each response against
// the published OpenAPI document.

// liveAPI is the router over a Workable client over a fake.
type liveAPI struct {
	*harness
	api *routertest.API
}

func newLiveAPI(t testing.TB, fo workabletest.Options, mod func(*workable.Config)) *liveAPI {
	t.Helper()
	h := newHarness(t, fo, mod)
	logger := slog.New(slog.NewJSONHandler(h.logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	return &liveAPI{harness: h, api: &routertest.API{Handler: router.New(logger, routertest.Config("live"), h.client)}}
}

// reply is what an API client sees.
type reply = routertest.Response

// do sends one request through the router, optionally under a deadline;
// routertest checks the response against the OpenAPI document.
func (a *liveAPI) do(t testing.TB, ctx context.Context, method, target, body string) reply {
	t.Helper()
	r := a.api.Send(t, routertest.NewRequest(ctx, method, target, body))
	if r.Env.Provider != "workable" || r.Env.Mode != "live" {
		t.Errorf("%s %s: provider %q mode %q, want workable live", method, target, r.Env.Provider, r.Env.Mode)
	}
	if bytes.Contains(r.Body, []byte(testToken)) {
		t.Errorf("%s %s: the response carries the token", method, target)
	}
	return r
}

func TestE2EEveryRoute(t *testing.T) {
	a := newLiveAPI(t, fastOptions(), nil)
	a.fake.SeedJobs(30)
	seeded := a.fake.SeedCandidates(40)
	var open, other string
	for _, j := range a.fake.Jobs() {
		if j.State == "published" {
			if open == "" {
				open = j.Shortcode
			} else if other == "" && j.Shortcode != seeded[0].JobShortcode {
				other = j.Shortcode
			}
		}
	}
	c := ctx(t)

	r := a.do(t, c, "GET", "/dev/jobs?limit=5&status=open", "")
	r.Want(t, 200, "")
	var jobs []map[string]any
	r.Data(t, &jobs)
	if len(jobs) != 5 || !r.Env.Meta.HasMore || r.Env.Meta.NextCursor == nil || r.Env.Meta.Total != nil {
		t.Errorf("GET /jobs: got %d jobs, meta %+v; want 5, more, a cursor, no total", len(jobs), r.Env.Meta)
	}

	r = a.do(t, c, "GET", "/jobs/"+open+"?include=raw", "")
	r.Want(t, 200, "")
	var job struct {
		ID          string         `json:"id"`
		Description *string        `json:"description"`
		Raw         map[string]any `json:"raw"`
	}
	r.Data(t, &job)
	if job.ID != open || job.Description == nil || job.Raw["shortcode"] != open {
		t.Errorf("GET /jobs/{id}: got %s", r.Body)
	}

	r = a.do(t, c, "POST", "/dev/candidates", `{"job_id":"`+open+`","name":"Karan Mehta","email":"karan@example.com"}`)
	r.Want(t, 201, "")
	var cand struct {
		ID             string   `json:"id"`
		ApplicationIDs []string `json:"application_ids"`
	}
	r.Data(t, &cand)
	if loc := r.Header.Get("Location"); loc != "/dev/candidates/"+cand.ID {
		t.Errorf("Location: got %q, want /dev/candidates/%s", loc, cand.ID)
	}
	if !slices.Equal(cand.ApplicationIDs, []string{cand.ID}) {
		t.Errorf("application_ids: got %v, want [%s]", cand.ApplicationIDs, cand.ID)
	}

	r = a.do(t, c, "GET", "/candidates?email=KARAN@example.com", "")
	r.Want(t, 200, "")
	var found []struct {
		ID string `json:"id"`
	}
	r.Data(t, &found)
	if len(found) != 1 || found[0].ID != cand.ID {
		t.Errorf("GET /candidates?email: got %s", r.Body)
	}

	a.do(t, c, "GET", "/candidates/"+cand.ID, "").Want(t, 200, "")

	r = a.do(t, c, "POST", "/applications", `{"candidate_id":"`+cand.ID+`","job_id":"`+other+`"}`)
	r.Want(t, 201, "")
	var app struct {
		ID    string `json:"id"`
		JobID string `json:"job_id"`
	}
	r.Data(t, &app)
	if app.JobID != other || r.Header.Get("Location") != "/applications/"+app.ID {
		t.Errorf("POST /applications: got %s, Location %q", r.Body, r.Header.Get("Location"))
	}

	r = a.do(t, c, "GET", "/dev/applications?job_id="+open+"&stage=applied&status=active", "")
	r.Want(t, 200, "")
	var apps []struct {
		ID    string `json:"id"`
		Stage struct {
			Kind string `json:"kind"`
		} `json:"stage"`
	}
	r.Data(t, &apps)
	if !slices.ContainsFunc(apps, func(x struct {
		ID    string `json:"id"`
		Stage struct {
			Kind string `json:"kind"`
		} `json:"stage"`
	}) bool {
		return x.ID == cand.ID
	}) {
		t.Errorf("GET /applications: the new applicant %s is missing from %s", cand.ID, r.Body)
	}

	a.do(t, c, "GET", "/applications/"+app.ID+"?include=raw", "").Want(t, 200, "")
	a.do(t, c, "GET", "/dev/applications?page=1&limit=10", "").Want(t, 200, "")

	before := len(a.fake.Requests())
	a.do(t, c, "GET", "/healthz", "").Want(t, 200, "")
	if len(a.fake.Requests()) != before {
		t.Error("/healthz called Workable")
	}

	pipelineRoutes(t, a, open, cand.ApplicationIDs[0])
}

// pipelineRoutes drives the pipeline routes through the router: the job's
// stages, a move of the record (in job) to the phone screen, a rejection
// with a withdrawal reason and a note, refusals while it is disqualified,
// a restore, and the reasons; an email cannot be asked for.
func pipelineRoutes(t *testing.T, a *liveAPI, job, app string) {
	t.Helper()
	c := ctx(t)
	r := a.do(t, c, "GET", "/dev/jobs/"+job+"/stages", "")
	r.Want(t, 200, "")
	if !strings.Contains(string(r.Env.Data), `{"id":"phone-screen","name":"Phone Screen","kind":"screening","position":2}`) || r.Env.Meta != nil {
		t.Fatalf("GET /jobs/{id}/stages: %s", r.Body)
	}
	r = a.do(t, c, "POST", "/dev/applications/"+app+"/move", `{"stage_id":"phone-screen"}`)
	r.Want(t, 200, "")
	var moved ats.Application
	r.Data(t, &moved)
	if moved.Stage.ID != "phone-screen" || moved.Stage.Kind != ats.StageScreening {
		t.Errorf("moved: %s", r.Body)
	}
	a.do(t, c, "POST", "/applications/"+app+"/move", `{"stage_id":"no-such-stage"}`).WantError(t, 400, "INPUT_INVALID", "stage_id")
	a.do(t, c, "POST", "/applications/"+app+"/reject", `{"notify_candidate":true}`).Want(t, 501, "NOT_SUPPORTED")
	a.do(t, c, "POST", "/applications/"+app+"/reject", `{"note":"`+strings.Repeat("n", 257)+`"}`).WantError(t, 400, "INPUT_INVALID", "note")

	r = a.do(t, c, "POST", "/dev/applications/"+app+"/reject", `{"reason_id":"d1b1","note":"Took an offer elsewhere."}`)
	r.Want(t, 200, "")
	var rejected ats.Application
	r.Data(t, &rejected)
	if rejected.Status != ats.ApplicationWithdrawn || rejected.RejectedAt == nil {
		t.Errorf("rejected with a withdrawal reason: %s", r.Body)
	}
	a.do(t, c, "POST", "/applications/"+app+"/move", `{"stage_id":"interview"}`).Want(t, 409, "APPLICATION_CLOSED")

	r = a.do(t, c, "POST", "/dev/applications/"+app+"/restore", "")
	r.Want(t, 200, "")
	var restored ats.Application
	r.Data(t, &restored)
	if restored.Status != ats.ApplicationActive || restored.Stage.ID != "phone-screen" {
		t.Errorf("restored: %s", r.Body)
	}
	r = a.do(t, c, "GET", "/dev/rejection_reasons", "")
	r.Want(t, 200, "")
	if !strings.Contains(string(r.Env.Data), `{"id":"d1b1","name":"Accepted another offer","kind":"withdrawn"}`) {
		t.Errorf("GET /rejection_reasons: %s", r.Body)
	}
}

func TestE2ECursorWalk(t *testing.T) {
	a := newLiveAPI(t, fastOptions(), nil)
	seeded := a.fake.SeedJobs(250)
	var want []string
	for _, j := range seeded {
		want = append(want, j.Shortcode)
	}
	var got []string
	target, pages := "/dev/jobs?limit=20", 0
	for {
		r := a.do(t, ctx(t), "GET", target, "")
		r.Want(t, 200, "")
		var items []struct {
			ID string `json:"id"`
		}
		r.Data(t, &items)
		for _, it := range items {
			got = append(got, it.ID)
		}
		pages++
		if !r.Env.Meta.HasMore {
			break
		}
		target = "/dev/jobs?limit=20&cursor=" + url.QueryEscape(*r.Env.Meta.NextCursor)
	}
	if !slices.Equal(got, want) {
		t.Errorf("walked %d jobs, want the %d seeded, each once, in order", len(got), len(want))
	}
	if calls := a.fake.Count("GET", "/jobs"); calls != pages {
		t.Errorf("got %d upstream calls for %d pages, want one per page", calls, pages)
	}

	// The cursor is tied to its filters.
	r := a.do(t, ctx(t), "GET", "/jobs?limit=20&status=open", "")
	r.Want(t, 200, "")
	a.do(t, ctx(t), "GET", "/jobs?limit=20&status=closed&cursor="+url.QueryEscape(*r.Env.Meta.NextCursor), "").Want(t, 400, "CURSOR_INVALID")

	// Page mode walks from the start.
	r = a.do(t, ctx(t), "GET", "/jobs?limit=10&page=3", "")
	r.Want(t, 200, "")
	var items []struct {
		ID string `json:"id"`
	}
	r.Data(t, &items)
	if len(items) != 10 || items[0].ID != want[20] || r.Env.Meta.Page == nil || *r.Env.Meta.Page != 3 {
		t.Errorf("page 3: got %s", r.Body)
	}
	a.do(t, ctx(t), "GET", "/jobs?limit=100&page=11", "").Want(t, 400, "INPUT_INVALID")
}

func TestE2EErrors(t *testing.T) {
	tests := []struct {
		name     string
		token    string
		timeout  time.Duration
		deadline time.Duration
		fault    *workabletest.Fault
		method   string
		target   string
		body     string
		status   int
		code     string
		check    func(t *testing.T, a *liveAPI, r reply)
	}{
		{name: "wrong token", token: "wk-not-the-token", method: "GET", target: "/jobs", status: 502, code: "UPSTREAM_AUTH_FAILED"},
		{name: "no SPI access", fault: &workabletest.Fault{Status: 403, Body: `{"error":"SPI access required"}`},
			method: "GET", target: "/jobs", status: 502, code: "UPSTREAM_AUTH_FAILED",
			check: func(t *testing.T, _ *liveAPI, r reply) {
				if !strings.Contains(r.Env.Message, "SPI access required") {
					t.Errorf("message %q does not carry Workable's", r.Env.Message)
				}
			}},
		{name: "unknown job", method: "GET", target: "/jobs/NOSUCHJOB0", status: 404, code: "NOT_FOUND"},
		{name: "unknown application", method: "GET", target: "/applications/deadbeef", status: 404, code: "NOT_FOUND"},
		{name: "duplicate applicant", method: "POST", target: "/candidates", body: `{"job_id":"JOB","name":"Dup Person","email":"person001@example.com"}`,
			status: 409, code: "CANDIDATE_EXISTS",
			check: func(t *testing.T, a *liveAPI, r reply) {
				if len(r.Env.Details) != 1 || r.Env.Details[0].ExistingID != a.fake.Candidates()[0].ID {
					t.Errorf("details: got %s, want the existing id", r.Body)
				}
			}},
		{name: "closed job", method: "POST", target: "/candidates", body: `{"job_id":"CLOSED","name":"Late","email":"late@example.com"}`, status: 409, code: "JOB_NOT_OPEN"},
		{name: "rate limited past the waiting budget", fault: &workabletest.Fault{Status: 429, Header: http.Header{"Retry-After": {"60"}}},
			method: "GET", target: "/jobs", status: 503, code: "UPSTREAM_RATE_LIMITED",
			check: func(t *testing.T, _ *liveAPI, r reply) {
				if got := r.Header.Get("Retry-After"); got != "60" {
					t.Errorf("Retry-After: got %q, want 60", got)
				}
			}},
		{name: "upstream slower than the deadline", deadline: 150 * time.Millisecond,
			fault:  &workabletest.Fault{Path: "/jobs", Delay: 5 * time.Second, Times: 5},
			method: "GET", target: "/jobs", status: 504, code: "UPSTREAM_TIMEOUT"},
		{name: "upstream slower than the per-call timeout", timeout: 60 * time.Millisecond,
			fault:  &workabletest.Fault{Path: "/jobs", Delay: 5 * time.Second, Times: 5},
			method: "GET", target: "/jobs", status: 504, code: "UPSTREAM_TIMEOUT"},
		{name: "malformed JSON", fault: &workabletest.Fault{Path: "/jobs", Malformed: true}, method: "GET", target: "/jobs", status: 502, code: "UPSTREAM_UNAVAILABLE"},
		{name: "500 then 200 on a GET", fault: &workabletest.Fault{Path: "/jobs", Status: 500}, method: "GET", target: "/jobs", status: 200,
			check: func(t *testing.T, a *liveAPI, _ reply) {
				if n := a.fake.Count("GET", "/jobs"); n != 2 {
					t.Errorf("got %d upstream calls, want 2", n)
				}
			}},
		{name: "500 on a POST", fault: &workabletest.Fault{Method: "POST", Status: 500}, method: "POST", target: "/candidates",
			body: `{"name":"Pool Person","email":"pool@example.com"}`, status: 502, code: "UPSTREAM_UNAVAILABLE",
			check: func(t *testing.T, a *liveAPI, r reply) {
				if n := a.fake.Count("POST", "/talent_pool/candidates"); n != 1 {
					t.Errorf("got %d POSTs, want 1 (not retried)", n)
				}
				if !strings.Contains(r.Env.Message, "may have been applied") {
					t.Errorf("message %q does not warn that the write may have happened", r.Env.Message)
				}
			}},
		{name: "Workable's validation", fault: &workabletest.Fault{Method: "POST", Status: 422, Body: `{"error":"Validation failed","validation_errors":{"phone":["is invalid"]}}`},
			method: "POST", target: "/candidates", body: `{"name":"Pool Person","email":"pool@example.com","phone":"x"}`, status: 422, code: "UPSTREAM_REJECTED",
			check: func(t *testing.T, _ *liveAPI, r reply) {
				if len(r.Env.Details) != 1 || r.Env.Details[0].Field != "phone" {
					t.Errorf("details: got %s, want phone", r.Body)
				}
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := newLiveAPI(t, fastOptions(), func(c *workable.Config) {
				if tt.token != "" {
					c.Token = tt.token
				}
				if tt.timeout > 0 {
					c.Timeout = tt.timeout
				}
			})
			a.fake.SeedJobs(10)
			a.fake.SeedCandidates(5)
			closed := a.fake.AddJob(workabletest.Job{Title: "Closed", State: "closed"})
			body := strings.ReplaceAll(tt.body, `"JOB"`, `"`+a.fake.Candidates()[0].JobShortcode+`"`)
			body = strings.ReplaceAll(body, `"CLOSED"`, `"`+closed.Shortcode+`"`)
			if tt.fault != nil {
				a.fake.Inject(*tt.fault)
			}
			c := ctx(t)
			if tt.deadline > 0 {
				var cancel context.CancelFunc
				c, cancel = context.WithTimeout(c, tt.deadline)
				defer cancel()
			}
			r := a.do(t, c, tt.method, tt.target, body)
			r.Want(t, tt.status, tt.code)
			if tt.check != nil {
				tt.check(t, a, r)
			}
		})
	}
}

// 100 concurrent API calls share the one client's limiter: Workable never
// answers 429, whatever the interleaving.
func TestE2EConcurrentJobsNeverHitTheRateLimit(t *testing.T) {
	fo := workabletest.Options{Token: testToken, RateLimit: 10, RateWindow: 50 * time.Millisecond}
	a := newLiveAPI(t, fo, nil)
	a.fake.SeedJobs(40)
	var wg sync.WaitGroup
	statuses := make(chan int, 100)
	for i := range 100 {
		wg.Go(func() {
			r := a.do(t, ctx(t), "GET", fmt.Sprintf("/jobs?limit=%d", 1+i%20), "")
			statuses <- r.Status
		})
	}
	wg.Wait()
	close(statuses)
	for s := range statuses {
		if s != 200 {
			t.Errorf("got status %d, want 200", s)
		}
	}
	if n := a.fake.RateLimited(); n != 0 {
		t.Errorf("Workable answered 429 %d times, want 0", n)
	}
	if n := a.fake.Count("GET", "/jobs"); n != 100 {
		t.Errorf("got %d upstream calls, want 100", n)
	}
}
