package preview_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/preview"
	"github.com/atsbridge/atsbridge/store/memory"
)

// clockTime is the sandbox clock of these tests: not UTC and not whole
// seconds, so the tests see the sandbox normalize it.
var clockTime = time.Date(2026, 11, 20, 10, 30, 15, 987654321, time.FixedZone("CET", 3600))

// openSandbox returns a fresh sandbox over a new memory store.
func openSandbox(t *testing.T) *preview.Sandbox {
	t.Helper()
	s := memory.New()
	t.Cleanup(func() { _ = s.Close() })
	sb, err := preview.Open(t.Context(), s, func() time.Time { return clockTime })
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	return sb
}

// wantCode checks that err is an *ats.Error with code and returns it.
func wantCode(t *testing.T, err error, code ats.Code) *ats.Error {
	t.Helper()
	var e *ats.Error
	if !errors.As(err, &e) {
		t.Fatalf("got error %v, want *ats.Error with code %s", err, code)
	}
	if e.Code != code {
		t.Fatalf("got code %s (%v), want %s", e.Code, err, code)
	}
	return e
}

func str(s string) *string { return &s }

// seedCandidate returns the seeded candidate with id.
func seedCandidate(t *testing.T, id string) ats.Candidate {
	t.Helper()
	for _, c := range preview.SeedData().Candidates {
		if c.ID == id {
			return c
		}
	}
	t.Fatalf("seed has no %s", id)
	return ats.Candidate{}
}

func TestOpenServesTheSeed(t *testing.T) {
	ds := preview.SeedData()
	sb := openSandbox(t)
	ctx := t.Context()

	jobs, err := sb.ListJobs(ctx, ats.JobQuery{Window: ats.Window{Limit: 100}})
	if err != nil {
		t.Fatalf("ListJobs: %v", err)
	}
	if jobs.Total == nil || *jobs.Total != len(ds.Jobs) || len(jobs.Items) != 100 || !jobs.HasMore {
		t.Fatalf("ListJobs: got %d items of total %v, has_more %v; want 100 of %d with more", len(jobs.Items), jobs.Total, jobs.HasMore, len(ds.Jobs))
	}
	for _, j := range jobs.Items {
		if j.Description != nil {
			t.Fatalf("list job %s carries a description; want it only in the detail", j.ID)
		}
	}
	j, err := sb.Job(ctx, "job_063", ats.ReadOptions{})
	if err != nil {
		t.Fatalf("Job(job_063): %v", err)
	}
	if j.Description == nil || *j.Description != *ds.Jobs[62].Description || j.Raw != nil {
		t.Errorf("Job(job_063): got description %v, raw %s; want the seeded description and no raw", j.Description, j.Raw)
	}

	c, err := sb.Candidate(ctx, "cand_001", ats.ReadOptions{})
	if err != nil {
		t.Fatalf("Candidate(cand_001): %v", err)
	}
	var want []string
	for _, a := range ds.Applications {
		if a.CandidateID == "cand_001" {
			want = append(want, a.ID)
		}
	}
	if !slices.Equal(c.ApplicationIDs, want) || c.Email != ds.Candidates[0].Email {
		t.Errorf("Candidate(cand_001): got %s with applications %v, want %s with %v", c.Email, c.ApplicationIDs, ds.Candidates[0].Email, want)
	}

	apps, err := sb.ListApplications(ctx, ats.ApplicationQuery{Window: ats.Window{Limit: 10, Page: 1}})
	if err != nil {
		t.Fatalf("ListApplications: %v", err)
	}
	if apps.Total == nil || *apps.Total != len(ds.Applications) || apps.Items[0].ID != "app_0001" {
		t.Errorf("ListApplications page 1: got total %v, first %s; want %d, app_0001", apps.Total, apps.Items[0].ID, len(ds.Applications))
	}
}

func TestOpenTwiceKeepsData(t *testing.T) {
	s := memory.New()
	ctx := t.Context()
	sb, err := preview.Open(ctx, s, nil)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	c, err := sb.CreateCandidate(ctx, ats.CandidateInput{Name: "Restart Test", Email: "restart.test@example.net"})
	if err != nil {
		t.Fatalf("CreateCandidate: %v", err)
	}
	again, err := preview.Open(ctx, s, nil)
	if err != nil {
		t.Fatalf("second Open: %v", err)
	}
	p, err := again.ListCandidates(ctx, ats.CandidateQuery{Window: ats.Window{Limit: 1}})
	if err != nil {
		t.Fatalf("ListCandidates: %v", err)
	}
	if want := len(preview.SeedData().Candidates) + 1; p.Total == nil || *p.Total != want {
		t.Errorf("candidates after a second Open: got %v, want %d (seed once, keep new data)", p.Total, want)
	}
	if _, err := again.Candidate(ctx, c.ID, ats.ReadOptions{}); err != nil {
		t.Errorf("candidate created before the second Open: got %v, want it kept", err)
	}
}

func TestCreateCandidateNames(t *testing.T) {
	tests := []struct {
		name                  string
		in                    ats.CandidateInput
		first, last, fullName string
	}{
		{"single name", ats.CandidateInput{Name: "Karan"}, "Karan", "", "Karan"},
		{"split at first space", ats.CandidateInput{Name: "Ana María López"}, "Ana", "María López", "Ana María López"},
		{"first and last", ats.CandidateInput{FirstName: "Grace", LastName: "Hopper"}, "Grace", "Hopper", "Grace Hopper"},
		{"extra spaces", ats.CandidateInput{Name: "  Ada   Lovelace "}, "Ada", "Lovelace", "Ada Lovelace"},
		{"explicit parts win", ats.CandidateInput{Name: "Mary Jane Watson", FirstName: "Mary Jane", LastName: "Watson"}, "Mary Jane", "Watson", "Mary Jane Watson"},
	}
	sb := openSandbox(t)
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := tt.in
			in.Email = fmt.Sprintf("names.%d@example.net", i)
			c, err := sb.CreateCandidate(t.Context(), in)
			if err != nil {
				t.Fatalf("CreateCandidate: %v", err)
			}
			if c.FirstName != tt.first || c.LastName != tt.last || c.Name != tt.fullName {
				t.Errorf("got first %q, last %q, name %q; want %q, %q, %q", c.FirstName, c.LastName, c.Name, tt.first, tt.last, tt.fullName)
			}
			stored, err := sb.Candidate(t.Context(), c.ID, ats.ReadOptions{})
			if err != nil {
				t.Fatalf("Candidate(%s): %v", c.ID, err)
			}
			if stored.FirstName != tt.first || stored.LastName != tt.last || stored.Name != tt.fullName {
				t.Errorf("stored: got %q, %q, %q; want %q, %q, %q", stored.FirstName, stored.LastName, stored.Name, tt.first, tt.last, tt.fullName)
			}
		})
	}
}

func TestCreateCandidateRecord(t *testing.T) {
	ds := preview.SeedData()
	sb := openSandbox(t)
	ctx := t.Context()
	wantTime := clockTime.UTC().Truncate(time.Second)

	c, err := sb.CreateCandidate(ctx, ats.CandidateInput{
		Name: "Grace Hopper", Email: "  Grace.Hopper@Example.NET ", Phone: str("+1 212 555 0100"), Source: str("Meetup"),
	})
	if err != nil {
		t.Fatalf("CreateCandidate: %v", err)
	}
	if want := fmt.Sprintf("cand_%03d", len(ds.Candidates)+1); c.ID != want {
		t.Errorf("first new candidate: got id %s, want %s (continuing the seed)", c.ID, want)
	}
	if c.Email != "Grace.Hopper@Example.NET" {
		t.Errorf("email: got %q, want it stored as given, trimmed", c.Email)
	}
	if !c.CreatedAt.Equal(wantTime) || !c.UpdatedAt.Equal(wantTime) || c.CreatedAt.Location() != time.UTC {
		t.Errorf("times: got %v / %v, want %v (now in UTC, whole seconds)", c.CreatedAt, c.UpdatedAt, wantTime)
	}
	if c.Tags == nil || len(c.Tags) != 0 || c.ApplicationIDs == nil || len(c.ApplicationIDs) != 0 {
		t.Errorf("lists: got tags %#v, application ids %#v; want both empty, not nil", c.Tags, c.ApplicationIDs)
	}
	stored, err := sb.Candidate(ctx, c.ID, ats.ReadOptions{})
	if err != nil {
		t.Fatalf("Candidate(%s): %v", c.ID, err)
	}
	if deref(stored.Phone) != "+1 212 555 0100" || deref(stored.Source) != "Meetup" || stored.Headline != nil || stored.ResumeURL != nil {
		t.Errorf("stored candidate: got phone %s, source %s, headline %v, resume %v", deref(stored.Phone), deref(stored.Source), stored.Headline, stored.ResumeURL)
	}

	next, err := sb.CreateCandidate(ctx, ats.CandidateInput{Name: "Alan Turing", Email: "alan.turing@example.net", Tags: []string{"math"}})
	if err != nil {
		t.Fatalf("second CreateCandidate: %v", err)
	}
	if want := fmt.Sprintf("cand_%03d", len(ds.Candidates)+2); next.ID != want || !slices.Equal(next.Tags, []string{"math"}) {
		t.Errorf("second new candidate: got %s with tags %v, want %s with [math]", next.ID, next.Tags, want)
	}
}

func TestCreateCandidateWithJob(t *testing.T) {
	ds := preview.SeedData()
	sb := openSandbox(t)
	ctx := t.Context()

	// The README's example, verbatim.
	c, err := sb.CreateCandidate(ctx, ats.CandidateInput{JobID: "job_063", Name: "Karan", Email: "karan@example.com"})
	if err != nil {
		t.Fatalf("CreateCandidate(Karan, job_063): %v", err)
	}
	wantApp := fmt.Sprintf("app_%04d", len(ds.Applications)+1)
	if !slices.Equal(c.ApplicationIDs, []string{wantApp}) {
		t.Fatalf("application ids: got %v, want [%s]", c.ApplicationIDs, wantApp)
	}
	a, err := sb.Application(ctx, wantApp, ats.ReadOptions{})
	if err != nil {
		t.Fatalf("Application(%s): %v", wantApp, err)
	}
	checkNewApplication(t, a, c.ID, "job_063", nil)

	stored, err := sb.Candidate(ctx, c.ID, ats.ReadOptions{})
	if err != nil {
		t.Fatalf("Candidate(%s): %v", c.ID, err)
	}
	if !slices.Equal(stored.ApplicationIDs, c.ApplicationIDs) {
		t.Errorf("stored application ids: got %v, want %v", stored.ApplicationIDs, c.ApplicationIDs)
	}

	withSource, err := sb.CreateCandidate(ctx, ats.CandidateInput{JobID: "job_063", Name: "Priya Nair", Email: "priya.nair@example.net", Source: str("Referral")})
	if err != nil {
		t.Fatalf("CreateCandidate with source: %v", err)
	}
	a, err = sb.Application(ctx, withSource.ApplicationIDs[0], ats.ReadOptions{})
	if err != nil {
		t.Fatalf("Application: %v", err)
	}
	if deref(a.Source) != "Referral" {
		t.Errorf("application source: got %s, want the candidate's Referral", deref(a.Source))
	}
}

// checkNewApplication checks the shape every new application has.
func checkNewApplication(t *testing.T, a ats.Application, candidateID, jobID string, source *string) {
	t.Helper()
	wantTime := clockTime.UTC().Truncate(time.Second)
	want := ats.Stage{ID: "stg_applied", Name: "Applied", Kind: ats.StageApplied}
	if a.CandidateID != candidateID || a.JobID != jobID {
		t.Errorf("application %s: got %s -> %s, want %s -> %s", a.ID, a.CandidateID, a.JobID, candidateID, jobID)
	}
	if a.Stage != want || a.Status != ats.ApplicationActive {
		t.Errorf("application %s: got stage %+v, status %s; want %+v, active", a.ID, a.Stage, a.Status, want)
	}
	if !a.AppliedAt.Equal(wantTime) || !a.UpdatedAt.Equal(wantTime) || a.RejectedAt != nil || a.HiredAt != nil {
		t.Errorf("application %s: got applied %v, updated %v, rejected %v, hired %v; want %v, %v, nil, nil", a.ID, a.AppliedAt, a.UpdatedAt, a.RejectedAt, a.HiredAt, wantTime, wantTime)
	}
	if deref(a.Source) != deref(source) {
		t.Errorf("application %s: got source %s, want %s", a.ID, deref(a.Source), deref(source))
	}
}

func TestCreateCandidateFailuresLeaveNothing(t *testing.T) {
	ds := preview.SeedData()
	var closed, draft string
	for _, j := range ds.Jobs {
		switch {
		case closed == "" && j.Status == ats.JobClosed:
			closed = j.ID
		case draft == "" && j.Status == ats.JobDraft:
			draft = j.ID
		}
	}
	existing := seedCandidate(t, "cand_002")
	tests := []struct {
		name     string
		in       ats.CandidateInput
		code     ats.Code
		mention  string // in the message
		existing string // Details[0].ExistingID
	}{
		{"closed job", ats.CandidateInput{Name: "Lin Wu", Email: "lin.wu@example.net", JobID: closed}, ats.CodeJobNotOpen, closed, ""},
		{"draft job", ats.CandidateInput{Name: "Lin Wu", Email: "lin.wu@example.net", JobID: draft}, ats.CodeJobNotOpen, draft, ""},
		{"unknown job", ats.CandidateInput{Name: "Lin Wu", Email: "lin.wu@example.net", JobID: "job_999"}, ats.CodeNotFound, "job", ""},
		{"email in other case", ats.CandidateInput{Name: "Someone Else", Email: strings.ToUpper(existing.Email)}, ats.CodeCandidateExists, "", existing.ID},
		{"email in other case with job", ats.CandidateInput{Name: "Someone Else", Email: strings.ToUpper(existing.Email), JobID: "job_063"}, ats.CodeCandidateExists, "", existing.ID},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sb := openSandbox(t)
			ctx := t.Context()
			_, err := sb.CreateCandidate(ctx, tt.in)
			e := wantCode(t, err, tt.code)
			if !strings.Contains(e.Message, tt.mention) {
				t.Errorf("message %q: want it to mention %q", e.Message, tt.mention)
			}
			if tt.existing != "" && (len(e.Details) == 0 || e.Details[0].ExistingID != tt.existing) {
				t.Errorf("details: got %+v, want existing id %s", e.Details, tt.existing)
			}
			if strings.Contains(strings.ToLower(e.Error()), strings.ToLower(tt.in.Email)) {
				t.Errorf("error %q reveals the email", e.Error())
			}
			// Nothing of the failed request is stored.
			cands, err := sb.ListCandidates(ctx, ats.CandidateQuery{Window: ats.Window{Limit: 1}, Email: tt.in.Email})
			if err != nil {
				t.Fatalf("ListCandidates: %v", err)
			}
			want := 0 // the failed request stored no candidate
			if tt.existing != "" {
				want = 1 // the one that was there before
			}
			if *cands.Total != want {
				t.Errorf("candidates with the email afterwards: got %d, want %d", *cands.Total, want)
			}
			apps, err := sb.ListApplications(ctx, ats.ApplicationQuery{Window: ats.Window{Limit: 1}})
			if err != nil {
				t.Fatalf("ListApplications: %v", err)
			}
			if *apps.Total != len(ds.Applications) {
				t.Errorf("applications afterwards: got %d, want the seeded %d", *apps.Total, len(ds.Applications))
			}
		})
	}
}

func TestCreateApplication(t *testing.T) {
	ds := preview.SeedData()
	sb := openSandbox(t)
	ctx := t.Context()

	// The README's example, verbatim.
	a, err := sb.CreateApplication(ctx, ats.ApplicationInput{CandidateID: "cand_001", JobID: "job_063"})
	if err != nil {
		t.Fatalf("CreateApplication(cand_001, job_063): %v", err)
	}
	if want := fmt.Sprintf("app_%04d", len(ds.Applications)+1); a.ID != want {
		t.Errorf("first new application: got id %s, want %s (continuing the seed)", a.ID, want)
	}
	checkNewApplication(t, a, "cand_001", "job_063", ds.Candidates[0].Source)
	c, err := sb.Candidate(ctx, "cand_001", ats.ReadOptions{})
	if err != nil {
		t.Fatalf("Candidate(cand_001): %v", err)
	}
	if c.ApplicationIDs[len(c.ApplicationIDs)-1] != a.ID {
		t.Errorf("cand_001 application ids: got %v, want %s last", c.ApplicationIDs, a.ID)
	}
	stored, err := sb.Application(ctx, a.ID, ats.ReadOptions{})
	if err != nil {
		t.Fatalf("Application(%s): %v", a.ID, err)
	}
	if !jsonEqual(t, stored, a) {
		t.Errorf("stored application differs from the created one")
	}

	// An input source wins over the candidate's.
	other := notAppliedTo(t, ds, "job_063", "cand_001")
	a2, err := sb.CreateApplication(ctx, ats.ApplicationInput{CandidateID: other, JobID: "job_063", Source: str("Job board")})
	if err != nil {
		t.Fatalf("CreateApplication(%s, job_063): %v", other, err)
	}
	checkNewApplication(t, a2, other, "job_063", str("Job board"))
}

// notAppliedTo returns the first seeded candidate, other than except, with
// no application to job.
func notAppliedTo(t *testing.T, ds preview.Dataset, job, except string) string {
	t.Helper()
	applied := map[string]bool{except: true}
	for _, a := range ds.Applications {
		if a.JobID == job {
			applied[a.CandidateID] = true
		}
	}
	for _, c := range ds.Candidates {
		if !applied[c.ID] {
			return c.ID
		}
	}
	t.Fatalf("every seeded candidate applied to %s", job)
	return ""
}

func TestCreateApplicationFailures(t *testing.T) {
	ds := preview.SeedData()
	jobs := map[string]ats.Job{}
	var closed string
	for _, j := range ds.Jobs {
		jobs[j.ID] = j
		if closed == "" && j.Status == ats.JobClosed {
			closed = j.ID
		}
	}
	var existing ats.Application
	for _, a := range ds.Applications {
		if jobs[a.JobID].Status == ats.JobOpen {
			existing = a
			break
		}
	}
	tests := []struct {
		name     string
		in       ats.ApplicationInput
		code     ats.Code
		mention  string
		existing string
	}{
		{"unknown candidate", ats.ApplicationInput{CandidateID: "cand_999", JobID: "job_063"}, ats.CodeNotFound, "candidate", ""},
		{"unknown job", ats.ApplicationInput{CandidateID: "cand_001", JobID: "job_999"}, ats.CodeNotFound, "job", ""},
		{"closed job", ats.ApplicationInput{CandidateID: "cand_001", JobID: closed}, ats.CodeJobNotOpen, closed, ""},
		{"already applied", ats.ApplicationInput{CandidateID: existing.CandidateID, JobID: existing.JobID}, ats.CodeApplicationExists, "", existing.ID},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sb := openSandbox(t)
			ctx := t.Context()
			_, err := sb.CreateApplication(ctx, tt.in)
			e := wantCode(t, err, tt.code)
			if !strings.Contains(e.Message, tt.mention) {
				t.Errorf("message %q: want it to mention %q", e.Message, tt.mention)
			}
			if tt.existing != "" && (len(e.Details) == 0 || e.Details[0].ExistingID != tt.existing) {
				t.Errorf("details: got %+v, want existing id %s", e.Details, tt.existing)
			}
			apps, err := sb.ListApplications(ctx, ats.ApplicationQuery{Window: ats.Window{Limit: 1}})
			if err != nil {
				t.Fatalf("ListApplications: %v", err)
			}
			if *apps.Total != len(ds.Applications) {
				t.Errorf("applications afterwards: got %d, want the seeded %d", *apps.Total, len(ds.Applications))
			}
		})
	}
}

func TestReadsNameTheMissingResource(t *testing.T) {
	sb := openSandbox(t)
	ctx := t.Context()
	tests := []struct {
		resource string
		read     func() error
	}{
		{"job", func() error { _, err := sb.Job(ctx, "job_999", ats.ReadOptions{}); return err }},
		{"candidate", func() error { _, err := sb.Candidate(ctx, "cand_999", ats.ReadOptions{}); return err }},
		{"application", func() error { _, err := sb.Application(ctx, "app_9999", ats.ReadOptions{}); return err }},
	}
	for _, tt := range tests {
		t.Run(tt.resource, func(t *testing.T) {
			e := wantCode(t, tt.read(), ats.CodeNotFound)
			if !strings.Contains(e.Message, tt.resource) {
				t.Errorf("message %q: want it to name the %s", e.Message, tt.resource)
			}
		})
	}
}

func TestIncludeRaw(t *testing.T) {
	sb := openSandbox(t)
	ctx := t.Context()
	raw := ats.ReadOptions{IncludeRaw: true}

	j, err := sb.Job(ctx, "job_063", raw)
	if err != nil {
		t.Fatalf("Job: %v", err)
	}
	if !strings.Contains(string(j.Raw), `"description"`) {
		t.Errorf("job detail raw: want the description, got %s", j.Raw)
	}
	checkRaw(t, "job detail", j.Raw, func() any { j.Raw = nil; return j })

	jobs, err := sb.ListJobs(ctx, ats.JobQuery{Window: ats.Window{Limit: 2}, IncludeRaw: true})
	if err != nil {
		t.Fatalf("ListJobs: %v", err)
	}
	for _, j := range jobs.Items {
		checkRaw(t, "list job", j.Raw, func() any { j.Raw = nil; return j })
	}

	c, err := sb.Candidate(ctx, "cand_001", raw)
	if err != nil {
		t.Fatalf("Candidate: %v", err)
	}
	checkRaw(t, "candidate", c.Raw, func() any { c.Raw = nil; return c })

	a, err := sb.Application(ctx, "app_0001", raw)
	if err != nil {
		t.Fatalf("Application: %v", err)
	}
	checkRaw(t, "application", a.Raw, func() any { a.Raw = nil; return a })

	cands, err := sb.ListCandidates(ctx, ats.CandidateQuery{Window: ats.Window{Limit: 2}, IncludeRaw: true})
	if err != nil {
		t.Fatalf("ListCandidates: %v", err)
	}
	apps, err := sb.ListApplications(ctx, ats.ApplicationQuery{Window: ats.Window{Limit: 2}, IncludeRaw: true})
	if err != nil {
		t.Fatalf("ListApplications: %v", err)
	}
	if len(cands.Items[0].Raw) == 0 || len(apps.Items[0].Raw) == 0 {
		t.Errorf("lists with IncludeRaw: got candidate raw %q, application raw %q; want both", cands.Items[0].Raw, apps.Items[0].Raw)
	}

	plain, err := sb.Candidate(ctx, "cand_001", ats.ReadOptions{})
	if err != nil {
		t.Fatalf("Candidate: %v", err)
	}
	if plain.Raw != nil {
		t.Errorf("candidate without IncludeRaw: got raw %s, want none", plain.Raw)
	}
}

// checkRaw checks that raw is the JSON of the record without its raw field.
func checkRaw(t *testing.T, what string, raw json.RawMessage, without func() any) {
	t.Helper()
	if len(raw) == 0 {
		t.Fatalf("%s: got no raw, want the stored record", what)
	}
	want, err := json.Marshal(without())
	if err != nil {
		t.Fatalf("%s: marshal: %v", what, err)
	}
	if string(raw) != string(want) {
		t.Errorf("%s raw:\n got %s\nwant %s", what, raw, want)
	}
}

func jsonEqual(t *testing.T, a, b any) bool {
	t.Helper()
	ja, err := json.Marshal(a)
	if err != nil {
		t.Fatalf("marshal: %v", err)
	}
	jb, err := json.Marshal(b)
	if err != nil {
		t.Fatalf("marshal: %v", err)
	}
	return string(ja) == string(jb)
}

// BenchmarkSeedData measures building the seed, which every Open pays.
func BenchmarkSeedData(b *testing.B) {
	for b.Loop() {
		preview.SeedData()
	}
}

// BenchmarkOpen measures a cold start on a memory store: build and write
// the seed.
func BenchmarkOpen(b *testing.B) {
	for b.Loop() {
		if _, err := preview.Open(context.Background(), memory.New(), nil); err != nil {
			b.Fatal(err)
		}
	}
}
