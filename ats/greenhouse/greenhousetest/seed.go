package greenhousetest

import (
	"fmt"
	"strings"
	"time"
)

// Seeded is what Seed added, ascending by id within each kind.
type Seeded struct {
	Departments  []Department
	Offices      []Office
	Jobs         []Job
	Posts        []JobPost
	Candidates   []Candidate
	Applications []Application
	Reasons      []RejectionReason
	Attachments  []Attachment
}

// SeedEpoch is when the seed's history starts; every seeded record is
// created after it, in id order.
var SeedEpoch = time.Date(2025, 11, 3, 9, 0, 0, 0, time.UTC)

var (
	seedDepartments = []string{"Engineering", "Sales", "Marketing", "Forschung & Entwicklung", "Customer Success"}
	seedOffices     = []struct{ name, location string }{
		{"London", "London, United Kingdom"},
		{"Berlin", "Berlin, Germany"},
		{"São Paulo", "São Paulo, SP, Brazil"},
		{"Zürich", "Zürich, Switzerland"},
		{"New York", "New York, NY, United States"},
		{"Remote", ""},
	}
	seedTitles = []string{"Backend Engineer", "Account Executive", "Développeur Frontend", "Product Marketer",
		"Ingeniera de Datos", "Support Specialist", "Site Reliability Engineer"}
	seedEmployment = []string{"Full-time", "Part-time", "Contract", ""}
	seedFirst      = []string{"Ada", "Zoë", "José", "Łukasz", "Françoise", "Ayşe", "Søren", "Grace", "Nguyễn", "Ingrid",
		"Mateus", "Chidi", "Saanvi", "Björn", "Elif", "Hiroshi", "Amara", "Dmitri", "Lucía", "Tomás"}
	seedLast = []string{"Lovelace", "Ångström", "Núñez", "Żółć", "Dupré", "Yılmaz", "Kierkegaard", "Hopper", "Thị Minh",
		"Bergström", "Oliveira", "Okafor", "Iyer", "Müller", "Demir", "Tanaka", "Mensah", "Volkov", "Fernández", "Ó Súilleabháin"}
	customPipeline = []string{"Application Review", "Recruiter Screen", "Portfolio Review", "Team Chat", "Onsite Interview", "Offer"}
)

// Seed adds a dataset that exercises every filter and rule of the client:
// 5 departments (one a child, one with a non-ASCII name), 6 offices (one
// without a location), 40 jobs (open, every 5th closed, every 7th draft;
// with none, one or two offices; default and custom pipelines, some with an
// inactive stage; posts live, unpublished or missing), 7 rejection reasons
// (3 Greenhouse defaults; each type: we rejected them, they rejected us,
// none specified), 120 candidates with non-ASCII names, several in more
// than one job, and their applications: in process at every stage,
// rejected (one reason a withdrawal), hired, and prospect and converted
// ones; resumes on every 4th application. Enough of each to page at small
// page sizes. It returns what it added.
func (s *Server) Seed() Seeded {
	var out Seeded
	at := func(base time.Time, n int, step time.Duration) time.Time { return base.Add(time.Duration(n) * step) }

	for _, name := range seedDepartments {
		d := Department{Name: name}
		if name == "Forschung & Entwicklung" {
			d.ParentID = out.Departments[0].ID
		}
		out.Departments = append(out.Departments, s.AddDepartment(d))
	}
	for _, o := range seedOffices {
		out.Offices = append(out.Offices, s.AddOffice(Office{Name: o.name, Location: o.location}))
	}
	reasons := []RejectionReason{
		{Name: "Lacking skill(s)/qualification(s)", Type: "We rejected them"},
		{Name: "Compensation expectations", Type: "We rejected them"},
		{Name: "Candidate withdrew", Type: "They rejected us"},
		{Name: "Accepted another offer", Type: "They rejected us"},
		{Name: "Other (add notes below)", Type: "None specified", Default: true},
		{Name: "Hired someone else", Type: "We rejected them", Default: true},
		{Name: "Unresponsive", Type: "They rejected us", Default: true},
	}
	for _, r := range reasons {
		out.Reasons = append(out.Reasons, s.AddRejectionReason(r))
	}

	var open []Job
	for i := 1; i <= 40; i++ {
		status := "open"
		switch {
		case i%7 == 0:
			status = "draft"
		case i%5 == 0:
			status = "closed"
		}
		created := at(SeedEpoch, i, 3*time.Hour)
		j := Job{
			Name:           fmt.Sprintf("%s %02d", seedTitles[i%len(seedTitles)], i),
			Status:         status,
			RequisitionID:  fmt.Sprintf("REQ-%03d", i),
			EmploymentType: seedEmployment[i%len(seedEmployment)],
			CreatedAt:      created,
			UpdatedAt:      created.Add(time.Duration(i) * time.Minute),
		}
		if i%9 != 0 {
			j.DepartmentID = out.Departments[i%len(out.Departments)].ID
		}
		switch {
		case i%8 == 0:
		case i%3 == 0:
			j.OfficeIDs = []int64{out.Offices[i%len(out.Offices)].ID, out.Offices[(i+1)%len(out.Offices)].ID}
		default:
			j.OfficeIDs = []int64{out.Offices[i%len(out.Offices)].ID}
		}
		if status != "draft" {
			j.OpenedAt = new(created.Add(time.Hour))
		}
		if status == "closed" {
			j.ClosedAt = new(created.Add(48 * time.Hour))
		}
		var stages []string
		if i%4 == 0 {
			stages = customPipeline
		}
		j = s.AddJob(j, stages...)
		if i%4 == 0 {
			s.AddStage(Stage{JobID: j.ID, Name: "Old Phone Screen", SortOrder: 1, Inactive: true, CreatedAt: created})
		}
		out.Jobs = append(out.Jobs, j)
		if status == "open" {
			open = append(open, j)
		}
		if i%6 != 0 {
			out.Posts = append(out.Posts, s.AddJobPost(JobPost{
				JobID: j.ID, Title: j.Name, Live: status == "open", CreatedAt: created,
				Content:         fmt.Sprintf("<p>Join us as %s. We build things that matter.</p>", j.Name),
				InternalContent: "<p>Internal notes.</p>",
			}))
		}
	}

	for i := 1; i <= 120; i++ {
		first, last := seedFirst[i%len(seedFirst)], seedLast[(i*7)%len(seedLast)]
		created := at(SeedEpoch.Add(5*24*time.Hour), i, 2*time.Hour)
		c := Candidate{
			FirstName: first, LastName: last,
			Company: "Example Co", Title: seedTitles[i%len(seedTitles)],
			Emails:    []Contact{{Value: fmt.Sprintf("%s.%s.%03d@example.com", asciiFold(first), asciiFold(last), i), Type: "personal"}},
			Phones:    []Contact{{Value: fmt.Sprintf("+44 20 7946 %04d", i), Type: "mobile"}},
			Tags:      []string{"seed"},
			CreatedAt: created, UpdatedAt: created.Add(time.Hour),
		}
		if i%10 == 0 {
			c.Emails = append(c.Emails, Contact{Value: fmt.Sprintf("work%03d@corp.example", i), Type: "work"})
			c.Tags = append(c.Tags, "referral")
		}
		if i%17 == 0 {
			c.Phones = nil
		}
		c = s.AddCandidate(c)
		out.Candidates = append(out.Candidates, c)

		jobs := []Job{open[(i*7)%len(open)]}
		if i%3 == 0 {
			jobs = append(jobs, open[(i*7+5)%len(open)])
		}
		if i%10 == 0 {
			jobs = append(jobs, open[(i*7+11)%len(open)])
		}
		for k, j := range jobs {
			appCreated := created.Add(time.Duration(k*10) * time.Minute)
			stages := s.JobStages(j.ID)
			a := Application{
				CandidateID: c.ID, JobID: j.ID, StageID: stages[(i+k)%len(stages)].ID,
				CreatedAt: appCreated, UpdatedAt: appCreated.Add(30 * time.Minute),
			}
			switch n := i + k; {
			case n%11 == 0:
				a.Status, a.StageID = StatusHired, stages[len(stages)-1].ID
			case n%9 == 0:
				a.Status = StatusRejected
				a.RejectionReasonID = out.Reasons[(n/9)%4].ID
				a.RejectedAt = new(appCreated.Add(time.Hour))
				a.UpdatedAt = appCreated.Add(time.Hour)
			}
			a = s.AddApplication(a)
			out.Applications = append(out.Applications, a)
			if len(out.Applications)%4 == 0 {
				out.Attachments = append(out.Attachments, s.AddAttachment(Attachment{
					ApplicationID: a.ID, Type: "resume", ContentType: "application/pdf",
					Filename: fmt.Sprintf("%s_%s_CV.pdf", asciiFold(first), asciiFold(last)),
					Data:     []byte("%PDF-1.4\n% seed resume " + fmt.Sprint(a.ID) + "\n"), CreatedAt: appCreated,
				}))
			}
		}
		if i%25 == 0 {
			p := Application{CandidateID: c.ID, Prospect: true, ProspectiveJobIDs: []int64{open[0].ID},
				CreatedAt: created.Add(time.Hour)}
			if i == 50 {
				p.Status = StatusConverted
			}
			out.Applications = append(out.Applications, s.AddApplication(p))
		}
	}
	return out
}

// folds spells the seed names' letters in ASCII, for email addresses.
var folds = strings.NewReplacer("å", "a", "á", "a", "à", "a", "ç", "c", "é", "e", "ë", "e", "ễ", "e", "í", "i",
	"ị", "i", "ı", "i", "ł", "l", "ñ", "n", "ó", "o", "ö", "o", "ø", "o", "ş", "s", "ú", "u", "ü", "u", "ż", "z")

// asciiFold makes a name usable in an email address: "Thị Minh" ->
// "thiminh".
func asciiFold(s string) string {
	var b strings.Builder
	for _, r := range folds.Replace(strings.ToLower(s)) {
		if r >= 'a' && r <= 'z' {
			b.WriteRune(r)
		}
	}
	return b.String()
}
