package workable

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/url"
	"slices"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/upstream"
)

// ListApplications serves GET /applications from GET /candidates, since a
// Workable candidate record is an application. job_id goes upstream as
// shortcode, the time filters as created_after / updated_after (created_at
// of the record is applied_at). A single stage kind goes upstream as a
// stage slug when exactly one stage of the account has that kind (from
// GET /stages, cached); otherwise kinds and statuses are applied here while
// the page fills. candidate_id is one read: the application's id is the
// candidate's.
func (c *Client) ListApplications(ctx context.Context, q ats.ApplicationQuery) (ats.Page[ats.Application], error) {
	kinds := slices.Compact(slices.Sorted(slices.Values(q.StageKinds)))
	keep := func(w *wireCandidate, a ats.Application) bool {
		// The talent pool is people, not applications.
		return w.Job != nil && q.Matches(a)
	}
	if q.CandidateID != "" {
		return c.applicationOf(ctx, q, keep)
	}
	if q.JobID != "" && !validID(q.JobID) {
		return ats.Page[ats.Application]{Items: []ats.Application{}}, nil
	}

	up := url.Values{}
	if q.JobID != "" {
		up.Set("shortcode", q.JobID)
	}
	setTime(up, "created_after", q.CreatedAfter)
	setTime(up, "updated_after", q.UpdatedAfter)
	if len(kinds) == 1 {
		slugs, err := c.stageSlugs(ctx, kinds[0])
		switch {
		case err != nil:
			c.log.LogAttrs(ctx, slog.LevelDebug, "workable stages unavailable; filtering stage kinds locally",
				slog.String("error", err.Error()))
		case len(slugs) == 1:
			up.Set("stage", slugs[0])
		}
	}
	// Talent-pool records (people in no job) come in the same upstream
	// list and keep drops them, so this list always filters here (local):
	// full upstream pages, looking past a full page for the next kept
	// record so that has_more is exact.
	spec := listSpec[wireCandidate, ats.Application]{
		op: "list applications", path: "/candidates", key: "candidates", query: up, local: true, raw: q.IncludeRaw,
		filters: q.FilterKey(),
		keep:    keep,
		id:      func(w *wireCandidate) string { return string(w.ID) },
		convert: func(w *wireCandidate, raw json.RawMessage) ats.Application {
			return toApplication(w, raw, q.IncludeRaw)
		},
	}
	return walk(ctx, c, spec, q.Window)
}

// applicationOf lists the applications of one candidate: the record with
// that id, when it is in a job and passes the other filters. It never has
// a second page, so it issues no continuation and accepts none.
func (c *Client) applicationOf(ctx context.Context, q ats.ApplicationQuery, keep func(*wireCandidate, ats.Application) bool) (ats.Page[ats.Application], error) {
	empty := ats.Page[ats.Application]{Items: []ats.Application{}}
	if q.Cursor != "" && !q.PageMode() {
		return empty, ats.Errorf(ats.CodeCursorInvalid, "The cursor does not belong to this Workable list; start again without a cursor.")
	}
	if !validID(q.CandidateID) || q.Page > 1 {
		return empty, nil
	}
	w, raw, err := c.candidate(ctx, "list applications of candidate", q.CandidateID)
	if ats.ErrorCode(err) == ats.CodeNotFound {
		return empty, nil
	}
	if err != nil {
		return empty, err
	}
	a := toApplication(&w, raw, q.IncludeRaw)
	if !keep(&w, a) {
		return empty, nil
	}
	return ats.Page[ats.Application]{Items: []ats.Application{a}}, nil
}

// Application serves GET /applications/{id} from GET /candidates/{id}; a
// talent-pool record (no job) is a person without an application.
func (c *Client) Application(ctx context.Context, id string, opts ats.ReadOptions) (ats.Application, error) {
	w, raw, err := c.candidate(ctx, "get application", id)
	if err != nil {
		return ats.Application{}, upstream.NotFoundAs(err, "application", id)
	}
	if w.Job == nil {
		return ats.Application{}, ats.NotFound("application", id)
	}
	return toApplication(&w, raw, opts.IncludeRaw), nil
}

// CreateApplication serves POST /applications by copying the candidate's
// record into the target job (POST /candidates/{id}/copy), acting as
// WORKABLE_MEMBER_ID or the member found through /members. The candidate
// and the job are checked first: a candidate whose record is already in
// the job is APPLICATION_EXISTS, a job that is not published JOB_NOT_OPEN.
// Workable keeps no source on a copy, so in.Source is not sent.
func (c *Client) CreateApplication(ctx context.Context, in ats.ApplicationInput) (ats.Application, error) {
	src, _, err := c.candidate(ctx, "get candidate", in.CandidateID)
	if err != nil {
		return ats.Application{}, upstream.NotFoundAs(err, "candidate", in.CandidateID)
	}
	if !validID(in.JobID) {
		return ats.Application{}, ats.NotFound("job", in.JobID)
	}
	if src.jobShortcode() == in.JobID {
		return ats.Application{}, &ats.Error{
			Code:    ats.CodeApplicationExists,
			Message: fmt.Sprintf("Candidate %q is already in job %q on Workable.", in.CandidateID, in.JobID),
			Details: []ats.Detail{{Field: "job_id", Problem: "already applied", ExistingID: string(src.ID)}},
		}
	}
	if err := c.requireOpenJob(ctx, in.JobID); err != nil {
		return ats.Application{}, err
	}
	member, err := c.memberID(ctx)
	if err != nil {
		return ats.Application{}, err
	}
	body := struct {
		MemberID  string `json:"member_id"`
		TargetJob string `json:"target_job_shortcode"`
	}{member, in.JobID}
	res, err := c.post(ctx, "copy candidate", "/candidates/"+url.PathEscape(in.CandidateID)+"/copy", body) // as sent: copied reads it
	if err != nil {
		if duplicate(err) {
			return ats.Application{}, c.exists(ctx, ats.CodeApplicationExists, src.Email, in.JobID, err)
		}
		if ats.ErrorCode(err) == ats.CodeNotFound {
			return ats.Application{}, &ats.Error{Code: ats.CodeNotFound, Err: err,
				Message: fmt.Sprintf("Workable found no candidate %q or no job %q.", in.CandidateID, in.JobID)}
		}
		return ats.Application{}, err
	}
	w, raw, err := c.copied(ctx, res, src.Email, in.JobID)
	if err != nil {
		return ats.Application{}, err
	}
	return toApplication(&w, raw, false), nil
}

// copied reads the new record from the copy's answer. That answer's shape
// is not on record, so a full {"candidate": {...}} is used as is, an answer
// with only an id is followed by a read, and anything else by a lookup of
// the person in the target job.
func (c *Client) copied(ctx context.Context, res []byte, email, shortcode string) (wireCandidate, json.RawMessage, error) {
	w, raw, err := c.unwrapCandidate("copy candidate", res)
	if err == nil && w.Job != nil {
		return w, raw, nil
	}
	id := string(w.ID)
	if id == "" {
		id = c.findInJob(ctx, email, shortcode)
	}
	if id == "" {
		return wireCandidate{}, nil, &ats.Error{
			Code:    ats.CodeUpstreamUnavailable,
			Message: "Workable accepted the copy but its answer could not be read; list the job's applications to see the new one before trying again.",
			Err:     fmt.Errorf("workable: copy candidate: no id in the answer"),
		}
	}
	w, raw, err = c.candidate(ctx, "get copied candidate", id)
	if err != nil {
		return wireCandidate{}, nil, err
	}
	return w, raw, nil
}
