package router_test

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// The benchmarks run the full router over the preview sandbox on a SQLite
// file and on dynalite: what one request costs end to end, minus the
// network between client and service.
func benchRequest(b *testing.B, kind, method, path string, body func(i int) string, want int) {
	a := newAPI(b, kind)
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
		a.h.ServeHTTP(rec, req)
		if rec.Code != want {
			b.Fatalf("%s %s: %d %s", method, path, rec.Code, rec.Body)
		}
	}
}

func BenchmarkListJobs(b *testing.B) {
	for _, kind := range storeKinds {
		b.Run(kind, func(b *testing.B) { benchRequest(b, kind, "GET", "/jobs?limit=20", nil, 200) })
	}
}

func BenchmarkListApplicationsByJob(b *testing.B) {
	for _, kind := range storeKinds {
		b.Run(kind, func(b *testing.B) { benchRequest(b, kind, "GET", "/applications?job_id=job_063&limit=20", nil, 200) })
	}
}

func BenchmarkCreateCandidate(b *testing.B) {
	for _, kind := range storeKinds {
		b.Run(kind, func(b *testing.B) {
			benchRequest(b, kind, "POST", "/candidates", func(i int) string {
				return fmt.Sprintf(`{"name":"Bench Person","email":"bench.%d@example.org","job_id":"job_063"}`, i)
			}, 201)
		})
	}
}
