package atstest

import (
	"slices"
	"strings"
	"time"

	"github.com/atsbridge/atsbridge/ats"
)

// The oracle: the filters of ats.Provider's contract, written once more,
// from the contract's prose and on purpose apart from every implementation
// (preview's Match functions, the SQL of the SQLite store, Workable's
// filters), so that a mistake shared by one of them and its judge cannot
// hide. It answers, for a query, which fixture records match, in the
// fixture's (the provider's) list order.

// wantJobs is the ids of the jobs that match q.
func (d *data) wantJobs(q ats.JobQuery) []string {
	ids := []string{}
	for _, j := range d.Jobs {
		if len(q.Statuses) > 0 && !slices.Contains(q.Statuses, j.Status) ||
			q.Department != "" && (j.Department == nil || !sameText(*j.Department, q.Department)) ||
			q.Location != "" && !atLocation(j.Location, q.Location) ||
			q.Q != "" && !containsText(j.Title, q.Q) ||
			!after(j.CreatedAt, q.CreatedAfter) || !after(j.UpdatedAt, q.UpdatedAfter) {
			continue
		}
		ids = append(ids, j.ID)
	}
	return ids
}

// wantCandidates is the ids of the candidates that match q. JobID matches
// the candidates with an application to that job.
func (d *data) wantCandidates(q ats.CandidateQuery) []string {
	ids := []string{}
	for _, c := range d.Candidates {
		if q.Email != "" && ats.EmailKey(c.Email) != ats.EmailKey(q.Email) ||
			q.JobID != "" && !slices.ContainsFunc(d.appsOf[c.ID], func(a ats.Application) bool { return a.JobID == q.JobID }) ||
			!after(c.CreatedAt, q.CreatedAfter) || !after(c.UpdatedAt, q.UpdatedAfter) {
			continue
		}
		ids = append(ids, c.ID)
	}
	return ids
}

// wantApplications is the ids of the applications that match q;
// CreatedAfter applies to applied_at.
func (d *data) wantApplications(q ats.ApplicationQuery) []string {
	ids := []string{}
	for _, a := range d.Applications {
		if q.JobID != "" && a.JobID != q.JobID ||
			q.CandidateID != "" && a.CandidateID != q.CandidateID ||
			len(q.StageKinds) > 0 && !slices.Contains(q.StageKinds, a.Stage.Kind) ||
			len(q.Statuses) > 0 && !slices.Contains(q.Statuses, a.Status) ||
			!after(a.AppliedAt, q.CreatedAfter) || !after(a.UpdatedAt, q.UpdatedAfter) {
			continue
		}
		ids = append(ids, a.ID)
	}
	return ids
}

// atLocation is the location filter: the whole location text, the city or
// the country name; never the region or the country code.
func atLocation(l ats.Location, want string) bool {
	return sameText(l.Text, want) ||
		l.City != nil && sameText(*l.City, want) ||
		l.Country != nil && sameText(*l.Country, want)
}

// sameText is equality without regard to case, in Unicode: "ZÜRICH" is
// "Zürich".
func sameText(a, b string) bool { return fold(a) == fold(b) }

// containsText is "a contains b" without regard to case.
func containsText(a, b string) bool { return strings.Contains(fold(a), fold(b)) }

// fold maps s to a form in which case does not matter. Lowering the
// upper-cased text also folds the letters whose upper case is shared
// (the Greek final sigma, the Kelvin sign) the way a person reads them.
func fold(s string) string { return strings.ToLower(strings.ToUpper(s)) }

// after is a strict "after" filter: a record at exactly the bound is left
// out; no bound passes everything.
func after(t time.Time, bound *time.Time) bool { return bound == nil || t.After(*bound) }
