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

// createCandidate creates a candidate dated created, with an application
// to jobID unless it is "", and returns both ids.
func createCandidate(t *testing.T, s preview.Store, email, jobID string, created time.Time) (string, string, error) {
	return createCandidateCtx(ctx(t), t, s, email, jobID, created)
}

// createCandidateCtx is createCandidate with the context of the create.
func createCandidateCtx(c context.Context, t *testing.T, s preview.Store, email, jobID string, created time.Time) (string, string, error) {
	cand, err := nextCandidate(ctx(t), s, email, created)
	if err != nil {
		return "", "", err
	}
	if jobID == "" {
		return cand.ID, "", s.CreateCandidate(c, cand, nil)
	}
	a, err := nextApplication(ctx(t), s, cand.ID, jobID, created)
	if err != nil {
		return "", "", err
	}
	if err := s.CreateCandidate(c, cand, &a); err != nil {
		return "", "", err
	}
	return cand.ID, a.ID, nil
}

// createApplication applies candidate candID to jobID, dated applied, and
// returns the application's id.
func createApplication(t *testing.T, s preview.Store, candID, jobID string, applied time.Time) (string, error) {
	return createApplicationCtx(ctx(t), t, s, candID, jobID, applied)
}

// createApplicationCtx is createApplication with the context of the create.
func createApplicationCtx(c context.Context, t *testing.T, s preview.Store, candID, jobID string, applied time.Time) (string, error) {
	a, err := nextApplication(ctx(t), s, candID, jobID, applied)
	if err != nil {
		return "", err
	}
	if err := s.CreateApplication(c, a); err != nil {
		return "", err
	}
	return a.ID, nil
}
