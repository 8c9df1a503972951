package ats

import (
	"slices"
	"strings"
	"time"
)

// The meaning of every list filter, written once. A provider whose ATS
// cannot apply a filter maps each record first and keeps it when the
// query's Matches says so; stores that filter in Go do the same; SQL
// stores express these rules in their queries. The conformance suite
// (ats/atstest) holds every provider to them with an oracle of its own.

// Matches reports whether j passes every filter of q: any of Statuses;
// Department equal ignoring case; Location per LocationMatches; Q a
// case-insensitive part of the title; CreatedAfter and UpdatedAfter strict.
func (q JobQuery) Matches(j Job) bool {
	switch {
	case len(q.Statuses) > 0 && !slices.Contains(q.Statuses, j.Status),
		q.Department != "" && (j.Department == nil || !SameText(*j.Department, q.Department)),
		q.Location != "" && !LocationMatches(j.Location, q.Location),
		q.Q != "" && !strings.Contains(strings.ToLower(j.Title), strings.ToLower(strings.TrimSpace(q.Q))),
		!After(j.CreatedAt, q.CreatedAfter),
		!After(j.UpdatedAt, q.UpdatedAfter):
		return false
	}
	return true
}

// Matches reports whether c passes the filters of q that a candidate
// record carries: Email (by EmailKey), CreatedAfter and UpdatedAfter
// (strict). JobID is about the candidate's applications, which the
// provider checks where it knows them.
func (q CandidateQuery) Matches(c Candidate) bool {
	switch {
	case q.Email != "" && EmailKey(c.Email) != EmailKey(q.Email),
		!After(c.CreatedAt, q.CreatedAfter),
		!After(c.UpdatedAt, q.UpdatedAfter):
		return false
	}
	return true
}

// Matches reports whether a passes every filter of q; CreatedAfter applies
// to applied_at.
func (q ApplicationQuery) Matches(a Application) bool {
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

// LocationMatches is the location filter: want equals, ignoring case, the
// location's whole text, its city or its country; never its region
// ("England" must not find every job in London) or its country code.
func LocationMatches(l Location, want string) bool {
	if SameText(l.Text, want) {
		return true
	}
	return (l.City != nil && SameText(*l.City, want)) ||
		(l.Country != nil && SameText(*l.Country, want))
}

// SameText is the equality of exact-match text filters: ignoring case
// (Unicode simple folding: "ZÜRICH" is "Zürich") and surrounding space.
// Empty text matches nothing.
func SameText(a, b string) bool {
	a, b = strings.TrimSpace(a), strings.TrimSpace(b)
	return a != "" && strings.EqualFold(a, b)
}

// After reports whether t passes a strict "after" filter; nil passes all.
func After(t time.Time, bound *time.Time) bool {
	return bound == nil || t.After(*bound)
}
