package lever_test

import (
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/atstest"
	"github.com/atsbridge/atsbridge/ats/lever/levertest"
)

// TestConformance runs the provider conformance suite on the Lever client
// against its fake, seeded with conformanceData.
//
// Lever stamps updatedAt in milliseconds, and the fake answers two actions
// on one opportunity within one: its clock runs a second ahead at each
// Pipeline.Tick.
func TestConformance(t *testing.T) {
	postings, opps := conformanceData()
	clock := &atstest.Clock{}
	fx := conformanceFixture(postings, opps)
	fx.Pipeline.Tick = clock.Tick
	var mu sync.Mutex
	fakes := map[ats.Provider]*levertest.Server{}
	// The file goes with the create, and the client then makes sure Lever
	// kept it (GET .../resumes, an upload to .../files when not): a
	// failure there leaves the opportunity without a resume. The fault
	// outlasts the client's retries of that GET.
	fx.Resumes = &atstest.Resumes{Delivery: atstest.Bytes, FailedUpload: atstest.LeavesCandidate,
		FailNextUpload: func(t *testing.T, p ats.Provider) {
			mu.Lock()
			defer mu.Unlock()
			fakes[p].Inject(levertest.Fault{Method: "GET", Path: "/opportunities/", Status: 503, Times: 3})
		}}
	atstest.Run(t, func(t *testing.T) ats.Provider {
		t.Helper()
		fo := unlimited()
		fo.Now = clock.Now
		h := newBareHarness(t, fo, nil)
		for _, p := range postings {
			h.fake.AddPosting(p)
		}
		for _, o := range opps {
			h.fake.AddOpportunity(o)
		}
		mu.Lock()
		fakes[h.client] = h.fake
		mu.Unlock()
		return h.client
	}, fx)
}

// place is where a conformance posting is: Lever's free text and country
// code, and what atsbridge reads from them (the README's mapping).
type place struct {
	text, code            string
	city, region, country string
	workplace             string
}

var conformancePlaces = []place{
	{"Zürich, ZH, Switzerland", "CH", "Zürich", "ZH", "Switzerland", "hybrid"},
	{"Berlin, Germany", "DE", "Berlin", "", "Germany", "on-site"},
	{"London, England, United Kingdom", "GB", "London", "England", "United Kingdom", "on-site"},
	{"São Paulo, SP, Brazil", "BR", "São Paulo", "SP", "Brazil", "remote"},
	{"Remote", "", "", "", "", "remote"},
	{"San Francisco, CA", "US", "San Francisco", "CA", "United States", "hybrid"},
}

// conformanceData is the fake's records for the suite, with their ids set,
// so that the fixture can be written down before any fake runs. It has what
// each rule needs: postings in every Lever state (confidential ones among
// them), a non-ASCII city, department and title, regions and country codes
// that are neither city nor country, titles with % and _, opportunities in
// every stage kind and status, emails in mixed case, one person in two
// jobs, general leads (people without an application), and applications
// to postings closed since.
func conformanceData() ([]levertest.Posting, []levertest.Opportunity) {
	base := time.Date(2026, 2, 2, 9, 0, 0, 0, time.UTC)
	titles := []string{"Senior Go Engineer", "Account Executive", "Ingeniería de Datos", "Sales_Lead, 100% Commission",
		"Frontend Engineer", "Data Analyst", "Recruiter"}
	departments := []string{"Engineering", "Sales", "Ingeniería", "", "People"}
	states := []string{"published", "internal", "published", "closed", "published", "draft", "internal", "pending", "published", "rejected"}

	var postings []levertest.Posting
	for i := 1; i <= 45; i++ {
		p := conformancePlaces[i%len(conformancePlaces)]
		created := base.Add(time.Duration(i)*time.Hour + time.Duration(i*7)*time.Millisecond)
		posting := levertest.Posting{
			ID:   fmt.Sprintf("7c0f0000-0000-4000-8000-%012d", i),
			Text: titles[i%len(titles)], State: states[i%len(states)], Confidential: i%13 == 0,
			Department: departments[i%len(departments)], Location: p.text, Country: p.code, WorkplaceType: p.workplace,
			Commitment: "Full-time", Owner: levertest.UserAdmin, Description: fmt.Sprintf("Posting %d.", i),
			CreatedAt: created, UpdatedAt: created.Add(time.Duration(i%4) * 24 * time.Hour),
		}
		if posting.Department == "" && i%2 == 0 {
			posting.Team = "Growth" // a team without a department reads as the department
		}
		postings = append(postings, posting)
	}
	var open, closed []string
	for _, p := range postings {
		if p.State == "published" || p.State == "internal" {
			open = append(open, p.ID)
		} else {
			closed = append(closed, p.ID)
		}
	}

	stages := levertest.DefaultStages()
	var opps []levertest.Opportunity
	for i := 1; i <= 56; i++ {
		person := i
		email := fmt.Sprintf("person%02d@example.com", i)
		if i%4 == 0 {
			email = fmt.Sprintf("Person%02d@Example.COM", i)
		}
		var postings []levertest.Application
		switch {
		case i > 52:
			// General leads: people without an application.
		case i > 46:
			postings = []levertest.Application{{PostingID: closed[i%len(closed)]}}
		case i == 46:
			// Person 3 again, on another posting: one contact, two opportunities.
			person, email = 3, "person03@example.com"
			postings = []levertest.Application{{PostingID: open[1]}}
		default:
			postings = []levertest.Application{{PostingID: open[i%3]}}
		}
		created := base.Add(100*time.Hour + time.Duration(i)*30*time.Minute + time.Duration(i)*time.Millisecond)
		o := levertest.Opportunity{
			ID:        fmt.Sprintf("0c0f0000-0000-4000-8000-%012d", i),
			ContactID: fmt.Sprintf("c0c0f000-0000-4000-8000-%012d", person),
			Name:      fmt.Sprintf("Person%02d Example", person), Emails: []string{email},
			StageID: stages[i%len(stages)].ID, Applications: postings, Sources: []string{"Job board"},
			Tags: []string{"conformance"}, CreatedAt: created, UpdatedAt: created.Add(time.Duration(i%3) * time.Hour),
		}
		if len(postings) == 0 {
			o.StageID = "lead-new"
		}
		switch {
		case i%11 == 0:
			o.Archived = &levertest.Archive{Reason: levertest.ReasonWithdrew, At: created.Add(2 * time.Hour)}
		case i%9 == 0:
			o.StageID, o.Archived = "offer", &levertest.Archive{Reason: levertest.ReasonHired, At: created.Add(3 * time.Hour)}
		case i%5 == 0:
			o.Archived = &levertest.Archive{Reason: levertest.ReasonUnderqualified, At: created.Add(2 * time.Hour)}
		}
		opps = append(opps, o)
	}
	return postings, opps
}

// conformanceFixture is conformanceData as atsbridge's model reads it,
// after the README's mapping table: a candidate is a contact, served in
// the order of its first opportunity, and each opportunity on a posting is
// an application; lists are in Lever's order (creation, oldest first).
func conformanceFixture(postings []levertest.Posting, opps []levertest.Opportunity) atstest.Fixture {
	opt := func(s string) *string {
		if s == "" {
			return nil
		}
		return &s
	}
	status := map[string]ats.JobStatus{"published": ats.JobOpen, "internal": ats.JobOpen, "closed": ats.JobClosed,
		"draft": ats.JobDraft, "pending": ats.JobDraft, "rejected": ats.JobArchived}
	kind := map[string]ats.StageKind{
		"lead-new": ats.StageSourced, "lead-reached-out": ats.StageSourced, "lead-responded": ats.StageSourced,
		"applicant-new": ats.StageApplied, levertest.StageRecruiterScreen: ats.StageScreening,
		levertest.StagePhoneInterview: ats.StageInterview, levertest.StageAssessment: ats.StageAssessment,
		levertest.StageOnsite: ats.StageInterview, levertest.StageReferences: ats.StageOther, "offer": ats.StageOffer,
	}
	fx := atstest.Fixture{
		NewRecords: atstest.AppendsNew, // Lever's order (the fake's) is by creation, oldest first
		Totals:     atstest.TotalsNever,
		Writes:     &atstest.Writes{Emails: atstest.EmailsUnique},
		// Lever archives with a reason, which it requires, and its API
		// cannot email the candidate on an archive.
		Pipeline: &atstest.Pipeline{Stages: map[string][]ats.JobStage{}, ReasonRequired: true, Notify: atstest.NotifyNotSupported},
	}
	// One pipeline for the account, so every posting lists it.
	var stages []ats.JobStage
	for i, st := range levertest.DefaultStages() {
		stages = append(stages, ats.JobStage{ID: st.ID, Name: st.Text, Kind: kind[st.ID], Position: i})
	}
	for _, r := range levertest.DefaultArchiveReasons() {
		if r.Type == "hired" || r.Status != "active" {
			continue
		}
		k := ats.ReasonRejected
		if r.ID == levertest.ReasonWithdrew {
			k = ats.ReasonWithdrawn
		}
		fx.Pipeline.Reasons = append(fx.Pipeline.Reasons, ats.RejectionReason{ID: r.ID, Name: r.Text, Kind: k})
	}
	for i, p := range postings {
		fx.Pipeline.Stages[p.ID] = stages
		pl := conformancePlaces[(i+1)%len(conformancePlaces)]
		fx.Jobs = append(fx.Jobs, ats.Job{
			ID: p.ID, Title: p.Text, Status: status[p.State], Department: opt(p.Department + p.Team),
			Location:  ats.Location{Text: pl.text, City: opt(pl.city), Region: opt(pl.region), Country: opt(pl.country), CountryCode: opt(pl.code)},
			CreatedAt: p.CreatedAt, UpdatedAt: p.UpdatedAt,
		})
	}
	cands := map[string]*ats.Candidate{}
	var order []string
	for _, o := range opps {
		c := cands[o.ContactID]
		if c == nil {
			c = &ats.Candidate{ID: o.ContactID, Email: o.Emails[0], ApplicationIDs: []string{}, CreatedAt: o.CreatedAt}
			cands[o.ContactID] = c
			order = append(order, o.ContactID)
		}
		if o.UpdatedAt.After(c.UpdatedAt) {
			c.UpdatedAt = o.UpdatedAt
		}
		if len(o.Applications) == 0 {
			continue
		}
		c.ApplicationIDs = append(c.ApplicationIDs, o.ID)
		st := ats.ApplicationActive
		if o.Archived != nil {
			switch o.Archived.Reason {
			case levertest.ReasonHired:
				st = ats.ApplicationHired
			case levertest.ReasonWithdrew:
				st = ats.ApplicationWithdrawn
			default:
				st = ats.ApplicationRejected
			}
		}
		fx.Applications = append(fx.Applications, ats.Application{
			ID: o.ID, CandidateID: o.ContactID, JobID: o.Applications[0].PostingID, Stage: ats.Stage{Kind: kind[o.StageID]},
			Status: st, AppliedAt: o.CreatedAt, UpdatedAt: o.UpdatedAt,
		})
	}
	for _, id := range order {
		fx.Candidates = append(fx.Candidates, *cands[id])
	}
	return fx
}
