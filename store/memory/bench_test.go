package memory_test

import (
	"testing"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/preview"
	"github.com/atsbridge/atsbridge/store/memory"
)

// BenchmarkLists reads first pages and cursor pages of the three lists of a
// store holding the sandbox's seed, as the list routes do.
func BenchmarkLists(b *testing.B) {
	s := memory.New()
	if err := s.Seed(b.Context(), preview.SeedData); err != nil {
		b.Fatal(err)
	}
	w := ats.Window{Limit: 20}
	jobs, err := s.ListJobs(b.Context(), ats.JobQuery{Window: w})
	if err != nil {
		b.Fatal(err)
	}
	apps, err := s.ListApplications(b.Context(), ats.ApplicationQuery{Window: w})
	if err != nil {
		b.Fatal(err)
	}
	cases := []struct {
		name string
		list func() (int, error)
	}{
		{"jobs_page1", func() (int, error) {
			p, err := s.ListJobs(b.Context(), ats.JobQuery{Window: w})
			return len(p.Items), err
		}},
		{"jobs_cursor", func() (int, error) {
			p, err := s.ListJobs(b.Context(), ats.JobQuery{Window: ats.Window{Limit: 20, Cursor: jobs.Next}})
			return len(p.Items), err
		}},
		{"candidates_page1", func() (int, error) {
			p, err := s.ListCandidates(b.Context(), ats.CandidateQuery{Window: w})
			return len(p.Items), err
		}},
		{"applications_page1", func() (int, error) {
			p, err := s.ListApplications(b.Context(), ats.ApplicationQuery{Window: w})
			return len(p.Items), err
		}},
		{"applications_cursor", func() (int, error) {
			p, err := s.ListApplications(b.Context(), ats.ApplicationQuery{Window: ats.Window{Limit: 20, Cursor: apps.Next}})
			return len(p.Items), err
		}},
		{"applications_by_status", func() (int, error) {
			p, err := s.ListApplications(b.Context(), ats.ApplicationQuery{Window: w, Statuses: []ats.ApplicationStatus{ats.ApplicationHired}})
			return len(p.Items), err
		}},
	}
	for _, bc := range cases {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if n, err := bc.list(); err != nil || n == 0 {
					b.Fatalf("%s: %d items, %v", bc.name, n, err)
				}
			}
		})
	}
}
