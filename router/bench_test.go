package router_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/router/routertest"
)

// The benchmarks measure what the HTTP layer costs per request (query and
// body decoding, validation, cursor signing, envelope encoding) over a mock
// that answers at once; BenchmarkSoak measures the whole over SQLite.
func benchRequest(b *testing.B, p *routertest.Provider, method, path string, body func(i int) string, want int) {
	h := newAPI(p).Handler
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		var req *http.Request
		if body != nil {
			req = httptest.NewRequest(method, path, strings.NewReader(body(i)))
			req.Header.Set("Content-Type", "application/json")
		} else {
			req = httptest.NewRequest(method, path, nil)
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != want {
			b.Fatalf("%s %s: %d %s", method, path, rec.Code, rec.Body)
		}
	}
}

func BenchmarkListJobs(b *testing.B) {
	benchRequest(b, jobs(numberedJobs(100), nil), "GET", "/jobs?status=open&limit=20", nil, 200)
}

func BenchmarkListApplicationsByJob(b *testing.B) {
	apps := make([]ats.Application, 20)
	for i := range apps {
		apps[i] = routertest.SampleApplication()
	}
	p := &routertest.Provider{ListApplicationsFn: func(_ context.Context, q ats.ApplicationQuery) (ats.Page[ats.Application], error) {
		return ats.Page[ats.Application]{Items: apps, HasMore: true, Next: "20"}, nil
	}}
	benchRequest(b, p, "GET", "/applications?job_id=job_063&limit=20", nil, 200)
}

func BenchmarkCreateCandidate(b *testing.B) {
	benchRequest(b, routertest.Answering(nil), "POST", "/candidates", func(i int) string {
		return fmt.Sprintf(`{"name":"Bench Person","email":"bench.%d@example.org","job_id":"job_063","tags":["go","sql"]}`, i)
	}, 201)
}
