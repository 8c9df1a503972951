package atstest

import (
	"testing"

	"github.com/atsbridge/atsbridge/ats"
)

// testWalkWhileWriting walks lists while a record is created after the
// first page, and checks the walk against the fixture's NewRecords: every
// record that existed is seen once, in order; a new record is seen once at
// the end where lists append, and not at all by a cursor walk where they
// prepend (page walks of a newest-first list shift, so they are not held
// to it).
func testWalkWhileWriting(t *testing.T, s *suite) {
	type walk struct {
		name  string
		pages bool
		// limit is the page size; 0 is a third of the list, at most
		// MaxLimit, so a whole list is walked in a few pages.
		limit int
		// list is the list walked; create makes a record that belongs to
		// it and returns its id.
		list   func(w *writer, job string) lister
		create func(t *testing.T, w *writer, job string) string
	}
	newApplication := func(t *testing.T, w *writer, job string) string {
		in := w.newCandidate("walk")
		in.JobID = job
		c, err := w.p.CreateCandidate(t.Context(), in)
		if err != nil || len(c.ApplicationIDs) != 1 {
			t.Fatalf("create a candidate applying to %s during the walk: %v (application ids %v)", job, describe(err), c.ApplicationIDs)
		}
		return c.ApplicationIDs[0]
	}
	newCandidate := func(t *testing.T, w *writer, job string) string {
		in := w.newCandidate("walk")
		in.JobID = job
		c, err := w.p.CreateCandidate(t.Context(), in)
		if err != nil {
			t.Fatalf("create a candidate during the walk: %v", describe(err))
		}
		return c.ID
	}
	applicationsToJob := func(w *writer, job string) lister {
		return applicationsOf(w.p, "?job_id="+job, ats.ApplicationQuery{JobID: job})
	}
	candidatesOfJob := func(w *writer, job string) lister {
		return candidatesOf(w.p, "?job_id="+job, ats.CandidateQuery{JobID: job})
	}
	allCandidates := func(w *writer, _ string) lister { return candidatesOf(w.p, "", ats.CandidateQuery{}) }
	allApplications := func(w *writer, _ string) lister { return applicationsOf(w.p, "", ats.ApplicationQuery{}) }

	var walks []walk
	for _, pages := range []bool{false, true} {
		if pages && s.d.NewRecords == PrependsNew {
			continue
		}
		walks = append(walks,
			walk{"applications_of_a_job", pages, 2, applicationsToJob, newApplication},
			walk{"candidates_of_a_job", pages, 2, candidatesOfJob, newCandidate},
			walk{"all_applications", pages, 0, allApplications, newApplication},
			walk{"all_candidates", pages, 0, allCandidates, newCandidate},
		)
	}
	for _, wk := range walks {
		mode := "cursor"
		if wk.pages {
			mode = "pages"
		}
		s.run(t, wk.name+"/"+mode, func(t *testing.T) {
			w := s.writer(t)
			job := w.openJob(t)
			l := wk.list(w, job)
			before := w.all(t, l)
			limit := wk.limit
			if limit == 0 {
				limit = min(ats.MaxLimit, max(2, len(before)/3))
			}
			if len(before) <= limit {
				t.Fatalf("%s has %d records; a walk while writing needs more than one page of %d", l.name, len(before), limit)
			}
			var created string
			during := func() { created = wk.create(t, w, job) }
			var got []string
			if wk.pages {
				got = walkPages(t, l, limit, -1, s.d.Totals, during)
			} else {
				got = walkCursor(t, l, limit, -1, s.d.Totals, during)
			}
			want := append(before, created)
			if s.d.NewRecords == PrependsNew {
				want = before
			}
			sameIDs(t, l.name+", walked while "+created+" was created", got, want)
		})
	}
}
