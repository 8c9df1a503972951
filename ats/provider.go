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
// sandbox. Every method returns domain values or an *Error (possibly
// wrapped); anything else is treated as INTERNAL.
type Provider interface {
	ListJobs(ctx context.Context, q JobQuery) (Page[Job], error)
	Job(ctx context.Context, id string, opts ReadOptions) (Job, error)

	CreateCandidate(ctx context.Context, in CandidateInput) (Candidate, error)
	ListCandidates(ctx context.Context, q CandidateQuery) (Page[Candidate], error)
	Candidate(ctx context.Context, id string, opts ReadOptions) (Candidate, error)

	CreateApplication(ctx context.Context, in ApplicationInput) (Application, error)
	ListApplications(ctx context.Context, q ApplicationQuery) (Page[Application], error)
	Application(ctx context.Context, id string, opts ReadOptions) (Application, error)
}
