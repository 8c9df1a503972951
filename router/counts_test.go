package router_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/router/routertest"
)

// countedJob is a job as GET /jobs?include=counts lists it.
type countedJob struct {
	ats.Job
	ApplicationCounts *struct {
		Active int  `json:"active"`
		Exact  bool `json:"exact"`
	} `json:"application_counts"`
}

// TestJobsIncludeCountsOnTheSandbox checks the counts a dashboard shows
// beside each job against the applications the API lists for it, before
// and after a new application.
func TestJobsIncludeCountsOnTheSandbox(t *testing.T) {
	a := newSandboxAPI(t)
	counts := func(target string) map[string]int {
		t.Helper()
		res := a.Do(t, "GET", target, "")
		res.Want(t, 200, "")
		var jobs []countedJob
		res.Data(t, &jobs)
		out := map[string]int{}
		for _, j := range jobs {
			if j.ApplicationCounts == nil || !j.ApplicationCounts.Exact {
				t.Fatalf("GET %s: job %s has counts %+v, want exact counts", target, j.ID, j.ApplicationCounts)
			}
			out[j.ID] = j.ApplicationCounts.Active
		}
		return out
	}
	before := counts("/dev/jobs?q=engineer&include=counts&limit=100")
	if len(before) < 3 {
		t.Fatalf("only %d engineering jobs; the test wants several", len(before))
	}
	some := false
	for id, n := range before {
		active := routertest.Walk[ats.Application](t, a, "/dev/applications?status=active&job_id="+id, 100)
		if n != len(active) {
			t.Errorf("%s: counts say %d active applications, the list has %d", id, n, len(active))
		}
		some = some || n > 0
	}
	if !some {
		t.Errorf("every count is 0; the seed has active applications on engineering jobs")
	}

	a.Do(t, "POST", "/dev/candidates", `{"job_id":"job_063","name":"Counted Once","email":"counted.once@example.com"}`).Want(t, 201, "")
	after := counts("/dev/jobs?q=" + queryTitle(t, a, "job_063") + "&include=counts")
	was := routertest.Walk[ats.Application](t, a, "/dev/applications?status=active&job_id=job_063", 100)
	if after["job_063"] != len(was) {
		t.Errorf("job_063 after a new application: count %d, list %d", after["job_063"], len(was))
	}

	res := a.Do(t, "GET", "/dev/jobs?limit=3", "")
	if strings.Contains(string(res.Body), "application_counts") {
		t.Errorf("GET /jobs without include=counts carries counts:\n%s", res.Body)
	}
}

// queryTitle returns the title of a job, percent-encoded for ?q=.
func queryTitle(t *testing.T, a *routertest.API, id string) string {
	t.Helper()
	var j ats.Job
	a.Do(t, "GET", "/dev/jobs/"+id, "").Data(t, &j)
	return strings.ReplaceAll(j.Title, " ", "%20")
}

// countingProvider lists two jobs and serves per job the applications
// given, without totals (as live providers do), recording every query.
func countingProvider(apps map[string][]ats.Application, queries *[]ats.ApplicationQuery, mu *sync.Mutex) *routertest.Provider {
	jobs := []ats.Job{routertest.SampleJob(), routertest.SampleJob()}
	jobs[0].ID, jobs[1].ID = "job_a", "job_b"
	return &routertest.Provider{
		ListJobsFn: func(_ context.Context, q ats.JobQuery) (ats.Page[ats.Job], error) {
			return routertest.Slice(jobs, q.Window)
		},
		ListApplicationsFn: func(_ context.Context, q ats.ApplicationQuery) (ats.Page[ats.Application], error) {
			mu.Lock()
			*queries = append(*queries, q)
			mu.Unlock()
			p, err := routertest.Slice(apps[q.JobID], q.Window)
			p.Total = nil
			return p, err
		},
	}
}

func manyApplications(n int) []ats.Application {
	out := make([]ats.Application, n)
	for i := range out {
		out[i] = routertest.SampleApplication()
		out[i].ID = fmt.Sprintf("app_%04d", i+1)
	}
	return out
}

// TestJobsCountsReadPagesWithoutTotals: where the provider reports no
// total, the counts come from reading the active applications, 100 a page,
// and stop after ten pages with exact false.
func TestJobsCountsReadPagesWithoutTotals(t *testing.T) {
	for _, tc := range []struct {
		name       string
		n          int
		want       int
		exact      bool
		wantCalls  int
		wantStatus []ats.ApplicationStatus
	}{
		{"none", 0, 0, true, 1, []ats.ApplicationStatus{ats.ApplicationActive}},
		{"three pages", 250, 250, true, 3, []ats.ApplicationStatus{ats.ApplicationActive}},
		{"exactly ten pages", 1000, 1000, true, 10, []ats.ApplicationStatus{ats.ApplicationActive}},
		{"more than ten pages", 1001, 1000, false, 10, []ats.ApplicationStatus{ats.ApplicationActive}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var queries []ats.ApplicationQuery
			var mu sync.Mutex
			a := newAPI(countingProvider(map[string][]ats.Application{"job_a": manyApplications(tc.n)}, &queries, &mu))
			res := a.Do(t, "GET", "/dev/jobs?include=counts", "")
			res.Want(t, 200, "")
			var jobs []countedJob
			res.Data(t, &jobs)
			if len(jobs) != 2 || jobs[0].ApplicationCounts == nil || jobs[1].ApplicationCounts == nil {
				t.Fatalf("got %s, want two jobs with counts", res.Body)
			}
			if c := jobs[0].ApplicationCounts; c.Active != tc.want || c.Exact != tc.exact {
				t.Errorf("job_a counts %+v, want active %d exact %v", *c, tc.want, tc.exact)
			}
			if c := jobs[1].ApplicationCounts; c.Active != 0 || !c.Exact {
				t.Errorf("job_b counts %+v, want 0 exact", *c)
			}
			calls := 0
			for _, q := range queries {
				if !slices.Equal(q.Statuses, tc.wantStatus) || q.Limit != ats.MaxLimit || q.Page != 0 {
					t.Errorf("query %+v: want status active, limit %d, cursor mode", q, ats.MaxLimit)
				}
				if q.JobID == "job_a" {
					calls++
				}
			}
			if calls != tc.wantCalls {
				t.Errorf("%d list calls for job_a, want %d", calls, tc.wantCalls)
			}
		})
	}
}

// TestJobsCountsFailure: a provider failure while counting is the answer,
// never a page of zeros.
func TestJobsCountsFailure(t *testing.T) {
	p := routertest.Answering(nil)
	p.ListApplicationsFn = func(context.Context, ats.ApplicationQuery) (ats.Page[ats.Application], error) {
		return ats.Page[ats.Application]{}, ats.Errorf(ats.CodeUpstreamUnavailable, "Workable answered 503.")
	}
	res := newAPI(p).Do(t, "GET", "/dev/jobs?include=counts", "")
	res.WantError(t, 502, "UPSTREAM_UNAVAILABLE", "")
}

// TestIncludeValues: /jobs takes raw and counts, alone or together, and a
// cursor serves with or without them; other routes still take raw only.
func TestIncludeValues(t *testing.T) {
	a := newSandboxAPI(t)
	res := a.Do(t, "GET", "/dev/jobs?include=raw,counts&limit=2", "")
	res.Want(t, 200, "")
	var jobs []countedJob
	res.Data(t, &jobs)
	for _, j := range jobs {
		if len(j.Raw) == 0 || j.ApplicationCounts == nil {
			t.Errorf("include=raw,counts: job %s has raw %d bytes, counts %v; want both", j.ID, len(j.Raw), j.ApplicationCounts)
		}
	}

	next := *res.Env.Meta.NextCursor
	plain := a.Do(t, "GET", "/dev/jobs?limit=2&cursor="+next, "")
	counted := a.Do(t, "GET", "/dev/jobs?limit=2&include=counts&cursor="+next, "")
	plain.Want(t, 200, "")
	counted.Want(t, 200, "")
	var p1, p2 []countedJob
	plain.Data(t, &p1)
	counted.Data(t, &p2)
	if len(p1) != 2 || len(p2) != 2 || p1[0].ID != p2[0].ID || p1[1].ID != p2[1].ID || p2[0].ApplicationCounts == nil {
		t.Errorf("the same cursor with and without counts: %s / %s", plain.Body, counted.Body)
	}

	for _, tc := range []struct{ target, problem string }{
		{"/dev/jobs?include=bogus", "must be raw or counts, or several as a comma list"},
		{"/dev/jobs?include=counts,bogus", "must be raw or counts, or several as a comma list"},
		{"/dev/candidates?include=counts", "must be raw"},
		{"/dev/applications?include=raw,counts", "must be raw"},
	} {
		got := a.Do(t, "GET", tc.target, "").WantError(t, 400, "INPUT_INVALID", "include")
		if got != tc.problem {
			t.Errorf("GET %s: include problem %q, want %q", tc.target, got, tc.problem)
		}
	}
}

// TestJobsCountsUseTheProvidersTotal: a provider that reports a total is
// asked once per job, whatever the number.
func TestJobsCountsUseTheProvidersTotal(t *testing.T) {
	calls := 0
	var mu sync.Mutex
	p := routertest.Answering(nil)
	p.ListApplicationsFn = func(context.Context, ats.ApplicationQuery) (ats.Page[ats.Application], error) {
		mu.Lock()
		calls++
		mu.Unlock()
		n := 4321
		return ats.Page[ats.Application]{Items: manyApplications(100), HasMore: true, Next: "100", Total: &n}, nil
	}
	res := newAPI(p).Do(t, "GET", "/dev/jobs?include=counts", "")
	res.Want(t, 200, "")
	var jobs []countedJob
	res.Data(t, &jobs)
	if len(jobs) != 1 || jobs[0].ApplicationCounts == nil || jobs[0].ApplicationCounts.Active != 4321 || !jobs[0].ApplicationCounts.Exact || calls != 1 {
		t.Errorf("got %s after %d list calls; want active 4321, exact, from 1 call", res.Body, calls)
	}
}
