package upstream

import (
	"context"
	"math"
	"slices"
	"sync"
	"time"

	"github.com/jonboulle/clockwork"
	"golang.org/x/time/rate"
)

// gate keeps one provider's requests within its documented limit, for
// every request of the process that goes through the Client.
//
// For a provider that counts N requests per window (Workable, Greenhouse),
// a token bucket is not enough: with a burst of N it lets 2N requests
// through in one window of a fixed-window server. The gate holds N slots
// instead; a slot is taken when a request is sent and becomes free one
// window after its answer arrived. Since the server counts a request
// somewhere between our send and our receipt, any two requests N apart are
// then at least one window apart at the server too, whatever its window
// alignment and whatever the network delay.
//
// For a provider that documents a token bucket (Lever: 10 requests a second,
// bursts of 20), the gate is that bucket (x/time/rate's arithmetic, driven
// by the gate's clock).
//
// Either way waiters are served first come, first served; only the head of
// the queue watches the clock. A waiter whose turn would come after its
// deadline is told at once (with how long to wait) rather than left to time
// out, and one whose context ends leaves the queue.
type gate struct {
	clock  clockwork.Clock
	window time.Duration
	bucket *rate.Limiter // nil: a sliding window of slots

	mu sync.Mutex
	// limit is the number of slots; inflight counts the slots of requests
	// not yet answered, and idle holds the free-at times of used slots not
	// in flight, in ascending order. A limit of thousands costs nothing up
	// front.
	limit       int
	inflight    int
	idle        []time.Time
	pausedUntil time.Time // the provider said its budget is used up until then
	queue       []chan struct{}
}

func newGate(clock clockwork.Clock, r Rate) *gate {
	g := &gate{clock: clock, window: r.Window, limit: r.Limit}
	if r.Burst > 0 {
		g.bucket = rate.NewLimiter(rate.Limit(float64(r.Limit)/r.Window.Seconds()), r.Burst)
	}
	return g
}

// waitError says the gate could not let a request go before its deadline.
type waitError struct {
	retryAfter time.Duration
}

func (e *waitError) Error() string {
	return "rate limit: no turn before the deadline (retry after " + e.retryAfter.Round(time.Millisecond).String() + ")"
}

// acquire waits for the request's turn. It fails with *waitError when the
// turn cannot come by deadline, and with ctx's error when ctx ends first.
// Every successful acquire must be followed by one release.
func (g *gate) acquire(ctx context.Context, deadline time.Time) error {
	me := make(chan struct{}, 1)
	g.mu.Lock()
	g.queue = append(g.queue, me)
	if len(g.queue) == 1 {
		me <- struct{}{}
	}
	g.mu.Unlock()

	var timer clockwork.Timer
	var timerC <-chan time.Time
	defer func() {
		if timer != nil {
			timer.Stop()
		}
	}()
	for {
		// Only the head of the queue is poked or has a timer.
		select {
		case <-me:
		case <-timerC:
		case <-ctx.Done():
			g.leave(me)
			return ctx.Err()
		}
		g.mu.Lock()
		now := g.clock.Now()
		at, known := g.readyLocked(now)
		switch {
		case known && !at.After(now) && g.takeLocked(now):
			g.popLocked()
			g.mu.Unlock()
			return nil
		case known && at.After(deadline):
			g.popLocked()
			g.mu.Unlock()
			return &waitError{retryAfter: at.Sub(now)}
		}
		g.mu.Unlock()
		if timer != nil {
			timer.Stop()
			timer, timerC = nil, nil
		}
		if known {
			timer = g.clock.NewTimer(max(at.Sub(now), time.Nanosecond))
			timerC = timer.Chan()
		}
	}
}

// release ends a request's turn when its answer (or failure) has come: its
// slot may be used again one window from now. Taking the time under the
// lock keeps idle sorted.
func (g *gate) release() {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.bucket == nil {
		g.inflight--
		g.idle = append(g.idle, g.clock.Now().Add(g.window))
	}
	g.pokeLocked()
}

// pause holds every request until t: the provider said its budget is used
// up (a remaining count of 0, or a 429).
func (g *gate) pause(t time.Time) {
	g.mu.Lock()
	defer g.mu.Unlock()
	if t.After(g.pausedUntil) {
		g.pausedUntil = t
	}
}

// setLimit resizes the sliding window to n slots, as the provider
// announced; token buckets keep their documented size.
func (g *gate) setLimit(n int) {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.bucket != nil || n == g.limit {
		return
	}
	g.limit = n
	g.pokeLocked()
}

// readyLocked is when the head of the queue may go; known is false while
// every slot is in flight (a release will tell).
func (g *gate) readyLocked(now time.Time) (at time.Time, known bool) {
	at = now
	if g.bucket != nil {
		if tokens := g.bucket.TokensAt(now); tokens < 1 {
			secs := (1 - tokens) / float64(g.bucket.Limit())
			at = now.Add(time.Duration(math.Ceil(secs * float64(time.Second))))
		}
	} else {
		g.reclaimLocked(now)
		if used := g.inflight + len(g.idle); used >= g.limit {
			// The slot that frees soonest enough: used-limit idle slots
			// must expire before it.
			i := used - g.limit
			if i >= len(g.idle) {
				return time.Time{}, false
			}
			at = g.idle[i]
		}
	}
	if g.pausedUntil.After(at) {
		at = g.pausedUntil
	}
	return at, true
}

// takeLocked gives the head its turn; the caller checked with readyLocked
// that it has come. It reports false when a token bucket disagrees by a
// rounding error, and the head looks again.
func (g *gate) takeLocked(now time.Time) bool {
	if g.bucket != nil {
		return g.bucket.AllowN(now, 1)
	}
	g.inflight++
	return true
}

// reclaimLocked forgets used slots whose window has passed, so idle only
// holds the last window's slots.
func (g *gate) reclaimLocked(now time.Time) {
	n := 0
	for n < len(g.idle) && !g.idle[n].After(now) {
		n++
	}
	g.idle = g.idle[n:]
}

// popLocked removes the head of the queue and wakes the next waiter.
func (g *gate) popLocked() {
	g.queue = g.queue[1:]
	g.pokeLocked()
}

// leave removes a waiter that gave up, waking the next one if it was the
// head.
func (g *gate) leave(me chan struct{}) {
	g.mu.Lock()
	defer g.mu.Unlock()
	i := slices.Index(g.queue, me)
	if i < 0 {
		return
	}
	g.queue = slices.Delete(g.queue, i, i+1)
	if i == 0 {
		g.pokeLocked()
	}
}

// pokeLocked tells the head of the queue to look again.
func (g *gate) pokeLocked() {
	if len(g.queue) == 0 {
		return
	}
	select {
	case g.queue[0] <- struct{}{}:
	default:
	}
}
