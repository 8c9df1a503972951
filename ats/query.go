package ats

import "time"

// Window selects one page of a list. Exactly one of Page (1-based) or
// Cursor is used; Cursor is the provider's own continuation token as it
// returned it in Page.Next ("" means from the start).
type Window struct {
	Limit  int
	Page   int
	Cursor string
}

// PageMode reports whether the caller asked for a numbered page.
func (w Window) PageMode() bool { return w.Page > 0 }

// Page is one page of a list.
type Page[T any] struct {
	Items   []T
	HasMore bool
	// Next is the provider's continuation for the following page; empty on
	// the last page.
	Next string
	// Total is the number of matching items when the provider knows it
	// without extra upstream calls.
	Total *int
}

// JobQuery filters GET /jobs.
type JobQuery struct {
	Window
	Statuses     []JobStatus
	Department   string
	Location     string
	Q            string
	CreatedAfter *time.Time
	UpdatedAfter *time.Time
	IncludeRaw   bool
}

// CandidateQuery filters GET /candidates.
type CandidateQuery struct {
	Window
	Email        string
	JobID        string
	CreatedAfter *time.Time
	UpdatedAfter *time.Time
	IncludeRaw   bool
}

// ApplicationQuery filters GET /applications.
type ApplicationQuery struct {
	Window
	JobID        string
	CandidateID  string
	StageKinds   []StageKind
	Statuses     []ApplicationStatus
	CreatedAfter *time.Time
	UpdatedAfter *time.Time
	IncludeRaw   bool
}

// ReadOptions tunes a single-record read.
type ReadOptions struct {
	IncludeRaw bool
}
