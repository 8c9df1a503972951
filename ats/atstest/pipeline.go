package atstest

import (
	"context"
	"maps"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/atsbridge/atsbridge/ats"
)

// testPipeline checks the pipeline actions (ats.Provider's "Pipeline
// actions"): the stages and reasons as the fixture declares them, and each
// rule of a move, a rejection and a restore, on applications of the
// fixture that no other rule touches.
func testPipeline(t *testing.T, s *suite) {
	d, p := s.d, s.d.Pipeline

	s.run(t, "stages", func(t *testing.T) {
		for _, j := range d.Jobs {
			got, err := s.read.JobStages(t.Context(), j.ID)
			if err != nil {
				t.Errorf("stages of %s: %v", j.ID, describe(err))
				continue
			}
			sameJSON(t, "stages of "+j.ID, got, p.Stages[j.ID])
		}
	})
	s.run(t, "stages_of_unknown_job", func(t *testing.T) {
		for _, id := range d.unknownIDs(ids(d.Jobs, func(j ats.Job) string { return j.ID })) {
			_, err := s.read.JobStages(t.Context(), id)
			wantNotFound(t, "stages of job "+id, err, "job")
		}
	})
	s.run(t, "applications_in_their_jobs_stages", func(t *testing.T) {
		for _, id := range ids(d.Applications, func(a ats.Application) string { return a.ID }) {
			a, err := s.read.Application(t.Context(), id, ats.ReadOptions{})
			if err != nil {
				t.Fatalf("read application %s: %v", id, describe(err))
			}
			i := slices.IndexFunc(p.Stages[a.JobID], func(st ats.JobStage) bool { return st.ID == a.Stage.ID })
			if i < 0 {
				t.Errorf("application %s is at stage %+v, which is not a stage of job %s", id, a.Stage, a.JobID)
				continue
			}
			st := p.Stages[a.JobID][i]
			hired := a.Status == ats.ApplicationHired && a.Stage.Kind == ats.StageHired
			if st.Name != a.Stage.Name || (st.Kind != a.Stage.Kind && !hired) {
				t.Errorf("application %s is at stage %+v; the job's stage %s is %q of kind %s", id, a.Stage, st.ID, st.Name, st.Kind)
			}
		}
	})
	s.run(t, "reasons", func(t *testing.T) {
		got, err := s.read.RejectionReasons(t.Context())
		if err != nil {
			t.Fatalf("rejection reasons: %v", describe(err))
		}
		sameJSON(t, "rejection reasons", got, p.Reasons)
	})

	s.run(t, "move", func(t *testing.T) {
		w := s.writer(t)
		before := w.active(t)
		target := w.stageFor(t, before)
		got, err := w.move(t.Context(), before.ID, ats.MoveInput{StageID: target.ID})
		if err != nil {
			t.Fatalf("move %s to %s: %v", before.ID, target.ID, describe(err))
		}
		want := before
		want.Stage = ats.Stage{ID: target.ID, Name: target.Name, Kind: target.Kind}
		if got.Stage != want.Stage || got.Status != ats.ApplicationActive || got.ID != before.ID || got.JobID != before.JobID {
			t.Errorf("move %s to %+v answered %+v; want it there, active", before.ID, want.Stage, got)
		}
		w.changed(t, "the move", before, got)

		// To the stage it is in: nothing changes.
		again, err := w.move(t.Context(), got.ID, ats.MoveInput{StageID: target.ID})
		if err != nil {
			t.Fatalf("move %s to the stage it is in: %v", got.ID, describe(err))
		}
		sameJSON(t, "a move to the stage it is in", again, got)
		w.unchanged(t, got)
	})

	s.run(t, "move_to_a_stage_not_of_its_job", func(t *testing.T) {
		w := s.writer(t)
		a := w.active(t)
		for _, stage := range w.foreignStages(a.JobID) {
			_, err := w.move(t.Context(), a.ID, ats.MoveInput{StageID: stage})
			e := wantCode(t, "move "+a.ID+" to "+stage, err, ats.CodeInputInvalid)
			if !slices.ContainsFunc(e.Details, func(dt ats.Detail) bool { return dt.Field == "stage_id" }) {
				t.Errorf("move to %s: details %+v do not name stage_id", stage, e.Details)
			}
		}
		w.unchanged(t, a)
	})

	s.run(t, "reject_and_restore", func(t *testing.T) {
		w := s.writer(t)
		before := w.active(t)
		note := "atstest: rejected by the conformance suite"
		rejected, err := w.reject(t.Context(), before.ID, ats.RejectInput{ReasonID: w.reason(t, ats.ReasonRejected).ID, Note: &note})
		if err != nil {
			t.Fatalf("reject %s: %v", before.ID, describe(err))
		}
		if rejected.Status != ats.ApplicationRejected || rejected.RejectedAt == nil || rejected.Stage != before.Stage {
			t.Errorf("rejected %s: %+v; want rejected, rejected_at set, at its stage %+v", before.ID, rejected, before.Stage)
		}
		w.changed(t, "the rejection", before, rejected)
		w.refusedWhenClosed(t, rejected)

		restored, err := w.restoreApp(t.Context(), before.ID)
		if err != nil {
			t.Fatalf("restore %s: %v", before.ID, describe(err))
		}
		if restored.Status != ats.ApplicationActive || restored.RejectedAt != nil || restored.Stage != before.Stage {
			t.Errorf("restored %s: %+v; want active at its stage %+v, rejected_at null", before.ID, restored, before.Stage)
		}
		w.changed(t, "the restore", rejected, restored)

		// Restoring an active application changes nothing.
		again, err := w.restoreApp(t.Context(), before.ID)
		if err != nil {
			t.Fatalf("restore the active %s: %v", before.ID, describe(err))
		}
		sameJSON(t, "a restore of an active application", again, restored)
		w.unchanged(t, restored)
	})

	s.run(t, "reject_without_reason", func(t *testing.T) {
		w := s.writer(t)
		before := w.active(t)
		got, err := w.reject(t.Context(), before.ID, ats.RejectInput{})
		if p.ReasonRequired {
			e := wantCode(t, "reject "+before.ID+" without a reason", err, ats.CodeInputInvalid)
			if !slices.ContainsFunc(e.Details, func(dt ats.Detail) bool { return dt.Field == "reason_id" }) || !strings.Contains(e.Message, "/rejection_reasons") {
				t.Errorf("the refusal %v names no reason_id or does not say where the reasons are (GET /rejection_reasons)", describe(err))
			}
			w.unchanged(t, before)
			return
		}
		if err != nil || got.Status != ats.ApplicationRejected {
			t.Fatalf("reject %s without a reason: %+v, %v; want it rejected (the fixture declares no reason required)", before.ID, got, describe(err))
		}
		w.changed(t, "the rejection", before, got)
		w.restore(t, got)
	})

	s.run(t, "reject_with_unknown_reason", func(t *testing.T) {
		w := s.writer(t)
		a := w.active(t)
		known := ids(p.Reasons, func(r ats.RejectionReason) string { return r.ID })
		for _, id := range []string{known[0] + "9999", "no-such-reason"} {
			_, err := w.reject(t.Context(), a.ID, ats.RejectInput{ReasonID: id})
			e := wantCode(t, "reject "+a.ID+" with reason "+id, err, ats.CodeInputInvalid)
			if !slices.ContainsFunc(e.Details, func(dt ats.Detail) bool { return dt.Field == "reason_id" }) {
				t.Errorf("reject with reason %s: details %+v do not name reason_id", id, e.Details)
			}
		}
		w.unchanged(t, a)
	})

	if i := slices.IndexFunc(p.Reasons, func(r ats.RejectionReason) bool { return r.Kind == ats.ReasonWithdrawn }); i >= 0 {
		s.run(t, "reject_with_withdrawal_reason", func(t *testing.T) {
			w := s.writer(t)
			before := w.active(t)
			got, err := w.reject(t.Context(), before.ID, ats.RejectInput{ReasonID: p.Reasons[i].ID})
			if err != nil {
				t.Fatalf("reject %s with the withdrawal reason %s: %v", before.ID, p.Reasons[i].ID, describe(err))
			}
			if got.Status != ats.ApplicationWithdrawn || got.RejectedAt == nil {
				t.Errorf("rejected with the withdrawal reason %s: %+v; want withdrawn, rejected_at set", p.Reasons[i].ID, got)
			}
			w.changed(t, "the withdrawal", before, got)
			w.refusedWhenClosed(t, got)
			w.restore(t, got)
		})
	}

	s.run(t, "closed_applications_refused", func(t *testing.T) {
		w := s.writer(t)
		closed := 0
		for _, st := range []ats.ApplicationStatus{ats.ApplicationRejected, ats.ApplicationWithdrawn, ats.ApplicationHired} {
			a, ok := w.take(func(a ats.Application) bool { return a.Status == st })
			if !ok {
				continue
			}
			closed++
			w.refusedWhenClosed(t, w.read(t, a.ID))
		}
		if closed == 0 {
			t.Fatal("the fixture lacks a rejected, withdrawn or hired application")
		}
	})

	s.run(t, "restore_withdrawn", func(t *testing.T) {
		w := s.writer(t)
		a, ok := w.take(func(a ats.Application) bool { return a.Status == ats.ApplicationWithdrawn })
		if !ok {
			t.Skip("the fixture has no withdrawn application")
		}
		w.restore(t, w.read(t, a.ID))
	})

	s.run(t, "notify_candidate", func(t *testing.T) {
		w := s.writer(t)
		before := w.active(t)
		got, err := w.reject(t.Context(), before.ID, ats.RejectInput{ReasonID: w.reason(t, ats.ReasonRejected).ID, NotifyCandidate: true})
		if p.Notify == NotifyNotSupported {
			wantCode(t, "reject "+before.ID+" notifying the candidate", err, ats.CodeNotSupported)
			w.unchanged(t, before)
			return
		}
		if err != nil || got.Status != ats.ApplicationRejected {
			t.Fatalf("reject %s notifying the candidate: %+v, %v; want it rejected", before.ID, got, describe(err))
		}
		w.restore(t, got)
	})

	s.run(t, "unknown_application", func(t *testing.T) {
		w := s.writer(t)
		stage := p.Stages[d.Jobs[0].ID][0].ID
		for _, id := range d.unknownIDs(ids(d.Applications, func(a ats.Application) string { return a.ID })) {
			_, err := w.move(t.Context(), id, ats.MoveInput{StageID: stage})
			wantNotFound(t, "move "+id, err, "application")
			_, err = w.reject(t.Context(), id, ats.RejectInput{ReasonID: w.reason(t, ats.ReasonRejected).ID})
			wantNotFound(t, "reject "+id, err, "application")
			_, err = w.restoreApp(t.Context(), id)
			wantNotFound(t, "restore "+id, err, "application")
		}
	})

	s.run(t, "deadlines", func(t *testing.T) {
		w := s.writer(t)
		a := w.active(t)
		target := w.stageFor(t, a)
		reason := w.reason(t, ats.ReasonRejected).ID
		for _, e := range endedContexts {
			calls := map[string]func(ctx context.Context) error{
				"job_stages": func(ctx context.Context) error { _, err := w.p.JobStages(ctx, a.JobID); return err },
				"reasons":    func(ctx context.Context) error { _, err := w.p.RejectionReasons(ctx); return err },
				"move": func(ctx context.Context) error {
					_, err := w.move(ctx, a.ID, ats.MoveInput{StageID: target.ID})
					return err
				},
				"reject": func(ctx context.Context) error {
					_, err := w.reject(ctx, a.ID, ats.RejectInput{ReasonID: reason})
					return err
				},
				"restore": func(ctx context.Context) error { _, err := w.restoreApp(ctx, a.ID); return err },
			}
			for _, name := range slices.Sorted(maps.Keys(calls)) {
				wantCode(t, e.name+" "+name, calls[name](e.ctx(t)), e.code)
			}
		}
		w.unchanged(t, a)
	})

	// Two moves at once: the application ends in the stage of one that
	// succeeded, and a read agrees with it.
	s.run(t, "concurrent_moves", func(t *testing.T) {
		w := s.writer(t)
		a := w.active(t)
		targets := w.stagesFor(t, a, 2)
		results := make([]ats.Application, len(targets))
		errs := make([]error, len(targets))
		var wg sync.WaitGroup
		for i, st := range targets {
			wg.Go(func() { results[i], errs[i] = w.move(t.Context(), a.ID, ats.MoveInput{StageID: st.ID}) })
		}
		wg.Wait()
		final := w.read(t, a.ID)
		var landed []string
		for i, err := range errs {
			if err == nil {
				landed = append(landed, targets[i].ID)
				continue
			}
			if code := ats.ErrorCode(err); code == ats.CodeInternal {
				t.Errorf("a racing move failed untyped: %v", err)
			}
		}
		if len(landed) == 0 || !slices.Contains(landed, final.Stage.ID) || final.Status != ats.ApplicationActive {
			t.Errorf("after racing moves to %v (succeeded: %v) the application is %+v; want active in a stage of a move that succeeded", ids(targets, func(s ats.JobStage) string { return s.ID }), landed, final)
		}
	})

	// A rejection racing a move: once the rejection succeeded the
	// application is not active, wherever the move put it.
	s.run(t, "move_racing_a_rejection", func(t *testing.T) {
		w := s.writer(t)
		a := w.active(t)
		target := w.stageFor(t, a)
		var moveErr, rejectErr error
		var wg sync.WaitGroup
		wg.Go(func() { _, moveErr = w.move(t.Context(), a.ID, ats.MoveInput{StageID: target.ID}) })
		wg.Go(func() {
			_, rejectErr = w.reject(t.Context(), a.ID, ats.RejectInput{ReasonID: w.reason(t, ats.ReasonRejected).ID})
		})
		wg.Wait()
		final := w.read(t, a.ID)
		for _, err := range []error{moveErr, rejectErr} {
			if err != nil && ats.ErrorCode(err) == ats.CodeInternal {
				t.Errorf("a racing action failed untyped: %v", err)
			}
		}
		switch {
		case rejectErr == nil && final.Status != ats.ApplicationRejected:
			t.Errorf("the rejection succeeded (the move: %v), but the application is %+v; want it rejected", moveErr, final)
		case rejectErr != nil && moveErr == nil && (final.Status != ats.ApplicationActive || final.Stage.ID != target.ID):
			t.Errorf("the move succeeded and the rejection failed (%v), but the application is %+v", rejectErr, final)
		}
	})
}

// active takes an active application of the fixture that no pipeline rule
// has taken yet, and returns it as the provider has it now.
func (w *writer) active(t *testing.T) ats.Application {
	t.Helper()
	a, ok := w.take(func(a ats.Application) bool {
		return a.Status == ats.ApplicationActive && len(w.d.Pipeline.Stages[a.JobID]) >= 3
	})
	if !ok {
		t.Fatal("the fixture has no more active applications for the pipeline rules (they take about eight)")
	}
	return w.read(t, a.ID)
}

// take returns the last application of the fixture that keep accepts and
// no pipeline rule has taken, and marks it taken. The last ones, so that
// rules reading the fixture's first records meet them unchanged.
func (w *writer) take(keep func(ats.Application) bool) (ats.Application, bool) {
	for _, a := range slices.Backward(w.d.Applications) {
		if !w.s.w.acted[a.ID] && keep(a) {
			w.s.w.acted[a.ID] = true
			return a, true
		}
	}
	return ats.Application{}, false
}

// read reads an application as the provider has it.
func (w *writer) read(t *testing.T, id string) ats.Application {
	t.Helper()
	a, err := w.p.Application(t.Context(), id, ats.ReadOptions{})
	if err != nil {
		t.Fatalf("read application %s: %v", id, describe(err))
	}
	return a
}

// stageFor is a stage of a's job to move it to: not its own, not a hired
// one (which would hire it).
func (w *writer) stageFor(t *testing.T, a ats.Application) ats.JobStage {
	t.Helper()
	return w.stagesFor(t, a, 1)[0]
}

func (w *writer) stagesFor(t *testing.T, a ats.Application, n int) []ats.JobStage {
	t.Helper()
	var out []ats.JobStage
	for _, st := range w.d.Pipeline.Stages[a.JobID] {
		if st.ID != a.Stage.ID && st.Kind != ats.StageHired && len(out) < n {
			out = append(out, st)
		}
	}
	if len(out) < n {
		t.Fatalf("job %s has no %d stages to move %s to", a.JobID, n, a.ID)
	}
	return out
}

// foreignStages are stage ids that are not stages of job: other jobs'
// (where pipelines differ) and ids no job has, in the provider's shapes.
func (w *writer) foreignStages(job string) []string {
	own := ids(w.d.Pipeline.Stages[job], func(s ats.JobStage) string { return s.ID })
	var out []string
	for _, j := range w.d.Jobs {
		for _, st := range w.d.Pipeline.Stages[j.ID] {
			if !slices.Contains(own, st.ID) && !slices.Contains(out, st.ID) && len(out) < 2 {
				out = append(out, st.ID)
			}
		}
	}
	return append(out, own[0]+"9999", "no-such-stage")
}

// reason is the fixture's first reason of kind k.
func (w *writer) reason(t *testing.T, k ats.ReasonKind) ats.RejectionReason {
	t.Helper()
	r, ok := pick(w.d.Pipeline.Reasons, func(r ats.RejectionReason) (ats.RejectionReason, bool) { return r, r.Kind == k })
	if !ok {
		t.Fatalf("the fixture declares no rejection reason of kind %s", k)
	}
	return r
}

// changed checks an action's answer against before: a later updated_at,
// the same record, what reads give afterwards, and a list with
// updated_after at its old time holds it.
func (w *writer) changed(t *testing.T, what string, before, got ats.Application) {
	t.Helper()
	if got.ID != before.ID || got.CandidateID != before.CandidateID || got.JobID != before.JobID || !got.AppliedAt.Equal(before.AppliedAt) {
		t.Errorf("%s answered %+v; want the same application as %+v", what, got, before)
	}
	if !got.UpdatedAt.After(before.UpdatedAt) {
		t.Errorf("%s left updated_at at %v (was %v); want it later", what, got.UpdatedAt, before.UpdatedAt)
	}
	sameJSON(t, "the application read after "+what, w.read(t, got.ID), got)
	q := ats.ApplicationQuery{JobID: got.JobID, UpdatedAfter: &before.UpdatedAt}
	if l := w.all(t, applicationsOf(w.p, "?job_id="+got.JobID+"&updated_after=...", q)); !slices.Contains(l, got.ID) {
		t.Errorf("after %s, applications of %s updated after %v lack %s: %s", what, got.JobID, before.UpdatedAt, got.ID, short(l))
	}
}

// unchanged fails unless the application reads as before.
func (w *writer) unchanged(t *testing.T, before ats.Application) {
	t.Helper()
	sameJSON(t, "the application after what changed nothing", w.read(t, before.ID), before)
}

// refusedWhenClosed checks that a closed application (rejected, withdrawn,
// hired) can be neither moved nor rejected, and a hired one not restored,
// and that the refusals change nothing.
func (w *writer) refusedWhenClosed(t *testing.T, a ats.Application) {
	t.Helper()
	stages := w.d.Pipeline.Stages[a.JobID]
	target := stages[0].ID
	if target == a.Stage.ID && len(stages) > 1 {
		target = stages[1].ID
	}
	_, err := w.move(t.Context(), a.ID, ats.MoveInput{StageID: target})
	wantCode(t, "move the "+string(a.Status)+" "+a.ID, err, ats.CodeApplicationClosed)
	_, err = w.reject(t.Context(), a.ID, ats.RejectInput{ReasonID: w.reason(t, ats.ReasonRejected).ID})
	wantCode(t, "reject the "+string(a.Status)+" "+a.ID, err, ats.CodeApplicationClosed)
	if a.Status == ats.ApplicationHired {
		_, err = w.restoreApp(t.Context(), a.ID)
		wantCode(t, "restore the hired "+a.ID, err, ats.CodeApplicationClosed)
	}
	w.unchanged(t, a)
}

// restore restores a rejected or withdrawn application and checks it is
// active again at its stage.
func (w *writer) restore(t *testing.T, a ats.Application) {
	t.Helper()
	got, err := w.restoreApp(t.Context(), a.ID)
	if err != nil {
		t.Fatalf("restore the %s %s: %v", a.Status, a.ID, describe(err))
	}
	if got.Status != ats.ApplicationActive || got.RejectedAt != nil || got.Stage != a.Stage {
		t.Errorf("restored %s: %+v; want active at %+v, rejected_at null", a.ID, got, a.Stage)
	}
	w.changed(t, "the restore", a, got)
}

// move, reject and restoreApp are the provider's actions, each after a
// Tick of the ATS's clock where the fixture has one.
func (w *writer) move(ctx context.Context, id string, in ats.MoveInput) (ats.Application, error) {
	w.tick()
	return w.p.MoveApplication(ctx, id, in)
}

func (w *writer) reject(ctx context.Context, id string, in ats.RejectInput) (ats.Application, error) {
	w.tick()
	return w.p.RejectApplication(ctx, id, in)
}

func (w *writer) restoreApp(ctx context.Context, id string) (ats.Application, error) {
	w.tick()
	return w.p.RestoreApplication(ctx, id)
}

func (w *writer) tick() {
	if w.d.Pipeline.Tick != nil {
		w.d.Pipeline.Tick()
	}
}
