package greenhouse_test

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/atstest"
	"github.com/atsbridge/atsbridge/ats/greenhouse/greenhousetest"
)

// TestConformance runs the provider conformance suite on the Greenhouse
// client against its fake, loaded with conformanceData.
//
// Greenhouse stamps updated_at in milliseconds, and the fake answers two
// actions on one application within one: its clock runs a second ahead at
// each Pipeline.Tick.
func TestConformance(t *testing.T) {
	data := conformanceData()
	clock := &atstest.Clock{}
	fx := data.fixture()
	fx.Pipeline.Tick = clock.Tick
	var mu sync.Mutex
	fakes := map[ats.Provider]*greenhousetest.Server{}
	// Files live on applications: the candidate and its application are
	// one call, the attachment a second one, which can fail alone.
	fx.Resumes = &atstest.Resumes{Delivery: atstest.URL, NeedsJob: true, FailedUpload: atstest.LeavesCandidate,
		FailNextUpload: func(t *testing.T, p ats.Provider) {
			mu.Lock()
			defer mu.Unlock()
			fakes[p].Inject(greenhousetest.Fault{Method: "POST", Path: "/attachments", Status: 500})
		}}
	atstest.Run(t, func(t *testing.T) ats.Provider {
		t.Helper()
		fo := fastOptions()
		fo.Now = clock.Now
		h := newHarness(t, fo, nil)
		data.load(h.fake)
		mu.Lock()
		fakes[h.client] = h.fake
		mu.Unlock()
		return h.client
	}, fx)
}

// conformance is the fake's records for the suite, with their ids set as
// the fake would give them, so that the fixture can be written down before
// any fake runs.
type conformance struct {
	departments  []greenhousetest.Department
	offices      []greenhousetest.Office
	jobs         []greenhousetest.Job
	pipelines    map[int64][]string
	candidates   []greenhousetest.Candidate
	applications []greenhousetest.Application
	reasons      []greenhousetest.RejectionReason
}

// conformanceData has what each rule needs: jobs open, closed and draft;
// departments with a non-ASCII name; offices whose location names give a
// non-ASCII city, a region and a country code that are neither city nor
// country, and one office without a location; titles with % and _;
// candidates with mixed-case emails, some in two jobs, one in none;
// applications at every kind of stage (by name, and by place in a custom
// pipeline), active, rejected, withdrawn and hired; and a prospect
// application, which is not served.
func conformanceData() *conformance {
	base := time.Date(2026, 2, 2, 9, 0, 0, 0, time.UTC)
	d := &conformance{pipelines: map[int64][]string{}}
	for i, name := range []string{"Engineering", "Sales", "Ingeniería", "People"} {
		d.departments = append(d.departments, greenhousetest.Department{ID: 4500001 + int64(i), Name: name})
	}
	for i, o := range []struct{ name, loc string }{
		{"Zürich HQ", "Zürich, ZH, Switzerland"}, {"Berlin", "Berlin, Germany"}, {"London", "London, England, United Kingdom"},
		{"São Paulo", "São Paulo, SP, Brazil"}, {"Remote", ""},
	} {
		d.offices = append(d.offices, greenhousetest.Office{ID: 4600001 + int64(i), Name: o.name, Location: o.loc})
	}
	titles := []string{"Senior Go Engineer", "Account Executive", "Ingeniería de Datos", "Sales_Lead, 100% Commission",
		"Frontend Engineer", "Data Analyst", "Recruiter"}
	custom := []string{"Welcome", "Recruiter Screen", "Face to Face", "Culture Fit", "Reference Check", "Offer"}
	for i := 1; i <= 45; i++ {
		status := "open"
		switch {
		case i%7 == 0:
			status = "draft"
		case i%6 == 0:
			status = "closed"
		}
		created := base.Add(time.Duration(i) * time.Hour)
		j := greenhousetest.Job{
			ID: 4012000 + int64(i), Name: titles[i%len(titles)], Status: status,
			OfficeIDs: []int64{d.offices[i%len(d.offices)].ID},
			CreatedAt: created, UpdatedAt: created.Add(time.Duration(i%4) * 24 * time.Hour),
		}
		if i%5 != 0 {
			j.DepartmentID = d.departments[i%len(d.departments)].ID
		}
		if i%9 == 0 {
			j.OfficeIDs = nil
		}
		if i%4 == 0 {
			d.pipelines[j.ID] = custom
		}
		d.jobs = append(d.jobs, j)
	}
	var open []greenhousetest.Job
	for _, j := range d.jobs {
		if j.Status == "open" {
			open = append(open, j)
		}
	}
	d.reasons = []greenhousetest.RejectionReason{
		{ID: 8800001, Name: "Lacking skills", Type: "We rejected them"},
		{ID: 8800002, Name: "Took another offer", Type: "They rejected us"},
		{ID: 8800003, Name: "Other", Type: "None specified", Default: true},
	}
	app := int64(4200000000)
	for i := 1; i <= 54; i++ {
		email := fmt.Sprintf("person%02d@example.com", i)
		if i%4 == 0 {
			email = fmt.Sprintf("Person%02d@Example.COM", i)
		}
		created := base.Add(100*time.Hour + time.Duration(i)*30*time.Minute)
		c := greenhousetest.Candidate{
			ID: 3100000000 + int64(i), FirstName: fmt.Sprintf("Person%02d", i), LastName: "Example",
			Emails:    []greenhousetest.Contact{{Value: email, Type: "personal"}},
			CreatedAt: created, UpdatedAt: created.Add(time.Duration(i%3) * time.Hour),
		}
		d.candidates = append(d.candidates, c)
		var jobs []greenhousetest.Job
		switch {
		case i > 50: // no application
		case i%8 == 0: // two jobs
			jobs = []greenhousetest.Job{open[i%3], open[(i+1)%len(open)]}
		default:
			jobs = []greenhousetest.Job{open[i%3]}
		}
		if i > 46 && i <= 50 {
			jobs = []greenhousetest.Job{d.jobs[5]} // a closed job's applicants
		}
		for k, j := range jobs {
			app++
			stages := d.pipelineOf(j.ID)
			at := created.Add(time.Duration(k) * time.Minute)
			a := greenhousetest.Application{ID: app, CandidateID: c.ID, JobID: j.ID, StageID: 0,
				CreatedAt: at, UpdatedAt: at.Add(time.Duration(i%5) * time.Hour)}
			a.StageID = int64((i + k) % len(stages)) // a position, made an id on load
			switch n := i + k; {
			case n%11 == 0:
				a.Status = greenhousetest.StatusHired
			case n%7 == 0:
				a.Status, a.RejectionReasonID, a.RejectedAt = greenhousetest.StatusRejected, d.reasons[n%2].ID, new(at.Add(time.Hour))
			}
			d.applications = append(d.applications, a)
		}
		if i == 20 {
			app++
			d.applications = append(d.applications, greenhousetest.Application{ID: app, CandidateID: c.ID, Prospect: true,
				ProspectiveJobIDs: []int64{open[0].ID}, CreatedAt: created, UpdatedAt: created})
		}
	}
	return d
}

func (d *conformance) pipelineOf(job int64) []string {
	if p, ok := d.pipelines[job]; ok {
		return p
	}
	return greenhousetest.DefaultPipeline
}

// stageID is the id the fake gives the stage at position pos of a job's
// pipeline: jobs are loaded in order, their stages numbered in turn.
func (d *conformance) stageID(job int64, pos int) int64 {
	id := int64(7700000)
	for _, j := range d.jobs {
		if j.ID == job {
			return id + 1 + int64(pos)
		}
		id += int64(len(d.pipelineOf(j.ID)))
	}
	panic("no such job")
}

// load puts the records into a fake.
func (d *conformance) load(f *greenhousetest.Server) {
	for _, x := range d.departments {
		f.AddDepartment(x)
	}
	for _, x := range d.offices {
		f.AddOffice(x)
	}
	for _, j := range d.jobs {
		f.AddJob(j, d.pipelineOf(j.ID)...)
	}
	for _, r := range d.reasons {
		f.AddRejectionReason(r)
	}
	for _, c := range d.candidates {
		f.AddCandidate(c)
	}
	for _, a := range d.applications {
		if !a.Prospect {
			a.StageID = d.stageID(a.JobID, int(a.StageID))
		}
		f.AddApplication(a)
	}
}

// fixture is the data as atsbridge's model reads it, after the README's
// mapping table: newest first; location text the office's location name,
// split into city, region and country at commas, the country's ISO code;
// stage kinds from the stage names, Culture Fit from its place after Face
// to Face; withdrawn where the reason's type is "They rejected us";
// prospects left out.
func (d *conformance) fixture() atstest.Fixture {
	opt := func(s string) *string {
		if s == "" {
			return nil
		}
		return &s
	}
	fx := atstest.Fixture{
		NewRecords: atstest.PrependsNew, // ids ascend, lists descend
		Totals:     atstest.TotalsNever,
		Writes:     &atstest.Writes{Emails: atstest.EmailsUnique},
		// Greenhouse requires a reason, and sends its rejection email
		// when asked (GREENHOUSE_USER_ID is set in the harness).
		Pipeline: &atstest.Pipeline{Stages: map[string][]ats.JobStage{}, ReasonRequired: true, Notify: atstest.NotifySends},
	}
	reasonKinds := map[string]ats.ReasonKind{"We rejected them": ats.ReasonRejected, "They rejected us": ats.ReasonWithdrawn}
	for _, r := range slices.Backward(d.reasons) { // Greenhouse's order: newest first
		k, ok := reasonKinds[r.Type]
		if !ok {
			k = ats.ReasonOther
		}
		fx.Pipeline.Reasons = append(fx.Pipeline.Reasons, ats.RejectionReason{ID: id(r.ID), Name: r.Name, Kind: k})
	}
	depts := map[int64]string{}
	for _, x := range d.departments {
		depts[x.ID] = x.Name
	}
	offices := map[int64]greenhousetest.Office{}
	for _, o := range d.offices {
		offices[o.ID] = o
	}
	codes := map[string]string{"Switzerland": "CH", "Germany": "DE", "United Kingdom": "GB", "Brazil": "BR"}
	for i := len(d.jobs) - 1; i >= 0; i-- {
		j := d.jobs[i]
		fj := ats.Job{ID: id(j.ID), Title: j.Name, Status: ats.JobStatus(j.Status), Department: opt(depts[j.DepartmentID]),
			CreatedAt: j.CreatedAt, UpdatedAt: j.UpdatedAt}
		if len(j.OfficeIDs) > 0 {
			o := offices[j.OfficeIDs[0]]
			fj.Location.Text = cmp.Or(o.Location, o.Name)
			if parts := strings.Split(o.Location, ", "); len(parts) > 1 {
				fj.Location.City, fj.Location.Country = opt(parts[0]), opt(parts[len(parts)-1])
				fj.Location.CountryCode = opt(codes[parts[len(parts)-1]])
				if len(parts) == 3 {
					fj.Location.Region = opt(parts[1])
				}
			}
		}
		fx.Jobs = append(fx.Jobs, fj)
	}
	kinds := map[string]ats.StageKind{
		"Application Review": ats.StageApplied, "Preliminary Phone Screen": ats.StageScreening, "Phone Interview": ats.StageInterview,
		"Take Home Test": ats.StageAssessment, "Face to Face": ats.StageInterview, "Reference Check": ats.StageOther, "Offer": ats.StageOffer,
		"Welcome": ats.StageApplied, "Recruiter Screen": ats.StageScreening, "Culture Fit": ats.StageInterview,
	}
	for _, j := range d.jobs {
		for pos, name := range d.pipelineOf(j.ID) {
			fx.Pipeline.Stages[id(j.ID)] = append(fx.Pipeline.Stages[id(j.ID)],
				ats.JobStage{ID: id(d.stageID(j.ID, pos)), Name: name, Kind: kinds[name], Position: pos})
		}
	}
	appsOf := map[int64][]string{}
	for i := len(d.applications) - 1; i >= 0; i-- {
		a := d.applications[i]
		if a.Prospect {
			continue
		}
		st := ats.ApplicationActive
		switch a.Status {
		case greenhousetest.StatusHired:
			st = ats.ApplicationHired
		case greenhousetest.StatusRejected:
			st = ats.ApplicationRejected
			if a.RejectionReasonID == d.reasons[1].ID {
				st = ats.ApplicationWithdrawn
			}
		}
		kind := kinds[d.pipelineOf(a.JobID)[a.StageID]]
		if st == ats.ApplicationHired {
			kind = ats.StageHired
		}
		fx.Applications = append(fx.Applications, ats.Application{
			ID: id(a.ID), CandidateID: id(a.CandidateID), JobID: id(a.JobID), Stage: ats.Stage{Kind: kind},
			Status: st, AppliedAt: a.CreatedAt, UpdatedAt: a.UpdatedAt,
		})
		appsOf[a.CandidateID] = append(appsOf[a.CandidateID], id(a.ID))
	}
	for i := len(d.candidates) - 1; i >= 0; i-- {
		c := d.candidates[i]
		apps := appsOf[c.ID]
		if apps == nil {
			apps = []string{}
		}
		fx.Candidates = append(fx.Candidates, ats.Candidate{ID: id(c.ID), Email: c.Emails[0].Value,
			ApplicationIDs: apps, CreatedAt: c.CreatedAt, UpdatedAt: c.UpdatedAt})
	}
	return fx
}
