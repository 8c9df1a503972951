package workable

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"net/url"
	"slices"
	"time"
	"unicode/utf8"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/upstream"
)

// pipelineTTL is how long a job's stages and the account's
// disqualification reasons are kept: a dashboard that shows a pipeline
// reads them on every screen, and the rate limit (10 requests per 10 s)
// is better spent on candidates. A move to a stage, or a rejection with a
// reason, that the cache does not know asks Workable again before saying
// no, so a stage or reason added meanwhile is found.
const pipelineTTL = 5 * time.Minute

// maxNoteLen is Workable's limit on disqualify_note.
const maxNoteLen = 256

// who names Workable in the messages of the pipeline rules.
const who = "Workable"

// maxAge is the age a kept pipeline value may have: any (the TTL decides)
// unless fresh asks Workable again.
func maxAge(fresh bool) time.Duration {
	if fresh {
		return 0
	}
	return pipelineTTL
}

// stagesOf is the pipeline of the job with shortcode, from GET
// /jobs/{shortcode}/stages, in Workable's order (by position).
func (c *Client) stagesOf(ctx context.Context, shortcode string, fresh bool) ([]wireStage, error) {
	return c.lookups.jobStages.Newer(ctx, shortcode, maxAge(fresh), func(ctx context.Context) ([]wireStage, error) {
		var res struct {
			Stages []wireStage `json:"stages"`
		}
		if err := c.get(ctx, "list job stages", "/jobs/"+url.PathEscape(shortcode)+"/stages", nil, &res); err != nil {
			return nil, upstream.NotFoundAs(err, "job", shortcode)
		}
		slices.SortStableFunc(res.Stages, func(a, b wireStage) int { return cmp.Compare(a.Position, b.Position) })
		return res.Stages, nil
	})
}

// reasonsOf is the account's disqualification reasons, from GET
// /disqualification_reasons, in Workable's order (by position). The
// answer's envelope is not on record: a bare list and any object holding
// one list (disqualification_reasons, as Workable's other lists) are read.
func (c *Client) reasonsOf(ctx context.Context, fresh bool) ([]wireReason, error) {
	return c.lookups.reasons.Newer(ctx, "reasons", maxAge(fresh), func(ctx context.Context) ([]wireReason, error) {
		const path = "/disqualification_reasons"
		var body json.RawMessage
		if err := c.get(ctx, "list disqualification reasons", path, nil, &body); err != nil {
			return nil, err
		}
		reasons, err := readReasons(body)
		if err != nil {
			return nil, c.malformed("list disqualification reasons", path, err)
		}
		slices.SortStableFunc(reasons, func(a, b wireReason) int { return cmp.Compare(a.Position, b.Position) })
		return reasons, nil
	})
}

// readReasons reads a list of reasons, bare or in an object.
func readReasons(body json.RawMessage) ([]wireReason, error) {
	out := []wireReason{}
	body = bytes.TrimSpace(body)
	if len(body) > 0 && body[0] == '[' {
		return out, json.Unmarshal(body, &out)
	}
	var env map[string]json.RawMessage
	if err := json.Unmarshal(body, &env); err != nil {
		return nil, err
	}
	if raw, ok := env["disqualification_reasons"]; ok {
		return out, json.Unmarshal(raw, &out)
	}
	for _, raw := range env {
		if raw = bytes.TrimSpace(raw); len(raw) > 0 && raw[0] == '[' {
			return out, json.Unmarshal(raw, &out)
		}
	}
	return nil, fmt.Errorf("no list of reasons in the answer")
}

// JobStages serves GET /jobs/{id}/stages from GET
// /jobs/{shortcode}/stages (cached, see pipelineTTL): each stage's slug is
// its id, its kind Workable's kind.
func (c *Client) JobStages(ctx context.Context, jobID string) ([]ats.JobStage, error) {
	if err := ats.Interrupted(ctx.Err(), who); err != nil {
		return nil, err
	}
	if !validID(jobID) {
		return nil, ats.NotFound("job", jobID)
	}
	stages, err := c.stagesOf(ctx, jobID, false)
	if err != nil {
		return nil, err
	}
	out := make([]ats.JobStage, 0, len(stages))
	for i, s := range stages {
		out = append(out, ats.JobStage{ID: s.Slug, Name: s.Name, Kind: stageKind(s.Kind, s.Name), Position: i})
	}
	return out, nil
}

// RejectionReasons serves GET /rejection_reasons from GET
// /disqualification_reasons (cached): the reason's description is its
// name, candidate_withdrew makes it of kind withdrawn, any other rejected.
func (c *Client) RejectionReasons(ctx context.Context) ([]ats.RejectionReason, error) {
	if err := ats.Interrupted(ctx.Err(), who); err != nil {
		return nil, err
	}
	reasons, err := c.reasonsOf(ctx, false)
	if err != nil {
		return nil, err
	}
	out := make([]ats.RejectionReason, 0, len(reasons))
	for _, r := range reasons {
		out = append(out, toReason(r))
	}
	return out, nil
}

func toReason(r wireReason) ats.RejectionReason {
	k := ats.ReasonRejected
	if r.CandidateWithdrew {
		k = ats.ReasonWithdrawn
	}
	return ats.RejectionReason{ID: string(r.ID), Name: r.Description, Kind: k}
}

// MoveApplication serves POST /applications/{id}/move with POST
// /candidates/{id}/move {member_id, target_stage: the stage's slug}. The
// record is read first: one that is disqualified or hired is
// APPLICATION_CLOSED, a slug that is not a stage of its job INPUT_INVALID,
// and its own stage a no-op without a write. Workable answers the move
// without the record, so it is read again. Workable offers no guard, so a
// move racing another action on the record can land after it.
func (c *Client) MoveApplication(ctx context.Context, id string, in ats.MoveInput) (ats.Application, error) {
	w, err := c.openRecord(ctx, id, "moved")
	if err != nil {
		return ats.Application{}, err
	}
	job := w.jobShortcode()
	stages, err := c.stagesOf(ctx, job, false)
	if err != nil {
		return ats.Application{}, err
	}
	target, ok := stageBySlug(stages, in.StageID)
	if !ok {
		if stages, err = c.stagesOf(ctx, job, true); err != nil {
			return ats.Application{}, err
		}
		if target, ok = stageBySlug(stages, in.StageID); !ok {
			return ats.Application{}, ats.StageNotInJob(in.StageID, job, who)
		}
	}
	if currentSlug(stages, &w) == target.Slug {
		return toApplication(&w, nil, false), nil
	}
	member, err := c.memberID(ctx)
	if err != nil {
		return ats.Application{}, err
	}
	body := map[string]string{"member_id": member, "target_stage": target.Slug}
	if _, err := c.post(ctx, "move candidate", "/candidates/"+url.PathEscape(id)+"/move", body); err != nil {
		return ats.Application{}, upstream.NotFoundAs(err, "application", id)
	}
	return c.Application(ctx, id, ats.ReadOptions{})
}

// RejectApplication serves POST /applications/{id}/reject with POST
// /candidates/{id}/disqualify {member_id, disqualify_reason_id,
// disqualify_note, withdrew}: withdrew for a reason of kind withdrawn,
// which Workable shows as a withdrawal. A reason is optional on Workable;
// one it does not list is INPUT_INVALID, as is a note over its 256
// characters. Workable's API does not email the candidate on
// disqualification and cannot be asked to, so NotifyCandidate is
// NOT_SUPPORTED.
func (c *Client) RejectApplication(ctx context.Context, id string, in ats.RejectInput) (ats.Application, error) {
	if in.NotifyCandidate {
		return ats.Application{}, ats.Errorf(ats.CodeNotSupported,
			"Workable's API does not email the candidate when it disqualifies one, and cannot be asked to; reject without notify_candidate and email the candidate from Workable.")
	}
	if in.Note != nil && utf8.RuneCountInString(*in.Note) > maxNoteLen {
		return ats.Application{}, ats.Invalid(fmt.Sprintf("Workable keeps notes of at most %d characters; shorten the note.", maxNoteLen),
			ats.Detail{Field: "note", Problem: fmt.Sprintf("must be at most %d characters on Workable", maxNoteLen)})
	}
	if _, err := c.openRecord(ctx, id, "rejected"); err != nil {
		return ats.Application{}, err
	}
	member, err := c.memberID(ctx)
	if err != nil {
		return ats.Application{}, err
	}
	body := map[string]any{"member_id": member}
	if in.ReasonID != "" {
		r, err := c.reason(ctx, in.ReasonID)
		if err != nil {
			return ats.Application{}, err
		}
		body["disqualify_reason_id"] = in.ReasonID
		body["withdrew"] = r.Kind == ats.ReasonWithdrawn
	}
	if in.Note != nil {
		body["disqualify_note"] = *in.Note
	}
	if _, err := c.post(ctx, "disqualify candidate", "/candidates/"+url.PathEscape(id)+"/disqualify", body); err != nil {
		return ats.Application{}, upstream.NotFoundAs(err, "application", id)
	}
	return c.Application(ctx, id, ats.ReadOptions{})
}

// reason finds a reason Workable lists: from the cache, and once more
// fresh before saying no.
func (c *Client) reason(ctx context.Context, id string) (ats.RejectionReason, error) {
	for _, fresh := range []bool{false, true} {
		reasons, err := c.reasonsOf(ctx, fresh)
		if err != nil {
			return ats.RejectionReason{}, err
		}
		if i := slices.IndexFunc(reasons, func(r wireReason) bool { return string(r.ID) == id }); i >= 0 {
			return toReason(reasons[i]), nil
		}
	}
	return ats.RejectionReason{}, ats.UnknownReason(id, who)
}

// RestoreApplication serves POST /applications/{id}/restore with POST
// /candidates/{id}/revert {member_id}: a disqualified (or withdrawn)
// record is qualified again, in the stage it had. An active one is left
// as it is, and a hired one cannot be restored.
func (c *Client) RestoreApplication(ctx context.Context, id string) (ats.Application, error) {
	w, err := c.record(ctx, id)
	if err != nil {
		return ats.Application{}, err
	}
	switch st := applicationStatus(&w); st {
	case ats.ApplicationActive:
		return toApplication(&w, nil, false), nil
	case ats.ApplicationHired:
		return ats.Application{}, ats.ApplicationClosed(id, st, "restored", who)
	}
	member, err := c.memberID(ctx)
	if err != nil {
		return ats.Application{}, err
	}
	if _, err := c.post(ctx, "revert candidate", "/candidates/"+url.PathEscape(id)+"/revert", map[string]string{"member_id": member}); err != nil {
		return ats.Application{}, upstream.NotFoundAs(err, "application", id)
	}
	return c.Application(ctx, id, ats.ReadOptions{})
}

// record reads the candidate record an action is about; a talent-pool
// record (no job) is no application.
func (c *Client) record(ctx context.Context, id string) (wireCandidate, error) {
	w, _, err := c.candidate(ctx, "get application", id)
	if err != nil {
		return w, upstream.NotFoundAs(err, "application", id)
	}
	if w.Job == nil {
		return w, ats.NotFound("application", id)
	}
	return w, nil
}

// openRecord is record, refusing one that is not active.
func (c *Client) openRecord(ctx context.Context, id, action string) (wireCandidate, error) {
	w, err := c.record(ctx, id)
	if err != nil {
		return w, err
	}
	if st := applicationStatus(&w); st != ats.ApplicationActive {
		return w, ats.ApplicationClosed(id, st, action, who)
	}
	return w, nil
}

func stageBySlug(stages []wireStage, slug string) (wireStage, bool) {
	i := slices.IndexFunc(stages, func(s wireStage) bool { return s.Slug == slug })
	if i < 0 {
		return wireStage{}, false
	}
	return stages[i], true
}

// currentSlug is the slug of the stage the record is in: Workable names
// the stage (stage is its name), so it is looked up by name in the job's
// pipeline, else derived from the name.
func currentSlug(stages []wireStage, w *wireCandidate) string {
	if i := slices.IndexFunc(stages, func(s wireStage) bool { return s.Name == w.Stage }); i >= 0 {
		return stages[i].Slug
	}
	return slugOf(w.Stage)
}
