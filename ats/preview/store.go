package preview

import (
	"context"
	"time"

	"github.com/atsbridge/atsbridge/ats"
)

// Dataset is the sandbox's seed: every job, candidate and application that a
// fresh sandbox starts with. Candidates' ApplicationIDs are left empty; the
// store derives them from Applications.
type Dataset struct {
	Jobs         []ats.Job
	Candidates   []ats.Candidate
	Applications []ats.Application
	// Next is, per sequence, the number of the first record created after
	// the seed: one more than the highest the seed uses. Stores continue
	// their sequences from it and never read numbers out of ids.
	Next map[Sequence]int64
}

// Store persists the sandbox. The preview Sandbox owns the rules that need
// no storage (validation, names, the shape and time of new records); a
// Store serves reads and lists by ats.Provider's contract (its errors,
// paging and every filter: the sandbox filters nothing itself), numbers new
// records, and enforces the rules that must hold under concurrent requests,
// atomically:
//
//   - candidate emails are unique, compared by ats.EmailKey
//     (CandidateExists);
//   - one application per candidate and job (ApplicationExists);
//   - applications only to existing, open jobs (ats.NotFound("job", id),
//     JobNotOpen) and existing candidates (ats.NotFound("candidate", id)).
//
// A failed write leaves no partial data behind. A call whose context ended
// answers with Interrupted's error.
//
// Lists are in ascending (created_at, id) order for jobs and candidates and
// (applied_at, id) for applications, ids compared by CompareIDs (as
// numbers). Page.Next is the store's own continuation (opaque to callers,
// passed back in Window.Cursor), naming the last record returned; a
// continuation the store did not issue is ats.CursorNotOurs(). In page mode
// (Window.Page > 0) Window.Cursor is ignored. Page.HasMore is exact; Total
// is set where the store knows it without scanning.
//
// Where a new record lands in that order decides what walks see while
// records are being created; each store says which promise it keeps, and
// the contract suite (store/storetest) holds it to that promise:
//
//   - a store whose writes are transactions (SQLite, memory) numbers a new
//     record and dates it no earlier than the latest record of its lists in
//     the write's own atomic step, so it sorts after every record committed
//     before it (storetest.CommitOrder);
//   - a store without transactions (DynamoDB) numbers a record before
//     writing it and keeps the times it is given, so records created at the
//     same moment may commit out of list order (storetest.StartOfWalk).
//
// A store may also version its data (ats.Versioned): every write,
// whichever method makes it, then raises the version of each resource
// whose reads it changes before it returns (storetest's Versions clause),
// and the sandbox passes the versions on, so the router can keep answers.
type Store interface {
	// Seed writes the dataset data returns unless a complete seed is
	// already present, and calls data only when it will write: building
	// the seed costs milliseconds that a warm store should not add to
	// every cold start. It is idempotent and safe to call from concurrent
	// cold starts: the data is written once, and a half-finished seed is
	// completed, not duplicated. A repeated seed never sets a sequence
	// back.
	Seed(ctx context.Context, data func() Dataset) error

	Job(ctx context.Context, id string) (ats.Job, error)
	ListJobs(ctx context.Context, q ats.JobQuery) (ats.Page[ats.Job], error)

	// Candidate returns the candidate with ApplicationIDs filled in
	// (ascending applied_at, id). So do list results.
	Candidate(ctx context.Context, id string) (ats.Candidate, error)
	ListCandidates(ctx context.Context, q ats.CandidateQuery) (ats.Page[ats.Candidate], error)

	Application(ctx context.Context, id string) (ats.Application, error)
	ListApplications(ctx context.Context, q ats.ApplicationQuery) (ats.Page[ats.Application], error)

	// CreateCandidate stores c and, when app is not nil, app (c's
	// application) as one atomic step. On success it has numbered them
	// (c.ID, app.ID and app.CandidateID are set from the store's
	// sequences, see Sequence.ID) and c and app hold what was stored,
	// times included; on failure they are unchanged. Numbers are unique
	// across concurrent callers and processes; gaps are allowed.
	//
	// attach, when not nil, runs inside that step once c is numbered and
	// before it is written (see Attach): the write happens only if attach
	// succeeds, and attach's work is undone if the write then fails.
	CreateCandidate(ctx context.Context, c *ats.Candidate, app *ats.Application, attach Attach) error

	// SetResumeURL sets candidate id's resume_url to url, and its
	// updated_at to at unless it is later already, and returns the
	// candidate as stored (application ids filled in). An unknown id is
	// ats.NotFound("candidate", id).
	SetResumeURL(ctx context.Context, id string, url *string, at time.Time) (ats.Candidate, error)

	// CreateApplication stores app after checking that its candidate and
	// job exist, the job is open and no application for the pair exists,
	// numbering it as CreateCandidate does.
	CreateApplication(ctx context.Context, app *ats.Application) error

	// UpdateApplication applies change to the application id (a pipeline
	// action) as one atomic step: no other write to the application comes
	// between the read change is given and the write of what it returns,
	// so two updates racing on one application end as one applied after
	// the other, never as a mix of both, and a rule change checks (the
	// application is still active) holds when its result is written. An
	// unknown id is ats.NotFound("application", id) and change is not
	// called; an error of change is returned as it is, and nothing is
	// written; so is nothing when change reports no update. What is
	// written is Updated(stored, change's result): an update changes the
	// stage, status, decision times and updated_at only. It returns the
	// application as stored afterwards.
	//
	// notBefore, passed to change, is where the update's time must not
	// fall before: a store whose writes are transactions passes the latest
	// updated_at of all its applications, read in the write's own step,
	// so that updates are dated in the order they commit
	// (storetest.CommitOrder); a store without transactions passes the
	// zero time (storetest.StartOfWalk).
	UpdateApplication(ctx context.Context, id string, change Change) (ats.Application, error)

	Close() error
}

// Change is an update of one application, for Store.UpdateApplication:
// given the application as stored and the time the update must not be
// dated before, it returns the application to write and true, or false
// when there is nothing to write (the application is already as asked),
// or an error that refuses the update. It depends on its arguments only:
// a store may call it again, with the application as a concurrent update
// left it, when that update won the race.
type Change func(stored ats.Application, notBefore time.Time) (ats.Application, bool, error)

// Updated is stored with the fields an update may change taken from next:
// the stage, the status, rejected_at, hired_at and updated_at. The id, the
// candidate, the job, the source and applied_at are the record's own.
func Updated(stored, next ats.Application) ats.Application {
	stored.Stage, stored.Status = next.Stage, next.Status
	stored.RejectedAt, stored.HiredAt, stored.UpdatedAt = next.RejectedAt, next.HiredAt, next.UpdatedAt
	stored.Raw = nil
	return stored
}
