package preview

import (
	"context"
	"errors"

	"github.com/atsbridge/atsbridge/ats"
)

// Files keeps the sandbox's resume files, at most one per candidate, named
// by the candidate's id (never by a caller's file name), with the file
// name and sniffed content type the caller sent. Implementations: a
// directory next to the SQLite file (store/disk), process memory
// (store/memory), an S3 bucket (store/s3).
//
// Put replaces a candidate's file atomically: a reader gets the old file
// or the new one, whole, never a part. Get answers ErrNoFile when there is
// none (also for a file that expired); the Download's Body is the
// caller's to close. Delete of a file that is not there is no error.
// Errors of a call whose context ended are Interrupted's.
//
// Files does not know which candidates exist: the sandbox asks the Store
// first, and a candidate's resume_url (ResumePath) says whether the
// sandbox keeps a file for it.
type Files interface {
	Put(ctx context.Context, candidateID string, f ats.File) error
	Get(ctx context.Context, candidateID string) (ats.Download, error)
	Delete(ctx context.Context, candidateID string) error
}

// ErrNoFile is Files.Get's answer for a candidate without a file.
var ErrNoFile = errors.New("no such file")

// Attach is work of the sandbox's that a store runs inside a create, so
// that the create and the work succeed or fail as one: the sandbox stores
// the new candidate's resume file there. The store calls it once c has
// its id and before c is written; it may set c's ResumeURL (no other
// field). An error fails the create, which then writes nothing. Once
// Attach has succeeded, a create that fails afterwards calls undo (with a
// context of its own that the request's end does not cancel) among the
// undoing of its own steps, so that no file stays behind for a candidate
// that was never stored.
type Attach func(ctx context.Context, c *ats.Candidate) (undo func(context.Context) error, err error)

// ResumePath is the resume_url of a candidate whose resume file the
// sandbox keeps: the path of GET /candidates/{id}/resume below the API's
// root (the router puts its stage prefix before it).
func ResumePath(candidateID string) string { return "/candidates/" + candidateID + "/resume" }
