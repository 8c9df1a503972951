package atstest

import (
	"bytes"
	"errors"
	"io"
	"net/http"
	"testing"

	"github.com/atsbridge/atsbridge/ats"
)

// Resumes describes what a provider does with resume files; nil skips the
// Resumes group.
type Resumes struct {
	// Delivery is how CandidateResume hands a file out.
	Delivery Delivery
	// NeedsJob is set where the ATS keeps files on applications only
	// (Greenhouse): the suite then creates its candidates with a job.
	NeedsJob bool
	// FailedUpload is what a create whose upload fails leaves behind.
	FailedUpload FailedUpload
	// FailNextUpload makes the next resume upload of p fail (a fault of
	// the fake, or of the sandbox's files); nil when the suite cannot make
	// one fail.
	FailNextUpload func(t *testing.T, p ats.Provider)
}

// Delivery is how a provider hands out a resume.
type Delivery int

const (
	// Bytes: Download.Body is the file (preview, Lever).
	Bytes Delivery = iota + 1
	// URL: Download.URL is the ATS's own link to it (Workable,
	// Greenhouse); the suite fetches it from the fake.
	URL
)

// FailedUpload is what a create with a resume leaves when the upload
// fails.
type FailedUpload int

const (
	// LeavesNothing: the file goes with the create in one step (Workable's
	// create body; the sandbox stores the file before the record), so a
	// failed upload fails the create and no candidate exists.
	LeavesNothing FailedUpload = iota + 1
	// LeavesCandidate: the file is a second call (Greenhouse, Lever): the
	// candidate exists and the answer is ats.ResumeNotAttached with its
	// id, and nothing is retried.
	LeavesCandidate
)

// testResumes checks the resume rules of the contract: a resume sent with
// a create reads back, AttachResume gives one to an existing candidate
// and replaces it, a candidate without one is NOT_FOUND, and a failed
// upload is answered as the fixture declares.
func testResumes(t *testing.T, s *suite) {
	r := s.d.Resumes
	if r == nil {
		t.Skip("the fixture declares no resume support (Fixture.Resumes is nil)")
	}
	first := resumeFile("first")
	s.run(t, "create_then_read", func(t *testing.T) {
		w := s.writer(t)
		in := w.resumeCandidate(t, "resume-create")
		in.Resume = &first
		c, err := w.p.CreateCandidate(t.Context(), in)
		if err != nil {
			t.Fatalf("create candidate with a resume: %v", describe(err))
		}
		if c.ID == "" {
			t.Fatal("created candidate has no id")
		}
		w.wantResume(t, c.ID, first)
		readsBack(t, w, c)
	})

	s.run(t, "attach_and_replace", func(t *testing.T) {
		w := s.writer(t)
		in := w.resumeCandidate(t, "resume-attach")
		c, err := w.p.CreateCandidate(t.Context(), in)
		if err != nil {
			t.Fatalf("create candidate: %v", describe(err))
		}
		_, err = w.p.CandidateResume(t.Context(), c.ID)
		wantCode(t, "resume of a candidate created without one", err, ats.CodeNotFound)
		second, third := resumeFile("second"), resumeFile("third")
		if err := w.p.AttachResume(t.Context(), c.ID, second); err != nil {
			t.Fatalf("attach a resume to %s: %v", c.ID, describe(err))
		}
		w.wantResume(t, c.ID, second)
		if err := w.p.AttachResume(t.Context(), c.ID, third); err != nil {
			t.Fatalf("replace the resume of %s: %v", c.ID, describe(err))
		}
		w.wantResume(t, c.ID, third)
	})

	s.run(t, "replace_the_resume_of_a_create", func(t *testing.T) {
		// The newest resume wins, whichever way each came.
		w := s.writer(t)
		in := w.resumeCandidate(t, "resume-replace")
		in.Resume = &first
		c, err := w.p.CreateCandidate(t.Context(), in)
		if err != nil {
			t.Fatalf("create candidate with a resume: %v", describe(err))
		}
		second := resumeFile("second")
		if err := w.p.AttachResume(t.Context(), c.ID, second); err != nil {
			t.Fatalf("replace the resume of %s: %v", c.ID, describe(err))
		}
		w.wantResume(t, c.ID, second)
	})

	s.run(t, "unknown_candidate", func(t *testing.T) {
		for _, id := range s.d.unknownIDs(candidateIDs(s.d)) {
			_, err := s.read.CandidateResume(t.Context(), id)
			wantNotFound(t, "resume of unknown candidate "+id, err, "candidate")
			err = s.read.AttachResume(t.Context(), id, first)
			wantNotFound(t, "attach to unknown candidate "+id, err, "candidate")
		}
	})

	s.run(t, "failed_upload", func(t *testing.T) {
		if r.FailNextUpload == nil {
			t.Skip("the fixture gives no way to make an upload fail (Resumes.FailNextUpload is nil)")
		}
		w := s.writer(t)
		in := w.resumeCandidate(t, "resume-fails")
		in.Resume = &first
		r.FailNextUpload(t, w.p)
		c, err := w.p.CreateCandidate(t.Context(), in)
		if err == nil {
			t.Fatalf("create with an upload made to fail succeeded (candidate %s)", c.ID)
		}
		noPersonalData(t, "failed upload", err, in.Email)
		switch r.FailedUpload {
		case LeavesNothing:
			w.noCandidate(t, in.Email)
		case LeavesCandidate:
			var e *ats.Error
			if !errors.As(err, &e) || c.ID == "" || len(e.Details) == 0 || e.Details[0].Field != "resume" || e.Details[0].ExistingID != c.ID {
				t.Fatalf("create whose upload failed: candidate %q, %v; want the candidate with ats.ResumeNotAttached naming its id", c.ID, describe(err))
			}
			if _, err := w.p.Candidate(t.Context(), c.ID, ats.ReadOptions{}); err != nil {
				t.Fatalf("the candidate of a half-failed create does not read: %v", describe(err))
			}
			if got := w.candidatesWith(t, in.Email); len(got) != 1 {
				t.Errorf("candidates with the email after a half-failed create: %v, want the one (nothing retried)", got)
			}
			// The retry the message asks for: the file alone.
			if err := w.p.AttachResume(t.Context(), c.ID, first); err != nil {
				t.Fatalf("attach the resume again: %v", describe(err))
			}
			w.wantResume(t, c.ID, first)
		default:
			t.Fatal("Resumes.FailedUpload is not set: declare LeavesNothing or LeavesCandidate")
		}
	})
}

// resumeFile is a small file as a resume: a PDF header and bytes that are
// not text, so a provider that mangles binary data is caught. tag tells
// versions apart.
func resumeFile(tag string) ats.File {
	data := []byte("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Title (" + tag + ") >> endobj\n")
	for i := range 512 {
		data = append(data, byte(i*37))
	}
	data = append(data, "\n%%EOF\n"...)
	return ats.File{Filename: "cv-" + tag + ".pdf", ContentType: "application/pdf", Data: data}
}

// resumeCandidate is a new candidate for the resume rules, with an open
// job when the ATS keeps files on applications.
func (w *writer) resumeCandidate(t *testing.T, tag string) ats.CandidateInput {
	t.Helper()
	in := w.newCandidate(tag)
	if w.d.Resumes.NeedsJob {
		in.JobID = w.openJob(t)
	}
	return in
}

// wantResume fails unless candidate id's resume is f: its bytes, read from
// the Body or fetched from the URL, and for bytes its name and type.
func (w *writer) wantResume(t *testing.T, id string, f ats.File) {
	t.Helper()
	d, err := w.p.CandidateResume(t.Context(), id)
	if err != nil {
		t.Fatalf("resume of %s: %v", id, describe(err))
	}
	var got []byte
	switch w.d.Resumes.Delivery {
	case Bytes:
		if d.Body == nil || d.URL != "" {
			t.Fatalf("resume of %s: body %v, URL %q; the fixture declares bytes", id, d.Body != nil, d.URL)
		}
		got = readBody(t, d.Body)
		if d.Filename != f.Filename || d.ContentType != f.ContentType {
			t.Errorf("resume of %s: %q %q, want %q %q", id, d.Filename, d.ContentType, f.Filename, f.ContentType)
		}
		if d.Size >= 0 && d.Size != int64(len(got)) {
			t.Errorf("resume of %s: Size %d, but the body has %d bytes", id, d.Size, len(got))
		}
	case URL:
		if d.URL == "" || d.Body != nil {
			t.Fatalf("resume of %s: URL %q, body %v; the fixture declares a URL", id, d.URL, d.Body != nil)
		}
		got = fetch(t, d.URL)
	default:
		t.Fatal("Resumes.Delivery is not set: declare Bytes or URL")
	}
	if !bytes.Equal(got, f.Data) {
		t.Errorf("resume of %s: %d bytes that are not the %d bytes of %s sent", id, len(got), len(f.Data), f.Filename)
	}
}

func readBody(t *testing.T, body io.ReadCloser) []byte {
	t.Helper()
	defer body.Close()
	b, err := io.ReadAll(body)
	if err != nil {
		t.Fatalf("read the resume: %v", err)
	}
	return b
}

// fetch reads a provider's resume link, as a caller following the 302
// would (the fakes serve their links on loopback).
func fetch(t *testing.T, url string) []byte {
	t.Helper()
	req, err := http.NewRequestWithContext(t.Context(), http.MethodGet, url, nil)
	if err != nil {
		t.Fatalf("resume link %q: %v", url, err)
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("fetch the resume link: %v", err)
	}
	b := readBody(t, res.Body)
	if res.StatusCode != http.StatusOK {
		t.Fatalf("fetch the resume link: %d %s", res.StatusCode, b)
	}
	return b
}

func candidateIDs(d *data) []string {
	ids := make([]string, len(d.Candidates))
	for i, c := range d.Candidates {
		ids[i] = c.ID
	}
	return ids
}
