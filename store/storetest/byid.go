package storetest

import (
	"testing"

	"github.com/atsbridge/atsbridge/ats/preview"
)

// testByID checks single-record reads: every seeded record comes back as it
// was written (times exact and UTC, absent values absent, lists never nil),
// candidates with their application ids, and unknown ids are NOT_FOUND
// naming the resource.
func testByID(t *testing.T, s preview.Store) {
	ds := dataset()
	t.Run("job", func(t *testing.T) {
		for _, want := range ds.Jobs {
			got, err := s.Job(ctx(t), want.ID)
			if err != nil {
				t.Fatalf("Job(%s): %v", want.ID, err)
			}
			sameJSON(t, "Job("+want.ID+")", got, want)
		}
	})
	t.Run("candidate_with_application_ids", func(t *testing.T) {
		for _, c := range ds.Candidates {
			got, err := s.Candidate(ctx(t), c.ID)
			if err != nil {
				t.Fatalf("Candidate(%s): %v", c.ID, err)
			}
			sameJSON(t, "Candidate("+c.ID+")", got, wantCandidate(c, applicationIDs[c.ID]))
		}
	})
	t.Run("application", func(t *testing.T) {
		for _, want := range ds.Applications {
			got, err := s.Application(ctx(t), want.ID)
			if err != nil {
				t.Fatalf("Application(%s): %v", want.ID, err)
			}
			sameJSON(t, "Application("+want.ID+")", got, want)
		}
	})

	notFound := []struct {
		name     string
		read     func() error
		resource string
	}{
		{"job_unknown", func() error { _, err := s.Job(ctx(t), "job_999"); return err }, "job"},
		{"job_empty_id", func() error { _, err := s.Job(ctx(t), ""); return err }, "job"},
		{"job_given_a_candidate_id", func() error { _, err := s.Job(ctx(t), "cand_001"); return err }, "job"},
		{"candidate_unknown", func() error { _, err := s.Candidate(ctx(t), "cand_999"); return err }, "candidate"},
		{"candidate_given_a_job_id", func() error { _, err := s.Candidate(ctx(t), "job_001"); return err }, "candidate"},
		{"application_unknown", func() error { _, err := s.Application(ctx(t), "app_9999"); return err }, "application"},
		{"application_given_a_candidate_id", func() error { _, err := s.Application(ctx(t), "cand_001"); return err }, "application"},
	}
	for _, tc := range notFound {
		t.Run("not_found/"+tc.name, func(t *testing.T) {
			wantNotFound(t, tc.read(), tc.resource)
		})
	}

	t.Run("results_are_copies", func(t *testing.T) {
		// A caller that edits what it got must not change what the store holds.
		c, err := s.Candidate(ctx(t), "cand_001")
		if err != nil {
			t.Fatalf("Candidate(cand_001): %v", err)
		}
		c.Tags[0] = "changed"
		c.ApplicationIDs[0] = "changed"
		*c.Phone = "changed"
		again, err := s.Candidate(ctx(t), "cand_001")
		if err != nil {
			t.Fatalf("Candidate(cand_001): %v", err)
		}
		sameJSON(t, "Candidate(cand_001) after the caller edited a result", again, wantCandidate(ds.Candidates[0], applicationIDs["cand_001"]))
	})
}
