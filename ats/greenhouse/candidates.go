package greenhouse

import (
	"context"
	"encoding/json"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/upstream"
)

// ListCandidates serves GET /candidates from GET /v3/candidates: email,
// and created_after (else updated_after) go upstream, and are checked
// again here (an email matches any of the candidate's addresses,
// case-insensitively; times strictly after). Greenhouse has no job filter
// on candidates: job_id lists the job's applications for their candidates
// (see candidatesOfJob). application_ids costs one more call per 50
// candidates of the page.
func (c *Client) ListCandidates(ctx context.Context, q ats.CandidateQuery) (ats.Page[ats.Candidate], error) {
	filters := q.FilterKey()
	up := url.Values{}
	if q.Email != "" {
		up.Set("email", strings.TrimSpace(q.Email))
	}
	local := setTimes(up, q.CreatedAfter, q.UpdatedAfter)
	keep := func(w *wireCandidate) bool {
		return (q.Email == "" || hasEmail(w, q.Email)) &&
			ats.After(w.CreatedAt.UTC(), q.CreatedAfter) && ats.After(w.UpdatedAt.UTC(), q.UpdatedAfter)
	}
	if q.JobID != "" {
		return c.candidatesOfJob(ctx, q, filters, keep)
	}
	spec := listSpec[wireCandidate, ats.Candidate]{
		op: "list candidates", path: "/candidates", query: up, local: local, raw: q.IncludeRaw, filters: filters,
		keep: keep,
	}
	var appIDs map[string][]string
	spec.finish = func(ctx context.Context, chosen []*record[wireCandidate]) error {
		ids := make([]string, 0, len(chosen))
		for _, r := range chosen {
			ids = append(ids, r.id)
		}
		var err error
		appIDs, err = c.applicationIDs(ctx, ids)
		return err
	}
	spec.convert = func(w *wireCandidate, raw json.RawMessage) ats.Candidate {
		return toCandidate(w, appIDs[string(w.ID)], raw, q.IncludeRaw)
	}
	return walk(ctx, c, spec, q.Window)
}

// hasEmail reports whether any of the candidate's addresses is email.
func hasEmail(w *wireCandidate, email string) bool {
	key := ats.EmailKey(email)
	return slices.ContainsFunc(w.EmailAddresses, func(e wireContact) bool { return ats.EmailKey(e.Value) == key })
}

// candidatesOfJob serves GET /candidates?job_id=: the candidates with an
// application to the job, newest candidate first like every candidate
// list. Greenhouse cannot filter candidates by job, so the job's
// applications are read whole (GET /v3/applications?job_ids=, 500 a call,
// at most maxLookupPages calls), their candidates sorted by id, and the
// page's candidates read by id (50 a call, see scanJobCandidates). The
// continuation is the id of the last candidate looked at.
func (c *Client) candidatesOfJob(ctx context.Context, q ats.CandidateQuery, filters string, keep func(*wireCandidate) bool) (ats.Page[ats.Candidate], error) {
	empty := ats.Page[ats.Candidate]{Items: []ats.Candidate{}}
	fp := upstream.Fingerprint("list candidates of job", filters)
	limit := paging.Limit(q.Window)
	after, skip, budget := "", 0, upstream.FilterCalls
	switch {
	case q.PageMode():
		var err error
		if skip, budget, err = paging.PageMode(q.Window, limit); err != nil {
			return empty, err
		}
	case q.Cursor != "":
		cont, err := resume(fp, q.Cursor)
		if err != nil {
			return empty, err
		}
		after = cont.A
	}
	if !validID(q.JobID) {
		return empty, nil
	}
	ids, err := c.jobCandidateIDs(ctx, q.JobID)
	if err != nil {
		return empty, err
	}
	if after != "" {
		a, _ := strconv.ParseInt(after, 10, 64)
		ids = slices.DeleteFunc(ids, func(id int64) bool { return id >= a })
	}

	// Without email and time filters every id is a match, so only the
	// page's ids are read (at most 2 calls) and has_more is whether ids
	// remain past them; with them, batches are read until the page is
	// full, at most budget calls.
	var s jobScan
	if q.Email == "" && q.CreatedAfter == nil && q.UpdatedAfter == nil {
		ids = ids[min(skip, len(ids)):]
		more := len(ids) > limit
		ids = ids[:min(limit, len(ids))]
		if s, err = c.scanJobCandidates(ctx, ids, keep, limit, 0, (len(ids)+maxIDs-1)/maxIDs, q.Window); err != nil {
			return empty, err
		}
		s.more = s.more || more
	} else if s, err = c.scanJobCandidates(ctx, ids, keep, limit, skip, budget, q.Window); err != nil {
		return empty, err
	}

	chosen := make([]string, 0, len(s.chosen))
	for _, r := range s.chosen {
		chosen = append(chosen, r.id)
	}
	appIDs, err := c.applicationIDs(ctx, chosen)
	if err != nil {
		return empty, err
	}
	page := ats.Page[ats.Candidate]{Items: make([]ats.Candidate, 0, len(s.chosen)), HasMore: s.more}
	for _, r := range s.chosen {
		page.Items = append(page.Items, toCandidate(&r.W, appIDs[r.id], r.Raw, q.IncludeRaw))
	}
	if s.more {
		page.Next = upstream.Seal(fp, &continuation{A: s.last})
	}
	return page, nil
}

// jobCandidateIDs returns the ids of the candidates with a candidate
// application to job, highest (newest) first, each once.
func (c *Client) jobCandidateIDs(ctx context.Context, job string) ([]int64, error) {
	apps, err := all[wireApplication](ctx, c, "list applications of job", "/applications",
		url.Values{"job_ids": {job}, "prospect": {"false"}, "per_page": {strconv.Itoa(maxPerPage)}}, false)
	if err != nil {
		return nil, err
	}
	var ids []int64
	for _, a := range apps {
		if !included(&a.W) || a.W.job() != job {
			continue
		}
		id, err := strconv.ParseInt(string(a.W.CandidateID), 10, 64)
		if err != nil {
			continue
		}
		ids = append(ids, id)
	}
	slices.Sort(ids)
	slices.Reverse(ids)
	return slices.Compact(ids), nil
}

// jobScan is what scanJobCandidates found: the page's candidates, whether
// more may follow, and the id of the last candidate looked at, below
// which the next page starts.
type jobScan struct {
	chosen []record[wireCandidate]
	more   bool
	last   string
}

// scanJobCandidates reads the candidates of ids by id, 50 a call and in
// the order of ids, and keeps the first limit that keep accepts, after
// skipping skip of them (page mode). Like every walk with filters of ours
// (see walk) it makes at most budget calls (upstream.FilterCalls for a
// cursor page): when they run out first, or the rate limit is reached with
// candidates in hand, the page ends there, possibly short, with more set
// while ids remain. A full page reads on for one more match, so that more
// is exact where the budget allows. Page mode that runs out of calls
// before reaching its page is BeyondScanOf.
func (c *Client) scanJobCandidates(ctx context.Context, ids []int64, keep func(*wireCandidate) bool, limit, skip, budget int, win ats.Window) (jobScan, error) {
	var s jobScan
	for calls := 0; len(ids) > 0; calls++ {
		if calls >= budget {
			if skip > 0 {
				return jobScan{}, paging.BeyondScanOf(win.Page, budget*maxIDs)
			}
			s.more = true
			return s, nil
		}
		n := min(maxIDs, len(ids))
		batch := make([]string, 0, n)
		for _, id := range ids[:n] {
			batch = append(batch, strconv.FormatInt(id, 10))
		}
		recs, err := byIDs[wireCandidate](ctx, c, "list candidates of job", "/candidates", batch, nil)
		if err != nil {
			// Once some candidates are in hand, running into the rate
			// limit ends the page early instead of failing it.
			if upstream.EndsEarly(err, win, len(s.chosen)) {
				s.more = true
				return s, nil
			}
			return jobScan{}, err
		}
		byID := make(map[string]record[wireCandidate], len(recs))
		for _, r := range recs {
			byID[r.id] = r
		}
		for _, id := range batch { // in our order, whatever Greenhouse's within a batch
			if r, ok := byID[id]; ok && keep(&r.W) {
				switch {
				case len(s.chosen) == limit:
					s.more = true // the next page starts at this one
					return s, nil
				case skip > 0:
					skip--
				default:
					s.chosen = append(s.chosen, r)
				}
			}
			s.last = id
		}
		ids = ids[n:]
	}
	return s, nil
}

// applicationIDs returns the ids of the candidate applications of each
// candidate (GET /v3/applications?candidate_ids=, 50 candidates a call),
// newest first as Greenhouse lists them.
func (c *Client) applicationIDs(ctx context.Context, candidates []string) (map[string][]string, error) {
	out := map[string][]string{}
	for _, chunk := range chunks(candidates) {
		q := url.Values{"candidate_ids": {joinIDs(chunk)}, "prospect": {"false"}, "per_page": {strconv.Itoa(maxPerPage)}}
		apps, err := all[wireApplication](ctx, c, "list applications of candidates", "/applications", q, false)
		if err != nil {
			return nil, err
		}
		for _, a := range apps {
			if included(&a.W) {
				out[string(a.W.CandidateID)] = append(out[string(a.W.CandidateID)], a.id)
			}
		}
	}
	return out, nil
}

// Candidate serves GET /candidates/{id} from GET /v3/candidates?ids={id},
// with its applications' ids (GET /v3/applications?candidate_ids={id}).
func (c *Client) Candidate(ctx context.Context, id string, opts ats.ReadOptions) (ats.Candidate, error) {
	w, raw, err := one[wireCandidate](ctx, c, "get candidate", "/candidates", id, nil)
	if err != nil {
		return ats.Candidate{}, upstream.NotFoundAs(err, "candidate", id)
	}
	appIDs, err := c.applicationIDs(ctx, []string{id})
	if err != nil {
		return ats.Candidate{}, err
	}
	return toCandidate(&w, appIDs[id], raw, opts.IncludeRaw), nil
}
