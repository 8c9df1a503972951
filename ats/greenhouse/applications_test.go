package greenhouse_test

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/greenhouse/greenhousetest"
)

func appIDs(a ats.Application) string { return a.ID }

// seedStatus is how a seeded application reads: withdrawn when its
// reason's type says the candidate withdrew.
func seedStatus(d greenhousetest.Seeded, a greenhousetest.Application) ats.ApplicationStatus {
	switch a.Status {
	case greenhousetest.StatusHired:
		return ats.ApplicationHired
	case greenhousetest.StatusRejected:
		for _, r := range d.Reasons {
			if r.ID == a.RejectionReasonID && r.Type == "They rejected us" {
				return ats.ApplicationWithdrawn
			}
		}
		return ats.ApplicationRejected
	}
	return ats.ApplicationActive
}

func seededApps(d greenhousetest.Seeded, keep func(greenhousetest.Application) bool) []string {
	var ids []int64
	for _, a := range d.Applications {
		if !a.Prospect && a.Status != greenhousetest.StatusConverted && (keep == nil || keep(a)) {
			ids = append(ids, a.ID)
		}
	}
	return desc(ids)
}

func TestListApplications(t *testing.T) {
	h := newHarness(t, fastOptions(), nil)
	d := h.fake.Seed()
	// A converted application that is not marked a prospect (unconfirmed
	// that Greenhouse has them; it must not be served if it does).
	d.Applications = append(d.Applications, h.fake.AddApplication(greenhousetest.Application{
		CandidateID: d.Candidates[0].ID, JobID: d.Jobs[0].ID, Status: greenhousetest.StatusConverted}))
	stageName := map[int64]string{}
	for _, st := range h.fake.Stages() {
		stageName[st.ID] = st.Name
	}
	kindOf := func(a greenhousetest.Application) ats.StageKind {
		if a.Status == greenhousetest.StatusHired {
			return ats.StageHired
		}
		return map[string]ats.StageKind{
			"Application Review": ats.StageApplied, "Preliminary Phone Screen": ats.StageScreening, "Phone Interview": ats.StageInterview,
			"Take Home Test": ats.StageAssessment, "Face to Face": ats.StageInterview, "Reference Check": ats.StageOther, "Offer": ats.StageOffer,
			"Recruiter Screen": ats.StageScreening, "Portfolio Review": ats.StageAssessment, "Team Chat": ats.StageInterview,
			"Onsite Interview": ats.StageInterview,
		}[stageName[a.StageID]]
	}
	mid := d.Applications[100].CreatedAt
	cand := d.Candidates[29]
	tests := []struct {
		name     string
		q        ats.ApplicationQuery
		keep     func(greenhousetest.Application) bool
		upstream map[string]string // what the first request carries
	}{
		{"all", ats.ApplicationQuery{}, nil, map[string]string{"per_page": "7", "prospect": "false"}},
		{"active", ats.ApplicationQuery{Statuses: []ats.ApplicationStatus{ats.ApplicationActive}},
			func(a greenhousetest.Application) bool { return seedStatus(d, a) == ats.ApplicationActive },
			map[string]string{"status": "active", "per_page": "7"}},
		{"withdrawn", ats.ApplicationQuery{Statuses: []ats.ApplicationStatus{ats.ApplicationWithdrawn}},
			func(a greenhousetest.Application) bool { return seedStatus(d, a) == ats.ApplicationWithdrawn },
			map[string]string{"status": "rejected", "per_page": "500"}}, // the reason is ours to check
		{"rejected", ats.ApplicationQuery{Statuses: []ats.ApplicationStatus{ats.ApplicationRejected}},
			func(a greenhousetest.Application) bool { return seedStatus(d, a) == ats.ApplicationRejected },
			map[string]string{"status": "rejected", "per_page": "500"}},
		{"hired or withdrawn", ats.ApplicationQuery{Statuses: []ats.ApplicationStatus{ats.ApplicationHired, ats.ApplicationWithdrawn}},
			func(a greenhousetest.Application) bool {
				return seedStatus(d, a) == ats.ApplicationHired || seedStatus(d, a) == ats.ApplicationWithdrawn
			}, nil},
		{"stage interview", ats.ApplicationQuery{StageKinds: []ats.StageKind{ats.StageInterview}},
			func(a greenhousetest.Application) bool { return kindOf(a) == ats.StageInterview }, map[string]string{"per_page": "500"}},
		{"stage hired", ats.ApplicationQuery{StageKinds: []ats.StageKind{ats.StageHired}},
			func(a greenhousetest.Application) bool { return kindOf(a) == ats.StageHired }, nil},
		{"job", ats.ApplicationQuery{JobID: id(d.Jobs[0].ID)}, func(a greenhousetest.Application) bool { return a.JobID == d.Jobs[0].ID },
			map[string]string{"job_ids": id(d.Jobs[0].ID)}},
		{"candidate", ats.ApplicationQuery{CandidateID: id(cand.ID)}, func(a greenhousetest.Application) bool { return a.CandidateID == cand.ID },
			map[string]string{"candidate_ids": id(cand.ID)}},
		{"created_after", ats.ApplicationQuery{CreatedAfter: &mid}, func(a greenhousetest.Application) bool { return a.CreatedAt.After(mid) },
			map[string]string{"created_at": "gt|" + mid.Format("2006-01-02T15:04:05.000Z")}},
		{"updated_after", ats.ApplicationQuery{UpdatedAfter: &mid}, func(a greenhousetest.Application) bool { return a.UpdatedAt.After(mid) },
			map[string]string{"updated_at": "gt|" + mid.Format("2006-01-02T15:04:05.000Z")}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h.fake.ResetRequests()
			got, _ := walkAll(t, 7, func(w ats.Window) (ats.Page[ats.Application], error) {
				q := tt.q
				q.Window = w
				return h.client.ListApplications(ctx(t), q)
			}, appIDs)
			want := seededApps(d, tt.keep)
			if len(want) == 0 || !slices.Equal(got, want) {
				t.Errorf("got %d %v\nwant %d %v", len(got), got, len(want), want)
			}
			first := true
			for _, r := range h.fake.Requests() {
				if r.Path != "/applications" || r.Query.Has("cursor") {
					continue
				}
				if r.Query.Get("prospect") != "false" {
					t.Errorf("prospect applications were asked for: %v", r.Query)
				}
				for k, v := range tt.upstream {
					if first && r.Query.Get(k) != v {
						t.Errorf("first request: %s=%q, want %q", k, r.Query.Get(k), v)
					}
				}
				first = false
			}
		})
	}
	// The seed's applications come out mapped as the table says.
	p, err := h.client.ListApplications(ctx(t), ats.ApplicationQuery{Window: ats.Window{Limit: 100}, IncludeRaw: true})
	if err != nil {
		t.Fatal(err)
	}
	byID := map[string]greenhousetest.Application{}
	for _, a := range d.Applications {
		byID[id(a.ID)] = a
	}
	for _, a := range p.Items {
		s := byID[a.ID]
		rejected := a.Status == ats.ApplicationRejected || a.Status == ats.ApplicationWithdrawn
		if a.CandidateID != id(s.CandidateID) || a.JobID != id(s.JobID) || a.Stage.ID != id(s.StageID) || a.Stage.Name != stageName[s.StageID] ||
			a.Stage.Kind != kindOf(s) || a.Status != seedStatus(d, s) || !a.AppliedAt.Equal(s.CreatedAt) || !a.UpdatedAt.Equal(s.UpdatedAt) ||
			rejected != (a.RejectedAt != nil) || a.Source != nil || !strings.Contains(string(a.Raw), `"stage_name"`) {
			t.Errorf("application %s: got %+v\nfrom %+v", a.ID, a, s)
		}
	}
}

func TestApplicationRead(t *testing.T) {
	h := newHarness(t, fastOptions(), nil)
	d := h.fake.Seed()
	a := d.Applications[0]
	got, err := h.client.Application(ctx(t), id(a.ID), ats.ReadOptions{})
	if err != nil || got.ID != id(a.ID) || got.Raw != nil {
		t.Errorf("got %+v %v", got, err)
	}
	var prospect, converted greenhousetest.Application
	for _, a := range d.Applications {
		switch {
		case a.Status == greenhousetest.StatusConverted:
			converted = a
		case a.Prospect:
			prospect = a
		}
	}
	for _, tt := range []struct {
		id, says string
	}{
		{id(prospect.ID), "prospect application"},
		{id(converted.ID), "converted"},
		{"4299999999", "application"},
		{"x", "application"},
	} {
		_, err := h.client.Application(ctx(t), tt.id, ats.ReadOptions{})
		if e := wantCode(t, err, ats.CodeNotFound); !strings.Contains(e.Message, tt.says) {
			t.Errorf("%s: message %q, want it to say %q", tt.id, e.Message, tt.says)
		}
	}
}

// A stage whose name says no kind takes it from its place in the job's
// pipeline, read once per job and cached.
func TestStageKindFromThePipeline(t *testing.T) {
	h := newHarness(t, fastOptions(), nil)
	job := h.fake.AddJob(greenhousetest.Job{Name: "Engineer"}, "Welcome", "Recruiter Screen", "Face to Face", "Culture Fit", "Offer")
	cand := h.fake.AddCandidate(greenhousetest.Candidate{FirstName: "A", LastName: "B"})
	stages := h.fake.JobStages(job.ID)
	first := h.fake.AddApplication(greenhousetest.Application{CandidateID: cand.ID, JobID: job.ID, StageID: stages[0].ID})
	fit := h.fake.AddApplication(greenhousetest.Application{CandidateID: cand.ID, JobID: job.ID, StageID: stages[3].ID})
	p, err := h.client.ListApplications(ctx(t), ats.ApplicationQuery{})
	if err != nil {
		t.Fatal(err)
	}
	kinds := map[string]ats.StageKind{}
	for _, a := range p.Items {
		kinds[a.ID] = a.Stage.Kind
	}
	if kinds[id(first.ID)] != ats.StageApplied || kinds[id(fit.ID)] != ats.StageInterview {
		t.Errorf("kinds %v: want applied (first stage) and interview (after Face to Face)", kinds)
	}
	if _, err := h.client.ListApplications(ctx(t), ats.ApplicationQuery{}); err != nil {
		t.Fatal(err)
	}
	if n := h.fake.Count("GET", "/job_interview_stages"); n != 1 {
		t.Errorf("the pipeline was read %d times, want once (cached)", n)
	}
}

func TestCreateApplication(t *testing.T) {
	h := newHarness(t, fastOptions(), nil)
	open := h.fake.AddJob(greenhousetest.Job{Name: "Open"})
	other := h.fake.AddJob(greenhousetest.Job{Name: "Other"})
	closed := h.fake.AddJob(greenhousetest.Job{Name: "Closed", Status: "closed"})
	cand := h.fake.AddCandidate(greenhousetest.Candidate{FirstName: "A", LastName: "B"})
	before := h.fake.AddApplication(greenhousetest.Application{CandidateID: cand.ID, JobID: other.ID, Status: greenhousetest.StatusRejected,
		RejectedAt: new(time.Now())})

	a, err := h.client.CreateApplication(ctx(t), ats.ApplicationInput{CandidateID: id(cand.ID), JobID: id(open.ID), Source: new("LinkedIn")})
	if err != nil {
		t.Fatal(err)
	}
	if a.JobID != id(open.ID) || a.CandidateID != id(cand.ID) || a.Status != ats.ApplicationActive || a.Stage.Kind != ats.StageApplied ||
		a.Stage.ID != id(h.fake.JobStages(open.ID)[0].ID) {
		t.Errorf("got %+v", a)
	}
	tests := []struct {
		name     string
		in       ats.ApplicationInput
		code     ats.Code
		existing string
		names    string
	}{
		{"again", ats.ApplicationInput{CandidateID: id(cand.ID), JobID: id(open.ID)}, ats.CodeApplicationExists, a.ID, ""},
		{"a rejected one exists", ats.ApplicationInput{CandidateID: id(cand.ID), JobID: id(other.ID)}, ats.CodeApplicationExists, id(before.ID), ""},
		{"closed job", ats.ApplicationInput{CandidateID: id(cand.ID), JobID: id(closed.ID)}, ats.CodeJobNotOpen, "", ""},
		{"unknown job", ats.ApplicationInput{CandidateID: id(cand.ID), JobID: "4012999"}, ats.CodeNotFound, "", "job"},
		{"unknown candidate", ats.ApplicationInput{CandidateID: "3100999999", JobID: id(open.ID)}, ats.CodeNotFound, "", "candidate"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h.fake.ResetRequests()
			_, err := h.client.CreateApplication(ctx(t), tt.in)
			e := wantCode(t, err, tt.code)
			if tt.existing != "" && (len(e.Details) == 0 || e.Details[0].ExistingID != tt.existing) {
				t.Errorf("details %+v, want existing %s", e.Details, tt.existing)
			}
			if tt.names != "" && !strings.Contains(e.Message, tt.names) {
				t.Errorf("message %q does not name the %s", e.Message, tt.names)
			}
			if n := h.fake.Count("POST", ""); n != 0 {
				t.Errorf("%d writes, want none", n)
			}
		})
	}
}
