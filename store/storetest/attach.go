package storetest

import (
	"context"
	"errors"
	"sync/atomic"
	"testing"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/preview"
)

// testAttach checks CreateCandidate's attach step (the sandbox stores a
// resume file there, named by the new id): it runs with the numbered
// candidate before the record is written, what it sets is stored, its
// failure writes nothing, and its undo runs exactly when the create fails
// after it.
func testAttach(t *testing.T, open opener) {
	t.Run("runs_with_the_new_id_and_its_url_is_stored", func(t *testing.T) {
		s := seeded(t, open)
		c := newCandidate("attached@example.com", at(1000))
		a := newApplication("", "job_001", at(1000))
		var sawID string
		attach := func(_ context.Context, nc *ats.Candidate) (func(context.Context) error, error) {
			sawID = nc.ID
			nc.ResumeURL = str(preview.ResumePath(nc.ID))
			return func(context.Context) error { t.Error("undo called after a create that succeeded"); return nil }, nil
		}
		if err := s.CreateCandidate(ctx(t), &c, &a, attach); err != nil {
			t.Fatalf("CreateCandidate: %v", err)
		}
		if want := preview.SeqCandidate.ID(maxSeededCandidate + 1); sawID != want || c.ID != want {
			t.Errorf("attach saw id %q, created %q; want both %q", sawID, c.ID, want)
		}
		got, err := s.Candidate(ctx(t), c.ID)
		if err != nil {
			t.Fatalf("Candidate(%s): %v", c.ID, err)
		}
		if got.ResumeURL == nil || *got.ResumeURL != preview.ResumePath(c.ID) {
			t.Errorf("stored resume_url %v, want %q as attach set it", got.ResumeURL, preview.ResumePath(c.ID))
		}
		sameJSON(t, "candidate as returned and as read", got, wantCandidate(c, []string{a.ID}))
	})

	t.Run("failure_writes_nothing", func(t *testing.T) {
		s := seeded(t, open)
		errFile := errors.New("the disk is full")
		c := newCandidate("unattached@example.com", at(1000))
		a := newApplication("", "job_001", at(1000))
		err := s.CreateCandidate(ctx(t), &c, &a, func(context.Context, *ats.Candidate) (func(context.Context) error, error) {
			return nil, errFile
		})
		if !errors.Is(err, errFile) {
			t.Fatalf("CreateCandidate with a failing attach: %v, want the attach's error", err)
		}
		if c.ID != "" || a.ID != "" {
			t.Errorf("failed create changed its records: candidate id %q, application id %q", c.ID, a.ID)
		}
		counts(t, s, len(allJobs), len(allCandidates), len(allApplications))
		// The email is free: the same create without the file succeeds.
		again := newCandidate("unattached@example.com", at(1001))
		if err := s.CreateCandidate(ctx(t), &again, nil, nil); err != nil {
			t.Errorf("the email of a create whose attach failed is not free: %v", err)
		}
	})

	t.Run("not_run_for_a_taken_email", func(t *testing.T) {
		s := seeded(t, open)
		c := newCandidate("ADA@example.com", at(1000))
		err := s.CreateCandidate(ctx(t), &c, nil, func(context.Context, *ats.Candidate) (func(context.Context) error, error) {
			t.Error("attach ran for a create whose email is taken: a file was written for nothing")
			return nil, nil
		})
		wantCode(t, err, ats.CodeCandidateExists)
	})

	t.Run("undone_when_the_write_fails_after_it", func(t *testing.T) {
		// The request ends while attach runs, so the writes after it fail
		// in a store that checks the context there; a store that has
		// nothing left to do by then succeeds. Either way the file and
		// the record go together.
		s := seeded(t, open)
		c := newCandidate("interrupted@example.com", at(1000))
		a := newApplication("", "job_001", at(1000))
		cctx, cancel := context.WithCancel(ctx(t))
		defer cancel()
		var undone atomic.Int32
		err := s.CreateCandidate(cctx, &c, &a, func(_ context.Context, nc *ats.Candidate) (func(context.Context) error, error) {
			nc.ResumeURL = str(preview.ResumePath(nc.ID))
			cancel()
			return func(uctx context.Context) error {
				if uctx.Err() != nil {
					t.Error("undo got an ended context: it must outlive the request")
				}
				undone.Add(1)
				return nil
			}, nil
		})
		p, lerr := s.ListCandidates(ctx(t), ats.CandidateQuery{Window: ats.Window{Limit: 10}, Email: "interrupted@example.com"})
		if lerr != nil {
			t.Fatalf("ListCandidates: %v", lerr)
		}
		switch {
		case err == nil && (undone.Load() != 0 || len(p.Items) != 1):
			t.Errorf("create succeeded, undo ran %d times, %d candidates with the email; want 0 and 1", undone.Load(), len(p.Items))
		case err != nil && (undone.Load() != 1 || len(p.Items) != 0):
			t.Errorf("create failed (%v), undo ran %d times, %d candidates with the email; want 1 and 0", err, undone.Load(), len(p.Items))
		}
	})
}

// testSetResumeURL checks SetResumeURL: the url is stored, updated_at
// only moves forward, the list order stays, and an unknown id is
// NOT_FOUND.
func testSetResumeURL(t *testing.T, open opener) {
	s := seeded(t, open)
	before, err := s.Candidate(ctx(t), "cand_001")
	if err != nil {
		t.Fatalf("Candidate: %v", err)
	}
	url := preview.ResumePath("cand_001")
	got, err := s.SetResumeURL(ctx(t), "cand_001", &url, at(5000))
	if err != nil {
		t.Fatalf("SetResumeURL: %v", err)
	}
	want := before
	want.ResumeURL, want.UpdatedAt = &url, at(5000)
	sameJSON(t, "candidate after SetResumeURL", got, want)
	read, err := s.Candidate(ctx(t), "cand_001")
	if err != nil {
		t.Fatalf("Candidate: %v", err)
	}
	sameJSON(t, "candidate read after SetResumeURL", read, want)

	// An earlier time keeps the later updated_at.
	got, err = s.SetResumeURL(ctx(t), "cand_001", nil, at(1))
	if err != nil {
		t.Fatalf("SetResumeURL: %v", err)
	}
	if got.ResumeURL != nil || !got.UpdatedAt.Equal(at(5000)) {
		t.Errorf("after SetResumeURL(nil, earlier): resume_url %v, updated_at %v; want nil and %v", got.ResumeURL, got.UpdatedAt, at(5000))
	}
	sameIDs(t, "candidates", walkCursor(t, candidatesOf(t, s), 5, candidateID), allCandidates)

	_, err = s.SetResumeURL(ctx(t), "cand_999", &url, at(5000))
	wantCode(t, err, ats.CodeNotFound)
}
