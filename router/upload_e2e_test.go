package router_test

import (
	"bytes"
	"encoding/json"
	"net/http"
	"strings"
	"testing"
)

// TestSandboxKeepsTheResume runs the upload through the real router and
// the real sandbox: a form creates a candidate with a PDF, its resume_url
// is this API's path under the request's prefix, GET there returns the
// bytes sent, a second upload replaces them, and the lists show the same
// resume_url.
func TestSandboxKeepsTheResume(t *testing.T) {
	a := newSandboxAPI(t)
	pdf := corpusFile(t, "resumes/chen-chromium-one.pdf")
	docx := corpusFile(t, "resumes/hoffmann-docx.docx")
	mp, ct := form{fields: [][2]string{{"name", "Maya Chen"}, {"email", "maya.e2e@example.com"}, {"job_id", "job_063"}}, file: pdf, filename: "Maya Chen CV.pdf"}.encode(t)
	res := a.Do(t, "POST", "/dev/candidates", mp, "Content-Type", ct)
	res.Want(t, http.StatusCreated, "")
	var c struct {
		ID        string  `json:"id"`
		ResumeURL *string `json:"resume_url"`
	}
	res.Data(t, &c)
	want := "/dev/candidates/" + c.ID + "/resume"
	if c.ResumeURL == nil || *c.ResumeURL != want {
		t.Fatalf("resume_url %v, want %q", c.ResumeURL, want)
	}
	got := a.Do(t, "GET", *c.ResumeURL, "")
	got.Want(t, http.StatusOK, "")
	if !bytes.Equal(got.Body, pdf) || got.Header.Get("Content-Type") != "application/pdf" ||
		got.Header.Get("Content-Disposition") != `attachment; filename="Maya Chen CV.pdf"` {
		t.Errorf("download: %d bytes (same %v), %q, %q", len(got.Body), bytes.Equal(got.Body, pdf), got.Header.Get("Content-Type"), got.Header.Get("Content-Disposition"))
	}

	body, _ := json.Marshal(map[string]any{"resume": map[string]string{"filename": "cv.docx", "data": b64(docx)}})
	res = a.Do(t, "POST", "/dev/candidates/"+c.ID+"/resume", string(body))
	res.Want(t, http.StatusOK, "")
	got = a.Do(t, "GET", "/candidates/"+c.ID+"/resume", "")
	if !bytes.Equal(got.Body, docx) || got.Header.Get("Content-Type") != docxType {
		t.Errorf("after the replacement: %d bytes (same %v), %q", len(got.Body), bytes.Equal(got.Body, docx), got.Header.Get("Content-Type"))
	}

	list := a.Do(t, "GET", "/candidates?email=maya.e2e@example.com", "")
	var items []struct {
		ResumeURL string `json:"resume_url"`
	}
	list.Data(t, &items)
	if len(items) != 1 || items[0].ResumeURL != "/candidates/"+c.ID+"/resume" {
		t.Errorf("listed: %+v, want the resume_url without the prefix the list was asked without", items)
	}
}

// TestSandboxResumeNotFound: a seeded candidate's resume_url is a link
// the sandbox does not fetch, so there is no file to give; an unknown
// candidate is NOT_FOUND naming the candidate.
func TestSandboxResumeNotFound(t *testing.T) {
	a := newSandboxAPI(t)
	res := a.Do(t, "GET", "/dev/candidates/cand_001/resume", "")
	res.WantError(t, http.StatusNotFound, "NOT_FOUND", "")
	if !strings.Contains(res.Env.Message, "does not fetch") && !strings.Contains(res.Env.Message, "No resume") {
		t.Errorf("message %q", res.Env.Message)
	}
	res = a.Do(t, "GET", "/dev/candidates/cand_9999/resume", "")
	res.WantError(t, http.StatusNotFound, "NOT_FOUND", "")
	if !strings.Contains(res.Env.Message, "candidate") {
		t.Errorf("message %q does not name the candidate", res.Env.Message)
	}
}
