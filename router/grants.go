package router

import (
	"context"
	"sync"
	"time"

	"github.com/atsbridge/atsbridge/caller"
)

// maxBlock bounds how many of a window's requests one store write
// reserves for this process.
const maxBlock = 16

// blockFor is how many requests of a limit of n one write reserves: a
// hundredth of the limit, from 1 (small limits are counted exactly, one
// write per request) to maxBlock.
func blockFor(n int) int64 {
	return int64(min(max(n/100, 1), maxBlock))
}

// grants are the requests this process has reserved in the store's shared
// window counts and not used yet. A write adds a block of requests to the
// window's count in the store (one atomic write shared by every process);
// the part of the block within the limit is this process's to admit
// without another write. No process ever admits past the limit; the
// slack is the other way: requests a process reserved but did not use
// before the window ended (at most block-1 per process and window) are
// refused to everyone. Once a reservation finds the limit reached, the
// window is closed here and its later requests are refused without a
// write.
type grants struct {
	mu sync.Mutex
	m  map[caller.Window]*grant
}

type grant struct {
	left   int64 // reserved, not yet admitted
	total  int64 // the window's count in the store after our last reservation
	closed bool  // the limit is reached
}

func newGrants() *grants { return &grants{m: map[caller.Window]*grant{}} }

// take admits one request of window w under limit n, reserving from the
// store when this process holds none. It returns whether the request is
// admitted and what the caller may still send in the window, as far as
// this process knows.
func (g *grants) take(ctx context.Context, store Callers, w caller.Window, n int64, now time.Time) (bool, int64, error) {
	g.mu.Lock()
	if gr := g.m[w]; gr != nil && (gr.left > 0 || gr.closed) {
		defer g.mu.Unlock()
		if gr.closed && gr.left == 0 {
			return false, 0, nil
		}
		gr.left--
		return true, remaining(n, gr), nil
	}
	g.mu.Unlock()

	block := blockFor(int(n))
	total, err := store.CountRequest(ctx, w, block)
	if err != nil {
		return false, 0, err
	}
	usable := min(max(n-(total-block), 0), block)

	g.mu.Lock()
	defer g.mu.Unlock()
	if len(g.m) > maxCachedKeys {
		for old := range g.m {
			if !now.Before(old.End()) {
				delete(g.m, old)
			}
		}
	}
	gr := g.m[w]
	if gr == nil {
		gr = &grant{}
		g.m[w] = gr
	}
	gr.total = max(gr.total, total)
	if usable < block {
		gr.closed = true
	}
	if usable == 0 {
		return false, 0, nil
	}
	gr.left += usable - 1
	return true, remaining(n, gr), nil
}

// remaining is what the caller may still send: what no process has
// reserved, and what this one holds.
func remaining(n int64, gr *grant) int64 {
	return max(n-gr.total, 0) + gr.left
}
