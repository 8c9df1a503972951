package preview

import (
	"context"
	"time"

	"github.com/atsbridge/atsbridge/ats"
)

// The pipeline actions of the sandbox. The rules (which stages a job has,
// which applications can be acted on, what an action changes and when it
// is dated) are written here once; the store applies each action as one
// atomic step (Store.UpdateApplication), so they hold under concurrent
// requests on every store.

// who names the sandbox in the messages of the pipeline rules.
const who = "the sandbox"

// JobStages lists the job's pipeline (see Pipeline).
func (sb *Sandbox) JobStages(ctx context.Context, jobID string) ([]ats.JobStage, error) {
	j, err := sb.store.Job(ctx, jobID)
	if err != nil {
		return nil, fail("job stages", err)
	}
	return Pipeline(j), nil
}

// RejectionReasons lists the sandbox's reasons (see RejectionReasons).
func (sb *Sandbox) RejectionReasons(ctx context.Context) ([]ats.RejectionReason, error) {
	if err := ats.Interrupted(ctx.Err(), who); err != nil {
		return nil, fail("rejection reasons", err)
	}
	return RejectionReasons(), nil
}

// MoveApplication moves an active application to a stage of its job's
// pipeline. Moving it to the Hired stage hires it: an application is hired
// exactly when it is in Hired.
func (sb *Sandbox) MoveApplication(ctx context.Context, id string, in ats.MoveInput) (ats.Application, error) {
	a, err := sb.open(ctx, id, "moved")
	if err != nil {
		return ats.Application{}, fail("move application", err)
	}
	j, err := sb.store.Job(ctx, a.JobID)
	if err != nil {
		return ats.Application{}, fail("move application", err)
	}
	stage, ok := stageIn(pipelineOf(j), in.StageID)
	if !ok {
		return ats.Application{}, ats.StageNotInJob(in.StageID, j.ID, who)
	}
	now := sb.clock()
	return sb.update(ctx, "move application", id, func(a ats.Application, notBefore time.Time) (ats.Application, bool, error) {
		if a.Status != ats.ApplicationActive {
			return a, false, ats.ApplicationClosed(id, a.Status, "moved", who)
		}
		if a.Stage.ID == stage.ID {
			return a, false, nil
		}
		t := changedAt(now, a, notBefore)
		a.Stage, a.UpdatedAt = stage, t
		if stage.Kind == ats.StageHired {
			a.Status, a.HiredAt = ats.ApplicationHired, &t
		}
		return a, true, nil
	})
}

// RejectApplication rejects an active application where it stands, with
// one of the sandbox's reasons or none; a reason of kind withdrawn records
// a withdrawal. The sandbox sends no email, so it cannot notify the
// candidate. It keeps neither the reason nor the note (the application has
// no field for them).
func (sb *Sandbox) RejectApplication(ctx context.Context, id string, in ats.RejectInput) (ats.Application, error) {
	if in.NotifyCandidate {
		return ats.Application{}, ats.Errorf(ats.CodeNotSupported,
			"The sandbox sends no email, so it cannot notify the candidate; reject without notify_candidate (a live ATS that emails candidates sends its rejection when asked).")
	}
	if _, err := sb.open(ctx, id, "rejected"); err != nil {
		return ats.Application{}, fail("reject application", err)
	}
	status := ats.ApplicationRejected
	if in.ReasonID != "" {
		r, ok := reason(in.ReasonID)
		if !ok {
			return ats.Application{}, ats.UnknownReason(in.ReasonID, who)
		}
		if r.Kind == ats.ReasonWithdrawn {
			status = ats.ApplicationWithdrawn
		}
	}
	now := sb.clock()
	return sb.update(ctx, "reject application", id, func(a ats.Application, notBefore time.Time) (ats.Application, bool, error) {
		if a.Status != ats.ApplicationActive {
			return a, false, ats.ApplicationClosed(id, a.Status, "rejected", who)
		}
		t := changedAt(now, a, notBefore)
		a.Status, a.RejectedAt, a.UpdatedAt = status, &t, t
		return a, true, nil
	})
}

// RestoreApplication makes a rejected or withdrawn application active
// again at the stage it had. An active one stays as it is; a hired one
// cannot be restored.
func (sb *Sandbox) RestoreApplication(ctx context.Context, id string) (ats.Application, error) {
	now := sb.clock()
	return sb.update(ctx, "restore application", id, func(a ats.Application, notBefore time.Time) (ats.Application, bool, error) {
		switch a.Status {
		case ats.ApplicationActive:
			return a, false, nil
		case ats.ApplicationHired:
			return a, false, ats.ApplicationClosed(id, a.Status, "restored", who)
		}
		t := changedAt(now, a, notBefore)
		a.Status, a.RejectedAt, a.UpdatedAt = ats.ApplicationActive, nil, t
		return a, true, nil
	})
}

// open reads an application an action is about, and refuses one that is
// not active before anything else is checked; the update checks again, in
// its atomic step.
func (sb *Sandbox) open(ctx context.Context, id, action string) (ats.Application, error) {
	a, err := sb.store.Application(ctx, id)
	if err != nil {
		return a, err
	}
	if a.Status != ats.ApplicationActive {
		return a, ats.ApplicationClosed(id, a.Status, action, who)
	}
	return a, nil
}

// update runs change through the store. A refusal of change is the
// caller's answer as it is.
func (sb *Sandbox) update(ctx context.Context, op, id string, change Change) (ats.Application, error) {
	a, err := sb.store.UpdateApplication(ctx, id, change)
	if err != nil {
		return ats.Application{}, fail(op, err)
	}
	return a, nil
}

// changedAt is when an update of a is dated: now, but never before
// notBefore (the store's commit order) and always after the time a was
// last changed, so that a list with updated_after at a's old updated_at
// returns it. Times stay whole seconds, as the sandbox's are; two updates
// of one application in one second are a second apart.
func changedAt(now time.Time, a ats.Application, notBefore time.Time) time.Time {
	t := now
	if t.Before(notBefore) {
		t = notBefore
	}
	if next := a.UpdatedAt.Truncate(time.Second).Add(time.Second); t.Before(next) {
		t = next
	}
	return t
}
