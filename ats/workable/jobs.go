package workable

import (
	"context"
	"encoding/json"
	"fmt"
	"net/url"
	"slices"
	"time"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/upstream"
)

// ListJobs serves GET /jobs from GET /jobs. A single status, created_after
// and updated_after go upstream; several statuses, department, location
// and q are applied here while the page fills. The time filters are checked
// here too, since Workable's comparison (strict or not, whole seconds) is
// not documented and ours is strictly after.
func (c *Client) ListJobs(ctx context.Context, q ats.JobQuery) (ats.Page[ats.Job], error) {
	up := url.Values{}
	local := q.Department != "" || q.Location != "" || q.Q != ""
	statuses := slices.Compact(slices.Sorted(slices.Values(q.Statuses)))
	switch {
	case len(statuses) == 1:
		up.Set("state", workableState(statuses[0]))
	case len(statuses) > 1 && len(statuses) < len(ats.JobStatuses):
		local = true
	}
	setTime(up, "created_after", q.CreatedAfter)
	setTime(up, "updated_after", q.UpdatedAfter)

	spec := listSpec[wireJob, ats.Job]{
		op: "list jobs", path: "/jobs", key: "jobs", query: up, local: local, raw: q.IncludeRaw,
		filters: q.FilterKey(),
		keep:    func(_ *wireJob, j ats.Job) bool { return q.Matches(j) },
		id:      func(j *wireJob) string { return string(j.ID) },
		convert: func(j *wireJob, raw json.RawMessage) ats.Job {
			return toJob(j, raw, false, q.IncludeRaw)
		},
	}
	return walk(ctx, c, spec, q.Window)
}

// Job serves GET /jobs/{id} from GET /jobs/{shortcode}, which answers the
// job unwrapped and with its description.
func (c *Client) Job(ctx context.Context, id string, opts ats.ReadOptions) (ats.Job, error) {
	w, raw, err := c.job(ctx, "get job", id)
	if err != nil {
		return ats.Job{}, err
	}
	return toJob(&w, raw, true, opts.IncludeRaw), nil
}

// job reads one job by shortcode.
func (c *Client) job(ctx context.Context, op, shortcode string) (wireJob, json.RawMessage, error) {
	if !validID(shortcode) {
		return wireJob{}, nil, ats.NotFound("job", shortcode)
	}
	var raw json.RawMessage
	if err := c.get(ctx, op, "/jobs/"+url.PathEscape(shortcode), nil, &raw); err != nil {
		return wireJob{}, nil, upstream.NotFoundAs(err, "job", shortcode)
	}
	var w wireJob
	if err := json.Unmarshal(raw, &w); err != nil || w.Shortcode == "" {
		if err == nil {
			err = fmt.Errorf("job without shortcode")
		}
		return wireJob{}, nil, c.malformed(op, "/jobs/{shortcode}", err)
	}
	return w, raw, nil
}

// setTime passes a time filter upstream in whole seconds, rounded down, so
// that Workable returns a superset that the query's Matches then trims.
func setTime(v url.Values, key string, t *time.Time) {
	if t != nil {
		v.Set(key, t.UTC().Truncate(time.Second).Format(time.RFC3339))
	}
}
