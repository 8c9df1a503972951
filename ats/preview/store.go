package preview

import (
	"context"

	"github.com/atsbridge/atsbridge/ats"
)

// Dataset is the sandbox's seed: every job, candidate and application that a
// fresh sandbox starts with. Candidates' ApplicationIDs are left empty; the
// store derives them from Applications.
type Dataset struct {
	Jobs         []ats.Job
	Candidates   []ats.Candidate
	Applications []ats.Application
}

// Sequence names an id counter kept by the store.
type Sequence string

// The id sequences the sandbox draws new ids from.
const (
	SeqCandidate   Sequence = "candidate"
	SeqApplication Sequence = "application"
)

// Store persists the sandbox. The preview Sandbox owns the rules that need
// no storage (validation, ids, timestamps); a Store serves reads and lists
// by ats.Provider's contract (its errors, paging and every filter: the
// sandbox filters nothing itself), and enforces the rules that must hold
// under concurrent requests, atomically:
//
//   - candidate emails are unique, compared case-insensitively
//     (ats.CodeCandidateExists, with Details[0].ExistingID);
//   - one application per candidate and job (ats.CodeApplicationExists,
//     with Details[0].ExistingID);
//   - applications only to existing, open jobs (ats.NotFound("job", id),
//     ats.CodeJobNotOpen) and existing candidates (ats.NotFound("candidate", id)).
//
// A failed write leaves no partial data behind.
//
// Lists return items in a stable ascending order of (created_at, id) for
// jobs and candidates and (applied_at, id) for applications, so that new
// records are appended at the end and neither page nor cursor walks skip or
// repeat a row while data is being added. Page.Next is the store's own
// continuation (opaque to callers, passed back in Window.Cursor); a
// continuation the store cannot parse is ats.CodeCursorInvalid. In page mode
// (Window.Page > 0) Window.Cursor is ignored. Page.HasMore is exact; Total
// is set where the store knows it without scanning.
type Store interface {
	// Seed writes the dataset data returns unless a complete seed is
	// already present, and calls data only when it will write: building
	// the seed costs milliseconds that a warm store should not add to
	// every cold start. It is idempotent and safe to call from concurrent
	// cold starts: the data is written once, and a half-finished seed is
	// completed, not duplicated.
	Seed(ctx context.Context, data func() Dataset) error

	Job(ctx context.Context, id string) (ats.Job, error)
	ListJobs(ctx context.Context, q ats.JobQuery) (ats.Page[ats.Job], error)

	// Candidate returns the candidate with ApplicationIDs filled in
	// (ascending applied_at, id). So do list results.
	Candidate(ctx context.Context, id string) (ats.Candidate, error)
	ListCandidates(ctx context.Context, q ats.CandidateQuery) (ats.Page[ats.Candidate], error)

	Application(ctx context.Context, id string) (ats.Application, error)
	ListApplications(ctx context.Context, q ats.ApplicationQuery) (ats.Page[ats.Application], error)

	// NextID returns the next value of seq, starting after the highest id
	// written by Seed. Values are unique across concurrent callers and
	// processes; gaps are allowed.
	NextID(ctx context.Context, seq Sequence) (int64, error)

	// CreateCandidate stores c and, when app is not nil, app (whose
	// CandidateID is c.ID) as one atomic step.
	CreateCandidate(ctx context.Context, c ats.Candidate, app *ats.Application) error

	// CreateApplication stores app after checking that its candidate and job
	// exist, the job is open and no application for the pair exists.
	CreateApplication(ctx context.Context, app ats.Application) error

	Close() error
}
