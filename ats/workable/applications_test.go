package workable_test

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/workable"
	"github.com/atsbridge/atsbridge/ats/workable/workabletest"
)

// kindOf is the expected stage kind of a fake stage slug.
var kindOf = map[string]ats.StageKind{
	"sourced": ats.StageSourced, "applied": ats.StageApplied, "phone-screen": ats.StageScreening,
	"assessment": ats.StageAssessment, "interview": ats.StageInterview, "technical-interview": ats.StageInterview,
	"offer": ats.StageOffer, "hired": ats.StageHired,
}

func statusOf(c workabletest.Candidate) ats.ApplicationStatus {
	switch {
	case c.Withdrew:
		return ats.ApplicationWithdrawn
	case c.Disqualified:
		return ats.ApplicationRejected
	case c.StageSlug == "hired":
		return ats.ApplicationHired
	}
	return ats.ApplicationActive
}

func TestListApplications(t *testing.T) {
	h := newHarness(t, fastOptions(), nil)
	h.fake.SeedJobs(10)
	seeded := h.fake.SeedCandidates(240)
	h.fake.AddCandidate(workabletest.Candidate{Name: "Pool Person", Email: "pool@example.com"}) // talent pool: no application
	someJob := seeded[3].JobShortcode
	boundary := seeded[119].CreatedAt
	stageReads := 0

	tests := []struct {
		name      string
		q         ats.ApplicationQuery
		match     func(workabletest.Candidate) bool
		wantStage string // stage slug sent upstream
	}{
		{"all", ats.ApplicationQuery{}, func(workabletest.Candidate) bool { return true }, ""},
		{"job_id", ats.ApplicationQuery{JobID: someJob}, func(c workabletest.Candidate) bool { return c.JobShortcode == someJob }, ""},
		{"a kind with one stage goes upstream as its slug", ats.ApplicationQuery{StageKinds: []ats.StageKind{ats.StageScreening}},
			func(c workabletest.Candidate) bool { return c.StageSlug == "phone-screen" }, "phone-screen"},
		{"a kind with two stages is ours", ats.ApplicationQuery{StageKinds: []ats.StageKind{ats.StageInterview}},
			func(c workabletest.Candidate) bool { return kindOf[c.StageSlug] == ats.StageInterview }, ""},
		{"several kinds", ats.ApplicationQuery{StageKinds: []ats.StageKind{ats.StageOffer, ats.StageHired}},
			func(c workabletest.Candidate) bool { return c.StageSlug == "offer" || c.StageSlug == "hired" }, ""},
		{"status rejected", ats.ApplicationQuery{Statuses: []ats.ApplicationStatus{ats.ApplicationRejected}},
			func(c workabletest.Candidate) bool { return statusOf(c) == ats.ApplicationRejected }, ""},
		{"status withdrawn or hired", ats.ApplicationQuery{Statuses: []ats.ApplicationStatus{ats.ApplicationWithdrawn, ats.ApplicationHired}},
			func(c workabletest.Candidate) bool {
				return statusOf(c) == ats.ApplicationWithdrawn || statusOf(c) == ats.ApplicationHired
			}, ""},
		{"created_after is strict on applied_at", ats.ApplicationQuery{CreatedAfter: &boundary},
			func(c workabletest.Candidate) bool { return c.CreatedAt.After(boundary) }, ""},
		{"job and kind", ats.ApplicationQuery{JobID: someJob, StageKinds: []ats.StageKind{ats.StageAssessment}},
			func(c workabletest.Candidate) bool { return c.JobShortcode == someJob && c.StageSlug == "assessment" }, "assessment"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h.fake.ResetRequests()
			defer func() { stageReads += h.fake.Count("GET", "/stages") }()
			var want []string
			for _, c := range seeded {
				if tt.match(c) {
					want = append(want, c.ID)
				}
			}
			got, _ := walkAll(t, 20, func(w ats.Window) (ats.Page[ats.Application], error) {
				q := tt.q
				q.Window = w
				return h.client.ListApplications(ctx(t), q)
			})
			var ids []string
			for _, a := range got {
				ids = append(ids, a.ID)
				if a.CandidateID != a.ID || a.JobID == "" {
					t.Errorf("application %s: candidate_id %q job_id %q, want the record's id and its job", a.ID, a.CandidateID, a.JobID)
				}
			}
			if !slices.Equal(ids, want) {
				t.Errorf("got %d applications %v, want %d %v", len(ids), ids, len(want), want)
			}
			for _, r := range h.fake.Requests() {
				if r.Path == "/candidates" || r.Path == "/jobs/"+someJob+"/candidates" {
					if got := r.Query.Get("stage"); got != tt.wantStage {
						t.Errorf("upstream stage filter: got %q, want %q", got, tt.wantStage)
					}
				}
			}
		})
	}
	if stageReads != 1 {
		t.Errorf("got %d reads of /stages, want 1 (cached)", stageReads)
	}
}

// A list filtered by job continues on Workable's legacy path
// /jobs/{shortcode}/candidates; the walk follows it and the continuation
// still resumes correctly.
func TestListApplicationsByJobFollowsLegacyNextLinks(t *testing.T) {
	h := newHarness(t, fastOptions(), nil)
	job := h.fake.AddJob(workabletest.Job{Title: "Busy"})
	other := h.fake.AddJob(workabletest.Job{Title: "Quiet"})
	var want []string
	for i := range 260 {
		sc := job.Shortcode
		if i%3 == 0 {
			sc = other.Shortcode
		}
		// Half are disqualified, so a page of active ones needs a second
		// upstream call, which follows the next link.
		c := h.fake.AddCandidate(workabletest.Candidate{FirstName: "P", LastName: "Q", Email: "p@example.com",
			JobShortcode: sc, StageSlug: "interview", Disqualified: i%2 == 1})
		if sc == job.Shortcode && !c.Disqualified {
			want = append(want, c.ID)
		}
	}
	got, _ := walkAll(t, 100, func(w ats.Window) (ats.Page[ats.Application], error) {
		return h.client.ListApplications(ctx(t), ats.ApplicationQuery{Window: w, JobID: job.Shortcode, Statuses: []ats.ApplicationStatus{ats.ApplicationActive}})
	})
	var ids []string
	for _, a := range got {
		ids = append(ids, a.ID)
	}
	if !slices.Equal(ids, want) {
		t.Errorf("got %d applications, want %d in order", len(ids), len(want))
	}
	if h.fake.Count("GET", "/jobs/"+job.Shortcode+"/candidates") == 0 {
		t.Error("the walk never used the legacy next link")
	}
}

func TestApplicationsOfOneCandidate(t *testing.T) {
	h := newHarness(t, fastOptions(), nil)
	job := h.fake.AddJob(workabletest.Job{Title: "Engineer"})
	c := h.fake.AddCandidate(workabletest.Candidate{Name: "One Person", Email: "one@example.com", JobShortcode: job.Shortcode, StageSlug: "offer"})

	tests := []struct {
		name string
		q    ats.ApplicationQuery
		want int
	}{
		{"the record", ats.ApplicationQuery{CandidateID: c.ID}, 1},
		{"matching kind", ats.ApplicationQuery{CandidateID: c.ID, StageKinds: []ats.StageKind{ats.StageOffer}}, 1},
		{"other kind", ats.ApplicationQuery{CandidateID: c.ID, StageKinds: []ats.StageKind{ats.StageHired}}, 0},
		{"other job", ats.ApplicationQuery{CandidateID: c.ID, JobID: "OTHERJOB00"}, 0},
		{"unknown candidate", ats.ApplicationQuery{CandidateID: "deadbeef"}, 0},
		{"page 2", ats.ApplicationQuery{CandidateID: c.ID, Window: ats.Window{Page: 2}}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.q.Limit = 20
			p, err := h.client.ListApplications(ctx(t), tt.q)
			if err != nil {
				t.Fatal(err)
			}
			if len(p.Items) != tt.want || p.HasMore {
				t.Errorf("got %d items has_more %v, want %d and no more", len(p.Items), p.HasMore, tt.want)
			}
		})
	}
}

func TestApplicationMapping(t *testing.T) {
	h := newHarness(t, fastOptions(), nil)
	job := h.fake.AddJob(workabletest.Job{Title: "Engineer"})
	at := time.Date(2026, 5, 1, 8, 0, 0, 0, time.UTC)
	tests := []struct {
		name       string
		c          workabletest.Candidate
		wantStatus ats.ApplicationStatus
		wantStage  ats.Stage
		rejected   bool
		hired      bool
	}{
		{"active in a renamed interview stage", workabletest.Candidate{StageSlug: "technical-interview"}, ats.ApplicationActive,
			ats.Stage{ID: "technical-interview", Name: "Technical Interview", Kind: ats.StageInterview}, false, false},
		{"disqualified", workabletest.Candidate{StageSlug: "phone-screen", Disqualified: true, DisqualifiedAt: new(at.Add(time.Hour))},
			ats.ApplicationRejected, ats.Stage{ID: "phone-screen", Name: "Phone Screen", Kind: ats.StageScreening}, true, false},
		{"withdrew", workabletest.Candidate{StageSlug: "assessment", Disqualified: true, Withdrew: true, DisqualifiedAt: new(at.Add(time.Hour))},
			ats.ApplicationWithdrawn, ats.Stage{ID: "assessment", Name: "Assessment", Kind: ats.StageAssessment}, true, false},
		{"hired", workabletest.Candidate{StageSlug: "hired", HiredAt: new(at.Add(48 * time.Hour))}, ats.ApplicationHired,
			ats.Stage{ID: "hired", Name: "Hired", Kind: ats.StageHired}, false, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := tt.c
			in.Name, in.Email, in.JobShortcode, in.CreatedAt, in.UpdatedAt, in.Domain = "X Y", "xy@example.com", job.Shortcode, at, at, "linkedin.com"
			fc := h.fake.AddCandidate(in)
			a, err := h.client.Application(ctx(t), fc.ID, ats.ReadOptions{IncludeRaw: true})
			if err != nil {
				t.Fatal(err)
			}
			if a.Status != tt.wantStatus || a.Stage != tt.wantStage {
				t.Errorf("got status %s stage %+v, want %s %+v", a.Status, a.Stage, tt.wantStatus, tt.wantStage)
			}
			if (a.RejectedAt != nil) != tt.rejected || (a.HiredAt != nil) != tt.hired {
				t.Errorf("got rejected_at %v hired_at %v", a.RejectedAt, a.HiredAt)
			}
			if !a.AppliedAt.Equal(at) || a.Source == nil || *a.Source != "linkedin.com" || a.JobID != job.Shortcode {
				t.Errorf("got applied_at %v source %v job %s", a.AppliedAt, a.Source, a.JobID)
			}
			var raw map[string]any
			if json.Unmarshal(a.Raw, &raw) != nil || raw["id"] != fc.ID {
				t.Errorf("raw: got %s", a.Raw)
			}
		})
	}
}

func TestCreateApplicationCopiesTheCandidate(t *testing.T) {
	h := newHarness(t, fastOptions(), nil)
	first := h.fake.AddJob(workabletest.Job{Title: "First"})
	second := h.fake.AddJob(workabletest.Job{Title: "Second"})
	third := h.fake.AddJob(workabletest.Job{Title: "Third"})
	c := h.fake.AddCandidate(workabletest.Candidate{Name: "Mover Person", Email: "mover@example.com", JobShortcode: first.Shortcode})

	for _, target := range []workabletest.Job{second, third} {
		a, err := h.client.CreateApplication(ctx(t), ats.ApplicationInput{CandidateID: c.ID, JobID: target.Shortcode})
		if err != nil {
			t.Fatal(err)
		}
		if a.JobID != target.Shortcode || a.ID == c.ID || a.Status != ats.ApplicationActive {
			t.Errorf("got %+v, want a new active record in %s", a, target.Shortcode)
		}
	}
	var members []string
	for _, r := range h.fake.Requests() {
		if r.Path == "/candidates/"+c.ID+"/copy" {
			var body struct {
				MemberID string `json:"member_id"`
			}
			_ = json.Unmarshal(r.Body, &body)
			members = append(members, body.MemberID)
		}
	}
	if !slices.Equal(members, []string{"1f395d", "1f395d"}) {
		t.Errorf("copies acted as %v, want the active admin 1f395d twice", members)
	}
	if n := h.fake.Count("GET", "/members"); n != 1 {
		t.Errorf("got %d /members reads for two copies, want 1 (cached)", n)
	}
}

func TestCreateApplicationWithConfiguredMember(t *testing.T) {
	h := newHarness(t, fastOptions(), func(c *workable.Config) { c.MemberID = "2c4e6a" })
	first := h.fake.AddJob(workabletest.Job{Title: "First"})
	second := h.fake.AddJob(workabletest.Job{Title: "Second"})
	c := h.fake.AddCandidate(workabletest.Candidate{Name: "Mover Person", Email: "mover@example.com", JobShortcode: first.Shortcode})
	if _, err := h.client.CreateApplication(ctx(t), ats.ApplicationInput{CandidateID: c.ID, JobID: second.Shortcode}); err != nil {
		t.Fatal(err)
	}
	if n := h.fake.Count("GET", "/members"); n != 0 {
		t.Errorf("got %d /members reads, want none with WORKABLE_MEMBER_ID set", n)
	}
}

func TestCreateApplicationErrors(t *testing.T) {
	h := newHarness(t, fastOptions(), nil)
	first := h.fake.AddJob(workabletest.Job{Title: "First"})
	second := h.fake.AddJob(workabletest.Job{Title: "Second"})
	draft := h.fake.AddJob(workabletest.Job{Title: "Draft", State: "draft"})
	c := h.fake.AddCandidate(workabletest.Candidate{Name: "Mover Person", Email: "mover@example.com", JobShortcode: first.Shortcode})
	copyInSecond := h.fake.AddCandidate(workabletest.Candidate{Name: "Mover Person", Email: "Mover@example.com", JobShortcode: second.Shortcode})

	tests := []struct {
		name     string
		in       ats.ApplicationInput
		code     ats.Code
		existing string
	}{
		{"already in that job", ats.ApplicationInput{CandidateID: c.ID, JobID: first.Shortcode}, ats.CodeApplicationExists, c.ID},
		{"same person already there", ats.ApplicationInput{CandidateID: c.ID, JobID: second.Shortcode}, ats.CodeApplicationExists, copyInSecond.ID},
		{"draft job", ats.ApplicationInput{CandidateID: c.ID, JobID: draft.Shortcode}, ats.CodeJobNotOpen, ""},
		{"unknown job", ats.ApplicationInput{CandidateID: c.ID, JobID: "NOSUCHJOB1"}, ats.CodeNotFound, ""},
		{"unknown candidate", ats.ApplicationInput{CandidateID: "deadbeef", JobID: second.Shortcode}, ats.CodeNotFound, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := h.client.CreateApplication(ctx(t), tt.in)
			e := wantCode(t, err, tt.code)
			if tt.existing != "" && (len(e.Details) != 1 || e.Details[0].ExistingID != tt.existing) {
				t.Errorf("details: got %+v, want existing_id %s", e.Details, tt.existing)
			}
		})
	}
	if n := len(h.fake.Candidates()); n != 2 {
		t.Errorf("got %d candidate records, want 2 (no copy made)", n)
	}
}

func TestCreateApplicationWithoutActiveMember(t *testing.T) {
	h := newHarness(t, fastOptions(), nil)
	h.fake.SetMembers([]workabletest.Member{{ID: "0a1b2c", Name: "Gone", Active: false}})
	first := h.fake.AddJob(workabletest.Job{Title: "First"})
	second := h.fake.AddJob(workabletest.Job{Title: "Second"})
	c := h.fake.AddCandidate(workabletest.Candidate{Name: "Mover Person", Email: "mover@example.com", JobShortcode: first.Shortcode})
	_, err := h.client.CreateApplication(ctx(t), ats.ApplicationInput{CandidateID: c.ID, JobID: second.Shortcode})
	e := wantCode(t, err, ats.CodeUpstreamRejected)
	if want := "WORKABLE_MEMBER_ID"; !strings.Contains(e.Message, want) {
		t.Errorf("message %q does not name %s", e.Message, want)
	}
}

// The copy's answer is not on record: any 2xx with the new record, only
// an id, or nothing at all ends in the new application.
func TestCreateApplicationCopyAnswerShapes(t *testing.T) {
	tests := []struct {
		name   string
		status int
		body   *string
	}{
		{"201 with the candidate", 201, nil},
		{"200 with the candidate", 200, nil},
		{"200 with an empty body", 200, new("")},
		{"202 with an empty object", 202, new("{}")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, fastOptions(), nil)
			first := h.fake.AddJob(workabletest.Job{Title: "First"})
			second := h.fake.AddJob(workabletest.Job{Title: "Second"})
			c := h.fake.AddCandidate(workabletest.Candidate{Name: "Mover Person", Email: "mover@example.com", JobShortcode: first.Shortcode})
			h.fake.Inject(workabletest.Fault{Method: "POST", Path: "/candidates/" + c.ID + "/copy", SuccessStatus: tt.status, SuccessBody: tt.body})
			a, err := h.client.CreateApplication(ctx(t), ats.ApplicationInput{CandidateID: c.ID, JobID: second.Shortcode})
			if err != nil {
				t.Fatalf("got %v, want the new application", err)
			}
			stored := h.fake.Candidates()
			if len(stored) != 2 || a.ID != stored[1].ID || a.JobID != second.Shortcode {
				t.Errorf("got %+v, want the copy %s in %s", a, stored[len(stored)-1].ID, second.Shortcode)
			}
		})
	}
}

// When GET /members is refused or missing, the error says how to do
// without it (WORKABLE_MEMBER_ID) instead of a 404 about a record the
// caller never named.
func TestCreateApplicationWhenMembersCannotBeListed(t *testing.T) {
	tests := []struct {
		name     string
		fault    workabletest.Fault
		wantCode ats.Code
		wantMsg  string
	}{
		{"scope missing", workabletest.Fault{Status: 403, Body: `{"error":"Insufficient scope"}`}, ats.CodeUpstreamAuthFailed, "Insufficient scope"},
		{"endpoint missing", workabletest.Fault{Status: 404, Body: `{"error":"Not found"}`}, ats.CodeUpstreamUnavailable, "HTTP 404"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, fastOptions(), nil)
			first := h.fake.AddJob(workabletest.Job{Title: "First"})
			second := h.fake.AddJob(workabletest.Job{Title: "Second"})
			c := h.fake.AddCandidate(workabletest.Candidate{Name: "Mover Person", Email: "mover@example.com", JobShortcode: first.Shortcode})
			f := tt.fault
			f.Method, f.Path = "GET", "/members"
			h.fake.Inject(f)
			_, err := h.client.CreateApplication(ctx(t), ats.ApplicationInput{CandidateID: c.ID, JobID: second.Shortcode})
			e := wantCode(t, err, tt.wantCode)
			if !strings.Contains(e.Message, "WORKABLE_MEMBER_ID") || !strings.Contains(e.Message, tt.wantMsg) {
				t.Errorf("message %q: want Workable's reason (%q) and WORKABLE_MEMBER_ID", e.Message, tt.wantMsg)
			}
		})
	}
}

// Workable does not promise to repeat a list's filters in paging.next (the
// recorded link has only limit and since_id). Walks that follow next must
// still return exactly the matching records.
func TestListsWithSparseNextLinks(t *testing.T) {
	fo := fastOptions()
	fo.SparseNext = true
	h := newHarness(t, fo, nil)
	job := h.fake.AddJob(workabletest.Job{Title: "Busy"})
	start := time.Date(2026, 2, 1, 0, 0, 0, 0, time.UTC)
	var want []string
	for i := range 600 {
		// Stage and time go upstream (stage by its slug: assessment is the
		// only stage of its kind); status is ours, so pages of ours read
		// full upstream pages and follow next, which drops stage and time.
		c := h.fake.AddCandidate(workabletest.Candidate{Name: "P Q", Email: "pq@example.com", JobShortcode: job.Shortcode,
			StageSlug: []string{"assessment", "interview"}[i%2], Disqualified: i%3 == 0,
			CreatedAt: start.Add(time.Duration(i) * time.Minute)})
		if i > 99 && i%2 == 0 && i%3 != 0 {
			want = append(want, c.ID)
		}
	}
	boundary := start.Add(99 * time.Minute)
	q := ats.ApplicationQuery{JobID: job.Shortcode, StageKinds: []ats.StageKind{ats.StageAssessment}, CreatedAfter: &boundary,
		Statuses: []ats.ApplicationStatus{ats.ApplicationActive}}
	followedSparse := func(t *testing.T, filter string) {
		t.Helper()
		for _, r := range h.fake.Requests() {
			if r.Query.Get("since_id") != "" && r.Query.Get(filter) == "" {
				return
			}
		}
		t.Errorf("no walk followed a next link without %s; the test tests nothing", filter)
	}

	t.Run("applications by cursor", func(t *testing.T) {
		h.fake.ResetRequests()
		got, _ := walkAll(t, 100, func(w ats.Window) (ats.Page[ats.Application], error) {
			q := q
			q.Window = w
			return h.client.ListApplications(ctx(t), q)
		})
		var ids []string
		for _, a := range got {
			ids = append(ids, a.ID)
		}
		if !slices.Equal(ids, want) {
			t.Errorf("got %d applications, want the %d matching", len(ids), len(want))
		}
		followedSparse(t, "stage")
	})
	t.Run("applications by page", func(t *testing.T) {
		h.fake.ResetRequests()
		var ids []string
		for page := 1; ; page++ {
			q := q
			q.Window = ats.Window{Limit: 100, Page: page}
			p, err := h.client.ListApplications(ctx(t), q)
			if err != nil {
				t.Fatal(err)
			}
			for _, a := range p.Items {
				ids = append(ids, a.ID)
			}
			if !p.HasMore || page > 10 {
				break
			}
		}
		if !slices.Equal(ids, want) {
			t.Errorf("got %d applications, want the %d matching", len(ids), len(want))
		}
		followedSparse(t, "stage")
	})

	h.fake.SeedJobs(400)
	var jobsWant []string
	for _, j := range h.fake.Jobs() {
		if j.State == "published" && j.Department == "Sales" {
			jobsWant = append(jobsWant, j.Shortcode)
		}
	}
	t.Run("jobs by state and department", func(t *testing.T) {
		h.fake.ResetRequests()
		got, _ := walkAll(t, 40, func(w ats.Window) (ats.Page[ats.Job], error) {
			return h.client.ListJobs(ctx(t), ats.JobQuery{Window: w, Statuses: []ats.JobStatus{ats.JobOpen}, Department: "Sales"})
		})
		if ids := jobIDs(got); !slices.Equal(ids, jobsWant) {
			t.Errorf("got %d jobs, want the %d matching", len(ids), len(jobsWant))
		}
		followedSparse(t, "state")
	})
}

// A token without access to /stages gets stage filters applied here, and
// the refusal is remembered: each stage-filtered list does not spend a
// call of the rate limit asking again.
func TestStageFilterWhenStagesAreRefused(t *testing.T) {
	h := newHarness(t, fastOptions(), nil)
	h.fake.SeedJobs(5)
	seeded := h.fake.SeedCandidates(60)
	h.fake.Inject(workabletest.Fault{Method: "GET", Path: "/stages", Status: 403, Body: `{"error":"Insufficient scope"}`, Times: 10})
	var want []string
	for _, c := range seeded {
		if c.StageSlug == "offer" {
			want = append(want, c.ID)
		}
	}
	for range 3 {
		p, err := h.client.ListApplications(ctx(t), ats.ApplicationQuery{Window: ats.Window{Limit: 100}, StageKinds: []ats.StageKind{ats.StageOffer}})
		if err != nil {
			t.Fatal(err)
		}
		var ids []string
		for _, a := range p.Items {
			ids = append(ids, a.ID)
		}
		if !slices.Equal(ids, want) {
			t.Errorf("got %v, want %v", ids, want)
		}
	}
	if n := h.fake.Count("GET", "/stages"); n != 1 {
		t.Errorf("got %d reads of /stages, want 1 (the refusal is remembered)", n)
	}
}
