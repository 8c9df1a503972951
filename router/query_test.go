package router_test

import (
	"context"
	"fmt"
	"net/url"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/router/routertest"
)

// TestMalformedQueryIsRefused checks that a query pair Go's url.ParseQuery
// would silently drop (a ';', a stray '%', bytes that are not UTF-8) is
// refused and named, rather than answered with an unfiltered list. These
// are router decisions: the provider is never asked.
func TestMalformedQueryIsRefused(t *testing.T) {
	p := known()
	p.ListJobsFn = jobs(numberedJobs(3), nil).ListJobsFn
	a := newAPI(p)
	tests := []struct {
		name, path, field, problem string
	}{
		{"semicolon in a value", "/jobs?q=R;D", "q", "%3B"},
		{"semicolon as a separator", "/jobs?status=closed;limit=1", "status", "%3B"},
		{"stray percent", "/jobs?q=50%", "q", "%25"},
		{"bad escape", "/dev/jobs?department=%ZZ", "department", "%25"},
		{"bad escape in the name", "/jobs?q%ZZ=1", "q%ZZ", "%25"},
		{"not UTF-8", "/jobs?location=%FF", "location", "UTF-8"},
		{"single read", "/jobs/job_063?include=raw;x", "include", "%3B"},
		{"email filter", "/candidates?email=a%ZZ@example.com", "email", "%25"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := a.Do(t, "GET", tt.path, "")
			res.WantError(t, 400, "INPUT_INVALID", tt.field)
			for _, d := range res.Env.Details {
				if d.Field == tt.field && !strings.Contains(d.Problem, tt.problem) {
					t.Errorf("detail %q: got %q, want it to mention %q", d.Field, d.Problem, tt.problem)
				}
			}
		})
	}
	// Encoded, the same characters are ordinary text.
	var got []ats.JobQuery
	a = newAPI(jobs(nil, &got))
	for _, path := range []string{"/jobs?q=R%3BD", "/jobs?q=50%25", "/jobs?q=S%C3%A3o"} {
		if res := a.Do(t, "GET", path, ""); res.Status != 200 {
			t.Errorf("GET %s: got %d, want 200\n%s", path, res.Status, res.Body)
		}
	}
	var qs []string
	for _, q := range got {
		qs = append(qs, q.Q)
	}
	if want := []string{"R;D", "50%", "São"}; !slices.Equal(qs, want) {
		t.Errorf("the provider got q = %q, want %q", qs, want)
	}
}

// TestCursorSurvivesEquivalentFilters checks that a cursor is tied to what
// the filters mean, not how they are spelt: text filters are
// case-insensitive and a date-time may use any offset, so sending the
// "same" filter differently continues the walk instead of CURSOR_INVALID.
func TestCursorSurvivesEquivalentFilters(t *testing.T) {
	p := jobs(numberedJobs(30), nil)
	cands := make([]ats.Candidate, 5)
	for i := range cands {
		cands[i] = routertest.SampleCandidate()
		cands[i].ID = fmt.Sprintf("cand_%03d", i+1)
	}
	p.ListCandidatesFn = func(_ context.Context, q ats.CandidateQuery) (ats.Page[ats.Candidate], error) {
		return routertest.Slice(cands, q.Window)
	}
	a := newAPI(p)
	created := time.Date(2026, 3, 4, 5, 6, 7, 0, time.UTC)
	zulu := url.QueryEscape(created.Format(time.RFC3339))
	plus2 := url.QueryEscape(created.In(time.FixedZone("", 2*3600)).Format(time.RFC3339))
	tests := []struct{ first, next string }{
		{"/jobs?department=Engineering&limit=3", "/jobs?department=ENGINEERING&limit=3"},
		{"/jobs?q=Engineer&location=berlin&limit=2", "/jobs?location=Berlin&q=engineer&limit=2"},
		{"/jobs?created_after=" + zulu + "&limit=5", "/jobs?created_after=" + plus2 + "&limit=5"},
		{"/candidates?email=Ana@B%C3%BCcher.example&limit=2", "/candidates?email=ana@xn--bcher-kva.EXAMPLE&limit=2"},
	}
	for _, tt := range tests {
		t.Run(tt.first, func(t *testing.T) {
			first := a.Do(t, "GET", tt.first, "")
			if first.Status != 200 {
				t.Fatalf("GET %s: got %d, want 200\n%s", tt.first, first.Status, first.Body)
			}
			if first.Env.Meta.NextCursor == nil {
				t.Fatalf("GET %s: got a single page, want more to continue with", tt.first)
			}
			c := "&cursor=" + *first.Env.Meta.NextCursor
			same, other := a.Do(t, "GET", tt.first+c, ""), a.Do(t, "GET", tt.next+c, "")
			if other.Status != 200 || string(other.Env.Data) != string(same.Env.Data) {
				t.Errorf("GET %s with the cursor of %s: got %d %s, want the page %s", tt.next, tt.first, other.Status, other.Body, same.Env.Data)
			}
		})
	}
	// A filter that really differs still invalidates the cursor.
	first := a.Do(t, "GET", "/jobs?department=Engineering&limit=3", "")
	a.Do(t, "GET", "/jobs?department=Sales&limit=3&cursor="+*first.Env.Meta.NextCursor, "").WantError(t, 400, "CURSOR_INVALID", "")
}

// TestQueryOnPostIsRefused checks that a POST route, which takes its input
// in the body, refuses query parameters instead of ignoring them:
// POST /candidates?job_id=job_063 must not create a candidate without the
// application the caller asked for.
func TestQueryOnPostIsRefused(t *testing.T) {
	a := newAPI(&routertest.Provider{}) // a create would be an unexpected call
	a.Do(t, "POST", "/candidates?job_id=job_063", `{"name":"Query Param","email":"query.param@example.com"}`).WantError(t, 400, "INPUT_INVALID", "job_id")
	a.Do(t, "POST", "/dev/applications?source=Referral", `{"candidate_id":"cand_001","job_id":"job_063"}`).WantError(t, 400, "INPUT_INVALID", "source")
	a.Do(t, "POST", "/candidates?x=1;y=2", `{"name":"Query Param","email":"query.param@example.com"}`).WantError(t, 400, "INPUT_INVALID", "x")
}
