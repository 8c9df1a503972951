package atstest

import (
	"slices"
	"testing"

	"github.com/atsbridge/atsbridge/ats"
)

// testCreates checks successful creates: what a create returns is what
// reads return afterwards, by id, in lists (where the order puts new
// records) and in the candidate's application ids.
func testCreates(t *testing.T, s *suite) {
	s.run(t, "candidate", func(t *testing.T) {
		w := s.writer(t)
		in := w.newCandidate("create")
		phone, headline, source := "+44 20 7946 0000", "Analyst of engines", "referral"
		in.Phone, in.Headline, in.Source, in.Tags = &phone, &headline, &source, []string{"math", "pioneer"}
		c, err := w.p.CreateCandidate(t.Context(), in)
		if err != nil {
			t.Fatalf("create candidate: %v", describe(err))
		}
		if c.ID == "" || ats.EmailKey(c.Email) != ats.EmailKey(in.Email) || c.ApplicationIDs == nil || len(c.ApplicationIDs) != 0 || len(c.Raw) != 0 {
			t.Errorf("created %+v; want an id, the email given, application_ids [] and no raw", c)
		}
		readsBack(t, w, c)
		w.placed(t, "all candidates", w.all(t, candidatesOf(w.p, "", ats.CandidateQuery{})), c.ID)
	})

	s.run(t, "candidate_with_application", func(t *testing.T) {
		w := s.writer(t)
		in := w.newCandidate("create-apply")
		in.JobID = w.openJob(t)
		c, err := w.p.CreateCandidate(t.Context(), in)
		if err != nil {
			t.Fatalf("create candidate with job %s: %v", in.JobID, describe(err))
		}
		if len(c.ApplicationIDs) != 1 {
			t.Fatalf("created candidate's application_ids %v; want the one application made with it", c.ApplicationIDs)
		}
		a, err := w.p.Application(t.Context(), c.ApplicationIDs[0], ats.ReadOptions{})
		if err != nil {
			t.Fatalf("read the new application %s: %v", c.ApplicationIDs[0], describe(err))
		}
		if a.CandidateID != c.ID || a.JobID != in.JobID || a.Status != ats.ApplicationActive {
			t.Errorf("new application: candidate %s, job %s, status %s; want %s, %s, active", a.CandidateID, a.JobID, a.Status, c.ID, in.JobID)
		}
		readsBack(t, w, c)
		sameIDs(t, "applications of the new candidate", w.applicationsOf(t, c.ID), []string{a.ID})
		w.placed(t, "applications to "+in.JobID, w.applicationsTo(t, in.JobID), a.ID)
		w.placed(t, "candidates of "+in.JobID, w.all(t, candidatesOf(w.p, "?job_id="+in.JobID, ats.CandidateQuery{JobID: in.JobID})), c.ID)
	})

	s.run(t, "application", func(t *testing.T) {
		w := s.writer(t)
		c, j := w.freshPair(t)
		a, err := w.p.CreateApplication(t.Context(), ats.ApplicationInput{CandidateID: c.ID, JobID: j.ID})
		if err != nil {
			t.Fatalf("apply %s to %s: %v", c.ID, j.ID, describe(err))
		}
		if a.ID == "" || a.JobID != j.ID || a.Status != ats.ApplicationActive || len(a.Raw) != 0 {
			t.Errorf("created %+v; want an id, job %s, status active and no raw", a, j.ID)
		}
		got, err := w.p.Application(t.Context(), a.ID, ats.ReadOptions{})
		if err != nil {
			t.Fatalf("read the new application %s: %v", a.ID, describe(err))
		}
		sameJSON(t, "the new application read by id", got, a)
		// The application's candidate is the same person: the candidate
		// applied for, or (where the ATS keeps one record per person and
		// job) a new record of theirs.
		owner, err := w.p.Candidate(t.Context(), a.CandidateID, ats.ReadOptions{})
		if err != nil {
			t.Fatalf("read the application's candidate %s: %v", a.CandidateID, describe(err))
		}
		if ats.EmailKey(owner.Email) != ats.EmailKey(c.Email) {
			t.Errorf("the application's candidate %s is another person than %s", a.CandidateID, c.ID)
		}
		if !slices.Contains(owner.ApplicationIDs, a.ID) {
			t.Errorf("candidate %s's application_ids %v lack the new application %s", owner.ID, owner.ApplicationIDs, a.ID)
		}
		w.placed(t, "applications to "+j.ID, w.applicationsTo(t, j.ID), a.ID)
		if !slices.Contains(w.applicationsOf(t, a.CandidateID), a.ID) {
			t.Errorf("the applications of %s lack the new application %s", a.CandidateID, a.ID)
		}
	})
}

// readsBack checks that a created candidate reads back as it was returned,
// by id in full, and in the list by email (its fields that lists carry).
func readsBack(t *testing.T, w *writer, c ats.Candidate) {
	t.Helper()
	got, err := w.p.Candidate(t.Context(), c.ID, ats.ReadOptions{})
	if err != nil {
		t.Fatalf("read the new candidate %s: %v", c.ID, describe(err))
	}
	sameJSON(t, "the new candidate read by id", got, c)
	pg, err := w.p.ListCandidates(t.Context(), ats.CandidateQuery{Window: ats.Window{Limit: 10}, Email: c.Email})
	if err != nil {
		t.Fatalf("list candidates by the new email: %v", describe(err))
	}
	if len(pg.Items) != 1 {
		t.Fatalf("candidates with the new email: %d, want 1", len(pg.Items))
	}
	sameJSON(t, "the new candidate as listed", keyOfCandidate(pg.Items[0]), keyOfCandidate(c))
}
