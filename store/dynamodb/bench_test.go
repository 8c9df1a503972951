package dynamodb

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/preview"
)

// benchStore is a store on dynalite holding the sandbox's real seed
// (130 jobs, 320 candidates, about a thousand applications).
func benchStore(b *testing.B) *Store {
	b.Helper()
	s, _ := openTest(b)
	if err := s.Seed(context.Background(), preview.SeedData); err != nil {
		b.Fatalf("Seed: %v", err)
	}
	return s
}

// BenchmarkListJobs reads the first page of 20 jobs, as GET /jobs does.
func BenchmarkListJobs(b *testing.B) {
	s := benchStore(b)
	ctx := context.Background()
	for b.Loop() {
		p, err := s.ListJobs(ctx, ats.JobQuery{Window: ats.Window{Limit: 20}})
		if err != nil || len(p.Items) != 20 {
			b.Fatalf("ListJobs: %d items, %v", len(p.Items), err)
		}
	}
}

// BenchmarkListApplicationsByJob reads the first page of 20 applications
// of the job with the most, as GET /applications?job_id= does.
func BenchmarkListApplicationsByJob(b *testing.B) {
	s := benchStore(b)
	ctx := context.Background()
	perJob := map[string]int{}
	for _, a := range preview.SeedData().Applications {
		perJob[a.JobID]++
	}
	job := ""
	for id, n := range perJob {
		if job == "" || n > perJob[job] {
			job = id
		}
	}
	for b.Loop() {
		p, err := s.ListApplications(ctx, ats.ApplicationQuery{Window: ats.Window{Limit: 20}, JobID: job})
		if err != nil || len(p.Items) == 0 {
			b.Fatalf("ListApplications(job %s): %d items, %v", job, len(p.Items), err)
		}
	}
}

// BenchmarkCreateCandidate creates a candidate with an application to an
// open job, as POST /candidates with job_id does (ids drawn as the sandbox
// draws them).
func BenchmarkCreateCandidate(b *testing.B) {
	s := benchStore(b)
	ctx := context.Background()
	job := ""
	for _, j := range preview.SeedData().Jobs {
		if j.Status == ats.JobOpen {
			job = j.ID
			break
		}
	}
	i := 0
	for b.Loop() {
		i++
		c := newCandidate(b, s, fmt.Sprintf("bench%d@example.com", i))
		a := newApplication(b, s, c.ID, job)
		if err := s.CreateCandidate(ctx, c, a, nil); err != nil {
			b.Fatalf("CreateCandidate: %v", err)
		}
	}
}

// BenchmarkUpdateApplication moves one application back and forth between
// two stages, as POST /applications/{id}/move does: a consistent read and
// a conditional write on the version read.
func BenchmarkUpdateApplication(b *testing.B) {
	s := benchStore(b)
	ctx := context.Background()
	stages := []ats.Stage{{ID: "s1", Name: "Screen", Kind: ats.StageScreening}, {ID: "s2", Name: "Interview", Kind: ats.StageInterview}}
	i := 0
	for b.Loop() {
		i++
		_, err := s.UpdateApplication(ctx, "app_0001", func(a ats.Application, _ time.Time) (ats.Application, bool, error) {
			a.Stage = stages[i%2]
			return a, true, nil
		})
		if err != nil {
			b.Fatalf("UpdateApplication: %v", err)
		}
	}
}
