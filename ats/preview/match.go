package preview

import (
	"slices"
	"strings"
	"time"

	"github.com/atsbridge/atsbridge/ats"
)

// The Match functions are the Store contract's filter semantics written
// once, for stores that filter records in Go (memory, and DynamoDB for the
// filters its indexes cannot express). SQL stores express the same rules
// in their queries and are held to them by the shared contract suite.

// MatchJob reports whether j passes every filter of q.
func MatchJob(j ats.Job, q ats.JobQuery) bool {
	switch {
	case len(q.Statuses) > 0 && !slices.Contains(q.Statuses, j.Status),
		q.Department != "" && (j.Department == nil || !strings.EqualFold(*j.Department, q.Department)),
		q.Location != "" && !matchLocation(j.Location, q.Location),
		q.Q != "" && !strings.Contains(strings.ToLower(j.Title), strings.ToLower(q.Q)),
		!After(j.CreatedAt, q.CreatedAfter),
		!After(j.UpdatedAt, q.UpdatedAfter):
		return false
	}
	return true
}

// MatchApplication reports whether a passes every filter of q; CreatedAfter
// applies to applied_at.
func MatchApplication(a ats.Application, q ats.ApplicationQuery) bool {
	switch {
	case q.JobID != "" && a.JobID != q.JobID,
		q.CandidateID != "" && a.CandidateID != q.CandidateID,
		len(q.StageKinds) > 0 && !slices.Contains(q.StageKinds, a.Stage.Kind),
		len(q.Statuses) > 0 && !slices.Contains(q.Statuses, a.Status),
		!After(a.AppliedAt, q.CreatedAfter),
		!After(a.UpdatedAt, q.UpdatedAfter):
		return false
	}
	return true
}

// matchLocation compares want with the location's text, city and country
// (not its region: "England" should not find every job in London).
func matchLocation(l ats.Location, want string) bool {
	if strings.EqualFold(l.Text, want) {
		return true
	}
	return (l.City != nil && strings.EqualFold(*l.City, want)) ||
		(l.Country != nil && strings.EqualFold(*l.Country, want))
}

// After reports whether t passes a strict "after" filter; nil passes all.
func After(t time.Time, bound *time.Time) bool {
	return bound == nil || t.After(*bound)
}
