package lever_test

import (
	"slices"
	"testing"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/lever/levertest"
)

// opportunities lists the ids of the fake's opportunities on a posting
// that pass keep, in list order.
func opportunities(fake *levertest.Server, keep func(levertest.Opportunity) bool) []string {
	var out []string
	for _, o := range fake.Opportunities() {
		if len(o.Postings()) > 0 && keep(o) {
			out = append(out, o.ID)
		}
	}
	return out
}

func archivedWith(reasons ...string) func(levertest.Opportunity) bool {
	return func(o levertest.Opportunity) bool {
		return o.Archived != nil && slices.Contains(reasons, o.Archived.Reason)
	}
}

func TestListApplications(t *testing.T) {
	h := newHarness(t, unlimited(), nil)
	d := h.data
	all := func(levertest.Opportunity) bool { return true }
	bound := d.Bulk[30].UpdatedAt
	tests := []struct {
		name string
		q    ats.ApplicationQuery
		want []string
	}{
		{"every opportunity on a posting, no general lead", ats.ApplicationQuery{}, opportunities(h.fake, all)},
		{"job", ats.ApplicationQuery{JobID: d.Backend.ID}, opportunities(h.fake, func(o levertest.Opportunity) bool {
			return slices.Contains(o.Postings(), d.Backend.ID)
		})},
		{"candidate", ats.ApplicationQuery{CandidateID: d.JaneLead.ContactID}, []string{d.JaneBackend.ID, d.JaneSales.ID}},
		{"hired", ats.ApplicationQuery{Statuses: []ats.ApplicationStatus{ats.ApplicationHired}}, opportunities(h.fake, archivedWith(levertest.ReasonHired))},
		{"withdrawn", ats.ApplicationQuery{Statuses: []ats.ApplicationStatus{ats.ApplicationWithdrawn}}, []string{d.Zoe.ID}},
		{"rejected", ats.ApplicationQuery{Statuses: []ats.ApplicationStatus{ats.ApplicationRejected}},
			opportunities(h.fake, archivedWith(levertest.ReasonAnother, levertest.ReasonUnderqualified))},
		{"active", ats.ApplicationQuery{Statuses: []ats.ApplicationStatus{ats.ApplicationActive}}, opportunities(h.fake, func(o levertest.Opportunity) bool {
			return o.Archived == nil
		})},
		{"active or withdrawn", ats.ApplicationQuery{Statuses: []ats.ApplicationStatus{ats.ApplicationActive, ats.ApplicationWithdrawn}},
			opportunities(h.fake, func(o levertest.Opportunity) bool {
				return o.Archived == nil || o.Archived.Reason == levertest.ReasonWithdrew
			})},
		{"stage kind with one stage", ats.ApplicationQuery{StageKinds: []ats.StageKind{ats.StageOffer}}, opportunities(h.fake, func(o levertest.Opportunity) bool {
			return o.StageID == "offer"
		})},
		{"stage kind with two stages", ats.ApplicationQuery{StageKinds: []ats.StageKind{ats.StageInterview}}, opportunities(h.fake, func(o levertest.Opportunity) bool {
			return o.StageID == levertest.StagePhoneInterview || o.StageID == levertest.StageOnsite
		})},
		{"stage kind no stage has", ats.ApplicationQuery{StageKinds: []ats.StageKind{ats.StageHired}}, nil},
		{"updated_after", ats.ApplicationQuery{UpdatedAfter: &bound}, opportunities(h.fake, func(o levertest.Opportunity) bool {
			return o.UpdatedAt.After(bound)
		})},
		{"created_after", ats.ApplicationQuery{CreatedAfter: &d.Bulk[44].CreatedAt}, []string{d.Bulk[45].ID, d.Bulk[46].ID}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := walkAll(t, 6, func(w ats.Window) (ats.Page[ats.Application], error) {
				q := tt.q
				q.Window = w
				return h.client.ListApplications(ctx(t), q)
			})
			if !slices.Equal(ids(got, applicationID), tt.want) && !(len(got) == 0 && len(tt.want) == 0) {
				t.Errorf("got %d %v\nwant %d %v", len(got), ids(got, applicationID), len(tt.want), tt.want)
			}
		})
	}
}

func TestListApplicationsSendsWhatLeverFilters(t *testing.T) {
	h := newHarness(t, unlimited(), nil)
	_, err := h.client.ListApplications(ctx(t), ats.ApplicationQuery{Window: ats.Window{Limit: 5},
		JobID: h.data.Backend.ID, CandidateID: h.data.JaneLead.ContactID,
		Statuses: []ats.ApplicationStatus{ats.ApplicationActive}, StageKinds: []ats.StageKind{ats.StageOffer}})
	if err != nil {
		t.Fatal(err)
	}
	var list levertest.Request
	for _, r := range h.fake.Requests() {
		if r.Path == "/opportunities" {
			list = r
		}
	}
	q := list.Query
	if q.Get("posting_id") != h.data.Backend.ID || q.Get("contact_id") != h.data.JaneLead.ContactID || q.Get("archived") != "false" ||
		q.Get("stage_id") != "offer" || q.Get("expand") != "applications" || q.Get("confidentiality") != "all" {
		t.Errorf("query: got %s", list.RawQuery)
	}
}

func TestApplication(t *testing.T) {
	h := newHarness(t, unlimited(), nil)
	d := h.data
	a, err := h.client.Application(ctx(t), d.Jose.ID, ats.ReadOptions{IncludeRaw: true})
	if err != nil {
		t.Fatal(err)
	}
	if a.JobID != d.Data.ID || a.CandidateID != d.Jose.ContactID || a.Status != ats.ApplicationHired || a.HiredAt == nil ||
		!a.HiredAt.Equal(d.Jose.Archived.At) || a.Stage != (ats.Stage{ID: "offer", Name: "Offer", Kind: ats.StageOffer}) ||
		*a.Source != "Company website" || a.Raw == nil {
		t.Errorf("got %+v", a)
	}
	a, _ = h.client.Application(ctx(t), d.Hanako.ID, ats.ReadOptions{})
	if a.Stage.Name != "Vérification des références" || a.Stage.Kind != ats.StageOther || a.Status != ats.ApplicationActive {
		t.Errorf("got %+v", a)
	}
	for _, id := range []string{d.JaneLead.ID, d.JaneLead.ContactID, "x y"} {
		_, err := h.client.Application(ctx(t), id, ats.ReadOptions{})
		wantCode(t, err, ats.CodeNotFound)
	}
}

func TestCreateApplication(t *testing.T) {
	h := newHarness(t, unlimited(), nil)
	d := h.data
	a, err := h.client.CreateApplication(ctx(t), ats.ApplicationInput{CandidateID: d.JaneLead.ContactID, JobID: d.Success.ID, Source: new("Referral")})
	if err != nil {
		t.Fatal(err)
	}
	if a.CandidateID != d.JaneLead.ContactID || a.JobID != d.Success.ID || a.Status != ats.ApplicationActive || a.Stage.Kind != ats.StageApplied {
		t.Errorf("got %+v", a)
	}
	o, _ := h.fake.Opportunity(a.ID)
	if o.ContactID != d.JaneLead.ContactID || o.Sources[0] != "Referral" || o.Origin != "applied" {
		t.Errorf("stored %+v", o)
	}
	c, _ := h.client.Candidate(ctx(t), d.JaneLead.ContactID, ats.ReadOptions{})
	if !slices.Contains(c.ApplicationIDs, a.ID) {
		t.Errorf("the candidate's applications %v lack the new %s", c.ApplicationIDs, a.ID)
	}

	tests := []struct {
		name     string
		in       ats.ApplicationInput
		code     ats.Code
		existing string
	}{
		{"already applied", ats.ApplicationInput{CandidateID: d.JaneLead.ContactID, JobID: d.Backend.ID}, ats.CodeApplicationExists, d.JaneBackend.ID},
		{"already applied, rejected, closed since", ats.ApplicationInput{CandidateID: d.Late.ContactID, JobID: d.Designer.ID}, ats.CodeApplicationExists, d.Late.ID},
		{"closed posting", ats.ApplicationInput{CandidateID: d.JaneLead.ContactID, JobID: d.Designer.ID}, ats.CodeJobNotOpen, ""},
		{"unknown candidate", ats.ApplicationInput{CandidateID: "c0ffee00-0000-4000-8000-000000000000", JobID: d.Sales.ID}, ats.CodeNotFound, ""},
		{"unknown job", ats.ApplicationInput{CandidateID: d.Zoe.ContactID, JobID: "c0ffee00-0000-4000-8000-000000000000"}, ats.CodeNotFound, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := len(h.fake.Opportunities())
			_, err := h.client.CreateApplication(ctx(t), tt.in)
			e := wantCode(t, err, tt.code)
			if tt.existing != "" && (len(e.Details) != 1 || e.Details[0].ExistingID != tt.existing) {
				t.Errorf("details: got %+v, want %s", e.Details, tt.existing)
			}
			if n := len(h.fake.Opportunities()); n != before {
				t.Errorf("a refused create wrote %d opportunities", n-before)
			}
		})
	}
}
