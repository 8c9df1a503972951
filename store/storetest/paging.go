package storetest

import (
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/preview"
)

func jobsOf(t *testing.T, s preview.Store) list[ats.Job] {
	return func(w ats.Window) (ats.Page[ats.Job], error) { return s.ListJobs(ctx(t), ats.JobQuery{Window: w}) }
}

func candidatesOf(t *testing.T, s preview.Store) list[ats.Candidate] {
	return func(w ats.Window) (ats.Page[ats.Candidate], error) {
		return s.ListCandidates(ctx(t), ats.CandidateQuery{Window: w})
	}
}

func applicationsOf(t *testing.T, s preview.Store) list[ats.Application] {
	return func(w ats.Window) (ats.Page[ats.Application], error) {
		return s.ListApplications(ctx(t), ats.ApplicationQuery{Window: w})
	}
}

// walker reads one whole unfiltered list of a store, so the paging clauses
// can run over all three lists alike.
type walker struct {
	name   string
	all    []string
	cursor func(t *testing.T, s preview.Store, limit int) []string
	pages  func(t *testing.T, s preview.Store, limit int) []string
	page   func(t *testing.T, s preview.Store, w ats.Window) ([]string, bool, *int, error)
}

func walkers() []walker {
	return []walker{
		{
			name: "jobs", all: allJobs,
			cursor: func(t *testing.T, s preview.Store, limit int) []string {
				return walkCursor(t, jobsOf(t, s), limit, jobID)
			},
			pages: func(t *testing.T, s preview.Store, limit int) []string {
				return walkPages(t, jobsOf(t, s), limit, jobID)
			},
			page: func(t *testing.T, s preview.Store, w ats.Window) ([]string, bool, *int, error) {
				p, err := jobsOf(t, s)(w)
				return idsOf(p.Items, jobID), p.HasMore, p.Total, err
			},
		},
		{
			name: "candidates", all: allCandidates,
			cursor: func(t *testing.T, s preview.Store, limit int) []string {
				return walkCursor(t, candidatesOf(t, s), limit, candidateID)
			},
			pages: func(t *testing.T, s preview.Store, limit int) []string {
				return walkPages(t, candidatesOf(t, s), limit, candidateID)
			},
			page: func(t *testing.T, s preview.Store, w ats.Window) ([]string, bool, *int, error) {
				p, err := candidatesOf(t, s)(w)
				return idsOf(p.Items, candidateID), p.HasMore, p.Total, err
			},
		},
		{
			name: "applications", all: allApplications,
			cursor: func(t *testing.T, s preview.Store, limit int) []string {
				return walkCursor(t, applicationsOf(t, s), limit, applicationID)
			},
			pages: func(t *testing.T, s preview.Store, limit int) []string {
				return walkPages(t, applicationsOf(t, s), limit, applicationID)
			},
			page: func(t *testing.T, s preview.Store, w ats.Window) ([]string, bool, *int, error) {
				p, err := applicationsOf(t, s)(w)
				return idsOf(p.Items, applicationID), p.HasMore, p.Total, err
			},
		},
	}
}

// testPageMode checks numbered pages: consecutive windows of the list
// order, exact has_more (also when the rows fill the last page exactly),
// empty pages past the end, and Cursor ignored.
func testPageMode(t *testing.T, s preview.Store) {
	for _, w := range walkers() {
		t.Run(w.name, func(t *testing.T) {
			for _, limit := range []int{1, 3, 5, 7, len(w.all), 100} {
				t.Run(fmt.Sprintf("walk_limit_%d", limit), func(t *testing.T) {
					sameIDs(t, "page walk", w.pages(t, s, limit), w.all)
				})
			}
			t.Run("windows", func(t *testing.T) {
				cases := []struct {
					page, limit int
					want        []string
					more        bool
				}{
					{1, 4, w.all[:4], true},
					{2, 4, w.all[4:8], true},
					{3, 4, w.all[8:min(12, len(w.all))], len(w.all) > 12},
					{2, len(w.all) / 2, w.all[len(w.all)/2 : len(w.all)/2*2], len(w.all)%2 == 1},
					{2, len(w.all), []string{}, false},
					{50, 4, []string{}, false},
				}
				for _, tc := range cases {
					ids, more, total, err := w.page(t, s, ats.Window{Page: tc.page, Limit: tc.limit})
					if err != nil {
						t.Fatalf("page %d limit %d: %v", tc.page, tc.limit, err)
					}
					sameIDs(t, fmt.Sprintf("page %d limit %d", tc.page, tc.limit), ids, tc.want)
					if more != tc.more {
						t.Errorf("page %d limit %d has_more: got %v, want %v", tc.page, tc.limit, more, tc.more)
					}
					if total != nil && *total != len(w.all) {
						t.Errorf("page %d limit %d total: got %d, want %d", tc.page, tc.limit, *total, len(w.all))
					}
				}
			})
			t.Run("cursor_ignored", func(t *testing.T) {
				ids, _, _, err := w.page(t, s, ats.Window{Page: 2, Limit: 4, Cursor: "garbage"})
				if err != nil {
					t.Fatalf("page 2 with a garbage cursor: got %v, want the cursor ignored", err)
				}
				sameIDs(t, "page 2 limit 4 with a garbage cursor", ids, w.all[4:8])
			})
		})
	}
}

// testCursorMode checks continuation walks and invalid continuations.
func testCursorMode(t *testing.T, s preview.Store) {
	for _, w := range walkers() {
		t.Run(w.name, func(t *testing.T) {
			for _, limit := range []int{1, 7, len(w.all), 100} {
				t.Run(fmt.Sprintf("walk_limit_%d", limit), func(t *testing.T) {
					sameIDs(t, "cursor walk", w.cursor(t, s, limit), w.all)
				})
			}
			t.Run("continuation_reusable", func(t *testing.T) {
				// A client that retries a page gets the same page.
				first, err := pageNext(t, s, w.name)
				if err != nil {
					t.Fatal(err)
				}
				a, _, _, err := w.page(t, s, ats.Window{Limit: 3, Cursor: first})
				if err != nil {
					t.Fatalf("second page: %v", err)
				}
				b, _, _, err := w.page(t, s, ats.Window{Limit: 3, Cursor: first})
				if err != nil {
					t.Fatalf("second page again: %v", err)
				}
				sameIDs(t, "second page read twice", b, a)
				sameIDs(t, "second page", a, w.all[3:6])
			})
			for _, bad := range []string{"garbage", "!!!", "not a cursor at all", strings.Repeat("x", 300), "\x00\xff\xfe", "|||", "...."} {
				t.Run(fmt.Sprintf("invalid_%q", bad), func(t *testing.T) {
					_, _, _, err := w.page(t, s, ats.Window{Limit: 5, Cursor: bad})
					wantCode(t, err, ats.CodeCursorInvalid)
				})
			}
		})
	}
}

// pageNext returns the continuation after the first page of 3 of a list.
func pageNext(t *testing.T, s preview.Store, name string) (string, error) {
	w := ats.Window{Limit: 3}
	var next string
	var err error
	switch name {
	case "jobs":
		var p ats.Page[ats.Job]
		p, err = jobsOf(t, s)(w)
		next = p.Next
	case "candidates":
		var p ats.Page[ats.Candidate]
		p, err = candidatesOf(t, s)(w)
		next = p.Next
	default:
		var p ats.Page[ats.Application]
		p, err = applicationsOf(t, s)(w)
		next = p.Next
	}
	if err == nil && next == "" {
		err = fmt.Errorf("first page of 3 %s: got no continuation, want one", name)
	}
	return next, err
}

// testCursorWhileWriting walks candidates and applications while another
// goroutine keeps creating candidates with applications, some dated after
// every seeded row and some before. Every row that existed before the walk
// must be visited exactly once, in order, and no row twice.
func testCursorWhileWriting(t *testing.T, open opener) {
	const creations = 30
	for _, w := range walkers()[1:] {
		for _, limit := range []int{1, 7, 100} {
			t.Run(fmt.Sprintf("%s/limit_%d", w.name, limit), func(t *testing.T) {
				s := seeded(t, open)
				started := make(chan struct{})
				var wg sync.WaitGroup
				var writeErr error
				wg.Go(func() {
					defer func() {
						select {
						case <-started:
						default:
							close(started)
						}
					}()
					for i := range creations {
						when := at(5000 + i)
						if i%2 == 1 {
							when = at(-10 - i) // before every seeded row
						}
						if _, _, err := createCandidate(ctx(t), s, fmt.Sprintf("walker%d@example.com", i), "job_001", when); err != nil {
							writeErr = fmt.Errorf("CreateCandidate #%d: %w", i, err)
							return
						}
						if i == 0 {
							close(started)
						}
					}
				})
				<-started
				got := w.cursor(t, s, limit)
				wg.Wait()
				if writeErr != nil {
					t.Fatalf("writer: %v", writeErr)
				}
				if d := duplicates(got); len(d) > 0 {
					t.Errorf("walk repeated %v", d)
				}
				seededSet := map[string]bool{}
				for _, id := range w.all {
					seededSet[id] = true
				}
				var pre []string
				for _, id := range got {
					if seededSet[id] {
						pre = append(pre, id)
					}
				}
				sameIDs(t, "rows that existed before the walk, as walked", pre, w.all)
			})
		}
	}
}
