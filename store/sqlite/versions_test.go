package sqlite

import (
	"context"
	"database/sql"
	"path/filepath"
	"testing"
	"time"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/preview"
)

// TestVersionsSeeOtherWriters: writes through another Store on the file
// (another pool of connections, as another process has) and through plain
// SQL on another connection raise the versions a Store reports, with the
// wal-index header mapped and without it (the query-only check of systems
// where it is not mapped).
func TestVersionsSeeOtherWriters(t *testing.T) {
	for _, mapped := range []bool{true, false} {
		name := map[bool]string{true: "header mapped", false: "queries only"}[mapped]
		t.Run(name, func(t *testing.T) {
			ctx := context.Background()
			path := filepath.Join(t.TempDir(), "preview.db")
			a := openTest(t, path)
			if err := a.Seed(ctx, preview.SeedData); err != nil {
				t.Fatal(err)
			}
			if _, ok := a.versions.wal.header(); !ok {
				t.Skip("the wal-index is not mapped on this system")
			}
			if !mapped {
				a.versions.wal.unmap()
			}
			b := openTest(t, path)
			version := func(resource string) uint64 {
				t.Helper()
				n, ok := a.DataVersion(ctx, resource)
				if !ok {
					t.Fatalf("DataVersion(%s): not ok", resource)
				}
				return n
			}

			cands, apps, jobs := version(ats.ResourceCandidate), version(ats.ResourceApplication), version(ats.ResourceJob)
			if again := version(ats.ResourceCandidate); again != cands {
				t.Fatalf("candidate version moved from %d to %d without a write", cands, again)
			}
			c := ats.Candidate{FirstName: "Other", LastName: "Writer", Name: "Other Writer", Email: "other.writer@example.com",
				Tags: []string{}, CreatedAt: time.Now().UTC(), UpdatedAt: time.Now().UTC()}
			if err := b.CreateCandidate(ctx, &c, nil, nil); err != nil {
				t.Fatal(err)
			}
			if got := version(ats.ResourceCandidate); got <= cands {
				t.Errorf("after another Store's create: candidate version %d, want above %d", got, cands)
			}
			if got := version(ats.ResourceApplication); got != apps {
				t.Errorf("after a create without application: application version %d, want %d", got, apps)
			}

			// Another code path, another connection: plain SQL.
			db, err := sql.Open("sqlite", path+"?_pragma=busy_timeout(10000)")
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			if _, err := db.ExecContext(ctx, `UPDATE jobs SET title = 'Retitled' WHERE id = 'job_063'`); err != nil {
				t.Fatal(err)
			}
			if got := version(ats.ResourceJob); got <= jobs {
				t.Errorf("after an UPDATE of jobs: job version %d, want above %d", got, jobs)
			}
			j, err := a.Job(ctx, "job_063")
			if err != nil || j.Title != "Retitled" {
				t.Errorf("job_063 after the UPDATE: %q, %v", j.Title, err)
			}
		})
	}
}

// openTest opens path and closes it when the test ends.
func openTest(t *testing.T, path string) *Store {
	t.Helper()
	s, err := Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Close() })
	return s
}

// BenchmarkDataVersion measures a version check while nothing is written:
// with the header mapped, a read of shared memory; without, a query.
func BenchmarkDataVersion(b *testing.B) {
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(b.TempDir(), "preview.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	b.Run("header", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, ok := s.DataVersion(ctx, ats.ResourceJob); !ok {
				b.Fatal("not ok")
			}
		}
	})
	s.versions.wal.unmap()
	b.Run("query", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, ok := s.DataVersion(ctx, ats.ResourceJob); !ok {
				b.Fatal("not ok")
			}
		}
	})
}
