package levertest

import "time"

// bucket is Lever's rate limit as documented: a token bucket per API key,
// refilled at rate tokens per second up to burst. Each request takes one
// token; a request that finds less than one is refused (429) and takes
// none.
type bucket struct {
	rate   float64 // tokens per second; negative: unlimited
	burst  float64
	tokens float64
	at     time.Time
}

func newBucket(rate float64, burst int, now time.Time) bucket {
	return bucket{rate: rate, burst: float64(burst), tokens: float64(burst), at: now}
}

// take refills the bucket up to now and takes one token if there is one.
func (b *bucket) take(now time.Time) bool {
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
