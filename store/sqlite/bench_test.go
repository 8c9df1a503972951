package sqlite_test

import (
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/preview"
	"github.com/atsbridge/atsbridge/store/sqlite"
)

// benchSeed is a sandbox of realistic size: 120 jobs, 600 candidates and
// 1,500 applications.
func benchSeed() preview.Dataset {
	var ds preview.Dataset
	depts := []string{"Engineering", "Sales", "Marketing", "Support", "People", "Finance"}
	cities := []string{"Berlin", "London", "New York", "Singapore", "Remote"}
	statuses := []ats.JobStatus{ats.JobOpen, ats.JobOpen, ats.JobOpen, ats.JobClosed, ats.JobDraft, ats.JobArchived}
	for i := range 120 {
		at := base.Add(time.Duration(i) * time.Hour)
		ds.Jobs = append(ds.Jobs, ats.Job{
			ID: fmt.Sprintf("job_%03d", i+1), Title: fmt.Sprintf("%s Specialist %d", depts[i%len(depts)], i), Status: statuses[i%len(statuses)],
			Department: str(depts[i%len(depts)]), Location: ats.Location{Text: cities[i%len(cities)], City: str(cities[i%len(cities)])},
			Description: str("<p>A fine role with a longer description than the list needs.</p>"), CreatedAt: at, UpdatedAt: at,
		})
	}
	for i := range 600 {
		at := base.Add(time.Duration(i) * time.Minute)
		ds.Candidates = append(ds.Candidates, ats.Candidate{
			ID: fmt.Sprintf("cand_%03d", i+1), FirstName: "First", LastName: fmt.Sprint(i), Name: fmt.Sprintf("First %d", i),
			Email: fmt.Sprintf("c%d@example.com", i), Tags: []string{"seed"}, CreatedAt: at, UpdatedAt: at,
		})
	}
	for i := range 1500 {
		at := base.Add(time.Duration(i) * time.Minute)
		ds.Applications = append(ds.Applications, ats.Application{
			ID: fmt.Sprintf("app_%04d", i+1), CandidateID: ds.Candidates[i%600].ID, JobID: ds.Jobs[(i/600)*7+i%5].ID,
			Stage:  ats.Stage{ID: "s", Name: "Applied", Kind: ats.StageKinds[i%len(ats.StageKinds)]},
			Status: ats.ApplicationStatuses[i%len(ats.ApplicationStatuses)], AppliedAt: at, UpdatedAt: at,
		})
	}
	ds.Next = map[preview.Sequence]int64{preview.SeqCandidate: 601, preview.SeqApplication: 1501}
	return ds
}

func seededFile(b *testing.B) *sqlite.Store {
	b.Helper()
	s, err := sqlite.Open(b.Context(), filepath.Join(b.TempDir(), "preview.db"))
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { _ = s.Close() })
	if err := s.Seed(b.Context(), benchSeed); err != nil {
		b.Fatal(err)
	}
	return s
}

func BenchmarkListJobs(b *testing.B) {
	s := seededFile(b)
	first, err := s.ListJobs(b.Context(), ats.JobQuery{Window: ats.Window{Limit: 20}})
	if err != nil {
		b.Fatal(err)
	}
	for _, bc := range []struct {
		name string
		q    ats.JobQuery
	}{
		{"page1_limit20", ats.JobQuery{Window: ats.Window{Limit: 20, Page: 1}}},
		{"cursor_limit20", ats.JobQuery{Window: ats.Window{Limit: 20, Cursor: first.Next}}},
		{"filtered_status_department_q", ats.JobQuery{Window: ats.Window{Limit: 20}, Statuses: []ats.JobStatus{ats.JobOpen}, Department: "engineering", Q: "special"}},
		{"limit100", ats.JobQuery{Window: ats.Window{Limit: 100}}},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				p, err := s.ListJobs(b.Context(), bc.q)
				if err != nil || len(p.Items) == 0 {
					b.Fatalf("ListJobs: %d items, %v", len(p.Items), err)
				}
			}
		})
	}
}

// BenchmarkListCandidates reads candidate pages (each with its application
// ids), as GET /candidates does.
func BenchmarkListCandidates(b *testing.B) {
	s := seededFile(b)
	first, err := s.ListCandidates(b.Context(), ats.CandidateQuery{Window: ats.Window{Limit: 20}})
	if err != nil {
		b.Fatal(err)
	}
	for _, bc := range []struct {
		name string
		q    ats.CandidateQuery
	}{
		{"page1_limit20", ats.CandidateQuery{Window: ats.Window{Limit: 20, Page: 1}}},
		{"cursor_limit20", ats.CandidateQuery{Window: ats.Window{Limit: 20, Cursor: first.Next}}},
		{"by_job", ats.CandidateQuery{Window: ats.Window{Limit: 20}, JobID: "job_001"}},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				p, err := s.ListCandidates(b.Context(), bc.q)
				if err != nil || len(p.Items) == 0 {
					b.Fatalf("ListCandidates: %d items, %v", len(p.Items), err)
				}
			}
		})
	}
}

// BenchmarkListApplications reads application pages, as GET /applications
// does.
func BenchmarkListApplications(b *testing.B) {
	s := seededFile(b)
	first, err := s.ListApplications(b.Context(), ats.ApplicationQuery{Window: ats.Window{Limit: 20}})
	if err != nil {
		b.Fatal(err)
	}
	for _, bc := range []struct {
		name string
		q    ats.ApplicationQuery
	}{
		{"page1_limit20", ats.ApplicationQuery{Window: ats.Window{Limit: 20, Page: 1}}},
		{"page30_limit20", ats.ApplicationQuery{Window: ats.Window{Limit: 20, Page: 30}}},
		{"cursor_limit20", ats.ApplicationQuery{Window: ats.Window{Limit: 20, Cursor: first.Next}}},
		{"by_job", ats.ApplicationQuery{Window: ats.Window{Limit: 20}, JobID: "job_001"}},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				p, err := s.ListApplications(b.Context(), bc.q)
				if err != nil || len(p.Items) == 0 {
					b.Fatalf("ListApplications: %d items, %v", len(p.Items), err)
				}
			}
		})
	}
}

func BenchmarkCreateCandidate(b *testing.B) {
	for _, withApp := range []bool{false, true} {
		name := "alone"
		if withApp {
			name = "with_application"
		}
		b.Run(name, func(b *testing.B) {
			s := seededFile(b)
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				i++
				at := base.Add(time.Duration(i) * time.Second)
				c := ats.Candidate{FirstName: "Bench", LastName: "Mark", Name: "Bench Mark",
					Email: fmt.Sprintf("bench%d@example.com", i), Tags: []string{"bench"}, CreatedAt: at, UpdatedAt: at}
				var app *ats.Application
				if withApp {
					app = &ats.Application{JobID: "job_001",
						Stage: ats.Stage{ID: "s", Name: "Applied", Kind: ats.StageApplied}, Status: ats.ApplicationActive, AppliedAt: at, UpdatedAt: at}
				}
				if err := s.CreateCandidate(b.Context(), &c, app, nil); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkUpdateApplication moves one application back and forth between
// two stages, as POST /applications/{id}/move does: one write transaction
// that reads the row and the latest update, and writes the row.
func BenchmarkUpdateApplication(b *testing.B) {
	s := seededFile(b)
	stages := []ats.Stage{{ID: "s1", Name: "Screen", Kind: ats.StageScreening}, {ID: "s2", Name: "Interview", Kind: ats.StageInterview}}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		i++
		_, err := s.UpdateApplication(b.Context(), "app_0001", func(a ats.Application, notBefore time.Time) (ats.Application, bool, error) {
			a.Stage, a.UpdatedAt = stages[i%2], notBefore.Add(time.Second)
			return a, true, nil
		})
		if err != nil {
			b.Fatal(err)
		}
	}
}
