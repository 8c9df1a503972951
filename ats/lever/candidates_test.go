package lever_test

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/lever"
	"github.com/atsbridge/atsbridge/ats/lever/levertest"
)

// contacts lists the fake's contacts whose opportunities (oldest first)
// pass keep, in the order of their first opportunity: the candidate list's
// order, filtered or not.
func contacts(fake *levertest.Server, keep func([]levertest.Opportunity) bool) []string {
	var order []string
	of := map[string][]levertest.Opportunity{}
	for _, o := range fake.Opportunities() {
		if of[o.ContactID] == nil {
			order = append(order, o.ContactID)
		}
		of[o.ContactID] = append(of[o.ContactID], o)
	}
	var out []string
	for _, id := range order {
		if keep(of[id]) {
			out = append(out, id)
		}
	}
	return out
}

func everyone([]levertest.Opportunity) bool { return true }

func TestListCandidatesServesEachContactOnce(t *testing.T) {
	h := newHarness(t, unlimited(), nil)
	want := contacts(h.fake, everyone)
	for _, limit := range []int{1, 4, 20, 100} {
		h.fake.ResetRequests()
		got, pages := walkAll(t, limit, func(w ats.Window) (ats.Page[ats.Candidate], error) {
			return h.client.ListCandidates(ctx(t), ats.CandidateQuery{Window: w})
		})
		if !slices.Equal(ids(got, candidateID), want) {
			t.Errorf("limit %d: got %d candidates, want the %d contacts once each", limit, len(got), len(want))
		}
		// One list call and one lookup of the page's contacts a page (a
		// page may read a second upstream page to fill itself).
		if n := h.fake.Count("GET", "/opportunities"); n > 4*pages {
			t.Errorf("limit %d: %d pages cost %d calls", limit, pages, n)
		}
	}
	jane := slices.IndexFunc(mustList(t, h, ats.CandidateQuery{Window: ats.Window{Limit: 100}}), func(c ats.Candidate) bool {
		return c.ID == h.data.JaneLead.ContactID
	})
	if jane < 0 {
		t.Fatal("Jane is not listed")
	}
}

func mustList(t *testing.T, h *harness, q ats.CandidateQuery) []ats.Candidate {
	t.Helper()
	p, err := h.client.ListCandidates(ctx(t), q)
	if err != nil {
		t.Fatal(err)
	}
	return p.Items
}

func TestCandidateIsTheContact(t *testing.T) {
	h := newHarness(t, unlimited(), nil)
	d := h.data
	c, err := h.client.Candidate(ctx(t), d.JaneLead.ContactID, ats.ReadOptions{IncludeRaw: true})
	if err != nil {
		t.Fatal(err)
	}
	if c.Name != "Jane Doe" || c.FirstName != "Jane" || c.LastName != "Doe" || c.Email != "jane@example.com" ||
		*c.Phone != "5555550100" || *c.Headline != "Acme, Globex" || *c.Source != "LinkedIn" ||
		!slices.Equal(c.Tags, []string{"Engineering", "Referral"}) ||
		!slices.Equal(c.ApplicationIDs, []string{d.JaneBackend.ID, d.JaneSales.ID}) ||
		!c.CreatedAt.Equal(d.JaneLead.CreatedAt) || !c.UpdatedAt.Equal(d.JaneSales.UpdatedAt) ||
		!strings.Contains(string(c.Raw), d.JaneSales.ID) {
		t.Errorf("got %+v", c)
	}
	for _, id := range []string{d.JaneLead.ID, "nobody", "a/b"} {
		_, err := h.client.Candidate(ctx(t), id, ats.ReadOptions{})
		wantCode(t, err, ats.CodeNotFound)
	}
}

func TestListCandidatesFilters(t *testing.T) {
	h := newHarness(t, unlimited(), nil)
	d := h.data
	bound := d.Bulk[40].CreatedAt
	tests := []struct {
		name string
		q    ats.CandidateQuery
		want []string
	}{
		{"email, any case", ats.CandidateQuery{Email: "JANE@example.COM"}, []string{d.JaneLead.ContactID}},
		{"email, nobody", ats.CandidateQuery{Email: "nobody@example.com"}, nil},
		{"job", ats.CandidateQuery{JobID: d.Sales.ID}, contacts(h.fake, func(os []levertest.Opportunity) bool {
			return slices.ContainsFunc(os, func(o levertest.Opportunity) bool { return slices.Contains(o.Postings(), d.Sales.ID) })
		})},
		{"created_after is the first opportunity's", ats.CandidateQuery{CreatedAfter: &d.JaneLead.CreatedAt}, contacts(h.fake, func(os []levertest.Opportunity) bool {
			return os[0].CreatedAt.After(d.JaneLead.CreatedAt)
		})},
		{"updated_after is the latest change's", ats.CandidateQuery{UpdatedAfter: &bound}, contacts(h.fake, func(os []levertest.Opportunity) bool {
			return slices.ContainsFunc(os, func(o levertest.Opportunity) bool { return o.UpdatedAt.After(bound) })
		})},
		{"job and email", ats.CandidateQuery{JobID: d.Backend.ID, Email: "jane@example.com"}, []string{d.JaneLead.ContactID}},
		{"unknown job", ats.CandidateQuery{JobID: "no-such-posting"}, nil},
	}
	for _, tt := range tests {
		for _, limit := range []int{1, 7} {
			t.Run(fmt.Sprintf("%s, limit %d", tt.name, limit), func(t *testing.T) {
				got, _ := walkAll(t, limit, func(w ats.Window) (ats.Page[ats.Candidate], error) {
					q := tt.q
					q.Window = w
					return h.client.ListCandidates(ctx(t), q)
				})
				if !slices.Equal(ids(got, candidateID), tt.want) && !(len(got) == 0 && len(tt.want) == 0) {
					t.Errorf("got %v, want %v", ids(got, candidateID), tt.want)
				}
			})
		}
	}
	h.fake.ResetRequests()
	mustList(t, h, ats.CandidateQuery{Email: "jane@example.com", Window: ats.Window{Limit: 20}})
	if n := len(h.fake.Requests()); n != 2 {
		t.Errorf("a list by email cost %d calls, want 2 (the list, and the person's opportunities)", n)
	}
}

func TestCreateCandidateInAJob(t *testing.T) {
	h := newHarness(t, unlimited(), nil)
	c, err := h.client.CreateCandidate(ctx(t), ats.CandidateInput{
		Name: "Karan Mehta", Email: "karan@example.com", JobID: h.data.Backend.ID,
		Phone: new("+91 98 7654 3210"), Headline: new("Engineer"), Source: new("Job board"), Tags: []string{"go"},
	})
	if err != nil {
		t.Fatal(err)
	}
	if c.Name != "Karan Mehta" || c.Email != "karan@example.com" || len(c.ApplicationIDs) != 1 || *c.Source != "Job board" {
		t.Fatalf("got %+v", c)
	}
	o, ok := h.fake.Opportunity(c.ApplicationIDs[0])
	if !ok || o.ContactID != c.ID || !slices.Equal(o.Postings(), []string{h.data.Backend.ID}) || o.StageID != "applicant-new" ||
		o.Origin != "applied" || o.Owner != levertest.UserAdmin || o.Phones[0].Value != "+91 98 7654 3210" {
		t.Errorf("stored: %+v", o)
	}
	// The writer was found once through /users: the first active admin.
	if n := h.fake.Count("GET", "/users"); n != 1 {
		t.Errorf("GET /users: %d calls, want 1", n)
	}
	if _, err := h.client.CreateCandidate(ctx(t), ats.CandidateInput{Name: "Other", Email: "other@example.com", JobID: h.data.Sales.ID}); err != nil {
		t.Fatal(err)
	}
	if n := h.fake.Count("GET", "/users"); n != 1 {
		t.Errorf("GET /users after a second create: %d calls, want 1 (cached)", n)
	}
}

func TestCreateCandidateWithoutJobIsALead(t *testing.T) {
	h := newHarness(t, unlimited(), func(c *lever.Config) { c.UserID = levertest.UserSuperAdmin })
	c, err := h.client.CreateCandidate(ctx(t), ats.CandidateInput{FirstName: "Zoë", LastName: "Ng", Email: "zoe.ng@example.com"})
	if err != nil {
		t.Fatal(err)
	}
	if c.Name != "Zoë Ng" || len(c.ApplicationIDs) != 0 {
		t.Errorf("got %+v", c)
	}
	var stored levertest.Opportunity
	for _, o := range h.fake.Opportunities() {
		if o.ContactID == c.ID {
			stored = o
		}
	}
	if stored.StageID != "lead-new" || stored.Origin != "sourced" || stored.Owner != levertest.UserSuperAdmin || len(stored.Applications) != 0 {
		t.Errorf("stored: %+v", stored)
	}
	if n := h.fake.Count("GET", "/users"); n != 0 {
		t.Errorf("GET /users with LEVER_USER_ID set: %d calls", n)
	}
}

func TestCreateCandidateRefusals(t *testing.T) {
	h := newHarness(t, unlimited(), nil)
	d := h.data
	tests := []struct {
		name     string
		in       ats.CandidateInput
		code     ats.Code
		existing string
	}{
		{"known email", ats.CandidateInput{Name: "Jane", Email: "Jane@Example.com", JobID: d.Success.ID}, ats.CodeCandidateExists, d.JaneLead.ContactID},
		{"known email, no job", ats.CandidateInput{Name: "Jane", Email: "jane@example.com"}, ats.CodeCandidateExists, d.JaneLead.ContactID},
		{"closed posting", ats.CandidateInput{Name: "Late", Email: "late2@example.com", JobID: d.Designer.ID}, ats.CodeJobNotOpen, ""},
		{"draft posting", ats.CandidateInput{Name: "Early", Email: "early@example.com", JobID: d.Support.ID}, ats.CodeJobNotOpen, ""},
		{"rejected posting", ats.CandidateInput{Name: "Old", Email: "old@example.com", JobID: d.Legacy.ID}, ats.CodeJobNotOpen, ""},
		{"unknown posting", ats.CandidateInput{Name: "Lost", Email: "lost@example.com", JobID: "5a1e0000-0000-4000-8000-000000000000"}, ats.CodeNotFound, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := len(h.fake.Opportunities())
			_, err := h.client.CreateCandidate(ctx(t), tt.in)
			e := wantCode(t, err, tt.code)
			if tt.existing != "" && (len(e.Details) != 1 || e.Details[0].ExistingID != tt.existing) {
				t.Errorf("details: got %+v, want the existing contact %s", e.Details, tt.existing)
			}
			if strings.Contains(e.Message, tt.in.Email) {
				t.Errorf("message carries the email: %s", e.Message)
			}
			if n := len(h.fake.Opportunities()); n != before {
				t.Errorf("a refused create wrote %d opportunities", n-before)
			}
		})
	}
}

// Concurrent writes share one lookup of the writing user and of the
// catalog, and of the posting's state.
func TestConcurrentCreatesLookUpOnce(t *testing.T) {
	h := newHarness(t, unlimited(), nil)
	var wg sync.WaitGroup
	for i := range 12 {
		wg.Go(func() {
			_, err := h.client.CreateCandidate(ctx(t), ats.CandidateInput{Name: "P Q", Email: fmt.Sprintf("pq%d@example.com", i), JobID: h.data.Success.ID})
			if err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	for _, path := range []string{"/users", "/stages", "/archive_reasons", "/postings/" + h.data.Success.ID} {
		if n := h.fake.Count("GET", path); n != 1 {
			t.Errorf("GET %s: %d calls, want 1", path, n)
		}
	}
	if n := h.fake.Count("POST", "/opportunities"); n != 12 {
		t.Errorf("%d creates, want 12", n)
	}
}
