package dynamodb

import (
	"context"
	"fmt"
	"slices"

	"golang.org/x/sync/errgroup"

	"github.com/atsbridge/atsbridge/ats"
)

// ListJobs returns one page of the jobs matching q, in (created_at, id)
// order. A department filter reads the department index, a status filter
// the status index (one partition per status, merged); everything else
// reads all jobs in creation order.
func (s *Store) ListJobs(ctx context.Context, q ats.JobQuery) (ats.Page[ats.Job], error) {
	if err := s.usable(ctx, "list jobs"); err != nil {
		return ats.Page[ats.Job]{}, err
	}
	p := plan{index: idxJobs, parts: []string{gpAllJobs}}
	switch {
	case q.Department != "":
		p = plan{index: idxJobsByDept, parts: []string{gpJobDepartment(q.Department)}}
	case len(q.Statuses) > 0:
		p = plan{index: idxJobsByStatus, parts: partitions(q.Statuses, gpJobStatus)}
	case q.Location == "" && q.Q == "" && q.CreatedAfter == nil && q.UpdatedAfter == nil:
		p.counter = countJobs
	}
	if q.CreatedAfter != nil {
		p.lower = afterKey(*q.CreatedAfter)
	}
	keep := func(j ats.Job) bool { return q.Matches(j) }
	return runList(ctx, s, p, q.Window, decodeAll(decodeJob), keep)
}

// ListCandidates returns one page of the candidates matching q, in
// (created_at, id) order, each with its application ids. An email filter
// is a key lookup of the email's claim; a job filter reads the
// candidates-by-job index that application items carry.
func (s *Store) ListCandidates(ctx context.Context, q ats.CandidateQuery) (ats.Page[ats.Candidate], error) {
	if err := s.usable(ctx, "list candidates"); err != nil {
		return ats.Page[ats.Candidate]{}, err
	}
	p := plan{index: idxCandidates, parts: []string{gpAllCandidates}}
	resolve := decodeAll(decodeCandidate)
	switch {
	case q.Email != "":
		fixed, err := s.candidateByEmail(ctx, q.Email, q.JobID)
		if err != nil {
			return ats.Page[ats.Candidate]{}, fmt.Errorf("dynamodb: list candidates: %w", err)
		}
		p.fixed = fixed
	case q.JobID != "":
		p = plan{index: idxCandsByJob, parts: []string{gpCandidateJob(q.JobID)}}
		resolve = s.candidatesOf
	case q.CreatedAfter == nil && q.UpdatedAfter == nil:
		p.counter = countCandidates
	}
	if q.CreatedAfter != nil {
		p.lower = afterKey(*q.CreatedAfter)
	}
	keep := q.Matches // the job filter is the index's
	page, err := runList(ctx, s, p, q.Window, resolve, keep)
	if err != nil {
		return page, err
	}
	if err := s.fillApplicationIDs(ctx, page.Items); err != nil {
		return ats.Page[ats.Candidate]{}, fmt.Errorf("dynamodb: list candidates: %w", err)
	}
	return page, nil
}

// ListApplications returns one page of the applications matching q, in
// (applied_at, id) order. The most selective filter picks the index:
// candidate, then job, then stage kind, then status; the rest filter.
func (s *Store) ListApplications(ctx context.Context, q ats.ApplicationQuery) (ats.Page[ats.Application], error) {
	if err := s.usable(ctx, "list applications"); err != nil {
		return ats.Page[ats.Application]{}, err
	}
	p := plan{index: idxApps, parts: []string{gpAllApplications}}
	switch {
	case q.CandidateID != "":
		p = plan{index: idxAppsByCand, parts: []string{gpAppCandidate(q.CandidateID)}}
	case q.JobID != "":
		p = plan{index: idxAppsByJob, parts: []string{gpAppJob(q.JobID)}}
	case len(q.StageKinds) > 0:
		p = plan{index: idxAppsByStage, parts: partitions(q.StageKinds, gpAppStage)}
	case len(q.Statuses) > 0:
		p = plan{index: idxAppsByStatus, parts: partitions(q.Statuses, gpAppStatus)}
	case q.CreatedAfter == nil && q.UpdatedAfter == nil:
		p.counter = countApplications
	}
	if q.CreatedAfter != nil {
		p.lower = afterKey(*q.CreatedAfter)
	}
	keep := func(a ats.Application) bool { return q.Matches(a) }
	return runList(ctx, s, p, q.Window, decodeAll(decodeApplication), keep)
}

// partitions maps filter values to index partitions, once each: a value
// given twice must not list its records twice.
func partitions[V comparable](vals []V, pk func(V) string) []string {
	var out []string
	for _, v := range vals {
		if p := pk(v); !slices.Contains(out, p) {
			out = append(out, p)
		}
	}
	return out
}

// candidateByEmail finds the candidate holding email's claim, restricted to
// candidates who applied to jobID when set. The result is the candidate's
// item or none; it is never nil, which marks the plan as a lookup.
func (s *Store) candidateByEmail(ctx context.Context, email, jobID string) ([]item, error) {
	claim, err := s.get(ctx, emailPK(email), skEmail)
	if err != nil || claim == nil {
		return []item{}, err
	}
	id := stringAttr(claim, attrRef)
	it, err := s.get(ctx, candidatePK(id), skCandidate)
	if err != nil || it == nil {
		return []item{}, err // a claim without its record is no candidate
	}
	if jobID != "" {
		_, jobs, kept := candidateApps(it)
		if !kept {
			if _, jobs, err = s.applicationsOf(ctx, id); err != nil {
				return []item{}, err
			}
		}
		if !slices.Contains(jobs, jobID) {
			return []item{}, nil
		}
	}
	return []item{it}, nil
}

// candidatesOf resolves items of the candidates-by-job index (applications)
// to their candidates with one batch read per page.
func (s *Store) candidatesOf(ctx context.Context, its []item) ([]ats.Candidate, []bool, error) {
	keys := make([]item, 0, len(its))
	for _, it := range its {
		keys = append(keys, key(candidatePK(idOfOrderKey(stringAttr(it, idxCandsByJob.SK))), skCandidate))
	}
	found, err := s.batchGet(ctx, keys)
	if err != nil {
		return nil, nil, fmt.Errorf("dynamodb: candidates of a job: %w", err)
	}
	vals, ok := make([]ats.Candidate, len(its)), make([]bool, len(its))
	for i, k := range keys {
		it, exists := found[stringAttr(k, AttrPK)]
		if !exists {
			continue // an application whose candidate was undone
		}
		if vals[i], err = decodeCandidate(it); err != nil {
			return nil, nil, fmt.Errorf("dynamodb: %w", err)
		}
		ok[i] = true
	}
	return vals, ok, nil
}

// fillApplicationIDs sets the application ids of the candidates of cs
// whose items do not keep them (nil ApplicationIDs, see candidateApps),
// reading the by-candidate index for several at once; the first failure
// cancels the other reads. Candidates written since they keep their
// applications need no read.
func (s *Store) fillApplicationIDs(ctx context.Context, cs []ats.Candidate) error {
	g, ctx := errgroup.WithContext(ctx)
	g.SetLimit(8)
	for i := range cs {
		if cs[i].ApplicationIDs != nil {
			continue
		}
		g.Go(func() error {
			ids, _, err := s.applicationsOf(ctx, cs[i].ID)
			cs[i].ApplicationIDs = ids
			return err
		})
	}
	return g.Wait()
}
