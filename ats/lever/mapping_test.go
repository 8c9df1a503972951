package lever

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/lever/levertest"
	"github.com/atsbridge/atsbridge/ats/wire"
)

// The recorded shapes of providers.md C4, as Lever sends them.
const (
	recordedPosting = `{"id":"75ff237f-c221-4c26-8b23-faf395f5ea1c","text":"Backend Engineer","state":"published",
 "distributionChannels":["public","internal"],"user":"32bc4d3b","owner":"32bc4d3b","hiringManager":null,
 "confidentiality":"non-confidential",
 "categories":{"commitment":"Full-time","department":"R&D","level":null,"location":"San Francisco, CA","team":"Engineering","allLocations":["San Francisco, CA"]},
 "tags":[],"content":{"description":"Build things","descriptionHtml":"<div>Build things</div>","lists":[{"text":"Requirements","content":"<li>Go</li>"}],"closing":"","closingHtml":""},
 "country":"US","followers":["32bc4d3b"],"reqCode":null,"requisitionCodes":[],
 "urls":{"list":"https://jobs.lever.co/acme","show":"https://jobs.lever.co/acme/75ff","apply":"https://jobs.lever.co/acme/75ff/apply"},
 "workplaceType":"on-site","createdAt":1782972961725,"updatedAt":1782972961725}`

	recordedOpportunity = `{"id":"6408dc54-7015-4e5b-8d60-23afff2b1efc","name":"Jane Doe","contact":"997fd432-94f6-4613-9fa8-c3d5bd49600b",
 "headline":"Acme, Globex","stage":"lead-new","confidentiality":"non-confidential","location":"",
 "phones":[{"type":"mobile","value":"5555550100"}],"emails":["jane@example.com"],"links":[],"archived":null,
 "tags":["Engineering"],"sources":["LinkedIn"],
 "stageChanges":[{"toStageId":"lead-new","toStageIndex":0,"updatedAt":1782972986091,"userId":"32bc4d3b"}],
 "origin":"sourced","sourcedBy":"32bc4d3b","owner":"32bc4d3b","followers":["32bc4d3b"],
 "applications":[{"id":"7278da68-141b-4203-b209-8ca6c0fa1f2d","type":"user","candidateId":"6408dc54","opportunityId":"6408dc54",
   "posting":"75ff237f-c221-4c26-8b23-faf395f5ea1c","createdAt":1782972986092,"archived":null}],
 "createdAt":1782972986091,"updatedAt":1782974048515,"lastInteractionAt":1782974048514,"lastAdvancedAt":1782974004990,
 "snoozedUntil":null,"urls":{"list":"https://hire.lever.co/candidates","show":"https://hire.lever.co/candidates/6408dc54"},
 "isAnonymized":false,"dataProtection":null,"opportunityLocation":"San Francisco, CA"}`
)

func ms(n int64) time.Time { return time.UnixMilli(n).UTC() }

func testCatalog() catalog {
	c := catalog{reasons: map[string]wireArchiveReason{}}
	for _, s := range levertest.DefaultStages() {
		c.stages = append(c.stages, wireStage{ID: s.ID, Text: s.Text})
	}
	for _, r := range levertest.DefaultArchiveReasons() {
		c.reasons[r.ID] = wireArchiveReason{ID: r.ID, Text: r.Text, Type: r.Type, Status: r.Status}
	}
	return c
}

func TestJobStatuses(t *testing.T) {
	for state, want := range map[string]ats.JobStatus{
		"published": ats.JobOpen, "internal": ats.JobOpen, "closed": ats.JobClosed, "draft": ats.JobDraft,
		"pending": ats.JobDraft, "rejected": ats.JobArchived, "Published": ats.JobOpen, "something-new": ats.JobClosed,
	} {
		if got := jobStatus(state); got != want {
			t.Errorf("%s: got %s, want %s", state, got, want)
		}
	}
	for _, s := range ats.JobStatuses {
		for _, st := range leverStates(s) {
			if jobStatus(st) != s {
				t.Errorf("leverStates(%s) has %s, which maps to %s", s, st, jobStatus(st))
			}
		}
	}
}

func TestToJob(t *testing.T) {
	var p wirePosting
	if err := json.Unmarshal([]byte(recordedPosting), &p); err != nil {
		t.Fatal(err)
	}
	j := toJob(&p, json.RawMessage(recordedPosting), true, true)
	str := func(s *string) string {
		if s == nil {
			return "<nil>"
		}
		return *s
	}
	checks := []struct{ name, got, want string }{
		{"id", j.ID, "75ff237f-c221-4c26-8b23-faf395f5ea1c"},
		{"title", j.Title, "Backend Engineer"},
		{"status", string(j.Status), "open"},
		{"department", str(j.Department), "R&D"},
		{"location.text", j.Location.Text, "San Francisco, CA"},
		{"location.city", str(j.Location.City), "San Francisco"},
		{"location.region", str(j.Location.Region), "CA"},
		{"location.country", str(j.Location.Country), "United States"},
		{"location.country_code", str(j.Location.CountryCode), "US"},
		{"workplace", str(j.Workplace), "on_site"},
		{"employment_type", str(j.EmploymentType), "Full-time"},
		{"url", str(j.URL), "https://jobs.lever.co/acme/75ff"},
		{"apply_url", str(j.ApplyURL), "https://jobs.lever.co/acme/75ff/apply"},
		{"description", str(j.Description), "<div>Build things</div><h3>Requirements</h3><ul><li>Go</li></ul>"},
		{"created_at", j.CreatedAt.Format(time.RFC3339Nano), "2026-07-02T06:16:01.725Z"},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s: got %q, want %q", c.name, c.got, c.want)
		}
	}
	if string(j.Raw) != recordedPosting {
		t.Error("raw is not Lever's object")
	}
	if l := toJob(&p, nil, false, false); l.Description != nil || l.Raw != nil {
		t.Error("a list item carries the description or raw")
	}

	p.Categories.Department, p.WorkplaceType, p.Categories.Location = "", "unspecified", ""
	p.Categories.AllLocations = []string{"Remote", "München, Germany"}
	j = toJob(&p, nil, false, false)
	if str(j.Department) != "Engineering" || j.Workplace != nil || j.Location.Text != "Remote; München, Germany" || j.Location.City != nil {
		t.Errorf("team, unspecified, allLocations: got %+v %+v", j, j.Location)
	}
	for _, tt := range []struct {
		text, code                    string
		city, region, country, wantCC string
	}{
		{"München, Germany", "DE", "München", "<nil>", "Germany", "DE"},
		{"Paris, Île-de-France, France", "fr", "Paris", "Île-de-France", "France", "FR"},
		{"Austin, TX, US", "US", "Austin", "TX", "United States", "US"},
		{"Lisbon, Portugal", "", "Lisbon", "<nil>", "Portugal", "<nil>"},
		{"London", "GB", "<nil>", "<nil>", "United Kingdom", "GB"},
		{"Remote", "", "<nil>", "<nil>", "<nil>", "<nil>"},
	} {
		l := location(&wirePosting{Country: tt.code, Categories: wireCategories{Location: tt.text}})
		if l.Text != tt.text || str(l.City) != tt.city || str(l.Region) != tt.region || str(l.Country) != tt.country || str(l.CountryCode) != tt.wantCC {
			t.Errorf("%q %q: got %q city %s region %s country %s code %s", tt.text, tt.code, l.Text, str(l.City), str(l.Region), str(l.Country), str(l.CountryCode))
		}
	}
	l := location(&wirePosting{Country: "DE", Categories: wireCategories{Location: "München, Bayern, Germany"}})
	for want, ok := range map[string]bool{"MÜNCHEN": true, "münchen, bayern, germany": true, "germany": true, "Bayern": false, "DE": false, "Münch": false} {
		if ats.LocationMatches(l, want) != ok {
			t.Errorf("location filter %q: got %v, want %v", want, !ok, ok)
		}
	}
}

func TestStageKinds(t *testing.T) {
	want := map[string]ats.StageKind{
		"lead-new": ats.StageSourced, "lead-reached-out": ats.StageSourced, "lead-responded": ats.StageSourced,
		"applicant-new":                ats.StageApplied,
		levertest.StageRecruiterScreen: ats.StageScreening,
		levertest.StagePhoneInterview:  ats.StageInterview,
		levertest.StageAssessment:      ats.StageAssessment,
		levertest.StageOnsite:          ats.StageInterview,
		levertest.StageReferences:      ats.StageOther,
		"offer":                        ats.StageOffer,
	}
	c := testCatalog()
	for _, s := range levertest.DefaultStages() {
		if got := c.stage(ref{ID: s.ID}); got.Kind != want[s.ID] || got.Name != s.Text {
			t.Errorf("%s (%s): got %+v, want kind %s", s.ID, s.Text, got, want[s.ID])
		}
	}
	for name, want := range map[string]ats.StageKind{
		"Hired": ats.StageHired, "Offer extended": ats.StageOffer, "Contest round": ats.StageOther,
		"Technical test": ats.StageAssessment, "Panel": ats.StageInterview, "Sourced": ats.StageSourced,
		"": ats.StageOther, "Entretien": ats.StageOther,
	} {
		if got := stageKind("5c1d", name); got != want {
			t.Errorf("%q: got %s, want %s", name, got, want)
		}
	}
	if got := c.stage(ref{ID: "gone-stage"}); got.Name != "gone-stage" || got.Kind != ats.StageOther {
		t.Errorf("unknown stage: got %+v", got)
	}
	if got := c.stage(ref{ID: "x", Text: "Final interview"}); got.Name != "Final interview" || got.Kind != ats.StageInterview {
		t.Errorf("expanded stage: got %+v", got)
	}
}

func TestStatusesAndReasons(t *testing.T) {
	c := testCatalog()
	for reason, want := range map[string]ats.ApplicationStatus{
		levertest.ReasonHired: ats.ApplicationHired, levertest.ReasonWithdrew: ats.ApplicationWithdrawn,
		levertest.ReasonUnderqualified: ats.ApplicationRejected, levertest.ReasonTropJunior: ats.ApplicationRejected,
		"unknown-reason": ats.ApplicationRejected,
	} {
		if got := c.status(&wireArchived{Reason: reason}); got != want {
			t.Errorf("%s: got %s, want %s", reason, got, want)
		}
	}
	if got := c.status(nil); got != ats.ApplicationActive {
		t.Errorf("not archived: got %s", got)
	}
	for text, want := range map[string]ats.ReasonKind{
		"Candidate withdrew": ats.ReasonWithdrawn, "Offer declined": ats.ReasonWithdrawn, "Other": ats.ReasonOther,
		"Underqualified": ats.ReasonRejected, "Profil trop junior — à revoir": ats.ReasonRejected,
	} {
		if got := reasonKind(wireArchiveReason{Text: text, Type: "non-hired"}); got != want {
			t.Errorf("%q: got %s, want %s", text, got, want)
		}
	}
}

func TestToApplication(t *testing.T) {
	var o wireOpportunity
	if err := json.Unmarshal([]byte(recordedOpportunity), &o); err != nil {
		t.Fatal(err)
	}
	c := testCatalog()
	a, ok := c.toApplication(&o, json.RawMessage(recordedOpportunity), true)
	if !ok {
		t.Fatal("an opportunity on a posting is not an application")
	}
	want := ats.Application{
		ID: "6408dc54-7015-4e5b-8d60-23afff2b1efc", CandidateID: "997fd432-94f6-4613-9fa8-c3d5bd49600b",
		JobID: "75ff237f-c221-4c26-8b23-faf395f5ea1c", Stage: ats.Stage{ID: "lead-new", Name: "New lead", Kind: ats.StageSourced},
		Status: ats.ApplicationActive, Source: new("LinkedIn"), AppliedAt: ms(1782972986091), UpdatedAt: ms(1782974048515),
	}
	a.Raw = nil
	if a.ID != want.ID || a.CandidateID != want.CandidateID || a.JobID != want.JobID || a.Stage != want.Stage ||
		a.Status != want.Status || *a.Source != *want.Source || !a.AppliedAt.Equal(want.AppliedAt) || !a.UpdatedAt.Equal(want.UpdatedAt) ||
		a.RejectedAt != nil || a.HiredAt != nil {
		t.Errorf("got %+v\nwant %+v", a, want)
	}

	o.Archived = &wireArchived{Reason: levertest.ReasonHired, ArchivedAt: wire.MilliTime(ms(1782975000000))}
	a, _ = c.toApplication(&o, nil, false)
	if a.Status != ats.ApplicationHired || a.HiredAt == nil || !a.HiredAt.Equal(ms(1782975000000)) || a.RejectedAt != nil || a.Raw != nil {
		t.Errorf("hired: got %+v", a)
	}
	o.Archived.Reason = levertest.ReasonAnother
	a, _ = c.toApplication(&o, nil, false)
	if a.Status != ats.ApplicationRejected || a.RejectedAt == nil || a.HiredAt != nil {
		t.Errorf("rejected: got %+v", a)
	}

	o.Applications = nil
	if _, ok := c.toApplication(&o, nil, false); ok {
		t.Error("a general lead (no posting) is an application")
	}
}

func TestToCandidate(t *testing.T) {
	opp := func(id string, created, updated int64, posting string, tags, sources []string) *wireOpportunity {
		o := &wireOpportunity{ID: id, Name: "Zoë van Åkesson", Contact: ref{ID: "c1"}, Emails: []string{"zoe@example.com", "z@example.org"},
			Phones: []wirePhone{{Value: "+30 210"}}, Headline: "Acme", Tags: tags, Sources: sources,
			CreatedAt: wire.MilliTime(ms(created)), UpdatedAt: wire.MilliTime(ms(updated))}
		if posting != "" {
			o.Applications = []wireAppRef{{ID: "a-" + id, Posting: ref{ID: posting}, expanded: true}}
		}
		return o
	}
	c := contact{id: "c1", opps: []*wireOpportunity{
		opp("o1", 1000, 9000, "", []string{"x"}, nil),
		opp("o2", 2000, 3000, "p1", []string{"y", "x"}, []string{"LinkedIn"}),
		opp("o3", 3000, 4000, "p2", nil, []string{"Referral"}),
	}, raws: []json.RawMessage{[]byte(`{"id":"o1"}`), []byte(`{"id":"o2"}`), []byte(`{"id":"o3"}`)}}
	got := toCandidate(c, true)
	if got.ID != "c1" || got.FirstName != "Zoë" || got.LastName != "van Åkesson" || got.Email != "zoe@example.com" ||
		*got.Phone != "+30 210" || *got.Source != "LinkedIn" || !slices.Equal(got.Tags, []string{"x", "y"}) ||
		!slices.Equal(got.ApplicationIDs, []string{"o2", "o3"}) || !got.CreatedAt.Equal(ms(1000)) || !got.UpdatedAt.Equal(ms(9000)) ||
		got.ResumeURL != nil {
		t.Errorf("got %+v", got)
	}
	if !strings.HasPrefix(string(got.Raw), `{"contact":"c1","opportunities":[{"id":"o1"}`) {
		t.Errorf("raw: got %s", got.Raw)
	}
	if lead := toCandidate(contact{id: "c2", opps: c.opps[:1]}, false); len(lead.ApplicationIDs) != 0 || lead.Tags == nil || lead.Raw != nil {
		t.Errorf("a general lead: got %+v", lead)
	}
}

func TestWireIsLenient(t *testing.T) {
	var o wireOpportunity
	body := `{"id":"o","contact":{"id":"c","name":"N"},"stage":{"id":"s","text":"Screen"},"archived":{"reason":"r","archivedAt":"1782975000000"},
	 "applications":["a1"],"createdAt":"2026-07-02T06:16:01.725Z","updatedAt":null}`
	if err := json.Unmarshal([]byte(body), &o); err != nil {
		t.Fatal(err)
	}
	if o.Contact.ID != "c" || o.Stage.Text != "Screen" || !o.Archived.ArchivedAt.UTC().Equal(ms(1782975000000)) ||
		!o.unexpanded() || o.postingID() != "" || !o.CreatedAt.UTC().Equal(ms(1782972961725)) || o.UpdatedAt.Ptr() != nil {
		t.Errorf("got %+v", o)
	}
	var bad wireOpportunity
	if err := json.Unmarshal([]byte(`{"createdAt":"yesterday"}`), &bad); err == nil {
		t.Error("a timestamp that is not one was accepted")
	}
}
