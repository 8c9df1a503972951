package router_test

import (
	"bytes"
	"io"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/envelope"
	"github.com/atsbridge/atsbridge/router"
	"github.com/atsbridge/atsbridge/router/routertest"
)

// TestCheckSpecOnTheRouter runs the real router on the routes that need no
// provider, so routertest.CheckSpec is known to accept what the router really writes
// (the router's own tests then call it on every response).
func TestCheckSpecOnTheRouter(t *testing.T) {
	h := routertest.New(nil, routertest.Config("live")).Handler
	tests := []struct {
		method, target, contentType, body string
		want                              int
	}{
		{"GET", "/openapi.json", "", "", 200},
		{"GET", "/dev/openapi.json", "", "", 200},
		{"GET", "/dev/healthz", "", "", 200},
		{"GET", "/dev/nope", "", "", 404},
		{"GET", "/devjobs", "", "", 404},
		{"GET", "/dev", "", "", 404},
		{"GET", "/jobs/", "", "", 404},
		{"GET", "/jobs/a%2Fb", "", "", 400},
		{"DELETE", "/dev/jobs", "", "", 405},
		{"PATCH", "/candidates/cand_001", "", "", 405},
		{"GET", "/jobs/job.063", "", "", 400},
		{"GET", "/dev/jobs?limit=0&colour=red", "", "", 400},
		{"GET", "/applications?page=1&cursor=x", "", "", 400},
		{"GET", "/candidates?cursor=forged.cursor", "", "", 400},
		{"POST", "/dev/candidates", "text/plain", "name=Karan", 415},
		{"POST", "/candidates", "application/json", `{"name":"Karan"`, 400},
		{"POST", "/applications", "application/json", `{"candidate_id":1}`, 400},
		{"POST", "/candidates", "application/json", `{"name":"` + strings.Repeat("k", router.MaxResumeBodyBytes) + `"}`, 413},
	}
	for _, tt := range tests {
		t.Run(tt.method+" "+tt.target, func(t *testing.T) {
			var body io.Reader
			if tt.body != "" {
				body = strings.NewReader(tt.body)
			}
			req := httptest.NewRequest(tt.method, tt.target, body)
			if tt.contentType != "" {
				req.Header.Set("Content-Type", tt.contentType)
			}
			w := httptest.NewRecorder()
			h.ServeHTTP(w, req)
			if w.Code != tt.want {
				t.Errorf("got status %d, want %d\n%s", w.Code, tt.want, w.Body)
			}
			routertest.CheckSpec(t, req, w.Code, w.Header(), w.Body.Bytes())
			if strings.HasSuffix(tt.target, "/openapi.json") && !bytes.Equal(w.Body.Bytes(), router.OpenAPI()) {
				t.Errorf("GET %s served %d bytes, want the embedded document's %d", tt.target, w.Body.Len(), len(router.OpenAPI()))
			}
		})
	}
}

// TestCheckSpecOnProviderRoutes drives every provider-backed route of the
// real router through success and through each failure a provider may
// report there, so each documented response is one the router can produce
// and each response it produces is documented.
func TestCheckSpecOnProviderRoutes(t *testing.T) {
	upstream := []*ats.Error{
		{Code: ats.CodeUpstreamAuthFailed, Message: "SPI access required"},
		{Code: ats.CodeUpstreamRejected, Message: "The ATS refused the input.", Details: []ats.Detail{{Field: "phone", Problem: "is invalid"}}},
		{Code: ats.CodeUpstreamRateLimited, Message: "Retry later.", RetryAfter: 1500 * time.Millisecond},
		{Code: ats.CodeUpstreamUnavailable, Message: "The ATS is down."},
		{Code: ats.CodeUpstreamTimeout, Message: "The ATS did not answer in time."},
		{Code: ats.CodeNotSupported, Message: "Not with this ATS."},
		{Code: ats.CodeInternal, Message: "A bug."},
	}
	notFound := &ats.Error{Code: ats.CodeNotFound, Message: "No such record."}
	conflicts := []*ats.Error{
		{Code: ats.CodeCandidateExists, Message: "Exists.", Details: []ats.Detail{{Field: "email", ExistingID: "cand_001"}}},
		{Code: ats.CodeApplicationExists, Message: "Exists.", Details: []ats.Detail{{ExistingID: "app_0001"}}},
		{Code: ats.CodeJobNotOpen, Message: "Closed."},
	}
	closed := ats.ApplicationClosed("app_0043", ats.ApplicationRejected, "moved", "the sandbox")
	invalid := ats.StageNotInJob("stg_nope", "job_063", "the sandbox")
	// UPSTREAM_REJECTED is the ATS refusing input, so only writes document
	// it; reads document every other upstream failure.
	reads := slices.DeleteFunc(slices.Clone(upstream), func(e *ats.Error) bool { return e.Code == ats.CodeUpstreamRejected })
	routes := []struct {
		method, target, body string
		errs                 []*ats.Error
		want                 int
	}{
		{"GET", "/dev/jobs?status=open,closed&page=1&limit=1", "", reads, 200},
		{"GET", "/jobs/job_063?include=raw", "", slices.Concat(reads, []*ats.Error{notFound}), 200},
		{"POST", "/dev/candidates", `{"job_id":"job_063","name":"Karan","email":"karan@example.com"}`, append(append(upstream, notFound), conflicts[0], conflicts[2]), 201},
		{"GET", "/candidates?job_id=job_063", "", slices.Concat(reads, []*ats.Error{notFound}), 200},
		{"GET", "/candidates/cand_013", "", slices.Concat(reads, []*ats.Error{notFound}), 200},
		{"POST", "/applications", `{"candidate_id":"cand_001","job_id":"job_063"}`, append(append(upstream, notFound), conflicts[1:]...), 201},
		{"GET", "/dev/applications?stage=interview&status=active", "", slices.Concat(reads, []*ats.Error{notFound}), 200},
		{"GET", "/applications/app_0043", "", slices.Concat(reads, []*ats.Error{notFound}), 200},
		{"GET", "/dev/jobs/job_063/stages", "", slices.Concat(reads, []*ats.Error{notFound}), 200},
		{"GET", "/rejection_reasons", "", reads, 200},
		{"POST", "/dev/applications/app_0043/move", `{"stage_id":"stg_technical_interview"}`, slices.Concat(upstream, []*ats.Error{notFound, closed, invalid}), 200},
		{"POST", "/applications/app_0043/reject", `{"reason_id":"rsn_skills","note":"Not now.\nMaybe later."}`, slices.Concat(upstream, []*ats.Error{notFound, closed, invalid}), 200},
		{"POST", "/applications/app_0043/restore", "", slices.Concat(upstream, []*ats.Error{notFound, closed}), 200},
		{"POST", "/applications/app_0043/restore", "{}", nil, 200},
	}
	for _, rt := range routes {
		for _, e := range append([]*ats.Error{nil}, rt.errs...) {
			name, want, err := rt.method+" "+rt.target, rt.want, error(nil)
			if e != nil {
				name, want, err = name+" "+string(e.Code), envelope.Status(string(e.Code)), e
			}
			t.Run(name, func(t *testing.T) {
				var body io.Reader
				if rt.body != "" {
					body = strings.NewReader(rt.body)
				}
				req := httptest.NewRequest(rt.method, rt.target, body)
				req.Header.Set("Content-Type", "application/json")
				w := httptest.NewRecorder()
				routertest.New(routertest.Answering(err), routertest.Config("live")).Handler.ServeHTTP(w, req)
				if w.Code != want {
					t.Errorf("got status %d, want %d\n%s", w.Code, want, w.Body)
				}
				routertest.CheckSpec(t, req, w.Code, w.Header(), w.Body.Bytes())
			})
		}
	}
}
