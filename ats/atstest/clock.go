package atstest

import (
	"sync/atomic"
	"time"
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
