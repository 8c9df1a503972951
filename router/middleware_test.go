package router_test

import (
	"context"
	"strings"
	"testing"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/router/routertest"
)

func TestMethodNotAllowed(t *testing.T) {
	a := newAPI(&routertest.Provider{})
	for path, allow := range map[string]string{
		"/jobs": "GET, HEAD", "/dev/jobs/job_063": "GET, HEAD", "/candidates": "GET, HEAD, POST", "/applications": "GET, HEAD, POST",
	} {
		for _, m := range []string{"DELETE", "PUT", "PATCH"} {
			res := a.Do(t, m, path, "")
			res.WantError(t, 405, "METHOD_NOT_ALLOWED", "")
			if got := res.Header.Get("Allow"); got != allow {
				t.Errorf("%s %s: Allow = %q, want %q", m, path, got, allow)
			}
		}
	}
	a.Do(t, "POST", "/jobs", `{}`).WantError(t, 405, "METHOD_NOT_ALLOWED", "")
}

func TestPanicBecomesInternalEnvelope(t *testing.T) {
	p := known()
	p.ListJobsFn = func(context.Context, ats.JobQuery) (ats.Page[ats.Job], error) {
		panic("boom: nil map in a provider")
	}
	a := newAPI(p)
	res := a.Do(t, "GET", "/jobs", "")
	res.WantError(t, 500, "INTERNAL", "")
	if strings.Contains(res.Env.Message, "boom") {
		t.Errorf("message leaks the panic: %q", res.Env.Message)
	}
	logs := a.Logs.String()
	if !strings.Contains(logs, res.Env.RequestID) || !strings.Contains(logs, "boom") {
		t.Errorf("panic not logged with request id %s:\n%s", res.Env.RequestID, logs)
	}
	// The server keeps serving.
	if res := a.Do(t, "GET", "/jobs/job_063", ""); res.Status != 200 {
		t.Errorf("after a panic: %d", res.Status)
	}
}

func TestRequestID(t *testing.T) {
	a := newAPI(known())
	res := a.Do(t, "GET", "/jobs/job_063", "", "X-Request-Id", "abc-123-def-456")
	if res.Env.RequestID != "abc-123-def-456" {
		t.Errorf("incoming X-Request-Id not kept: %q", res.Env.RequestID)
	}
	res = a.Do(t, "GET", "/jobs/job_063", "", "X-Request-Id", "bad id\nwith newline")
	if res.Env.RequestID == "" || strings.ContainsAny(res.Env.RequestID, " \n") {
		t.Errorf("malformed X-Request-Id not replaced: %q", res.Env.RequestID)
	}
	ids := map[string]bool{}
	for range 5 {
		ids[a.Do(t, "GET", "/nowhere", "").Env.RequestID] = true
	}
	if len(ids) != 5 {
		t.Errorf("request ids not unique: %v", ids)
	}
}

// TestAccessLog checks one line per request with the fields an operator
// needs, and that no email or body reaches the log.
func TestAccessLog(t *testing.T) {
	p := known()
	p.CreateCandidateFn = func(context.Context, ats.CandidateInput) (ats.Candidate, error) {
		return routertest.SampleCandidate(), nil
	}
	p.ListCandidatesFn = func(context.Context, ats.CandidateQuery) (ats.Page[ats.Candidate], error) {
		return ats.Page[ats.Candidate]{}, nil
	}
	a := newAPI(p)
	created := a.Do(t, "POST", "/dev/candidates", `{"name":"Secret Person","email":"secret.person@example.org","phone":"+15550001"}`)
	listed := a.Do(t, "GET", "/candidates?email=secret.person@example.org", "")
	a.Do(t, "GET", "/jobs/job_999", "")

	lines := a.Logs.Records(t, "request")
	if len(lines) != 3 {
		t.Fatalf("got %d access lines, want 3:\n%s", len(lines), a.Logs.String())
	}
	want := []struct {
		id, method, route string
		status            float64
	}{
		{created.Env.RequestID, "POST", "/candidates", 201},
		{listed.Env.RequestID, "GET", "/candidates", 200},
		{"", "GET", "/jobs/{id}", 404},
	}
	for i, w := range want {
		l := lines[i]
		if (w.id != "" && l["request_id"] != w.id) || l["method"] != w.method || l["route"] != w.route || l["status"] != w.status || l["level"] != "INFO" {
			t.Errorf("access line %d = %v, want %+v at INFO", i, l, w)
		}
		if _, ok := l["duration_ms"]; !ok {
			t.Errorf("access line %d lacks duration_ms", i)
		}
		if b, _ := l["bytes"].(float64); b <= 0 {
			t.Errorf("access line %d: bytes = %v", i, l["bytes"])
		}
	}
	for _, secret := range []string{"secret.person", "Secret Person", "+15550001"} {
		if strings.Contains(a.Logs.String(), secret) {
			t.Errorf("log contains personal data %q", secret)
		}
	}
}
