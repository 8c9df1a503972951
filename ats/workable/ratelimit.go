package workable

import (
	"context"
	"slices"
	"sync"
	"time"
)

// gate keeps one token's requests within Workable's limit of N requests
// per window, for every request of the process that goes through the
// Client.
//
// A token bucket (x/time/rate) is not enough: with a burst of N it lets 2N
// requests through in one window of a fixed-window server. The gate holds
// N slots instead; a slot is taken when a request is sent and becomes free
// one window after its answer arrived. Since the server counts a request
// somewhere between our send and our receipt, any two requests N apart are
// then at least one window apart at the server too, whatever its window
// alignment and whatever the network delay.
//
// Waiters are served first come, first served, and a waiter whose turn
// would come after its deadline is told at once (with how long to wait)
// rather than left to time out.
type gate struct {
	window time.Duration

	mu sync.Mutex
	// fresh counts the free slots; idle holds the free-at times of used
	// slots not in flight, in ascending order. Slots in flight are in
	// neither. A limit of thousands costs nothing up front.
	fresh       int
	idle        []time.Time
	pausedUntil time.Time // Workable said the window is used up until then
	queue       []chan struct{}
}

func newGate(limit int, window time.Duration) *gate {
	return &gate{window: window, fresh: limit}
}

// waitError says the gate could not let a request go before its deadline.
type waitError struct {
	retryAfter time.Duration
}

func (e *waitError) Error() string {
	return "rate limit: no request slot before the deadline (retry after " + e.retryAfter.Round(time.Millisecond).String() + ")"
}

// acquire waits for a slot. It fails with *waitError when no slot can be
// had by deadline, and with ctx's error when ctx ends first. Every
// successful acquire must be followed by one release.
func (g *gate) acquire(ctx context.Context, deadline time.Time) error {
	me := make(chan struct{}, 1)
	g.mu.Lock()
	g.queue = append(g.queue, me)
	if len(g.queue) == 1 {
		me <- struct{}{}
	}
	g.mu.Unlock()

	budget := time.NewTimer(time.Until(deadline))
	defer budget.Stop()
	var timer *time.Timer
	defer func() {
		if timer != nil {
			timer.Stop()
		}
	}()
	var timerC <-chan time.Time
	head := false
	for {
		if head {
			g.mu.Lock()
			now := time.Now()
			at, known := g.readyLocked()
			switch {
			case known && !at.After(now):
				g.takeLocked()
				g.popLocked()
				g.mu.Unlock()
				return nil
			case known && at.After(deadline):
				g.popLocked()
				g.mu.Unlock()
				return &waitError{retryAfter: at.Sub(now)}
			}
			g.mu.Unlock()
			timerC = nil
			if known {
				if timer == nil {
					timer = time.NewTimer(at.Sub(now))
				} else {
					timer.Reset(at.Sub(now))
				}
				timerC = timer.C
			}
		}
		// A wake-up already waiting wins over an expired budget.
		select {
		case <-me:
			head = true
			continue
		default:
		}
		select {
		case <-me:
			head = true
		case <-timerC:
		case <-ctx.Done():
			g.leave(me)
			return ctx.Err()
		case <-budget.C:
			g.leave(me)
			return &waitError{retryAfter: g.window}
		}
	}
}

// release frees the slot of a request whose answer (or failure) has just
// come: it may be used again one window from now. Taking the time under the
// lock keeps idle sorted by free-at time.
func (g *gate) release() {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.idle = append(g.idle, time.Now().Add(g.window))
	g.pokeLocked()
}

// pause holds every request until t: Workable said the window is used up
// (X-Rate-Limit-Remaining: 0, or a 429).
func (g *gate) pause(t time.Time) {
	g.mu.Lock()
	defer g.mu.Unlock()
	if t.After(g.pausedUntil) {
		g.pausedUntil = t
	}
}

// readyLocked is when the head of the queue may go; known is false while
// every slot is in flight.
func (g *gate) readyLocked() (at time.Time, known bool) {
	g.reclaimLocked()
	switch {
	case g.fresh > 0:
		// at stays the zero time: free now.
	case len(g.idle) > 0:
		at = g.idle[0]
	default:
		return time.Time{}, false
	}
	if g.pausedUntil.After(at) {
		at = g.pausedUntil
	}
	return at, true
}

// takeLocked moves a free slot into flight; the caller checked with
// readyLocked that one is free.
func (g *gate) takeLocked() {
	if g.fresh > 0 {
		g.fresh--
		return
	}
	g.idle = g.idle[1:]
}

// reclaimLocked turns used slots whose window has passed back into fresh
// ones, so idle only holds the last window's slots.
func (g *gate) reclaimLocked() {
	now := time.Now()
	n := 0
	for n < len(g.idle) && !g.idle[n].After(now) {
		n++
	}
	g.fresh += n
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
