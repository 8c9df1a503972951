package workabletest

import (
	"strconv"
	"time"
)

// window is Workable's fixed rate-limit window: limit requests per size,
// windows aligned to multiples of size since the Unix epoch, Reset being the
// start of the next window.
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
		return true, 1 << 30, reset
	}
	if w.count >= w.limit {
		return false, 0, reset
	}
	w.count++
	return true, w.limit - w.count, reset
}

// formatReset writes X-Rate-Limit-Reset as Workable does, in Unix seconds.
// A window shorter than a second (tests only) is written with milliseconds,
// since whole seconds would overstate the wait many times over.
func formatReset(reset time.Time, size time.Duration) string {
	if size%time.Second == 0 {
		return strconv.FormatInt(reset.Unix(), 10)
	}
	return strconv.FormatFloat(float64(reset.UnixMilli())/1000, 'f', 3, 64)
}

func itoa(n int) string { return strconv.Itoa(n) }
