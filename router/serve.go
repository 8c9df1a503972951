package router

import (
	"context"
	"net/http"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/envelope"
)

// listQuery reads a list route's filters from lp and returns the query to
// run once paging is known.
type listQuery[T any] func(lp *listParams) func(ctx context.Context) (ats.Page[T], error)

// serveList is the shape of every list route: read the filters, then the
// paging parameters (the cursor's fingerprint covers the filters), run the
// query, send the page.
func serveList[T any](a *api, route string, filters []string, read listQuery[T]) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		lp := newListParams(r, route, filters...)
		query := read(lp)
		if err := lp.finish(a.cursors); err != nil {
			a.fail(w, r, err)
			return
		}
		page, err := query(r.Context())
		if err != nil {
			a.fail(w, r, err)
			return
		}
		writePage(a, w, r, lp, page)
	})
}

// serveOne is the shape of every single-record route: check the id and the
// query string, fetch, send.
func serveOne[T any](a *api, resource string, fetch func(ctx context.Context, id string, opts ats.ReadOptions) (T, error)) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		id, err := pathID(r, resource)
		if err != nil {
			a.fail(w, r, err)
			return
		}
		opts, err := readOptions(r)
		if err != nil {
			a.fail(w, r, err)
			return
		}
		v, err := fetch(r.Context(), id, opts)
		if err != nil {
			a.fail(w, r, err)
			return
		}
		a.ok(w, r, http.StatusOK, v)
	})
}

// readOptions reads ?include=raw on single-record routes, refusing any
// other parameter just as the list routes do.
func readOptions(r *http.Request) (ats.ReadOptions, error) {
	var opts ats.ReadOptions
	q, problems := parseQuery(r.URL.RawQuery)
	for name, vals := range q {
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

// writePage sends one list page with its meta.
func writePage[T any](a *api, w http.ResponseWriter, r *http.Request, lp *listParams, p ats.Page[T]) {
	meta := &envelope.Meta{Limit: lp.window.Limit, HasMore: p.HasMore, Total: p.Total}
	if lp.window.PageMode() {
		n := lp.window.Page
		meta.Page = &n
	}
	if p.HasMore {
		meta.NextCursor = lp.nextCursor(a.cursors, p.Next)
	}
	a.okEnvelope(w, r, http.StatusOK, p.Items, meta)
}
