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
// page's candidates read by id (50 a call). The continuation is the id of
// the last candidate returned.
func (c *Client) candidatesOfJob(ctx context.Context, q ats.CandidateQuery, filters string, keep func(*wireCandidate) bool) (ats.Page[ats.Candidate], error) {
	empty := ats.Page[ats.Candidate]{Items: []ats.Candidate{}}
	fp := upstream.Fingerprint("list candidates of job", filters)
	limit := paging.Limit(q.Window)
	after, skip := "", 0
	switch {
	case q.PageMode():
		var err error
		if skip, _, err = paging.PageMode(q.Window, limit); err != nil {
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
	apps, err := all[wireApplication](ctx, c, "list applications of job", "/applications",
		url.Values{"job_ids": {q.JobID}, "prospect": {"false"}, "per_page": {strconv.Itoa(maxPerPage)}}, false)
	if err != nil {
		return empty, err
	}
	var ids []int64
	for _, a := range apps {
		if !included(&a.W) || a.W.job() != q.JobID {
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
	ids = slices.Compact(ids)
	if after != "" {
		a, _ := strconv.ParseInt(after, 10, 64)
		ids = slices.DeleteFunc(ids, func(id int64) bool { return id >= a })
	}

	// Read the page's candidates by id, 50 a call. Without email and time
	// filters every id is a match, so only the page's ids are read;
	// with them (ours here) batches are read until the page is full.
	exact := q.Email == "" && q.CreatedAfter == nil && q.UpdatedAfter == nil
	more := false
	if exact {
		ids = ids[min(skip, len(ids)):]
		more, skip = len(ids) > limit, 0
		ids = ids[:min(limit, len(ids))]
	}
	var chosen []record[wireCandidate]
	for batch := range slices.Chunk(ids, maxIDs) {
		strs := make([]string, 0, len(batch))
		for _, id := range batch {
			strs = append(strs, strconv.FormatInt(id, 10))
		}
		recs, err := byIDs[wireCandidate](ctx, c, "list candidates of job", "/candidates", strs, nil)
		if err != nil {
			return empty, err
		}
		byID := map[string]record[wireCandidate]{}
		for _, r := range recs {
			byID[r.id] = r
		}
		for _, id := range strs { // in our order, whatever Greenhouse's within a batch
			r, ok := byID[id]
			if !ok || !keep(&r.W) {
				continue
			}
			if len(chosen) == limit {
				more = true
				break
			}
			if skip > 0 {
				skip--
				continue
			}
			chosen = append(chosen, r)
		}
		if more && !exact {
			break
		}
	}
	ids2 := make([]string, 0, len(chosen))
	for _, r := range chosen {
		ids2 = append(ids2, r.id)
	}
	appIDs, err := c.applicationIDs(ctx, ids2)
	if err != nil {
		return empty, err
	}
	page := ats.Page[ats.Candidate]{Items: make([]ats.Candidate, 0, len(chosen)), HasMore: more}
	for _, r := range chosen {
		page.Items = append(page.Items, toCandidate(&r.W, appIDs[r.id], r.Raw, q.IncludeRaw))
	}
	if more {
		// The id the next page starts below: the last one considered.
		last := ""
		switch {
		case exact && len(ids) > 0:
			last = strconv.FormatInt(ids[len(ids)-1], 10)
		case len(chosen) > 0:
			last = chosen[len(chosen)-1].id
		}
		page.Next = upstream.Seal(fp, &continuation{A: last})
	}
	return page, nil
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
