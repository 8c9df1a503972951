package workable_test

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/workable/workabletest"
)

func TestCreateCandidateInJobApplies(t *testing.T) {
	h := newHarness(t, fastOptions(), nil)
	job := h.fake.AddJob(workabletest.Job{Title: "Engineer", State: "published"})

	c, err := h.client.CreateCandidate(ctx(t), ats.CandidateInput{
		Name: "Karan Mehta", Email: "karan@example.com", JobID: job.Shortcode,
		Phone: new("+30 210 000"), Headline: new("Go developer"), Source: new("careers-site"),
		Tags: []string{"go", "remote"}, ResumeURL: new("https://files.example.com/cv.pdf"),
	})
	if err != nil {
		t.Fatal(err)
	}
	if c.Name != "Karan Mehta" || c.FirstName != "Karan" || c.LastName != "Mehta" || c.Email != "karan@example.com" {
		t.Errorf("got name %q (%q %q) email %q, want Karan Mehta", c.Name, c.FirstName, c.LastName, c.Email)
	}
	if !slices.Equal(c.ApplicationIDs, []string{c.ID}) {
		t.Errorf("application_ids: got %v, want [%s] (the record is the application)", c.ApplicationIDs, c.ID)
	}
	if c.Source == nil || *c.Source != "careers-site" || !slices.Equal(c.Tags, []string{"go", "remote"}) {
		t.Errorf("source %v tags %v, want careers-site and [go remote]", c.Source, c.Tags)
	}

	var posts []workabletest.Request
	for _, r := range h.fake.Requests() {
		if r.Method == "POST" {
			posts = append(posts, r)
		}
	}
	if len(posts) != 1 || posts[0].Path != "/jobs/"+job.Shortcode+"/candidates" {
		t.Fatalf("got POSTs %v, want one to /jobs/%s/candidates", posts, job.Shortcode)
	}
	var body map[string]json.RawMessage
	if err := json.Unmarshal(posts[0].Body, &body); err != nil {
		t.Fatal(err)
	}
	if string(body["sourced"]) != "false" {
		t.Errorf(`root "sourced": got %s, want false (the candidate applied)`, body["sourced"])
	}
	var inner map[string]any
	_ = json.Unmarshal(body["candidate"], &inner)
	if inner["email"] != "karan@example.com" || inner["domain"] != "careers-site" || inner["sourced"] != nil {
		t.Errorf("candidate body: got %v", inner)
	}

	app, err := h.client.Application(ctx(t), c.ID, ats.ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if app.Stage.Kind != ats.StageApplied || app.Stage.Name != "Applied" || app.JobID != job.Shortcode {
		t.Errorf("application: got stage %+v job %s, want Applied/applied in %s", app.Stage, app.JobID, job.Shortcode)
	}
}

func TestCreateCandidateWithoutJobGoesToTalentPool(t *testing.T) {
	h := newHarness(t, fastOptions(), nil)
	c, err := h.client.CreateCandidate(ctx(t), ats.CandidateInput{FirstName: "Ada", LastName: "Lovelace", Email: "ada@example.com"})
	if err != nil {
		t.Fatal(err)
	}
	if h.fake.Count("POST", "/talent_pool/candidates") != 1 {
		t.Errorf("got %v, want one POST /talent_pool/candidates", h.fake.Requests())
	}
	if c.Name != "Ada Lovelace" || len(c.ApplicationIDs) != 0 {
		t.Errorf("got name %q application_ids %v, want Ada Lovelace and none", c.Name, c.ApplicationIDs)
	}
	_, err = h.client.Application(ctx(t), c.ID, ats.ReadOptions{})
	wantCode(t, err, ats.CodeNotFound)
}

func TestCreateCandidateErrors(t *testing.T) {
	h := newHarness(t, fastOptions(), nil)
	open := h.fake.AddJob(workabletest.Job{Title: "Open", State: "published"})
	closed := h.fake.AddJob(workabletest.Job{Title: "Closed", State: "closed"})
	existing := h.fake.AddCandidate(workabletest.Candidate{FirstName: "Eve", LastName: "Existing", Email: "eve@example.com", JobShortcode: open.Shortcode})

	tests := []struct {
		name     string
		in       ats.CandidateInput
		code     ats.Code
		existing string
	}{
		{"same email in the job", ats.CandidateInput{Name: "Eve Again", Email: "EVE@example.com", JobID: open.Shortcode}, ats.CodeCandidateExists, existing.ID},
		{"closed job", ats.CandidateInput{Name: "Late Comer", Email: "late@example.com", JobID: closed.Shortcode}, ats.CodeJobNotOpen, ""},
		{"unknown job", ats.CandidateInput{Name: "Lost", Email: "lost@example.com", JobID: "NOSUCHJOB1"}, ats.CodeNotFound, ""},
		{"Workable's own validation", ats.CandidateInput{Name: "No Mail", Email: "not-an-email", JobID: open.Shortcode}, ats.CodeUpstreamRejected, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := len(h.fake.Candidates())
			_, err := h.client.CreateCandidate(ctx(t), tt.in)
			e := wantCode(t, err, tt.code)
			if tt.existing != "" && (len(e.Details) != 1 || e.Details[0].ExistingID != tt.existing) {
				t.Errorf("details: got %+v, want existing_id %s", e.Details, tt.existing)
			}
			if tt.code == ats.CodeUpstreamRejected && (len(e.Details) == 0 || e.Details[0].Field != "email") {
				t.Errorf("details: got %+v, want Workable's field error on email", e.Details)
			}
			if strings.Contains(e.Message, tt.in.Email) || strings.Contains(e.Error(), tt.in.Email) {
				t.Errorf("error carries the email: %v", e)
			}
			if after := len(h.fake.Candidates()); after != before {
				t.Errorf("got %d candidates after a failed create, want %d", after, before)
			}
		})
	}
}

// Job states are looked up once a minute: a bulk import into one job costs
// one job read, not one per candidate.
func TestCreateCandidateChecksJobOnce(t *testing.T) {
	h := newHarness(t, fastOptions(), nil)
	job := h.fake.AddJob(workabletest.Job{Title: "Open", State: "published"})
	for _, email := range []string{"a@example.com", "b@example.com", "c@example.com"} {
		if _, err := h.client.CreateCandidate(ctx(t), ats.CandidateInput{Name: "A B", Email: email, JobID: job.Shortcode}); err != nil {
			t.Fatal(err)
		}
	}
	if n := h.fake.Count("GET", "/jobs/"+job.Shortcode); n != 1 {
		t.Errorf("got %d job reads for 3 creates, want 1", n)
	}
}

func TestListCandidates(t *testing.T) {
	h := newHarness(t, fastOptions(), nil)
	h.fake.SeedJobs(10)
	seeded := h.fake.SeedCandidates(180)
	someJob := seeded[0].JobShortcode
	boundary := seeded[99].UpdatedAt

	tests := []struct {
		name  string
		q     ats.CandidateQuery
		match func(workabletest.Candidate) bool
	}{
		{"all", ats.CandidateQuery{}, func(workabletest.Candidate) bool { return true }},
		{"email ignores case", ats.CandidateQuery{Email: "PERSON042@example.com"},
			func(c workabletest.Candidate) bool { return c.Email == "person042@example.com" }},
		{"job_id", ats.CandidateQuery{JobID: someJob},
			func(c workabletest.Candidate) bool { return c.JobShortcode == someJob }},
		{"updated_after is strict", ats.CandidateQuery{UpdatedAfter: &boundary},
			func(c workabletest.Candidate) bool { return c.UpdatedAt.After(boundary) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var want []string
			for _, c := range seeded {
				if tt.match(c) {
					want = append(want, c.ID)
				}
			}
			got, _ := walkAll(t, 25, func(w ats.Window) (ats.Page[ats.Candidate], error) {
				q := tt.q
				q.Window = w
				return h.client.ListCandidates(ctx(t), q)
			})
			var ids []string
			for _, c := range got {
				ids = append(ids, c.ID)
			}
			if !slices.Equal(ids, want) {
				t.Errorf("got %d candidates %v, want %d %v", len(ids), ids, len(want), want)
			}
		})
	}
}

func TestCandidateRead(t *testing.T) {
	h := newHarness(t, fastOptions(), nil)
	job := h.fake.AddJob(workabletest.Job{Title: "Engineer"})
	at := time.Date(2026, 4, 11, 3, 36, 38, 0, time.UTC)
	fc := h.fake.AddCandidate(workabletest.Candidate{
		FirstName: "Elvie", LastName: "Schmidt", Email: "elvie@example.com", Phone: "+18579909675",
		Headline: "Sales Executive", JobShortcode: job.Shortcode, Domain: "indeed.com",
		Tags: []string{"strong"}, ResumeURL: "https://files.example.com/elvie.pdf", CreatedAt: at, UpdatedAt: at,
	})
	c, err := h.client.Candidate(ctx(t), fc.ID, ats.ReadOptions{IncludeRaw: true})
	if err != nil {
		t.Fatal(err)
	}
	if c.ID != fc.ID || c.Name != "Elvie Schmidt" || c.Phone == nil || *c.Phone != "+18579909675" ||
		c.Headline == nil || *c.Headline != "Sales Executive" || c.Source == nil || *c.Source != "indeed.com" ||
		!slices.Equal(c.Tags, []string{"strong"}) || c.ResumeURL == nil || !c.CreatedAt.Equal(at) {
		t.Errorf("got %+v", c)
	}
	var raw map[string]any
	if err := json.Unmarshal(c.Raw, &raw); err != nil || raw["id"] != fc.ID || raw["stage"] != "Applied" {
		t.Errorf("raw: got %s, want Workable's candidate object (unwrapped)", c.Raw)
	}

	_, err = h.client.Candidate(ctx(t), "ffffffff", ats.ReadOptions{})
	e := wantCode(t, err, ats.CodeNotFound)
	if !strings.Contains(e.Message, "candidate") {
		t.Errorf("message %q does not name the candidate", e.Message)
	}
}

// Workable's create answer is recorded as 200 {"status":"created",
// "candidate":{...}}. Any 2xx is success, and an answer without the
// candidate is made good by looking the new record up, never reported as
// a failure that would invite a duplicate create.
func TestCreateCandidateAnswerShapes(t *testing.T) {
	tests := []struct {
		name   string
		status int
		body   *string
	}{
		{"201 with the candidate", 201, nil},
		{"200 with an empty body", 200, new("")},
		{"202 with only a status", 202, new(`{"status":"created"}`)},
	}
	for _, tt := range tests {
		for _, inJob := range []bool{true, false} {
			name := tt.name + map[bool]string{true: " in a job", false: " in the talent pool"}[inJob]
			t.Run(name, func(t *testing.T) {
				h := newHarness(t, fastOptions(), nil)
				job := h.fake.AddJob(workabletest.Job{Title: "Engineer"})
				in := ats.CandidateInput{Name: "Karan Mehta", Email: "karan@example.com"}
				path := "/talent_pool/candidates"
				if inJob {
					in.JobID, path = job.Shortcode, "/jobs/"+job.Shortcode+"/candidates"
				}
				h.fake.Inject(workabletest.Fault{Method: "POST", Path: path, SuccessStatus: tt.status, SuccessBody: tt.body})
				c, err := h.client.CreateCandidate(ctx(t), in)
				if err != nil {
					t.Fatalf("got %v, want the created candidate", err)
				}
				stored := h.fake.Candidates()
				if len(stored) != 1 || c.ID != stored[0].ID || c.Email != "karan@example.com" {
					t.Errorf("got %+v, want the one record Workable holds (%+v)", c, stored)
				}
				if n := h.fake.Count("POST", path); n != 1 {
					t.Errorf("got %d creates, want 1", n)
				}
			})
		}
	}
	t.Run("answer unreadable and no record found", func(t *testing.T) {
		h := newHarness(t, fastOptions(), nil)
		h.fake.Inject(workabletest.Fault{Method: "POST", Path: "/talent_pool/candidates", SuccessBody: new("<html>ok</html>")})
		h.fake.Inject(workabletest.Fault{Method: "GET", Path: "/candidates", Status: 200, Body: `{"candidates":[]}`})
		_, err := h.client.CreateCandidate(ctx(t), ats.CandidateInput{Name: "Karan Mehta", Email: "karan@example.com"})
		e := wantCode(t, err, ats.CodeUpstreamUnavailable)
		if !strings.Contains(e.Message, "accepted") || strings.Contains(e.Message, "try again") {
			t.Errorf("message %q: want it to say Workable accepted the write, not to retry it", e.Message)
		}
	})
}
