package router

import (
	"context"
	"net/http"

	"github.com/atsbridge/atsbridge/ats"
)

func (a *api) listJobs() http.Handler {
	statuses := make([]string, len(ats.JobStatuses))
	for i, s := range ats.JobStatuses {
		statuses[i] = string(s)
	}
	filters := []string{"status", "department", "location", "q", "created_after", "updated_after"}
	return serveList(a, ats.ResourceJob, "GET /jobs", filters, func(lp *listParams) func(context.Context) (ats.Page[ats.Job], error) {
		var q ats.JobQuery
		for _, s := range lp.list("status", statuses) {
			q.Statuses = append(q.Statuses, ats.JobStatus(s))
		}
		q.Department = lp.text("department")
		q.Location = lp.text("location")
		q.Q = lp.text("q")
		q.CreatedAfter = lp.time("created_after")
		q.UpdatedAfter = lp.time("updated_after")
		return func(ctx context.Context) (ats.Page[ats.Job], error) {
			q.Window, q.IncludeRaw = lp.window, lp.includeRaw
			return a.p.ListJobs(ctx, q)
		}
	})
}

func (a *api) getJob() http.Handler {
	// A closure, not the method value a.p.Job: the provider is only needed
	// when a request comes, and Routes builds the table without one.
	return serveOne(a, ats.ResourceJob, func(ctx context.Context, id string, opts ats.ReadOptions) (ats.Job, error) {
		return a.p.Job(ctx, id, opts)
	})
}
