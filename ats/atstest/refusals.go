package atstest

import (
	"strings"
	"testing"

	"github.com/atsbridge/atsbridge/ats"
)

// testRefusals checks the create rules: each refusal has its code (and the
// existing record's id for a duplicate, the resource for an unknown id),
// carries no personal data, and leaves nothing half-written.
func testRefusals(t *testing.T, s *suite) {
	d := s.d

	// Duplicates: where the fixture declares emails unique, a taken email
	// in another case is refused and names the candidate who has it.
	switch d.Writes.Emails {
	case EmailsUnique:
		s.run(t, "candidate_email_taken", func(t *testing.T) {
			w := s.writer(t)
			c := d.Candidates[0]
			refuseDuplicateCandidate(t, w, ats.CandidateInput{Name: "Ada Conformance", Email: swapCase(c.Email)}, c.ID)
		})
	case EmailsUniquePerJob:
		s.run(t, "candidate_email_taken_without_job", func(t *testing.T) {
			w := s.writer(t)
			c, ok := pick(d.Candidates, func(c ats.Candidate) (ats.Candidate, bool) { return c, len(d.appsOf[c.ID]) == 0 })
			if !ok {
				t.Fatal("the fixture lacks a candidate without an application, whose email is taken among the candidates without a job")
			}
			refuseDuplicateCandidate(t, w, ats.CandidateInput{Name: "Ada Conformance", Email: swapCase(c.Email)}, c.ID)
		})
	}
	if d.Writes.Emails != EmailsRepeat {
		s.run(t, "candidate_email_taken_in_job", func(t *testing.T) {
			w := s.writer(t)
			a, ok := pick(d.Applications, func(a ats.Application) (ats.Application, bool) { return a, d.jobs[a.JobID].Status == ats.JobOpen })
			if !ok {
				t.Fatal("the fixture lacks an application to an open job")
			}
			c := d.cands[a.CandidateID]
			refuseDuplicateCandidate(t, w, ats.CandidateInput{Name: "Ada Conformance", Email: strings.ToUpper(c.Email), JobID: a.JobID}, c.ID)
		})
	}

	s.run(t, "application_exists", func(t *testing.T) {
		w := s.writer(t)
		a, ok := pick(d.Applications, func(a ats.Application) (ats.Application, bool) { return a, d.jobs[a.JobID].Status == ats.JobOpen })
		if !ok {
			t.Fatal("the fixture lacks an application to an open job")
		}
		before := w.applicationsOf(t, a.CandidateID)
		_, err := w.p.CreateApplication(t.Context(), ats.ApplicationInput{CandidateID: a.CandidateID, JobID: a.JobID})
		wantExisting(t, "apply again", err, ats.CodeApplicationExists, a.ID)
		noPersonalData(t, "apply again", err, d.cands[a.CandidateID].Email)
		sameIDs(t, "applications of "+a.CandidateID+" after the refusal", w.applicationsOf(t, a.CandidateID), before)
	})

	closed := 0
	for _, st := range []ats.JobStatus{ats.JobClosed, ats.JobDraft, ats.JobArchived} {
		jobs := d.jobsWith(st)
		if len(jobs) == 0 {
			continue
		}
		closed++
		j := jobs[0]
		s.run(t, "candidate_with_"+string(st)+"_job", func(t *testing.T) {
			w := s.writer(t)
			in := w.newCandidate("refused-" + string(st))
			in.JobID = j.ID
			_, err := w.p.CreateCandidate(t.Context(), in)
			wantCode(t, "create candidate with job "+j.ID, err, ats.CodeJobNotOpen)
			noPersonalData(t, "create candidate", err, in.Email, in.Name)
			w.noCandidate(t, in.Email)
			// Nothing holds the email: the same person can be created now.
			in.JobID = w.openJob(t)
			if _, err := w.p.CreateCandidate(t.Context(), in); err != nil {
				t.Errorf("create the same candidate with an open job after the refusal: %v; want it created", describe(err))
			}
		})
		s.run(t, "application_to_"+string(st)+"_job", func(t *testing.T) {
			w := s.writer(t)
			c, ok := pick(d.Candidates, func(c ats.Candidate) (ats.Candidate, bool) { return c, !d.applied(c, j.ID) })
			if !ok {
				t.Fatalf("the fixture lacks a candidate who has not applied to %s", j.ID)
			}
			before := w.applicationsTo(t, j.ID)
			_, err := w.p.CreateApplication(t.Context(), ats.ApplicationInput{CandidateID: c.ID, JobID: j.ID})
			wantCode(t, "apply "+c.ID+" to "+j.ID, err, ats.CodeJobNotOpen)
			noPersonalData(t, "apply", err, c.Email)
			sameIDs(t, "applications to "+j.ID+" after the refusal", w.applicationsTo(t, j.ID), before)
		})
	}
	if closed == 0 {
		s.run(t, "job_not_open", func(t *testing.T) {
			t.Fatal("the fixture lacks a job that is closed, draft or archived")
		})
	}

	s.run(t, "candidate_with_unknown_job", func(t *testing.T) {
		w := s.writer(t)
		in := w.newCandidate("unknown-job")
		in.JobID = d.unknownIDs(ids(d.Jobs, func(j ats.Job) string { return j.ID }))[0]
		_, err := w.p.CreateCandidate(t.Context(), in)
		wantNotFound(t, "create candidate with job "+in.JobID, err, "job")
		noPersonalData(t, "create candidate", err, in.Email, in.Name)
		w.noCandidate(t, in.Email)
	})
	s.run(t, "application_unknown_candidate", func(t *testing.T) {
		w := s.writer(t)
		id := d.unknownIDs(ids(d.Candidates, func(c ats.Candidate) string { return c.ID }))[0]
		_, err := w.p.CreateApplication(t.Context(), ats.ApplicationInput{CandidateID: id, JobID: w.openJob(t)})
		wantNotFound(t, "apply "+id, err, "candidate")
	})
	s.run(t, "application_unknown_job", func(t *testing.T) {
		w := s.writer(t)
		c := d.Candidates[0]
		job := d.unknownIDs(ids(d.Jobs, func(j ats.Job) string { return j.ID }))[0]
		before := w.applicationsOf(t, c.ID)
		_, err := w.p.CreateApplication(t.Context(), ats.ApplicationInput{CandidateID: c.ID, JobID: job})
		wantNotFound(t, "apply to "+job, err, "job")
		sameIDs(t, "applications of "+c.ID+" after the refusal", w.applicationsOf(t, c.ID), before)
	})
}

// refuseDuplicateCandidate checks that creating in is CANDIDATE_EXISTS
// naming existing, and changes nothing: the email still has exactly the
// candidates it had, and the job, if any, the applications it had.
func refuseDuplicateCandidate(t *testing.T, w *writer, in ats.CandidateInput, existing string) {
	t.Helper()
	before := w.candidatesWith(t, in.Email)
	var apps []string
	if in.JobID != "" {
		apps = w.applicationsTo(t, in.JobID)
	}
	_, err := w.p.CreateCandidate(t.Context(), in)
	wantExisting(t, "create candidate with a taken email", err, ats.CodeCandidateExists, existing)
	noPersonalData(t, "create candidate with a taken email", err, in.Email)
	sameIDs(t, "candidates with the email after the refusal", w.candidatesWith(t, in.Email), before)
	if in.JobID != "" {
		sameIDs(t, "applications to "+in.JobID+" after the refusal", w.applicationsTo(t, in.JobID), apps)
	}
}
