package ats_test

import (
	"testing"

	"github.com/atsbridge/atsbridge/ats"
)

func TestKindOfStageName(t *testing.T) {
	tests := []struct {
		name string
		want ats.StageKind
	}{
		// Greenhouse's default interview plan.
		{"Application Review", ats.StageApplied},
		{"Preliminary Phone Screen", ats.StageScreening},
		{"Phone Interview", ats.StageInterview},
		{"Take Home Test", ats.StageAssessment},
		{"Face to Face", ats.StageInterview},
		{"Reference Check", ats.StageOther},
		{"Offer", ats.StageOffer},
		// Others seen in accounts.
		{"Recruiter Screen", ats.StageScreening},
		{"Hiring Manager Interview", ats.StageInterview},
		{"Portfolio Review", ats.StageAssessment},
		{"Team Chat", ats.StageInterview},
		{"Onsite Interview", ats.StageInterview},
		{"Sourced", ats.StageSourced},
		{"HIRED", ats.StageHired},
		{"Coding Challenge (90 min)", ats.StageAssessment},
		// Lever's default pipeline.
		{"New lead", ats.StageSourced},
		{"Reached out", ats.StageSourced},
		{"New applicant", ats.StageApplied},
		{"Recruiter screen", ats.StageScreening},
		{"Phone interview", ats.StageInterview},
		{"On-site interview", ats.StageInterview},
	}
	for _, tt := range tests {
		if got, ok := ats.KindOfStageName(tt.name); !ok || got != tt.want {
			t.Errorf("%q: got %q %v, want %q", tt.name, got, ok, tt.want)
		}
	}
	for _, name := range []string{"Leadership Review", "Contest Round", "Culture Fit", ""} {
		if got, ok := ats.KindOfStageName(name); ok {
			t.Errorf("%q: got %q, want no kind (whole words only)", name, got)
		}
	}
}
