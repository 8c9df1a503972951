package fake

import (
	"math"
	"strconv"
	"sync"
	"time"
)

// Window is a fixed rate-limit window, Workable's and Greenhouse's: Limit
// requests per Size, windows aligned to multiples of Size since the Unix
// epoch, the reset being the start of the next window. It runs on the
// fake's clock (the now its callers pass). A negative Limit lets every
// request through. It is safe for concurrent use.
type Window struct {
	Limit int
	Size  time.Duration

	mu    sync.Mutex
	start time.Time
	count int
}

// Take counts one request at now and reports whether it is allowed, how
// many remain in the window, and when the window resets. Refused requests
// are not counted.
func (w *Window) Take(now time.Time) (ok bool, remaining int, reset time.Time) {
	w.mu.Lock()
	defer w.mu.Unlock()
	start := now.Truncate(w.Size)
	if !start.Equal(w.start) {
		w.start, w.count = start, 0
	}
	reset = start.Add(w.Size)
	if w.Limit < 0 {
		return true, w.Shown(), reset
	}
	if w.count >= w.Limit {
		return false, 0, reset
	}
	w.count++
	return true, w.Limit - w.count, reset
}

// Shown is the limit as a rate-limit header shows it: the limit, or a
// large number when there is none.
func (w *Window) Shown() int {
	if w.Limit < 0 {
		return 1 << 30
	}
	return w.Limit
}

// FormatReset writes a window's reset in Unix seconds, as Workable's and
// Greenhouse's reset headers do. A window shorter than a second (tests on
// the real clock only) is written with milliseconds, since whole seconds
// would overstate the wait many times over.
func FormatReset(reset time.Time, size time.Duration) string {
	if size%time.Second == 0 {
		return strconv.FormatInt(reset.Unix(), 10)
	}
	return strconv.FormatFloat(float64(reset.UnixMilli())/1000, 'f', 3, 64)
}

// RetryAfter is a Retry-After header for a wait of d: whole seconds,
// rounded up, at least one.
func RetryAfter(d time.Duration) string {
	return strconv.Itoa(max(1, int(math.Ceil(d.Seconds()))))
}

// Bucket is a token bucket, Lever's documented limit: refilled at Rate
// tokens per second up to Burst. Each request takes one token; a request
// that finds less than one is refused and takes none. A negative Rate lets
// every request through. It is safe for concurrent use.
type Bucket struct {
	mu     sync.Mutex
	rate   float64
	burst  float64
	tokens float64
	at     time.Time
}

// NewBucket is a full bucket at now.
func NewBucket(rate float64, burst int, now time.Time) *Bucket {
	return &Bucket{rate: rate, burst: float64(burst), tokens: float64(burst), at: now}
}

// Take refills the bucket up to now and takes one token if there is one.
func (b *Bucket) Take(now time.Time) bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.rate < 0 {
		return true
	}
	if now.After(b.at) {
		b.tokens = min(b.burst, b.tokens+now.Sub(b.at).Seconds()*b.rate)
		b.at = now
	}
	if b.tokens < 1 {
		return false
	}
	b.tokens--
	return true
}
