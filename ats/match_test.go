package ats_test

import (
	"testing"
	"time"

	"github.com/atsbridge/atsbridge/ats"
)

func TestLocationMatches(t *testing.T) {
	s := func(v string) *string { return &v }
	l := ats.Location{Text: "Zürich, Switzerland", City: s("Zürich"), Region: s("ZH"), Country: s("Switzerland"), CountryCode: s("CH")}
	for want, ok := range map[string]bool{
		"ZÜRICH": true, " zürich ": true, "switzerland": true, "zürich, switzerland": true,
		"ZH": false, "CH": false, "Zür": false, "": false,
	} {
		if got := ats.LocationMatches(l, want); got != ok {
			t.Errorf("LocationMatches(%q) = %v, want %v", want, got, ok)
		}
	}
	if ats.LocationMatches(ats.Location{}, "") {
		t.Error("an empty location matches an empty filter; empty text must match nothing")
	}
}

func TestQueriesMatch(t *testing.T) {
	t0 := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	dept := "Engineering"
	j := ats.Job{Title: "Senior Go Engineer", Status: ats.JobOpen, Department: &dept, CreatedAt: t0, UpdatedAt: t0}
	for _, tt := range []struct {
		q    ats.JobQuery
		want bool
	}{
		{ats.JobQuery{Q: "go eng"}, true},
		{ats.JobQuery{Q: "rust"}, false},
		{ats.JobQuery{Department: "ENGINEERING"}, true},
		{ats.JobQuery{Department: "Eng"}, false},
		{ats.JobQuery{Statuses: []ats.JobStatus{ats.JobClosed, ats.JobOpen}}, true},
		{ats.JobQuery{Statuses: []ats.JobStatus{ats.JobClosed}}, false},
		{ats.JobQuery{CreatedAfter: &t0}, false}, // strictly after
	} {
		if got := tt.q.Matches(j); got != tt.want {
			t.Errorf("%+v.Matches = %v, want %v", tt.q, got, tt.want)
		}
	}
	c := ats.Candidate{Email: "Ana@Example.com", CreatedAt: t0, UpdatedAt: t0}
	if !(ats.CandidateQuery{Email: "ana@example.COM"}).Matches(c) || (ats.CandidateQuery{Email: "ana@example.org"}).Matches(c) {
		t.Error("the email filter must compare by EmailKey")
	}
	a := ats.Application{JobID: "job_1", CandidateID: "cand_1", Stage: ats.Stage{Kind: ats.StageInterview}, Status: ats.ApplicationActive, AppliedAt: t0, UpdatedAt: t0}
	before := t0.Add(-time.Nanosecond)
	if !(ats.ApplicationQuery{JobID: "job_1", StageKinds: []ats.StageKind{ats.StageInterview}, CreatedAfter: &before}).Matches(a) ||
		(ats.ApplicationQuery{Statuses: []ats.ApplicationStatus{ats.ApplicationHired}}).Matches(a) {
		t.Error("application filters: want a match on job, kind and applied_at, none on another status")
	}
}
