package main

import (
	"strings"
	"testing"
	"time"
)

const wrkReport = `Running 5s test @ http://127.0.0.1:40123/jobs?limit=20
  1 threads and 32 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency   441.13us  201.13us   6.14ms   89.43%
    Req/Sec    73.31k     4.32k   80.12k    70.00%
  Latency Distribution
     50%  401.00us
     75%  481.00us
     90%  587.00us
     99%    1.15ms
  364824 requests in 5.00s, 3.20GB read
Requests/sec:  72954.32
Transfer/sec:    640.65MB
`

func TestParseWrk(t *testing.T) {
	m, err := parseWrk([]byte(wrkReport))
	if err != nil {
		t.Fatal(err)
	}
	if m.rps != 72954.32 || m.p50 != 401*time.Microsecond || m.p99 != 1150*time.Microsecond {
		t.Errorf("got %+v, want 72954.32 rps, p50 401us, p99 1.15ms", m)
	}
	failed := strings.Replace(wrkReport, "Requests/sec:", "  Non-2xx or 3xx responses: 12\nRequests/sec:", 1)
	if _, err := parseWrk([]byte(failed)); err == nil || !strings.Contains(err.Error(), "Non-2xx") {
		t.Errorf("a run with non-2xx answers: got %v, want an error quoting wrk", err)
	}
	if _, err := parseWrk([]byte("unable to connect to 127.0.0.1:1 Connection refused\n")); err == nil {
		t.Errorf("no report: got no error")
	}
}

func TestMedian(t *testing.T) {
	round := func(bare, real float64, bareP99, realP99 time.Duration) []comparison {
		return []comparison{newComparison("/jobs", measurement{rps: bare, p50: time.Millisecond, p99: bareP99},
			measurement{rps: real, p50: 2 * time.Millisecond, p99: realP99})}
	}
	got := median([][]comparison{
		round(100, 50, 4*time.Millisecond, 6*time.Millisecond),  // ratio 0.5, p99 x 1.5
		round(200, 40, 4*time.Millisecond, 40*time.Millisecond), // ratio 0.2, p99 x 10
		round(100, 70, 5*time.Millisecond, 5*time.Millisecond),  // ratio 0.7, p99 x 1
	})[0]
	if got.ratio != 0.5 || got.p99Ratio != 1.5 || got.bare.rps != 100 || got.real.rps != 50 || got.real.p99 != 6*time.Millisecond {
		t.Errorf("got %+v, want each figure's median: ratio 0.5, p99 x 1.5, 100 and 50 rps, our p99 6ms", got)
	}
}
