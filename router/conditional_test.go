package router_test

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"strings"
	"testing"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/envelope"
	"github.com/atsbridge/atsbridge/router"
	"github.com/atsbridge/atsbridge/router/routertest"
)

// Conditional requests: every successful GET carries a strong ETag of its
// body, computed without the request id; If-None-Match with the current
// tag answers 304 without a body.

// readTargets has, for every GET route of the API, a request that answers
// 200 on a fresh sandbox (with a resume attached to cand_001).
var readTargets = map[string]string{
	"GET /jobs":                   "/jobs?limit=20",
	"GET /jobs/{id}":              "/dev/jobs/job_063",
	"GET /jobs/{id}/stages":       "/jobs/job_063/stages",
	"GET /candidates":             "/candidates?limit=100",
	"GET /candidates/{id}":        "/candidates/cand_001?include=raw",
	"GET /candidates/{id}/resume": "/candidates/cand_001/resume", // attached first
	"GET /applications":           "/applications?job_id=job_063&limit=20",
	"GET /applications/{id}":      "/applications/app_0001",
	"GET /rejection_reasons":      "/rejection_reasons",
	"GET /healthz":                "/healthz",
	"GET /openapi.json":           "/openapi.json",
}

func TestETagAndNotModified(t *testing.T) {
	a := newSandboxAPI(t)
	pdf := corpusFile(t, "resumes/chen-chromium-one.pdf")
	if res := a.Do(t, "POST", "/candidates/cand_001/resume", string(pdf), "Content-Type", "application/pdf"); res.Status >= 300 {
		t.Fatalf("attach a resume to cand_001: %d %s", res.Status, res.Body)
	}
	for _, route := range router.Routes() {
		if !strings.HasPrefix(route, "GET ") {
			continue
		}
		target, ok := readTargets[route]
		if !ok {
			t.Errorf("%s: no request in readTargets; add one that answers 200 on a fresh sandbox", route)
			continue
		}
		t.Run(target, func(t *testing.T) {
			first := a.Do(t, "GET", target, "")
			first.Want(t, 200, "")
			tag := first.Header.Get("ETag")
			if tag == "" {
				t.Fatalf("no ETag on GET %s", target)
			}
			// The tag is of the body without its request id, which every
			// request has its own of.
			if want := envelope.ETag(withoutRequestID(t, first.Body)); tag != want {
				t.Errorf("ETag %s, want %s (the body's, without request_id)", tag, want)
			}
			again := a.Do(t, "GET", target, "", "X-Request-Id", "poll-again-0001")
			if again.Header.Get("ETag") != tag {
				t.Errorf("second GET: ETag %s, want the unchanged %s", again.Header.Get("ETag"), tag)
			}

			for _, inm := range []string{tag, `"nope", ` + tag, "W/" + tag, `*`, `"a", W/"b",` + tag} {
				res := a.Do(t, "GET", target, "", "If-None-Match", inm, "X-Request-Id", "poll-with-tag-01")
				if res.Status != http.StatusNotModified || len(res.Body) != 0 {
					t.Fatalf("If-None-Match %s: got %d with %d bytes, want 304 without a body", inm, res.Status, len(res.Body))
				}
				if res.Header.Get("ETag") != tag || res.Header.Get("X-Request-Id") != "poll-with-tag-01" {
					t.Errorf("If-None-Match %s: 304 with ETag %q and X-Request-Id %q, want %s and the request's id",
						inm, res.Header.Get("ETag"), res.Header.Get("X-Request-Id"), tag)
				}
			}
			if res := a.Do(t, "HEAD", target, "", "If-None-Match", tag); res.Status != http.StatusNotModified {
				t.Errorf("HEAD with the current tag: %d, want 304", res.Status)
			}
			for _, inm := range []string{`"` + tag + `"`, `W/"other"`, tag[:len(tag)-1], "garbage " + tag} {
				res := a.Do(t, "GET", target, "", "If-None-Match", inm)
				if res.Status != http.StatusOK || !bytes.Equal(withoutRequestID(t, res.Body), withoutRequestID(t, first.Body)) {
					t.Errorf("If-None-Match %s: got %d, want 200 with the whole body", inm, res.Status)
				}
			}
		})
	}
}

// withoutRequestID is an envelope body with its request id emptied; other
// bodies (the OpenAPI document) as they are.
func withoutRequestID(t *testing.T, body []byte) []byte {
	t.Helper()
	var env struct {
		RequestID string `json:"request_id"`
	}
	if json.Unmarshal(body, &env) != nil || env.RequestID == "" {
		return body
	}
	return bytes.Replace(body, []byte(`"request_id":"`+env.RequestID+`"`), []byte(`"request_id":""`), 1)
}

// TestWriteChangesTags: a create changes the tag of every list and record
// it shows up in, and an old tag then gets the whole new answer; what it
// does not touch keeps its tag.
func TestWriteChangesTags(t *testing.T) {
	a := newSandboxAPI(t)
	changed := []string{
		"/candidates?limit=100",
		"/candidates?job_id=job_063",
		"/applications?limit=20&page=44", // the last page, where the new applications land
		"/applications?limit=20",         // its meta.total
		"/applications?job_id=job_063&limit=20",
		"/candidates/cand_001",
	}
	unchanged := []string{"/jobs?limit=20", "/jobs/job_063", "/candidates/cand_002", "/applications/app_0001"}
	tags := map[string]string{}
	for _, target := range append(changed, unchanged...) {
		res := a.Do(t, "GET", target, "")
		res.Want(t, 200, "")
		tags[target] = res.Header.Get("ETag")
	}

	a.Do(t, "POST", "/candidates", `{"job_id":"job_063","name":"Tag Changer","email":"tag.changer@example.com"}`).Want(t, 201, "")
	a.Do(t, "POST", "/applications", `{"candidate_id":"cand_001","job_id":"job_063"}`).Want(t, 201, "")

	for _, target := range changed {
		res := a.Do(t, "GET", target, "", "If-None-Match", tags[target])
		if res.Status != http.StatusOK || res.Header.Get("ETag") == tags[target] {
			t.Errorf("GET %s after the writes with the old tag: %d, ETag %s; want 200 with a new tag", target, res.Status, res.Header.Get("ETag"))
		}
	}
	for _, target := range unchanged {
		res := a.Do(t, "GET", target, "", "If-None-Match", tags[target])
		if res.Status != http.StatusNotModified {
			t.Errorf("GET %s, which the writes did not change, with its tag: %d, want 304", target, res.Status)
		}
	}
}

// TestErrorsHaveNoTag: only what would be a 200 is a representation to
// compare; an error is answered in full, whatever If-None-Match says.
func TestErrorsHaveNoTag(t *testing.T) {
	a := newSandboxAPI(t)
	for _, target := range []string{"/jobs/job_999", "/jobs?limit=0", "/nope"} {
		res := a.Do(t, "GET", target, "", "If-None-Match", "*")
		if res.Status < 400 || res.Header.Get("ETag") != "" {
			t.Errorf("GET %s with If-None-Match *: %d with ETag %q, want the error without a tag", target, res.Status, res.Header.Get("ETag"))
		}
	}
	res := a.Do(t, "POST", "/candidates", `{"name":"Post Tag","email":"post.tag@example.com"}`, "If-None-Match", "*")
	if res.Status != http.StatusCreated || res.Header.Get("ETag") != "" {
		t.Errorf("POST with If-None-Match *: %d with ETag %q, want 201 without a tag", res.Status, res.Header.Get("ETag"))
	}
}

// TestLiveAnswersAreTagged: the tag is of our answer, whatever provider
// gave the data: a live provider's list is tagged, 304 when it did not
// change, and a new tag when the ATS's data did.
func TestLiveAnswersAreTagged(t *testing.T) {
	items := numberedJobs(3)
	p := &routertest.Provider{ListJobsFn: func(_ context.Context, q ats.JobQuery) (ats.Page[ats.Job], error) {
		return routertest.Slice(items, q.Window)
	}}
	a := routertest.New(p, routertest.Config("live"))
	first := a.Do(t, "GET", "/jobs", "")
	tag := first.Header.Get("ETag")
	if res := a.Do(t, "GET", "/jobs", "", "If-None-Match", tag); res.Status != http.StatusNotModified {
		t.Fatalf("unchanged live list with its tag: %d, want 304", res.Status)
	}
	items[1].Title = "Renamed upstream"
	res := a.Do(t, "GET", "/jobs", "", "If-None-Match", tag)
	if res.Status != http.StatusOK || res.Header.Get("ETag") == tag || !bytes.Contains(res.Body, []byte("Renamed upstream")) {
		t.Errorf("live list changed upstream, old tag: %d, ETag %s; want 200 with the new title and a new tag", res.Status, res.Header.Get("ETag"))
	}
}
