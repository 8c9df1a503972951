package storetest

import (
	"context"
	"time"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/preview"
)

// newCandidate is a new candidate as the sandbox builds one, before the
// store numbers it.
func newCandidate(email string, created time.Time) ats.Candidate {
	return ats.Candidate{
		FirstName: "New", LastName: "Person", Name: "New Person",
		Email: email, Tags: []string{}, CreatedAt: created, UpdatedAt: created,
	}
}

// newApplication is a new application of candidate candID ("" when it is
// created with its candidate) to jobID, before the store numbers it.
func newApplication(candID, jobID string, applied time.Time) ats.Application {
	return ats.Application{
		CandidateID: candID, JobID: jobID,
		Stage:  ats.Stage{ID: "stage_applied", Name: "Applied", Kind: ats.StageApplied},
		Status: ats.ApplicationActive, Source: str("api"), AppliedAt: applied, UpdatedAt: applied,
	}
}

// createCandidate creates a candidate dated created, with an application
// to jobID unless it is "", and returns both ids. It is safe to call from
// any goroutine.
func createCandidate(c context.Context, s preview.Store, email, jobID string, created time.Time) (string, string, error) {
	cand := newCandidate(email, created)
	if jobID == "" {
		err := s.CreateCandidate(c, &cand, nil, nil)
		return cand.ID, "", err
	}
	a := newApplication("", jobID, created)
	if err := s.CreateCandidate(c, &cand, &a, nil); err != nil {
		return "", "", err
	}
	return cand.ID, a.ID, nil
}

// createApplication applies candidate candID to jobID, dated applied, and
// returns the application's id. It is safe to call from any goroutine.
func createApplication(c context.Context, s preview.Store, candID, jobID string, applied time.Time) (string, error) {
	a := newApplication(candID, jobID, applied)
	if err := s.CreateApplication(c, &a); err != nil {
		return "", err
	}
	return a.ID, nil
}
