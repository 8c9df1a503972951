package router_test

import (
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/atsbridge/atsbridge/ats"
)

// TestMalformedQueryIsRefused checks that a query pair Go's url.ParseQuery
// would silently drop (a ';', a stray '%', bytes that are not UTF-8) is
// refused and named, rather than answered with an unfiltered list. These
// are router decisions, so one store is enough.
func TestMalformedQueryIsRefused(t *testing.T) {
	a := newAPI(t, "sqlite")
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
			res := a.do("GET", tt.path, "")
			res.wantError(t, 400, "INPUT_INVALID", tt.field)
			for _, d := range res.Env.Details {
				if d.Field == tt.field && !strings.Contains(d.Problem, tt.problem) {
					t.Errorf("detail %q: got %q, want it to mention %q", d.Field, d.Problem, tt.problem)
				}
			}
		})
	}
	// Encoded, the same characters are ordinary text.
	for _, path := range []string{"/jobs?q=R%3BD", "/jobs?q=50%25", "/jobs?q=S%C3%A3o"} {
		if res := a.do("GET", path, ""); res.Status != 200 {
			t.Errorf("GET %s: got %d, want 200\n%s", path, res.Status, res.Body)
		}
	}
}

// TestUnencodedPlusInQuery checks the two filters where a '+' typed into a
// URL matters: an email address with a +tag, and a UTC offset. Both reach
// the server as a space, and both mean what the caller typed.
func TestUnencodedPlusInQuery(t *testing.T) {
	forEachStore(t, func(t *testing.T, kind string) {
		a := newAPI(t, kind)
		res := a.do("POST", "/candidates", `{"name":"Karan Test","email":"karan+test@example.com"}`)
		if res.Status != 201 {
			t.Fatalf("create: got %d, want 201\n%s", res.Status, res.Body)
		}
		var created ats.Candidate
		res.data(t, &created)
		for _, path := range []string{
			"/candidates?email=karan+test@example.com",
			"/candidates?email=KARAN+TEST@example.com",
			"/candidates?email=" + url.QueryEscape("karan+test@example.com"),
		} {
			var got []ats.Candidate
			a.do("GET", path, "").data(t, &got)
			if len(got) != 1 || got[0].ID != created.ID {
				t.Errorf("GET %s: got %d candidates, want %s", path, len(got), created.ID)
			}
		}

		var job ats.Job
		a.do("GET", "/jobs/job_063", "").data(t, &job)
		zulu := job.CreatedAt.UTC().Format(time.RFC3339)
		plus2 := job.CreatedAt.In(time.FixedZone("", 2*3600)).Format(time.RFC3339)
		want := a.count("/jobs?created_after=" + zulu)
		for _, v := range []string{plus2, url.QueryEscape(plus2)} {
			if got := a.count("/jobs?created_after=" + v); got != want {
				t.Errorf("created_after=%s: got %d jobs, want %d (as created_after=%s)", v, got, want, zulu)
			}
		}
	})
}

// TestCursorSurvivesEquivalentFilters checks that a cursor is tied to what
// the filters mean, not how they are spelt: text filters are
// case-insensitive and a date-time may use any offset, so sending the
// "same" filter differently continues the walk instead of CURSOR_INVALID.
func TestCursorSurvivesEquivalentFilters(t *testing.T) {
	a := newAPI(t, "sqlite")
	var job ats.Job
	a.do("GET", "/jobs/job_001", "").data(t, &job)
	zulu := url.QueryEscape(job.CreatedAt.UTC().Format(time.RFC3339))
	plus2 := url.QueryEscape(job.CreatedAt.In(time.FixedZone("", 2*3600)).Format(time.RFC3339))
	tests := []struct{ first, next string }{
		{"/jobs?department=Engineering&limit=3", "/jobs?department=ENGINEERING&limit=3"},
		{"/jobs?q=Engineer&location=berlin&limit=2", "/jobs?location=Berlin&q=engineer&limit=2"},
		{"/jobs?created_after=" + zulu + "&limit=5", "/jobs?created_after=" + plus2 + "&limit=5"},
	}
	for _, tt := range tests {
		t.Run(tt.first, func(t *testing.T) {
			first := a.do("GET", tt.first, "")
			if first.Status != 200 {
				t.Fatalf("GET %s: got %d, want 200\n%s", tt.first, first.Status, first.Body)
			}
			if first.Env.Meta.NextCursor == nil {
				t.Fatalf("GET %s: got a single page, want more to continue with", tt.first)
			}
			c := "&cursor=" + *first.Env.Meta.NextCursor
			same, other := a.do("GET", tt.first+c, ""), a.do("GET", tt.next+c, "")
			if other.Status != 200 || string(other.Env.Data) != string(same.Env.Data) {
				t.Errorf("GET %s with the cursor of %s: got %d %s, want the page %s", tt.next, tt.first, other.Status, other.Body, same.Env.Data)
			}
		})
	}
	// A filter that really differs still invalidates the cursor.
	first := a.do("GET", "/jobs?department=Engineering&limit=3", "")
	a.do("GET", "/jobs?department=Sales&limit=3&cursor="+*first.Env.Meta.NextCursor, "").wantError(t, 400, "CURSOR_INVALID", "")
}

// TestQueryOnPostIsRefused checks that a POST route, which takes its input
// in the body, refuses query parameters instead of ignoring them:
// POST /candidates?job_id=job_063 must not create a candidate without the
// application the caller asked for.
func TestQueryOnPostIsRefused(t *testing.T) {
	a := newAPI(t, "sqlite")
	candidates, applications := a.count("/candidates"), a.count("/applications")
	a.do("POST", "/candidates?job_id=job_063", `{"name":"Query Param","email":"query.param@example.com"}`).wantError(t, 400, "INPUT_INVALID", "job_id")
	a.do("POST", "/dev/applications?source=Referral", `{"candidate_id":"cand_001","job_id":"job_063"}`).wantError(t, 400, "INPUT_INVALID", "source")
	a.do("POST", "/candidates?x=1;y=2", `{"name":"Query Param","email":"query.param@example.com"}`).wantError(t, 400, "INPUT_INVALID", "x")
	if got := a.count("/candidates"); got != candidates {
		t.Errorf("candidates: got %d, want %d (nothing created)", got, candidates)
	}
	if got := a.count("/applications"); got != applications {
		t.Errorf("applications: got %d, want %d (nothing created)", got, applications)
	}
}
