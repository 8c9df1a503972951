package greenhouse_test

import (
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/jonboulle/clockwork"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/greenhouse/greenhousetest"
)

func TestAttachAndDownloadResume(t *testing.T) {
	h := newHarness(t, fastOptions(), nil)
	older := h.fake.AddJob(greenhousetest.Job{Name: "Older"})
	newer := h.fake.AddJob(greenhousetest.Job{Name: "Newer"})
	cand := h.fake.AddCandidate(greenhousetest.Candidate{FirstName: "A", LastName: "B"})
	h.fake.AddApplication(greenhousetest.Application{CandidateID: cand.ID, JobID: older.ID})
	latest := h.fake.AddApplication(greenhousetest.Application{CandidateID: cand.ID, JobID: newer.ID})
	lonely := h.fake.AddCandidate(greenhousetest.Candidate{FirstName: "No", LastName: "Applications"})

	_, err := h.client.CandidateResume(ctx(t), id(cand.ID))
	if e := wantCode(t, err, ats.CodeNotFound); !strings.Contains(e.Message, "No resume for candidate") {
		t.Errorf("no resume yet: %q", e.Message)
	}
	for _, data := range []string{"%PDF-1 first", "%PDF-1 second"} {
		if err := h.client.AttachResume(ctx(t), id(cand.ID), ats.File{Filename: "cv.pdf", ContentType: "application/pdf", Data: []byte(data)}); err != nil {
			t.Fatal(err)
		}
	}
	att := h.fake.Attachments()
	if len(att) != 2 || att[0].ApplicationID != latest.ID || att[1].ApplicationID != latest.ID || att[0].Type != "other" || att[1].Type != "resume" {
		t.Errorf("attachments %+v: want both on the newest application, the first now filed as other", att)
	}

	d, err := h.client.CandidateResume(ctx(t), id(cand.ID))
	if err != nil {
		t.Fatal(err)
	}
	if d.Body != nil || d.Filename != "cv.pdf" || d.ContentType != "application/pdf" || !strings.HasPrefix(d.URL, h.fake.FilesURL()) {
		t.Errorf("download %+v: want a redirect to Greenhouse's signed url", d)
	}
	res, err := http.Get(d.URL)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if string(body) != "%PDF-1 second" {
		t.Errorf("the url serves %q, want the newest resume", body)
	}

	err = h.client.AttachResume(ctx(t), id(lonely.ID), ats.File{Filename: "cv.pdf", Data: []byte("%PDF")})
	if e := wantCode(t, err, ats.CodeNotSupported); !strings.Contains(e.Message, "POST /applications") {
		t.Errorf("a candidate without applications: %q", e.Message)
	}
	for _, bad := range []string{"3100999999", "x"} {
		err := h.client.AttachResume(ctx(t), bad, ats.File{Filename: "cv.pdf", Data: []byte("%PDF")})
		if e := wantCode(t, err, ats.CodeNotFound); !strings.Contains(e.Message, "candidate") {
			t.Errorf("%s: %q", bad, e.Message)
		}
		_, err = h.client.CandidateResume(ctx(t), bad)
		if e := wantCode(t, err, ats.CodeNotFound); !strings.Contains(e.Message, "candidate") || strings.Contains(e.Message, "No resume") {
			t.Errorf("%s: %q, want the unknown candidate named", bad, e.Message)
		}
	}
}

// The url Greenhouse signs expires (7 days); a later request gets a fresh
// one, as atsbridge never stores it.
func TestResumeURLIsFreshEachTime(t *testing.T) {
	clock := clockwork.NewFakeClockAt(time.Date(2026, 9, 30, 12, 0, 0, 0, time.UTC))
	fo := fastOptions()
	fo.Now = clock.Now
	fo.TokenLifetime = 30 * 24 * time.Hour
	h := newHarness(t, fo, nil)
	job := h.fake.AddJob(greenhousetest.Job{Name: "Engineer"})
	cand := h.fake.AddCandidate(greenhousetest.Candidate{FirstName: "A", LastName: "B"})
	app := h.fake.AddApplication(greenhousetest.Application{CandidateID: cand.ID, JobID: job.ID})
	h.fake.AddAttachment(greenhousetest.Attachment{ApplicationID: app.ID, Type: "resume", Filename: "cv.docx", Data: []byte("PK")})
	first, err := h.client.CandidateResume(ctx(t), id(cand.ID))
	if err != nil || first.ContentType != "application/vnd.openxmlformats-officedocument.wordprocessingml.document" {
		t.Fatalf("got %+v %v (content type from the extension)", first, err)
	}
	clock.Advance(8 * 24 * time.Hour)
	if res, _ := http.Get(first.URL); res == nil || res.StatusCode != http.StatusForbidden {
		t.Fatalf("the old url still works after 8 days")
	}
	second, err := h.client.CandidateResume(ctx(t), id(cand.ID))
	if err != nil || second.URL == first.URL {
		t.Fatalf("got %+v %v, want a fresh url", second, err)
	}
	if res, _ := http.Get(second.URL); res == nil || res.StatusCode != http.StatusOK {
		t.Errorf("the fresh url does not work")
	}
}

// A resume whose url is not an http(s) url is not handed to the caller as
// a redirect.
func TestResumeURLMustBeHTTP(t *testing.T) {
	h := newHarness(t, fastOptions(), nil)
	job := h.fake.AddJob(greenhousetest.Job{Name: "Engineer"})
	cand := h.fake.AddCandidate(greenhousetest.Candidate{FirstName: "A", LastName: "B"})
	app := h.fake.AddApplication(greenhousetest.Application{CandidateID: cand.ID, JobID: job.ID})
	body := `[{"id":1,"application_id":` + id(app.ID) + `,"candidate_id":` + id(cand.ID) + `,"type":"resume","filename":"cv.pdf","url":"javascript:alert(1)","created_at":"2026-01-01T00:00:00Z"}]`
	h.fake.Inject(greenhousetest.Fault{Path: "/attachments", SuccessBody: &body})
	_, err := h.client.CandidateResume(ctx(t), id(cand.ID))
	if e := wantCode(t, err, ats.CodeNotFound); !strings.Contains(e.Message, "No resume") {
		t.Errorf("got %q, want no resume offered", e.Message)
	}
}
