package routertest

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/atstest"
	"github.com/atsbridge/atsbridge/ats/fake"
)

// RunLive runs the live suites on the provider fx describes, against its
// fake: atstest.RunLive's rules through the provider ("Provider"), and
// every route of atsbridge through the real router in live mode ("API"),
// each response checked against the published OpenAPI document: the
// routes, the cursor walk, the errors a caller meets (refused
// credentials, unknown ids, duplicates, closed jobs, a provider that
// limits, is slow, fails or answers garbage), and a burst within the
// provider's rate limit. They mostly wait, for rate limits and slow
// answers, so they run in parallel, with each other and with the calling
// package's other parallel tests (RunLive marks t parallel).
func RunLive(t *testing.T, fx atstest.LiveFixture) {
	t.Helper()
	t.Parallel()
	t.Run("Provider", func(t *testing.T) {
		t.Parallel()
		atstest.RunLive(t, fx)
	})
	t.Run("API", func(t *testing.T) {
		t.Parallel()
		t.Run("EveryRoute", func(t *testing.T) { liveEveryRoute(t, fx) })
		t.Run("CursorWalk", func(t *testing.T) { liveCursorWalk(t, fx) })
		t.Run("Errors", func(t *testing.T) { liveErrors(t, fx) })
		t.Run("Burst", func(t *testing.T) { liveBurst(t, fx) })
	})
}

// liveAPI is the router over a live provider over its fake.
type liveAPI struct {
	atstest.Live
	fx  atstest.LiveFixture
	api *API
}

func openLive(t *testing.T, fx atstest.LiveFixture, k atstest.Knobs) *liveAPI {
	t.Helper()
	return routeLive(t, fx, fx.Open(t, k))
}

// routeLive puts the router in front of l; when the test ends it checks
// that no credential reached the router's logs.
func routeLive(t *testing.T, fx atstest.LiveFixture, l atstest.Live) *liveAPI {
	t.Helper()
	cfg := Config("live")
	cfg.Provider = fx.Name
	a := &liveAPI{Live: l, fx: fx, api: New(l.Provider, cfg)}
	t.Cleanup(func() {
		for _, s := range a.credentials() {
			if strings.Contains(a.api.Logs.String(), s) {
				t.Errorf("a credential appears in the router's logs")
			}
		}
	})
	return a
}

// credentials are the secrets of the provider and every credential sent
// to its fake so far (an access token, say).
func (a *liveAPI) credentials() []string {
	out := slices.Clone(a.Secrets)
	for _, r := range a.Fake.Served() {
		if _, c, ok := strings.Cut(r.Authorization, " "); ok && c != "" {
			out = append(out, c)
		}
	}
	return out
}

// do sends one request through the router under ctx, and checks that the
// response says the provider and live mode, and carries no credential.
func (a *liveAPI) do(t testing.TB, ctx context.Context, method, target, body string) Response {
	t.Helper()
	r := a.api.Send(t, NewRequest(ctx, method, target, body))
	if r.Env.Provider != a.fx.Name || r.Env.Mode != "live" {
		t.Errorf("%s %s: provider %q mode %q, want %s live", method, target, r.Env.Provider, r.Env.Mode, a.fx.Name)
	}
	for _, s := range a.credentials() {
		if s != "" && bytes.Contains(r.Body, []byte(s)) {
			t.Errorf("%s %s: the response carries a credential", method, target)
		}
	}
	return r
}

// candidateBody is in as POST /candidates takes it.
func candidateBody(in ats.CandidateInput) string {
	b := fmt.Sprintf(`{"name":%q,"email":%q`, in.Name, in.Email)
	if in.JobID != "" {
		b += fmt.Sprintf(`,"job_id":%q`, in.JobID)
	}
	return b + "}"
}

type idOnly struct {
	ID string `json:"id"`
}

func liveEveryRoute(t *testing.T, fx atstest.LiveFixture) {
	a := openLive(t, fx, atstest.Knobs{})
	c := atstest.Context(t)

	r := a.do(t, c, "GET", "/dev/jobs?limit=5&status=open", "")
	r.Want(t, 200, "")
	var jobs []idOnly
	r.Data(t, &jobs)
	if len(jobs) != 5 || jobs[0].ID != a.JobID || !r.Env.Meta.HasMore || r.Env.Meta.NextCursor == nil || r.Env.Meta.Total != nil {
		t.Errorf("GET /jobs: got %s; want 5 jobs from %s, more, a cursor, no total", r.Body, a.JobID)
	}
	a.do(t, c, "GET", "/dev/jobs?limit=5&status=open&cursor="+url.QueryEscape(*r.Env.Meta.NextCursor), "").Want(t, 200, "")

	r = a.do(t, c, "GET", "/jobs/"+a.JobID+"?include=raw", "")
	r.Want(t, 200, "")
	var job struct {
		ID          string         `json:"id"`
		Description *string        `json:"description"`
		Raw         map[string]any `json:"raw"`
	}
	r.Data(t, &job)
	if job.ID != a.JobID || job.Description == nil || job.Raw[a.RawKey] == nil || a.RawValue != "" && job.Raw[a.RawKey] != a.RawValue {
		t.Errorf("GET /jobs/{id}: got %s", r.Body)
	}

	r = a.do(t, c, "POST", "/dev/candidates", candidateBody(a.Create))
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
		t.Fatalf("application_ids: got %v, want the new application", cand.ApplicationIDs)
	}

	r = a.do(t, c, "GET", "/candidates?email="+url.QueryEscape(strings.ToUpper(a.Create.Email)), "")
	r.Want(t, 200, "")
	var found []idOnly
	r.Data(t, &found)
	if len(found) != 1 || found[0].ID != cand.ID {
		t.Errorf("GET /candidates?email: got %s", r.Body)
	}
	a.do(t, c, "GET", "/candidates/"+cand.ID+"?include=raw", "").Want(t, 200, "")
	a.do(t, c, "GET", "/candidates?job_id="+a.JobID+"&limit=3", "").Want(t, 200, "")
	a.do(t, c, "GET", "/dev/candidates?limit=3", "").Want(t, 200, "")

	r = a.do(t, c, "POST", "/applications", `{"candidate_id":"`+cand.ID+`","job_id":"`+a.OtherJob+`"}`)
	r.Want(t, 201, "")
	var app ats.Application
	r.Data(t, &app)
	if app.JobID != a.OtherJob || app.Stage.Kind != ats.StageApplied || r.Header.Get("Location") != "/applications/"+app.ID {
		t.Errorf("POST /applications: got %s, Location %q", r.Body, r.Header.Get("Location"))
	}

	r = a.do(t, c, "GET", "/dev/applications?job_id="+a.JobID+"&stage=applied&status=active", "")
	r.Want(t, 200, "")
	var apps []idOnly
	r.Data(t, &apps)
	if !slices.Contains(apps, idOnly{cand.ApplicationIDs[0]}) {
		t.Errorf("GET /applications: the new application %s is missing from %s", cand.ApplicationIDs[0], r.Body)
	}
	a.do(t, c, "GET", "/applications/"+app.ID+"?include=raw", "").Want(t, 200, "")
	r = a.do(t, c, "GET", "/dev/applications?page=1&limit=10", "")
	r.Want(t, 200, "")
	if r.Env.Meta.Page == nil || *r.Env.Meta.Page != 1 || !r.Env.Meta.HasMore {
		t.Errorf("page mode: meta %+v", r.Env.Meta)
	}

	before := a.Fake.Count("", "")
	a.do(t, c, "GET", "/healthz", "").Want(t, 200, "")
	if a.Fake.Count("", "") != before {
		t.Errorf("/healthz called %s", fx.Name)
	}

	livePipeline(t, a, cand.ApplicationIDs[0])
}

// livePipeline drives the pipeline routes through the router: the job's
// stages, a move of the application (in JobID) to a stage, refusals of
// bad input, a rejection with a reason and a note, refusals while it is
// rejected, a restore, and the rejection reasons.
func livePipeline(t *testing.T, a *liveAPI, app string) {
	t.Helper()
	c := atstest.Context(t)
	p := a.Pipeline
	r := a.do(t, c, "GET", "/dev/jobs/"+a.JobID+"/stages", "")
	r.Want(t, 200, "")
	var stages []ats.JobStage
	r.Data(t, &stages)
	if len(stages) != p.Stages || !slices.Contains(stages, p.Stage) || r.Env.Meta != nil {
		t.Fatalf("GET /jobs/{id}/stages: %s, want %d stages, %+v among them", r.Body, p.Stages, p.Stage)
	}
	a.do(t, c, "GET", "/jobs/"+a.UnknownJob+"/stages", "").Want(t, 404, "NOT_FOUND")

	r = a.do(t, c, "POST", "/dev/applications/"+app+"/move", `{"stage_id":"`+p.Stage.ID+`"}`)
	r.Want(t, 200, "")
	var moved ats.Application
	r.Data(t, &moved)
	if moved.Stage.ID != p.Stage.ID || moved.Stage.Kind != p.Stage.Kind {
		t.Errorf("moved: %s", r.Body)
	}
	a.do(t, c, "POST", "/applications/"+app+"/move", `{"stage_id":"9999999"}`).WantError(t, 400, "INPUT_INVALID", "stage_id")
	if p.ReasonRequired {
		a.do(t, c, "POST", "/applications/"+app+"/reject", `{}`).WantError(t, 400, "INPUT_INVALID", "reason_id")
	}
	if !p.Notifies {
		a.do(t, c, "POST", "/applications/"+app+"/reject", `{"reason_id":"`+p.Reason.ID+`","notify_candidate":true}`).Want(t, 501, "NOT_SUPPORTED")
	}

	r = a.do(t, c, "POST", "/dev/applications/"+app+"/reject", `{"reason_id":"`+p.Reason.ID+`","note":"Not this time."}`)
	r.Want(t, 200, "")
	var rejected ats.Application
	r.Data(t, &rejected)
	if rejected.Status != p.Rejected || rejected.RejectedAt == nil || rejected.Stage.ID != p.Stage.ID {
		t.Errorf("rejected: %s, want %s at %s", r.Body, p.Rejected, p.Stage.ID)
	}
	a.do(t, c, "POST", "/applications/"+app+"/move", `{"stage_id":"`+p.Stage.ID+`"}`).Want(t, 409, "APPLICATION_CLOSED")
	a.do(t, c, "POST", "/applications/"+app+"/reject", `{"reason_id":"`+p.Reason.ID+`"}`).Want(t, 409, "APPLICATION_CLOSED")

	r = a.do(t, c, "POST", "/dev/applications/"+app+"/restore", "")
	r.Want(t, 200, "")
	var restored ats.Application
	r.Data(t, &restored)
	if restored.Status != ats.ApplicationActive || restored.Stage.ID != p.Stage.ID {
		t.Errorf("restored: %s", r.Body)
	}
	r = a.do(t, c, "GET", "/dev/rejection_reasons", "")
	r.Want(t, 200, "")
	var reasons []ats.RejectionReason
	r.Data(t, &reasons)
	if !slices.Contains(reasons, p.Reason) || r.Env.Meta != nil {
		t.Errorf("GET /rejection_reasons lacks %+v: %s", p.Reason, r.Body)
	}
}

// liveCursorWalk walks the jobs through the API: every job once, in the
// provider's order, one upstream call a page; a cursor is tied to its
// filters; page mode walks from the start, and as far as it reaches.
func liveCursorWalk(t *testing.T, fx atstest.LiveFixture) {
	a := openLive(t, fx, atstest.Knobs{})
	if len(a.Jobs) < 30 {
		t.Fatalf("the fake holds %d jobs, want at least 30", len(a.Jobs))
	}
	a.Fake.ResetRequests()
	var got []string
	for _, j := range Walk[ats.Job](t, a.api, "/dev/jobs", 7) {
		got = append(got, j.ID)
	}
	pages := (len(got) + 6) / 7 // every page full but the last (Walk's rule)
	if !slices.Equal(got, a.Jobs) {
		t.Errorf("walked %v\nwant %v (each once, in order)", got, a.Jobs)
	}
	if calls := a.Fake.Count("GET", fx.ListPath); calls != pages {
		t.Errorf("got %d upstream calls for %d pages, want one per page", calls, pages)
	}

	r := a.do(t, atstest.Context(t), "GET", "/jobs?limit=5&status=open", "")
	r.Want(t, 200, "")
	a.do(t, atstest.Context(t), "GET", "/jobs?limit=5&status=closed&cursor="+url.QueryEscape(*r.Env.Meta.NextCursor), "").Want(t, 400, "CURSOR_INVALID")

	r = a.do(t, atstest.Context(t), "GET", "/jobs?limit=10&page=3", "")
	r.Want(t, 200, "")
	var items []idOnly
	r.Data(t, &items)
	if len(items) != 10 || items[0].ID != a.Jobs[20] || r.Env.Meta.Page == nil || *r.Env.Meta.Page != 3 {
		t.Errorf("page 3: got %s", r.Body)
	}
	for page := 2; ; page++ {
		r := a.do(t, atstest.Context(t), "GET", fmt.Sprintf("/jobs?limit=100&page=%d", page), "")
		if r.Status == 400 {
			r.WantError(t, 400, "INPUT_INVALID", "page")
			break
		}
		r.Want(t, 200, "")
		if page > 100 {
			t.Fatal("page mode reaches past 10,000 records")
		}
	}
}

// liveErrors: what a caller sees when the provider refuses, cannot find,
// limits, is slow, fails or answers garbage.
func liveErrors(t *testing.T, fx atstest.LiveFixture) {
	tests := []struct {
		name     string
		knobs    atstest.Knobs
		deadline time.Duration
		fault    func(l atstest.Live) *fake.Fault
		method   string
		target   func(l atstest.Live) string
		body     func(l atstest.Live) string
		status   int
		code     string
		check    func(t *testing.T, a *liveAPI, r Response)
	}{
		{name: "wrong credentials", knobs: atstest.Knobs{WrongCredentials: true}, method: "GET", status: 502, code: "UPSTREAM_AUTH_FAILED",
			check: func(t *testing.T, _ *liveAPI, r Response) {
				if !strings.Contains(r.Env.Message, fx.WrongText) {
					t.Errorf("message %q does not carry %s's %q", r.Env.Message, fx.Name, fx.WrongText)
				}
			}},
		{name: "a refusal", fault: func(atstest.Live) *fake.Fault { f := fx.Refusal; f.Path = fx.ListPath; return &f },
			method: "GET", status: 502, code: "UPSTREAM_AUTH_FAILED",
			check: func(t *testing.T, _ *liveAPI, r Response) {
				if !strings.Contains(r.Env.Message, fx.RefusalText) {
					t.Errorf("message %q does not carry %s's", r.Env.Message, fx.Name)
				}
			}},
		{name: "unknown job", method: "GET", target: func(l atstest.Live) string { return "/jobs/" + l.UnknownJob }, status: 404, code: "NOT_FOUND"},
		{name: "unknown application", method: "GET", target: func(l atstest.Live) string { return "/applications/" + l.UnknownApplication }, status: 404, code: "NOT_FOUND"},
		{name: "duplicate email", method: "POST",
			body: func(l atstest.Live) string {
				return candidateBody(ats.CandidateInput{Name: "Dup Person", Email: strings.ToUpper(l.Existing.Email), JobID: l.ExistingJob})
			},
			status: 409, code: "CANDIDATE_EXISTS",
			check: func(t *testing.T, a *liveAPI, r Response) {
				if len(r.Env.Details) != 1 || r.Env.Details[0].ExistingID != a.Existing.ID {
					t.Errorf("details: got %s, want the existing id %s", r.Body, a.Existing.ID)
				}
			}},
		{name: "closed job", method: "POST",
			body: func(l atstest.Live) string {
				return candidateBody(ats.CandidateInput{Name: "Late Person", Email: "late@example.com", JobID: l.ClosedJob})
			},
			status: 409, code: "JOB_NOT_OPEN"},
		{name: "rate limited past the waiting budget", fault: func(atstest.Live) *fake.Fault {
			return &fake.Fault{Path: fx.ListPath, Status: 429, Header: http.Header{"Retry-After": {"60"}}}
		},
			method: "GET", status: 503, code: "UPSTREAM_RATE_LIMITED",
			check: func(t *testing.T, _ *liveAPI, r Response) {
				if got := r.Header.Get("Retry-After"); got != "60" {
					t.Errorf("Retry-After: got %q, want 60", got)
				}
			}},
		{name: "upstream slower than the deadline", deadline: 300 * time.Millisecond,
			fault: func(atstest.Live) *fake.Fault {
				return &fake.Fault{Path: fx.ListPath, Delay: 5 * time.Second, Times: 5}
			},
			method: "GET", status: 504, code: "UPSTREAM_TIMEOUT"},
		{name: "upstream slower than the per-call timeout", knobs: atstest.Knobs{Timeout: 100 * time.Millisecond},
			fault: func(atstest.Live) *fake.Fault {
				return &fake.Fault{Path: fx.ListPath, Delay: 5 * time.Second, Times: 5}
			},
			method: "GET", status: 504, code: "UPSTREAM_TIMEOUT"},
		{name: "malformed JSON", fault: func(atstest.Live) *fake.Fault { return &fake.Fault{Path: fx.ListPath, Malformed: true} },
			method: "GET", status: 502, code: "UPSTREAM_UNAVAILABLE"},
		{name: "500 then 200 on a GET", fault: func(atstest.Live) *fake.Fault { return &fake.Fault{Path: fx.ListPath, Status: 500} },
			method: "GET", status: 200,
			check: func(t *testing.T, a *liveAPI, _ Response) {
				if n := a.Fake.Count("GET", fx.ListPath); n != 2 {
					t.Errorf("got %d upstream calls, want 2", n)
				}
			}},
		{name: "500 on a POST", fault: func(l atstest.Live) *fake.Fault { return &fake.Fault{Method: "POST", Path: l.CreatePath, Status: 500} },
			method: "POST", body: func(l atstest.Live) string { return candidateBody(l.Create) }, status: 502, code: "UPSTREAM_UNAVAILABLE",
			check: func(t *testing.T, a *liveAPI, r Response) {
				if n := a.Fake.Count("POST", a.CreatePath); n != 1 {
					t.Errorf("got %d POSTs, want 1 (not retried)", n)
				}
				if !strings.Contains(r.Env.Message, "may have been applied") {
					t.Errorf("message %q does not warn that the write may have happened", r.Env.Message)
				}
			}},
		{name: "the provider's validation", fault: func(l atstest.Live) *fake.Fault { f := fx.Invalid; f.Method, f.Path = "POST", l.CreatePath; return &f },
			method: "POST", body: func(l atstest.Live) string { return candidateBody(l.Create) }, status: 422, code: "UPSTREAM_REJECTED",
			check: func(t *testing.T, _ *liveAPI, r Response) {
				said := strings.Contains(r.Env.Message, fx.InvalidSays)
				for _, d := range r.Env.Details {
					said = said || strings.Contains(d.Problem, fx.InvalidSays)
				}
				if !said {
					t.Errorf("got %s, want %s's words %q", r.Body, fx.Name, fx.InvalidSays)
				}
				if fx.InvalidField != "" && (len(r.Env.Details) != 1 || r.Env.Details[0].Field != fx.InvalidField) {
					t.Errorf("details: got %s, want %s", r.Body, fx.InvalidField)
				}
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := openLive(t, fx, tt.knobs)
			c := atstest.Context(t)
			target := "/jobs"
			if tt.target != nil {
				target = tt.target(a.Live)
			}
			if tt.method == "POST" {
				target = "/candidates"
			}
			body := ""
			if tt.body != nil {
				body = tt.body(a.Live)
			}
			if tt.fault != nil {
				// Fill the lookups (a token, the job's state), so that the
				// fault meets the request under test.
				if _, err := a.Provider.Job(c, a.JobID, ats.ReadOptions{}); err != nil {
					t.Fatal(err)
				}
				a.Fake.ResetRequests()
				a.Fake.Inject(*tt.fault(a.Live))
			}
			if tt.deadline > 0 {
				var cancel context.CancelFunc
				c, cancel = context.WithTimeout(c, tt.deadline)
				defer cancel()
			}
			r := a.do(t, c, tt.method, target, body)
			r.Want(t, tt.status, tt.code)
			if tt.check != nil {
				tt.check(t, a, r)
			}
		})
	}
}

// liveBurst: concurrent API calls share the one client's rate gate, and
// the provider never answers 429, whatever the interleaving.
func liveBurst(t *testing.T, fx atstest.LiveFixture) {
	if fx.Slow != "" && testing.Short() {
		t.Skip(fx.Slow)
	}
	p, up := fx.Burst(t)
	a := routeLive(t, fx, atstest.Live{Provider: p, Fake: up})
	up.ResetRequests()
	var wg sync.WaitGroup
	statuses := make(chan int, fx.BurstSize)
	for i := range fx.BurstSize {
		wg.Go(func() {
			r := a.do(t, atstest.Context(t), "GET", fmt.Sprintf("/jobs?limit=%d", 1+i%10), "")
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
	if n := up.RateLimited(); n != 0 {
		t.Errorf("%s answered 429 %d times, want 0", fx.Name, n)
	}
	if n := up.Count("GET", fx.ListPath); n != fx.BurstSize {
		t.Errorf("got %d upstream calls, want %d", n, fx.BurstSize)
	}
}
