package preview

import (
	"context"
	"errors"
	"fmt"

	"github.com/atsbridge/atsbridge/ats"
)

// The sandbox keeps a candidate's resume as a file in its Files, named by
// the candidate's id, and marks the candidate's record with a resume_url
// of ResumePath: the record says whether there is a file, so a file left
// behind by a request that failed half-way is never served.

// noFiles is the answer to a resume upload when the sandbox keeps no files.
func noFiles() error {
	return ats.Errorf(ats.CodeNotSupported,
		"This sandbox is run without a place for resume files (with STORE=dynamodb, set RESUME_BUCKET); send resume_url instead, or see the README's Resumes section.")
}

// storeFile is the Attach step of a create with a resume: the file first,
// named by the new candidate's id, then the record, which points at it.
func (sb *Sandbox) storeFile(f ats.File) Attach {
	return func(ctx context.Context, c *ats.Candidate) (func(context.Context) error, error) {
		id := c.ID
		if err := sb.files.Put(ctx, id, f); err != nil {
			return nil, fmt.Errorf("store the resume: %w", err)
		}
		c.ResumeURL = new(ResumePath(id))
		return func(ctx context.Context) error { return sb.files.Delete(ctx, id) }, nil
	}
}

// AttachResume gives candidate id a resume file, replacing the one they
// have: the file first, then the record's resume_url and updated_at. A
// failure between the two leaves the candidate as it was, and a file the
// record does not point at, which the next upload replaces.
func (sb *Sandbox) AttachResume(ctx context.Context, id string, f ats.File) error {
	if sb.files == nil {
		return noFiles()
	}
	if _, err := sb.store.Candidate(ctx, id); err != nil {
		return fail("attach resume", err)
	}
	if err := sb.files.Put(ctx, id, f); err != nil {
		return fail("attach resume: store the file", err)
	}
	if _, err := sb.store.SetResumeURL(ctx, id, new(ResumePath(id)), sb.clock()); err != nil {
		return fail("attach resume", err)
	}
	return nil
}

// CandidateResume returns the candidate's resume file, streamed from Files.
// A candidate whose resume_url is a link the caller gave has no file here:
// atsbridge does not fetch it.
func (sb *Sandbox) CandidateResume(ctx context.Context, id string) (ats.Download, error) {
	c, err := sb.store.Candidate(ctx, id)
	if err != nil {
		return ats.Download{}, fail("candidate resume", err)
	}
	switch {
	case c.ResumeURL != nil && *c.ResumeURL != ResumePath(id):
		return ats.Download{}, ats.Errorf(ats.CodeNotFound,
			"No resume for candidate %q: the sandbox holds no file for them, only the resume_url given when they were created, which atsbridge does not fetch.", id)
	case c.ResumeURL == nil || sb.files == nil:
		return ats.Download{}, ats.Errorf(ats.CodeNotFound, "No resume for candidate %q.", id)
	}
	d, err := sb.files.Get(ctx, id)
	if errors.Is(err, ErrNoFile) {
		return ats.Download{}, ats.Errorf(ats.CodeNotFound, "No resume for candidate %q: the sandbox no longer holds the file (files expire in the deployed sandbox).", id)
	}
	if err != nil {
		return ats.Download{}, fail("candidate resume", err)
	}
	return d, nil
}
