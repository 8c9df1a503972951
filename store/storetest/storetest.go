// Package storetest is the contract suite of preview.Store: every
// implementation (memory, SQLite, DynamoDB) runs Run from its own tests, so
// the sandbox behaves the same whichever store serves it. The suite builds
// its own small dataset (see dataset) rather than using the sandbox's seed,
// so that every clause of the contract has a row that exercises it.
//
// There are no opt-outs: the suite is the contract.
package storetest

import (
	"context"
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/preview"
)

// opener returns a fresh, empty store and registers its own cleanup on t.
type opener func(t *testing.T) preview.Store

// Run checks every clause of the preview.Store contract against stores made
// by open, with g the store's promise about walks during writes. Subtest
// names say which clause broke.
func Run(t *testing.T, open func(t *testing.T) preview.Store, g Guarantee) {
	t.Helper()
	o := opener(open)
	// Read-only clauses share one seeded store; every clause that writes
	// gets a fresh one, so failures do not cascade.
	ro := seeded(t, o)

	t.Run("Seed", func(t *testing.T) { testSeed(t, o) })
	t.Run("Numbering", func(t *testing.T) { testNumbering(t, o) })
	t.Run("ByID", func(t *testing.T) { testByID(t, ro) })
	t.Run("ListJobs", func(t *testing.T) { testListJobs(t, ro) })
	t.Run("ListCandidates", func(t *testing.T) { testListCandidates(t, ro) })
	t.Run("ListApplications", func(t *testing.T) { testListApplications(t, ro) })
	t.Run("PageMode", func(t *testing.T) { testPageMode(t, ro) })
	t.Run("CursorMode", func(t *testing.T) { testCursorMode(t, ro) })
	t.Run("CursorWhileWriting", func(t *testing.T) { testCursorWhileWriting(t, o) })
	t.Run("WalksWhileCreating", func(t *testing.T) { testWalksWhileCreating(t, o, g) })
	t.Run("IDsOrderAsNumbers", func(t *testing.T) { testIDsOrderAsNumbers(t, o) })
	t.Run("ContextEnded", func(t *testing.T) { testContextEnded(t, o) })
	t.Run("Create", func(t *testing.T) { testCreate(t, o, g) })
	t.Run("Conflicts", func(t *testing.T) { testConflicts(t, o) })
	t.Run("Atomicity", func(t *testing.T) { testAtomicity(t, o) })
	t.Run("Races", func(t *testing.T) { testRaces(t, o) })
	t.Run("Attach", func(t *testing.T) { testAttach(t, o) })
	t.Run("SetResumeURL", func(t *testing.T) { testSetResumeURL(t, o) })
	t.Run("Updates", func(t *testing.T) { testUpdates(t, o, g) })
	t.Run("Versions", func(t *testing.T) { testVersions(t, o) })
}

// seeded opens a fresh store holding the suite's dataset.
func seeded(t *testing.T, open opener) preview.Store {
	t.Helper()
	return seededWith(t, open, dataset())
}

// seededWith opens a fresh store holding ds.
func seededWith(t *testing.T, open opener, ds preview.Dataset) preview.Store {
	t.Helper()
	s := open(t)
	if err := s.Seed(t.Context(), func() preview.Dataset { return ds }); err != nil {
		t.Fatalf("Seed: %v", err)
	}
	return s
}

// ctx is the context of store calls; the test's own, so a hung store call
// ends with the test.
func ctx(t *testing.T) context.Context { return t.Context() }

func jobID(j ats.Job) string                 { return j.ID }
func candidateID(c ats.Candidate) string     { return c.ID }
func applicationID(a ats.Application) string { return a.ID }

func idsOf[T any](items []T, id func(T) string) []string {
	out := make([]string, 0, len(items))
	for _, it := range items {
		out = append(out, id(it))
	}
	return out
}

// list is one list call of a store with the filters already bound.
type list[T any] func(w ats.Window) (ats.Page[T], error)

// walkCursor follows continuations from the start with the given limit and
// returns the ids in the order they came. It checks the page invariants on
// the way: no page over the limit, HasMore exactly when Next is set, and
// full pages whenever more follow.
func walkCursor[T any](t *testing.T, l list[T], limit int, id func(T) string) []string {
	t.Helper()
	var ids []string
	cursor := ""
	for page := 1; ; page++ {
		if page > 1000 {
			t.Fatalf("cursor walk (limit %d) did not end after 1000 pages; got %d ids so far", limit, len(ids))
		}
		p, err := l(ats.Window{Limit: limit, Cursor: cursor})
		if err != nil {
			t.Fatalf("cursor walk (limit %d) page %d: %v", limit, page, err)
		}
		checkPage(t, p, limit, page)
		ids = append(ids, idsOf(p.Items, id)...)
		if !p.HasMore {
			return ids
		}
		cursor = p.Next
	}
}

// walkPages reads numbered pages from 1 until HasMore is false, then checks
// that the page after the last one is empty.
func walkPages[T any](t *testing.T, l list[T], limit int, id func(T) string) []string {
	t.Helper()
	var ids []string
	var total *int
	for page := 1; ; page++ {
		if page > 1000 {
			t.Fatalf("page walk (limit %d) did not end after 1000 pages", limit)
		}
		p, err := l(ats.Window{Limit: limit, Page: page})
		if err != nil {
			t.Fatalf("page walk (limit %d) page %d: %v", limit, page, err)
		}
		if p.HasMore && len(p.Items) != limit {
			t.Fatalf("page walk (limit %d) page %d: got %d items with has_more, want a full page", limit, page, len(p.Items))
		}
		if len(p.Items) > limit {
			t.Fatalf("page walk (limit %d) page %d: got %d items, want at most %d", limit, page, len(p.Items), limit)
		}
		if page == 1 {
			total = p.Total
		} else if (total == nil) != (p.Total == nil) || (total != nil && *total != *p.Total) {
			t.Fatalf("page walk (limit %d) page %d: total changed from %v to %v without writes", limit, page, deref(total), deref(p.Total))
		}
		ids = append(ids, idsOf(p.Items, id)...)
		if !p.HasMore {
			past, err := l(ats.Window{Limit: limit, Page: page + 1})
			if err != nil {
				t.Fatalf("page walk (limit %d) page %d (past the end): %v", limit, page+1, err)
			}
			if len(past.Items) != 0 || past.HasMore {
				t.Fatalf("page walk (limit %d) page %d (past the end): got %d items, has_more %v; want none, false", limit, page+1, len(past.Items), past.HasMore)
			}
			return ids
		}
	}
}

// checkPage checks the invariants of one cursor-mode page.
func checkPage[T any](t *testing.T, p ats.Page[T], limit, page int) {
	t.Helper()
	if len(p.Items) > limit {
		t.Fatalf("page %d: got %d items, want at most limit %d", page, len(p.Items), limit)
	}
	if p.HasMore != (p.Next != "") {
		t.Fatalf("page %d: got has_more %v with next %q; want has_more exactly when a continuation is returned", page, p.HasMore, p.Next)
	}
	if p.HasMore && len(p.Items) != limit {
		t.Fatalf("page %d: got %d items with has_more, want a full page of %d", page, len(p.Items), limit)
	}
	if p.Items == nil {
		t.Fatalf("page %d: got nil items, want an empty slice (lists are [] in JSON)", page)
	}
}

func deref(p *int) any {
	if p == nil {
		return nil
	}
	return *p
}

// checkTotal fails when the store reports a total that differs from want.
func checkTotal[T any](t *testing.T, p ats.Page[T], want int) {
	t.Helper()
	if p.Total != nil && *p.Total != want {
		t.Errorf("total: got %d, want %d", *p.Total, want)
	}
}

func sameIDs(t *testing.T, what string, got, want []string) {
	t.Helper()
	if !slices.Equal(got, want) {
		t.Errorf("%s: got %v, want %v", what, got, want)
	}
}

// wantCode checks that err is an *ats.Error with code and returns it.
func wantCode(t *testing.T, err error, code ats.Code) *ats.Error {
	t.Helper()
	if err == nil {
		t.Fatalf("got no error, want %s", code)
	}
	var e *ats.Error
	if !errors.As(err, &e) {
		t.Fatalf("got untyped error %v, want *ats.Error with code %s", err, code)
	}
	if e.Code != code {
		t.Fatalf("got code %s (%v), want %s", e.Code, err, code)
	}
	return e
}

// wantNotFound checks for NOT_FOUND whose message names the resource.
func wantNotFound(t *testing.T, err error, resource string) {
	t.Helper()
	e := wantCode(t, err, ats.CodeNotFound)
	if !strings.Contains(strings.ToLower(e.Message), resource) {
		t.Errorf("NOT_FOUND message %q does not name the resource; want it to contain %q", e.Message, resource)
	}
}

// wantExisting checks a conflict error's first detail for the existing id.
func wantExisting(t *testing.T, err error, code ats.Code, existing string) {
	t.Helper()
	e := wantCode(t, err, code)
	if len(e.Details) == 0 {
		t.Fatalf("%s without details; want Details[0].ExistingID %q", code, existing)
	}
	if e.Details[0].ExistingID != existing {
		t.Errorf("%s Details[0].ExistingID: got %q, want %q", code, e.Details[0].ExistingID, existing)
	}
}

// sameJSON compares two values as the API would render them, which also
// catches timestamps that come back in another zone than UTC and nil lists
// that would render as null.
func sameJSON(t *testing.T, what string, got, want any) {
	t.Helper()
	g, err := json.Marshal(got)
	if err != nil {
		t.Fatalf("%s: marshal got: %v", what, err)
	}
	w, err := json.Marshal(want)
	if err != nil {
		t.Fatalf("%s: marshal want: %v", what, err)
	}
	if string(g) != string(w) {
		t.Errorf("%s:\n got %s\nwant %s", what, g, w)
	}
}

// wantCandidate is c as a store returns it: lists empty rather than nil and
// the application ids filled in.
func wantCandidate(c ats.Candidate, appIDs []string) ats.Candidate {
	if c.Tags == nil {
		c.Tags = []string{}
	}
	c.ApplicationIDs = append([]string{}, appIDs...)
	return c
}

// counts walks every list and checks the number of rows, and that every id
// appears once.
func counts(t *testing.T, s preview.Store, jobs, cands, apps int) {
	t.Helper()
	c := ctx(t)
	checkAll := func(what string, ids []string, want int) {
		t.Helper()
		if len(ids) != want {
			t.Errorf("%s: got %d rows, want %d", what, len(ids), want)
		}
		if d := duplicates(ids); len(d) > 0 {
			t.Errorf("%s: got duplicate ids %v", what, d)
		}
	}
	checkAll("jobs", walkCursor(t, func(w ats.Window) (ats.Page[ats.Job], error) {
		return s.ListJobs(c, ats.JobQuery{Window: w})
	}, 100, jobID), jobs)
	checkAll("candidates", walkCursor(t, func(w ats.Window) (ats.Page[ats.Candidate], error) {
		return s.ListCandidates(c, ats.CandidateQuery{Window: w})
	}, 100, candidateID), cands)
	checkAll("applications", walkCursor(t, func(w ats.Window) (ats.Page[ats.Application], error) {
		return s.ListApplications(c, ats.ApplicationQuery{Window: w})
	}, 100, applicationID), apps)
	for _, q := range []struct {
		name  string
		total func() (*int, error)
		want  int
	}{
		{"jobs", func() (*int, error) {
			p, err := s.ListJobs(c, ats.JobQuery{Window: ats.Window{Limit: 1}})
			return p.Total, err
		}, jobs},
		{"candidates", func() (*int, error) {
			p, err := s.ListCandidates(c, ats.CandidateQuery{Window: ats.Window{Limit: 1}})
			return p.Total, err
		}, cands},
		{"applications", func() (*int, error) {
			p, err := s.ListApplications(c, ats.ApplicationQuery{Window: ats.Window{Limit: 1}})
			return p.Total, err
		}, apps},
	} {
		total, err := q.total()
		if err != nil {
			t.Fatalf("list %s: %v", q.name, err)
		}
		if total != nil && *total != q.want {
			t.Errorf("%s total: got %d, want %d", q.name, *total, q.want)
		}
	}
}

func duplicates(ids []string) []string {
	seen := map[string]bool{}
	var d []string
	for _, id := range ids {
		if seen[id] {
			d = append(d, id)
		}
		seen[id] = true
	}
	return d
}
