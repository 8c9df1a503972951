package lever

import (
	"context"
	"encoding/json"
	"fmt"
	"net/url"
	"slices"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/upstream"
)

// ListApplications serves GET /applications from GET /opportunities
// (applications expanded, for their posting). job_id goes upstream as
// posting_id, candidate_id as contact_id, the time filters in milliseconds
// (created_after applies to the opportunity's createdAt, applied_at), a
// status list of only active as archived=false and of only closed ones as
// archived=true, and a stage kind as stage_id when exactly one of the
// account's stages has it. Everything is checked here again, and general
// leads (no posting) are left out, while the page fills. Stage names and
// archive reasons come from GET /stages and /archive_reasons (cached).
func (c *Client) ListApplications(ctx context.Context, q ats.ApplicationQuery) (ats.Page[ats.Application], error) {
	empty := ats.Page[ats.Application]{Items: []ats.Application{}}
	if q.JobID != "" && !validID(q.JobID) || q.CandidateID != "" && !validID(q.CandidateID) {
		return empty, nil
	}
	cat, err := c.catalog(ctx, false)
	if err != nil {
		return ats.Page[ats.Application]{}, err
	}
	kinds := slices.Compact(slices.Sorted(slices.Values(q.StageKinds)))
	statuses := slices.Compact(slices.Sorted(slices.Values(q.Statuses)))
	up := opportunityQuery()
	local := q.JobID == "" || q.CreatedAfter != nil || q.UpdatedAfter != nil
	if q.JobID != "" {
		up.Set("posting_id", q.JobID)
	}
	if q.CandidateID != "" {
		up.Set("contact_id", q.CandidateID)
	}
	setMs(up, "created_at_start", q.CreatedAfter)
	setMs(up, "updated_at_start", q.UpdatedAfter)
	if len(statuses) > 0 && len(statuses) < len(ats.ApplicationStatuses) {
		switch {
		case slices.Equal(statuses, []ats.ApplicationStatus{ats.ApplicationActive}):
			up.Set("archived", "false")
		case !slices.Contains(statuses, ats.ApplicationActive):
			up.Set("archived", "true")
			local = true
		default:
			local = true
		}
	}
	if len(kinds) > 0 && len(kinds) < len(ats.StageKinds) {
		var ids []string
		for _, s := range cat.stages {
			if slices.Contains(kinds, stageKind(s.ID, s.Text)) {
				ids = append(ids, s.ID)
			}
		}
		switch len(ids) {
		case 0:
			// No stage of the account has these kinds (hired, usually:
			// Lever hires by archiving).
			return empty, nil
		case 1:
			up.Set("stage_id", ids[0])
		default:
			local = true
		}
	}
	keep := func(o *wireOpportunity, a ats.Application) bool {
		// A general lead (no posting) is a person, not an application.
		return o.postingID() != "" && q.Matches(a)
	}
	spec := listSpec[wireOpportunity, ats.Application]{
		op: "list applications", local: local, filters: q.FilterKey(),
		fetch: fetchPages[wireOpportunity](c, "list applications", "/opportunities", up, q.IncludeRaw),
		convert: func(ctx context.Context, recs []upstream.Record[wireOpportunity]) ([]*ats.Application, error) {
			if err := c.fillPostings(ctx, recs); err != nil {
				return nil, err
			}
			return keepEach(keep, func(o *wireOpportunity, raw json.RawMessage) ats.Application {
				a, _ := cat.toApplication(o, raw, q.IncludeRaw)
				return a
			})(ctx, recs)
		},
	}
	return walk(ctx, spec, q.Window)
}

// Application serves GET /applications/{id} from GET
// /opportunities/{id}?expand=applications; a general lead (no posting) is
// not an application.
func (c *Client) Application(ctx context.Context, id string, opts ats.ReadOptions) (ats.Application, error) {
	o, raw, err := c.opportunity(ctx, "get application", id)
	if err != nil {
		return ats.Application{}, err
	}
	cat, err := c.catalog(ctx, false)
	if err != nil {
		return ats.Application{}, err
	}
	a, ok := cat.toApplication(o, raw, opts.IncludeRaw)
	if !ok {
		return ats.Application{}, ats.NotFound("application", id)
	}
	return a, nil
}

// opportunity reads one opportunity with its applications; NOT_FOUND
// names the application.
func (c *Client) opportunity(ctx context.Context, op, id string) (*wireOpportunity, json.RawMessage, error) {
	if !validID(id) {
		return nil, nil, ats.NotFound("application", id)
	}
	var o wireOpportunity
	raw, err := c.get(ctx, op, "/opportunities/"+url.PathEscape(id), url.Values{"expand": {"applications"}}, &o)
	if err != nil {
		return nil, nil, upstream.NotFoundAs(err, "application", id)
	}
	if err := c.fillPostings(ctx, []upstream.Record[wireOpportunity]{{W: o}}); err != nil {
		return nil, nil, err
	}
	return &o, raw, nil
}

// CreateApplication serves POST /applications with a new opportunity for
// the candidate's contact on the posting (POST /opportunities with
// contact, origin applied, the applicant-new stage), acting as the
// configured or looked-up user. The candidate is read first (one call:
// all their opportunities): one already on the posting is
// APPLICATION_EXISTS with its id, and the posting must be open
// (JOB_NOT_OPEN otherwise).
func (c *Client) CreateApplication(ctx context.Context, in ats.ApplicationInput) (ats.Application, error) {
	g, err := c.contact(ctx, in.CandidateID, false)
	if err != nil {
		return ats.Application{}, err
	}
	if !validID(in.JobID) {
		return ats.Application{}, ats.NotFound("job", in.JobID)
	}
	for _, o := range g.opps {
		if onPosting(o, in.JobID) {
			return ats.Application{}, &ats.Error{
				Code:    ats.CodeApplicationExists,
				Message: fmt.Sprintf("Candidate %q has already applied to job %q on Lever.", in.CandidateID, in.JobID),
				Details: []ats.Detail{{Field: "job_id", ExistingID: o.ID}},
			}
		}
	}
	if err := c.requireOpenPosting(ctx, in.JobID); err != nil {
		return ats.Application{}, err
	}
	stage, err := c.applicantStage(ctx)
	if err != nil {
		return ats.Application{}, err
	}
	newest := g.opps[len(g.opps)-1]
	body := opportunityBody{Contact: g.id, Name: newest.Name, Emails: newest.Emails, Postings: []string{in.JobID},
		Origin: "applied", Stage: stage}
	if in.Source != nil {
		body.Sources = []string{*in.Source}
	}
	o, err := c.createOpportunity(ctx, body, nil, false)
	if err != nil {
		return ats.Application{}, upstream.NotFoundAs(err, "job", in.JobID)
	}
	cat, err := c.catalog(ctx, false)
	if err != nil {
		return ats.Application{}, err
	}
	a, ok := cat.toApplication(o, nil, false)
	if !ok {
		return ats.Application{}, &ats.Error{Code: ats.CodeUpstreamUnavailable,
			Message: "Lever created the opportunity but did not file it under the job; check the candidate in Lever before sending it again.",
			Err:     fmt.Errorf("lever: create application: the new opportunity has no posting")}
	}
	return a, nil
}
