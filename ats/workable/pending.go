package workable

import (
	"context"

	"github.com/atsbridge/atsbridge/ats"
)

// The pipeline actions (issue 10) and resume files (issue 15) are being
// built; until they land here, Workable says so in the contract's own terms.

func notYet(what string) *ats.Error {
	return ats.Errorf(ats.CodeNotSupported, "%s is not available on this provider yet.", what)
}

// JobStages is not available yet.
func (x *Client) JobStages(context.Context, string) ([]ats.JobStage, error) {
	return nil, notYet("Listing a job's stages")
}

// MoveApplication is not available yet.
func (x *Client) MoveApplication(context.Context, string, ats.MoveInput) (ats.Application, error) {
	return ats.Application{}, notYet("Moving an application")
}

// RejectApplication is not available yet.
func (x *Client) RejectApplication(context.Context, string, ats.RejectInput) (ats.Application, error) {
	return ats.Application{}, notYet("Rejecting an application")
}

// RestoreApplication is not available yet.
func (x *Client) RestoreApplication(context.Context, string) (ats.Application, error) {
	return ats.Application{}, notYet("Restoring an application")
}

// RejectionReasons is not available yet.
func (x *Client) RejectionReasons(context.Context) ([]ats.RejectionReason, error) {
	return nil, notYet("Listing rejection reasons")
}

// AttachResume is not available yet.
func (x *Client) AttachResume(context.Context, string, ats.File) error {
	return notYet("Attaching a resume")
}

// CandidateResume is not available yet.
func (x *Client) CandidateResume(context.Context, string) (ats.Download, error) {
	return ats.Download{}, notYet("Reading a candidate's resume")
}
