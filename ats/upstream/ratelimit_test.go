package upstream_test

import (
	"context"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jonboulle/clockwork"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/upstream"
)

// Workable's rate headers; Greenhouse's add a limit.
var (
	workableHeaders   = upstream.RateHeaders{Remaining: "X-Rate-Limit-Remaining", Reset: "X-Rate-Limit-Reset"}
	greenhouseHeaders = upstream.RateHeaders{Remaining: "X-RateLimit-Remaining", Reset: "X-RateLimit-Reset", Limit: "X-RateLimit-Limit"}
)

// unix writes t as Unix seconds with milliseconds.
func unix(t time.Time) string { return strconv.FormatFloat(float64(t.UnixMilli())/1000, 'f', 3, 64) }

// A 429 is waited out, for every method, for as long as the provider says:
// Retry-After (seconds or a date), else its reset header (at most one
// window), else an exponential backoff (Lever sends neither).
func TestTooManyRequestsIsWaitedOut(t *testing.T) {
	const step = 10 * time.Millisecond
	type window [2]time.Duration
	tests := []struct {
		name      string
		answer    func(now time.Time, n int) map[string]string // headers of the n-th 429
		n429      int
		wantWaits []window
	}{
		{"Retry-After seconds", func(time.Time, int) map[string]string { return map[string]string{"Retry-After": "2"} },
			1, []window{{2 * time.Second, 2 * time.Second}}},
		{"Retry-After date", func(now time.Time, _ int) map[string]string {
			return map[string]string{"Retry-After": now.Add(3 * time.Second).UTC().Format(http.TimeFormat)}
		}, 1, []window{{2 * time.Second, 3 * time.Second}}},
		{"reset header", func(now time.Time, _ int) map[string]string {
			return map[string]string{"X-Rate-Limit-Remaining": "0", "X-Rate-Limit-Reset": unix(now.Add(4 * time.Second))}
		}, 1, []window{{4 * time.Second, 4 * time.Second}}},
		{"reset header an hour away: one window", func(now time.Time, _ int) map[string]string {
			return map[string]string{"X-Rate-Limit-Reset": unix(now.Add(time.Hour))}
		}, 1, []window{{10 * time.Second, 10 * time.Second}}},
		{"no hint: exponential backoff", func(time.Time, int) map[string]string { return nil },
			3, []window{{500 * time.Millisecond, time.Second}, {time.Second, 2 * time.Second}, {2 * time.Second, 4 * time.Second}}},
	}
	for _, tt := range tests {
		for _, rq := range []*upstream.Request{get("/things/1"), post("/things")} {
			t.Run(tt.name+" "+rq.Method, func(t *testing.T) {
				clock := fakeClock()
				drive(t, clock, step)
				a := newAPI(t, clock, func(w http.ResponseWriter, r *http.Request, n int) {
					if n > tt.n429 {
						script(ok)(w, r, 1)
						return
					}
					for k, v := range tt.answer(clock.Now(), n) {
						w.Header().Set(k, v)
					}
					w.WriteHeader(http.StatusTooManyRequests)
				})
				c, _ := newClient(t, a, func(cfg *upstream.Config) {
					cfg.Rate = upstream.Rate{Limit: 100, Window: 10 * time.Second}
					cfg.RateHeaders = workableHeaders
				})
				if _, err := c.Do(ctx(t), rq); err != nil {
					t.Fatalf("got %v, want success after waiting", err)
				}
				g := gaps(a.Calls())
				if len(g) != len(tt.wantWaits) {
					t.Fatalf("got waits %v, want %d", g, len(tt.wantWaits))
				}
				for i, w := range tt.wantWaits {
					if g[i] < w[0] || g[i] > w[1]+step {
						t.Errorf("wait %d: got %s, want between %s and %s", i+1, g[i], w[0], w[1])
					}
				}
			})
		}
	}
}

func TestTooManyRequestsPastTheBudget(t *testing.T) {
	t.Run("a wait past the deadline answers at once", func(t *testing.T) {
		a := newAPI(t, fakeClock(), script(reply{status: 429, header: map[string]string{"Retry-After": "30"}}))
		c, _ := newClient(t, a, nil)
		dctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		_, err := c.Do(dctx, get("/things"))
		e := wantCode(t, err, ats.CodeUpstreamRateLimited)
		if e.RetryAfter != 30*time.Second {
			t.Errorf("RetryAfter: got %s, want 30s from Retry-After", e.RetryAfter)
		}
		if a.Count() != 1 || dctx.Err() != nil {
			t.Errorf("got %d calls (deadline passed: %v), want 1 and an answer at once", a.Count(), dctx.Err())
		}
	})
	t.Run("three 429s are waited out, not four", func(t *testing.T) {
		clock := fakeClock()
		drive(t, clock, 10*time.Millisecond)
		a := newAPI(t, clock, script(reply{status: 429, header: map[string]string{"Retry-After": "0"}}))
		c, _ := newClient(t, a, nil)
		_, err := c.Do(ctx(t), get("/things"))
		e := wantCode(t, err, ats.CodeUpstreamRateLimited)
		if e.RetryAfter != time.Second || !strings.Contains(e.Message, "Acme's rate limit") {
			t.Errorf("got %q retry after %s, want Acme's rate limit and 1 s", e.Message, e.RetryAfter)
		}
		if a.Count() != 4 {
			t.Errorf("got %d calls, want 4", a.Count())
		}
	})
}

// A remaining count of 0 pauses every request until the reset: the budget
// is used up, by us or by another process with the same credentials.
func TestRemainingZeroPausesEveryRequest(t *testing.T) {
	const step = 10 * time.Millisecond
	clock := fakeClock()
	drive(t, clock, step)
	a := newAPI(t, clock, func(w http.ResponseWriter, r *http.Request, n int) {
		if n == 1 {
			w.Header().Set("X-Rate-Limit-Remaining", "0")
			w.Header().Set("X-Rate-Limit-Reset", unix(clock.Now().Add(5*time.Second)))
		}
		script(ok)(w, r, 1)
	})
	c, _ := newClient(t, a, func(cfg *upstream.Config) {
		cfg.Rate = upstream.Rate{Limit: 100, Window: 10 * time.Second}
		cfg.RateHeaders = workableHeaders
	})
	for range 2 {
		if _, err := c.Do(ctx(t), get("/things")); err != nil {
			t.Fatal(err)
		}
	}
	if g := gaps(a.Calls()); g[0] < 5*time.Second || g[0] > 5*time.Second+step {
		t.Errorf("the second request went %s after the first, want at the reset, 5 s", g[0])
	}
}

// Greenhouse announces its limit on every answer: the window follows it.
// A provider whose limit is configured (no Limit header name) ignores it.
func TestLimitHeaderResizesTheWindow(t *testing.T) {
	announce := func(limit string) func(http.ResponseWriter, *http.Request, int) {
		return func(w http.ResponseWriter, r *http.Request, _ int) {
			w.Header().Set("X-RateLimit-Limit", limit)
			script(ok)(w, r, 1)
		}
	}
	tests := []struct {
		name     string
		headers  upstream.RateHeaders
		limit    string
		wantFree int // requests that go at once, with a configured limit of 2
	}{
		{"raised to 4", greenhouseHeaders, "4", 4},
		{"lowered to 1", greenhouseHeaders, "1", 1},
		{"not read without a Limit name", workableHeaders, "4", 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := newAPI(t, fakeClock(), announce(tt.limit)) // the clock never moves
			c, _ := newClient(t, a, func(cfg *upstream.Config) {
				cfg.Rate = upstream.Rate{Limit: 2, Window: 30 * time.Second}
				cfg.RateHeaders = tt.headers
			})
			free := 0
			for range 6 {
				dctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
				_, err := c.Do(dctx, get("/things"))
				cancel()
				if err != nil {
					e := wantCode(t, err, ats.CodeUpstreamRateLimited)
					if e.RetryAfter != 30*time.Second {
						t.Errorf("RetryAfter: got %s, want the 30 s window", e.RetryAfter)
					}
					break
				}
				free++
			}
			if free != tt.wantFree {
				t.Errorf("%d requests went at once, want %d", free, tt.wantFree)
			}
		})
	}
}

// The sliding window: a turn is free again one window after its answer,
// so that no window of the provider's, however aligned, sees more than
// Limit requests; concurrent callers share it.
func TestSlidingWindowUnderConcurrency(t *testing.T) {
	const limit, window = 3, time.Second
	clock := fakeClock()
	drive(t, clock, 10*time.Millisecond)
	a := newAPI(t, clock, script(ok))
	c, _ := newClient(t, a, func(cfg *upstream.Config) { cfg.Rate = upstream.Rate{Limit: limit, Window: window} })
	var wg sync.WaitGroup
	for range 12 {
		wg.Go(func() {
			if _, err := c.Do(ctx(t), get("/things")); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	calls := a.Calls()
	if len(calls) != 12 {
		t.Fatalf("got %d calls, want 12", len(calls))
	}
	for i := limit; i < len(calls); i++ {
		if d := calls[i].At.Sub(calls[i-limit].At); d < window {
			t.Errorf("calls %d and %d are %s apart, want at least the %s window", i-limit+1, i+1, d, window)
		}
	}
}

// Lever's token bucket: 20 at once, then 10 a second.
func TestTokenBucket(t *testing.T) {
	lever := func(cfg *upstream.Config) { cfg.Rate = upstream.Rate{Limit: 10, Window: time.Second, Burst: 20} }
	t.Run("a burst of 20 goes at once, the 21st waits", func(t *testing.T) {
		deadline := time.Now().Add(time.Hour)
		clock := clockwork.NewFakeClockAt(deadline.Add(-50 * time.Millisecond)) // never moves
		a := newAPI(t, clock, script(ok))
		c, _ := newClient(t, a, lever)
		var wg sync.WaitGroup
		for range 20 {
			wg.Go(func() {
				if _, err := c.Do(ctx(t), get("/things")); err != nil {
					t.Error(err)
				}
			})
		}
		wg.Wait()
		dctx, cancel := context.WithDeadline(context.Background(), deadline)
		defer cancel()
		_, err := c.Do(dctx, get("/things"))
		e := wantCode(t, err, ats.CodeUpstreamRateLimited)
		if e.RetryAfter != time.Second || a.Count() != 20 {
			t.Errorf("RetryAfter %s after %d calls, want 1 s (100 ms rounded up) after 20", e.RetryAfter, a.Count())
		}
	})
	t.Run("then 10 a second", func(t *testing.T) {
		clock := fakeClock()
		start := clock.Now()
		drive(t, clock, 10*time.Millisecond)
		a := newAPI(t, clock, script(ok))
		c, _ := newClient(t, a, lever)
		var wg sync.WaitGroup
		for range 40 {
			wg.Go(func() {
				if _, err := c.Do(ctx(t), get("/things")); err != nil {
					t.Error(err)
				}
			})
		}
		wg.Wait()
		for i, call := range a.Calls() {
			at := call.At.Sub(start)
			if earliest := time.Duration(max(0, i+1-20)) * 100 * time.Millisecond; at < earliest {
				t.Errorf("call %d went at %s, want not before %s", i+1, at, earliest)
			}
		}
	})
}

// A request whose turn would come after its deadline is told at once,
// with how long to wait; a write that waited for its turn was never sent,
// whatever ends its wait.
func TestTurnsPastTheDeadline(t *testing.T) {
	t.Run("told at once", func(t *testing.T) {
		a := newAPI(t, fakeClock(), script(ok)) // the clock never moves
		c, _ := newClient(t, a, func(cfg *upstream.Config) { cfg.Rate = upstream.Rate{Limit: 1, Window: 10 * time.Second} })
		if _, err := c.Do(ctx(t), get("/things")); err != nil {
			t.Fatal(err)
		}
		dctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		_, err := c.Do(dctx, get("/things"))
		e := wantCode(t, err, ats.CodeUpstreamRateLimited)
		if e.RetryAfter != 10*time.Second || dctx.Err() != nil {
			t.Errorf("RetryAfter %s (deadline passed: %v), want the 10 s window at once", e.RetryAfter, dctx.Err())
		}
	})
	t.Run("a write behind an answer that is slow to come", func(t *testing.T) {
		arrived := make(chan struct{}, 1)
		a := newAPI(t, fakeClock(), func(w http.ResponseWriter, r *http.Request, n int) {
			arrived <- struct{}{}
			<-r.Context().Done()
		})
		c, _ := newClient(t, a, func(cfg *upstream.Config) { cfg.Rate = upstream.Rate{Limit: 1, Window: 10 * time.Second} })
		slow, cancelSlow := context.WithCancel(ctx(t))
		done := make(chan struct{})
		go func() {
			defer close(done)
			_, _ = c.Do(slow, get("/things")) // holds the only turn
		}()
		<-arrived
		dctx, cancel := context.WithTimeout(ctx(t), 100*time.Millisecond)
		_, err := c.Do(dctx, post("/things"))
		cancel()
		e := wantCode(t, err, ats.CodeUpstreamRateLimited)
		if e.RetryAfter <= 0 || strings.Contains(e.Message, "may have been applied") {
			t.Errorf("got %q retry after %s, want a rate-limit answer with Retry-After", e.Message, e.RetryAfter)
		}
		cctx, cancel := context.WithCancel(ctx(t))
		errc := make(chan error, 1)
		go func() {
			_, err := c.Do(cctx, post("/things"))
			errc <- err
		}()
		cancel()
		e = wantCode(t, <-errc, ats.CodeCanceled)
		if !strings.Contains(e.Message, "nothing was changed") {
			t.Errorf("message %q: want it to say that nothing was sent", e.Message)
		}
		cancelSlow()
		<-done
		for _, call := range a.Calls() {
			if call.Method == "POST" {
				t.Error("a POST reached the API")
			}
		}
	})
}
