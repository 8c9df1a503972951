package router_test

import (
	"strings"
	"testing"

	"github.com/atsbridge/atsbridge/ats"
)

// TestREADMEExamples runs the four examples of the README verbatim against
// a fresh sandbox, on every store.
func TestREADMEExamples(t *testing.T) {
	forEachStore(t, func(t *testing.T, kind string) {
		a := newAPI(t, kind)

		res := a.do("GET", "/dev/jobs", "")
		if res.Status != 200 || !res.Env.Success || res.Env.Provider != "workable" || res.Env.Mode != "preview" {
			t.Fatalf("GET /dev/jobs: %d %s", res.Status, res.Body)
		}
		var jobs []ats.Job
		res.data(t, &jobs)
		if len(jobs) != 20 || res.Env.Meta.Limit != 20 || !res.Env.Meta.HasMore || res.Env.Meta.NextCursor == nil {
			t.Fatalf("GET /dev/jobs: got %d jobs, meta %+v; want 20 with more", len(jobs), res.Env.Meta)
		}
		for _, j := range jobs {
			if j.ID == "" || j.Title == "" || j.Description != nil {
				t.Errorf("list job %+v: want id and title, and no description in lists", j)
			}
		}

		res = a.do("POST", "/dev/candidates", `{"job_id":"job_063","name":"Karan","email":"karan@example.com"}`)
		if res.Status != 201 {
			t.Fatalf("POST /dev/candidates: %d %s", res.Status, res.Body)
		}
		var cand ats.Candidate
		res.data(t, &cand)
		if cand.Name != "Karan" || cand.FirstName != "Karan" || cand.Email != "karan@example.com" || len(cand.ApplicationIDs) != 1 {
			t.Errorf("created candidate = %+v; want Karan with one application", cand)
		}
		if loc := res.Header.Get("Location"); loc != "/dev/candidates/"+cand.ID {
			t.Errorf("Location = %q, want /dev/candidates/%s", loc, cand.ID)
		}
		var app ats.Application
		a.do("GET", "/dev/applications/"+cand.ApplicationIDs[0], "").data(t, &app)
		if app.JobID != "job_063" || app.CandidateID != cand.ID || app.Stage.Kind != ats.StageApplied || app.Status != ats.ApplicationActive {
			t.Errorf("application of the new candidate = %+v; want job_063, applied, active", app)
		}

		res = a.do("POST", "/dev/applications", `{"candidate_id":"cand_001","job_id":"job_063"}`)
		if res.Status != 201 {
			t.Fatalf("POST /dev/applications: %d %s", res.Status, res.Body)
		}
		res.data(t, &app)
		if app.CandidateID != "cand_001" || app.JobID != "job_063" || app.Stage.Kind != ats.StageApplied || app.Status != ats.ApplicationActive {
			t.Errorf("POST /dev/applications = %+v", app)
		}
		if loc := res.Header.Get("Location"); loc != "/dev/applications/"+app.ID {
			t.Errorf("Location = %q, want /dev/applications/%s", loc, app.ID)
		}

		res = a.do("GET", "/dev/applications?page=1&limit=10", "")
		if res.Status != 200 {
			t.Fatalf("GET /dev/applications?page=1&limit=10: %d %s", res.Status, res.Body)
		}
		var apps []ats.Application
		res.data(t, &apps)
		if len(apps) != 10 || res.Env.Meta.Page == nil || *res.Env.Meta.Page != 1 || res.Env.Meta.Limit != 10 || !res.Env.Meta.HasMore {
			t.Errorf("page 1: %d items, meta %+v", len(apps), res.Env.Meta)
		}

		// The same examples a second time are conflicts, not duplicates.
		a.do("POST", "/dev/candidates", `{"job_id":"job_063","name":"Karan","email":"KARAN@example.com"}`).wantError(t, 409, "CANDIDATE_EXISTS", "")
		a.do("POST", "/dev/applications", `{"candidate_id":"cand_001","job_id":"job_063"}`).wantError(t, 409, "APPLICATION_EXISTS", "")
	})
}

// TestStagePrefix checks that routes answer at the root and under the stage
// prefix, matched as a whole segment.
func TestStagePrefix(t *testing.T) {
	forEachStore(t, func(t *testing.T, kind string) {
		a := newAPI(t, kind)
		for _, path := range []string{"/jobs/job_063", "/dev/jobs/job_063"} {
			res := a.do("GET", path, "")
			var j ats.Job
			res.data(t, &j)
			if res.Status != 200 || j.ID != "job_063" || j.Description == nil || *j.Description == "" {
				t.Errorf("GET %s: %d, job %q; want job_063 with a description", path, res.Status, j.ID)
			}
		}
		for _, path := range []string{"/devjobs", "/devices", "/dev", "/dev/", "/dev/dev/jobs", "/prod/jobs", "/jobs/job_063/extra", "/"} {
			a.do("GET", path, "").wantError(t, 404, "NOT_FOUND", "")
		}
	})
}

// TestHealthAndDocument checks /healthz and /openapi.json.
func TestHealthAndDocument(t *testing.T) {
	forEachStore(t, func(t *testing.T, kind string) {
		a := newAPI(t, kind)
		var h struct{ Status, Provider, Mode, Version string }
		a.do("GET", "/healthz", "").data(t, &h)
		if h.Status != "ok" || h.Provider != "workable" || h.Mode != "preview" || h.Version != "test" {
			t.Errorf("healthz = %+v", h)
		}
		res := a.do("GET", "/dev/openapi.json", "")
		if res.Status != 200 || !strings.Contains(string(res.Body), `"openapi"`) {
			t.Errorf("GET /dev/openapi.json: %d", res.Status)
		}
	})
}
