package lever

import (
	"context"
	"encoding/json"
	"net/url"
	"slices"

	"github.com/atsbridge/atsbridge/ats"
)

// ListJobs serves GET /jobs from GET /postings?confidentiality=all
// (confidential postings are listed when the key may see them). A status
// that is one Lever state (closed, archived) goes upstream as state;
// created_after and updated_after go upstream in milliseconds; the other
// filters (open and draft, which are two states each, several statuses,
// department, location, q) are applied here while the page fills, and the
// time filters are checked here again, strictly after.
func (c *Client) ListJobs(ctx context.Context, q ats.JobQuery) (ats.Page[ats.Job], error) {
	up := url.Values{"confidentiality": {"all"}}
	statuses := slices.Compact(slices.Sorted(slices.Values(q.Statuses)))
	local := q.Department != "" || q.Location != "" || q.Q != "" || q.CreatedAfter != nil || q.UpdatedAfter != nil
	if len(statuses) > 0 && len(statuses) < len(ats.JobStatuses) {
		if states := leverStates(statuses[0]); len(statuses) == 1 && len(states) == 1 {
			up.Set("state", states[0])
		} else {
			local = true
		}
	}
	setMs(up, "created_at_start", q.CreatedAfter)
	setMs(up, "updated_at_start", q.UpdatedAfter)
	keep := func(_ *wirePosting, j ats.Job) bool { return q.Matches(j) }
	spec := listSpec[wirePosting, ats.Job]{
		op: "list jobs", local: local,
		filters: q.FilterKey(),
		fetch:   fetchPages[wirePosting](c, "list jobs", "/postings", up, q.IncludeRaw),
		convert: keepEach(keep, func(p *wirePosting, raw json.RawMessage) ats.Job {
			return toJob(p, raw, false, q.IncludeRaw)
		}),
	}
	return walk(ctx, spec, q.Window)
}

// Job serves GET /jobs/{id} from GET /postings/{id}.
func (c *Client) Job(ctx context.Context, id string, opts ats.ReadOptions) (ats.Job, error) {
	p, raw, err := c.posting(ctx, "get job", id)
	if err != nil {
		return ats.Job{}, err
	}
	return toJob(&p, raw, true, opts.IncludeRaw), nil
}
