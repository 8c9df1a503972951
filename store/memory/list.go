package memory

import (
	"context"
	"slices"

	"github.com/atsbridge/atsbridge/ats"
)

// ListJobs returns one page of the jobs matching q, in (created_at, id) order.
func (s *Store) ListJobs(ctx context.Context, q ats.JobQuery) (ats.Page[ats.Job], error) {
	if err := s.readable(ctx, "list jobs"); err != nil {
		return ats.Page[ats.Job]{}, err
	}
	defer s.mu.RUnlock()
	match := func(id string) bool { return q.Matches(s.jobs[id]) }
	return listPage(s.jobOrder, q.Window, func(id string) key { return jobKey(s.jobs[id]) }, match,
		func(id string) ats.Job { return cloneJob(s.jobs[id]) })
}

// ListCandidates returns one page of the candidates matching q, in
// (created_at, id) order, each with its application ids.
func (s *Store) ListCandidates(ctx context.Context, q ats.CandidateQuery) (ats.Page[ats.Candidate], error) {
	if err := s.readable(ctx, "list candidates"); err != nil {
		return ats.Page[ats.Candidate]{}, err
	}
	defer s.mu.RUnlock()
	match := func(id string) bool {
		return q.Matches(s.cands[id]) && (q.JobID == "" || s.pairs[[2]string{id, q.JobID}] != "")
	}
	return listPage(s.candOrder, q.Window, func(id string) key { return candKey(s.cands[id]) }, match,
		func(id string) ats.Candidate { return s.candidateOut(s.cands[id]) })
}

// ListApplications returns one page of the applications matching q, in
// (applied_at, id) order.
func (s *Store) ListApplications(ctx context.Context, q ats.ApplicationQuery) (ats.Page[ats.Application], error) {
	if err := s.readable(ctx, "list applications"); err != nil {
		return ats.Page[ats.Application]{}, err
	}
	defer s.mu.RUnlock()
	match := func(id string) bool { return q.Matches(s.apps[id]) }
	order := s.appOrder
	if q.CandidateID != "" {
		// The candidate index holds the same order and is far shorter.
		order = s.candApps[q.CandidateID]
	}
	return listPage(order, q.Window, func(id string) key { return appKey(s.apps[id]) }, match,
		func(id string) ats.Application { return cloneApplication(s.apps[id]) })
}

// listPage selects one window of the ids (sorted by keyOf) that match.
// Total counts every match; in cursor mode the walk starts right after the
// record the continuation names, so rows added meanwhile are neither skipped
// nor repeated.
func listPage[T any](order []string, w ats.Window, keyOf func(string) key, match func(string) bool, out func(string) T) (ats.Page[T], error) {
	limit := w.Limit
	if limit <= 0 {
		limit = ats.DefaultLimit
	}
	start := 0 // first index of order to consider
	skip := 0  // matches to pass over before the window (page mode)
	if w.PageMode() {
		skip = -1 // computed below, once the total is known
	} else if w.Cursor != "" {
		k, err := decodeContinuation(w.Cursor)
		if err != nil {
			return ats.Page[T]{}, err
		}
		start, _ = slices.BinarySearchFunc(order, k, func(id string, t key) int {
			if keyOf(id).compare(t) <= 0 {
				return -1
			}
			return 1
		})
	}

	total := 0
	var matched []string
	for i, id := range order {
		if !match(id) {
			continue
		}
		total++
		if i >= start {
			matched = append(matched, id)
		}
	}
	if skip < 0 {
		skip = 0
		if w.Page-1 >= (total+limit-1)/limit+1 {
			skip = total
		} else {
			skip = min((w.Page-1)*limit, total)
		}
	}
	matched = matched[skip:]

	p := ats.Page[T]{Items: []T{}, Total: &total}
	n := min(limit, len(matched))
	for _, id := range matched[:n] {
		p.Items = append(p.Items, out(id))
	}
	if len(matched) > n {
		p.HasMore = true
		p.Next = encodeContinuation(keyOf(matched[n-1]))
	}
	return p, nil
}
