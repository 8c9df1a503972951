package router_test

import (
	"fmt"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/atsbridge/atsbridge/ats"
)

// TestListFilters checks that every filter returns only matching items and
// that an unfiltered list is larger than a filtered one.
func TestListFilters(t *testing.T) {
	forEachStore(t, func(t *testing.T, kind string) {
		a := newAPI(t, kind)
		all := a.count("/jobs")
		if all < 120 {
			t.Fatalf("seed has %d jobs, want at least 120", all)
		}
		var job ats.Job
		a.do("GET", "/jobs/job_063", "").data(t, &job)

		jobChecks := []struct {
			query string
			ok    func(ats.Job) bool
		}{
			{"status=open", func(j ats.Job) bool { return j.Status == ats.JobOpen }},
			{"status=closed,archived", func(j ats.Job) bool { return j.Status == ats.JobClosed || j.Status == ats.JobArchived }},
			{"status=draft&status=closed", func(j ats.Job) bool { return j.Status == ats.JobDraft || j.Status == ats.JobClosed }},
			{"department=" + url.QueryEscape(strings.ToUpper(*job.Department)), func(j ats.Job) bool { return strings.EqualFold(*j.Department, *job.Department) }},
			{"location=" + url.QueryEscape(*job.Location.City), func(j ats.Job) bool {
				return strings.EqualFold(j.Location.Text, *job.Location.City) || (j.Location.City != nil && strings.EqualFold(*j.Location.City, *job.Location.City))
			}},
			{"q=" + url.QueryEscape(strings.ToLower(strings.Fields(job.Title)[0])), func(j ats.Job) bool {
				return strings.Contains(strings.ToLower(j.Title), strings.ToLower(strings.Fields(job.Title)[0]))
			}},
			{"created_after=" + job.CreatedAt.Format(time.RFC3339), func(j ats.Job) bool { return j.CreatedAt.After(job.CreatedAt) }},
			{"updated_after=" + job.UpdatedAt.Format(time.RFC3339), func(j ats.Job) bool { return j.UpdatedAt.After(job.UpdatedAt) }},
		}
		for _, c := range jobChecks {
			items := walk[ats.Job](t, a, "/jobs?"+c.query, 50)
			if len(items) == 0 || len(items) >= all {
				t.Errorf("GET /jobs?%s: %d of %d jobs; want a proper subset", c.query, len(items), all)
			}
			for _, j := range items {
				if !c.ok(j) {
					t.Errorf("GET /jobs?%s returned non-matching job %s", c.query, j.ID)
				}
			}
		}

		var app ats.Application
		a.do("GET", "/applications/app_0001", "").data(t, &app)
		appChecks := []struct {
			query string
			ok    func(ats.Application) bool
		}{
			{"job_id=" + app.JobID, func(x ats.Application) bool { return x.JobID == app.JobID }},
			{"candidate_id=" + app.CandidateID, func(x ats.Application) bool { return x.CandidateID == app.CandidateID }},
			{"stage=interview,offer", func(x ats.Application) bool {
				return x.Stage.Kind == ats.StageInterview || x.Stage.Kind == ats.StageOffer
			}},
			{"status=rejected", func(x ats.Application) bool { return x.Status == ats.ApplicationRejected && x.RejectedAt != nil }},
			{"status=hired&stage=hired", func(x ats.Application) bool { return x.Status == ats.ApplicationHired && x.HiredAt != nil }},
			{"created_after=" + app.AppliedAt.Format(time.RFC3339), func(x ats.Application) bool { return x.AppliedAt.After(app.AppliedAt) }},
		}
		for _, c := range appChecks {
			items := walk[ats.Application](t, a, "/applications?"+c.query, 100)
			if len(items) == 0 {
				t.Errorf("GET /applications?%s: no items", c.query)
			}
			for _, x := range items {
				if !c.ok(x) {
					t.Errorf("GET /applications?%s returned non-matching %s", c.query, x.ID)
				}
			}
		}

		var cand ats.Candidate
		a.do("GET", "/candidates/cand_002", "").data(t, &cand)
		got := walk[ats.Candidate](t, a, "/candidates?email="+url.QueryEscape(strings.ToUpper(cand.Email)), 20)
		if len(got) != 1 || got[0].ID != "cand_002" {
			t.Errorf("GET /candidates?email=<upper-cased>: %d items, want cand_002", len(got))
		}
		for _, c := range walk[ats.Candidate](t, a, "/candidates?job_id="+app.JobID, 100) {
			found := false
			for _, id := range c.ApplicationIDs {
				var x ats.Application
				a.do("GET", "/applications/"+id, "").data(t, &x)
				found = found || x.JobID == app.JobID
			}
			if !found {
				t.Errorf("GET /candidates?job_id=%s returned %s, who has no application to it", app.JobID, c.ID)
			}
		}
	})
}

// walk follows next_cursor from the first page and returns every item,
// failing on a repeated id.
func walk[T interface {
	ats.Job | ats.Application | ats.Candidate
}](t *testing.T, a *testAPI, path string, limit int) []T {
	t.Helper()
	sep := "?"
	if strings.Contains(path, "?") {
		sep = "&"
	}
	var out []T
	seen := map[string]bool{}
	target := fmt.Sprintf("%s%slimit=%d", path, sep, limit)
	for range 1000 {
		res := a.do("GET", target, "")
		if res.Status != 200 {
			t.Fatalf("GET %s: %d %s", target, res.Status, res.Body)
		}
		var items []T
		res.data(t, &items)
		if len(items) > limit {
			t.Fatalf("GET %s: %d items over limit %d", target, len(items), limit)
		}
		for _, it := range items {
			id := idOf(it)
			if seen[id] {
				t.Fatalf("GET %s: %s repeated", path, id)
			}
			seen[id] = true
			out = append(out, it)
		}
		if !res.Env.Meta.HasMore {
			if res.Env.Meta.NextCursor != nil {
				t.Errorf("last page has a next_cursor")
			}
			return out
		}
		if len(items) < limit {
			t.Errorf("GET %s: a page with more to come has %d < %d items", target, len(items), limit)
		}
		target = fmt.Sprintf("%s%slimit=%d&cursor=%s", path, sep, limit, *res.Env.Meta.NextCursor)
	}
	t.Fatalf("walk of %s did not end", path)
	return nil
}

func idOf(v any) string {
	switch x := v.(type) {
	case ats.Job:
		return x.ID
	case ats.Application:
		return x.ID
	case ats.Candidate:
		return x.ID
	}
	return ""
}

// TestPagingWalks checks that page and cursor walks agree with total and
// never skip or repeat a row, also while candidates are being created.
func TestPagingWalks(t *testing.T) {
	forEachStore(t, func(t *testing.T, kind string) {
		a := newAPI(t, kind)
		total := a.count("/applications")
		byCursor := walk[ats.Application](t, a, "/applications", 37)
		if len(byCursor) != total {
			t.Errorf("cursor walk saw %d applications, total says %d", len(byCursor), total)
		}

		seen := map[string]bool{}
		for page := 1; ; page++ {
			res := a.do("GET", fmt.Sprintf("/applications?page=%d&limit=100", page), "")
			var items []ats.Application
			res.data(t, &items)
			for _, x := range items {
				if seen[x.ID] {
					t.Fatalf("page %d repeats %s", page, x.ID)
				}
				seen[x.ID] = true
			}
			if !res.Env.Meta.HasMore {
				break
			}
		}
		if len(seen) != total {
			t.Errorf("page walk saw %d applications, want %d", len(seen), total)
		}
		past := a.do("GET", fmt.Sprintf("/applications?page=%d&limit=100", total/100+5), "")
		var none []ats.Application
		past.data(t, &none)
		if len(none) != 0 || past.Env.Meta.HasMore {
			t.Errorf("page past the end: %d items, has_more %v", len(none), past.Env.Meta.HasMore)
		}

		// Walk candidates while another goroutine keeps adding some: every
		// candidate that existed before the walk is seen exactly once.
		before := walk[ats.Candidate](t, a, "/candidates", 100)
		var wg sync.WaitGroup
		stop := make(chan struct{})
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; ; i++ {
				select {
				case <-stop:
					return
				default:
				}
				body := fmt.Sprintf(`{"name":"Walker %d","email":"walker.%d@example.org","job_id":"job_063"}`, i, i)
				if res := a.do("POST", "/candidates", body); res.Status != 201 {
					t.Errorf("concurrent create: %d %s", res.Status, res.Body)
					return
				}
			}
		}()
		during := walk[ats.Candidate](t, a, "/candidates", 13)
		close(stop)
		wg.Wait()
		seenNow := map[string]bool{}
		for _, c := range during {
			seenNow[c.ID] = true
		}
		for _, c := range before {
			if !seenNow[c.ID] {
				t.Errorf("walk during writes skipped %s", c.ID)
			}
		}
	})
}

// TestConflicts checks the sandbox's rules through the API.
func TestConflicts(t *testing.T) {
	forEachStore(t, func(t *testing.T, kind string) {
		a := newAPI(t, kind)
		var closed []ats.Job
		a.do("GET", "/jobs?status=closed&limit=1", "").data(t, &closed)
		var drafts []ats.Job
		a.do("GET", "/jobs?status=draft&limit=1", "").data(t, &drafts)
		if len(closed) != 1 || len(drafts) != 1 {
			t.Fatalf("seed lacks closed or draft jobs")
		}
		var c2 ats.Candidate
		a.do("GET", "/candidates/cand_002", "").data(t, &c2)

		res := a.do("POST", "/candidates", fmt.Sprintf(`{"name":"Dup","email":%q}`, strings.ToUpper(c2.Email)))
		res.wantError(t, 409, "CANDIDATE_EXISTS", "")
		if len(res.Env.Details) == 0 || res.Env.Details[0].ExistingID != "cand_002" {
			t.Errorf("CANDIDATE_EXISTS details = %+v, want existing_id cand_002", res.Env.Details)
		}

		before := a.count("/candidates")
		for _, j := range []ats.Job{closed[0], drafts[0]} {
			a.do("POST", "/candidates", fmt.Sprintf(`{"name":"Late Applicant","email":"late@example.com","job_id":%q}`, j.ID)).wantError(t, 409, "JOB_NOT_OPEN", "")
			a.do("POST", "/applications", fmt.Sprintf(`{"candidate_id":"cand_002","job_id":%q}`, j.ID)).wantError(t, 409, "JOB_NOT_OPEN", "")
		}
		if got := a.count("/candidates"); got != before {
			t.Errorf("a refused create-with-job left %d candidates, want %d", got, before)
		}
		if n := len(walk[ats.Candidate](t, a, "/candidates?email=late@example.com", 10)); n != 0 {
			t.Errorf("refused candidate is listed (%d)", n)
		}
		// The email is still free afterwards.
		if res := a.do("POST", "/candidates", `{"first_name":"Late","last_name":"Applicant","email":"late@example.com","tags":["x"]}`); res.Status != 201 {
			t.Errorf("email not free after a refused create: %d %s", res.Status, res.Body)
		}

		var app ats.Application
		a.do("GET", "/applications/app_0001", "").data(t, &app)
		res = a.do("POST", "/applications", fmt.Sprintf(`{"candidate_id":%q,"job_id":%q}`, app.CandidateID, app.JobID))
		if res.Status == 409 && res.Env.Code == "APPLICATION_EXISTS" {
			if len(res.Env.Details) == 0 || res.Env.Details[0].ExistingID != app.ID {
				t.Errorf("APPLICATION_EXISTS details = %+v, want existing_id %s", res.Env.Details, app.ID)
			}
		} else if res.Status != 409 {
			t.Errorf("re-applying %s to %s: %d %s", app.CandidateID, app.JobID, res.Status, res.Body)
		}
	})
}

// TestIncludeRaw checks ?include=raw adds the provider's own object.
func TestIncludeRaw(t *testing.T) {
	forEachStore(t, func(t *testing.T, kind string) {
		a := newAPI(t, kind)
		var j map[string]any
		a.do("GET", "/jobs/job_063", "").data(t, &j)
		if _, ok := j["raw"]; ok {
			t.Errorf("raw present without include=raw")
		}
		a.do("GET", "/jobs/job_063?include=raw", "").data(t, &j)
		if raw, ok := j["raw"].(map[string]any); !ok || len(raw) == 0 {
			t.Errorf("include=raw: raw = %v", j["raw"])
		}
		var list []map[string]any
		a.do("GET", "/applications?include=raw&limit=2", "").data(t, &list)
		for _, x := range list {
			if _, ok := x["raw"].(map[string]any); !ok {
				t.Errorf("list include=raw: item lacks raw")
			}
		}
	})
}
