package greenhouse_test

import (
	"bytes"
	"context"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/greenhouse"
	"github.com/atsbridge/atsbridge/ats/greenhouse/greenhousetest"
	"github.com/atsbridge/atsbridge/router"
	"github.com/atsbridge/atsbridge/router/routertest"
)

// These tests drive every route of atsbridge through the real router in
// live mode, against the fake Greenhouse; routertest checks each response
// against the published OpenAPI document.

// liveAPI is the router over a Greenhouse client over a fake.
type liveAPI struct {
	*harness
	api *routertest.API
}

func newLiveAPI(t testing.TB, fo greenhousetest.Options, mod func(*greenhouse.Config)) *liveAPI {
	t.Helper()
	h := newHarness(t, fo, mod)
	cfg := routertest.Config("live")
	cfg.Provider = "greenhouse"
	return &liveAPI{harness: h, api: &routertest.API{Handler: router.New(h.logger(), cfg, h.client)}}
}

type reply = routertest.Response

// do sends one request through the router, under ctx.
func (a *liveAPI) do(t testing.TB, ctx context.Context, method, target, body string) reply {
	t.Helper()
	r := a.api.Send(t, routertest.NewRequest(ctx, method, target, body))
	if r.Env.Provider != "greenhouse" || r.Env.Mode != "live" {
		t.Errorf("%s %s: provider %q mode %q, want greenhouse live", method, target, r.Env.Provider, r.Env.Mode)
	}
	if bytes.Contains(r.Body, []byte(a.fake.ClientSecret)) {
		t.Errorf("%s %s: the response carries the client secret", method, target)
	}
	for _, req := range a.fake.Requests() {
		if tok, ok := strings.CutPrefix(req.Authorization, "Bearer "); ok && bytes.Contains(r.Body, []byte(tok)) {
			t.Errorf("%s %s: the response carries an access token", method, target)
			break
		}
	}
	return r
}

func TestE2EEveryRoute(t *testing.T) {
	a := newLiveAPI(t, fastOptions(), nil)
	d := a.fake.Seed()
	var open, other string
	for _, j := range slices.Backward(d.Jobs) {
		if j.Status == "open" {
			if open == "" {
				open = id(j.ID)
			} else if other == "" {
				other = id(j.ID)
			}
		}
	}
	c := ctx(t)

	r := a.do(t, c, "GET", "/dev/jobs?limit=5&status=open", "")
	r.Want(t, 200, "")
	var jobs []struct {
		ID string `json:"id"`
	}
	r.Data(t, &jobs)
	if len(jobs) != 5 || jobs[0].ID != open || !r.Env.Meta.HasMore || r.Env.Meta.NextCursor == nil || r.Env.Meta.Total != nil {
		t.Errorf("GET /jobs: got %s", r.Body)
	}

	r = a.do(t, c, "GET", "/jobs/"+open+"?include=raw", "")
	r.Want(t, 200, "")
	var job struct {
		ID          string         `json:"id"`
		Description *string        `json:"description"`
		Raw         map[string]any `json:"raw"`
	}
	r.Data(t, &job)
	if job.ID != open || job.Description == nil || job.Raw["name"] == nil {
		t.Errorf("GET /jobs/{id}: got %s", r.Body)
	}

	r = a.do(t, c, "POST", "/dev/candidates", `{"job_id":"`+open+`","name":"Karan Mehta","email":"karan@example.com"}`)
	r.Want(t, 201, "")
	var cand struct {
		ID             string   `json:"id"`
		ApplicationIDs []string `json:"application_ids"`
	}
	r.Data(t, &cand)
	if loc := r.Header.Get("Location"); loc != "/dev/candidates/"+cand.ID || len(cand.ApplicationIDs) != 1 {
		t.Errorf("POST /candidates: Location %q, %s", loc, r.Body)
	}
	if n := a.fake.Count("POST", ""); n != 1 {
		t.Errorf("%d writes for a candidate with a job, want one POST /v3/candidates", n)
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
	a.do(t, c, "GET", "/candidates/"+cand.ID+"?include=raw", "").Want(t, 200, "")
	a.do(t, c, "GET", "/candidates?job_id="+open+"&limit=3", "").Want(t, 200, "")

	r = a.do(t, c, "POST", "/applications", `{"candidate_id":"`+cand.ID+`","job_id":"`+other+`"}`)
	r.Want(t, 201, "")
	var app struct {
		ID    string `json:"id"`
		JobID string `json:"job_id"`
		Stage struct {
			Kind string `json:"kind"`
		} `json:"stage"`
	}
	r.Data(t, &app)
	if app.JobID != other || app.Stage.Kind != "applied" || r.Header.Get("Location") != "/applications/"+app.ID {
		t.Errorf("POST /applications: got %s, Location %q", r.Body, r.Header.Get("Location"))
	}

	r = a.do(t, c, "GET", "/dev/applications?job_id="+open+"&stage=applied&status=active", "")
	r.Want(t, 200, "")
	var apps []struct {
		ID string `json:"id"`
	}
	r.Data(t, &apps)
	if !slices.ContainsFunc(apps, func(x struct {
		ID string `json:"id"`
	}) bool {
		return x.ID == cand.ApplicationIDs[0]
	}) {
		t.Errorf("GET /applications: the new application %s is missing from %s", cand.ApplicationIDs[0], r.Body)
	}
	a.do(t, c, "GET", "/applications/"+app.ID+"?include=raw", "").Want(t, 200, "")
	r = a.do(t, c, "GET", "/dev/applications?page=1&limit=10", "")
	r.Want(t, 200, "")
	if r.Env.Meta.Page == nil || *r.Env.Meta.Page != 1 || !r.Env.Meta.HasMore {
		t.Errorf("page mode: meta %+v", r.Env.Meta)
	}

	before := len(a.fake.Requests())
	a.do(t, c, "GET", "/healthz", "").Want(t, 200, "")
	if len(a.fake.Requests()) != before {
		t.Error("/healthz called Greenhouse")
	}

	pipelineRoutes(t, a, open, cand.ApplicationIDs[0], id(d.Reasons[0].ID))
}

// pipelineRoutes drives the pipeline routes through the router: the job's
// stages, a move of the application (whose job is job) to its next stage,
// a rejection with reason, refusals while it is rejected, a restore, and
// the rejection reasons; Greenhouse emails no one unless asked.
func pipelineRoutes(t *testing.T, a *liveAPI, job, app, reason string) {
	t.Helper()
	c := ctx(t)
	r := a.do(t, c, "GET", "/dev/jobs/"+job+"/stages", "")
	r.Want(t, 200, "")
	var stages []ats.JobStage
	r.Data(t, &stages)
	if len(stages) < 3 || r.Env.Meta != nil {
		t.Fatalf("GET /jobs/{id}/stages: %s", r.Body)
	}
	a.do(t, c, "GET", "/jobs/4012999/stages", "").Want(t, 404, "NOT_FOUND")

	r = a.do(t, c, "POST", "/dev/applications/"+app+"/move", `{"stage_id":"`+stages[2].ID+`"}`)
	r.Want(t, 200, "")
	var moved ats.Application
	r.Data(t, &moved)
	if moved.Stage.ID != stages[2].ID || moved.Stage.Kind != stages[2].Kind {
		t.Errorf("moved to %s: %s", stages[2].ID, r.Body)
	}
	a.do(t, c, "POST", "/applications/"+app+"/move", `{"stage_id":"7799999"}`).WantError(t, 400, "INPUT_INVALID", "stage_id")

	a.do(t, c, "POST", "/applications/"+app+"/reject", `{}`).WantError(t, 400, "INPUT_INVALID", "reason_id")
	r = a.do(t, c, "POST", "/dev/applications/"+app+"/reject", `{"reason_id":"`+reason+`","note":"Not this time."}`)
	r.Want(t, 200, "")
	var rejected ats.Application
	r.Data(t, &rejected)
	if rejected.Status != ats.ApplicationRejected || rejected.RejectedAt == nil {
		t.Errorf("rejected: %s", r.Body)
	}
	for _, req := range a.fake.Requests() {
		if req.Method == "POST" && strings.HasSuffix(req.Path, "/reject") && strings.Contains(string(req.Body), "rejection_email") {
			t.Errorf("a rejection without notify_candidate asked Greenhouse for an email: %s", req.Body)
		}
	}
	a.do(t, c, "POST", "/applications/"+app+"/move", `{"stage_id":"`+stages[1].ID+`"}`).Want(t, 409, "APPLICATION_CLOSED")

	r = a.do(t, c, "POST", "/dev/applications/"+app+"/restore", "")
	r.Want(t, 200, "")
	var restored ats.Application
	r.Data(t, &restored)
	if restored.Status != ats.ApplicationActive || restored.Stage.ID != stages[2].ID {
		t.Errorf("restored: %s", r.Body)
	}

	// Asked to, Greenhouse is told to send its rejection email, from the
	// configured user.
	a.do(t, c, "POST", "/applications/"+app+"/reject", `{"reason_id":"`+reason+`","notify_candidate":true}`).Want(t, 200, "")
	n, _ := strconv.ParseInt(app, 10, 64)
	if got, _ := a.fake.Application(n); got.RejectionEmail == nil || got.RejectionEmail["email_from_user_id"] != float64(greenhousetest.AdminUserID) {
		t.Errorf("a rejection with notify_candidate sent Greenhouse rejection_email %v, want one from user %d", got.RejectionEmail, greenhousetest.AdminUserID)
	}
	a.do(t, c, "POST", "/applications/"+app+"/restore", "{}").Want(t, 200, "")

	r = a.do(t, c, "GET", "/dev/rejection_reasons", "")
	r.Want(t, 200, "")
	if !strings.Contains(string(r.Env.Data), `"id":"`+reason+`"`) {
		t.Errorf("GET /rejection_reasons lacks %s: %s", reason, r.Body)
	}
}

func TestE2ECursorWalk(t *testing.T) {
	a := newLiveAPI(t, fastOptions(), nil)
	d := a.fake.Seed()
	want := seededJobIDs(d, nil)
	var got []string
	target, pages := "/dev/jobs?limit=7", 0
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
		target = "/dev/jobs?limit=7&cursor=" + url.QueryEscape(*r.Env.Meta.NextCursor)
	}
	if !slices.Equal(got, want) {
		t.Errorf("walked %v\nwant %v (newest first, each once)", got, want)
	}
	if calls := a.fake.Count("GET", "/jobs"); calls != pages {
		t.Errorf("%d upstream calls for %d pages, want one per page", calls, pages)
	}
	r := a.do(t, ctx(t), "GET", "/jobs?limit=5&status=open", "")
	a.do(t, ctx(t), "GET", "/jobs?limit=5&status=closed&cursor="+url.QueryEscape(*r.Env.Meta.NextCursor), "").Want(t, 400, "CURSOR_INVALID")

	r = a.do(t, ctx(t), "GET", "/jobs?limit=10&page=3", "")
	r.Want(t, 200, "")
	var items []struct {
		ID string `json:"id"`
	}
	r.Data(t, &items)
	if len(items) != 10 || items[0].ID != want[20] {
		t.Errorf("page 3: got %s", r.Body)
	}
	a.do(t, ctx(t), "GET", "/jobs?limit=100&page=26", "").WantError(t, 400, "INPUT_INVALID", "page")
}

func TestE2EErrors(t *testing.T) {
	tests := []struct {
		name     string
		fo       func(*greenhousetest.Options)
		cfg      func(*greenhouse.Config)
		deadline time.Duration
		fault    *greenhousetest.Fault
		method   string
		target   string
		body     string
		status   int
		code     string
		check    func(t *testing.T, a *liveAPI, r reply)
	}{
		{name: "wrong client secret", cfg: func(c *greenhouse.Config) { c.ClientSecret = "gh-SECRET-wrong-0000" },
			method: "GET", target: "/jobs", status: 502, code: "UPSTREAM_AUTH_FAILED",
			check: func(t *testing.T, _ *liveAPI, r reply) {
				if !strings.Contains(r.Env.Message, "invalid_client") || bytes.Contains(r.Body, []byte("gh-SECRET")) {
					t.Errorf("message %q: want Greenhouse's words and no secret", r.Env.Message)
				}
			}},
		{name: "a scope the credential lacks", fo: func(o *greenhousetest.Options) { o.Scopes = []string{"harvest:candidates:list"} },
			method: "GET", target: "/jobs", status: 502, code: "UPSTREAM_AUTH_FAILED"},
		{name: "unknown job", method: "GET", target: "/jobs/4012999", status: 404, code: "NOT_FOUND"},
		{name: "unknown application", method: "GET", target: "/applications/4299999999", status: 404, code: "NOT_FOUND"},
		{name: "a single name", method: "POST", target: "/candidates", body: `{"name":"Karan","email":"karan@example.com"}`, status: 400, code: "INPUT_INVALID"},
		{name: "duplicate email", method: "POST", target: "/candidates", body: `{"name":"Dup Person","email":"{email}"}`,
			status: 409, code: "CANDIDATE_EXISTS"},
		{name: "closed job", method: "POST", target: "/candidates", body: `{"job_id":"4012005","name":"Late Person","email":"late@example.com"}`,
			status: 409, code: "JOB_NOT_OPEN"},
		{name: "rate limited past the waiting budget", fault: &greenhousetest.Fault{Path: "/jobs", Status: 429, Header: http.Header{"Retry-After": {"60"}}},
			method: "GET", target: "/jobs", status: 503, code: "UPSTREAM_RATE_LIMITED",
			check: func(t *testing.T, _ *liveAPI, r reply) {
				if got := r.Header.Get("Retry-After"); got != "60" {
					t.Errorf("Retry-After: got %q, want 60", got)
				}
			}},
		{name: "upstream slower than the deadline", deadline: 300 * time.Millisecond,
			fault:  &greenhousetest.Fault{Path: "/jobs", Delay: 5 * time.Second, Times: 5},
			method: "GET", target: "/jobs", status: 504, code: "UPSTREAM_TIMEOUT"},
		{name: "upstream slower than the per-call timeout", cfg: func(c *greenhouse.Config) { c.Timeout = 100 * time.Millisecond },
			fault:  &greenhousetest.Fault{Path: "/jobs", Delay: 5 * time.Second, Times: 5},
			method: "GET", target: "/jobs", status: 504, code: "UPSTREAM_TIMEOUT"},
		{name: "malformed JSON", fault: &greenhousetest.Fault{Path: "/jobs", Malformed: true}, method: "GET", target: "/jobs", status: 502, code: "UPSTREAM_UNAVAILABLE"},
		{name: "500 then 200 on a GET", fault: &greenhousetest.Fault{Path: "/jobs", Status: 500}, method: "GET", target: "/jobs", status: 200,
			check: func(t *testing.T, a *liveAPI, _ reply) {
				if n := a.fake.Count("GET", "/jobs"); n != 2 {
					t.Errorf("%d upstream calls, want 2", n)
				}
			}},
		{name: "500 on a POST", fault: &greenhousetest.Fault{Method: "POST", Path: "/candidates", Status: 500}, method: "POST", target: "/candidates",
			body: `{"name":"Pool Person","email":"pool@example.com"}`, status: 502, code: "UPSTREAM_UNAVAILABLE",
			check: func(t *testing.T, a *liveAPI, r reply) {
				if n := a.fake.Count("POST", "/candidates"); n != 1 {
					t.Errorf("%d POSTs, want 1 (not retried)", n)
				}
				if !strings.Contains(r.Env.Message, "may have been applied") {
					t.Errorf("message %q does not warn that the write may have happened", r.Env.Message)
				}
			}},
		{name: "Greenhouse's validation", fault: &greenhousetest.Fault{Method: "POST", Path: "/candidates", Status: 422,
			Body: `{"message":"Unprocessable Content","errors":[{"phone_numbers[0].value":"is not a phone number"}]}`},
			method: "POST", target: "/candidates", body: `{"name":"Pool Person","email":"pool@example.com","phone":"x"}`, status: 422, code: "UPSTREAM_REJECTED",
			check: func(t *testing.T, _ *liveAPI, r reply) {
				if len(r.Env.Details) != 1 || r.Env.Details[0].Field != "phone_numbers[0].value" || !strings.Contains(r.Env.Message, "not a phone number") {
					t.Errorf("got %s", r.Body)
				}
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fo := fastOptions()
			if tt.fo != nil {
				tt.fo(&fo)
			}
			a := newLiveAPI(t, fo, tt.cfg)
			d := a.fake.Seed()
			c := ctx(t)
			body := strings.ReplaceAll(tt.body, "{email}", strings.ToUpper(d.Candidates[0].Emails[0].Value))
			if tt.fault != nil {
				// Warm the token and the lookups, so that the fault meets
				// the request under test.
				a.do(t, c, "GET", "/jobs?limit=1", "")
				a.fake.ResetRequests()
				a.fake.Inject(*tt.fault)
			}
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

// A token that goes stale (revoked, or expired on Greenhouse's clock)
// between two requests costs one retry, not an error.
func TestE2EStaleTokenAndExpiryMidWalk(t *testing.T) {
	clock := greenhousetest.NewClock(time.Date(2026, 9, 30, 12, 0, 0, 0, time.UTC))
	fo := fastOptions()
	fo.Now, fo.TokenLifetime = clock.Now, 10*time.Minute
	a := newLiveAPI(t, fo, nil)
	d := a.fake.Seed()
	a.do(t, ctx(t), "GET", "/jobs?limit=1", "").Want(t, 200, "")
	a.fake.RevokeTokens()
	a.do(t, ctx(t), "GET", "/jobs?limit=1", "").Want(t, 200, "")
	if n := a.fake.IssuedTokens(); n != 2 {
		t.Errorf("%d tokens issued, want 2 (the revoked one replaced once)", n)
	}

	var got []string
	target := "/jobs?limit=15"
	for range 10 {
		r := a.do(t, ctx(t), "GET", target, "")
		r.Want(t, 200, "")
		var items []struct {
			ID string `json:"id"`
		}
		r.Data(t, &items)
		for _, it := range items {
			got = append(got, it.ID)
		}
		clock.Advance(6 * time.Minute)
		if !r.Env.Meta.HasMore {
			break
		}
		target = "/jobs?limit=15&cursor=" + url.QueryEscape(*r.Env.Meta.NextCursor)
	}
	if !slices.Equal(got, seededJobIDs(d, nil)) {
		t.Errorf("the walk across token expiries got %v", got)
	}
	if n := a.fake.IssuedTokens(); n < 3 {
		t.Errorf("%d tokens issued, want renewals during the walk", n)
	}
}

// A burst of 50 concurrent requests through the API, against a limit of 50
// requests a window: atsbridge's gate holds what does not fit for the next
// window, and Greenhouse never answers 429.
func TestE2EBurstNeverHitsTheRateLimit(t *testing.T) {
	a := newLiveAPI(t, greenhousetest.Options{RateLimit: 50, RateWindow: time.Second}, nil)
	a.fake.Seed()
	var wg sync.WaitGroup
	for i := range 50 {
		wg.Go(func() {
			target := "/jobs?limit=5"
			if i%2 == 1 {
				target = "/applications?limit=5"
			}
			a.do(t, ctx(t), "GET", target, "").Want(t, 200, "")
		})
	}
	wg.Wait()
	if n := a.fake.RateLimited(); n != 0 {
		t.Errorf("Greenhouse answered 429 %d times", n)
	}
	if n := len(a.fake.Requests()); n <= 50 {
		t.Errorf("%d upstream calls; the burst should need more than one window", n)
	}
}
