package router

import (
	"context"
	"net/http"

	"github.com/atsbridge/atsbridge/ats"
)

// maxNoteLen is the longest rejection note taken. An ATS with a shorter
// limit (Workable: 256) refuses a longer note itself, naming the field.
const maxNoteLen = 2000

// moveInput is the body of POST /applications/{id}/move.
type moveInput struct {
	StageID *string `json:"stage_id"`
}

func (in moveInput) Valid(context.Context) []ats.Detail {
	var p problems
	p.id("stage_id", in.StageID, true)
	return p
}

// rejectInput is the body of POST /applications/{id}/reject.
type rejectInput struct {
	ReasonID        *string `json:"reason_id"`
	Note            *string `json:"note"`
	NotifyCandidate *bool   `json:"notify_candidate"`
}

func (in rejectInput) Valid(context.Context) []ats.Detail {
	var p problems
	p.id("reason_id", in.ReasonID, false)
	p.multiline("note", in.Note, maxNoteLen)
	return p
}

func (in rejectInput) domain() ats.RejectInput {
	out := ats.RejectInput{Note: trimmed(in.Note)}
	if in.ReasonID != nil {
		out.ReasonID = *in.ReasonID
	}
	if in.NotifyCandidate != nil {
		out.NotifyCandidate = *in.NotifyCandidate
	}
	return out
}

// restoreInput is the body of POST /applications/{id}/restore: none, or an
// empty object.
type restoreInput struct{}

func (restoreInput) Valid(context.Context) []ats.Detail { return nil }

func (a *api) jobStages() http.Handler {
	return serveAll(a, "job", func(ctx context.Context, id string) ([]ats.JobStage, error) {
		return a.p.JobStages(ctx, id)
	})
}

func (a *api) rejectionReasons() http.Handler {
	return serveAll(a, "", func(ctx context.Context, _ string) ([]ats.RejectionReason, error) {
		return a.p.RejectionReasons(ctx)
	})
}

func (a *api) moveApplication() http.Handler {
	return serveAction(a, decodeValid[moveInput], func(ctx context.Context, id string, in moveInput) (ats.Application, error) {
		return a.p.MoveApplication(ctx, id, ats.MoveInput{StageID: *in.StageID})
	})
}

func (a *api) rejectApplication() http.Handler {
	return serveAction(a, decodeValid[rejectInput], func(ctx context.Context, id string, in rejectInput) (ats.Application, error) {
		return a.p.RejectApplication(ctx, id, in.domain())
	})
}

func (a *api) restoreApplication() http.Handler {
	return serveAction(a, decodeOptional[restoreInput], func(ctx context.Context, id string, _ restoreInput) (ats.Application, error) {
		return a.p.RestoreApplication(ctx, id)
	})
}

// serveAction is the shape of every pipeline action: check the
// application id, decode and validate the body, act, send the application
// as it is afterwards.
func serveAction[T validator](a *api, decode func(r *http.Request) (T, error), act func(ctx context.Context, id string, in T) (ats.Application, error)) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		id, err := pathID(r, "application")
		if err != nil {
			a.fail(w, r, err)
			return
		}
		in, err := decode(r)
		if err != nil {
			a.fail(w, r, err)
			return
		}
		app, err := act(r.Context(), id, in)
		if err != nil {
			a.fail(w, r, err)
			return
		}
		a.ok(w, r, http.StatusOK, app)
	})
}

// serveAll is the shape of the lists that are not paged (a job's stages,
// the rejection reasons): the whole list, in the ATS's order, without meta.
// resource names the {id} of the path ("job"), or is "" for a path
// without one. They take no query parameters.
func serveAll[T any](a *api, resource string, fetch func(ctx context.Context, id string) ([]T, error)) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		id := ""
		if resource != "" {
			var err error
			if id, err = pathID(r, resource); err != nil {
				a.fail(w, r, err)
				return
			}
		}
		if err := refuseQuery(r, "lists everything, without paging or filters"); err != nil {
			a.fail(w, r, err)
			return
		}
		items, err := fetch(r.Context(), id)
		if err != nil {
			a.fail(w, r, err)
			return
		}
		if items == nil {
			items = []T{}
		}
		a.ok(w, r, http.StatusOK, items)
	})
}
