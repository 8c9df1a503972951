package workable

import (
	"context"

	"github.com/atsbridge/atsbridge/ats"
)

// Resume files (issue 15) are being built; until they land here, Workable
// says so in the contract's own terms.

func notYet(what string) *ats.Error {
	return ats.Errorf(ats.CodeNotSupported, "%s is not available on this provider yet.", what)
}

// AttachResume is not available yet.
func (x *Client) AttachResume(context.Context, string, ats.File) error {
	return notYet("Attaching a resume")
}

// CandidateResume is not available yet.
func (x *Client) CandidateResume(context.Context, string) (ats.Download, error) {
	return ats.Download{}, notYet("Reading a candidate's resume")
}
