package preview

import (
	"context"

	"github.com/atsbridge/atsbridge/ats"
)

// The pipeline actions (issue 10) and resume files (issue 15) are being
// built; until they land here, The preview sandbox says so in the contract's own terms.

func notYet(what string) *ats.Error {
	return ats.Errorf(ats.CodeNotSupported, "%s is not available on this provider yet.", what)
}

// JobStages is not available yet.
func (x *Sandbox) JobStages(context.Context, string) ([]ats.JobStage, error) {
	return nil, notYet("Listing a job's stages")
}

// MoveApplication is not available yet.
func (x *Sandbox) MoveApplication(context.Context, string, ats.MoveInput) (ats.Application, error) {
	return ats.Application{}, notYet("Moving an application")
}

// RejectApplication is not available yet.
func (x *Sandbox) RejectApplication(context.Context, string, ats.RejectInput) (ats.Application, error) {
	return ats.Application{}, notYet("Rejecting an application")
}

// RestoreApplication is not available yet.
func (x *Sandbox) RestoreApplication(context.Context, string) (ats.Application, error) {
	return ats.Application{}, notYet("Restoring an application")
}

// RejectionReasons is not available yet.
func (x *Sandbox) RejectionReasons(context.Context) ([]ats.RejectionReason, error) {
	return nil, notYet("Listing rejection reasons")
}

// AttachResume is not available yet.
func (x *Sandbox) AttachResume(context.Context, string, ats.File) error {
	return notYet("Attaching a resume")
}

// CandidateResume is not available yet.
func (x *Sandbox) CandidateResume(context.Context, string) (ats.Download, error) {
	return ats.Download{}, notYet("Reading a candidate's resume")
}
