package ats

import (
	"fmt"
	"slices"
	"strings"
	"time"
)

// FilterKey is the query's filters in one canonical form: two queries with
// the same key select the same records (statuses in any order or repeated,
// text in any case, the same email written differently). Providers
// fingerprint their continuations with it (upstream.Fingerprint), so that
// a cursor is refused with other filters. The window and IncludeRaw are no
// filters and are not in it.
func (q JobQuery) FilterKey() string {
	return fmt.Sprint(sortedSet(q.Statuses), "|", foldKey(q.Department), "|", foldKey(q.Location), "|", foldKey(q.Q), "|",
		timeKey(q.CreatedAfter), "|", timeKey(q.UpdatedAfter))
}

// FilterKey is JobQuery.FilterKey for candidates.
func (q CandidateQuery) FilterKey() string {
	return fmt.Sprint(EmailKey(q.Email), "|", q.JobID, "|", timeKey(q.CreatedAfter), "|", timeKey(q.UpdatedAfter))
}

// FilterKey is JobQuery.FilterKey for applications.
func (q ApplicationQuery) FilterKey() string {
	return fmt.Sprint(q.JobID, "|", q.CandidateID, "|", sortedSet(q.StageKinds), "|", sortedSet(q.Statuses), "|",
		timeKey(q.CreatedAfter), "|", timeKey(q.UpdatedAfter))
}

func sortedSet[T ~string](v []T) []T { return slices.Compact(slices.Sorted(slices.Values(v))) }

// foldKey maps text to a form in which case and surrounding space do not
// matter (Unicode simple folding, as SameText compares).
func foldKey(s string) string { return strings.ToLower(strings.ToUpper(strings.TrimSpace(s))) }

func timeKey(t *time.Time) string {
	if t == nil {
		return ""
	}
	return t.UTC().Format(time.RFC3339Nano)
}
