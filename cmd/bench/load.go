package main

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"math"
	"net/http"
	"os/exec"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
)

// measurement is what one load run saw.
type measurement struct {
	rps      float64
	p50, p99 time.Duration
}

// generator drives one URL for a while and measures it.
type generator interface {
	name() string
	run(ctx context.Context, url string, d time.Duration) (measurement, error)
}

func newGenerator(o options) (generator, error) {
	switch o.load {
	case "", "wrk":
		path, err := exec.LookPath("wrk")
		if err == nil {
			return wrk{path: path, threads: o.threads, connections: o.connections}, nil
		}
		if o.load == "wrk" {
			return nil, fmt.Errorf("wrk is not on PATH (Debian: apt-get install wrk); -load go uses the Go load generator")
		}
		return goLoad{connections: o.connections}, nil
	case "go":
		return goLoad{connections: o.connections}, nil
	}
	return nil, fmt.Errorf("-load %q: want wrk or go", o.load)
}

func numCPU() int { return runtime.NumCPU() }

// wrk runs github.com/wg/wrk.
type wrk struct {
	path                 string
	threads, connections int
}

func (w wrk) name() string { return fmt.Sprintf("wrk (%d thread(s))", w.threads) }

func (w wrk) run(ctx context.Context, url string, d time.Duration) (measurement, error) {
	secs := max(1, int(math.Round(d.Seconds())))
	cmd := exec.CommandContext(ctx, w.path, "-t", strconv.Itoa(w.threads), "-c", strconv.Itoa(w.connections),
		"-d", strconv.Itoa(secs)+"s", "--latency", url)
	out, err := cmd.CombinedOutput()
	if err != nil {
		return measurement{}, fmt.Errorf("wrk %s: %w\n%s", url, err, out)
	}
	return parseWrk(out)
}

// parseWrk reads requests/s and the 50% and 99% latencies from wrk's
// report, and refuses a run with errors or non-2xx answers.
func parseWrk(out []byte) (measurement, error) {
	var m measurement
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		switch {
		case len(f) == 2 && f[0] == "Requests/sec:":
			m.rps, _ = strconv.ParseFloat(f[1], 64)
		case len(f) == 2 && (f[0] == "50%" || f[0] == "99%"):
			d, err := parseWrkDuration(f[1])
			if err != nil {
				return m, err
			}
			if f[0] == "50%" {
				m.p50 = d
			} else {
				m.p99 = d
			}
		case len(f) > 0 && (f[0] == "Non-2xx" || f[0] == "Socket"):
			return m, fmt.Errorf("wrk saw failures: %s\n%s", sc.Text(), out)
		}
	}
	if m.rps == 0 || m.p50 == 0 || m.p99 == 0 {
		return m, fmt.Errorf("cannot read wrk's report:\n%s", out)
	}
	return m, nil
}

// parseWrkDuration reads wrk's "401.00us", "1.15ms", "2.00s".
func parseWrkDuration(s string) (time.Duration, error) {
	for _, u := range []struct {
		suffix string
		unit   time.Duration
	}{{"us", time.Microsecond}, {"ms", time.Millisecond}, {"s", time.Second}, {"m", time.Minute}} {
		if v, ok := strings.CutSuffix(s, u.suffix); ok {
			f, err := strconv.ParseFloat(v, 64)
			if err != nil {
				return 0, fmt.Errorf("wrk latency %q: %w", s, err)
			}
			return time.Duration(f * float64(u.unit)), nil
		}
	}
	return 0, fmt.Errorf("wrk latency %q: unknown unit", s)
}

// goLoad is the load generator for machines without wrk: connections
// goroutines, each sending requests one after another on its own
// keep-alive connection, as wrk's connections do.
type goLoad struct{ connections int }

func (g goLoad) name() string { return "Go load generator" }

func (g goLoad) run(ctx context.Context, url string, d time.Duration) (measurement, error) {
	tr := &http.Transport{MaxIdleConnsPerHost: g.connections, MaxConnsPerHost: g.connections, DisableCompression: true}
	defer tr.CloseIdleConnections()
	client := &http.Client{Transport: tr}
	ctx, cancel := context.WithTimeout(ctx, d)
	defer cancel()

	var (
		mu        sync.Mutex
		latencies []time.Duration
		firstErr  error
		wg        sync.WaitGroup
	)
	start := time.Now()
	for range g.connections {
		wg.Go(func() {
			own := make([]time.Duration, 0, 1<<16)
			var err error
			for ctx.Err() == nil {
				t0 := time.Now()
				if err = get(ctx, client, url); err != nil {
					break
				}
				own = append(own, time.Since(t0))
			}
			mu.Lock()
			defer mu.Unlock()
			latencies = append(latencies, own...)
			if err != nil && ctx.Err() == nil && firstErr == nil {
				firstErr = err
			}
		})
	}
	wg.Wait()
	elapsed := time.Since(start)
	if firstErr != nil {
		return measurement{}, firstErr
	}
	if len(latencies) == 0 {
		return measurement{}, fmt.Errorf("no request to %s completed", url)
	}
	slices.Sort(latencies)
	n := len(latencies)
	return measurement{
		rps: float64(n) / elapsed.Seconds(),
		p50: latencies[n/2],
		p99: latencies[min(n-1, n*99/100)],
	}, nil
}

func get(ctx context.Context, client *http.Client, url string) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return err
	}
	res, err := client.Do(req)
	if err != nil {
		return err
	}
	defer res.Body.Close()
	if _, err := io.Copy(io.Discard, res.Body); err != nil {
		return err
	}
	if res.StatusCode != http.StatusOK {
		return fmt.Errorf("GET %s: %d", url, res.StatusCode)
	}
	return nil
}
