package router

import (
	"context"
	"net/http"

	"github.com/atsbridge/atsbridge/ats"
)

// applicationInput is the body of POST /applications.
type applicationInput struct {
	CandidateID *string `json:"candidate_id"`
	JobID       *string `json:"job_id"`
	Source      *string `json:"source"`
}

func (in applicationInput) Valid(context.Context) []ats.Detail {
	var p problems
	p.id("candidate_id", in.CandidateID, true)
	p.id("job_id", in.JobID, true)
	p.text("source", in.Source, 100)
	return p
}

func (a *api) createApplication() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		in, err := decodeValid[applicationInput](r)
		if err != nil {
			a.fail(w, r, err)
			return
		}
		app, err := a.p.CreateApplication(r.Context(), ats.ApplicationInput{CandidateID: *in.CandidateID, JobID: *in.JobID, Source: trimmed(in.Source)})
		if err != nil {
			a.fail(w, r, err)
			return
		}
		w.Header().Set("Location", pathPrefix(r)+"/applications/"+app.ID)
		a.ok(w, r, http.StatusCreated, app)
	})
}

func (a *api) listApplications() http.Handler {
	kinds := make([]string, len(ats.StageKinds))
	for i, k := range ats.StageKinds {
		kinds[i] = string(k)
	}
	statuses := make([]string, len(ats.ApplicationStatuses))
	for i, s := range ats.ApplicationStatuses {
		statuses[i] = string(s)
	}
	filters := []string{"job_id", "candidate_id", "stage", "status", "created_after", "updated_after"}
	return serveList(a, always(showsApplications), "GET /applications", filters, func(lp *listParams) func(context.Context) (ats.Page[ats.Application], error) {
		var q ats.ApplicationQuery
		q.JobID = lp.id("job_id")
		q.CandidateID = lp.id("candidate_id")
		for _, k := range lp.list("stage", kinds) {
			q.StageKinds = append(q.StageKinds, ats.StageKind(k))
		}
		for _, s := range lp.list("status", statuses) {
			q.Statuses = append(q.Statuses, ats.ApplicationStatus(s))
		}
		q.CreatedAfter = lp.time("created_after")
		q.UpdatedAfter = lp.time("updated_after")
		return func(ctx context.Context) (ats.Page[ats.Application], error) {
			q.Window, q.IncludeRaw = lp.window, lp.includeRaw
			return a.p.ListApplications(ctx, q)
		}
	})
}

func (a *api) getApplication() http.Handler {
	return serveOne(a, always(showsApplications), "application", func(ctx context.Context, id string, opts ats.ReadOptions) (ats.Application, error) {
		return a.p.Application(ctx, id, opts)
	})
}
