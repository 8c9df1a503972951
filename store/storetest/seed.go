package storetest

import (
	"fmt"
	"sync"
	"testing"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/preview"
)

// testSeed checks that Seed writes the dataset once, however often and
// however concurrently it is called.
func testSeed(t *testing.T, open opener) {
	t.Run("writes_every_row", func(t *testing.T) {
		s := seeded(t, open)
		counts(t, s, len(allJobs), len(allCandidates), len(allApplications))
	})

	t.Run("twice_no_duplicates", func(t *testing.T) {
		s := seeded(t, open)
		built := false
		if err := s.Seed(ctx(t), func() preview.Dataset { built = true; return dataset() }); err != nil {
			t.Fatalf("second Seed: got %v, want nil", err)
		}
		counts(t, s, len(allJobs), len(allCandidates), len(allApplications))
		if built {
			t.Errorf("second Seed built the dataset; a seeded store must not pay for it on every start")
		}
	})

	t.Run("again_after_writes_keeps_them", func(t *testing.T) {
		s := seeded(t, open)
		first, _, err := createCandidate(ctx(t), s, "later@example.com", "", at(1000))
		if err != nil {
			t.Fatalf("CreateCandidate: %v", err)
		}
		if err := s.Seed(ctx(t), dataset); err != nil {
			t.Fatalf("second Seed: got %v, want nil", err)
		}
		counts(t, s, len(allJobs), len(allCandidates)+1, len(allApplications))
		if _, err := s.Candidate(ctx(t), first); err != nil {
			t.Errorf("candidate created before the second Seed: got %v, want it kept", err)
		}
		next, _, err := createCandidate(ctx(t), s, "later2@example.com", "", at(1001))
		if err != nil {
			t.Fatalf("CreateCandidate after the second Seed: %v", err)
		}
		if preview.CompareIDs(next, first) <= 0 {
			t.Errorf("candidate after the second Seed: got %s, want a number after %s (sequences never go back)", next, first)
		}
	})

	t.Run("second_seed_with_other_data_changes_nothing", func(t *testing.T) {
		s := seeded(t, open)
		other := dataset()
		other.Jobs[1].Title = "Changed Title"
		other.Jobs = append(other.Jobs, ats.Job{ID: "job_500", Title: "Extra", Status: ats.JobOpen, CreatedAt: at(500), UpdatedAt: at(500)})
		if err := s.Seed(ctx(t), func() preview.Dataset { return other }); err != nil {
			t.Fatalf("second Seed: got %v, want nil", err)
		}
		_, err := s.Job(ctx(t), "job_500")
		wantNotFound(t, err, "job")
		j, err := s.Job(ctx(t), "job_001")
		if err != nil {
			t.Fatalf("Job(job_001): %v", err)
		}
		if j.Title != "Senior Go Engineer" {
			t.Errorf("job_001 title after a second Seed: got %q, want %q", j.Title, "Senior Go Engineer")
		}
	})

	t.Run("concurrent_cold_starts", func(t *testing.T) {
		s := open(t)
		errs := make([]error, 4)
		var wg sync.WaitGroup
		for i := range errs {
			wg.Go(func() { errs[i] = s.Seed(ctx(t), dataset) })
		}
		wg.Wait()
		for i, err := range errs {
			if err != nil {
				t.Errorf("Seed #%d: got %v, want nil", i, err)
			}
		}
		counts(t, s, len(allJobs), len(allCandidates), len(allApplications))
	})
}

// testNumbering checks that new records are numbered from the seed's Next
// (not from the ids the seed holds), in increasing order, and that a
// refused write never makes a number come round again.
func testNumbering(t *testing.T, open opener) {
	t.Run("starts_at_the_seeds_next", func(t *testing.T) {
		ds := dataset()
		ds.Next = map[preview.Sequence]int64{preview.SeqCandidate: 500, preview.SeqApplication: 7000}
		s := seededWith(t, open, ds)
		c, a, err := createCandidate(ctx(t), s, "numbered@example.com", "job_001", at(1000))
		if err != nil {
			t.Fatalf("CreateCandidate: %v", err)
		}
		if c != "cand_500" || a != "app_7000" {
			t.Errorf("first new records: got %s and %s, want cand_500 and app_7000 (the seed's Next)", c, a)
		}
	})

	t.Run("increasing_and_never_reused", func(t *testing.T) {
		s := seeded(t, open)
		var cands, apps []string
		for i := range 3 {
			c, a, err := createCandidate(ctx(t), s, fmt.Sprintf("n%d@example.com", i), "job_001", at(1000+i))
			if err != nil {
				t.Fatalf("CreateCandidate #%d: %v", i, err)
			}
			// A refused write between each.
			if _, _, err := createCandidate(ctx(t), s, "ada@example.com", "job_001", at(1000+i)); ats.ErrorCode(err) != ats.CodeCandidateExists {
				t.Fatalf("CreateCandidate with a taken email: got %v, want CANDIDATE_EXISTS", err)
			}
			if _, err := createApplication(ctx(t), s, c, "job_001", at(1000+i)); ats.ErrorCode(err) != ats.CodeApplicationExists {
				t.Fatalf("CreateApplication of a taken pair: got %v, want APPLICATION_EXISTS", err)
			}
			cands, apps = append(cands, c), append(apps, a)
		}
		for _, ids := range []struct {
			seq   preview.Sequence
			seeds int64
			got   []string
		}{{preview.SeqCandidate, maxSeededCandidate, cands}, {preview.SeqApplication, maxSeededApplication, apps}} {
			prev := ids.seq.ID(ids.seeds)
			for _, id := range ids.got {
				if preview.CompareIDs(id, prev) <= 0 {
					t.Errorf("%s numbers: got %v, want each after the one before, starting after %s", ids.seq, ids.got, ids.seq.ID(ids.seeds))
					break
				}
				prev = id
			}
		}
	})
}
