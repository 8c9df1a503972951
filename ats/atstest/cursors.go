package atstest

import (
	"fmt"
	"strings"
	"testing"

	"github.com/atsbridge/atsbridge/ats"
)

// foreignCursors are continuations no provider of atsbridge issues: noise,
// and the shapes other systems use (a Greenhouse Link URL, a Lever offset,
// base64 JSON, a JWT).
var foreignCursors = []string{
	"garbage", "!!!", "....", "|||", "\x00\xff\xfe", strings.Repeat("x", 300),
	"https://harvest.greenhouse.io/v1/candidates?page=2&per_page=100",
	"0.1614710452000.4f1c2d",
	"eyJ2IjoxfQ",
	"eyJhbGciOiJIUzI1NiJ9.eyJzIjoiMSJ9.c2lnbmF0dXJl",
}

// testCursors checks that a continuation the provider did not issue,
// foreign or altered, is CURSOR_INVALID: never a page from somewhere else,
// and never an untyped error.
func testCursors(t *testing.T, s *suite) {
	p := s.read
	for _, l := range []lister{jobsOf(p, "", ats.JobQuery{}), candidatesOf(p, "", ats.CandidateQuery{}), applicationsOf(p, "", ats.ApplicationQuery{})} {
		s.run(t, l.name, func(t *testing.T) {
			first, err := l.call(t.Context(), ats.Window{Limit: 2})
			if err != nil || first.next == "" {
				t.Fatalf("first page of 2: continuation %q, error %v; want a continuation", first.next, err)
			}
			type badCursor struct{ name, cursor string }
			bad := []badCursor{
				{"altered_prefixed", "x" + first.next},
				{"altered_truncated", first.next[:len(first.next)/2]},
			}
			for i, c := range foreignCursors {
				bad = append(bad, badCursor{fmt.Sprintf("foreign_%d", i), c})
			}
			for _, b := range bad {
				cursor := b.cursor
				s.run(t, b.name, func(t *testing.T) {
					pg, err := l.call(t.Context(), ats.Window{Limit: 2, Cursor: cursor})
					if err == nil {
						t.Fatalf("cursor %q: a page of %v; want CURSOR_INVALID", cursor, pg.ids)
					}
					wantCode(t, fmt.Sprintf("cursor %q", cursor), err, ats.CodeCursorInvalid)
				})
			}
		})
	}
}
