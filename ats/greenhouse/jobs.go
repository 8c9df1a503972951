package greenhouse

import (
	"context"
	"encoding/json"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/upstream"
)

// ListJobs serves GET /jobs from GET /v3/jobs. A single status goes
// upstream (archived matches nothing: Greenhouse has no such status), a
// department whose name is one department's goes upstream as
// department_id, created_after as created_at=gt|T (else updated_after as
// updated_at=gt|T: Greenhouse takes only one of the two); several
// statuses, the other time filter, location and q are applied here while
// the page fills, and every filter is checked again on each record.
func (c *Client) ListJobs(ctx context.Context, q ats.JobQuery) (ats.Page[ats.Job], error) {
	n, err := c.namesOf(ctx)
	if err != nil {
		return ats.Page[ats.Job]{}, err
	}
	up := url.Values{}
	statuses := slices.Compact(slices.Sorted(slices.Values(q.Statuses)))
	var real []ats.JobStatus // statuses Greenhouse has
	for _, st := range statuses {
		if st != ats.JobArchived {
			real = append(real, st)
		}
	}
	local := q.Location != "" || q.Q != ""
	switch {
	case len(statuses) > 0 && len(real) == 0:
		return ats.Page[ats.Job]{Items: []ats.Job{}}, nil
	case len(real) == 1:
		up.Set("status", string(real[0]))
	case len(real) > 1 && len(real) < 3:
		local = true
	}
	if q.Department != "" {
		var ids []string
		for id, name := range n.departments {
			if strings.EqualFold(strings.TrimSpace(name), strings.TrimSpace(q.Department)) {
				ids = append(ids, id)
			}
		}
		switch len(ids) {
		case 0:
			return ats.Page[ats.Job]{Items: []ats.Job{}}, nil
		case 1:
			up.Set("department_id", ids[0])
		default:
			local = true
		}
	}
	local = setTimes(up, q.CreatedAfter, q.UpdatedAfter) || local
	spec := listSpec[wireJob, ats.Job]{
		op: "list jobs", path: "/jobs", query: up, local: local, raw: q.IncludeRaw,
		filters: q.FilterKey(),
		keep:    func(j *wireJob) bool { return q.Matches(toJob(j, nil, n, nil, false)) },
		convert: func(j *wireJob, raw json.RawMessage) ats.Job { return toJob(j, raw, n, nil, q.IncludeRaw) },
	}
	return walk(ctx, c, spec, q.Window)
}

// Job serves GET /jobs/{id} from GET /v3/jobs?ids={id}, with its
// description from the job's post (GET /v3/job_posts?job_ids={id}).
func (c *Client) Job(ctx context.Context, id string, opts ats.ReadOptions) (ats.Job, error) {
	w, raw, err := one[wireJob](ctx, c, "get job", "/jobs", id, nil)
	if err != nil {
		return ats.Job{}, upstream.NotFoundAs(err, "job", id)
	}
	n, err := c.namesOf(ctx)
	if err != nil {
		return ats.Job{}, err
	}
	post, err := c.jobPost(ctx, id)
	if err != nil {
		return ats.Job{}, err
	}
	return toJob(&w, raw, n, post, opts.IncludeRaw), nil
}

// jobPost is the post a job's description comes from: the first live
// external post, else the first post; nil when there is none, or when the
// credential may not list posts (the description is then null, not an
// error).
func (c *Client) jobPost(ctx context.Context, job string) (*wireJobPost, error) {
	q := url.Values{"job_ids": {job}, "per_page": {"100"}}
	posts, err := all[wireJobPost](ctx, c, "list job posts", "/job_posts", q, false)
	if refusedForGood(err) {
		c.logRefusal(ctx, "job posts", err)
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var first *wireJobPost
	for i := range posts {
		p := &posts[i].W
		if p.JobID != "" && string(p.JobID) != job {
			continue
		}
		live := p.Live != nil && *p.Live || p.Live == nil && p.Active != nil && *p.Active
		if live && !p.Internal {
			return p, nil
		}
		if first == nil {
			first = p
		}
	}
	return first, nil
}

// setTimes puts created_after (else updated_after) upstream as a pipe
// filter, gt|T with T rounded down to Greenhouse's milliseconds so that
// the answer is a superset that the query's Matches (ats.After) then trims. It reports
// whether the other filter is left to us (Greenhouse refuses the two
// together).
func setTimes(v url.Values, created, updated *time.Time) (local bool) {
	switch {
	case created != nil:
		v.Set("created_at", "gt|"+created.UTC().Truncate(time.Millisecond).Format("2006-01-02T15:04:05.000Z"))
		return updated != nil
	case updated != nil:
		v.Set("updated_at", "gt|"+updated.UTC().Truncate(time.Millisecond).Format("2006-01-02T15:04:05.000Z"))
	}
	return false
}
