package storetest

import (
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
		c := newCandidate(t, s, "later@example.com", at(1000))
		if err := s.CreateCandidate(ctx(t), c, nil); err != nil {
			t.Fatalf("CreateCandidate: %v", err)
		}
		if err := s.Seed(ctx(t), dataset); err != nil {
			t.Fatalf("second Seed: got %v, want nil", err)
		}
		counts(t, s, len(allJobs), len(allCandidates)+1, len(allApplications))
		if _, err := s.Candidate(ctx(t), c.ID); err != nil {
			t.Errorf("candidate created before the second Seed: got %v, want it kept", err)
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

// testNextID checks that the sequences continue after the seed and never
// hand out a value twice.
func testNextID(t *testing.T, open opener) {
	seqs := []struct {
		seq preview.Sequence
		max int64
	}{
		{preview.SeqCandidate, maxSeededCandidate},
		{preview.SeqApplication, maxSeededApplication},
	}

	t.Run("continues_after_highest_seeded_suffix", func(t *testing.T) {
		s := seeded(t, open)
		for _, q := range seqs {
			prev := int64(q.max)
			for i := range 3 {
				n, err := s.NextID(ctx(t), q.seq)
				if err != nil {
					t.Fatalf("NextID(%s): %v", q.seq, err)
				}
				if n <= prev {
					t.Errorf("NextID(%s) call %d: got %d, want more than %d (the highest seeded suffix or the previous value)", q.seq, i+1, n, prev)
				}
				prev = n
			}
		}
	})

	t.Run("unique_under_50_concurrent_callers", func(t *testing.T) {
		s := seeded(t, open)
		for _, q := range seqs {
			const callers, each = 50, 4
			got := make([][]int64, callers)
			errs := make([]error, callers)
			var wg sync.WaitGroup
			for g := range callers {
				wg.Go(func() {
					for range each {
						n, err := s.NextID(ctx(t), q.seq)
						if err != nil {
							errs[g] = err
							return
						}
						got[g] = append(got[g], n)
					}
				})
			}
			wg.Wait()
			seen := map[int64]bool{}
			for g := range callers {
				if errs[g] != nil {
					t.Fatalf("NextID(%s) caller %d: %v", q.seq, g, errs[g])
				}
				for _, n := range got[g] {
					if seen[n] {
						t.Errorf("NextID(%s): got %d twice, want unique values", q.seq, n)
					}
					if n <= q.max {
						t.Errorf("NextID(%s): got %d, want more than the seeded %d", q.seq, n, q.max)
					}
					seen[n] = true
				}
			}
			if len(seen) != callers*each {
				t.Errorf("NextID(%s): got %d distinct values, want %d", q.seq, len(seen), callers*each)
			}
		}
	})
}
