package router_test

import (
	"context"
	"strconv"
	"strings"
	"testing"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/router/routertest"
)

// known is a provider that knows job_063, cand_001 and app_0001 (sample
// records) and nothing else: every other id is NOT_FOUND.
func known() *routertest.Provider {
	p := routertest.Answering(nil)
	p.JobFn = func(_ context.Context, id string, _ ats.ReadOptions) (ats.Job, error) {
		if id != "job_063" {
			return ats.Job{}, ats.NotFound("job", id)
		}
		j := routertest.SampleJob()
		j.Description = new("<p>Own our payments services.</p>")
		return j, nil
	}
	p.CandidateFn = func(_ context.Context, id string, _ ats.ReadOptions) (ats.Candidate, error) {
		if id != "cand_001" {
			return ats.Candidate{}, ats.NotFound("candidate", id)
		}
		c := routertest.SampleCandidate()
		c.ID = id
		return c, nil
	}
	p.ApplicationFn = func(_ context.Context, id string, _ ats.ReadOptions) (ats.Application, error) {
		if id != "app_0001" {
			return ats.Application{}, ats.NotFound("application", id)
		}
		x := routertest.SampleApplication()
		x.ID = id
		return x, nil
	}
	return p
}

// TestHeadAnswersLikeGet checks that HEAD on a GET route gets GET's status
// and headers without the body (uptime checks and curl -I use it), and
// that 404s and 405s stay what GET would get.
func TestHeadAnswersLikeGet(t *testing.T) {
	a := newAPI(known())
	for _, path := range []string{"/jobs", "/dev/jobs?status=open&limit=3", "/jobs/job_063", "/candidates/cand_001", "/applications?page=2", "/healthz", "/dev/openapi.json", "/jobs/job_999", "/jobs?limit=0", "/nowhere"} {
		t.Run(path, func(t *testing.T) {
			get, head := a.Do(t, "GET", path, ""), a.Do(t, "HEAD", path, "")
			if head.Status != get.Status {
				t.Errorf("HEAD %s: got status %d, want GET's %d", path, head.Status, get.Status)
			}
			for _, h := range []string{"Content-Type", "Content-Length", "Cache-Control", "X-Content-Type-Options"} {
				if head.Header.Get(h) != get.Header.Get(h) {
					t.Errorf("HEAD %s: %s got %q, want GET's %q", path, h, head.Header.Get(h), get.Header.Get(h))
				}
			}
			if n, _ := strconv.Atoi(head.Header.Get("Content-Length")); n != len(get.Body) {
				t.Errorf("HEAD %s: Content-Length %d, want the GET body's %d bytes", path, n, len(get.Body))
			}
		})
	}
	res := a.Do(t, "HEAD", "/candidates", "")
	if res.Status != 200 {
		t.Errorf("HEAD /candidates: got %d, want 200 (the GET list)", res.Status)
	}
}

// TestTrailingSlash checks the choice for /jobs/: a 404, so each resource
// has one URL and a POST is never redirected, whose message names the path
// to use.
func TestTrailingSlash(t *testing.T) {
	a := newAPI(known())
	tests := []struct{ method, path, hint string }{
		{"GET", "/jobs/", "/jobs."},
		{"GET", "/dev/jobs/", "/dev/jobs."},
		{"GET", "/dev/jobs/job_063/", "/dev/jobs/job_063."},
		{"POST", "/dev/candidates/", "/dev/candidates."},
		{"GET", "/healthz//", "/healthz."},
	}
	for _, tt := range tests {
		t.Run(tt.method+" "+tt.path, func(t *testing.T) {
			res := a.Do(t, tt.method, tt.path, `{"name":"Slash","email":"slash@example.com"}`)
			res.WantError(t, 404, "NOT_FOUND", "")
			if !strings.Contains(res.Env.Message, "trailing slash: "+tt.hint) {
				t.Errorf("message: got %q, want it to point to %s", res.Env.Message, tt.hint)
			}
		})
	}
	res := a.Do(t, "GET", "/nowhere/", "")
	res.WantError(t, 404, "NOT_FOUND", "")
	if strings.Contains(res.Env.Message, "trailing slash") {
		t.Errorf("message for a path that is no route either way: got %q, want no slash hint", res.Env.Message)
	}
}

// TestMessagesNameThePathSent checks that 404 and 405 messages quote the
// path the client sent, stage prefix included, and that an escaped '/'
// after the stage name is not taken for the prefix.
func TestMessagesNameThePathSent(t *testing.T) {
	a := newAPI(known())
	tests := []struct {
		method, path string
		status       int
		code, quote  string
	}{
		{"GET", "/dev/nowhere", 404, "NOT_FOUND", "GET /dev/nowhere;"},
		{"GET", "/dev", 404, "NOT_FOUND", "GET /dev;"},
		{"GET", "/dev%2Fjobs", 404, "NOT_FOUND", "GET /dev%2Fjobs;"},
		{"DELETE", "/dev/jobs/job_063", 405, "METHOD_NOT_ALLOWED", "DELETE is not allowed on /dev/jobs/job_063;"},
	}
	for _, tt := range tests {
		t.Run(tt.method+" "+tt.path, func(t *testing.T) {
			res := a.Do(t, tt.method, tt.path, "")
			res.WantError(t, tt.status, tt.code, "")
			if !strings.Contains(res.Env.Message, tt.quote) {
				t.Errorf("message: got %q, want it to contain %q", res.Env.Message, tt.quote)
			}
		})
	}
}

// TestStagePrefix checks that routes answer at the root and under the stage
// prefix, matched as a whole segment.
func TestStagePrefix(t *testing.T) {
	a := newAPI(known())
	for _, path := range []string{"/jobs/job_063", "/dev/jobs/job_063"} {
		res := a.Do(t, "GET", path, "")
		var j ats.Job
		res.Data(t, &j)
		if res.Status != 200 || j.ID != "job_063" || j.Description == nil || *j.Description == "" {
			t.Errorf("GET %s: %d, job %q; want job_063 with a description", path, res.Status, j.ID)
		}
	}
	for _, path := range []string{"/devjobs", "/devices", "/dev", "/dev/", "/dev/dev/jobs", "/prod/jobs", "/jobs/job_063/extra", "/"} {
		a.Do(t, "GET", path, "").WantError(t, 404, "NOT_FOUND", "")
	}
}

// TestHealthAndDocument checks /healthz and /openapi.json.
func TestHealthAndDocument(t *testing.T) {
	a := newAPI(known())
	var h struct{ Status, Provider, Mode, Version string }
	a.Do(t, "GET", "/healthz", "").Data(t, &h)
	if h.Status != "ok" || h.Provider != "workable" || h.Mode != "preview" || h.Version != "test" {
		t.Errorf("healthz = %+v", h)
	}
	res := a.Do(t, "GET", "/dev/openapi.json", "")
	if res.Status != 200 || !strings.Contains(string(res.Body), `"openapi"`) {
		t.Errorf("GET /dev/openapi.json: %d", res.Status)
	}
}

// TestServiceRoutesRefuseParameters checks that /healthz and /openapi.json
// refuse query parameters as every other route does: none of them takes
// any, so a parameter there is a mistake worth naming.
func TestServiceRoutesRefuseParameters(t *testing.T) {
	a := newAPI(known())
	for _, tt := range []struct{ method, path, field string }{
		{"GET", "/healthz?verbose=1", "verbose"},
		{"GET", "/dev/healthz?include=raw", "include"},
		{"HEAD", "/healthz?x", ""},
		{"GET", "/openapi.json?format=yaml", "format"},
		{"GET", "/dev/openapi.json?q=R;D", "q"},
	} {
		res := a.Do(t, tt.method, tt.path, "")
		if tt.method == "HEAD" {
			if res.Status != 400 {
				t.Errorf("HEAD %s: got %d, want 400", tt.path, res.Status)
			}
			continue
		}
		res.WantError(t, 400, "INPUT_INVALID", tt.field)
	}
}
