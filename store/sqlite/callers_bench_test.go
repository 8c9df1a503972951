package sqlite_test

import (
	"path/filepath"
	"testing"
	"time"

	"github.com/atsbridge/atsbridge/caller"
	"github.com/atsbridge/atsbridge/store/sqlite"
)

// BenchmarkCountRequest is the rate limit's store write on a SQLite file.
func BenchmarkCountRequest(b *testing.B) {
	s, err := sqlite.Open(b.Context(), filepath.Join(b.TempDir(), "preview.db"))
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { _ = s.Close() })
	w := caller.Rate{N: 10, Per: time.Minute}.WindowAt("key_bench", time.Now())
	for b.Loop() {
		if _, err := s.CountRequest(b.Context(), w, 1); err != nil {
			b.Fatal(err)
		}
	}
}
