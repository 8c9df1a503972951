package greenhouse

import (
	"encoding/json"
	"slices"
	"testing"
	"time"

	"github.com/atsbridge/atsbridge/ats"
)

func decode[T any](t *testing.T, s string) T {
	t.Helper()
	var v T
	if err := json.Unmarshal([]byte(s), &v); err != nil {
		t.Fatalf("%s: %v", s, err)
	}
	return v
}

func str(p *string) string {
	if p == nil {
		return "<nil>"
	}
	return *p
}

func TestPipelineKinds(t *testing.T) {
	stages := decode[[]wireStage](t, `[
		{"id":7,"job_id":1,"name":"Offer","sort_order":6},
		{"id":10,"job_id":1,"name":"Wrap-up","sort_order":5},
		{"id":2,"job_id":1,"name":"Welcome","sort_order":0},
		{"id":3,"job_id":1,"name":"Recruiter Screen","sort_order":1},
		{"id":9,"job_id":1,"name":"Old Screen","sort_order":1,"active":false},
		{"id":4,"job_id":1,"name":"Face to Face","sort_order":2},
		{"id":5,"job_id":1,"name":"Culture Fit","sort_order":3},
		{"id":6,"job_id":1,"name":"Reference Check","sort_order":4},
		{"id":8,"job_id":2,"name":"Elsewhere","sort_order":0}]`)
	p := newPipeline("1", stages)
	got := p.jobStages()
	want := []ats.JobStage{
		{ID: "2", Name: "Welcome", Kind: ats.StageApplied, Position: 0},
		{ID: "3", Name: "Recruiter Screen", Kind: ats.StageScreening, Position: 1},
		{ID: "4", Name: "Face to Face", Kind: ats.StageInterview, Position: 2},
		{ID: "5", Name: "Culture Fit", Kind: ats.StageInterview, Position: 3},
		{ID: "6", Name: "Reference Check", Kind: ats.StageOther, Position: 4},
		{ID: "10", Name: "Wrap-up", Kind: ats.StageInterview, Position: 5}, // not other: other is no guide
		{ID: "7", Name: "Offer", Kind: ats.StageOffer, Position: 6},
	}
	if !slices.Equal(got, want) {
		t.Errorf("got %+v\nwant %+v", got, want)
	}
	if k := p.kindOf("5", "Culture Fit"); k != ats.StageInterview {
		t.Errorf("kindOf a pipeline stage: got %q, want the pipeline's", k)
	}
	if k := p.kindOf("9", "Old Screen"); k != ats.StageScreening {
		t.Errorf("kindOf an inactive stage: got %q, want its name's", k)
	}
	if k := p.kindOf("99", "Mystery"); k != ats.StageOther {
		t.Errorf("kindOf an unknown stage: got %q, want other", k)
	}
	// v1 ordered by priority.
	v1 := newPipeline("1", decode[[]wireStage](t, `[{"id":2,"job_id":1,"name":"B","priority":1},{"id":1,"job_id":1,"name":"A","priority":0}]`))
	if v1[0].Name != "A" {
		t.Errorf("priority order: got %v", v1)
	}
}

func TestJobMapping(t *testing.T) {
	n := names{
		departments: map[string]string{"55": "Forschung & Entwicklung"},
		offices: map[string]wireOffice{
			"12": decode[wireOffice](t, `{"id":12,"name":"São Paulo","location":{"name":"São Paulo, SP, Brazil"}}`),
			"13": decode[wireOffice](t, `{"id":13,"name":"Berlin","location":"Berlin, Germany"}`),
			"14": decode[wireOffice](t, `{"id":14,"name":"Remote","location":null}`),
			"15": decode[wireOffice](t, `{"id":15,"name":"HQ","location":{"name":"London"}}`),
		},
	}
	raw := `{"id":4012001,"name":"Senior Backend Engineer","status":"open","department_id":55,"office_ids":[12,13],
		"custom_fields":{"employment_type":{"name":"Employment Type","type":"single_select","value":"Full-time"}},
		"created_at":"2026-01-02T10:00:00.000Z","updated_at":"2026-03-01T09:30:00.000Z"}`
	w := decode[wireJob](t, raw)
	post := &wireJobPost{Content: "<p>Build.</p>", AbsoluteURL: "https://boards.example/jobs/1"}
	j := toJob(&w, json.RawMessage(raw), n, post, true)
	if j.ID != "4012001" || j.Title != "Senior Backend Engineer" || j.Status != ats.JobOpen || str(j.Department) != "Forschung & Entwicklung" {
		t.Errorf("job: got %+v", j)
	}
	if j.Location.Text != "São Paulo, SP, Brazil; Berlin, Germany" || str(j.Location.City) != "São Paulo" ||
		str(j.Location.Region) != "SP" || str(j.Location.Country) != "Brazil" || str(j.Location.CountryCode) != "BR" {
		t.Errorf("location: got %q %s/%s/%s", j.Location.Text, str(j.Location.City), str(j.Location.Region), str(j.Location.Country))
	}
	if str(j.EmploymentType) != "Full-time" || str(j.Description) != "<p>Build.</p>" || str(j.ApplyURL) != "https://boards.example/jobs/1" || j.URL != nil || j.Workplace != nil {
		t.Errorf("details: got %s %s %s", str(j.EmploymentType), str(j.Description), str(j.ApplyURL))
	}
	if !j.CreatedAt.Equal(time.Date(2026, 1, 2, 10, 0, 0, 0, time.UTC)) || string(j.Raw) != raw {
		t.Errorf("times or raw: got %v %s", j.CreatedAt, j.Raw)
	}
	if j := toJob(&w, nil, n, nil, false); j.Description != nil || j.Raw != nil {
		t.Error("a list job has a description or raw")
	}

	for _, tt := range []struct {
		status string
		want   ats.JobStatus
	}{{"open", ats.JobOpen}, {"Closed", ats.JobClosed}, {"draft", ats.JobDraft}, {"archived", ats.JobClosed}, {"", ats.JobClosed}} {
		if got := jobStatus(tt.status); got != tt.want {
			t.Errorf("status %q: got %q, want %q", tt.status, got, tt.want)
		}
	}
	for _, tt := range []struct {
		raw, want string
	}{
		{`{"employment_type":"Full-Time"}`, "Full-Time"},
		{`{"employment_type":{"value":{"name":"Contract"}}}`, ""},
		{`{"employment_type":{"name":"Employment Type","value":null}}`, ""},
		{`{}`, ""},
	} {
		w := decode[wireJob](t, `{"id":1,"custom_fields":`+tt.raw+`}`)
		if got := str(toJob(&w, nil, n, nil, false).EmploymentType); got != tt.want && !(tt.want == "" && got == "<nil>") {
			t.Errorf("custom_fields %s: got %s, want %q", tt.raw, got, tt.want)
		}
	}
	// One office without a location reads as its name, with no parts; an
	// unknown department or office is left out.
	w = decode[wireJob](t, `{"id":1,"department_id":99,"office_ids":[14,98,15]}`)
	j = toJob(&w, nil, n, nil, false)
	if j.Location.Text != "Remote; London" || j.Location.City != nil || j.Department != nil {
		t.Errorf("offices without parts: got %q city %s dept %s", j.Location.Text, str(j.Location.City), str(j.Department))
	}
}

func TestLocationMatches(t *testing.T) {
	l := location([]place{placeOf(wireOffice{Location: wireLocation{"Zürich, ZH, Switzerland"}}), placeOf(wireOffice{Name: "Berlin", Location: wireLocation{"Berlin, Germany"}})})
	for _, tt := range []struct {
		want string
		ok   bool
	}{
		{"ZÜRICH", true}, {"switzerland", true}, {"Zürich, ZH, Switzerland; Berlin, Germany", true},
		{"ZH", false}, {"CH", false}, {"ch", false}, {"Zur", false},
		// The second office is in the text only, as shown.
		{"Berlin", false}, {"Germany", false}, {"Berlin, Germany", false},
	} {
		if got := ats.LocationMatches(l, tt.want); got != tt.ok {
			t.Errorf("%q: got %v, want %v", tt.want, got, tt.ok)
		}
	}
}

func TestCandidateMapping(t *testing.T) {
	raw := `{"id":3100000001,"first_name":"Zoë","last_name":"Ångström","company":"Analytical Ltd","title":"Engineer",
		"email_addresses":[{"value":" ","type":"other"},{"value":"zoe@example.com","type":"personal"}],
		"phone_numbers":[{"value":"+441234567","type":"mobile"}],"tags":null,
		"created_at":"2026-03-01T10:00:00.000Z","updated_at":"2026-03-02T11:00:00Z"}`
	w := decode[wireCandidate](t, raw)
	c := toCandidate(&w, []string{"4200000001"}, json.RawMessage(raw), false)
	if c.ID != "3100000001" || c.Name != "Zoë Ångström" || c.Email != "zoe@example.com" || str(c.Phone) != "+441234567" ||
		str(c.Headline) != "Engineer at Analytical Ltd" || c.Tags == nil || len(c.Tags) != 0 || c.Source != nil || c.ResumeURL != nil {
		t.Errorf("got %+v", c)
	}
	if !slices.Equal(c.ApplicationIDs, []string{"4200000001"}) || c.Raw != nil {
		t.Errorf("application_ids %v raw %s", c.ApplicationIDs, c.Raw)
	}
	if c := toCandidate(&wireCandidate{ID: "1", Company: "Acme"}, nil, nil, false); str(c.Headline) != "Acme" || c.ApplicationIDs == nil || c.Email != "" {
		t.Errorf("sparse candidate: got %+v", c)
	}
}

func TestApplicationMapping(t *testing.T) {
	reasons := map[string]ats.ReasonKind{"1": ats.ReasonRejected, "2": ats.ReasonWithdrawn}
	reason := func(id string) ats.ReasonKind { return reasons[id] }
	tests := []struct {
		name       string
		raw        string
		status     ats.ApplicationStatus
		stageID    string
		stageName  string
		kind       ats.StageKind
		rejected   bool
		appliedDay int
	}{
		{"in process (v3)", `{"id":55001,"candidate_id":90001,"job_id":4012001,"status":"in_process","stage_id":77,"job_interview_stage_id":77,"stage_name":"Phone Screen","created_at":"2026-03-01T10:00:00.000Z"}`,
			ats.ApplicationActive, "77", "Phone Screen", ats.StageScreening, false, 1},
		{"only job_interview_stage_id", `{"id":1,"candidate_id":2,"job_id":3,"status":"in_process","job_interview_stage_id":78,"stage_name":"Offer","created_at":"2026-03-02T10:00:00Z"}`,
			ats.ApplicationActive, "78", "Offer", ats.StageOffer, false, 2},
		{"v1 shape", `{"id":1,"candidate_id":2,"jobs":[{"id":3,"name":"J"}],"status":"active","current_stage":{"id":79,"name":"Face to Face"},"applied_at":"2026-03-03T10:00:00Z"}`,
			ats.ApplicationActive, "79", "Face to Face", ats.StageInterview, false, 3},
		{"rejected", `{"id":1,"candidate_id":2,"job_id":3,"status":"rejected","stage_id":77,"stage_name":"Phone Screen","rejection_reason_id":1,"rejected_at":"2026-03-05T10:00:00Z","created_at":"2026-03-01T10:00:00Z"}`,
			ats.ApplicationRejected, "77", "Phone Screen", ats.StageScreening, true, 1},
		{"withdrew", `{"id":1,"candidate_id":2,"job_id":3,"status":"rejected","stage_id":77,"stage_name":"Phone Screen","rejection_reason_id":2,"rejected_at":"2026-03-05T10:00:00Z","created_at":"2026-03-01T10:00:00Z"}`,
			ats.ApplicationWithdrawn, "77", "Phone Screen", ats.StageScreening, true, 1},
		{"hired", `{"id":1,"candidate_id":2,"job_id":3,"status":"hired","stage_id":80,"stage_name":"Offer","rejected_at":null,"created_at":"2026-03-01T10:00:00Z"}`,
			ats.ApplicationHired, "80", "Offer", ats.StageHired, false, 1},
		{"a status added later", `{"id":1,"candidate_id":2,"job_id":3,"status":"paused","stage_id":77,"stage_name":"Phone Screen","created_at":"2026-03-01T10:00:00Z"}`,
			ats.ApplicationActive, "77", "Phone Screen", ats.StageScreening, false, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := decode[wireApplication](t, tt.raw)
			if !included(&w) {
				t.Fatal("not included")
			}
			id, name := w.stage()
			kind, _ := ats.KindOfStageName(name)
			a := toApplication(&w, kind, reason, json.RawMessage(tt.raw), true)
			if a.Status != tt.status || a.Stage.ID != tt.stageID || a.Stage.Name != tt.stageName || a.Stage.Kind != tt.kind || a.JobID != "3" && a.JobID != "4012001" {
				t.Errorf("got %+v (stage from %s %s)", a, id, name)
			}
			if (a.RejectedAt != nil) != tt.rejected || a.AppliedAt.Day() != tt.appliedDay || a.UpdatedAt.IsZero() || string(a.Raw) != tt.raw {
				t.Errorf("times: rejected_at %v applied_at %v updated_at %v", a.RejectedAt, a.AppliedAt, a.UpdatedAt)
			}
		})
	}
	for _, raw := range []string{
		`{"id":1,"candidate_id":2,"job_id":null,"prospect":true,"prospective_job_ids":[3],"status":"in_process"}`,
		`{"id":1,"candidate_id":2,"job_id":3,"prospect":false,"status":"converted"}`,
		`{"id":1,"candidate_id":2,"jobs":[{"id":3},{"id":4}],"prospect":true,"status":"active"}`,
	} {
		if w := decode[wireApplication](t, raw); included(&w) {
			t.Errorf("%s is served; prospect and converted applications are not", raw)
		}
	}
}

func TestReasonKinds(t *testing.T) {
	for _, tt := range []struct {
		raw  string
		want ats.ReasonKind
	}{
		{`{"id":1,"name":"Lacking skills","type":{"id":1,"name":"We rejected them"}}`, ats.ReasonRejected},
		{`{"id":1,"name":"Took another job","type":{"id":2,"name":"They rejected us"}}`, ats.ReasonWithdrawn},
		{`{"id":1,"name":"Other","type":"None specified"}`, ats.ReasonOther},
		{`{"id":1,"name":"Candidate withdrew"}`, ats.ReasonWithdrawn},
		{`{"id":1,"name":"Spam","type":null}`, ats.ReasonOther},
	} {
		w := decode[wireReason](t, tt.raw)
		if got := reasonKind(&w); got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.raw, got, tt.want)
		}
	}
}
