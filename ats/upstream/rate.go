package upstream

import (
	"errors"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// Rate is a provider's documented request limit, which the Client keeps on
// its side for every request of the process.
//
//	Workable   Rate{Limit: 10, Window: 10 * time.Second}
//	Greenhouse Rate{Limit: 50, Window: 30 * time.Second}, resized by X-RateLimit-Limit
//	Lever      Rate{Limit: 10, Window: time.Second, Burst: 20}
type Rate struct {
	// Limit is the number of requests per Window.
	Limit int
	// Window is the length of the provider's counting window.
	Window time.Duration
	// Burst, when set, makes the gate a token bucket: Limit per Window
	// steadily, up to Burst at once, for providers that document one.
	// Without it the gate is a sliding window of Limit requests, which
	// keeps within a fixed window of the provider's whatever its alignment.
	Burst int
}

func (r Rate) check() error {
	if r.Limit <= 0 || r.Window <= 0 || r.Burst < 0 {
		return errors.New("upstream: Config.Rate needs a positive Limit and Window")
	}
	return nil
}

// RateHeaders names a provider's rate-limit answer headers: Workable's
// X-Rate-Limit-Remaining and -Reset, Greenhouse's X-RateLimit-Limit,
// -Remaining and -Reset; a provider that sends none (Lever) leaves them
// empty. Reset is read as Unix seconds
// (decimals accepted), as both Workable and Greenhouse send it.
type RateHeaders struct {
	// Remaining and Reset: when Remaining says 0, every request waits
	// until Reset (at most one window), since the budget is used up, by us
	// or by another process with the same credentials.
	Remaining, Reset string
	// Limit, when set, resizes the gate's window to the header's value
	// (Greenhouse publishes no fixed limit but announces it on every
	// answer). Leave it empty when the configured limit must hold
	// (Workable's WORKABLE_RATE_LIMIT). Token buckets are not resized.
	Limit string
}

// observe reads the rate headers of an answer. A pause is capped at one
// window, so that a skewed clock cannot stall the client.
func (c *Client) observe(h http.Header) {
	if h == nil {
		return
	}
	if c.headers.Limit != "" {
		if n, err := strconv.Atoi(strings.TrimSpace(h.Get(c.headers.Limit))); err == nil && n > 0 {
			c.gate.setLimit(n)
		}
	}
	if c.headers.Remaining == "" || strings.TrimSpace(h.Get(c.headers.Remaining)) != "0" {
		return
	}
	if reset, ok := parseReset(h.Get(c.headers.Reset)); ok {
		now := c.clock.Now()
		if reset.After(now) {
			c.gate.pause(minTime(reset, now.Add(c.rate.Window)))
		}
	}
}

// retryAfter is how long to wait after the n+1st 429 of a call:
// Retry-After (seconds or an HTTP date) when sent, else until the reset
// header (capped at one window), else an exponential backoff from a tenth
// of the window, capped at the window and jittered (Lever sends neither).
func (c *Client) retryAfter(h http.Header, n int) time.Duration {
	now := c.clock.Now()
	if v := strings.TrimSpace(h.Get("Retry-After")); v != "" {
		if secs, err := strconv.Atoi(v); err == nil && secs >= 0 {
			return time.Duration(secs) * time.Second
		}
		if t, err := http.ParseTime(v); err == nil && t.After(now) {
			return t.Sub(now)
		}
	}
	if c.headers.Reset != "" {
		if reset, ok := parseReset(h.Get(c.headers.Reset)); ok && reset.After(now) {
			return min(reset.Sub(now), c.rate.Window)
		}
	}
	return jitter(min(c.rate.Window/10<<n, c.rate.Window))
}

// parseReset reads a reset header: Unix seconds, decimals accepted.
func parseReset(v string) (time.Time, bool) {
	f, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
	if err != nil || f <= 0 {
		return time.Time{}, false
	}
	return time.UnixMilli(int64(f * 1000)), true
}

func minTime(a, b time.Time) time.Time {
	if a.Before(b) {
		return a
	}
	return b
}
