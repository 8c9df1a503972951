package atstest

import (
	"fmt"
	"slices"
	"testing"

	"github.com/atsbridge/atsbridge/ats"
)

// testPaging checks cursor and page walks over each list: the same
// sequence both ways and at every page size, no gaps, no repeats, HasMore
// exactly when another page follows, Items never nil, and the limit
// respected (1, the default, MaxLimit).
func testPaging(t *testing.T, s *suite) {
	d, p := s.d, s.read
	for _, k := range []struct {
		all   lister
		want  []string
		cases []listCase
	}{
		{jobsOf(p, "", ats.JobQuery{}), ids(d.Jobs, func(j ats.Job) string { return j.ID }), jobCases(d, p)},
		{candidatesOf(p, "", ats.CandidateQuery{}), ids(d.Candidates, func(c ats.Candidate) string { return c.ID }), candidateCases(d, p)},
		{applicationsOf(p, "", ats.ApplicationQuery{}), ids(d.Applications, func(a ats.Application) string { return a.ID }), applicationCases(d, p)},
	} {
		s.run(t, k.all.name, func(t *testing.T) { testPagingOf(t, s, k.all, k.want, k.cases) })
	}
}

func testPagingOf(t *testing.T, s *suite, all lister, want []string, cases []listCase) {
	d := s.d
	n := len(want)
	s.run(t, "cursor_walk_max_limit", func(t *testing.T) {
		sameIDs(t, "cursor walk", walkCursor(t, all, ats.MaxLimit, n, d.Totals, nil), want)
	})
	s.run(t, "page_walk_max_limit", func(t *testing.T) {
		sameIDs(t, "page walk", walkPages(t, all, ats.MaxLimit, n, d.Totals, nil), want)
	})
	s.run(t, "default_limit", func(t *testing.T) {
		// Limit 0 is ats.DefaultLimit: the first two pages of either walk
		// show it (whole walks in pages of 20 would cost too many calls).
		if n <= 2*ats.DefaultLimit {
			t.Fatalf("the fixture has %d %s; it needs more than %d to show the default page size over two pages", n, all.name, 2*ats.DefaultLimit)
		}
		first, err := all.call(t.Context(), ats.Window{})
		if err != nil {
			t.Fatalf("first page, no limit given: %v", describe(err))
		}
		second, err := all.call(t.Context(), ats.Window{Cursor: first.next})
		if err != nil {
			t.Fatalf("second page, no limit given: %v", describe(err))
		}
		byPage := [2]page{}
		for i := range byPage {
			if byPage[i], err = all.call(t.Context(), ats.Window{Page: i + 1}); err != nil {
				t.Fatalf("page %d, no limit given: %v", i+1, describe(err))
			}
		}
		for _, c := range []struct {
			what string
			pg   page
			lo   int
		}{{"first page", first, 0}, {"second page", second, ats.DefaultLimit}, {"page 1", byPage[0], 0}, {"page 2", byPage[1], ats.DefaultLimit}} {
			sameIDs(t, c.what+", no limit given", c.pg.ids, want[c.lo:c.lo+ats.DefaultLimit])
			if !c.pg.hasMore {
				t.Errorf("%s, no limit given: has_more false, want true", c.what)
			}
		}
	})

	sub, ok := pick(cases, func(c listCase) (listCase, bool) { return c, c.lacks == "" && len(c.want) >= 3 && len(c.want) <= 12 })
	s.run(t, "small_pages", func(t *testing.T) {
		if !ok {
			t.Fatalf("the fixture lacks a filter that leaves 3 to 12 %s, for walks with small pages", all.name)
		}
		m := len(sub.want)
		for _, limit := range slices.Compact([]int{1, 2, m - 1, m, m + 1}) {
			sameIDs(t, fmt.Sprintf("%s, cursor walk, limit %d", sub.l.name, limit), walkCursor(t, sub.l, limit, m, d.Totals, nil), sub.want)
			sameIDs(t, fmt.Sprintf("%s, page walk, limit %d", sub.l.name, limit), walkPages(t, sub.l, limit, m, d.Totals, nil), sub.want)
		}
	})

	s.run(t, "windows", func(t *testing.T) {
		for _, w := range []struct{ page, limit int }{{1, 3}, {2, 3}, {3, 1}, {2, n / 2}, {1, n}, {2, n}, {n + 1, 1}} {
			if w.limit < 1 || w.limit > ats.MaxLimit {
				continue
			}
			pg, err := all.call(t.Context(), ats.Window{Page: w.page, Limit: w.limit})
			if err != nil {
				t.Fatalf("page %d, limit %d: %v", w.page, w.limit, describe(err))
			}
			lo, hi := min(n, (w.page-1)*w.limit), min(n, w.page*w.limit)
			sameIDs(t, fmt.Sprintf("page %d, limit %d", w.page, w.limit), pg.ids, want[lo:hi])
			if pg.hasMore != (hi < n) {
				t.Errorf("page %d, limit %d: has_more %v, want %v", w.page, w.limit, pg.hasMore, hi < n)
			}
		}
	})

	s.run(t, "cursor_ignored_in_page_mode", func(t *testing.T) {
		first, err := all.call(t.Context(), ats.Window{Limit: 1})
		if err != nil || first.next == "" {
			t.Fatalf("first page of 1: continuation %q, error %v; want a continuation", first.next, err)
		}
		for _, cursor := range []string{"not-a-cursor", first.next} {
			pg, err := all.call(t.Context(), ats.Window{Page: 2, Limit: 3, Cursor: cursor})
			if err != nil {
				t.Fatalf("page 2, limit 3, with cursor %q: %v; want the cursor ignored", cursor, describe(err))
			}
			sameIDs(t, fmt.Sprintf("page 2, limit 3, with cursor %q", cursor), pg.ids, want[min(n, 3):min(n, 6)])
		}
	})

	s.run(t, "continuation_reusable", func(t *testing.T) {
		// A client that retries a page gets the same page.
		first, err := all.call(t.Context(), ats.Window{Limit: 3})
		if err != nil || first.next == "" {
			t.Fatalf("first page of 3: continuation %q, error %v; want a continuation", first.next, err)
		}
		for i := range 2 {
			pg, err := all.call(t.Context(), ats.Window{Limit: 3, Cursor: first.next})
			if err != nil {
				t.Fatalf("second page, read %d: %v", i+1, describe(err))
			}
			sameIDs(t, fmt.Sprintf("second page of 3, read %d", i+1), pg.ids, want[min(n, 3):min(n, 6)])
		}
	})

	s.run(t, "no_matches", func(t *testing.T) {
		none, ok := pick(cases, func(c listCase) (listCase, bool) { return c, c.lacks == "" && len(c.want) == 0 })
		if !ok {
			t.Fatalf("no filter case of %s matches nothing", all.name)
		}
		for _, w := range []ats.Window{{Limit: 5}, {Limit: 5, Page: 1}} {
			pg, err := none.l.call(t.Context(), w)
			if err != nil {
				t.Fatalf("%s (%+v): %v", none.l.name, w, describe(err))
			}
			if pg.nilItems || len(pg.ids) != 0 || pg.hasMore || pg.next != "" {
				t.Errorf("%s (%+v): nil items %v, %d items, has_more %v, continuation %q; want [], false, none",
					none.l.name, w, pg.nilItems, len(pg.ids), pg.hasMore, pg.next)
			}
			checkTotal(t, none.l, pg, 0, d.Totals)
		}
	})
}
