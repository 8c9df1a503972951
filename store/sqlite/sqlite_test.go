package sqlite_test

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/preview"
	"github.com/atsbridge/atsbridge/store/sqlite"
	"github.com/atsbridge/atsbridge/store/storetest"
)

func TestContract(t *testing.T) {
	storetest.Run(t, func(t *testing.T) preview.Store {
		return open(t, filepath.Join(t.TempDir(), "preview.db"))
	}, storetest.CommitOrder)
}

// open opens path and closes it when the test ends.
func open(t *testing.T, path string) *sqlite.Store {
	t.Helper()
	s, err := sqlite.Open(t.Context(), path)
	if err != nil {
		t.Fatalf("Open(%s): %v", path, err)
	}
	t.Cleanup(func() {
		if err := s.Close(); err != nil {
			t.Errorf("Close: %v", err)
		}
	})
	return s
}

var base = time.Date(2025, 6, 1, 12, 0, 0, 0, time.UTC)

func str(s string) *string { return &s }

// smallSeed is a seed of two jobs, one candidate and one application.
func smallSeed() preview.Dataset {
	return preview.Dataset{
		Jobs: []ats.Job{
			{ID: "job_001", Title: "Go Engineer", Status: ats.JobOpen, Location: ats.Location{Text: "Remote"}, CreatedAt: base, UpdatedAt: base},
			{ID: "job_063", Title: "Designer", Status: ats.JobOpen, Location: ats.Location{Text: "Remote"}, CreatedAt: base.Add(time.Hour), UpdatedAt: base.Add(time.Hour)},
		},
		Candidates: []ats.Candidate{
			{ID: "cand_007", FirstName: "Ada", LastName: "Lovelace", Name: "Ada Lovelace", Email: "ada@example.com", Tags: []string{"math"}, CreatedAt: base, UpdatedAt: base},
		},
		Applications: []ats.Application{
			{ID: "app_0009", CandidateID: "cand_007", JobID: "job_001", Stage: ats.Stage{ID: "s1", Name: "Applied", Kind: ats.StageApplied},
				Status: ats.ApplicationActive, AppliedAt: base, UpdatedAt: base},
		},
		Next: map[preview.Sequence]int64{preview.SeqCandidate: 8, preview.SeqApplication: 10},
	}
}

func candidateCount(t *testing.T, s preview.Store) int {
	t.Helper()
	p, err := s.ListCandidates(t.Context(), ats.CandidateQuery{Window: ats.Window{Limit: 100}})
	if err != nil {
		t.Fatalf("ListCandidates: %v", err)
	}
	return len(p.Items)
}

// TestReopenKeepsData is a restart of `go run .`: what callers created is
// still there, the seed is not written again, and ids continue.
func TestReopenKeepsData(t *testing.T) {
	path := filepath.Join(t.TempDir(), "nested", "dir", "preview.db")
	ctx := t.Context()

	first, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatalf("Open (first start, directory absent): %v", err)
	}
	if err := first.Seed(ctx, smallSeed); err != nil {
		t.Fatalf("Seed: %v", err)
	}
	created := ats.Candidate{FirstName: "Grace", LastName: "Hopper", Name: "Grace Hopper",
		Email: "grace@example.com", Phone: str("+1 555 0100"), CreatedAt: base.Add(2 * time.Hour).Add(time.Nanosecond), UpdatedAt: base.Add(2 * time.Hour)}
	app := ats.Application{JobID: "job_063", Stage: ats.Stage{ID: "s1", Name: "Applied", Kind: ats.StageApplied}, Status: ats.ApplicationActive,
		AppliedAt: created.CreatedAt, UpdatedAt: created.CreatedAt}
	if err := first.CreateCandidate(ctx, &created, &app, nil); err != nil {
		t.Fatalf("CreateCandidate: %v", err)
	}
	if created.ID != "cand_008" || app.ID != "app_0010" {
		t.Errorf("ids of the first records created: got %s and %s, want cand_008 and app_0010 (the seed's Next)", created.ID, app.ID)
	}
	if err := first.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}

	second := open(t, path)
	// The sandbox seeds on every start; a changed seed must not be applied
	// over a kept sandbox, nor the same seed duplicated.
	changed := smallSeed()
	changed.Jobs[0].Title = "Changed"
	changed.Candidates = append(changed.Candidates, ats.Candidate{ID: "cand_500", Email: "new@example.com", CreatedAt: base, UpdatedAt: base})
	changed.Next = map[preview.Sequence]int64{preview.SeqCandidate: 1, preview.SeqApplication: 1}
	if err := second.Seed(ctx, func() preview.Dataset { return changed }); err != nil {
		t.Fatalf("Seed after reopen: %v", err)
	}
	if got := candidateCount(t, second); got != 2 {
		t.Errorf("candidates after reopen and Seed: got %d, want 2 (the seeded one and the created one)", got)
	}
	j, err := second.Job(ctx, "job_001")
	if err != nil {
		t.Fatalf("Job(job_001): %v", err)
	}
	if j.Title != "Go Engineer" {
		t.Errorf("job_001 title after reopen: got %q, want %q (seed not re-run)", j.Title, "Go Engineer")
	}
	got, err := second.Candidate(ctx, created.ID)
	if err != nil {
		t.Fatalf("Candidate(%s) after reopen: %v", created.ID, err)
	}
	if !got.CreatedAt.Equal(created.CreatedAt) || got.CreatedAt.Location() != time.UTC || got.Email != created.Email ||
		got.Phone == nil || *got.Phone != *created.Phone || len(got.ApplicationIDs) != 1 || got.ApplicationIDs[0] != app.ID {
		t.Errorf("candidate after reopen: got %+v, want %+v with application %s", got, created, app.ID)
	}
	again := ats.Candidate{Email: "again@example.com", CreatedAt: base.Add(3 * time.Hour), UpdatedAt: base.Add(3 * time.Hour)}
	againApp := ats.Application{JobID: "job_001", Stage: app.Stage, Status: ats.ApplicationActive, AppliedAt: again.CreatedAt, UpdatedAt: again.CreatedAt}
	if err := second.CreateCandidate(ctx, &again, &againApp, nil); err != nil {
		t.Fatalf("CreateCandidate after reopen: %v", err)
	}
	if again.ID != "cand_009" || againApp.ID != "app_0011" {
		t.Errorf("ids after reopen: got %s and %s, want cand_009 and app_0011 (the sequences continue; a repeated seed sets none back)", again.ID, againApp.ID)
	}
}

// TestTwoStoresOnOneFile is two processes (two local servers, or a server
// and a test) sharing one file: both read and write, the rules hold across
// them, and ids never collide.
func TestTwoStoresOnOneFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "preview.db")
	ctx := t.Context()
	// Both open and seed at once, like two cold starts.
	stores := make([]*sqlite.Store, 2)
	errs := make([]error, 2)
	var wg sync.WaitGroup
	for i := range stores {
		wg.Go(func() {
			s, err := sqlite.Open(ctx, path)
			if err != nil {
				errs[i] = err
				return
			}
			stores[i] = s
			errs[i] = s.Seed(ctx, smallSeed)
		})
	}
	wg.Wait()
	for i, s := range stores {
		if s != nil {
			t.Cleanup(func() { _ = s.Close() })
		}
		if errs[i] != nil {
			t.Fatalf("store %d: open and seed: %v", i, errs[i])
		}
	}

	// Several writers per store create candidates and then apply them (a
	// read followed by a write, the case that deadlocks without BEGIN
	// IMMEDIATE); one email is raced by both stores.
	const writers, each = 4, 8
	var mu sync.Mutex
	ids := make([][]string, 2)
	raced := make([]error, 2)
	write := func(i, w int) error {
		s := stores[i]
		for k := range each {
			at := base.Add(time.Duration(k) * time.Minute)
			c := ats.Candidate{Email: fmt.Sprintf("p%d-%d-%d@example.com", i, w, k), Tags: []string{}, CreatedAt: at, UpdatedAt: at}
			if err := s.CreateCandidate(ctx, &c, nil, nil); err != nil {
				return err
			}
			a := ats.Application{CandidateID: c.ID, JobID: "job_063", Stage: ats.Stage{ID: "s1", Name: "Applied", Kind: ats.StageApplied},
				Status: ats.ApplicationActive, AppliedAt: c.CreatedAt, UpdatedAt: c.CreatedAt}
			if err := s.CreateApplication(ctx, &a); err != nil {
				return err
			}
			mu.Lock()
			ids[i] = append(ids[i], c.ID)
			mu.Unlock()
		}
		return nil
	}
	for i, s := range stores {
		for w := range writers {
			wg.Go(func() {
				if err := write(i, w); err != nil {
					mu.Lock()
					errs[i] = errors.Join(errs[i], err)
					mu.Unlock()
				}
			})
		}
		wg.Go(func() {
			raced[i] = s.CreateCandidate(ctx, &ats.Candidate{Email: "Both@Example.com", CreatedAt: base, UpdatedAt: base}, nil, nil)
		})
	}
	wg.Wait()
	for i := range stores {
		if errs[i] != nil {
			t.Fatalf("store %d: %v", i, errs[i])
		}
	}
	if wins := btoi(raced[0] == nil) + btoi(raced[1] == nil); wins != 1 {
		t.Errorf("same email from two stores: got %d successes (%v, %v), want 1", wins, raced[0], raced[1])
	}
	for _, err := range raced {
		if err != nil && ats.ErrorCode(err) != ats.CodeCandidateExists {
			t.Errorf("losing store: got %v, want CANDIDATE_EXISTS", err)
		}
	}
	// Each store sees the other's writes.
	want := 1 + 2*writers*each + 1
	for i, s := range stores {
		if got := candidateCount(t, s); got != want {
			t.Errorf("store %d sees %d candidates, want %d", i, got, want)
		}
	}
	if d := duplicateIDs(append(slices.Clone(ids[0]), ids[1]...)); len(d) > 0 {
		t.Errorf("ids handed out by both stores: %v", d)
	}
	for _, id := range ids[0] {
		if _, err := stores[1].Candidate(ctx, id); err != nil {
			t.Errorf("store 1 reading store 0's %s: %v", id, err)
		}
	}
}

func duplicateIDs(ids []string) []string {
	seen := map[string]bool{}
	var d []string
	for _, id := range ids {
		if seen[id] {
			d = append(d, id)
		}
		seen[id] = true
	}
	return d
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

func TestOpenRefusesNonFilePaths(t *testing.T) {
	for _, path := range []string{"", ":memory:", "file:x.db?mode=memory", filepath.Join(t.TempDir(), "a?b.db")} {
		t.Run(fmt.Sprintf("%q", path), func(t *testing.T) {
			s, err := sqlite.Open(context.Background(), path)
			if err == nil {
				_ = s.Close()
				t.Fatalf("Open(%q): got a store, want an error", path)
			}
		})
	}
}
