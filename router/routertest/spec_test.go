package routertest

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/envelope"
)

// specTB records what checkSpec reports instead of failing the test, so a
// test can assert that checkSpec does fail on a wrong response.
type specTB struct {
	testing.TB // the real test, for anything checkSpec does not report through
	errs       []string
}

type specFatal struct{}

func (r *specTB) Helper()           {}
func (r *specTB) Error(args ...any) { r.errs = append(r.errs, fmt.Sprint(args...)) }
func (r *specTB) Errorf(format string, args ...any) {
	r.errs = append(r.errs, fmt.Sprintf(format, args...))
}
func (r *specTB) Fatal(args ...any) { r.Error(args...); panic(specFatal{}) }
func (r *specTB) Fatalf(format string, args ...any) {
	r.Errorf(format, args...)
	panic(specFatal{})
}

// specRun calls checkSpec with a recorder and returns what it reported.
func specRun(t *testing.T, r specResp) []string {
	t.Helper()
	rec := &specTB{TB: t}
	func() {
		defer func() {
			if v := recover(); v != nil {
				if _, ok := v.(specFatal); !ok {
					panic(v)
				}
			}
		}()
		CheckSpec(rec, r.req, r.status, r.header, r.body)
	}()
	return rec.errs
}

// specResp is a response as the router would hand it to checkSpec.
type specResp struct {
	req    *http.Request
	status int
	header http.Header
	body   []byte
}

const specRID = "0123456789abcdef0123456789abcdef"

var specOrigin = envelope.Origin{Provider: "workable", Mode: "preview"}

// specOK builds a success response with the real envelope package.
func specOK(method, target string, status int, data any, meta *envelope.Meta) specResp {
	w := httptest.NewRecorder()
	w.Header().Set("X-Request-Id", specRID)
	b, err := envelope.Success(specOrigin, data, meta)
	if err != nil {
		panic(err)
	}
	if (method == "GET" || method == "HEAD") && status == 200 {
		b.SetETag(w.Header())
	}
	b.Write(w, status, specRID)
	return specResp{httptest.NewRequest(method, target, nil), w.Code, w.Header(), w.Body.Bytes()}
}

// specNotModified is the 304 the router answers for an unchanged r.
func specNotModified(r specResp) specResp {
	h := r.header.Clone()
	h.Del("Content-Type")
	h.Del("Content-Length")
	return specResp{r.req, 304, h, nil}
}

// specFail builds an error response with the real envelope package.
func specFail(method, target string, p envelope.Problem) specResp {
	w := httptest.NewRecorder()
	w.Header().Set("X-Request-Id", specRID)
	envelope.WriteError(w, specOrigin, specRID, p)
	return specResp{httptest.NewRequest(method, target, nil), w.Code, w.Header(), w.Body.Bytes()}
}

// with returns a copy of r whose header was changed by fn.
func (r specResp) with(fn func(h http.Header)) specResp {
	r.header = r.header.Clone()
	fn(r.header)
	return r
}

// edit returns a copy of r whose decoded body was changed by fn.
func (r specResp) edit(t *testing.T, fn func(body map[string]any)) specResp {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal(r.body, &m); err != nil {
		t.Fatal(err)
	}
	fn(m)
	b, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	r.body = b
	return r
}

// TestCheckSpecAcceptsValidResponses: responses that follow the contract,
// built with the real envelope package, pass without a report.
func TestCheckSpecAcceptsValidResponses(t *testing.T) {
	detail := SampleJob()
	detail.Description = ptr("<p>Own our payments services.</p>")
	created := specOK("POST", "/dev/candidates", 201, SampleCandidate(), nil).with(func(h http.Header) {
		h.Set("Location", "/dev/candidates/cand_013")
	})
	tests := []struct {
		name string
		resp specResp
	}{
		{"job list, page mode", specOK("GET", "/jobs?page=1&limit=2", 200, []ats.Job{SampleJob()},
			&envelope.Meta{Limit: 2, Page: ptr(1), HasMore: true, NextCursor: ptr("abc.def"), Total: ptr(64)})},
		{"empty list, cursor mode", specOK("GET", "/dev/applications?cursor=abc.def", 200, []ats.Application{},
			&envelope.Meta{Limit: 20})},
		{"job detail under the stage", specOK("GET", "/dev/jobs/job_063", 200, detail, nil)},
		{"candidate created with Location", created},
		{"application created, without stage", specOK("POST", "/applications", 201, SampleApplication(), nil).with(func(h http.Header) {
			h.Set("Location", "/applications/app_0043")
		})},
		{"not modified", specNotModified(specOK("GET", "/dev/jobs/job_063", 200, detail, nil))},
		{"HEAD not modified", specNotModified(specOK("HEAD", "/jobs?page=1", 200, []ats.Job{}, &envelope.Meta{Limit: 20}))},
		{"health", specOK("GET", "/healthz", 200, map[string]string{"status": "ok", "provider": "workable", "mode": "preview", "version": "dev"}, nil)},
		{"unknown route", specFail("GET", "/nope", envelope.Problem{Code: "NOT_FOUND", Message: "No route GET /nope."})},
		{"stage-like prefix is not the stage", specFail("GET", "/devjobs", envelope.Problem{Code: "NOT_FOUND", Message: "No route."})},
		{"method not allowed", specFail("DELETE", "/candidates", envelope.Problem{Code: "METHOD_NOT_ALLOWED", Message: "Use GET, HEAD or POST."}).with(func(h http.Header) {
			h.Set("Allow", "GET, HEAD, POST")
		})},
		{"invalid query", specFail("GET", "/jobs?limit=0", envelope.Problem{Code: "INPUT_INVALID", Message: "1 query parameter(s) are invalid; see details.",
			Details: []envelope.Detail{{Field: "limit", Problem: "must be a whole number from 1 to 100"}}})},
		{"duplicate candidate", specFail("POST", "/candidates", envelope.Problem{Code: "CANDIDATE_EXISTS", Message: "Exists.",
			Details: []envelope.Detail{{Field: "email", ExistingID: "cand_001"}}})},
		{"rate limited with Retry-After", specFail("GET", "/candidates", envelope.Problem{Code: "UPSTREAM_RATE_LIMITED", Message: "Retry later.", RetryAfterSeconds: 30})},
		{"panic", specFail("GET", "/applications/app_0001", envelope.Problem{Code: "INTERNAL", Message: "A bug."})},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if errs := specRun(t, tt.resp); len(errs) > 0 {
				t.Errorf("checkSpec reported %d problem(s) for a valid response, want none:\n%s", len(errs), strings.Join(errs, "\n"))
			}
		})
	}
}

// TestCheckSpecReportsWrongResponses: each response breaks the contract in
// one way, and checkSpec must say so.
func TestCheckSpecReportsWrongResponses(t *testing.T) {
	job := specOK("GET", "/jobs/job_063", 200, SampleJob(), nil)
	list := specOK("GET", "/jobs", 200, []ats.Job{SampleJob()}, &envelope.Meta{Limit: 20})
	created := specOK("POST", "/dev/candidates", 201, SampleCandidate(), nil).with(func(h http.Header) {
		h.Set("Location", "/dev/candidates/cand_013")
	})
	data := func(b map[string]any) map[string]any { return b["data"].(map[string]any) }
	tests := []struct {
		name string
		resp specResp
		want string
	}{
		{"missing field", job.edit(t, func(b map[string]any) { delete(data(b), "title") }), "missing property 'title'"},
		{"wrong type", job.edit(t, func(b map[string]any) { data(b)["id"] = 63 }), "got number, want string"},
		{"null where not nullable", job.edit(t, func(b map[string]any) { data(b)["title"] = nil }), "got null, want string"},
		{"undocumented field", job.edit(t, func(b map[string]any) { data(b)["salary"] = "100k" }), "additional properties 'salary'"},
		{"value outside the enum", job.edit(t, func(b map[string]any) { data(b)["status"] = "paused" }), "/data/status"},
		{"timestamp not in UTC", job.edit(t, func(b map[string]any) { data(b)["created_at"] = "2026-10-03T11:12:44+02:00" }), "/data/created_at"},
		{"success false on a 200", job.edit(t, func(b map[string]any) { b["success"] = false }), "/success"},
		{"list without meta", list.edit(t, func(b map[string]any) { delete(b, "meta") }), "missing property 'meta'"},
		{"next_cursor left out", list.edit(t, func(b map[string]any) { delete(b["meta"].(map[string]any), "next_cursor") }), "next_cursor"},
		{"undocumented status", specFail("GET", "/healthz", envelope.Problem{Code: "UPSTREAM_UNAVAILABLE", Message: "Down."}), "status 502 is not documented for GET /healthz"},
		{"code of another status", job.edit(t, func(b map[string]any) {
			delete(b, "data")
			b["success"], b["error"], b["message"], b["code"] = false, "Not found", "No job.", "INPUT_INVALID"
		}).withStatus(404), "/code"},
		{"not JSON", specResp{httptest.NewRequest("GET", "/healthz", nil), 200, job.header, []byte("ok\n")}, "not one JSON value"},
		{"Content-Type not JSON", job.with(func(h http.Header) { h.Set("Content-Type", "text/plain") }), "Content-Type"},
		{"no X-Request-Id", job.with(func(h http.Header) { h.Del("X-Request-Id") }), "no X-Request-Id header"},
		{"request_id differs from the header", job.with(func(h http.Header) { h.Set("X-Request-Id", "fedcba9876543210") }), "differs from X-Request-Id"},
		{"201 without Location", created.with(func(h http.Header) { h.Del("Location") }), "no Location header"},
		{"Location without the stage", created.with(func(h http.Header) { h.Set("Location", "/candidates/cand_013") }), "stage prefix"},
		{"Location of another record", created.with(func(h http.Header) { h.Set("Location", "/dev/candidates/cand_001") }), "does not end in the created id"},
		{"503 without Retry-After", specFail("GET", "/jobs", envelope.Problem{Code: "UPSTREAM_RATE_LIMITED", Message: "Later."}), "no Retry-After header"},
		{"405 with a wrong Allow", specFail("PUT", "/jobs", envelope.Problem{Code: "METHOD_NOT_ALLOWED", Message: "No."}).with(func(h http.Header) { h.Set("Allow", "GET, POST") }), `want "GET, HEAD"`},
		{"405 without Allow", specFail("PUT", "/jobs", envelope.Problem{Code: "METHOD_NOT_ALLOWED", Message: "No."}), "Allow"},
		{"undocumented method not answered 405", specOK("PUT", "/jobs", 200, []ats.Job{}, &envelope.Meta{Limit: 20}), "must be 405"},
		{"unknown route answered 200", specOK("GET", "/devices/jobs", 200, []ats.Job{}, &envelope.Meta{Limit: 20}), "must be 404"},
		{"unknown route with another code", specFail("GET", "/nope", envelope.Problem{Code: "INTERNAL", Message: "A bug."}), "want NOT_FOUND"},
		{"GET without ETag", job.with(func(h http.Header) { h.Del("ETag") }), "no ETag header"},
		{"ETag not a strong tag", job.with(func(h http.Header) { h.Set("ETag", `W/"abc"`) }), "ETag header"},
		{"304 without ETag", specNotModified(job).with(func(h http.Header) { h.Del("ETag") }), "no ETag header"},
		{"304 with a body", specResp{job.req, 304, specNotModified(job).header, []byte("{}")}, "a 304 has a 2-byte body"},
		{"304 with Content-Type", specNotModified(job).with(func(h http.Header) { h.Set("Content-Type", "application/json") }), "a 304 has Content-Type"},
		{"304 to a POST", specNotModified(created), "a 304 answers only GET and HEAD"},
		{"HEAD with a body", specOK("HEAD", "/jobs/job_063", 200, SampleJob(), nil), "HEAD response has a"},
		{"HEAD with a status GET does not have", specResp{httptest.NewRequest("HEAD", "/healthz", nil), 404, job.header, nil}, "status 404 is not documented for GET /healthz"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			errs := specRun(t, tt.resp)
			if len(errs) == 0 {
				t.Fatalf("checkSpec reported nothing, want a problem mentioning %q", tt.want)
			}
			if all := strings.Join(errs, "\n"); !strings.Contains(all, tt.want) {
				t.Errorf("checkSpec reported:\n%s\nwant a problem mentioning %q", all, tt.want)
			}
		})
	}
}

// withStatus returns a copy of r with another status.
func (r specResp) withStatus(status int) specResp {
	r.status = status
	return r
}

// BenchmarkCheckSpec measures what checkSpec adds to each router test
// response: a 20-job list page, once the document is loaded.
func BenchmarkCheckSpec(b *testing.B) {
	jobs := make([]ats.Job, 20)
	for i := range jobs {
		jobs[i] = SampleJob()
	}
	r := specOK("GET", "/dev/jobs?page=1", 200, jobs, &envelope.Meta{Limit: 20, Page: ptr(1), NextCursor: ptr("abc.def"), HasMore: true})
	CheckSpec(b, r.req, r.status, r.header, r.body) // load and compile outside the loop
	for b.Loop() {
		CheckSpec(b, r.req, r.status, r.header, r.body)
	}
}
