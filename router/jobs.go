package router

import (
	"context"
	"net/http"
	"strings"

	"github.com/atsbridge/atsbridge/ats"
)

// listedJob is a job as GET /jobs lists it: with ?include=counts, its
// count of active applications too.
type listedJob struct {
	ats.Job
	ApplicationCounts *applicationCounts `json:"application_counts,omitempty"`
}

// jobsShow is what an answer of GET /jobs shows: jobs, and with
// ?include=counts the applications counted. It errs on the side of
// counting them: any query naming "counts" or holding a percent escape
// (which may spell it) is taken to.
func jobsShow(r *http.Request) shows {
	if q := r.URL.RawQuery; strings.Contains(q, "counts") || strings.Contains(q, "%") {
		return showsJobsAndApplications
	}
	return showsJobs
}

func (a *api) listJobs() http.Handler {
	statuses := make([]string, len(ats.JobStatuses))
	for i, s := range ats.JobStatuses {
		statuses[i] = string(s)
	}
	filters := []string{"status", "department", "location", "q", "created_after", "updated_after"}
	return serveList(a, jobsShow, "GET /jobs", filters, func(lp *listParams) func(context.Context) (ats.Page[listedJob], error) {
		lp.allowInclude("counts")
		var q ats.JobQuery
		for _, s := range lp.list("status", statuses) {
			q.Statuses = append(q.Statuses, ats.JobStatus(s))
		}
		q.Department = lp.text("department")
		q.Location = lp.text("location")
		q.Q = lp.text("q")
		q.CreatedAfter = lp.time("created_after")
		q.UpdatedAfter = lp.time("updated_after")
		return func(ctx context.Context) (ats.Page[listedJob], error) {
			q.Window, q.IncludeRaw = lp.window, lp.includeRaw
			p, err := a.p.ListJobs(ctx, q)
			if err != nil {
				return ats.Page[listedJob]{}, err
			}
			var counts []applicationCounts
			if lp.included["counts"] {
				if counts, err = a.countActive(ctx, p.Items); err != nil {
					return ats.Page[listedJob]{}, err
				}
			}
			out := ats.Page[listedJob]{Items: make([]listedJob, len(p.Items)), HasMore: p.HasMore, Next: p.Next, Total: p.Total}
			for i, j := range p.Items {
				out.Items[i].Job = j
				if counts != nil {
					out.Items[i].ApplicationCounts = &counts[i]
				}
			}
			return out, nil
		}
	})
}

func (a *api) getJob() http.Handler {
	// A closure, not the method value a.p.Job: the provider is only needed
	// when a request comes, and Routes builds the table without one.
	return serveOne(a, always(showsJobs), "job", func(ctx context.Context, id string, opts ats.ReadOptions) (ats.Job, error) {
		return a.p.Job(ctx, id, opts)
	})
}
