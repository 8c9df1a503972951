package dynamodb

import (
	"context"
	"fmt"
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/preview"
)

// TestNoScanOnRequestPaths calls every store method with every kind of
// filter and checks which DynamoDB operations each one used: never Scan,
// only the operations the package doc lists for it, and for reads exactly
// how many: a page of a list is one query per index partition it reads
// (plus the counter of an unfiltered list's total), whatever its size, and
// never a read per record on it.
func TestNoScanOnRequestPaths(t *testing.T) {
	s, rec := seededTest(t)
	ctx := context.Background()
	open, closed := ats.JobOpen, ats.JobClosed
	w := ats.Window{Limit: 20}
	one := ats.Window{Limit: 1}
	pw := ats.Window{Limit: 1, Page: 2}
	reads := []string{"GetItem", "Query", "BatchGetItem"}
	writes := append([]string{"PutItem", "UpdateItem", "DeleteItem"}, reads...)
	type calls = map[string]int
	cases := []struct {
		name    string
		call    func() error
		allowed []string // for writes: the operations they may use
		calls   calls    // for reads: exactly the calls they make
	}{
		{"job", func() error { _, err := s.Job(ctx, "job_001"); return err }, nil, calls{"GetItem": 1}},
		{"candidate", func() error { _, err := s.Candidate(ctx, "cand_001"); return err }, nil, calls{"GetItem": 1}},
		{"application", func() error { _, err := s.Application(ctx, "app_0012"); return err }, nil, calls{"GetItem": 1}},
		{"jobs", func() error { _, err := s.ListJobs(ctx, ats.JobQuery{Window: w}); return err }, nil, calls{"Query": 1, "GetItem": 1}},
		{"jobs_page_2", func() error { _, err := s.ListJobs(ctx, ats.JobQuery{Window: pw}); return err }, nil, calls{"Query": 1, "GetItem": 1}},
		{"jobs_by_statuses", func() error {
			_, err := s.ListJobs(ctx, ats.JobQuery{Window: w, Statuses: []ats.JobStatus{open, closed}})
			return err
		}, nil, calls{"Query": 2}},
		{"jobs_by_department_q_location_times", func() error {
			_, err := s.ListJobs(ctx, ats.JobQuery{Window: one, Department: "engineering", Q: "job", Location: "remote",
				CreatedAfter: ptr(hours(-1)), UpdatedAfter: ptr(hours(-1))})
			return err
		}, reads, nil},
		{"candidates", func() error { _, err := s.ListCandidates(ctx, ats.CandidateQuery{Window: w}); return err }, nil, calls{"Query": 1, "GetItem": 1}},
		{"candidates_by_email", func() error {
			_, err := s.ListCandidates(ctx, ats.CandidateQuery{Window: w, Email: "FIRST@example.com", JobID: "job_001"})
			return err
		}, nil, calls{"GetItem": 2}},
		{"candidates_by_job", func() error {
			_, err := s.ListCandidates(ctx, ats.CandidateQuery{Window: w, JobID: "job_001", UpdatedAfter: ptr(hours(-1))})
			return err
		}, nil, calls{"Query": 1, "BatchGetItem": 1}},
		{"applications", func() error { _, err := s.ListApplications(ctx, ats.ApplicationQuery{Window: pw}); return err }, nil, calls{"Query": 1, "GetItem": 1}},
		{"applications_by_job", func() error {
			_, err := s.ListApplications(ctx, ats.ApplicationQuery{Window: w, JobID: "job_001"})
			return err
		}, nil, calls{"Query": 1}},
		{"applications_by_candidate_and_job", func() error {
			_, err := s.ListApplications(ctx, ats.ApplicationQuery{Window: w, CandidateID: "cand_001", JobID: "job_001"})
			return err
		}, nil, calls{"Query": 1}},
		{"applications_by_stage_and_status", func() error {
			_, err := s.ListApplications(ctx, ats.ApplicationQuery{Window: w, StageKinds: []ats.StageKind{ats.StageApplied, ats.StageHired},
				Statuses: []ats.ApplicationStatus{ats.ApplicationActive}})
			return err
		}, nil, calls{"Query": 2}},
		{"applications_by_status", func() error {
			_, err := s.ListApplications(ctx, ats.ApplicationQuery{Window: w, Statuses: []ats.ApplicationStatus{ats.ApplicationActive}, CreatedAfter: ptr(hours(-1))})
			return err
		}, nil, calls{"Query": 1}},
		{"create_candidate_with_application", func() error {
			c := newCandidate(t, s, "noscan@example.com")
			a := newApplication(t, s, "", "job_001")
			return s.CreateCandidate(ctx, c, a, nil)
		}, writes, nil},
		{"create_candidate_conflict", func() error {
			c := newCandidate(t, s, "first@example.com")
			if err := s.CreateCandidate(ctx, c, nil, nil); code(err) != ats.CodeCandidateExists {
				return fmt.Errorf("got %v, want CANDIDATE_EXISTS", err)
			}
			return nil
		}, writes, nil},
		{"create_application", func() error {
			return s.CreateApplication(ctx, newApplication(t, s, "cand_007", "job_003"))
		}, writes, nil},
		{"create_application_conflict", func() error {
			if err := s.CreateApplication(ctx, newApplication(t, s, "cand_001", "job_001")); code(err) != ats.CodeApplicationExists {
				return fmt.Errorf("got %v, want APPLICATION_EXISTS", err)
			}
			return nil
		}, writes, nil},
		{"seed_when_present", func() error { return s.Seed(ctx, smallDataset) }, nil, calls{"GetItem": 1}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			rec.reset()
			if err := tc.call(); err != nil {
				t.Fatalf("call: %v", err)
			}
			got := rec.counts()
			if tc.calls != nil && !maps.Equal(got, tc.calls) {
				t.Errorf("calls: got %v, want %v", got, tc.calls)
			}
			for op, n := range got {
				if tc.calls == nil && !slices.Contains(tc.allowed, op) {
					t.Errorf("operation %s ran %d times; want only %v", op, n, tc.allowed)
				}
			}
		})
	}
}

// TestCursorOfAnotherList checks that a continuation only continues the
// list it came from: one from another list or other partitions is
// CURSOR_INVALID rather than a page that starts somewhere arbitrary.
func TestCursorOfAnotherList(t *testing.T) {
	s, _ := seededTest(t)
	ctx := context.Background()
	jobs, err := s.ListJobs(ctx, ats.JobQuery{Window: ats.Window{Limit: 1}})
	if err != nil || jobs.Next == "" {
		t.Fatalf("first page of jobs: %v, next %q", err, jobs.Next)
	}
	openJobs, err := s.ListJobs(ctx, ats.JobQuery{Window: ats.Window{Limit: 1}, Statuses: []ats.JobStatus{ats.JobOpen}})
	if err != nil || openJobs.Next == "" {
		t.Fatalf("first page of open jobs: %v, next %q", err, openJobs.Next)
	}
	cases := []struct {
		name string
		call func() error
	}{
		{"jobs_cursor_for_candidates", func() error {
			_, err := s.ListCandidates(ctx, ats.CandidateQuery{Window: ats.Window{Limit: 1, Cursor: jobs.Next}})
			return err
		}},
		{"open_jobs_cursor_for_closed_jobs", func() error {
			_, err := s.ListJobs(ctx, ats.JobQuery{Window: ats.Window{Limit: 1, Cursor: openJobs.Next}, Statuses: []ats.JobStatus{ats.JobClosed}})
			return err
		}},
		{"jobs_cursor_for_applications_by_job", func() error {
			_, err := s.ListApplications(ctx, ats.ApplicationQuery{Window: ats.Window{Limit: 1, Cursor: jobs.Next}, JobID: "job_001"})
			return err
		}},
		{"open_jobs_cursor_for_open_or_closed_jobs_is_fine", nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if tc.call == nil {
				p, err := s.ListJobs(ctx, ats.JobQuery{Window: ats.Window{Limit: 5, Cursor: openJobs.Next}, Statuses: []ats.JobStatus{ats.JobOpen, ats.JobClosed}})
				if err != nil {
					t.Fatalf("got %v, want the next page", err)
				}
				got := []string{}
				for _, j := range p.Items {
					got = append(got, j.ID)
				}
				if want := []string{"job_002", "job_003"}; !slices.Equal(got, want) {
					t.Errorf("page after job_001: got %v, want %v", got, want)
				}
				return
			}
			if err := tc.call(); code(err) != ats.CodeCursorInvalid {
				t.Errorf("got %v, want CURSOR_INVALID", err)
			}
		})
	}
}

// TestTotals checks which lists report a total: the unfiltered ones, from
// their counters, and no filtered one.
func TestTotals(t *testing.T) {
	s, _ := seededTest(t)
	ctx := context.Background()
	w := ats.Window{Limit: 1}
	cases := []struct {
		name string
		list func() (*int, error)
		want *int
	}{
		{"jobs", func() (*int, error) { p, err := s.ListJobs(ctx, ats.JobQuery{Window: w}); return p.Total, err }, ptr(3)},
		{"jobs_page_3", func() (*int, error) {
			p, err := s.ListJobs(ctx, ats.JobQuery{Window: ats.Window{Limit: 1, Page: 3}})
			return p.Total, err
		}, ptr(3)},
		{"candidates", func() (*int, error) {
			p, err := s.ListCandidates(ctx, ats.CandidateQuery{Window: w})
			return p.Total, err
		}, ptr(2)},
		{"applications", func() (*int, error) {
			p, err := s.ListApplications(ctx, ats.ApplicationQuery{Window: w})
			return p.Total, err
		}, ptr(1)},
		{"jobs_by_status", func() (*int, error) {
			p, err := s.ListJobs(ctx, ats.JobQuery{Window: w, Statuses: []ats.JobStatus{ats.JobOpen}})
			return p.Total, err
		}, nil},
		{"jobs_by_q", func() (*int, error) {
			p, err := s.ListJobs(ctx, ats.JobQuery{Window: w, Q: "job"})
			return p.Total, err
		}, nil},
		{"candidates_by_email", func() (*int, error) {
			p, err := s.ListCandidates(ctx, ats.CandidateQuery{Window: w, Email: "first@example.com"})
			return p.Total, err
		}, nil},
		{"applications_by_job", func() (*int, error) {
			p, err := s.ListApplications(ctx, ats.ApplicationQuery{Window: w, JobID: "job_001"})
			return p.Total, err
		}, nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, err := tc.list()
			if err != nil {
				t.Fatal(err)
			}
			if (got == nil) != (tc.want == nil) || (got != nil && *got != *tc.want) {
				t.Errorf("total: got %v, want %v", deref(got), deref(tc.want))
			}
		})
	}
}

// TestPagesFillPastSparseMatches stores many jobs of which few match a
// filter DynamoDB cannot apply as a key condition, and checks that a page
// is still full and the walk complete, across many queries.
func TestPagesFillPastSparseMatches(t *testing.T) {
	s, rec := openTest(t)
	ds := preview.Dataset{}
	var want []string
	for i := range 120 {
		j := ats.Job{ID: fmt.Sprintf("job_%03d", i), Title: "Clerk", Status: ats.JobOpen, CreatedAt: hours(i), UpdatedAt: hours(i)}
		if i%17 == 5 {
			j.Title = "Rare Welder"
			want = append(want, j.ID)
		}
		ds.Jobs = append(ds.Jobs, j)
	}
	if err := s.Seed(context.Background(), func() preview.Dataset { return ds }); err != nil {
		t.Fatal(err)
	}
	rec.reset()
	var got []string
	cursor := ""
	for {
		p, err := s.ListJobs(context.Background(), ats.JobQuery{Window: ats.Window{Limit: 2, Cursor: cursor}, Q: "welder"})
		if err != nil {
			t.Fatal(err)
		}
		if p.HasMore && len(p.Items) != 2 {
			t.Fatalf("page with has_more: got %d items, want 2", len(p.Items))
		}
		for _, j := range p.Items {
			got = append(got, j.ID)
		}
		if !p.HasMore {
			break
		}
		cursor = p.Next
	}
	if !slices.Equal(got, want) {
		t.Errorf("walk: got %v, want %v", got, want)
	}
	if q := rec.counts()["Query"]; q <= 4 {
		t.Errorf("queries: got %d, want more than one per page (the filter skips most items)", q)
	}
}

// TestLargeRecordsSpanQueryPages stores jobs whose descriptions make one
// page of the list larger than the 1 MB a DynamoDB query returns at most
// (dynalite cuts pages there too): the query stops early with a
// LastEvaluatedKey, and the list must go on reading, so the page is full
// and the walk complete.
func TestLargeRecordsSpanQueryPages(t *testing.T) {
	s, rec := openTest(t)
	ds := preview.Dataset{}
	desc := strings.Repeat("Welds pipes and reads drawings. ", 1000) // about 32 KB
	for i := range 60 {
		ds.Jobs = append(ds.Jobs, ats.Job{ID: fmt.Sprintf("job_%03d", i), Title: "Welder", Status: ats.JobOpen,
			Description: &desc, CreatedAt: hours(i), UpdatedAt: hours(i)})
	}
	if err := s.Seed(context.Background(), func() preview.Dataset { return ds }); err != nil {
		t.Fatal(err)
	}
	rec.reset()
	first, err := s.ListJobs(context.Background(), ats.JobQuery{Window: ats.Window{Limit: 50}})
	if err != nil {
		t.Fatal(err)
	}
	if len(first.Items) != 50 || !first.HasMore {
		t.Fatalf("first page: got %d items, has_more %v; want 50, true", len(first.Items), first.HasMore)
	}
	if q := rec.counts()["Query"]; q < 2 {
		t.Errorf("queries for 50 jobs of 32 KB: got %d, want at least 2 (1 MB each)", q)
	}
	second, err := s.ListJobs(context.Background(), ats.JobQuery{Window: ats.Window{Limit: 50, Cursor: first.Next}})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, j := range append(first.Items, second.Items...) {
		if j.Description == nil || len(*j.Description) != len(desc) {
			t.Fatalf("job %s: description not read back whole", j.ID)
		}
		got = append(got, j.ID)
	}
	want := make([]string, 60)
	for i := range want {
		want[i] = fmt.Sprintf("job_%03d", i)
	}
	if !slices.Equal(got, want) || second.HasMore {
		t.Errorf("walk: got %v (has_more %v), want job_000..job_059 and the end", got, second.HasMore)
	}
}
