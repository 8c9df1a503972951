package router_test

import (
	"testing"

	"github.com/atsbridge/atsbridge/ats"
)

// The end-to-end set: the router over the real preview sandbox on the
// memory store, for what only the whole can show.

// TestREADMEExamples runs the four examples of the README verbatim against
// a fresh sandbox, with the headers curl and PowerShell send.
func TestREADMEExamples(t *testing.T) {
	for _, client := range []struct{ name, contentType string }{
		{"curl", "application/json"},
		{"Invoke-RestMethod", "application/json; charset=utf-8"},
	} {
		t.Run(client.name, func(t *testing.T) {
			a := newSandboxAPI(t)
			ct := []string{"Content-Type", client.contentType}

			res := a.Do(t, "GET", "/dev/jobs", "")
			if res.Status != 200 || !res.Env.Success || res.Env.Provider != "workable" || res.Env.Mode != "preview" {
				t.Fatalf("GET /dev/jobs: %d %s", res.Status, res.Body)
			}
			var jobs []ats.Job
			res.Data(t, &jobs)
			if len(jobs) != 20 || res.Env.Meta.Limit != 20 || !res.Env.Meta.HasMore || res.Env.Meta.NextCursor == nil {
				t.Fatalf("GET /dev/jobs: got %d jobs, meta %+v; want 20 with more", len(jobs), res.Env.Meta)
			}
			for _, j := range jobs {
				if j.ID == "" || j.Title == "" || j.Description != nil {
					t.Errorf("list job %+v: want id and title, and no description in lists", j)
				}
			}

			res = a.Do(t, "POST", "/dev/candidates", `{"job_id":"job_063","name":"Karan","email":"karan@example.com"}`, ct...)
			if res.Status != 201 {
				t.Fatalf("POST /dev/candidates: %d %s", res.Status, res.Body)
			}
			var cand ats.Candidate
			res.Data(t, &cand)
			if cand.Name != "Karan" || cand.FirstName != "Karan" || cand.Email != "karan@example.com" || len(cand.ApplicationIDs) != 1 {
				t.Errorf("created candidate = %+v; want Karan with one application", cand)
			}
			if loc := res.Header.Get("Location"); loc != "/dev/candidates/"+cand.ID {
				t.Errorf("Location = %q, want /dev/candidates/%s", loc, cand.ID)
			}
			var app ats.Application
			a.Do(t, "GET", "/dev/applications/"+cand.ApplicationIDs[0], "").Data(t, &app)
			if app.JobID != "job_063" || app.CandidateID != cand.ID || app.Stage.Kind != ats.StageApplied || app.Status != ats.ApplicationActive {
				t.Errorf("application of the new candidate = %+v; want job_063, applied, active", app)
			}

			res = a.Do(t, "POST", "/dev/applications", `{"candidate_id":"cand_001","job_id":"job_063"}`, ct...)
			if res.Status != 201 {
				t.Fatalf("POST /dev/applications: %d %s", res.Status, res.Body)
			}
			res.Data(t, &app)
			if app.CandidateID != "cand_001" || app.JobID != "job_063" || app.Stage.Kind != ats.StageApplied || app.Status != ats.ApplicationActive {
				t.Errorf("POST /dev/applications = %+v", app)
			}
			if loc := res.Header.Get("Location"); loc != "/dev/applications/"+app.ID {
				t.Errorf("Location = %q, want /dev/applications/%s", loc, app.ID)
			}

			res = a.Do(t, "GET", "/dev/applications?page=1&limit=10", "")
			if res.Status != 200 {
				t.Fatalf("GET /dev/applications?page=1&limit=10: %d %s", res.Status, res.Body)
			}
			var apps []ats.Application
			res.Data(t, &apps)
			if len(apps) != 10 || res.Env.Meta.Page == nil || *res.Env.Meta.Page != 1 || res.Env.Meta.Limit != 10 || !res.Env.Meta.HasMore {
				t.Errorf("page 1: %d items, meta %+v", len(apps), res.Env.Meta)
			}

			// The same examples a second time are conflicts, not duplicates.
			a.Do(t, "POST", "/dev/candidates", `{"job_id":"job_063","name":"Karan","email":"KARAN@example.com"}`, ct...).WantError(t, 409, "CANDIDATE_EXISTS", "")
			a.Do(t, "POST", "/dev/applications", `{"candidate_id":"cand_001","job_id":"job_063"}`, ct...).WantError(t, 409, "APPLICATION_EXISTS", "")
		})
	}
}
