package ats

import "context"

// Mode says whether a provider talks to the real ATS or to the sandbox.
type Mode string

// The two modes.
const (
	ModeLive    Mode = "live"
	ModePreview Mode = "preview"
)

// Provider is the plug point: one implementation per ATS, plus the preview
// sandbox. The router relies on every provider keeping the contract below,
// whatever its ATS does; where the ATS cannot, the provider makes up the
// difference (filters it applies itself, checks before a write) and its
// package doc says at what cost. The conformance suite in ats/atstest is
// this contract, executable: every provider runs it (the sandbox on each
// store, each live provider against its fake).
//
// # Errors
//
// Every method returns domain values or an *Error (possibly wrapped);
// anything else is a bug, and the API answers it as INTERNAL.
//
//   - An unknown id is NotFound naming the resource: "job", "candidate" or
//     "application", for the id read, or for the job or candidate a create
//     names. An unknown id in a filter is no error: it matches nothing.
//   - A context that ended is Interrupted's error: UPSTREAM_TIMEOUT when
//     its deadline passed, REQUEST_CANCELED when the client went away;
//     never ctx.Err() itself. A context that has already ended gets that
//     error without any work done: a create creates nothing.
//   - A continuation the provider did not issue (foreign, altered,
//     truncated) is CURSOR_INVALID, never a page from somewhere else.
//   - Messages and details carry ids, never candidates' personal data
//     (emails, names): errors end up in logs.
//
// # Lists
//
// Window.Limit is 1..MaxLimit, or 0 for DefaultLimit; a page never holds
// more. Items is never nil: an empty page is [], as in JSON.
//
// Cursor mode (Window.Page == 0) starts at Window.Cursor: "" for the first
// page, else a Page.Next the provider returned for the same query. HasMore
// is set exactly when another page with items follows, and Next is then
// the continuation to it; the last page has HasMore false and Next "". A
// continuation can be used again, and gives the same page while nothing
// changed.
//
// Page mode (Window.Page > 0) returns the Page-th window of Limit records
// of the same order (Window.Cursor is ignored): every page but the last is
// full, HasMore says whether records follow it, and a page past the end is
// empty. Page and cursor walks over a list visit the same records in the
// same order, without gaps or repeats.
//
// The order is the provider's own and is stable. Where it puts new records
// at the end (oldest first: the sandbox, Workable), a walk under way while
// a record is created neither skips nor repeats anything, and sees the new
// record once, at the end. Where it puts them first (newest first), a
// cursor walk under way skips and repeats nothing that existed when it
// began; page walks there may shift.
//
// Total, where set, is the exact number of matching records; a provider
// sets it only where it knows it without extra upstream calls.
//
// # Filters
//
// The filters of a query combine with AND; within a list (Statuses,
// StageKinds) any value matches, and repeating a value changes nothing.
// Text comparisons ignore case beyond ASCII ("ZÜRICH" finds "Zürich"):
//
//   - JobQuery.Q: the title contains Q; characters have no special
//     meaning ("%" finds a title with a percent sign, nothing else).
//   - JobQuery.Department: equals the department, whole.
//   - JobQuery.Location: equals the location's text, its city or its
//     country name, whole; never its region or its country code ("DE"
//     finds no job in Germany).
//   - CandidateQuery.Email: the same address (EmailKey).
//   - CandidateQuery.JobID: candidates with an application to that job.
//   - ApplicationQuery.JobID, CandidateID: those ids, exactly.
//   - CreatedAfter, UpdatedAfter: strictly after the instant, whatever
//     its zone (a record at exactly the bound is left out); for
//     applications CreatedAfter is about applied_at.
//
// # Creates
//
// CreateCandidate with JobID creates the candidate and their application
// to that job as one step; CreateApplication applies an existing
// candidate. New applications are active. What a create returns is what
// reads give afterwards: by id, in the lists (where the order puts new
// records), and in the candidate's ApplicationIDs. A create refuses:
//
//   - an email the ATS already has, where it keeps emails unique (in the
//     whole account, or per job): CANDIDATE_EXISTS with Details[0].ExistingID;
//   - a candidate already in the job: APPLICATION_EXISTS with the existing
//     application's id in Details[0].ExistingID;
//   - a job that is closed, draft or archived: JOB_NOT_OPEN;
//   - an unknown job or candidate: NOT_FOUND naming it.
//
// A refused create leaves nothing behind: no candidate without the
// application it was created with, no email taken.
//
// # Resumes
//
// CreateCandidate with in.Resume sends the file to the ATS in its own way,
// with the candidate. When the ATS takes the candidate but not the file
// (a second call that failed), CreateCandidate returns the candidate
// (its ID set) together with ResumeNotAttached's error, and retries
// nothing: the caller sends the file alone with AttachResume. A provider
// whose create is one step (the file inside the create, or a sandbox
// that stores the file before the record) never half-succeeds: a file it
// cannot keep fails the create, and nothing is left behind.
//
// AttachResume gives an existing candidate a resume, or replaces the one
// they have; an unknown candidate is NotFound("candidate", id).
// CandidateResume returns the candidate's newest resume: its bytes, or a
// URL of the ATS's own (signed) where the caller can fetch it. A
// candidate without one is NOT_FOUND ("No resume for candidate X"); a
// resume_url the caller gave is not a file the provider holds. atsbridge
// never fetches a caller's URL itself.
//
// # Raw
//
// With IncludeRaw (a query's, or ReadOptions') every record read carries
// Raw: the provider's own JSON object for that record. Without it, and on
// what creates return, Raw is empty. Job lists may leave out descriptions;
// Job carries it.
//
// # Pipeline actions
//
// JobStages lists a job's pipeline in the ATS's order, Position 0 first
// and each Position its place in the list; an unknown job is
// NotFound("job", id). An application's Stage is one of its job's stages:
// the same id and name (and kind, except that a hired application may say
// hired where its stage says otherwise). RejectionReasons lists the
// reasons to reject with, in the ATS's order, each with its kind.
//
// MoveApplication, RejectApplication and RestoreApplication act on one
// application and return it as the ATS has it afterwards (read again where
// the ATS answers an action without it), which is what reads give from
// then on. The rules, each with its error (ApplicationClosed,
// StageNotInJob, ReasonRequired, UnknownReason write them):
//
//   - an unknown application is NotFound("application", id), and nothing
//     changes;
//   - a StageID that is not a stage of the application's job is
//     INPUT_INVALID with a detail on stage_id;
//   - moving or rejecting an application that is rejected, withdrawn or
//     hired, and restoring a hired one, is APPLICATION_CLOSED;
//   - a reason the provider requires but the input lacks, or one that
//     RejectionReasons does not list, is INPUT_INVALID with a detail on
//     reason_id, its message naming GET /rejection_reasons;
//   - a move to the stage the application is in, and a restore of an
//     active application, change nothing (no write to the ATS) and return
//     the application as it is, UpdatedAt included;
//   - a move puts the application in the stage, still active (hired where
//     the stage is the ATS's hired stage); a rejection makes it rejected
//     (withdrawn where the reason's kind is withdrawn and the ATS tells
//     them apart) with RejectedAt set, at the stage it had; a restore makes
//     a rejected or withdrawn application active again at that stage,
//     RejectedAt null;
//   - every action that changes an application moves its UpdatedAt later,
//     so a list with UpdatedAfter before the action returns it;
//   - the candidate is emailed only when RejectInput.NotifyCandidate asks
//     for it; an ATS that cannot be asked to (or cannot be kept from it)
//     answers NOT_SUPPORTED for NotifyCandidate, and the provider's
//     package doc says what the ATS does on its own;
//   - an ATS that cannot do an action at all answers NOT_SUPPORTED with a
//     message saying what to do instead, never a success that did
//     nothing;
//   - a refused action changes nothing, and a context that has already
//     ended gets Interrupted's error with nothing done.
//
// Where the ATS offers a guard (a stage to move from, a version to match),
// the provider uses it, so that two actions racing on one application end
// in the state of one of them, and a rejection racing a move never leaves
// the application active.
type Provider interface {
	ListJobs(ctx context.Context, q JobQuery) (Page[Job], error)
	Job(ctx context.Context, id string, opts ReadOptions) (Job, error)

	CreateCandidate(ctx context.Context, in CandidateInput) (Candidate, error)
	ListCandidates(ctx context.Context, q CandidateQuery) (Page[Candidate], error)
	Candidate(ctx context.Context, id string, opts ReadOptions) (Candidate, error)

	CreateApplication(ctx context.Context, in ApplicationInput) (Application, error)
	ListApplications(ctx context.Context, q ApplicationQuery) (Page[Application], error)
	Application(ctx context.Context, id string, opts ReadOptions) (Application, error)

	// Pipeline actions (GET /jobs/{id}/stages, POST /applications/{id}/
	// move|reject|restore, GET /rejection_reasons).
	JobStages(ctx context.Context, jobID string) ([]JobStage, error)
	MoveApplication(ctx context.Context, id string, in MoveInput) (Application, error)
	RejectApplication(ctx context.Context, id string, in RejectInput) (Application, error)
	RestoreApplication(ctx context.Context, id string) (Application, error)
	RejectionReasons(ctx context.Context) ([]RejectionReason, error)

	// Resumes (POST /candidates/{id}/resume, GET /candidates/{id}/resume;
	// CreateCandidate takes one in CandidateInput.Resume).
	AttachResume(ctx context.Context, candidateID string, f File) error
	CandidateResume(ctx context.Context, candidateID string) (Download, error)
}
