package router

import (
	"net/http"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/envelope"
)

func (a *api) listJobs() http.Handler {
	statuses := make([]string, len(ats.JobStatuses))
	for i, s := range ats.JobStatuses {
		statuses[i] = string(s)
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		lp := newListParams(r, "GET /jobs", "status", "department", "location", "q", "created_after", "updated_after")
		var q ats.JobQuery
		for _, s := range lp.list("status", statuses) {
			q.Statuses = append(q.Statuses, ats.JobStatus(s))
		}
		q.Department = lp.str("department")
		q.Location = lp.str("location")
		q.Q = lp.str("q")
		q.CreatedAfter = lp.time("created_after")
		q.UpdatedAfter = lp.time("updated_after")
		if err := lp.finish(a.cursors); err != nil {
			a.fail(w, r, err)
			return
		}
		q.Window, q.IncludeRaw = lp.window, lp.includeRaw
		page, err := a.p.ListJobs(r.Context(), q)
		if err != nil {
			a.fail(w, r, err)
			return
		}
		writePage(a, w, r, lp, page)
	})
}

func (a *api) getJob() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		id, err := pathID(r, "job")
		if err != nil {
			a.fail(w, r, err)
			return
		}
		opts, err := readOptions(r)
		if err != nil {
			a.fail(w, r, err)
			return
		}
		job, err := a.p.Job(r.Context(), id, opts)
		if err != nil {
			a.fail(w, r, err)
			return
		}
		a.ok(w, r, http.StatusOK, job)
	})
}

// readOptions reads ?include=raw on single-record routes, refusing any
// other parameter just as the list routes do.
func readOptions(r *http.Request) (ats.ReadOptions, error) {
	var opts ats.ReadOptions
	var problems []ats.Detail
	for name, vals := range r.URL.Query() {
		switch {
		case name != "include":
			problems = append(problems, ats.Detail{Field: truncate(name, 40), Problem: "is not a known parameter of this route"})
		case len(vals) != 1 || vals[0] != "raw":
			problems = append(problems, ats.Detail{Field: "include", Problem: "must be raw"})
		default:
			opts.IncludeRaw = true
		}
	}
	if len(problems) > 0 {
		return opts, ats.Invalid("The query string is invalid; see details.", problems...)
	}
	return opts, nil
}

// writePage sends one list page with its meta; an empty page is [] not null.
func writePage[T any](a *api, w http.ResponseWriter, r *http.Request, lp *listParams, p ats.Page[T]) {
	items := p.Items
	if items == nil {
		items = []T{}
	}
	meta := &envelope.Meta{Limit: lp.window.Limit, HasMore: p.HasMore, Total: p.Total}
	if lp.window.PageMode() {
		n := lp.window.Page
		meta.Page = &n
	}
	if p.HasMore {
		meta.NextCursor = lp.nextCursor(a.cursors, p.Next)
	}
	envelope.Write(w, http.StatusOK, a.origin, requestIDFrom(r.Context()), items, meta)
}
