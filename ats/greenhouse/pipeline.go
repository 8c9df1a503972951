package greenhouse

import (
	"context"
	"encoding/json"
	"slices"
	"time"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/upstream"
)

// JobStages serves GET /jobs/{id}/stages from GET
// /v3/job_interview_stages?job_ids={id}: the job's active stages by
// sort_order, each with its inferred kind. A job without stages is checked
// (NOT_FOUND when it does not exist).
func (c *Client) JobStages(ctx context.Context, jobID string) ([]ats.JobStage, error) {
	if err := ats.Interrupted(ctx.Err(), "Greenhouse"); err != nil {
		return nil, err // before the cache, which would answer without noticing
	}
	if !validID(jobID) {
		return nil, ats.NotFound("job", jobID)
	}
	ps, err := c.pipelinesOf(ctx, []string{jobID}, false)
	if err != nil {
		return nil, err
	}
	p := ps[jobID]
	if len(p) == 0 {
		if _, _, err := one[wireJob](ctx, c, "get job", "/jobs", jobID, nil); err != nil {
			return nil, upstream.NotFoundAs(err, "job", jobID)
		}
	}
	return p.jobStages(), nil
}

// openApplication reads an application a pipeline action is about, and
// refuses one that is not active: APPLICATION_CLOSED.
func (c *Client) openApplication(ctx context.Context, id, action string) (wireApplication, *appLookups, error) {
	w, _, err := c.application(ctx, "get application", id)
	if err != nil {
		return w, nil, err
	}
	l := &appLookups{}
	if err := c.loadApps(ctx, l, []*wireApplication{&w}); err != nil {
		return w, nil, err
	}
	if st := l.status(&w); st != ats.ApplicationActive {
		return w, nil, ats.ApplicationClosed(id, st, action, "Greenhouse")
	}
	return w, l, nil
}

// reread reads an application back after an action Greenhouse answered
// with 204, so that the caller sees it as Greenhouse now has it.
func (c *Client) reread(ctx context.Context, id string) (ats.Application, error) {
	return c.Application(ctx, id, ats.ReadOptions{})
}

// MoveApplication serves POST /applications/{id}/move with POST
// /v3/applications/{id}/move {from_stage_id, to_stage_id}: from_stage_id
// is the stage just read, so that a move made meanwhile by someone else is
// refused by Greenhouse rather than undone. The stage must be one of the
// job's (INPUT_INVALID otherwise); moving to the stage the application is
// in changes nothing and writes nothing. Greenhouse runs the job's
// stage-transition rules on a move, automated emails included; atsbridge
// cannot turn them off.
func (c *Client) MoveApplication(ctx context.Context, id string, in ats.MoveInput) (ats.Application, error) {
	w, l, err := c.openApplication(ctx, id, "moved")
	if err != nil {
		return ats.Application{}, err
	}
	job := w.job()
	invalid := ats.StageNotInJob(in.StageID, job, "Greenhouse")
	if !validID(in.StageID) {
		return ats.Application{}, invalid
	}
	from, _ := w.stage()
	if in.StageID == from {
		return l.application(&w, nil, false), nil
	}
	if !c.stageOf(ctx, job, in.StageID) {
		return ats.Application{}, invalid
	}
	body := map[string]any{"from_stage_id": idNumber(from), "to_stage_id": json.Number(in.StageID)}
	if err := c.post(ctx, "move application", "/applications/"+id+"/move", body, nil); err != nil {
		return ats.Application{}, err
	}
	return c.reread(ctx, id)
}

// stageOf reports whether stage is an active stage of job: from the
// cache, and once more from Greenhouse before saying no, since a stage
// may have been added since.
func (c *Client) stageOf(ctx context.Context, job, stage string) bool {
	for _, fresh := range []bool{false, true} {
		ps, err := c.pipelinesOf(ctx, []string{job}, fresh)
		if err != nil {
			return false
		}
		if slices.ContainsFunc(ps[job], func(s wireStage) bool { return string(s.ID) == stage }) {
			return true
		}
	}
	return false
}

// RejectApplication serves POST /applications/{id}/reject with POST
// /v3/applications/{id}/reject {rejection_reason_id, notes}. Greenhouse
// requires a reason (INPUT_INVALID on reason_id without one, or with one
// it does not list). No email goes to the candidate unless
// NotifyCandidate: then rejection_email asks Greenhouse to send its
// rejection email now, from GREENHOUSE_USER_ID (required for it).
func (c *Client) RejectApplication(ctx context.Context, id string, in ats.RejectInput) (ats.Application, error) {
	if in.ReasonID == "" {
		return ats.Application{}, ats.ReasonRequired("Greenhouse")
	}
	if in.NotifyCandidate && c.cfg.UserID == "" {
		return ats.Application{}, ats.Invalid("Greenhouse sends rejection emails from a user: set GREENHOUSE_USER_ID to ask for one, or leave notify_candidate false.",
			ats.Detail{Field: "notify_candidate", Problem: "needs GREENHOUSE_USER_ID on Greenhouse"})
	}
	if _, _, err := c.openApplication(ctx, id, "rejected"); err != nil {
		return ats.Application{}, err
	}
	unknown := ats.UnknownReason(in.ReasonID, "Greenhouse")
	if !validID(in.ReasonID) {
		return ats.Application{}, unknown
	}
	ok, err := c.reasonListed(ctx, in.ReasonID)
	if err != nil {
		return ats.Application{}, err
	}
	if !ok {
		return ats.Application{}, unknown
	}
	body := map[string]any{"rejection_reason_id": json.Number(in.ReasonID)}
	if in.Note != nil {
		body["notes"] = *in.Note
	}
	if in.NotifyCandidate {
		body["rejection_email"] = map[string]any{
			"email_from_user_id": json.Number(c.cfg.UserID),
			"send_email_at":      c.clock.Now().UTC().Format(time.RFC3339),
		}
	}
	if err := c.post(ctx, "reject application", "/applications/"+id+"/reject", body, nil); err != nil {
		if e := ats.AsError(err); e.Code == ats.CodeUpstreamRejected && slices.ContainsFunc(e.Details, func(d ats.Detail) bool { return d.Field == "reason_id" }) {
			// Reasons could not be listed beforehand; Greenhouse's refusal
			// of the reason is the caller's input, as an unknown one is.
			unknown.Err = err
			return ats.Application{}, unknown
		}
		return ats.Application{}, err
	}
	return c.reread(ctx, id)
}

// reasonListed reports whether Greenhouse lists the reason: from the
// cache, and once more fresh before saying no. When Greenhouse refuses to
// list reasons, every reason passes, and its own answer to the reject
// decides.
func (c *Client) reasonListed(ctx context.Context, reason string) (bool, error) {
	for _, fresh := range []bool{false, true} {
		rs, err := c.reasonsOf(ctx, fresh)
		if err != nil {
			return false, err
		}
		if _, ok := rs.byID[reason]; ok || rs.refused != nil {
			return true, nil
		}
	}
	return false, nil
}

// RestoreApplication serves POST /applications/{id}/restore with POST
// /v3/applications/{id}/unreject: a rejected (or withdrawn) application is
// active again at the stage it had. An active one is left as it is, and a
// hired one cannot be restored (APPLICATION_CLOSED).
func (c *Client) RestoreApplication(ctx context.Context, id string) (ats.Application, error) {
	w, _, err := c.application(ctx, "get application", id)
	if err != nil {
		return ats.Application{}, err
	}
	l := &appLookups{}
	if err := c.loadApps(ctx, l, []*wireApplication{&w}); err != nil {
		return ats.Application{}, err
	}
	switch l.status(&w) {
	case ats.ApplicationActive:
		return l.application(&w, nil, false), nil
	case ats.ApplicationHired:
		return ats.Application{}, ats.ApplicationClosed(id, ats.ApplicationHired, "restored", "Greenhouse")
	}
	if err := c.post(ctx, "unreject application", "/applications/"+id+"/unreject", map[string]any{}, nil); err != nil {
		return ats.Application{}, err
	}
	return c.reread(ctx, id)
}

// RejectionReasons serves GET /rejection_reasons from GET
// /v3/rejection_reasons?include_defaults=true, Greenhouse's built-in
// reasons included, in Greenhouse's order: "We rejected them" ->
// rejected, "They rejected us" -> withdrawn, others -> other.
func (c *Client) RejectionReasons(ctx context.Context) ([]ats.RejectionReason, error) {
	if err := ats.Interrupted(ctx.Err(), "Greenhouse"); err != nil {
		return nil, err // before the cache, which would answer without noticing
	}
	rs, err := c.reasonsOf(ctx, false)
	if err != nil {
		return nil, err
	}
	if rs.refused != nil {
		return nil, rs.refused
	}
	out := make([]ats.RejectionReason, 0, len(rs.list))
	for i := range rs.list {
		r := &rs.list[i]
		out = append(out, ats.RejectionReason{ID: string(r.ID), Name: r.Name, Kind: reasonKind(r)})
	}
	return out, nil
}
