package lever_test

import (
	"io"
	"strings"
	"testing"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/lever/levertest"
)

var pdf = ats.File{Filename: "cv.pdf", ContentType: "application/pdf", Data: []byte("%PDF-1.7 a resume")}

func readDownload(t *testing.T, d ats.Download) string {
	t.Helper()
	defer d.Body.Close()
	b, err := io.ReadAll(d.Body)
	if err != nil {
		t.Fatal(err)
	}
	if d.Size != int64(len(b)) {
		t.Errorf("size %d, body %d bytes", d.Size, len(b))
	}
	return string(b)
}

func TestCreateCandidateWithResume(t *testing.T) {
	h := newHarness(t, unlimited(), nil)
	c, err := h.client.CreateCandidate(ctx(t), ats.CandidateInput{Name: "Ada Resume", Email: "ada.resume@example.com",
		JobID: h.data.Backend.ID, Resume: &pdf, ParseResume: true})
	if err != nil {
		t.Fatal(err)
	}
	var create levertest.Request
	for _, r := range h.fake.Requests() {
		if r.Method == "POST" && r.Path == "/opportunities" {
			create = r
		}
	}
	if !strings.HasPrefix(create.ContentType, "multipart/form-data") || create.Query.Get("parse") != "true" {
		t.Errorf("create: %s %s", create.ContentType, create.RawQuery)
	}
	o, _ := h.fake.Opportunity(c.ApplicationIDs[0])
	if len(o.Resumes) != 1 || !o.Resumes[0].Parsed || len(o.Files) != 0 || o.Name != "Ada Resume" {
		t.Fatalf("stored: %+v", o)
	}
	d, err := h.client.CandidateResume(ctx(t), c.ID)
	if err != nil {
		t.Fatal(err)
	}
	if body := readDownload(t, d); body != string(pdf.Data) || d.ContentType != "application/pdf" || d.Filename != "cv.pdf" || d.URL != "" {
		t.Errorf("got %q %+v", body, d)
	}
}

// When Lever does not take the file under the field atsbridge sends it in
// (its name is unconfirmed), the resume is uploaded as a file, and served
// from there.
func TestCreatedResumeLeverIgnoredIsUploaded(t *testing.T) {
	h := newHarness(t, levertest.Options{Rate: -1, ResumeField: "resume"}, nil)
	c, err := h.client.CreateCandidate(ctx(t), ats.CandidateInput{Name: "Bo", Email: "bo@example.com", Resume: &pdf})
	if err != nil {
		t.Fatal(err)
	}
	var o levertest.Opportunity
	for _, x := range h.fake.Opportunities() {
		if x.ContactID == c.ID {
			o = x
		}
	}
	if len(o.Resumes) != 0 || len(o.Files) != 1 || string(o.Files[0].Data) != string(pdf.Data) {
		t.Fatalf("stored: %d resumes, %d files", len(o.Resumes), len(o.Files))
	}
	d, err := h.client.CandidateResume(ctx(t), c.ID)
	if err != nil || readDownload(t, d) != string(pdf.Data) {
		t.Errorf("got %+v, %v", d, err)
	}
}

func TestCreatedResumeThatFailsIsReported(t *testing.T) {
	h := newHarness(t, levertest.Options{Rate: -1, ResumeField: "resume"}, nil)
	h.fake.Inject(levertest.Fault{Method: "POST", Path: "/opportunities/", Status: 500})
	c, err := h.client.CreateCandidate(ctx(t), ats.CandidateInput{Name: "Cy", Email: "cy@example.com", Resume: &pdf})
	e := wantCode(t, err, ats.CodeUpstreamUnavailable)
	if c.ID == "" || len(e.Details) != 1 || e.Details[0].ExistingID != c.ID || !strings.Contains(e.Message, "/candidates/"+c.ID+"/resume") {
		t.Errorf("got candidate %q and %+v", c.ID, e)
	}
	if n := h.fake.Count("POST", "/opportunities"); n != 1 {
		t.Errorf("the candidate was created %d times", n)
	}
}

func TestAttachResume(t *testing.T) {
	h := newHarness(t, unlimited(), nil)
	d := h.data
	_, err := h.client.CandidateResume(ctx(t), d.Hanako.ContactID)
	if e := wantCode(t, err, ats.CodeNotFound); !strings.Contains(e.Message, "No resume") {
		t.Errorf("message: %q", e.Message)
	}
	doc := ats.File{Filename: "履歴書.docx", ContentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", Data: []byte("PK docx")}
	if err := h.client.AttachResume(ctx(t), d.JaneLead.ContactID, doc); err != nil {
		t.Fatal(err)
	}
	// The newest of Jane's opportunities holds it.
	if o, _ := h.fake.Opportunity(d.JaneSales.ID); len(o.Files) != 1 || o.Files[0].Name != doc.Filename {
		t.Errorf("stored: %+v", o.Files)
	}
	got, err := h.client.CandidateResume(ctx(t), d.JaneLead.ContactID)
	if err != nil {
		t.Fatal(err)
	}
	if body := readDownload(t, got); body != "PK docx" || got.Filename != doc.Filename || got.ContentType != doc.ContentType {
		t.Errorf("got %q %+v", body, got)
	}
	wantCode(t, h.client.AttachResume(ctx(t), "c0ffee00-0000-4000-8000-000000000000", doc), ats.CodeNotFound)
}
