package upstream

import (
	"context"
	"errors"
	"slices"
	"sync"
	"testing"
	"testing/synctest"
	"time"

	"github.com/jonboulle/clockwork"
)

// These tests run the gate in a synctest bubble: the real clock is the
// bubble's fake one, which moves only when every goroutine of the test is
// blocked, so turns and waits are exact and nothing sleeps.

// turns starts one acquirer per name, in order, each after the previous
// one is queued, and records when each got its turn (then releases it).
type turns struct {
	mu    sync.Mutex
	order []string
	at    map[string]time.Duration
}

func (tr *turns) start(g *gate, start time.Time, deadline time.Time, names ...string) {
	for _, name := range names {
		go func() {
			if err := g.acquire(context.Background(), deadline); err != nil {
				return
			}
			tr.mu.Lock()
			tr.order = append(tr.order, name)
			tr.at[name] = time.Since(start)
			tr.mu.Unlock()
			g.release()
		}()
		synctest.Wait()
	}
}

func TestGateSlidingWindowIsFirstComeFirstServed(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		start := time.Now()
		g := newGate(clockwork.NewRealClock(), Rate{Limit: 2, Window: time.Second})
		tr := &turns{at: map[string]time.Duration{}}
		tr.start(g, start, start.Add(time.Hour), "a", "b", "c", "d", "e")
		time.Sleep(time.Hour)
		synctest.Wait()
		// a and b at once; each slot is free one window after its answer.
		want := map[string]time.Duration{"a": 0, "b": 0, "c": time.Second, "d": time.Second, "e": 2 * time.Second}
		if !slices.Equal(tr.order, []string{"a", "b", "c", "d", "e"}) {
			t.Errorf("order: got %v, want a b c d e", tr.order)
		}
		for name, at := range want {
			if tr.at[name] != at {
				t.Errorf("%s went at %s, want %s", name, tr.at[name], at)
			}
		}
	})
}

func TestGateTokenBucket(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		start := time.Now()
		g := newGate(clockwork.NewRealClock(), Rate{Limit: 10, Window: time.Second, Burst: 2})
		tr := &turns{at: map[string]time.Duration{}}
		tr.start(g, start, start.Add(time.Hour), "a", "b", "c", "d")
		time.Sleep(time.Hour)
		synctest.Wait()
		want := map[string]time.Duration{"a": 0, "b": 0, "c": 100 * time.Millisecond, "d": 200 * time.Millisecond}
		for name, at := range want {
			if tr.at[name] != at {
				t.Errorf("%s went at %s, want %s", name, tr.at[name], at)
			}
		}
	})
}

func TestGateAnswersAtOnceWhenTheTurnIsPastTheDeadline(t *testing.T) {
	for name, r := range map[string]Rate{"window": {Limit: 1, Window: 10 * time.Second}, "bucket": {Limit: 1, Window: 10 * time.Second, Burst: 1}} {
		t.Run(name, func(t *testing.T) {
			synctest.Test(t, func(t *testing.T) {
				g := newGate(clockwork.NewRealClock(), r)
				if err := g.acquire(context.Background(), time.Now().Add(time.Hour)); err != nil {
					t.Fatal(err)
				}
				g.release()
				start := time.Now()
				err := g.acquire(context.Background(), start.Add(5*time.Second))
				var we *waitError
				if !errors.As(err, &we) || we.retryAfter != 10*time.Second {
					t.Fatalf("got %v, want a wait error of 10 s", err)
				}
				if waited := time.Since(start); waited != 0 {
					t.Errorf("the answer came after %s, want at once", waited)
				}
				// The refused waiter left the queue: the next one goes at
				// its turn.
				if err := g.acquire(context.Background(), start.Add(time.Hour)); err != nil || time.Since(start) != 10*time.Second {
					t.Errorf("got %v after %s, want the turn at 10 s", err, time.Since(start))
				}
			})
		})
	}
}

// A waiter that gives up leaves the queue, and the one behind it moves up.
func TestGateWaiterLeaving(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		start := time.Now()
		g := newGate(clockwork.NewRealClock(), Rate{Limit: 1, Window: time.Second})
		tr := &turns{at: map[string]time.Duration{}}
		tr.start(g, start, start.Add(time.Hour), "a") // a's slot is free at 1 s
		ctx, cancel := context.WithCancel(context.Background())
		errc := make(chan error, 1)
		go func() { errc <- g.acquire(ctx, start.Add(time.Hour)) }()
		synctest.Wait()
		tr.start(g, start, start.Add(time.Hour), "c")
		cancel()
		if err := <-errc; !errors.Is(err, context.Canceled) {
			t.Errorf("got %v, want the context's error", err)
		}
		time.Sleep(time.Hour)
		synctest.Wait()
		if tr.at["c"] != time.Second {
			t.Errorf("c went at %s, want 1 s, the turn the leaver gave up", tr.at["c"])
		}
	})
}

// While every slot is in flight, a waiter waits for an answer, not for
// the clock; an answer lets it go one window later.
func TestGateWaitsForAnswersInFlight(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		start := time.Now()
		g := newGate(clockwork.NewRealClock(), Rate{Limit: 1, Window: time.Second})
		if err := g.acquire(context.Background(), start.Add(time.Hour)); err != nil {
			t.Fatal(err)
		}
		tr := &turns{at: map[string]time.Duration{}}
		tr.start(g, start, start.Add(time.Hour), "b")
		time.Sleep(5 * time.Second) // the first answer takes 5 s
		g.release()
		time.Sleep(time.Hour)
		synctest.Wait()
		if tr.at["b"] != 6*time.Second {
			t.Errorf("b went at %s, want 6 s: one window after the answer", tr.at["b"])
		}
	})
}

func TestGatePauseAndResize(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		start := time.Now()
		g := newGate(clockwork.NewRealClock(), Rate{Limit: 1, Window: time.Minute})
		g.pause(start.Add(3 * time.Second))
		tr := &turns{at: map[string]time.Duration{}}
		tr.start(g, start, start.Add(time.Hour), "a")
		time.Sleep(3 * time.Second)
		synctest.Wait()
		if tr.at["a"] != 3*time.Second {
			t.Errorf("a went at %s, want at the end of the pause, 3 s", tr.at["a"])
		}
		// The one slot is used for a minute; a larger limit frees one.
		tr.start(g, start, start.Add(time.Hour), "b")
		g.setLimit(2)
		synctest.Wait()
		if at, ok := tr.at["b"]; !ok || at != 3*time.Second {
			t.Errorf("b went at %s (%v), want at once after the resize", at, ok)
		}
	})
}
