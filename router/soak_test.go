package router_test

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/atsbridge/atsbridge/ats/preview"
	"github.com/atsbridge/atsbridge/router"
	"github.com/atsbridge/atsbridge/store/sqlite"
)

// soakRequests is the fixed number of requests one soak iteration sends;
// soakWorkers send them concurrently, as clients of a busy service would.
const (
	soakRequests = 2000
	soakWorkers  = 8
)

// BenchmarkSoak drives the real router over the preview sandbox on a SQLite
// file with a fixed mix of reads and writes (lists with filters and paging,
// single reads, candidate and application creates) and reports what a load
// test would: throughput, the 99th percentile latency, CPU time and memory
// per request. Any 5xx
// fails it. Run it with -benchtime=1x for one soak of soakRequests.
//
//	go test -run '^$' -bench Soak -benchtime 3x ./router
func BenchmarkSoak(b *testing.B) {
	ctx := context.Background()
	s, err := sqlite.Open(ctx, b.TempDir()+"/preview.db")
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { _ = s.Close() })
	sb, err := preview.Open(ctx, s, time.Now)
	if err != nil {
		b.Fatal(err)
	}
	h := router.New(slog.New(slog.NewTextHandler(io.Discard, nil)),
		router.Config{Provider: "workable", Mode: "preview", Stage: "dev", Version: "soak", CursorKey: []byte("soak-key")}, sb)

	var seq atomic.Int64
	run := b.Name() + fmt.Sprint(time.Now().UnixNano())
	request := func(r *rand.Rand) (*http.Request, []int) {
		switch n := r.IntN(100); {
		case n < 30:
			q := []string{"/dev/jobs?limit=20", "/jobs?status=open&limit=50", "/jobs?department=Engineering", "/jobs?q=engineer&page=2&limit=10"}[r.IntN(4)]
			return httptest.NewRequest("GET", q, nil), []int{200}
		case n < 50:
			q := fmt.Sprintf("/applications?job_id=job_%03d&limit=20", 1+r.IntN(130))
			if r.IntN(2) == 0 {
				q = "/dev/applications?page=1&limit=10&status=active"
			}
			return httptest.NewRequest("GET", q, nil), []int{200}
		case n < 65:
			return httptest.NewRequest("GET", fmt.Sprintf("/candidates/cand_%03d", 1+r.IntN(320)), nil), []int{200}
		case n < 75:
			return httptest.NewRequest("GET", fmt.Sprintf("/jobs/job_%03d?include=raw", 1+r.IntN(130)), nil), []int{200}
		case n < 80:
			return httptest.NewRequest("GET", "/candidates?limit=100&created_after=2026-06-01T00:00:00Z", nil), []int{200}
		case n < 92:
			body := fmt.Sprintf(`{"name":"Soak Person","email":"soak.%s.%d@example.org","job_id":"job_063","tags":["soak"]}`, run, seq.Add(1))
			req := httptest.NewRequest("POST", "/dev/candidates", strings.NewReader(body))
			req.Header.Set("Content-Type", "application/json")
			return req, []int{201}
		default:
			body := fmt.Sprintf(`{"candidate_id":"cand_%03d","job_id":"job_%03d"}`, 1+r.IntN(320), 1+r.IntN(130))
			req := httptest.NewRequest("POST", "/applications", strings.NewReader(body))
			req.Header.Set("Content-Type", "application/json")
			return req, []int{201, 409}
		}
	}

	var latencies []time.Duration
	var elapsed time.Duration
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	cpuBefore := cpuTime(b)
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		lat := make([]time.Duration, soakRequests)
		var next atomic.Int64
		var wg sync.WaitGroup
		start := time.Now()
		for w := range soakWorkers {
			r := rand.New(rand.NewPCG(uint64(i), uint64(w)))
			wg.Go(func() {
				for {
					k := next.Add(1) - 1
					if k >= soakRequests {
						return
					}
					req, want := request(r)
					rec := httptest.NewRecorder()
					t0 := time.Now()
					h.ServeHTTP(rec, req)
					lat[k] = time.Since(t0)
					if !slices.Contains(want, rec.Code) {
						b.Errorf("%s %s: got %d, want %v\n%s", req.Method, req.URL, rec.Code, want, rec.Body)
					}
				}
			})
		}
		wg.Wait()
		elapsed += time.Since(start)
		latencies = append(latencies, lat...)
	}
	b.StopTimer()
	cpu := cpuTime(b) - cpuBefore
	runtime.ReadMemStats(&after)
	slices.Sort(latencies)
	n := len(latencies)
	b.ReportMetric(float64(n)/elapsed.Seconds(), "req/s")
	b.ReportMetric(float64(latencies[n*99/100].Microseconds())/1000, "p99-ms")
	b.ReportMetric(float64(latencies[n/2].Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(cpu.Microseconds())/float64(n), "cpu-us/req")
	b.ReportMetric(float64(after.TotalAlloc-before.TotalAlloc)/float64(n), "B/req")
	runtime.GC()
	runtime.ReadMemStats(&after)
	b.ReportMetric(float64(after.HeapInuse)/(1<<20), "heap-MiB")
}
