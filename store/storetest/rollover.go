package storetest

import (
	"fmt"
	"testing"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/preview"
)

// testIDsOrderAsNumbers checks that ids of records with the same time
// order as numbers where they grow a digit (cand_999, cand_1000; app_9999,
// app_10000): as text, cand_1000 would sort before cand_999, and a walk
// past cand_999 would never reach it.
func testIDsOrderAsNumbers(t *testing.T, open opener) {
	same := at(100)
	s := open(t)
	job := func(id string) ats.Job {
		return ats.Job{ID: id, Title: "Welder " + id, Status: ats.JobOpen, Location: remote, CreatedAt: same, UpdatedAt: same}
	}
	ds := preview.Dataset{
		Jobs: []ats.Job{job("job_1000"), job("job_999"), job("job_998")},
		Candidates: []ats.Candidate{{ID: "cand_998", FirstName: "Seeded", LastName: "Person", Name: "Seeded Person",
			Email: "seeded@example.com", Tags: []string{}, CreatedAt: same, UpdatedAt: same}},
		Applications: []ats.Application{{ID: "app_9998", CandidateID: "cand_998", JobID: "job_999",
			Stage: ats.Stage{ID: "stage_applied", Name: "Applied", Kind: ats.StageApplied}, Status: ats.ApplicationActive,
			AppliedAt: same, UpdatedAt: same}},
		Next: map[preview.Sequence]int64{preview.SeqCandidate: 999, preview.SeqApplication: 9999},
	}
	if err := s.Seed(ctx(t), func() preview.Dataset { return ds }); err != nil {
		t.Fatalf("Seed: %v", err)
	}
	wantCands, wantApps := []string{"cand_998"}, []string{"app_9998"}
	for i := range 3 {
		c, a, err := createCandidate(ctx(t), s, fmt.Sprintf("rollover%d@example.com", i), "job_1000", same)
		if err != nil {
			t.Fatalf("CreateCandidate #%d: %v", i, err)
		}
		wantCands, wantApps = append(wantCands, c), append(wantApps, a)
	}
	// A second application of cand_999, with a number one digit longer
	// than its first.
	second, err := createApplication(ctx(t), s, "cand_999", "job_998", same)
	if err != nil {
		t.Fatalf("CreateApplication: %v", err)
	}
	sameIDs(t, "new candidate ids", wantCands, []string{"cand_998", "cand_999", "cand_1000", "cand_1001"})
	sameIDs(t, "new application ids", append(wantApps, second), []string{"app_9998", "app_9999", "app_10000", "app_10001", "app_10002"})
	ofJob := wantApps[1:]
	wantApps = append(wantApps, second)

	before := tp(at(99))
	lists := []struct {
		name string
		want []string
		walk func(t *testing.T, limit int, byPage bool) []string
	}{
		{"jobs", []string{"job_998", "job_999", "job_1000"}, func(t *testing.T, limit int, byPage bool) []string {
			l := func(w ats.Window) (ats.Page[ats.Job], error) {
				return s.ListJobs(ctx(t), ats.JobQuery{Window: w, CreatedAfter: before})
			}
			if byPage {
				return walkPages(t, l, limit, jobID)
			}
			return walkCursor(t, l, limit, jobID)
		}},
		{"candidates", wantCands, func(t *testing.T, limit int, byPage bool) []string {
			l := func(w ats.Window) (ats.Page[ats.Candidate], error) {
				return s.ListCandidates(ctx(t), ats.CandidateQuery{Window: w, CreatedAfter: before})
			}
			if byPage {
				return walkPages(t, l, limit, candidateID)
			}
			return walkCursor(t, l, limit, candidateID)
		}},
		{"applications", wantApps, func(t *testing.T, limit int, byPage bool) []string {
			l := func(w ats.Window) (ats.Page[ats.Application], error) {
				return s.ListApplications(ctx(t), ats.ApplicationQuery{Window: w, CreatedAfter: before})
			}
			if byPage {
				return walkPages(t, l, limit, applicationID)
			}
			return walkCursor(t, l, limit, applicationID)
		}},
		{"applications_of_a_job", ofJob, func(t *testing.T, limit int, byPage bool) []string {
			l := func(w ats.Window) (ats.Page[ats.Application], error) {
				return s.ListApplications(ctx(t), ats.ApplicationQuery{Window: w, JobID: "job_1000"})
			}
			if byPage {
				return walkPages(t, l, limit, applicationID)
			}
			return walkCursor(t, l, limit, applicationID)
		}},
		{"candidates_of_a_job", wantCands[1:], func(t *testing.T, limit int, byPage bool) []string {
			l := func(w ats.Window) (ats.Page[ats.Candidate], error) {
				return s.ListCandidates(ctx(t), ats.CandidateQuery{Window: w, JobID: "job_1000"})
			}
			if byPage {
				return walkPages(t, l, limit, candidateID)
			}
			return walkCursor(t, l, limit, candidateID)
		}},
	}
	for _, l := range lists {
		for _, limit := range []int{1, 2, 100} {
			t.Run(fmt.Sprintf("%s/cursor_limit_%d", l.name, limit), func(t *testing.T) {
				sameIDs(t, "cursor walk", l.walk(t, limit, false), l.want)
			})
			t.Run(fmt.Sprintf("%s/pages_limit_%d", l.name, limit), func(t *testing.T) {
				sameIDs(t, "page walk", l.walk(t, limit, true), l.want)
			})
		}
	}
	c, err := s.Candidate(ctx(t), "cand_999")
	if err != nil {
		t.Fatalf("Candidate(cand_999): %v", err)
	}
	sameIDs(t, "cand_999 application ids", c.ApplicationIDs, []string{"app_9999", "app_10002"})
	p, err := s.ListCandidates(ctx(t), ats.CandidateQuery{Window: ats.Window{Limit: 10}, Email: "rollover0@example.com"})
	if err != nil {
		t.Fatalf("ListCandidates by email: %v", err)
	}
	for _, c := range p.Items {
		sameIDs(t, "listed cand_999 application ids", c.ApplicationIDs, []string{"app_9999", "app_10002"})
	}
}
