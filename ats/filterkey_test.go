package ats_test

import (
	"testing"
	"time"

	"github.com/atsbridge/atsbridge/ats"
)

func TestFilterKey(t *testing.T) {
	at := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	inParis := at.In(time.FixedZone("CET", 3600))
	later := at.Add(time.Nanosecond)
	tests := []struct {
		name       string
		a, b       string
		wantSameAs bool
	}{
		{"job statuses in any order, repeated",
			ats.JobQuery{Statuses: []ats.JobStatus{ats.JobOpen, ats.JobClosed}}.FilterKey(),
			ats.JobQuery{Statuses: []ats.JobStatus{ats.JobClosed, ats.JobOpen, ats.JobClosed}}.FilterKey(), true},
		{"job text in any case and spacing",
			ats.JobQuery{Department: "Engineering", Location: "ZÜRICH", Q: "go "}.FilterKey(),
			ats.JobQuery{Department: " engineering", Location: "zürich", Q: "GO"}.FilterKey(), true},
		{"job time in any zone",
			ats.JobQuery{CreatedAfter: &at}.FilterKey(), ats.JobQuery{CreatedAfter: &inParis}.FilterKey(), true},
		{"job window and raw are no filters",
			ats.JobQuery{Window: ats.Window{Limit: 5, Cursor: "x"}, IncludeRaw: true}.FilterKey(), ats.JobQuery{}.FilterKey(), true},
		{"job time to the nanosecond",
			ats.JobQuery{UpdatedAfter: &at}.FilterKey(), ats.JobQuery{UpdatedAfter: &later}.FilterKey(), false},
		{"job created is not updated",
			ats.JobQuery{CreatedAfter: &at}.FilterKey(), ats.JobQuery{UpdatedAfter: &at}.FilterKey(), false},
		{"job department is not location",
			ats.JobQuery{Department: "Berlin"}.FilterKey(), ats.JobQuery{Location: "Berlin"}.FilterKey(), false},
		{"candidate email by EmailKey",
			ats.CandidateQuery{Email: " Karan@Bücher.example"}.FilterKey(), ats.CandidateQuery{Email: "karan@xn--bcher-kva.example"}.FilterKey(), true},
		{"candidate job",
			ats.CandidateQuery{JobID: "a"}.FilterKey(), ats.CandidateQuery{JobID: "b"}.FilterKey(), false},
		{"application kinds and statuses as sets",
			ats.ApplicationQuery{StageKinds: []ats.StageKind{ats.StageOffer, ats.StageApplied}, Statuses: []ats.ApplicationStatus{ats.ApplicationHired, ats.ApplicationActive}}.FilterKey(),
			ats.ApplicationQuery{StageKinds: []ats.StageKind{ats.StageApplied, ats.StageOffer}, Statuses: []ats.ApplicationStatus{ats.ApplicationActive, ats.ApplicationHired}}.FilterKey(), true},
		{"application candidate",
			ats.ApplicationQuery{CandidateID: "1"}.FilterKey(), ats.ApplicationQuery{CandidateID: "2"}.FilterKey(), false},
		{"application job is not candidate",
			ats.ApplicationQuery{JobID: "1"}.FilterKey(), ats.ApplicationQuery{CandidateID: "1"}.FilterKey(), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.a == tt.b; got != tt.wantSameAs {
				t.Errorf("keys %q and %q: same is %v, want %v", tt.a, tt.b, got, tt.wantSameAs)
			}
		})
	}
}
