package atstest

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"testing"

	"github.com/atsbridge/atsbridge/ats"
)

// page is one page of any of the three lists, with the record type erased,
// so that the paging rules are written once for all of them.
type page struct {
	ids      []string
	raws     []json.RawMessage
	records  []any
	nilItems bool
	hasMore  bool
	next     string
	total    *int
}

// lister is one list of a provider with its filters bound: one call per
// window.
type lister struct {
	// name says which list and filters, for messages ("jobs?location=DE").
	name string
	// filtered is set when the query has filters (for Totals).
	filtered bool
	call     func(ctx context.Context, w ats.Window) (page, error)
}

func erase[T any](p ats.Page[T], err error, id func(T) string, raw func(T) json.RawMessage) (page, error) {
	out := page{nilItems: p.Items == nil, hasMore: p.HasMore, next: p.Next, total: p.Total, ids: []string{}}
	for _, it := range p.Items {
		out.ids = append(out.ids, id(it))
		out.raws = append(out.raws, raw(it))
		out.records = append(out.records, it)
	}
	return out, err
}

func jobsOf(p ats.Provider, name string, q ats.JobQuery) lister {
	filtered := len(q.Statuses) > 0 || q.Department != "" || q.Location != "" || q.Q != "" || q.CreatedAfter != nil || q.UpdatedAfter != nil
	return lister{name: "jobs" + name, filtered: filtered, call: func(ctx context.Context, w ats.Window) (page, error) {
		q.Window = w
		pg, err := p.ListJobs(ctx, q)
		return erase(pg, err, func(j ats.Job) string { return j.ID }, func(j ats.Job) json.RawMessage { return j.Raw })
	}}
}

func candidatesOf(p ats.Provider, name string, q ats.CandidateQuery) lister {
	filtered := q.Email != "" || q.JobID != "" || q.CreatedAfter != nil || q.UpdatedAfter != nil
	return lister{name: "candidates" + name, filtered: filtered, call: func(ctx context.Context, w ats.Window) (page, error) {
		q.Window = w
		pg, err := p.ListCandidates(ctx, q)
		return erase(pg, err, func(c ats.Candidate) string { return c.ID }, func(c ats.Candidate) json.RawMessage { return c.Raw })
	}}
}

func applicationsOf(p ats.Provider, name string, q ats.ApplicationQuery) lister {
	filtered := q.JobID != "" || q.CandidateID != "" || len(q.StageKinds) > 0 || len(q.Statuses) > 0 || q.CreatedAfter != nil || q.UpdatedAfter != nil
	return lister{name: "applications" + name, filtered: filtered, call: func(ctx context.Context, w ats.Window) (page, error) {
		q.Window = w
		pg, err := p.ListApplications(ctx, q)
		return erase(pg, err, func(a ats.Application) string { return a.ID }, func(a ats.Application) json.RawMessage { return a.Raw })
	}}
}

// maxPages ends a walk that does not end: a provider whose continuation
// leads back to an earlier page would otherwise loop forever.
const maxPages = 2000

// limitOf is the page size a window asks for.
func limitOf(limit int) int {
	if limit == 0 {
		return ats.DefaultLimit
	}
	return limit
}

// walkCursor follows continuations from the start and returns the ids in
// the order they came, checking every page on the way: Items never nil, at
// most the limit, HasMore exactly when a continuation is returned, no empty
// page after a HasMore, a total that is exact (want is the number of
// matches). after, when set, runs after the first page (walks while
// writing).
func walkCursor(t *testing.T, l lister, limit int, want int, tot Totals, afterFirst func()) []string {
	t.Helper()
	var ids []string
	cursor := ""
	for n := 1; ; n++ {
		if n > maxPages {
			t.Fatalf("%s: cursor walk (limit %d) did not end after %d pages", l.name, limit, maxPages)
		}
		p, err := l.call(t.Context(), ats.Window{Limit: limit, Cursor: cursor})
		if err != nil {
			t.Fatalf("%s: cursor walk (limit %d), page %d: %v", l.name, limit, n, describe(err))
		}
		checkPage(t, l, p, limit, n, want, tot)
		if p.hasMore != (p.next != "") {
			t.Fatalf("%s: cursor walk (limit %d), page %d: has_more %v with continuation %q; want has_more exactly when a continuation is returned",
				l.name, limit, n, p.hasMore, p.next)
		}
		if n > 1 && len(p.ids) == 0 {
			t.Fatalf("%s: cursor walk (limit %d), page %d: empty page after a page with has_more; has_more must say that another page has items",
				l.name, limit, n)
		}
		ids = append(ids, p.ids...)
		if n == 1 && afterFirst != nil {
			afterFirst()
		}
		if !p.hasMore {
			return ids
		}
		if p.next == cursor {
			t.Fatalf("%s: cursor walk (limit %d), page %d: the continuation leads to the same page again", l.name, limit, n)
		}
		cursor = p.next
	}
}

// walkPages reads numbered pages from 1 until HasMore is false, then checks
// that the page after the last one is empty. Every page but the last must
// be full: page N is the N-th window of limit items of the list order.
func walkPages(t *testing.T, l lister, limit int, want int, tot Totals, afterFirst func()) []string {
	t.Helper()
	var ids []string
	for n := 1; ; n++ {
		if n > maxPages {
			t.Fatalf("%s: page walk (limit %d) did not end after %d pages", l.name, limit, maxPages)
		}
		p, err := l.call(t.Context(), ats.Window{Limit: limit, Page: n})
		if err != nil {
			t.Fatalf("%s: page walk (limit %d), page %d: %v", l.name, limit, n, describe(err))
		}
		checkPage(t, l, p, limit, n, want, tot)
		if p.hasMore && len(p.ids) != limitOf(limit) {
			t.Fatalf("%s: page walk (limit %d), page %d: %d items with has_more; want a full page of %d",
				l.name, limit, n, len(p.ids), limitOf(limit))
		}
		ids = append(ids, p.ids...)
		if n == 1 && afterFirst != nil {
			afterFirst()
		}
		if !p.hasMore {
			past, err := l.call(t.Context(), ats.Window{Limit: limit, Page: n + 1})
			if err != nil {
				t.Fatalf("%s: page walk (limit %d), page %d, past the end: %v", l.name, limit, n+1, describe(err))
			}
			if len(past.ids) != 0 || past.hasMore || past.nilItems {
				t.Fatalf("%s: page walk (limit %d), page %d, past the end: %d items, has_more %v, nil items %v; want [], false",
					l.name, limit, n+1, len(past.ids), past.hasMore, past.nilItems)
			}
			return ids
		}
	}
}

// checkPage checks what holds for every page: Items never nil (lists are
// [] in JSON), at most the limit, and a total, where given, that is exact;
// and, where the fixture declares totals, that one is given.
func checkPage(t *testing.T, l lister, p page, limit, n, want int, tot Totals) {
	t.Helper()
	if p.nilItems {
		t.Fatalf("%s: page %d: Items is nil; want an empty slice (lists are [] in JSON)", l.name, n)
	}
	if len(p.ids) > limitOf(limit) {
		t.Fatalf("%s: page %d: %d items, want at most the limit %d", l.name, n, len(p.ids), limitOf(limit))
	}
	checkTotal(t, l, p, want, tot)
}

// checkTotal checks Page.Total against the number of matches and the
// fixture's declaration. want < 0 skips the exactness check (a list being
// written to).
func checkTotal(t *testing.T, l lister, p page, want int, tot Totals) {
	t.Helper()
	switch {
	case p.total != nil && tot == TotalsNever:
		t.Errorf("%s: total %d; the fixture declares that the provider gives none (TotalsNever)", l.name, *p.total)
	case p.total == nil && (tot == TotalsAlways || tot == TotalsUnfiltered && !l.filtered):
		t.Errorf("%s: no total; the fixture declares one for this list", l.name)
	case p.total != nil && want >= 0 && *p.total != want:
		t.Errorf("%s: total %d, want %d (the number of matches)", l.name, *p.total, want)
	}
}

// sameIDs fails unless got is want, in order, saying what differs.
func sameIDs(t *testing.T, what string, got, want []string) {
	t.Helper()
	if slices.Equal(got, want) {
		return
	}
	t.Errorf("%s: got %d ids, want %d%s", what, len(got), len(want), diff(got, want))
}

// diff describes how got differs from want: missing, unexpected and
// repeated ids, or the first place the order differs.
func diff(got, want []string) string {
	in := func(ids []string) map[string]int {
		m := map[string]int{}
		for _, id := range ids {
			m[id]++
		}
		return m
	}
	g, w := in(got), in(want)
	var missing, extra, repeated []string
	for _, id := range want {
		if g[id] == 0 {
			missing = append(missing, id)
		}
	}
	for id, n := range g {
		if w[id] == 0 {
			extra = append(extra, id)
		}
		if n > 1 {
			repeated = append(repeated, id)
		}
	}
	slices.Sort(extra)
	slices.Sort(repeated)
	out := ""
	if len(missing) > 0 {
		out += fmt.Sprintf("; missing %s", short(missing))
	}
	if len(extra) > 0 {
		out += fmt.Sprintf("; unexpected %s", short(extra))
	}
	if len(repeated) > 0 {
		out += fmt.Sprintf("; repeated %s", short(repeated))
	}
	if out == "" {
		for i := range min(len(got), len(want)) {
			if got[i] != want[i] {
				return fmt.Sprintf("; the order differs at position %d: got %s, want %s", i, short(got[i:]), short(want[i:]))
			}
		}
	}
	return out
}

// short prints at most 12 ids.
func short(ids []string) string {
	if len(ids) <= 12 {
		return fmt.Sprint(ids)
	}
	return fmt.Sprintf("%v ... (%d more)", ids[:12], len(ids)-12)
}
