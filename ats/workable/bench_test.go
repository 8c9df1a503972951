package workable_test

import (
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"slices"
	"testing"
	"time"

	"github.com/atsbridge/atsbridge/ats/upstream"
	"github.com/atsbridge/atsbridge/ats/workable"
	"github.com/atsbridge/atsbridge/ats/workable/workabletest"
	"github.com/atsbridge/atsbridge/router"
)

// BenchmarkAddedLatency measures what atsbridge adds to a Workable call:
// each iteration makes one direct call to the fake Workable (GET
// /jobs?limit=21, the upstream call our page of 20 makes) and one call to
// atsbridge's GET /jobs?limit=20 over HTTP on loopback, in alternation so
// that both see the same machine load. It reports p50 and p99 of each and
// of the difference. The rate limit is lifted on both sides: the benchmark
// measures our overhead, not Workable's quota.
func BenchmarkAddedLatency(b *testing.B) {
	fake := workabletest.Start(b, workabletest.Options{Token: testToken, RateLimit: -1})
	fake.SeedJobs(100)
	quiet := slog.New(slog.NewJSONHandler(io.Discard, nil))
	c, err := workable.New(workable.Config{BaseURL: fake.URL, Token: testToken, RateLimit: 1 << 30,
		Options: upstream.Options{Version: "bench", Logger: quiet}})
	if err != nil {
		b.Fatal(err)
	}
	api := httptest.NewServer(router.New(quiet, router.Config{Provider: "workable", Mode: "live", Stage: "dev", Version: "bench", CursorKey: []byte("k")}, c))
	b.Cleanup(api.Close)

	hc := &http.Client{Transport: http.DefaultTransport.(*http.Transport).Clone()}
	call := func(url string, auth bool) time.Duration {
		req, _ := http.NewRequest("GET", url, nil)
		if auth {
			req.Header.Set("Authorization", "Bearer "+testToken)
		}
		start := time.Now()
		res, err := hc.Do(req)
		if err != nil {
			b.Fatal(err)
		}
		_, _ = io.Copy(io.Discard, res.Body)
		_ = res.Body.Close()
		d := time.Since(start)
		if res.StatusCode != 200 {
			b.Fatalf("GET %s: %d", url, res.StatusCode)
		}
		return d
	}
	// Warm both connection pools.
	call(fake.URL+"/jobs?limit=21", true)
	call(api.URL+"/jobs?limit=20", false)

	var direct, via, added []time.Duration
	for b.Loop() {
		d := call(fake.URL+"/jobs?limit=21", true)
		v := call(api.URL+"/jobs?limit=20", false)
		direct, via, added = append(direct, d), append(via, v), append(added, v-d)
	}
	us := func(d time.Duration) float64 { return float64(d.Nanoseconds()) / 1e3 }
	b.ReportMetric(us(percentile(direct, 50)), "direct-p50-µs")
	b.ReportMetric(us(percentile(direct, 99)), "direct-p99-µs")
	b.ReportMetric(us(percentile(via, 50)), "api-p50-µs")
	b.ReportMetric(us(percentile(via, 99)), "api-p99-µs")
	b.ReportMetric(us(percentile(added, 50)), "added-p50-µs")
	b.ReportMetric(us(percentile(added, 99)), "added-p99-µs")
}

func percentile(ds []time.Duration, p int) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	s := slices.Clone(ds)
	slices.Sort(s)
	return s[min(len(s)-1, len(s)*p/100)]
}
