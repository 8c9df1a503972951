package router_test

import (
	"bufio"
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/atsbridge/atsbridge/ats"
)

func TestMethodNotAllowed(t *testing.T) {
	forEachStore(t, func(t *testing.T, kind string) {
		a := newAPI(t, kind)
		for path, allow := range map[string]string{
			"/jobs": "GET, HEAD", "/dev/jobs/job_063": "GET, HEAD", "/candidates": "GET, HEAD, POST", "/applications": "GET, HEAD, POST",
		} {
			for _, m := range []string{"DELETE", "PUT", "PATCH"} {
				res := a.do(m, path, "")
				res.wantError(t, 405, "METHOD_NOT_ALLOWED", "")
				if got := res.Header.Get("Allow"); got != allow {
					t.Errorf("%s %s: Allow = %q, want %q", m, path, got, allow)
				}
			}
		}
		a.do("POST", "/jobs", `{}`).wantError(t, 405, "METHOD_NOT_ALLOWED", "")
	})
}

// panicky is a provider whose ListJobs panics, to exercise the recovery
// middleware; everything else is the real sandbox.
type panicky struct{ ats.Provider }

func (panicky) ListJobs(context.Context, ats.JobQuery) (ats.Page[ats.Job], error) {
	panic("boom: nil map in a provider")
}

func TestPanicBecomesInternalEnvelope(t *testing.T) {
	forEachStore(t, func(t *testing.T, kind string) {
		a := newAPIWith(t, openStore(t, kind), func(p ats.Provider) ats.Provider { return panicky{p} })
		res := a.do("GET", "/jobs", "")
		res.wantError(t, 500, "INTERNAL", "")
		if strings.Contains(res.Env.Message, "boom") {
			t.Errorf("message leaks the panic: %q", res.Env.Message)
		}
		logs := a.logs.String()
		if !strings.Contains(logs, res.Env.RequestID) || !strings.Contains(logs, "boom") {
			t.Errorf("panic not logged with request id %s:\n%s", res.Env.RequestID, logs)
		}
		// The server keeps serving.
		if res := a.do("GET", "/jobs/job_063", ""); res.Status != 200 {
			t.Errorf("after a panic: %d", res.Status)
		}
	})
}

func TestRequestID(t *testing.T) {
	forEachStore(t, func(t *testing.T, kind string) {
		a := newAPI(t, kind)
		res := a.do("GET", "/jobs?limit=1", "", "X-Request-Id", "abc-123-def-456")
		if res.Env.RequestID != "abc-123-def-456" {
			t.Errorf("incoming X-Request-Id not kept: %q", res.Env.RequestID)
		}
		res = a.do("GET", "/jobs?limit=1", "", "X-Request-Id", "bad id\nwith newline")
		if res.Env.RequestID == "" || strings.ContainsAny(res.Env.RequestID, " \n") {
			t.Errorf("malformed X-Request-Id not replaced: %q", res.Env.RequestID)
		}
		ids := map[string]bool{}
		for range 5 {
			ids[a.do("GET", "/nowhere", "").Env.RequestID] = true
		}
		if len(ids) != 5 {
			t.Errorf("request ids not unique: %v", ids)
		}
	})
}

// TestAccessLog checks one line per request with the fields an operator
// needs, and that no email or body reaches the log.
func TestAccessLog(t *testing.T) {
	forEachStore(t, func(t *testing.T, kind string) {
		a := newAPI(t, kind)
		created := a.do("POST", "/dev/candidates", `{"name":"Secret Person","email":"secret.person@example.org","phone":"+15550001"}`)
		listed := a.do("GET", "/candidates?email=secret.person@example.org", "")
		a.do("GET", "/jobs/job_999", "")

		var lines []map[string]any
		sc := bufio.NewScanner(strings.NewReader(a.logs.String()))
		for sc.Scan() {
			var m map[string]any
			if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
				t.Fatalf("log line is not JSON: %s", sc.Text())
			}
			if m["msg"] == "request" {
				lines = append(lines, m)
			}
		}
		if len(lines) != 3 {
			t.Fatalf("got %d access lines, want 3:\n%s", len(lines), a.logs.String())
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
			if (w.id != "" && l["request_id"] != w.id) || l["method"] != w.method || l["route"] != w.route || l["status"] != w.status {
				t.Errorf("access line %d = %v, want %+v", i, l, w)
			}
			if _, ok := l["duration_ms"]; !ok {
				t.Errorf("access line %d lacks duration_ms", i)
			}
			if b, _ := l["bytes"].(float64); b <= 0 {
				t.Errorf("access line %d: bytes = %v", i, l["bytes"])
			}
		}
		for _, secret := range []string{"secret.person", "Secret Person", "+15550001"} {
			if strings.Contains(a.logs.String(), secret) {
				t.Errorf("log contains personal data %q", secret)
			}
		}
	})
}
