package atstest

import (
	"context"
	"sync/atomic"
	"testing"
	"time"

	"github.com/jonboulle/clockwork"
)

// Clock is the real clock, moved on by a second at each Tick: the clock of
// a fake ATS whose times are coarser than its answers are quick (whole
// seconds; or milliseconds, where the fake answers two actions within
// one), for Pipeline.Tick. Between ticks it runs as time does, so records
// created one after the other still carry times in that order.
type Clock struct {
	offset atomic.Int64
}

// Now is the time, plus a second for each Tick so far.
func (c *Clock) Now() time.Time { return time.Now().Add(time.Duration(c.offset.Load())) }

// Tick moves the clock on by a second.
func (c *Clock) Tick() { c.offset.Add(int64(time.Second)) }

// Drive advances clock by step whenever something waits on it, until the
// test ends: a client's waits on that clock (rate gate, backoff, 429) then
// end as soon as it makes them, whatever their length (to within step),
// and the test never sleeps.
func Drive(t testing.TB, clock *clockwork.FakeClock, step time.Duration) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		defer close(done)
		for clock.BlockUntilContext(ctx, 1) == nil {
			clock.Advance(step)
		}
	}()
	t.Cleanup(func() {
		cancel()
		<-done
	})
}
