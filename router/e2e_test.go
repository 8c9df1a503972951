package router_test

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/preview"
	"github.com/atsbridge/atsbridge/router/routertest"
	"github.com/atsbridge/atsbridge/store/sqlite"
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

// openSQLiteSandbox is the router over the preview sandbox on a fresh
// SQLite file.
func openSQLiteSandbox(t *testing.T) *routertest.API {
	t.Helper()
	s, err := sqlite.Open(context.Background(), t.TempDir()+"/preview.db")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Close() })
	return newSandboxAPIOn(t, s)
}

// TestCancelledRequestsOnSQLite sends every route a request whose client
// has already gone: the sandbox's SQLite store fails each with the
// driver's own error, and each must be the access log's 499 at INFO,
// never an INTERNAL, with nothing written.
func TestCancelledRequestsOnSQLite(t *testing.T) {
	a := openSQLiteSandbox(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	routes := []struct{ method, path, body string }{
		{"GET", "/jobs?status=open", ""},
		{"GET", "/jobs/job_063", ""},
		{"GET", "/candidates?email=karan@example.com", ""},
		{"GET", "/candidates/cand_001", ""},
		{"GET", "/applications?page=2", ""},
		{"GET", "/applications/app_0001", ""},
		{"POST", "/candidates", `{"job_id":"job_063","name":"Karan","email":"karan@example.com"}`},
		{"POST", "/applications", `{"candidate_id":"cand_001","job_id":"job_063"}`},
		{"GET", "/jobs/job_001/stages", ""},
		{"GET", "/rejection_reasons", ""},
		{"POST", "/applications/app_0001/move", `{"stage_id":"stg_interview"}`},
		{"POST", "/applications/app_0001/reject", `{}`},
		{"POST", "/applications/app_0002/restore", ""},
	}
	for _, rt := range routes {
		rec := httptest.NewRecorder()
		a.Handler.ServeHTTP(rec, routertest.NewRequest(ctx, rt.method, rt.path, rt.body))
		if rec.Code != 499 || !strings.Contains(rec.Body.String(), `"code":"REQUEST_CANCELED"`) {
			t.Errorf("%s %s: got %d %s, want 499 REQUEST_CANCELED", rt.method, rt.path, rec.Code, rec.Body)
		}
	}
	for _, l := range a.Logs.Records(t, "") {
		if l["msg"] != "request" || l["level"] != "INFO" || l["status"] != float64(499) {
			t.Errorf("log line %v, want only access lines at INFO with status 499", l)
		}
	}
	var found []ats.Candidate
	a.Do(t, "GET", "/candidates?email=karan@example.com", "").Data(t, &found)
	var apps []ats.Application
	a.Do(t, "GET", "/applications?candidate_id=cand_001&job_id=job_063", "").Data(t, &apps)
	if len(found) != 0 || len(apps) != 0 {
		t.Errorf("cancelled creates wrote %d candidates and %d applications, want none", len(found), len(apps))
	}
	before := preview.SeedData().Applications[0]
	var after ats.Application
	a.Do(t, "GET", "/applications/app_0001", "").Data(t, &after)
	if after.Stage != before.Stage || after.Status != before.Status || !after.UpdatedAt.Equal(before.UpdatedAt) {
		t.Errorf("cancelled actions changed app_0001 from %+v to %+v, want nothing changed", before, after)
	}
}

// TestHangUpsUnderLoadOnSQLite is the report's experiment: many requests
// over real HTTP to the sandbox on SQLite, each abandoned by its client as
// soon as the server has it, so the cancellation lands wherever the
// request's work then is (a query, a write transaction, the answer).
// Whatever was interrupted, the log shows no server error.
func TestHangUpsUnderLoadOnSQLite(t *testing.T) {
	a := openSQLiteSandbox(t)
	var mu sync.Mutex
	cancels := map[string]context.CancelFunc{}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		cancel := cancels[r.Header.Get("X-Request-Id")]
		mu.Unlock()
		cancel()
		a.Handler.ServeHTTP(w, r)
	}))
	var wg sync.WaitGroup
	for i := range 60 {
		method, path, body := "GET", fmt.Sprintf("/applications?limit=100&page=%d", 1+i%9), ""
		if i%3 == 0 {
			method, path, body = "POST", "/candidates", fmt.Sprintf(`{"job_id":"job_063","name":"Hang Up","email":"hang.up.%d@example.org"}`, i)
		}
		ctx, cancel := context.WithCancel(context.Background())
		id := fmt.Sprintf("hang-up-%04d", i)
		mu.Lock()
		cancels[id] = cancel
		mu.Unlock()
		req := routertest.NewRequest(ctx, method, srv.URL+path, body, "X-Request-Id", id)
		req.RequestURI = ""
		wg.Go(func() {
			if res, err := srv.Client().Do(req); err == nil {
				_, _ = io.Copy(io.Discard, res.Body)
				_ = res.Body.Close()
			}
		})
	}
	wg.Wait()
	srv.Close() // waits for the handlers still running
	statuses := map[float64]int{}
	for _, l := range a.Logs.Records(t, "") {
		if l["level"] != "INFO" {
			t.Errorf("log line at %v: %v", l["level"], l)
		}
		if s, _ := l["status"].(float64); s >= 500 {
			t.Errorf("access line with status %v: %v", s, l)
		}
		statuses[l["status"].(float64)]++
	}
	if n := len(a.Logs.Records(t, "request")); n != 60 {
		t.Errorf("got %d access lines, want one for each of the 60 requests", n)
	}
	t.Logf("statuses: %v", statuses)
}
