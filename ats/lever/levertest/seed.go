package levertest

import (
	"fmt"
	"time"
)

// Seed times start here, with millisecond parts, so that time filters and
// their millisecond precision have something to cut.
var seedBase = time.Date(2026, 1, 5, 9, 0, 0, 0, time.UTC)

func seedTime(hours, millis int) time.Time {
	return seedBase.Add(time.Duration(hours)*time.Hour + time.Duration(millis)*time.Millisecond)
}

// Seeded names the records Seed added, for tests to refer to.
type Seeded struct {
	// Postings in every state: Backend (published), Sales (published),
	// Data (internal, non-ASCII title), Designer (closed), Support
	// (draft), Finance (pending), Legacy (rejected), Chief (published,
	// confidential), Security (internal, confidential), Success (team
	// without department), Munich (published, non-ASCII location), Intern
	// (published, no location).
	Backend, Sales, Data, Designer, Support, Finance, Legacy, Chief, Security, Success, Munich, Intern Posting

	// JaneLead, JaneBackend and JaneSales are one contact's three
	// opportunities: a general lead (no posting), an active application
	// and a rejected one.
	JaneLead, JaneBackend, JaneSales Opportunity
	// Jose was hired (archive reason of type hired), Zoe withdrew, Hanako
	// is active with a non-ASCII name, Secret applied to the confidential
	// posting, Late was rejected on the closed posting.
	Jose, Zoe, Hanako, Secret, Late Opportunity
	// Bulk are generated applicants spread over the open postings.
	Bulk []Opportunity
}

// Seed fills the fake with a dataset that exercises every filter and rule
// of the client: postings in each state (confidential ones among them),
// non-ASCII names, a contact with several opportunities, archived hired,
// rejected and withdrawn opportunities, a general lead, and enough records
// (55 opportunities) to page with small limits. It returns the named
// records.
func (s *Server) Seed() Seeded {
	var d Seeded
	posting := func(h int, p Posting) Posting {
		p.CreatedAt = seedTime(h, 100+h)
		p.UpdatedAt = p.CreatedAt.Add(time.Duration(h) * time.Minute)
		if p.Owner == "" {
			p.Owner = UserAdmin
		}
		if p.Description == "" {
			p.Description = p.Text + ": build things that matter."
			p.DescriptionHTML = "<div>" + p.Description + "</div>"
			p.Lists = []PostingList{{Text: "Requirements", Content: "<li>Curiosity</li>"}}
		}
		return s.AddPosting(p)
	}
	d.Backend = posting(1, Posting{Text: "Backend Engineer", State: "published", Department: "R&D", Team: "Engineering",
		Location: "San Francisco, CA", AllLocations: []string{"San Francisco, CA", "Remote"}, Commitment: "Full-time",
		Level: "Senior", Country: "US", WorkplaceType: "hybrid", Tags: []string{"go"}})
	d.Sales = posting(2, Posting{Text: "Account Executive", State: "published", Department: "Sales", Team: "Sales",
		Location: "London", Commitment: "Full-time", Country: "GB", WorkplaceType: "on-site"})
	d.Data = posting(3, Posting{Text: "Ingénieure Données", State: "internal", Department: "R&D", Team: "Data",
		Location: "Paris, France", Commitment: "Full-time", Country: "FR", WorkplaceType: "remote"})
	d.Designer = posting(4, Posting{Text: "Product Designer", State: "closed", Department: "R&D", Team: "Design",
		Location: "San Francisco, CA", Commitment: "Full-time", Country: "US", WorkplaceType: "on-site"})
	d.Support = posting(5, Posting{Text: "Support Specialist", State: "draft", Department: "Operations", Team: "Support",
		Location: "Athens, Greece", Commitment: "Part-time", Country: "GR", WorkplaceType: "remote"})
	d.Finance = posting(6, Posting{Text: "Head of Finance", State: "pending", Department: "G&A", Team: "Finance",
		Location: "London", Commitment: "Full-time", Country: "GB", WorkplaceType: "hybrid"})
	d.Legacy = posting(7, Posting{Text: "Legacy Role", State: "rejected", Department: "Operations", Team: "Support",
		Location: "Remote", Commitment: "Contract", WorkplaceType: "remote"})
	d.Chief = posting(8, Posting{Text: "Chief of Staff", State: "published", Confidential: true, Department: "G&A",
		Team: "Executive", Location: "San Francisco, CA", Commitment: "Full-time", Country: "US", WorkplaceType: "on-site"})
	d.Security = posting(9, Posting{Text: "Security Engineer", State: "internal", Confidential: true, Department: "R&D",
		Team: "Security", Location: "Berlin, Germany", Commitment: "Full-time", Country: "DE", WorkplaceType: "hybrid"})
	d.Success = posting(10, Posting{Text: "Customer Success Manager", State: "published", Team: "Customer Success",
		Location: "Berlin, Germany", Commitment: "Full-time", Country: "DE", WorkplaceType: "remote"})
	d.Munich = posting(11, Posting{Text: "Sales Lead DACH", State: "published", Department: "Sales", Team: "Sales",
		Location: "München, Germany", Commitment: "Full-time", Country: "DE", WorkplaceType: "on-site"})
	d.Intern = posting(12, Posting{Text: "Engineering Intern", State: "published", Department: "R&D", Team: "Engineering",
		Commitment: "Internship", WorkplaceType: "unspecified"})

	opp := func(h int, o Opportunity, postings ...Posting) Opportunity {
		o.CreatedAt = seedTime(24+h, 200+h)
		if o.UpdatedAt.IsZero() {
			o.UpdatedAt = o.CreatedAt.Add(time.Hour)
		}
		for _, p := range postings {
			o.Applications = append(o.Applications, Application{PostingID: p.ID, Type: "posting"})
		}
		if o.Origin == "" && len(postings) > 0 {
			o.Origin = "applied"
		}
		return s.AddOpportunity(o)
	}
	jane := Opportunity{Name: "Jane Doe", Headline: "Acme, Globex", Emails: []string{"jane@example.com"},
		Phones: []Phone{{Type: "mobile", Value: "5555550100"}}, Location: "Oakland"}
	lead := jane
	lead.Tags, lead.Sources, lead.Origin = []string{"Engineering"}, []string{"LinkedIn"}, "sourced"
	d.JaneLead = opp(1, lead)
	app := jane
	app.StageID, app.Tags, app.Sources = StagePhoneInterview, []string{"Engineering", "Referral"}, []string{"Referral"}
	d.JaneBackend = opp(2, app, d.Backend)
	rej := jane
	rej.StageID, rej.Sources = StageRecruiterScreen, []string{"Job board"}
	rej.Archived = &Archive{Reason: ReasonAnother, At: seedTime(24+3, 999)}
	d.JaneSales = opp(3, rej, d.Sales)

	d.Jose = opp(4, Opportunity{Name: "José Müller", Emails: []string{"jose.muller@example.com"}, StageID: "offer",
		Archived: &Archive{Reason: ReasonHired, At: seedTime(24+4, 500)}, Sources: []string{"Company website"}}, d.Data)
	d.Zoe = opp(5, Opportunity{Name: "Zoë Åkesson", Emails: []string{"zoe@example.com"}, StageID: StageOnsite,
		Archived: &Archive{Reason: ReasonWithdrew, At: seedTime(24+5, 1)}}, d.Backend)
	d.Hanako = opp(6, Opportunity{Name: "田中 花子", Emails: []string{"hanako@example.jp"}, StageID: StageReferences,
		Phones: []Phone{{Type: "work", Value: "+81 3 1234 5678"}}, Tags: []string{"東京"}}, d.Munich)
	d.Secret = opp(7, Opportunity{Name: "Quiet Candidate", Emails: []string{"quiet@example.com"}, StageID: StageAssessment}, d.Chief)
	d.Late = opp(8, Opportunity{Name: "Late Applicant", Emails: []string{"late@example.com"},
		Archived: &Archive{Reason: ReasonUnderqualified, At: seedTime(24+8, 0)}}, d.Designer)

	d.Bulk = s.AddApplicants(47, d.Backend, d.Sales, d.Success, d.Munich, d.Intern, d.Data)
	return d
}

// AddApplicants adds n generated applicants, one contact each, spread over
// postings, one hour apart after every record so far: stages cycle through
// the pipeline, every 6th is rejected and every 9th hired. It returns them
// as stored.
func (s *Server) AddApplicants(n int, postings ...Posting) []Opportunity {
	if len(postings) == 0 {
		panic("levertest: AddApplicants needs postings")
	}
	stages := DefaultStages()
	s.mu.Lock()
	start := s.applicants
	s.applicants += n
	last := seedBase.Add(48 * time.Hour)
	for _, o := range s.opportunities {
		if o.CreatedAt.After(last) {
			last = o.CreatedAt
		}
	}
	s.mu.Unlock()
	out := make([]Opportunity, 0, n)
	for i := 1; i <= n; i++ {
		k := start + i
		created := last.Add(time.Duration(i)*time.Hour + time.Duration(i%997)*time.Millisecond)
		o := Opportunity{
			Name:         fmt.Sprintf("Person%04d Example", k),
			Emails:       []string{fmt.Sprintf("person%04d@example.com", k)},
			Phones:       []Phone{{Type: "mobile", Value: fmt.Sprintf("+3021000%05d", k)}},
			Headline:     "Professional",
			StageID:      stages[3+i%(len(stages)-3)].ID,
			Tags:         []string{"seed"},
			Sources:      []string{"Job board"},
			Origin:       "applied",
			Applications: []Application{{PostingID: postings[i%len(postings)].ID, Type: "posting"}},
			CreatedAt:    created,
			UpdatedAt:    created.Add(time.Duration(i) * time.Minute),
		}
		switch {
		case i%9 == 0:
			o.StageID, o.Archived = "offer", &Archive{Reason: ReasonHired, At: created.Add(2 * time.Hour)}
		case i%6 == 0:
			o.Archived = &Archive{Reason: ReasonUnderqualified, At: created.Add(2 * time.Hour)}
		}
		out = append(out, s.AddOpportunity(o))
	}
	return out
}
