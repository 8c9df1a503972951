package workable_test

import (
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/atstest"
	"github.com/atsbridge/atsbridge/ats/workable/workabletest"
)

// TestConformance runs the provider conformance suite on the Workable
// client against its fake, seeded with conformanceData.
//
// Workable stamps updated_at in whole seconds, so two actions on one
// record within a second carry the same time there (the README says so);
// the fake's clock runs a second ahead at each Pipeline.Tick.
func TestConformance(t *testing.T) {
	jobs, cands := conformanceData()
	clock := &atstest.Clock{}
	fx := conformanceFixture(jobs, cands)
	fx.Pipeline.Tick = clock.Tick
	var mu sync.Mutex
	fakes := map[ats.Provider]*workabletest.Server{}
	// The file goes inside the create: a create Workable refuses for its
	// file makes nothing.
	fx.Resumes = &atstest.Resumes{Delivery: atstest.URL, FailedUpload: atstest.LeavesNothing,
		FailNextUpload: func(t *testing.T, p ats.Provider) {
			mu.Lock()
			defer mu.Unlock()
			fakes[p].Inject(workabletest.Fault{Method: "POST", Status: 422,
				Body: `{"error":"Validation failed","validation_errors":{"resume":["is invalid"]}}`})
		}}
	atstest.Run(t, func(t *testing.T) ats.Provider {
		t.Helper()
		h := newHarness(t, workabletest.Options{RateLimit: -1, Now: clock.Now}, nil)
		for _, j := range jobs {
			h.fake.AddJob(j)
		}
		for _, c := range cands {
			h.fake.AddCandidate(c)
		}
		mu.Lock()
		fakes[h.client] = h.fake
		mu.Unlock()
		return h.client
	}, fx)
}

// conformancePipelines are the jobs' pipelines: Workable's defaults, with
// an On Hold stage of no standard kind, and for every other job a
// Take-home stage too, so that a stage of one job is not one of another.
func conformancePipelines() (odd, even []workabletest.Stage) {
	names := []struct{ slug, name, kind string }{
		{"sourced", "Sourced", "sourced"}, {"applied", "Applied", "applied"}, {"phone-screen", "Phone Screen", "phone-screen"},
		{"assessment", "Assessment", "assessment"}, {"take-home", "Take-home", "assessment"}, {"interview", "Interview", "interview"},
		{"technical-interview", "Technical Interview", "interview"}, {"offer", "Offer", "offer"}, {"hired", "Hired", "hired"},
		{"on-hold", "On Hold", ""},
	}
	for _, n := range names {
		if n.slug != "take-home" {
			odd = append(odd, workabletest.Stage{Slug: n.slug, Name: n.name, Kind: n.kind, Position: len(odd)})
		}
		even = append(even, workabletest.Stage{Slug: n.slug, Name: n.name, Kind: n.kind, Position: len(even)})
	}
	return odd, even
}

// place is where a conformance job is.
type place struct{ city, region, country, code, workplace string }

// conformanceData is the fake's records for the suite, with their ids set
// as the fake would give them, so that the fixture can be written down
// before any fake runs. It has what each rule needs: jobs in every state,
// a non-ASCII city, department and title, a region and a country code that
// are neither city nor country, titles with % and _, candidate records in
// every stage kind and status, emails in mixed case, one person in two
// jobs, and candidates in the talent pool (no job).
func conformanceData() ([]workabletest.Job, []workabletest.Candidate) {
	base := time.Date(2026, 2, 2, 9, 0, 0, 0, time.UTC)
	places := []place{
		{"Zürich", "ZH", "Switzerland", "CH", "hybrid"},
		{"Berlin", "Berlin", "Germany", "DE", "on_site"},
		{"London", "England", "United Kingdom", "GB", "on_site"},
		{"São Paulo", "São Paulo", "Brazil", "BR", "remote"},
		{}, // remote, nowhere in particular
	}
	titles := []string{"Senior Go Engineer", "Account Executive", "Ingeniería de Datos", "Sales_Lead, 100% Commission",
		"Frontend Engineer", "Data Analyst", "Recruiter"}
	departments := []string{"Engineering", "Sales", "Ingeniería", "", "People"}

	odd, even := conformancePipelines()
	var jobs []workabletest.Job
	for i := 1; i <= 45; i++ {
		state := "published"
		switch {
		case i%8 == 0:
			state = "archived"
		case i%7 == 0:
			state = "draft"
		case i%6 == 0:
			state = "closed"
		}
		p := places[i%len(places)]
		created := base.Add(time.Duration(i) * time.Hour)
		stages := odd
		if i%2 == 0 {
			stages = even
		}
		jobs = append(jobs, workabletest.Job{
			ID: fmt.Sprintf("%06x", 0x5b0000+i), Shortcode: fmt.Sprintf("%010X", 0xC0F0000000+i*0x25),
			Title: titles[i%len(titles)], State: state, Department: departments[i%len(departments)],
			City: p.city, Region: p.region, Country: p.country, CountryCode: p.code, Workplace: p.workplace,
			EmploymentType: "Full-time", Description: fmt.Sprintf("<p>Job %d.</p>", i),
			CreatedAt: created, UpdatedAt: created.Add(time.Duration(i%4) * 24 * time.Hour), Stages: stages,
		})
	}
	var open, closed []string
	for _, j := range jobs {
		if j.State == "published" {
			open = append(open, j.Shortcode)
		} else {
			closed = append(closed, j.Shortcode)
		}
	}

	stages := []string{"sourced", "applied", "phone-screen", "assessment", "interview", "technical-interview", "offer", "hired", "on-hold"}
	var cands []workabletest.Candidate
	for i := 1; i <= 54; i++ {
		email := fmt.Sprintf("person%02d@example.com", i)
		if i%4 == 0 {
			email = fmt.Sprintf("Person%02d@Example.COM", i)
		}
		job := open[i%3]
		switch {
		case i > 50:
			job = "" // the talent pool
		case i > 44:
			job = closed[i%len(closed)]
		case i == 44:
			// Person 3 again, in another job: one person, two records.
			email, job = "person03@example.com", open[1]
		}
		created := base.Add(100*time.Hour + time.Duration(i)*30*time.Minute)
		c := workabletest.Candidate{
			ID: fmt.Sprintf("%08x", 0x27270000+i), Name: fmt.Sprintf("Person%02d Example", i),
			FirstName: fmt.Sprintf("Person%02d", i), LastName: "Example", Email: email,
			JobShortcode: job, StageSlug: stages[i%len(stages)], Domain: "indeed.com", Tags: []string{"conformance"},
			CreatedAt: created, UpdatedAt: created.Add(time.Duration(i%3) * time.Hour),
		}
		if job == "" {
			c.StageSlug = "sourced"
		}
		switch {
		case i%11 == 0:
			c.Disqualified, c.Withdrew, c.DisqualifiedAt = true, true, new(created.Add(2*time.Hour))
		case i%5 == 0:
			c.Disqualified, c.DisqualifiedAt = true, new(created.Add(2*time.Hour))
		}
		if c.StageSlug == "hired" {
			c.HiredAt = new(created.Add(3 * time.Hour))
		}
		cands = append(cands, c)
	}
	return jobs, cands
}

// conformanceFixture is conformanceData as atsbridge's model reads it, after
// the README's mapping table: a job's id is its shortcode and its location
// text "city, country"; a candidate record in a job is both a candidate and
// that application, with the same id; lists are in id order.
func conformanceFixture(jobs []workabletest.Job, cands []workabletest.Candidate) atstest.Fixture {
	opt := func(s string) *string {
		if s == "" {
			return nil
		}
		return &s
	}
	status := map[string]ats.JobStatus{"published": ats.JobOpen, "closed": ats.JobClosed, "draft": ats.JobDraft, "archived": ats.JobArchived}
	kind := map[string]ats.StageKind{
		"sourced": ats.StageSourced, "applied": ats.StageApplied, "phone-screen": ats.StageScreening,
		"assessment": ats.StageAssessment, "interview": ats.StageInterview, "technical-interview": ats.StageInterview,
		"offer": ats.StageOffer, "hired": ats.StageHired, "on-hold": ats.StageOther,
	}
	fx := atstest.Fixture{
		NewRecords: atstest.AppendsNew, // ids ascend, new records get higher ones
		Totals:     atstest.TotalsNever,
		Writes:     &atstest.Writes{Emails: atstest.EmailsUniquePerJob},
		// A reason is optional on Workable, and its API cannot email the
		// candidate on a disqualification.
		Pipeline: &atstest.Pipeline{Stages: map[string][]ats.JobStage{}, Notify: atstest.NotifyNotSupported},
	}
	for _, r := range workabletest.DefaultReasons() {
		k := ats.ReasonRejected
		if r.Withdrew {
			k = ats.ReasonWithdrawn
		}
		fx.Pipeline.Reasons = append(fx.Pipeline.Reasons, ats.RejectionReason{ID: r.ID, Name: r.Description, Kind: k})
	}
	for _, j := range jobs {
		for i, st := range j.Stages {
			k := kind[st.Slug]
			if st.Slug == "take-home" {
				k = ats.StageAssessment
			}
			fx.Pipeline.Stages[j.Shortcode] = append(fx.Pipeline.Stages[j.Shortcode], ats.JobStage{ID: st.Slug, Name: st.Name, Kind: k, Position: i})
		}
	}
	for _, j := range jobs {
		fx.Jobs = append(fx.Jobs, ats.Job{
			ID: j.Shortcode, Title: j.Title, Status: status[j.State], Department: opt(j.Department),
			Location: ats.Location{
				Text: strings.Trim(j.City+", "+j.Country, ", "),
				City: opt(j.City), Region: opt(j.Region), Country: opt(j.Country), CountryCode: opt(j.CountryCode),
			},
			CreatedAt: j.CreatedAt, UpdatedAt: j.UpdatedAt,
		})
	}
	for _, c := range cands {
		fc := ats.Candidate{ID: c.ID, Email: c.Email, ApplicationIDs: []string{}, CreatedAt: c.CreatedAt, UpdatedAt: c.UpdatedAt}
		if c.JobShortcode != "" {
			fc.ApplicationIDs = []string{c.ID}
			st := ats.ApplicationActive
			switch {
			case c.Withdrew:
				st = ats.ApplicationWithdrawn
			case c.Disqualified:
				st = ats.ApplicationRejected
			case c.HiredAt != nil:
				st = ats.ApplicationHired
			}
			fx.Applications = append(fx.Applications, ats.Application{
				ID: c.ID, CandidateID: c.ID, JobID: c.JobShortcode, Stage: ats.Stage{Kind: kind[c.StageSlug]},
				Status: st, AppliedAt: c.CreatedAt, UpdatedAt: c.UpdatedAt,
			})
		}
		fx.Candidates = append(fx.Candidates, fc)
	}
	return fx
}
