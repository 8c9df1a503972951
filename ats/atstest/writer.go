package atstest

import (
	"fmt"
	"testing"

	"github.com/atsbridge/atsbridge/ats"
)

// writer gives the write rules what they share: the writable provider,
// fresh emails, and (candidate, open job) pairs that no rule has used yet,
// so that rules sharing one provider never trip over each other's records.
type writer struct {
	s *suite
	p ats.Provider
	d *data
}

// writes is the state of the writer that lasts for a whole Run.
type writes struct {
	emails int
	// used holds the (person, job) pairs already handed out, by email key
	// and job id: the same person may be more than one record (Workable).
	used map[[2]string]bool
	// acted holds the applications a pipeline rule has taken.
	acted map[string]bool
}

func (s *suite) writer(t *testing.T) *writer {
	t.Helper()
	if s.write == nil {
		t.Fatal("no writable provider: the fixture declares no writes")
	}
	if s.w.used == nil {
		s.w.used = map[[2]string]bool{}
		s.w.acted = map[string]bool{}
	}
	return &writer{s: s, p: s.write, d: s.d}
}

// newCandidate is the input of a candidate no one has: its email is new
// to the provider, in mixed case to show that case does not matter.
func (w *writer) newCandidate(tag string) ats.CandidateInput {
	w.s.w.emails++
	return ats.CandidateInput{
		Name:  "Ada Conformance",
		Email: fmt.Sprintf("atstest.%s.%d@Example.com", tag, w.s.w.emails),
	}
}

// openJob is the open job of the fixture with the most applications, so
// that walks of its lists take several pages.
func (w *writer) openJob(t *testing.T) string {
	t.Helper()
	for _, id := range jobsByApplicants(w.d) {
		if w.d.jobs[id].Status == ats.JobOpen {
			return id
		}
	}
	open := w.d.jobsWith(ats.JobOpen)
	if len(open) == 0 {
		t.Fatal("the fixture lacks an open job to apply to")
	}
	return open[0].ID
}

// freshPair is a candidate and an open job they have not applied to (as
// any record of theirs), which no other rule has used.
func (w *writer) freshPair(t *testing.T) (ats.Candidate, ats.Job) {
	t.Helper()
	for _, j := range w.d.jobsWith(ats.JobOpen) {
		for _, c := range w.d.Candidates {
			k := [2]string{ats.EmailKey(c.Email), j.ID}
			if w.s.w.used[k] || w.d.applied(c, j.ID) {
				continue
			}
			w.s.w.used[k] = true
			return c, j
		}
	}
	t.Fatal("the fixture has no more candidates who have not applied to an open job")
	return ats.Candidate{}, ats.Job{}
}

// all reads a list whole, in pages of MaxLimit.
func (w *writer) all(t *testing.T, l lister) []string {
	t.Helper()
	return walkCursor(t, l, ats.MaxLimit, -1, w.d.Totals, nil)
}

func (w *writer) applicationsOf(t *testing.T, candidateID string) []string {
	t.Helper()
	return w.all(t, applicationsOf(w.p, "?candidate_id="+candidateID, ats.ApplicationQuery{CandidateID: candidateID}))
}

func (w *writer) applicationsTo(t *testing.T, jobID string) []string {
	t.Helper()
	return w.all(t, applicationsOf(w.p, "?job_id="+jobID, ats.ApplicationQuery{JobID: jobID}))
}

func (w *writer) candidatesWith(t *testing.T, email string) []string {
	t.Helper()
	return w.all(t, candidatesOf(w.p, "?email="+email, ats.CandidateQuery{Email: email}))
}

// noCandidate fails when a candidate with email exists: a refused create
// must leave nothing behind.
func (w *writer) noCandidate(t *testing.T, email string) {
	t.Helper()
	if got := w.candidatesWith(t, email); len(got) > 0 {
		t.Errorf("candidates with the refused email: %v; a refused create must leave no candidate", got)
	}
}

// placed fails unless id is where the fixture's order puts a new record in
// ids: last when lists append, first when they prepend; and there once.
func (w *writer) placed(t *testing.T, what string, ids []string, id string) {
	t.Helper()
	n := 0
	for _, x := range ids {
		if x == id {
			n++
		}
	}
	switch {
	case n != 1:
		t.Errorf("%s: %s appears %d times in %s; want once", what, id, n, short(ids))
	case w.d.NewRecords == AppendsNew && ids[len(ids)-1] != id:
		t.Errorf("%s: %s is not last in %s; the fixture declares that new records are appended", what, id, short(ids))
	case w.d.NewRecords == PrependsNew && ids[0] != id:
		t.Errorf("%s: %s is not first in %s; the fixture declares that new records come first", what, id, short(ids))
	}
}
