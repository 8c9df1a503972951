package workable_test

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/workable/workabletest"
)

// TestCreateSendsResumeAndProfile checks what a create with a file and a
// parse sends: the file as {"name", "data"} inside the one create call,
// and the structured data in Workable's fields, entries Workable would
// refuse (no school, no title) left out.
func TestCreateSendsResumeAndProfile(t *testing.T) {
	h := newHarness(t, fastOptions(), nil)
	file := ats.File{Filename: "cv.pdf", ContentType: "application/pdf", Data: []byte("%PDF-1.7\n\xff\xfe binary")}
	in := ats.CandidateInput{Name: "Maya Chen", Email: "maya@example.com", Resume: &file, Profile: ats.Profile{
		Education: []ats.Education{{School: "MIT", Degree: "BSc", StartDate: "2013", EndDate: "2017-06"}, {Degree: "no school"}},
		Experience: []ats.Experience{
			{Title: "Senior Engineer", Company: "Wayfair", StartDate: "2021-03", Current: true},
			{Company: "no title"},
		},
		Skills:  []string{"Go", "PostgreSQL"},
		Socials: []ats.SocialProfile{{Type: "github", URL: "https://github.com/mayachen", Username: "mayachen"}},
	}}
	c, err := h.client.CreateCandidate(t.Context(), in)
	if err != nil {
		t.Fatalf("create: %v", err)
	}
	if n := h.fake.Count("POST", "/talent_pool/candidates"); n != 1 {
		t.Errorf("create calls: %d, want 1 (the file inside it)", n)
	}
	stored := h.fake.Candidates()
	got := stored[len(stored)-1]
	if got.ID != c.ID || got.Resume == nil || got.Resume.Name != "cv.pdf" || !bytes.Equal(got.Resume.Data, file.Data) {
		t.Fatalf("the fake holds %+v; want the file sent", got.Resume)
	}
	wire, _ := json.Marshal(map[string]any{"e": got.Education, "x": got.Experience, "s": got.Skills, "p": got.SocialProfiles})
	want := `{"e":[{"degree":"BSc","end_date":"2017-06-01","school":"MIT","start_date":"2013-01-01"}],` +
		`"p":[{"type":"github","url":"https://github.com/mayachen","username":"mayachen"}],"s":["Go","PostgreSQL"],` +
		`"x":[{"company":"Wayfair","current":true,"start_date":"2021-03-01","title":"Senior Engineer"}]}`
	if string(wire) != want {
		t.Errorf("structured data sent:\n got %s\nwant %s", wire, want)
	}
}

// TestCandidateResumeLinks checks where GET /candidates/{id}/resume sends
// the caller: the record's resume_url, else the newest resume of
// /files, else NOT_FOUND; an unknown candidate is NOT_FOUND naming it.
func TestCandidateResumeLinks(t *testing.T) {
	h := newHarness(t, fastOptions(), nil)
	file := ats.File{Filename: "cv.pdf", ContentType: "application/pdf", Data: []byte("%PDF-1.7\n")}
	c, err := h.client.CreateCandidate(t.Context(), ats.CandidateInput{Name: "A B", Email: "ab@example.com", Resume: &file})
	if err != nil {
		t.Fatal(err)
	}
	d, err := h.client.CandidateResume(t.Context(), c.ID)
	if err != nil || !strings.HasPrefix(d.URL, h.fake.URL[:strings.Index(h.fake.URL, "/spi")]+"/files/") || d.Filename != "cv.pdf" || d.Body != nil {
		t.Fatalf("resume: %+v, %v; want the fake's signed link named cv.pdf", d, err)
	}

	// A record whose answer carries no resume_url: the files list has it.
	h.fake.Inject(workabletest.Fault{Method: "GET", Path: "/candidates/" + c.ID,
		SuccessBody: new(`{"candidate":{"id":"` + c.ID + `","name":"A B","email":"ab@example.com"}}`)})
	d, err = h.client.CandidateResume(t.Context(), c.ID)
	if err != nil || !strings.Contains(d.URL, "/files/"+c.ID+"/") || h.fake.Count("GET", "/candidates/"+c.ID+"/files") != 1 {
		t.Fatalf("resume from /files: %+v, %v", d, err)
	}

	bare, err := h.client.CreateCandidate(t.Context(), ats.CandidateInput{Name: "C D", Email: "cd@example.com"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := h.client.CandidateResume(t.Context(), bare.ID); ats.ErrorCode(err) != ats.CodeNotFound {
		t.Errorf("resume of a candidate without one: %v, want NOT_FOUND", err)
	}
	for _, id := range []string{"ffffffff", "../x"} {
		_, err := h.client.CandidateResume(t.Context(), id)
		if e := ats.AsError(err); e.Code != ats.CodeNotFound || !strings.Contains(e.Message, "candidate") {
			t.Errorf("resume of %q: %v, want NOT_FOUND naming the candidate", id, err)
		}
		err = h.client.AttachResume(t.Context(), id, file)
		if e := ats.AsError(err); e.Code != ats.CodeNotFound || !strings.Contains(e.Message, "candidate") {
			t.Errorf("attach to %q: %v, want NOT_FOUND naming the candidate", id, err)
		}
	}
}
