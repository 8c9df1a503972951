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
// query, send the page. The answer kept at the current version of what it
// shows (show), when there is one, is sent instead (readCache).
func serveList[T any](a *api, show func(*http.Request) shows, route string, filters []string, read listQuery[T]) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		shown := show(r)
		version, versioned := a.readVersion(r.Context(), shown)
		if versioned && a.serveCached(w, r, shown, version) {
			return
		}
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
		if b := writePage(a, w, r, lp, page); b != nil && versioned {
			a.reads.put(shown.key, version, readKey(r), b)
		}
	})
}

// serveOne is the shape of every single-record route of resource ("job"):
// check the id and the query string, fetch, send; or send the answer kept
// at the current version of what it shows (readCache).
func serveOne[T any](a *api, show func(*http.Request) shows, resource string, fetch func(ctx context.Context, id string, opts ats.ReadOptions) (T, error)) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		shown := show(r)
		version, versioned := a.readVersion(r.Context(), shown)
		if versioned && a.serveCached(w, r, shown, version) {
			return
		}
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
		if b := a.okEnvelope(w, r, http.StatusOK, v, nil); b != nil && versioned {
			a.reads.put(shown.key, version, readKey(r), b)
		}
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

// writePage sends one list page with its meta, and returns the body sent
// (nil when it could not be encoded).
func writePage[T any](a *api, w http.ResponseWriter, r *http.Request, lp *listParams, p ats.Page[T]) *envelope.Body {
	meta := &envelope.Meta{Limit: lp.window.Limit, HasMore: p.HasMore, Total: p.Total}
	if lp.window.PageMode() {
		n := lp.window.Page
		meta.Page = &n
	}
	if p.HasMore {
		meta.NextCursor = lp.nextCursor(a.cursors, p.Next)
	}
	return a.okEnvelope(w, r, http.StatusOK, p.Items, meta)
}
