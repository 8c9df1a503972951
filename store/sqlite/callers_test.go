package sqlite_test

import (
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/atsbridge/atsbridge/caller"
	"github.com/atsbridge/atsbridge/store/callertest"
)

func TestCallerContract(t *testing.T) {
	callertest.Run(t, func(t *testing.T) callertest.Store {
		return open(t, filepath.Join(t.TempDir(), "preview.db"))
	})
}

// TestCallerCountsAcrossHandles counts one window through two Stores on
// one file, as two processes would: every count is handed out once.
func TestCallerCountsAcrossHandles(t *testing.T) {
	path := filepath.Join(t.TempDir(), "preview.db")
	stores := []callertest.Store{open(t, path), open(t, path)}
	w := caller.Rate{N: 10, Per: time.Minute}.WindowAt("key_shared", time.Now())
	const each = 40
	counts := make(chan int64, 2*each)
	var wg sync.WaitGroup
	for _, s := range stores {
		for range each {
			wg.Go(func() {
				n, err := s.CountRequest(t.Context(), w, 1)
				if err != nil {
					t.Error(err)
				}
				counts <- n
			})
		}
	}
	wg.Wait()
	close(counts)
	seen := map[int64]bool{}
	for n := range counts {
		if seen[n] || n < 1 || n > 2*each {
			t.Fatalf("count %d handed out twice or out of 1..%d", n, 2*each)
		}
		seen[n] = true
	}
	if len(seen) != 2*each {
		t.Errorf("%d distinct counts, want %d", len(seen), 2*each)
	}
}
