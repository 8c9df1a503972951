package workable

import (
	"context"

	"github.com/atsbridge/atsbridge/ats"
)

// AttachResume is not available yet.
func (c *Client) AttachResume(context.Context, string, ats.File) error {
	return notYet("Attaching a resume")
}

// CandidateResume is not available yet.
func (c *Client) CandidateResume(context.Context, string) (ats.Download, error) {
	return ats.Download{}, notYet("Reading a candidate's resume")
}
