package greenhouse_test

import (
	"encoding/base64"
	"encoding/json"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/greenhouse/greenhousetest"
	"github.com/atsbridge/atsbridge/ats/upstream"
)

func candIDs(c ats.Candidate) string { return c.ID }

// appsOf is each seeded candidate's candidate applications (prospects
// left out), newest first.
func appsOf(d greenhousetest.Seeded) map[string][]string {
	by := map[string][]int64{}
	for _, a := range d.Applications {
		if !a.Prospect && a.Status != greenhousetest.StatusConverted {
			by[id(a.CandidateID)] = append(by[id(a.CandidateID)], a.ID)
		}
	}
	out := map[string][]string{}
	for c, ids := range by {
		out[c] = desc(ids)
	}
	return out
}

func TestListCandidatesWithTheirApplications(t *testing.T) {
	h := newHarness(t, fastOptions(), nil)
	d := h.fake.Seed()
	apps := appsOf(d)
	var all []int64
	for _, c := range d.Candidates {
		all = append(all, c.ID)
	}
	var got []ats.Candidate
	w := ats.Window{Limit: 100}
	for {
		p, err := h.client.ListCandidates(ctx(t), ats.CandidateQuery{Window: w})
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, p.Items...)
		if !p.HasMore {
			break
		}
		w.Cursor = p.Next
	}
	if ids := idsOf(got, candIDs); !slices.Equal(ids, desc(all)) {
		t.Fatalf("got %d candidates, want the %d seeded newest first", len(ids), len(all))
	}
	for _, c := range got {
		want := apps[c.ID]
		if want == nil {
			want = []string{}
		}
		if !slices.Equal(c.ApplicationIDs, want) {
			t.Errorf("candidate %s: application_ids %v, want %v", c.ID, c.ApplicationIDs, want)
		}
	}
	// 120 candidates in pages of 100: 2 candidate calls, and 2+1 calls for
	// their applications (50 candidates a call).
	if n, m := h.fake.Count("GET", "/candidates"), h.fake.Count("GET", "/applications"); n != 2 || m != 3 {
		t.Errorf("got %d candidate and %d application calls, want 2 and 3", n, m)
	}
	c := d.Candidates[9] // Grace Hopper-like seed #10 has a second, work email
	one, err := h.client.Candidate(ctx(t), id(c.ID), ats.ReadOptions{IncludeRaw: true})
	if err != nil || one.Email != c.Emails[0].Value || one.Name != c.FirstName+" "+c.LastName || !slices.Equal(one.ApplicationIDs, apps[id(c.ID)]) ||
		!strings.Contains(string(one.Raw), `"email_addresses"`) {
		t.Errorf("one candidate: got %+v %v", one, err)
	}
}

func TestListCandidatesFilters(t *testing.T) {
	h := newHarness(t, fastOptions(), nil)
	d := h.fake.Seed()
	c := d.Candidates[9]
	for _, email := range []string{strings.ToUpper(c.Emails[0].Value), c.Emails[1].Value} {
		p, err := h.client.ListCandidates(ctx(t), ats.CandidateQuery{Email: email})
		if err != nil || !slices.Equal(idsOf(p.Items, candIDs), []string{id(c.ID)}) {
			t.Errorf("email %s: got %v %v, want %d", email, idsOf(p.Items, candIDs), err, c.ID)
		}
	}
	// job_id: the candidates with an application to the job, newest
	// candidate first, paged by us.
	job := d.Jobs[0].ID
	var want []int64
	for _, a := range d.Applications {
		if a.JobID == job && !a.Prospect {
			want = append(want, a.CandidateID)
		}
	}
	h.fake.ResetRequests()
	got, pages := walkAll(t, 2, func(w ats.Window) (ats.Page[ats.Candidate], error) {
		return h.client.ListCandidates(ctx(t), ats.CandidateQuery{Window: w, JobID: id(job)})
	}, candIDs)
	if len(want) < 3 || !slices.Equal(got, desc(want)) {
		t.Errorf("job_id: got %v, want %v (at least 3)", got, desc(want))
	}
	for _, r := range h.fake.Requests() {
		if r.Path == "/candidates" && len(strings.Split(r.Query.Get("ids"), ",")) > 2 {
			t.Errorf("a page of 2 read %s candidates", r.Query.Get("ids"))
		}
	}
	if n := h.fake.Count("GET", "/candidates"); n != pages {
		t.Errorf("%d candidate calls for %d pages, want one each", n, pages)
	}
	p, err := h.client.ListCandidates(ctx(t), ats.CandidateQuery{JobID: id(job), Email: "nobody@example.com"})
	if err != nil || len(p.Items) != 0 || p.HasMore {
		t.Errorf("job_id and an unknown email: got %+v %v", p, err)
	}
	p, err = h.client.ListCandidates(ctx(t), ats.CandidateQuery{JobID: "not-a-job"})
	if err != nil || len(p.Items) != 0 || p.Items == nil {
		t.Errorf("job_id not a Greenhouse id: got %+v %v, want an empty page", p, err)
	}
	_, err = h.client.Candidate(ctx(t), "3100999999", ats.ReadOptions{})
	if e := wantCode(t, err, ats.CodeNotFound); !strings.Contains(e.Message, "candidate") {
		t.Errorf("message %q does not name the candidate", e.Message)
	}
}

func TestCreateCandidateAppliesInOneCall(t *testing.T) {
	for _, flat := range []bool{false, true} {
		t.Run(map[bool]string{false: "wrapped answer", true: "flat answer"}[flat], func(t *testing.T) {
			fo := fastOptions()
			fo.FlatCandidate = flat
			h := newHarness(t, fo, nil)
			job := h.fake.AddJob(greenhousetest.Job{Name: "Engineer"})
			c, err := h.client.CreateCandidate(ctx(t), ats.CandidateInput{
				Name: "Karan Singh Mehta", Email: "Karan@Example.com", JobID: id(job.ID),
				Phone: new("+91 98 7654 3210"), Headline: new("Engineer"), Tags: []string{"referral"}, Source: new("LinkedIn"),
			})
			if err != nil {
				t.Fatal(err)
			}
			apps := h.fake.Applications()
			if len(apps) != 1 || apps[0].JobID != job.ID || apps[0].StageID != h.fake.JobStages(job.ID)[0].ID {
				t.Fatalf("applications: %+v, want one on the job's first stage", apps)
			}
			if c.FirstName != "Karan Singh" || c.LastName != "Mehta" || c.Email != "Karan@Example.com" || *c.Phone != "+91 98 7654 3210" ||
				*c.Headline != "Engineer" || !slices.Equal(c.Tags, []string{"referral"}) || !slices.Equal(c.ApplicationIDs, []string{id(apps[0].ID)}) {
				t.Errorf("got %+v", c)
			}
			if n := h.fake.Count("POST", "/candidates") + h.fake.Count("POST", "/applications"); n != 1 {
				t.Errorf("%d writes, want one POST /v3/candidates", n)
			}
			var body map[string]json.RawMessage
			for _, r := range h.fake.Requests() {
				if r.Method == "POST" {
					_ = json.Unmarshal(r.Body, &body)
				}
			}
			if string(body["application"]) != `{"job_id":`+id(job.ID)+`}` || string(body["email_addresses"]) != `[{"value":"Karan@Example.com","type":"personal"}]` {
				t.Errorf("body: %s %s", body["application"], body["email_addresses"])
			}
		})
	}
}

func TestCreateCandidateWithoutJob(t *testing.T) {
	h := newHarness(t, fastOptions(), nil)
	c, err := h.client.CreateCandidate(ctx(t), ats.CandidateInput{FirstName: "Zoë", LastName: "Ångström", Email: "zoe@example.com"})
	if err != nil || c.Name != "Zoë Ångström" || len(c.ApplicationIDs) != 0 || c.ApplicationIDs == nil {
		t.Fatalf("got %+v %v", c, err)
	}
	if len(h.fake.Candidates()) != 1 || len(h.fake.Applications()) != 0 {
		t.Errorf("got %d candidates and %d applications, want the candidate alone", len(h.fake.Candidates()), len(h.fake.Applications()))
	}
}

func TestCreateCandidateRefusals(t *testing.T) {
	h := newHarness(t, fastOptions(), nil)
	open := h.fake.AddJob(greenhousetest.Job{Name: "Open"})
	closed := h.fake.AddJob(greenhousetest.Job{Name: "Closed", Status: "closed"})
	draft := h.fake.AddJob(greenhousetest.Job{Name: "Draft", Status: "draft"})
	old := h.fake.AddCandidate(greenhousetest.Candidate{FirstName: "Ada", LastName: "L", Emails: []greenhousetest.Contact{{Value: "ada@example.com", Type: "personal"}}})
	h.fake.AddCandidate(greenhousetest.Candidate{FirstName: "Ada", LastName: "Again", Emails: []greenhousetest.Contact{{Value: "ADA@example.com", Type: "work"}}})
	pdf := &ats.File{Filename: "cv.pdf", ContentType: "application/pdf", Data: []byte("%PDF")}
	tests := []struct {
		name  string
		in    ats.CandidateInput
		code  ats.Code
		field string
		calls bool // whether upstream may be called at all
	}{
		{"one word", ats.CandidateInput{Name: "Karan", Email: "k@example.com"}, ats.CodeInputInvalid, "name", false},
		{"first name only", ats.CandidateInput{FirstName: "Karan", Email: "k@example.com"}, ats.CodeInputInvalid, "last_name", false},
		{"a resume without a job", ats.CandidateInput{Name: "Karan Mehta", Email: "k@example.com", Resume: pdf}, ats.CodeInputInvalid, "job_id", false},
		{"unknown job", ats.CandidateInput{Name: "Karan Mehta", Email: "k@example.com", JobID: "4012999"}, ats.CodeNotFound, "", true},
		{"closed job", ats.CandidateInput{Name: "Karan Mehta", Email: "k@example.com", JobID: id(closed.ID)}, ats.CodeJobNotOpen, "", true},
		{"draft job", ats.CandidateInput{Name: "Karan Mehta", Email: "k@example.com", JobID: id(draft.ID)}, ats.CodeJobNotOpen, "", true},
		{"email taken", ats.CandidateInput{Name: "Ada Twice", Email: " Ada@Example.com ", JobID: id(open.ID)}, ats.CodeCandidateExists, "email", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h.fake.ResetRequests()
			_, err := h.client.CreateCandidate(ctx(t), tt.in)
			e := wantCode(t, err, tt.code)
			if tt.field != "" && (len(e.Details) == 0 || e.Details[0].Field != tt.field) {
				t.Errorf("details %+v, want %s", e.Details, tt.field)
			}
			if tt.code == ats.CodeCandidateExists && e.Details[0].ExistingID != id(old.ID) {
				t.Errorf("existing id %q, want the oldest candidate with the email, %d", e.Details[0].ExistingID, old.ID)
			}
			if n := h.fake.Count("POST", ""); n != 0 {
				t.Errorf("%d writes, want none", n)
			}
			if n := len(h.fake.Requests()); !tt.calls && n != 0 {
				t.Errorf("%d upstream calls for input atsbridge can refuse itself", n)
			}
			if strings.Contains(err.Error(), "ada@example.com") || strings.Contains(strings.ToLower(e.Message), "ada@") {
				t.Errorf("the error carries the email: %v", err)
			}
		})
	}
}

// Greenhouse refuses no duplicate, so two creates of one email at once
// must not both pass atsbridge's check.
func TestConcurrentCreatesOfOneEmail(t *testing.T) {
	h := newHarness(t, fastOptions(), nil)
	job := h.fake.AddJob(greenhousetest.Job{Name: "Engineer"})
	var wg sync.WaitGroup
	errs := make([]error, 8)
	for i := range errs {
		wg.Go(func() {
			_, errs[i] = h.client.CreateCandidate(ctx(t), ats.CandidateInput{Name: "Same Person", Email: "same@example.com", JobID: id(job.ID)})
		})
	}
	wg.Wait()
	created := 0
	for _, err := range errs {
		switch ats.ErrorCode(err) {
		case "":
			created++
		case ats.CodeCandidateExists:
		default:
			t.Errorf("unexpected %v", err)
		}
	}
	if created != 1 || len(h.fake.Candidates()) != 1 {
		t.Errorf("%d creates succeeded, %d candidates exist; want exactly one", created, len(h.fake.Candidates()))
	}
}

func TestCreateCandidateWithResume(t *testing.T) {
	h := newHarness(t, fastOptions(), nil)
	job := h.fake.AddJob(greenhousetest.Job{Name: "Engineer"})
	pdf := []byte("%PDF-1.7 Karan's resume")
	c, err := h.client.CreateCandidate(ctx(t), ats.CandidateInput{Name: "Karan Mehta", Email: "k@example.com", JobID: id(job.ID),
		Resume: &ats.File{Filename: "Karan CV.pdf", ContentType: "application/pdf", Data: pdf}})
	if err != nil {
		t.Fatal(err)
	}
	att := h.fake.Attachments()
	if len(att) != 1 || att[0].Type != "resume" || string(att[0].Data) != string(pdf) || id(att[0].ApplicationID) != c.ApplicationIDs[0] ||
		att[0].Filename != "Karan CV.pdf" || att[0].ContentType != "application/pdf" {
		t.Errorf("attachments: %+v", att)
	}

	// resume_url: Greenhouse fetches it; atsbridge passes it on.
	c2, err := h.client.CreateCandidate(ctx(t), ats.CandidateInput{Name: "Ada Lovelace", Email: "ada@example.com", JobID: id(job.ID),
		ResumeURL: new("https://files.example/cv/ada.pdf?sig=1")})
	if err != nil {
		t.Fatal(err)
	}
	att = h.fake.Attachments()
	if len(att) != 2 || att[1].SourceURL != "https://files.example/cv/ada.pdf?sig=1" || att[1].Filename != "ada.pdf" || id(att[1].ApplicationID) != c2.ApplicationIDs[0] {
		t.Errorf("attachment by url: %+v", att[1])
	}

	// The upload fails: the candidate exists, and the error says to send
	// only the resume again.
	h.fake.Inject(greenhousetest.Fault{Method: "POST", Path: "/attachments", Status: 500})
	c3, err := h.client.CreateCandidate(ctx(t), ats.CandidateInput{Name: "Grace Hopper", Email: "grace@example.com", JobID: id(job.ID),
		Resume: &ats.File{Filename: "g.pdf", ContentType: "application/pdf", Data: []byte(base64.StdEncoding.EncodeToString(pdf))}})
	e := wantCode(t, err, ats.CodeUpstreamUnavailable)
	if c3.ID == "" || !strings.Contains(e.Message, "POST /candidates/"+c3.ID+"/resume") || e.Details[0].ExistingID != c3.ID {
		t.Errorf("got %+v and %q %+v", c3, e.Message, e.Details)
	}
	if n := h.fake.Count("POST", "/attachments"); n != 3 {
		t.Errorf("%d uploads, want 3 (the failed one not retried)", n)
	}
}

// A filtered page of a job's candidates reads them by id (50 a call) at
// most upstream.FilterCalls times, however many candidates the job has:
// a page short of matches then ends with has_more where it stopped, and
// the walk by cursor still returns every match once, newest first.
func TestListCandidatesOfJobKeepsToTheFilterBudget(t *testing.T) {
	h := newHarness(t, fastOptions(), nil)
	job := h.fake.AddJob(greenhousetest.Job{Name: "A busy job"})
	old := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	cut := old.Add(time.Hour)
	var want []int64
	for i := range 1000 { // every 150th candidate matches: 7 of 1000
		created := old
		if i%150 == 0 {
			created = cut.Add(time.Duration(i+1) * time.Minute)
		}
		c := h.fake.AddCandidate(greenhousetest.Candidate{FirstName: "Busy", LastName: strconv.Itoa(i), CreatedAt: created})
		h.fake.AddApplication(greenhousetest.Application{JobID: job.ID, CandidateID: c.ID})
		if created.After(cut) {
			want = append(want, c.ID)
		}
	}
	const limit = 5
	q := ats.CandidateQuery{JobID: id(job.ID), CreatedAfter: &cut}
	var got []string
	most, pages := 0, 0
	for w := (ats.Window{Limit: limit}); ; pages++ {
		if pages > 50 {
			t.Fatal("the walk does not end")
		}
		h.fake.ResetRequests()
		q.Window = w
		p, err := h.client.ListCandidates(ctx(t), q)
		if err != nil {
			t.Fatalf("page %d: %v", pages+1, err)
		}
		// The job's 1000 applications are 2 calls, the page's candidates'
		// applications 1.
		byID, apps := h.fake.Count("GET", "/candidates"), h.fake.Count("GET", "/applications")
		t.Logf("page %d: %d items, has_more %v, %d candidate calls, %d application calls", pages+1, len(p.Items), p.HasMore, byID, apps)
		most = max(most, byID)
		if byID > upstream.FilterCalls || apps > 3 {
			t.Errorf("page %d: %d candidate and %d application calls, want at most %d and 3", pages+1, byID, apps, upstream.FilterCalls)
		}
		if len(p.Items) > limit || p.HasMore != (p.Next != "") || (pages > 0 && len(p.Items) == 0) {
			t.Fatalf("page %d: %d items, has_more %v, next %q", pages+1, len(p.Items), p.HasMore, p.Next)
		}
		got = append(got, idsOf(p.Items, candIDs)...)
		if !p.HasMore {
			break
		}
		w.Cursor = p.Next
	}
	t.Logf("%d pages, at most %d candidate calls a page", pages+1, most)
	if !slices.Equal(got, desc(want)) {
		t.Errorf("got %v, want every match once, newest first: %v", got, desc(want))
	}
	// Page mode reads as many candidates as its calls reach (6 calls of
	// 50) and says so beyond them.
	_, err := h.client.ListCandidates(ctx(t), ats.CandidateQuery{JobID: id(job.ID), CreatedAfter: &cut, Window: ats.Window{Limit: limit, Page: 2}})
	if e := wantCode(t, err, ats.CodeInputInvalid); e != nil && !strings.Contains(e.Message, "300 records") {
		t.Errorf("page mode beyond the scan: %q", e.Message)
	}
}
