package lever_test

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
	"github.com/atsbridge/atsbridge/ats/lever"
	"github.com/atsbridge/atsbridge/ats/lever/levertest"
	"github.com/atsbridge/atsbridge/router"
	"github.com/atsbridge/atsbridge/router/routertest"
)

// These tests drive every route of atsbridge through the real router in
// live mode, against the fake Lever, and check each response against the
// published OpenAPI document.

// liveAPI is the router over a Lever client over a fake.
type liveAPI struct {
	*harness
	api *routertest.API
}

func newLiveAPI(t testing.TB, fo levertest.Options, mod func(*lever.Config)) *liveAPI {
	t.Helper()
	h := newHarness(t, fo, mod)
	logger := slog.New(slog.NewJSONHandler(h.logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	cfg := routertest.Config("live")
	cfg.Provider = "lever"
	return &liveAPI{harness: h, api: &routertest.API{Handler: router.New(logger, cfg, h.client)}}
}

// reply is what an API client sees.
type reply = routertest.Response

// do sends one request through the router, under ctx; routertest checks
// the response against the OpenAPI document.
func (a *liveAPI) do(t testing.TB, ctx context.Context, method, target, body string) reply {
	t.Helper()
	r := a.api.Send(t, routertest.NewRequest(ctx, method, target, body))
	if r.Env.Provider != "lever" || r.Env.Mode != "live" {
		t.Errorf("%s %s: provider %q mode %q, want lever live", method, target, r.Env.Provider, r.Env.Mode)
	}
	if bytes.Contains(r.Body, []byte(testKey)) {
		t.Errorf("%s %s: the response carries the key", method, target)
	}
	return r
}

type idOnly struct {
	ID string `json:"id"`
}

func TestE2EEveryRoute(t *testing.T) {
	a := newLiveAPI(t, unlimited(), nil)
	d := a.data
	c := ctx(t)

	r := a.do(t, c, "GET", "/dev/jobs?limit=5&status=open", "")
	r.Want(t, 200, "")
	var jobs []idOnly
	r.Data(t, &jobs)
	if len(jobs) != 5 || !r.Env.Meta.HasMore || r.Env.Meta.NextCursor == nil || r.Env.Meta.Total != nil {
		t.Errorf("GET /jobs: got %d jobs, meta %+v; want 5, more, a cursor, no total", len(jobs), r.Env.Meta)
	}
	r = a.do(t, c, "GET", "/dev/jobs?limit=5&status=open&cursor="+url.QueryEscape(*r.Env.Meta.NextCursor), "")
	r.Want(t, 200, "")

	r = a.do(t, c, "GET", "/jobs/"+d.Backend.ID+"?include=raw", "")
	r.Want(t, 200, "")
	var job struct {
		ID          string         `json:"id"`
		Description *string        `json:"description"`
		Raw         map[string]any `json:"raw"`
	}
	r.Data(t, &job)
	if job.ID != d.Backend.ID || job.Description == nil || job.Raw["text"] != "Backend Engineer" {
		t.Errorf("GET /jobs/{id}: got %s", r.Body)
	}

	// Written without LEVER_USER_ID: the actor is found through /users.
	r = a.do(t, c, "POST", "/dev/candidates", `{"job_id":"`+d.Backend.ID+`","name":"Karan Mehta","email":"karan@example.com"}`)
	r.Want(t, 201, "")
	var cand struct {
		ID             string   `json:"id"`
		ApplicationIDs []string `json:"application_ids"`
	}
	r.Data(t, &cand)
	if loc := r.Header.Get("Location"); loc != "/dev/candidates/"+cand.ID {
		t.Errorf("Location: got %q, want /dev/candidates/%s", loc, cand.ID)
	}
	if len(cand.ApplicationIDs) != 1 {
		t.Fatalf("application_ids: got %v, want the new opportunity", cand.ApplicationIDs)
	}
	if o, _ := a.fake.Opportunity(cand.ApplicationIDs[0]); o.Owner != levertest.UserAdmin || a.fake.Count("GET", "/users") != 1 {
		t.Errorf("the write acted as %s after %d /users calls, want %s after 1", o.Owner, a.fake.Count("GET", "/users"), levertest.UserAdmin)
	}

	r = a.do(t, c, "GET", "/candidates?email=KARAN@example.com", "")
	r.Want(t, 200, "")
	var found []idOnly
	r.Data(t, &found)
	if len(found) != 1 || found[0].ID != cand.ID {
		t.Errorf("GET /candidates?email: got %s", r.Body)
	}
	a.do(t, c, "GET", "/candidates/"+cand.ID+"?include=raw", "").Want(t, 200, "")
	a.do(t, c, "GET", "/dev/candidates?limit=3", "").Want(t, 200, "")

	r = a.do(t, c, "POST", "/applications", `{"candidate_id":"`+cand.ID+`","job_id":"`+d.Sales.ID+`"}`)
	r.Want(t, 201, "")
	var app struct {
		ID    string `json:"id"`
		JobID string `json:"job_id"`
	}
	r.Data(t, &app)
	if app.JobID != d.Sales.ID || r.Header.Get("Location") != "/applications/"+app.ID {
		t.Errorf("POST /applications: got %s, Location %q", r.Body, r.Header.Get("Location"))
	}

	r = a.do(t, c, "GET", "/dev/applications?job_id="+d.Backend.ID+"&stage=applied&status=active", "")
	r.Want(t, 200, "")
	var apps []idOnly
	r.Data(t, &apps)
	if !slices.Contains(apps, idOnly{cand.ApplicationIDs[0]}) {
		t.Errorf("GET /applications: the new applicant %s is missing from %s", cand.ApplicationIDs[0], r.Body)
	}
	a.do(t, c, "GET", "/applications/"+app.ID+"?include=raw", "").Want(t, 200, "")
	a.do(t, c, "GET", "/dev/applications?page=1&limit=10", "").Want(t, 200, "")

	before := len(a.fake.Requests())
	a.do(t, c, "GET", "/healthz", "").Want(t, 200, "")
	if len(a.fake.Requests()) != before {
		t.Error("/healthz called Lever")
	}

	pipelineRoutes(t, a, d.Backend.ID, cand.ApplicationIDs[0])
}

// pipelineRoutes drives the pipeline routes through the router: the
// posting's stages (the account's), a move of the application to the
// recruiter screen, a rejection (a reason is required, an email cannot be
// asked for), refusals while it is archived, a restore, the reasons.
func pipelineRoutes(t *testing.T, a *liveAPI, job, app string) {
	t.Helper()
	c := ctx(t)
	r := a.do(t, c, "GET", "/dev/jobs/"+job+"/stages", "")
	r.Want(t, 200, "")
	var stages []ats.JobStage
	r.Data(t, &stages)
	if len(stages) != len(levertest.DefaultStages()) || r.Env.Meta != nil {
		t.Fatalf("GET /jobs/{id}/stages: %s", r.Body)
	}

	r = a.do(t, c, "POST", "/dev/applications/"+app+"/move", `{"stage_id":"`+levertest.StageRecruiterScreen+`"}`)
	r.Want(t, 200, "")
	var moved ats.Application
	r.Data(t, &moved)
	if moved.Stage.ID != levertest.StageRecruiterScreen || moved.Stage.Kind != ats.StageScreening {
		t.Errorf("moved: %s", r.Body)
	}
	a.do(t, c, "POST", "/applications/"+app+"/move", `{"stage_id":"no-such-stage"}`).WantError(t, 400, "INPUT_INVALID", "stage_id")
	a.do(t, c, "POST", "/applications/"+app+"/reject", `{}`).WantError(t, 400, "INPUT_INVALID", "reason_id")
	a.do(t, c, "POST", "/applications/"+app+"/reject", `{"reason_id":"`+levertest.ReasonUnderqualified+`","notify_candidate":true}`).Want(t, 501, "NOT_SUPPORTED")

	r = a.do(t, c, "POST", "/dev/applications/"+app+"/reject", `{"reason_id":"`+levertest.ReasonUnderqualified+`","note":"Not this time."}`)
	r.Want(t, 200, "")
	var rejected ats.Application
	r.Data(t, &rejected)
	if rejected.Status != ats.ApplicationRejected || rejected.RejectedAt == nil || rejected.Stage.ID != levertest.StageRecruiterScreen {
		t.Errorf("rejected: %s", r.Body)
	}
	a.do(t, c, "POST", "/applications/"+app+"/reject", `{"reason_id":"`+levertest.ReasonUnderqualified+`"}`).Want(t, 409, "APPLICATION_CLOSED")

	r = a.do(t, c, "POST", "/dev/applications/"+app+"/restore", "")
	r.Want(t, 200, "")
	var restored ats.Application
	r.Data(t, &restored)
	if restored.Status != ats.ApplicationActive || restored.Stage.ID != levertest.StageRecruiterScreen {
		t.Errorf("restored: %s", r.Body)
	}
	r = a.do(t, c, "GET", "/dev/rejection_reasons", "")
	r.Want(t, 200, "")
	if !strings.Contains(string(r.Env.Data), levertest.ReasonUnderqualified) || strings.Contains(string(r.Env.Data), levertest.ReasonHired) {
		t.Errorf("GET /rejection_reasons: %s; want the non-hired reasons only", r.Body)
	}
}

// A walk of more than 100 applications through the API: every record once,
// and every offset token sent back as Lever sent it, never encoded twice.
func TestE2EWalkOfHundredsWithLeversTokens(t *testing.T) {
	a := newLiveAPI(t, unlimited(), nil)
	a.fake.AddApplicants(110, a.data.Intern)
	var want []string
	for _, o := range a.fake.Opportunities() {
		if slices.Contains(o.Postings(), a.data.Intern.ID) {
			want = append(want, o.ID)
		}
	}
	a.fake.ResetRequests()
	var got []string
	target, pages := "/dev/applications?limit=9&job_id="+a.data.Intern.ID, 0
	for {
		r := a.do(t, ctx(t), "GET", target, "")
		r.Want(t, 200, "")
		var items []idOnly
		r.Data(t, &items)
		for _, it := range items {
			got = append(got, it.ID)
		}
		pages++
		if !r.Env.Meta.HasMore {
			break
		}
		target = "/dev/applications?limit=9&job_id=" + a.data.Intern.ID + "&cursor=" + url.QueryEscape(*r.Env.Meta.NextCursor)
	}
	if len(want) < 110 || !slices.Equal(got, want) {
		t.Errorf("walked %d applications, want the %d on the posting, each once, in order", len(got), len(want))
	}
	list := 0
	for _, r := range a.fake.Requests() {
		if r.Path != "/opportunities" {
			continue
		}
		list++
		if r.DoubleEncodedOffset || (r.Query.Get("offset") != "" && !strings.Contains(r.RawQuery, "offset=%5B")) {
			t.Errorf("offset sent as %s", r.RawQuery)
		}
	}
	if list != pages {
		t.Errorf("%d pages cost %d list calls, want one each", pages, list)
	}
}

func TestE2EErrors(t *testing.T) {
	tests := []struct {
		name     string
		key      string
		timeout  time.Duration
		deadline time.Duration
		fault    *levertest.Fault
		method   string
		target   string
		body     string
		status   int
		code     string
		check    func(t *testing.T, a *liveAPI, r reply)
	}{
		{name: "wrong key", key: "lv-not-the-key", method: "GET", target: "/jobs", status: 502, code: "UPSTREAM_AUTH_FAILED"},
		{name: "no permission", fault: &levertest.Fault{Status: 403, Times: 2, Body: `{"code":"ForbiddenError","message":"API key lacks postings:read"}`},
			method: "GET", target: "/jobs", status: 502, code: "UPSTREAM_AUTH_FAILED",
			check: func(t *testing.T, _ *liveAPI, r reply) {
				if !strings.Contains(r.Env.Message, "API key lacks postings:read") {
					t.Errorf("message %q does not carry Lever's", r.Env.Message)
				}
			}},
		{name: "unknown job", method: "GET", target: "/jobs/c0ffee00-0000-4000-8000-000000000000", status: 404, code: "NOT_FOUND"},
		{name: "unknown application", method: "GET", target: "/applications/deadbeef", status: 404, code: "NOT_FOUND"},
		{name: "known email", method: "POST", target: "/candidates", body: `{"job_id":"JOB","name":"Jane Again","email":"jane@example.com"}`,
			status: 409, code: "CANDIDATE_EXISTS",
			check: func(t *testing.T, a *liveAPI, r reply) {
				if len(r.Env.Details) != 1 || r.Env.Details[0].ExistingID != a.data.JaneLead.ContactID {
					t.Errorf("details: got %s, want Jane's contact id", r.Body)
				}
			}},
		{name: "closed posting", method: "POST", target: "/candidates", body: `{"job_id":"CLOSED","name":"Late","email":"late2@example.com"}`, status: 409, code: "JOB_NOT_OPEN"},
		{name: "rate limited past the waiting budget", fault: &levertest.Fault{Status: 429, Header: http.Header{"Retry-After": {"60"}}},
			method: "GET", target: "/jobs", status: 503, code: "UPSTREAM_RATE_LIMITED",
			check: func(t *testing.T, _ *liveAPI, r reply) {
				if got := r.Header.Get("Retry-After"); got != "60" {
					t.Errorf("Retry-After: got %q, want 60", got)
				}
			}},
		{name: "upstream slower than the deadline", deadline: 150 * time.Millisecond,
			fault:  &levertest.Fault{Path: "/postings", Delay: 5 * time.Second, Times: 5},
			method: "GET", target: "/jobs", status: 504, code: "UPSTREAM_TIMEOUT"},
		{name: "upstream slower than the per-call timeout", timeout: 60 * time.Millisecond,
			fault:  &levertest.Fault{Path: "/postings", Delay: 5 * time.Second, Times: 5},
			method: "GET", target: "/jobs", status: 504, code: "UPSTREAM_TIMEOUT"},
		{name: "malformed JSON", fault: &levertest.Fault{Path: "/postings", Malformed: true}, method: "GET", target: "/jobs", status: 502, code: "UPSTREAM_UNAVAILABLE"},
		{name: "500 then 200 on a GET", fault: &levertest.Fault{Path: "/postings", Status: 500}, method: "GET", target: "/jobs", status: 200,
			check: func(t *testing.T, a *liveAPI, _ reply) {
				if n := a.fake.Count("GET", "/postings"); n != 2 {
					t.Errorf("got %d upstream calls, want 2", n)
				}
			}},
		{name: "500 on a POST", fault: &levertest.Fault{Method: "POST", Path: "/opportunities", Status: 500}, method: "POST", target: "/candidates",
			body: `{"name":"Lead Person","email":"lead@example.com"}`, status: 502, code: "UPSTREAM_UNAVAILABLE",
			check: func(t *testing.T, a *liveAPI, r reply) {
				if n := a.fake.Count("POST", "/opportunities"); n != 1 {
					t.Errorf("got %d POSTs, want 1 (not retried)", n)
				}
				if !strings.Contains(r.Env.Message, "may have been applied") {
					t.Errorf("message %q does not warn that the write may have happened", r.Env.Message)
				}
			}},
		{name: "Lever's refusal", fault: &levertest.Fault{Method: "POST", Path: "/opportunities", Status: 400, Body: `{"code":"BadRequestError","message":"phones must be valid"}`},
			method: "POST", target: "/candidates", body: `{"name":"Lead Person","email":"lead@example.com","phone":"x"}`, status: 422, code: "UPSTREAM_REJECTED",
			check: func(t *testing.T, _ *liveAPI, r reply) {
				if !strings.Contains(r.Env.Message, "phones must be valid") {
					t.Errorf("message %q does not carry Lever's", r.Env.Message)
				}
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := newLiveAPI(t, unlimited(), func(c *lever.Config) {
				if tt.key != "" {
					c.APIKey = tt.key
				}
				if tt.timeout > 0 {
					c.Timeout = tt.timeout
				}
			})
			body := strings.ReplaceAll(tt.body, `"JOB"`, `"`+a.data.Backend.ID+`"`)
			body = strings.ReplaceAll(body, `"CLOSED"`, `"`+a.data.Designer.ID+`"`)
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

// 50 concurrent API calls share the one client's token bucket, at Lever's
// own numbers (10/s, bursts of 20): Lever never answers 429.
func TestE2EBurstNeverHitsTheRateLimit(t *testing.T) {
	if testing.Short() {
		t.Skip("takes three seconds: 30 requests past the burst at 10/s")
	}
	a := newLiveAPI(t, levertest.Options{}, func(c *lever.Config) { c.RateLimit, c.RateBurst = 0, 0 })
	a.fake.ResetRequests()
	var wg sync.WaitGroup
	statuses := make(chan int, 50)
	for i := range 50 {
		wg.Go(func() {
			r := a.do(t, ctx(t), "GET", fmt.Sprintf("/jobs?limit=%d", 1+i%12), "")
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
		t.Errorf("Lever answered 429 %d times, want 0", n)
	}
	if n := a.fake.Count("GET", "/postings"); n != 50 {
		t.Errorf("got %d upstream calls, want 50", n)
	}
}
