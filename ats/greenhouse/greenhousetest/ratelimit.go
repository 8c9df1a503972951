package greenhousetest

import (
	"math"
	"strconv"
	"sync"
	"time"
)

// window is Greenhouse's fixed rate-limit window: limit requests per size,
// windows aligned to multiples of size since the Unix epoch, the reset
// being the start of the next window. It runs on the fake's clock.
type window struct {
	limit int
	size  time.Duration
	start time.Time
	count int
}

// take counts one request at now and reports whether it is allowed, how
// many remain in the window, and when the window resets. Refused requests
// are not counted.
func (w *window) take(now time.Time) (ok bool, remaining int, reset time.Time) {
	start := now.Truncate(w.size)
	if !start.Equal(w.start) {
		w.start, w.count = start, 0
	}
	reset = start.Add(w.size)
	if w.limit < 0 {
		return true, w.shownLimit(), reset
	}
	if w.count >= w.limit {
		return false, 0, reset
	}
	w.count++
	return true, w.limit - w.count, reset
}

// shownLimit is X-RateLimit-Limit: the limit, or a large number when the
// limit is off.
func (w *window) shownLimit() int {
	if w.limit < 0 {
		return 1 << 30
	}
	return w.limit
}

// formatReset writes X-RateLimit-Reset in Unix seconds. A window shorter
// than a second (tests on the real clock only) is written with
// milliseconds, since whole seconds would overstate the wait many times.
func formatReset(reset time.Time, size time.Duration) string {
	if size%time.Second == 0 {
		return strconv.FormatInt(reset.Unix(), 10)
	}
	return strconv.FormatFloat(float64(reset.UnixMilli())/1000, 'f', 3, 64)
}

// retryAfterSeconds is Retry-After for a wait of d: whole seconds,
// rounded up, at least one.
func retryAfterSeconds(d time.Duration) int {
	return max(1, int(math.Ceil(d.Seconds())))
}

func itoa(n int) string { return strconv.Itoa(n) }

// Clock is a clock a test moves by hand, for Options.Now: tokens expire and
// rate-limit windows pass without waiting.
type Clock struct {
	mu sync.Mutex
	t  time.Time
}

// NewClock returns a clock that reads t until moved.
func NewClock(t time.Time) *Clock { return &Clock{t: t} }

// Now reads the clock.
func (c *Clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

// Advance moves the clock forward by d.
func (c *Clock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}
