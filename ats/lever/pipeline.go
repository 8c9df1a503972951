package lever

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"strings"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/upstream"
)

// JobStages serves GET /jobs/{id}/stages. Lever's pipeline is the
// account's, the same for every posting: the posting is read to check that
// it exists, then the stages of GET /stages (cached) in Lever's order.
func (c *Client) JobStages(ctx context.Context, jobID string) ([]ats.JobStage, error) {
	if _, _, err := c.posting(ctx, "get job", jobID); err != nil {
		return nil, err
	}
	cat, err := c.catalog(ctx, false)
	if err != nil {
		return nil, err
	}
	out := make([]ats.JobStage, 0, len(cat.stages))
	for i, s := range cat.stages {
		out = append(out, ats.JobStage{ID: s.ID, Name: s.Text, Kind: stageKind(s.ID, s.Text), Position: i})
	}
	return out, nil
}

// RejectionReasons serves GET /rejection_reasons: the active archive
// reasons of type non-hired, in Lever's order, with their kind (see
// reasonKind).
func (c *Client) RejectionReasons(ctx context.Context) ([]ats.RejectionReason, error) {
	if err := ats.Interrupted(ctx.Err(), "Lever"); err != nil {
		return nil, err // before the cache, which would answer without noticing
	}
	cat, err := c.catalog(ctx, false)
	if err != nil {
		return nil, err
	}
	out := []ats.RejectionReason{}
	for _, r := range cat.reasonOrder {
		if rejecting(r) {
			out = append(out, ats.RejectionReason{ID: r.ID, Name: r.Text, Kind: reasonKind(r)})
		}
	}
	return out, nil
}

// rejecting reports whether r is a reason to reject with: non-hired and
// not retired.
func rejecting(r wireArchiveReason) bool {
	return !strings.EqualFold(r.Type, "hired") && (r.Status == "" || strings.EqualFold(r.Status, "active"))
}

// MoveApplication serves POST /applications/{id}/move with PUT
// /opportunities/{id}/stage, acting as the configured or looked-up user.
// The opportunity is read first: an archived one (rejected, withdrawn,
// hired) is APPLICATION_CLOSED, a stage the account does not have is
// INPUT_INVALID, and the stage it is in already is a no-op without a
// write. The answer is the opportunity as Lever now has it.
func (c *Client) MoveApplication(ctx context.Context, id string, in ats.MoveInput) (ats.Application, error) {
	o, cat, err := c.openApplication(ctx, id, "moved")
	if err != nil {
		return ats.Application{}, err
	}
	if _, ok := cat.stageByID(in.StageID); !ok {
		if cat, err = c.catalog(ctx, true); err != nil {
			return ats.Application{}, err
		}
		if _, ok := cat.stageByID(in.StageID); !ok {
			return ats.Application{}, ats.StageNotInJob(in.StageID, o.postingID(), "Lever")
		}
	}
	if o.Stage.ID == in.StageID {
		a, _ := cat.toApplication(o, nil, false)
		return a, nil
	}
	return c.change(ctx, "move application", id, "stage", map[string]string{"stage": in.StageID}, o)
}

// RejectApplication serves POST /applications/{id}/reject by archiving
// the opportunity (PUT /opportunities/{id}/archived) with a non-hired
// archive reason, which Lever requires. A note is added afterwards as a
// Lever note (POST /opportunities/{id}/notes). Lever's API sends the
// candidate nothing on archive and cannot be asked to, so
// notify_candidate is NOT_SUPPORTED rather than ignored.
func (c *Client) RejectApplication(ctx context.Context, id string, in ats.RejectInput) (ats.Application, error) {
	if in.NotifyCandidate {
		return ats.Application{}, ats.Errorf(ats.CodeNotSupported,
			"Lever's API cannot email the candidate when it archives an application; reject without notify_candidate and write to the candidate yourself.")
	}
	if in.ReasonID == "" {
		return ats.Application{}, ats.ReasonRequired("Lever")
	}
	o, cat, err := c.openApplication(ctx, id, "rejected")
	if err != nil {
		return ats.Application{}, err
	}
	r, ok := cat.reasons[in.ReasonID]
	if !ok {
		if cat, err = c.catalog(ctx, true); err != nil {
			return ats.Application{}, err
		}
		r, ok = cat.reasons[in.ReasonID]
	}
	if !ok || !rejecting(r) {
		return ats.Application{}, ats.UnknownReason(in.ReasonID, "Lever")
	}
	a, err := c.change(ctx, "reject application", id, "archived", map[string]string{"reason": r.ID}, o)
	if err != nil || in.Note == nil || strings.TrimSpace(*in.Note) == "" {
		return a, err
	}
	if err := c.addNote(ctx, id, *in.Note); err != nil {
		e := ats.AsError(err)
		return a, &ats.Error{Code: e.Code, RetryAfter: e.RetryAfter, Err: err,
			Message: fmt.Sprintf("Application %q was rejected on Lever, but Lever did not take the note (%s); add the note in Lever rather than rejecting again.", id, e.Message)}
	}
	return a, nil
}

// RestoreApplication serves POST /applications/{id}/restore by
// unarchiving the opportunity (PUT /opportunities/{id}/archived with a
// null reason); it keeps the stage it had. An active application is a
// no-op without a write; a hired one (archived as hired) is
// APPLICATION_CLOSED.
func (c *Client) RestoreApplication(ctx context.Context, id string) (ats.Application, error) {
	o, _, err := c.opportunity(ctx, "get application", id)
	if err != nil {
		return ats.Application{}, err
	}
	if o.postingID() == "" {
		return ats.Application{}, ats.NotFound("application", id)
	}
	cat, err := c.catalog(ctx, false)
	if err != nil {
		return ats.Application{}, err
	}
	switch st := cat.status(o.Archived); st {
	case ats.ApplicationActive:
		a, _ := cat.toApplication(o, nil, false)
		return a, nil
	case ats.ApplicationHired:
		// A restore undoes a rejection; unarchiving a hire is not one.
		return ats.Application{}, ats.ApplicationClosed(id, st, "restored", "Lever")
	}
	return c.change(ctx, "restore application", id, "archived", map[string]any{"reason": nil}, o)
}

// openApplication reads an application that may be acted on: it exists,
// has a posting, and is not archived (APPLICATION_CLOSED otherwise).
func (c *Client) openApplication(ctx context.Context, id, action string) (*wireOpportunity, catalog, error) {
	o, _, err := c.opportunity(ctx, "get application", id)
	if err != nil {
		return nil, catalog{}, err
	}
	if o.postingID() == "" {
		return nil, catalog{}, ats.NotFound("application", id)
	}
	cat, err := c.catalog(ctx, false)
	if err != nil {
		return nil, catalog{}, err
	}
	if st := cat.status(o.Archived); st != ats.ApplicationActive {
		return nil, catalog{}, ats.ApplicationClosed(id, st, action, "Lever")
	}
	return o, cat, nil
}

// change sends PUT /opportunities/{id}/{what} and maps the opportunity
// Lever answers with ({"data": <opportunity>}). An answer without it
// (204, or another shape) is followed by a read, so that the application
// returned is always Lever's. before is the opportunity as read first: it
// names the posting should the answer not expand applications.
func (c *Client) change(ctx context.Context, op, id, what string, body any, before *wireOpportunity) (ats.Application, error) {
	q, err := c.actor(ctx)
	if err != nil {
		return ats.Application{}, err
	}
	q.Set("expand", "applications")
	res, err := c.api.Do(ctx, &upstream.Request{Op: op, Method: http.MethodPut,
		Path: "/opportunities/" + url.PathEscape(id) + "/" + what, Query: q, JSON: body})
	if err != nil {
		return ats.Application{}, upstream.NotFoundAs(err, "application", id)
	}
	o, err := decodeData[wireOpportunity](res.Body)
	if err != nil || o.ID == "" {
		read, _, err := c.opportunity(ctx, "read back application", id)
		if err != nil {
			return ats.Application{}, err
		}
		o = *read
	}
	if o.postingID() == "" {
		o.Applications = before.Applications
	}
	cat, err := c.catalog(ctx, false)
	if err != nil {
		return ats.Application{}, err
	}
	a, _ := cat.toApplication(&o, nil, false)
	return a, nil
}

// addNote adds a note to an opportunity, acting as the writes' user.
func (c *Client) addNote(ctx context.Context, id, note string) error {
	q, err := c.actor(ctx)
	if err != nil {
		return err
	}
	_, err = c.api.Do(ctx, &upstream.Request{Op: "add note", Method: http.MethodPost,
		Path: "/opportunities/" + url.PathEscape(id) + "/notes", Query: q, JSON: map[string]string{"value": note}})
	return err
}
