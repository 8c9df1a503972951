package storetest

import (
	"slices"
	"strings"
	"testing"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/preview"
)

// testCreate checks successful writes: the store numbers new records after
// the seed's sequences, what was written reads back whole, joins the lists
// at its place in the order, and shows up in its candidate's application
// ids.
func testCreate(t *testing.T, open opener, g Guarantee) {
	t.Run("candidate", func(t *testing.T) {
		s := seeded(t, open)
		c := newCandidate("New.Person@Example.com", ns(at(1000)))
		c.Phone, c.Headline, c.Source = str("+1 555 0100"), str("Go developer"), str("job_board")
		c.Tags, c.ResumeURL = []string{"go", "remote"}, str("https://files.example.com/new.pdf")
		c.UpdatedAt = at(1001)
		sent := c
		if err := s.CreateCandidate(ctx(t), &c, nil, nil); err != nil {
			t.Fatalf("CreateCandidate: %v", err)
		}
		if want := preview.SeqCandidate.ID(maxSeededCandidate + 1); c.ID != want {
			t.Errorf("new candidate's id: got %q, want %q (the seed's Next)", c.ID, want)
		}
		sent.ID = c.ID
		sameJSON(t, "candidate after CreateCandidate", c, sent)
		got, err := s.Candidate(ctx(t), c.ID)
		if err != nil {
			t.Fatalf("Candidate(%s): %v", c.ID, err)
		}
		sameJSON(t, "created candidate", got, wantCandidate(c, nil))
		sameIDs(t, "candidates", walkCursor(t, candidatesOf(t, s), 5, candidateID), append(slices.Clone(allCandidates), c.ID))
		p, err := s.ListCandidates(ctx(t), ats.CandidateQuery{Window: ats.Window{Limit: 10}, Email: "new.person@example.com"})
		if err != nil {
			t.Fatalf("ListCandidates by email: %v", err)
		}
		sameIDs(t, "candidates by email", idsOf(p.Items, candidateID), []string{c.ID})
	})

	t.Run("candidate_nil_tags_read_as_empty", func(t *testing.T) {
		s := seeded(t, open)
		c := newCandidate("notags@example.com", at(1000))
		c.Tags = nil
		if err := s.CreateCandidate(ctx(t), &c, nil, nil); err != nil {
			t.Fatalf("CreateCandidate: %v", err)
		}
		got, err := s.Candidate(ctx(t), c.ID)
		if err != nil {
			t.Fatalf("Candidate(%s): %v", c.ID, err)
		}
		sameJSON(t, "created candidate", got, wantCandidate(c, nil))
	})

	t.Run("candidate_with_application", func(t *testing.T) {
		s := seeded(t, open)
		c := newCandidate("applicant@example.com", at(1000))
		a := newApplication("", "job_001", at(1000))
		if err := s.CreateCandidate(ctx(t), &c, &a, nil); err != nil {
			t.Fatalf("CreateCandidate with application: %v", err)
		}
		if want := preview.SeqApplication.ID(maxSeededApplication + 1); a.ID != want || a.CandidateID != c.ID {
			t.Errorf("new application: got id %q of candidate %q, want %q of %q", a.ID, a.CandidateID, want, c.ID)
		}
		got, err := s.Candidate(ctx(t), c.ID)
		if err != nil {
			t.Fatalf("Candidate(%s): %v", c.ID, err)
		}
		sameJSON(t, "created candidate", got, wantCandidate(c, []string{a.ID}))
		gotApp, err := s.Application(ctx(t), a.ID)
		if err != nil {
			t.Fatalf("Application(%s): %v", a.ID, err)
		}
		sameJSON(t, "created application", gotApp, a)
		p, err := s.ListApplications(ctx(t), ats.ApplicationQuery{Window: ats.Window{Limit: 100}, JobID: "job_001"})
		if err != nil {
			t.Fatalf("ListApplications by job: %v", err)
		}
		sameIDs(t, "applications to job_001", idsOf(p.Items, applicationID), []string{"app_0001", "app_0004", "app_0006", "app_0010", "app_0009", "app_0015", a.ID})
		pc, err := s.ListCandidates(ctx(t), ats.CandidateQuery{Window: ats.Window{Limit: 100}, JobID: "job_001"})
		if err != nil {
			t.Fatalf("ListCandidates by job: %v", err)
		}
		sameIDs(t, "candidates of job_001", idsOf(pc.Items, candidateID), []string{"cand_001", "cand_002", "cand_003", "cand_005", "cand_006", "cand_040", c.ID})
	})

	t.Run("application", func(t *testing.T) {
		s := seeded(t, open)
		a := newApplication("cand_011", "job_004", ns(at(1000)))
		a.Stage = ats.Stage{ID: "st_9", Name: "Phone Screen", Kind: ats.StageScreening}
		a.Status, a.Source, a.UpdatedAt = ats.ApplicationRejected, nil, at(1002)
		a.RejectedAt = tm(at(1002))
		sent := a
		if err := s.CreateApplication(ctx(t), &a); err != nil {
			t.Fatalf("CreateApplication: %v", err)
		}
		if want := preview.SeqApplication.ID(maxSeededApplication + 1); a.ID != want {
			t.Errorf("new application's id: got %q, want %q (the seed's Next)", a.ID, want)
		}
		sent.ID = a.ID
		sameJSON(t, "application after CreateApplication", a, sent)
		got, err := s.Application(ctx(t), a.ID)
		if err != nil {
			t.Fatalf("Application(%s): %v", a.ID, err)
		}
		sameJSON(t, "created application", got, a)
		c, err := s.Candidate(ctx(t), "cand_011")
		if err != nil {
			t.Fatalf("Candidate(cand_011): %v", err)
		}
		sameIDs(t, "cand_011 application ids", c.ApplicationIDs, []string{a.ID})
		sameIDs(t, "applications", walkCursor(t, applicationsOf(t, s), 7, applicationID), append(slices.Clone(allApplications), a.ID))
	})

	t.Run("dated_before_the_latest_record", func(t *testing.T) {
		// An application dated before cand_001's others (and before the
		// latest application of all): a CommitOrder store dates it as the
		// latest, so it still lands after every stored application; a
		// StartOfWalk store keeps its date, and it sorts first.
		s := seeded(t, open)
		a := newApplication("cand_001", "job_007", at(25))
		if err := s.CreateApplication(ctx(t), &a); err != nil {
			t.Fatalf("CreateApplication: %v", err)
		}
		latest := at(43) // app_0057's
		wantAt, wantIDs := latest, []string{"app_0001", "app_0002", "app_0003", "app_0057", a.ID}
		if g == StartOfWalk {
			wantAt, wantIDs = at(25), []string{a.ID, "app_0001", "app_0002", "app_0003", "app_0057"}
		}
		if !a.AppliedAt.Equal(wantAt) || !a.UpdatedAt.Equal(wantAt) {
			t.Errorf("application dated %v: got applied %v, updated %v; want both %v (%s)", at(25), a.AppliedAt, a.UpdatedAt, wantAt, g)
		}
		got, err := s.Application(ctx(t), a.ID)
		if err != nil {
			t.Fatalf("Application(%s): %v", a.ID, err)
		}
		sameJSON(t, "stored application", got, a)
		c, err := s.Candidate(ctx(t), "cand_001")
		if err != nil {
			t.Fatalf("Candidate(cand_001): %v", err)
		}
		sameIDs(t, "cand_001 application ids", c.ApplicationIDs, wantIDs)

		cand := newCandidate("early@example.com", at(1))
		if err := s.CreateCandidate(ctx(t), &cand, nil, nil); err != nil {
			t.Fatalf("CreateCandidate: %v", err)
		}
		wantCands := append(slices.Clone(allCandidates), cand.ID)
		if g == StartOfWalk {
			wantCands = append([]string{cand.ID}, allCandidates...)
		}
		sameIDs(t, "candidates after one dated before them all", walkCursor(t, candidatesOf(t, s), 5, candidateID), wantCands)
	})
}

// testConflicts checks the rules a store enforces, and that a refused write
// changes nothing.
func testConflicts(t *testing.T, open opener) {
	s := seeded(t, open)
	candidate := func(email, jobID string) func(t *testing.T) error {
		return func(t *testing.T) error {
			_, _, err := createCandidate(ctx(t), s, email, jobID, at(1000))
			return err
		}
	}
	application := func(candID, jobID string) func(t *testing.T) error {
		return func(t *testing.T) error {
			_, err := createApplication(ctx(t), s, candID, jobID, at(1000))
			return err
		}
	}
	cases := []struct {
		name     string
		write    func(t *testing.T) error
		code     ats.Code
		existing string // Details[0].ExistingID, for conflicts
		resource string // named in NOT_FOUND messages
	}{
		{"candidate_same_email_other_case", candidate("ADA@Example.com", ""), ats.CodeCandidateExists, "cand_001", ""},
		{"candidate_same_email_stored_mixed_case", candidate("grace.hopper@example.com", ""), ats.CodeCandidateExists, "cand_002", ""},
		{"candidate_same_email_with_application", candidate("Alan@Example.com", "job_001"), ats.CodeCandidateExists, "cand_003", ""},
		{"candidate_with_application_to_unknown_job", candidate("fresh1@example.com", "job_999"), ats.CodeNotFound, "", "job"},
		{"candidate_with_application_to_closed_job", candidate("fresh2@example.com", "job_003"), ats.CodeJobNotOpen, "", ""},
		{"candidate_with_application_to_draft_job", candidate("fresh3@example.com", "job_005"), ats.CodeJobNotOpen, "", ""},
		{"candidate_with_application_to_archived_job", candidate("fresh4@example.com", "job_006"), ats.CodeJobNotOpen, "", ""},
		{"application_duplicate_pair", application("cand_001", "job_001"), ats.CodeApplicationExists, "app_0001", ""},
		{"application_duplicate_pair_other", application("cand_002", "job_004"), ats.CodeApplicationExists, "app_0005", ""},
		{"application_to_closed_job", application("cand_002", "job_003"), ats.CodeJobNotOpen, "", ""},
		// Where the candidate already is answers more than the job's state.
		{"application_duplicate_pair_on_a_closed_job", application("cand_001", "job_003"), ats.CodeApplicationExists, "app_0003", ""},
		{"application_to_draft_job", application("cand_002", "job_063"), ats.CodeJobNotOpen, "", ""},
		{"application_to_archived_job", application("cand_002", "job_009"), ats.CodeJobNotOpen, "", ""},
		{"application_unknown_candidate", application("cand_999", "job_001"), ats.CodeNotFound, "", "candidate"},
		{"application_unknown_job", application("cand_002", "job_999"), ats.CodeNotFound, "", "job"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.write(t)
			switch {
			case tc.existing != "":
				wantExisting(t, err, tc.code, tc.existing)
			case tc.resource != "":
				wantNotFound(t, err, tc.resource)
			default:
				wantCode(t, err, tc.code)
			}
			// Personal data stays out of errors, which end up in logs.
			for _, pii := range []string{"ada@", "grace.hopper@", "alan@", "fresh"} {
				if strings.Contains(strings.ToLower(err.Error()), pii) {
					t.Errorf("error %q carries the candidate's email; want it left out", err)
				}
			}
		})
	}
	t.Run("refused_writes_leave_counts", func(t *testing.T) {
		counts(t, s, len(allJobs), len(allCandidates), len(allApplications))
		for _, id := range []string{"cand_001", "cand_002", "cand_003", "cand_011"} {
			c, err := s.Candidate(ctx(t), id)
			if err != nil {
				t.Fatalf("Candidate(%s): %v", id, err)
			}
			sameIDs(t, id+" application ids", c.ApplicationIDs, applicationIDs[id])
		}
	})
}

// testAtomicity checks that CreateCandidate with an application that the
// rules refuse stores neither, so the caller can fix the job and retry.
func testAtomicity(t *testing.T, open opener) {
	for _, tc := range []struct {
		name  string
		jobID string
		code  ats.Code
	}{
		{"closed_job", "job_003", ats.CodeJobNotOpen},
		{"draft_job", "job_005", ats.CodeJobNotOpen},
		{"unknown_job", "job_999", ats.CodeNotFound},
	} {
		t.Run("candidate_with_application_to_"+tc.name+"_leaves_nothing", func(t *testing.T) {
			s := seeded(t, open)
			const email = "atomic@example.com"
			c, a := newCandidate(email, at(1000)), newApplication("", tc.jobID, at(1000))
			sentC, sentA := c, a
			wantCode(t, s.CreateCandidate(ctx(t), &c, &a, nil), tc.code)
			sameJSON(t, "candidate after a refused CreateCandidate", c, sentC)
			sameJSON(t, "application after a refused CreateCandidate", a, sentA)

			// Nothing under the numbers the write would have taken.
			candID := preview.SeqCandidate.ID(maxSeededCandidate + 1)
			_, err := s.Candidate(ctx(t), candID)
			wantNotFound(t, err, "candidate")
			_, err = s.Application(ctx(t), preview.SeqApplication.ID(maxSeededApplication+1))
			wantNotFound(t, err, "application")
			p, err := s.ListCandidates(ctx(t), ats.CandidateQuery{Window: ats.Window{Limit: 10}, Email: email})
			if err != nil {
				t.Fatalf("ListCandidates by email: %v", err)
			}
			sameIDs(t, "candidates with the refused email", idsOf(p.Items, candidateID), []string{})
			pa, err := s.ListApplications(ctx(t), ats.ApplicationQuery{Window: ats.Window{Limit: 10}, CandidateID: candID})
			if err != nil {
				t.Fatalf("ListApplications by candidate: %v", err)
			}
			sameIDs(t, "applications of the refused candidate", idsOf(pa.Items, applicationID), []string{})
			counts(t, s, len(allJobs), len(allCandidates), len(allApplications))

			// The email is free: the same person can now be created.
			if _, _, err := createCandidate(ctx(t), s, email, "job_001", at(1001)); err != nil {
				t.Fatalf("CreateCandidate with the same email after the refusal: got %v, want success", err)
			}
			counts(t, s, len(allJobs), len(allCandidates)+1, len(allApplications)+1)
		})
	}

	// Failures the rules do not name (here a seed whose Next names a number
	// it uses itself, so a new record's id is taken) may come back as any
	// error, but must still leave nothing behind, also when they surface
	// only after the candidate was written.
	t.Run("candidate_with_taken_application_id_leaves_nothing", func(t *testing.T) {
		ds := dataset()
		ds.Next[preview.SeqApplication] = 1 // app_0001 is the seed's
		s := seededWith(t, open, ds)
		const email = "taken-app-id@example.com"
		if _, _, err := createCandidate(ctx(t), s, email, "job_001", at(1000)); err == nil {
			t.Fatalf("CreateCandidate whose application id is taken: got success, want an error")
		}
		_, err := s.Candidate(ctx(t), preview.SeqCandidate.ID(maxSeededCandidate+1))
		wantNotFound(t, err, "candidate")
		got, err := s.Application(ctx(t), "app_0001")
		if err != nil {
			t.Fatalf("Application(app_0001): %v", err)
		}
		sameJSON(t, "app_0001 after the refused write", got, dataset().Applications[0])
		p, err := s.ListCandidates(ctx(t), ats.CandidateQuery{Window: ats.Window{Limit: 10}, Email: email})
		if err != nil {
			t.Fatalf("ListCandidates by email: %v", err)
		}
		sameIDs(t, "candidates with the refused email", idsOf(p.Items, candidateID), []string{})
		counts(t, s, len(allJobs), len(allCandidates), len(allApplications))
	})
	t.Run("candidate_with_taken_id_leaves_nothing", func(t *testing.T) {
		ds := dataset()
		ds.Next[preview.SeqCandidate] = 1 // cand_001 is the seed's
		s := seededWith(t, open, ds)
		const email = "taken-id@example.com"
		if _, _, err := createCandidate(ctx(t), s, email, "", at(1000)); err == nil {
			t.Fatalf("CreateCandidate whose id is taken: got success, want an error")
		}
		got, err := s.Candidate(ctx(t), "cand_001")
		if err != nil {
			t.Fatalf("Candidate(cand_001): %v", err)
		}
		sameJSON(t, "cand_001 after the refused write", got, wantCandidate(dataset().Candidates[0], applicationIDs["cand_001"]))
		p, err := s.ListCandidates(ctx(t), ats.CandidateQuery{Window: ats.Window{Limit: 10}, Email: email})
		if err != nil {
			t.Fatalf("ListCandidates by email: %v", err)
		}
		sameIDs(t, "candidates with the refused email", idsOf(p.Items, candidateID), []string{})
		counts(t, s, len(allJobs), len(allCandidates), len(allApplications))
	})
}
