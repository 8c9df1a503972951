package routertest

import (
	"context"
	"encoding/json"
	"fmt"
	"strconv"
	"time"

	"github.com/atsbridge/atsbridge/ats"
)

func ptr[T any](v T) *T { return &v }

// SampleJob is a complete job as a provider returns it in a list.
func SampleJob() ats.Job {
	at := time.Date(2026, 10, 3, 9, 12, 44, 0, time.UTC)
	return ats.Job{
		ID: "job_063", Title: "Senior Backend Engineer", Status: ats.JobOpen, Department: ptr("Engineering"),
		Location:  ats.Location{Text: "Berlin, Germany", City: ptr("Berlin"), CountryCode: ptr("DE")},
		Workplace: ptr(ats.WorkplaceHybrid), URL: ptr("https://apply.workable.com/acme/j/4F1C2A9B7E/"),
		CreatedAt: at, UpdatedAt: at,
	}
}

// SampleCandidate is a candidate with one application.
func SampleCandidate() ats.Candidate {
	at := time.Date(2026, 11, 29, 12, 0, 0, 0, time.UTC)
	return ats.Candidate{ID: "cand_013", FirstName: "Karan", Name: "Karan", Email: "karan@example.com",
		Tags: []string{}, ApplicationIDs: []string{"app_0042"}, CreatedAt: at, UpdatedAt: at}
}

// SampleApplication is an active application at the applied stage, with raw.
func SampleApplication() ats.Application {
	at := time.Date(2026, 11, 29, 12, 5, 0, 0, time.UTC)
	return ats.Application{ID: "app_0043", CandidateID: "cand_001", JobID: "job_063",
		Stage:  ats.Stage{ID: "stg_applied", Name: "Applied", Kind: ats.StageApplied},
		Status: ats.ApplicationActive, AppliedAt: at, UpdatedAt: at, Raw: json.RawMessage(`{"id":"x1","stage":"applied"}`)}
}

// SampleJobStages is a job's pipeline as JobStages returns it.
func SampleJobStages() []ats.JobStage {
	return []ats.JobStage{
		{ID: "stg_sourced", Name: "Sourced", Kind: ats.StageSourced, Position: 0},
		{ID: "stg_applied", Name: "Applied", Kind: ats.StageApplied, Position: 1},
		{ID: "stg_technical_interview", Name: "Technical Interview", Kind: ats.StageInterview, Position: 2},
		{ID: "stg_hired", Name: "Hired", Kind: ats.StageHired, Position: 3},
	}
}

// SampleRejectionReasons are reasons as RejectionReasons returns them.
func SampleRejectionReasons() []ats.RejectionReason {
	return []ats.RejectionReason{
		{ID: "rsn_skills", Name: "Lacks required skills", Kind: ats.ReasonRejected},
		{ID: "rsn_other_offer", Name: "Accepted another offer", Kind: ats.ReasonWithdrawn},
	}
}

// Answering is a Provider whose every method answers with the sample
// records and err: lists have one item and, for jobs, more to come. It
// drives every route through success (err nil) and through each failure a
// provider may report.
func Answering(err error) *Provider {
	return &Provider{
		ListJobsFn: func(context.Context, ats.JobQuery) (ats.Page[ats.Job], error) {
			return ats.Page[ats.Job]{Items: []ats.Job{SampleJob()}, HasMore: true, Next: "2", Total: ptr(3)}, err
		},
		JobFn: func(context.Context, string, ats.ReadOptions) (ats.Job, error) {
			j := SampleJob()
			j.Description, j.Raw = ptr("<p>Go.</p>"), json.RawMessage(`{"shortcode":"4F1C2A9B7E"}`)
			return j, err
		},
		CreateCandidateFn: func(context.Context, ats.CandidateInput) (ats.Candidate, error) { return SampleCandidate(), err },
		ListCandidatesFn: func(context.Context, ats.CandidateQuery) (ats.Page[ats.Candidate], error) {
			return ats.Page[ats.Candidate]{Items: []ats.Candidate{SampleCandidate()}}, err
		},
		CandidateFn:         func(context.Context, string, ats.ReadOptions) (ats.Candidate, error) { return SampleCandidate(), err },
		CreateApplicationFn: func(context.Context, ats.ApplicationInput) (ats.Application, error) { return SampleApplication(), err },
		ListApplicationsFn: func(context.Context, ats.ApplicationQuery) (ats.Page[ats.Application], error) {
			return ats.Page[ats.Application]{Items: []ats.Application{SampleApplication()}}, err
		},
		ApplicationFn: func(context.Context, string, ats.ReadOptions) (ats.Application, error) {
			return SampleApplication(), err
		},
		JobStagesFn: func(context.Context, string) ([]ats.JobStage, error) { return SampleJobStages(), err },
		MoveApplicationFn: func(context.Context, string, ats.MoveInput) (ats.Application, error) {
			a := SampleApplication()
			a.Raw, a.Stage = nil, ats.Stage{ID: "stg_technical_interview", Name: "Technical Interview", Kind: ats.StageInterview}
			return a, err
		},
		RejectApplicationFn: func(context.Context, string, ats.RejectInput) (ats.Application, error) {
			a := SampleApplication()
			a.Raw, a.Status, a.RejectedAt = nil, ats.ApplicationRejected, ptr(a.UpdatedAt)
			return a, err
		},
		RestoreApplicationFn: func(context.Context, string) (ats.Application, error) {
			a := SampleApplication()
			a.Raw = nil
			return a, err
		},
		RejectionReasonsFn: func(context.Context) ([]ats.RejectionReason, error) { return SampleRejectionReasons(), err },
	}
}

// Slice serves one page of items for w, as a provider over a fixed list
// would: in page mode the w.Page-th page, otherwise from the offset in
// w.Cursor (a decimal index, "" for the start). It is the paging half of
// a mock's list method.
func Slice[T any](items []T, w ats.Window) (ats.Page[T], error) {
	from := 0
	switch {
	case w.PageMode():
		from = (w.Page - 1) * w.Limit
	case w.Cursor != "":
		n, err := strconv.Atoi(w.Cursor)
		if err != nil || n < 0 || n > len(items) {
			return ats.Page[T]{}, fmt.Errorf("routertest.Slice: %w", ats.CursorNotOurs())
		}
		from = n
	}
	from = min(from, len(items))
	to := min(from+w.Limit, len(items))
	p := ats.Page[T]{Items: items[from:to:to], HasMore: to < len(items), Total: ptr(len(items))}
	if p.HasMore {
		p.Next = strconv.Itoa(to)
	}
	return p, nil
}
