package storetest

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/preview"
)

// nextCandidate builds a new candidate the way the sandbox does: its id
// from the store's sequence, the rest from the arguments. It is safe to
// call from any goroutine.
func nextCandidate(c context.Context, s preview.Store, email string, created time.Time) (ats.Candidate, error) {
	n, err := s.NextID(c, preview.SeqCandidate)
	if err != nil {
		return ats.Candidate{}, fmt.Errorf("NextID(candidate): %w", err)
	}
	return ats.Candidate{
		ID: fmt.Sprintf("cand_%03d", n), FirstName: "New", LastName: "Person", Name: "New Person",
		Email: email, Tags: []string{}, CreatedAt: created, UpdatedAt: created,
	}, nil
}

// nextApplication builds a new application with an id from the store's
// sequence. It is safe to call from any goroutine.
func nextApplication(c context.Context, s preview.Store, candID, jobID string, applied time.Time) (ats.Application, error) {
	n, err := s.NextID(c, preview.SeqApplication)
	if err != nil {
		return ats.Application{}, fmt.Errorf("NextID(application): %w", err)
	}
	return ats.Application{
		ID: fmt.Sprintf("app_%04d", n), CandidateID: candID, JobID: jobID,
		Stage:  ats.Stage{ID: "stage_applied", Name: "Applied", Kind: ats.StageApplied},
		Status: ats.ApplicationActive, Source: str("api"), AppliedAt: applied, UpdatedAt: applied,
	}, nil
}

// newCandidate is nextCandidate for the test goroutine.
func newCandidate(t *testing.T, s preview.Store, email string, created time.Time) ats.Candidate {
	t.Helper()
	c, err := nextCandidate(ctx(t), s, email, created)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// newApplication is nextApplication for the test goroutine.
func newApplication(t *testing.T, s preview.Store, candID, jobID string, applied time.Time) ats.Application {
	t.Helper()
	a, err := nextApplication(ctx(t), s, candID, jobID, applied)
	if err != nil {
		t.Fatal(err)
	}
	return a
}
