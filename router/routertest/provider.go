package routertest

import (
	"context"

	"github.com/atsbridge/atsbridge/ats"
)

// Provider is a mock ats.Provider: each method calls its function field,
// so a test says exactly what the provider answers and sees what it was
// asked. A method whose field is nil panics with its name, which the
// router's recovery turns into a 500 the test then reports: a test that
// reaches a method it did not expect fails loudly.
type Provider struct {
	ListJobsFn          func(ctx context.Context, q ats.JobQuery) (ats.Page[ats.Job], error)
	JobFn               func(ctx context.Context, id string, opts ats.ReadOptions) (ats.Job, error)
	CreateCandidateFn   func(ctx context.Context, in ats.CandidateInput) (ats.Candidate, error)
	ListCandidatesFn    func(ctx context.Context, q ats.CandidateQuery) (ats.Page[ats.Candidate], error)
	CandidateFn         func(ctx context.Context, id string, opts ats.ReadOptions) (ats.Candidate, error)
	CreateApplicationFn func(ctx context.Context, in ats.ApplicationInput) (ats.Application, error)
	ListApplicationsFn  func(ctx context.Context, q ats.ApplicationQuery) (ats.Page[ats.Application], error)
	ApplicationFn       func(ctx context.Context, id string, opts ats.ReadOptions) (ats.Application, error)

	JobStagesFn          func(ctx context.Context, jobID string) ([]ats.JobStage, error)
	MoveApplicationFn    func(ctx context.Context, id string, in ats.MoveInput) (ats.Application, error)
	RejectApplicationFn  func(ctx context.Context, id string, in ats.RejectInput) (ats.Application, error)
	RestoreApplicationFn func(ctx context.Context, id string) (ats.Application, error)
	RejectionReasonsFn   func(ctx context.Context) ([]ats.RejectionReason, error)
	AttachResumeFn       func(ctx context.Context, candidateID string, f ats.File) error
	CandidateResumeFn    func(ctx context.Context, candidateID string) (ats.Download, error)
}

var _ ats.Provider = (*Provider)(nil)

func unexpected(method string) {
	panic("routertest.Provider: unexpected call to " + method + " (its Fn field is not set)")
}

// ListJobs calls ListJobsFn.
func (p *Provider) ListJobs(ctx context.Context, q ats.JobQuery) (ats.Page[ats.Job], error) {
	if p.ListJobsFn == nil {
		unexpected("ListJobs")
	}
	return p.ListJobsFn(ctx, q)
}

// Job calls JobFn.
func (p *Provider) Job(ctx context.Context, id string, opts ats.ReadOptions) (ats.Job, error) {
	if p.JobFn == nil {
		unexpected("Job")
	}
	return p.JobFn(ctx, id, opts)
}

// CreateCandidate calls CreateCandidateFn.
func (p *Provider) CreateCandidate(ctx context.Context, in ats.CandidateInput) (ats.Candidate, error) {
	if p.CreateCandidateFn == nil {
		unexpected("CreateCandidate")
	}
	return p.CreateCandidateFn(ctx, in)
}

// ListCandidates calls ListCandidatesFn.
func (p *Provider) ListCandidates(ctx context.Context, q ats.CandidateQuery) (ats.Page[ats.Candidate], error) {
	if p.ListCandidatesFn == nil {
		unexpected("ListCandidates")
	}
	return p.ListCandidatesFn(ctx, q)
}

// Candidate calls CandidateFn.
func (p *Provider) Candidate(ctx context.Context, id string, opts ats.ReadOptions) (ats.Candidate, error) {
	if p.CandidateFn == nil {
		unexpected("Candidate")
	}
	return p.CandidateFn(ctx, id, opts)
}

// CreateApplication calls CreateApplicationFn.
func (p *Provider) CreateApplication(ctx context.Context, in ats.ApplicationInput) (ats.Application, error) {
	if p.CreateApplicationFn == nil {
		unexpected("CreateApplication")
	}
	return p.CreateApplicationFn(ctx, in)
}

// ListApplications calls ListApplicationsFn.
func (p *Provider) ListApplications(ctx context.Context, q ats.ApplicationQuery) (ats.Page[ats.Application], error) {
	if p.ListApplicationsFn == nil {
		unexpected("ListApplications")
	}
	return p.ListApplicationsFn(ctx, q)
}

// Application calls ApplicationFn.
func (p *Provider) Application(ctx context.Context, id string, opts ats.ReadOptions) (ats.Application, error) {
	if p.ApplicationFn == nil {
		unexpected("Application")
	}
	return p.ApplicationFn(ctx, id, opts)
}

// JobStages calls JobStagesFn.
func (p *Provider) JobStages(ctx context.Context, jobID string) ([]ats.JobStage, error) {
	if p.JobStagesFn == nil {
		unexpected("JobStages")
	}
	return p.JobStagesFn(ctx, jobID)
}

// MoveApplication calls MoveApplicationFn.
func (p *Provider) MoveApplication(ctx context.Context, id string, in ats.MoveInput) (ats.Application, error) {
	if p.MoveApplicationFn == nil {
		unexpected("MoveApplication")
	}
	return p.MoveApplicationFn(ctx, id, in)
}

// RejectApplication calls RejectApplicationFn.
func (p *Provider) RejectApplication(ctx context.Context, id string, in ats.RejectInput) (ats.Application, error) {
	if p.RejectApplicationFn == nil {
		unexpected("RejectApplication")
	}
	return p.RejectApplicationFn(ctx, id, in)
}

// RestoreApplication calls RestoreApplicationFn.
func (p *Provider) RestoreApplication(ctx context.Context, id string) (ats.Application, error) {
	if p.RestoreApplicationFn == nil {
		unexpected("RestoreApplication")
	}
	return p.RestoreApplicationFn(ctx, id)
}

// RejectionReasons calls RejectionReasonsFn.
func (p *Provider) RejectionReasons(ctx context.Context) ([]ats.RejectionReason, error) {
	if p.RejectionReasonsFn == nil {
		unexpected("RejectionReasons")
	}
	return p.RejectionReasonsFn(ctx)
}

// AttachResume calls AttachResumeFn.
func (p *Provider) AttachResume(ctx context.Context, candidateID string, f ats.File) error {
	if p.AttachResumeFn == nil {
		unexpected("AttachResume")
	}
	return p.AttachResumeFn(ctx, candidateID, f)
}

// CandidateResume calls CandidateResumeFn.
func (p *Provider) CandidateResume(ctx context.Context, candidateID string) (ats.Download, error) {
	if p.CandidateResumeFn == nil {
		unexpected("CandidateResume")
	}
	return p.CandidateResumeFn(ctx, candidateID)
}
