package caller

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Rate is a limit of N requests per Per, counted in fixed windows of Per
// aligned to the Unix epoch. The zero Rate means "the default".
type Rate struct {
	N   int
	Per time.Duration
}

// IsZero reports whether r is the zero Rate.
func (r Rate) IsZero() bool { return r.N == 0 && r.Per == 0 }

var rateUnits = map[string]time.Duration{"s": time.Second, "m": time.Minute, "h": time.Hour}

// MaxRate bounds N, so counters and headers stay small numbers.
const MaxRate = 1_000_000_000

// ParseRate reads "N/s", "N/m" or "N/h" (N from 1 to MaxRate).
func ParseRate(s string) (Rate, error) {
	n, unit, ok := strings.Cut(strings.TrimSpace(s), "/")
	per, known := rateUnits[strings.ToLower(unit)]
	v, err := strconv.Atoi(n)
	if !ok || !known || err != nil || v < 1 || v > MaxRate {
		return Rate{}, fmt.Errorf("%q is not a rate; write N/s, N/m or N/h with N from 1 to %d, e.g. 600/m", s, MaxRate)
	}
	return Rate{N: v, Per: per}, nil
}

// String writes r as ParseRate reads it; "" for the zero Rate.
func (r Rate) String() string {
	for unit, d := range rateUnits {
		if d == r.Per && r.N > 0 {
			return strconv.Itoa(r.N) + "/" + unit
		}
	}
	return ""
}

// Window is one counting window of a key's rate: requests of key KeyID
// that arrive from Start to Start+Per count against the same N.
type Window struct {
	KeyID string
	Start time.Time
	Per   time.Duration
}

// WindowAt is the window of r for key id that holds t.
func (r Rate) WindowAt(id string, t time.Time) Window {
	return Window{KeyID: id, Start: t.Truncate(r.Per).UTC(), Per: r.Per}
}

// End is when the window closes.
func (w Window) End() time.Time { return w.Start.Add(w.Per) }

// ExpiresAt is when a store may forget the window's count: a period after
// it closes, so an instance whose clock is a little behind still finds it.
func (w Window) ExpiresAt() time.Time { return w.End().Add(w.Per) }
