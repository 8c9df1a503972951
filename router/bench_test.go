package router_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/preview"
	"github.com/atsbridge/atsbridge/router/routertest"
	"github.com/atsbridge/atsbridge/store/memory"
	"github.com/atsbridge/atsbridge/store/sqlite"
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

// BenchmarkSandboxReads measures the four read routes the comparison tool
// (cmd/bench) drives, through the real router over the preview sandbox on
// each store: what a read costs end to end inside the process, allocations
// included. Only reads run, so from the second request on the data does not
// change and the answer kept in the read cache is sent; "uncached" hides
// the sandbox's versions from the router, so every read queries and
// encodes, as the first read after a write does.
func BenchmarkSandboxReads(b *testing.B) {
	stores := []struct {
		name string
		open func(b *testing.B) preview.Store
	}{
		{"sqlite", func(b *testing.B) preview.Store {
			s, err := sqlite.Open(context.Background(), b.TempDir()+"/preview.db")
			if err != nil {
				b.Fatal(err)
			}
			b.Cleanup(func() { _ = s.Close() })
			return s
		}},
		{"memory", func(*testing.B) preview.Store { return memory.New() }},
	}
	paths := []struct{ name, path string }{
		{"jobs", "/jobs?limit=20"},
		{"job", "/jobs/job_063"},
		{"applications_by_job", "/applications?job_id=job_063&limit=20"},
		{"candidates", "/candidates?limit=100"},
	}
	for _, st := range stores {
		b.Run(st.name, func(b *testing.B) {
			h := newSandboxAPIOn(b, st.open(b)).Handler
			benchReads(b, h, paths)
		})
		b.Run(st.name+"/uncached", func(b *testing.B) {
			sb, err := preview.Open(context.Background(), st.open(b), time.Now)
			if err != nil {
				b.Fatal(err)
			}
			h := routertest.New(unversioned{sb}, routertest.Config("preview")).Handler
			benchReads(b, h, paths)
		})
	}
}

// unversioned is a provider without versions (ats.Versioned), whose reads
// the router therefore never keeps.
type unversioned struct{ ats.Provider }

func benchReads(b *testing.B, h http.Handler, paths []struct{ name, path string }) {
	for _, p := range paths {
		b.Run(p.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				rec := httptest.NewRecorder()
				h.ServeHTTP(rec, httptest.NewRequest("GET", p.path, nil))
				if rec.Code != http.StatusOK {
					b.Fatalf("GET %s: %d %s", p.path, rec.Code, rec.Body)
				}
			}
		})
	}
}
