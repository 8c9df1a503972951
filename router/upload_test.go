package router_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/base64"
	"encoding/json"
	"io"
	"mime/multipart"
	"net/http"
	"net/textproto"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/router"
	"github.com/atsbridge/atsbridge/router/routertest"
)

// form is a multipart body: fields in order (a name may repeat), and a
// file in the part "resume" when file is not nil.
type form struct {
	fields   [][2]string
	file     []byte
	filename string
	// emptyFilePart sends the part a browser sends for a file input left
	// empty: no file name, no bytes.
	emptyFilePart bool
}

func (f form) encode(t *testing.T) (string, string) {
	t.Helper()
	var b bytes.Buffer
	mw := multipart.NewWriter(&b)
	for _, kv := range f.fields {
		if err := mw.WriteField(kv[0], kv[1]); err != nil {
			t.Fatal(err)
		}
	}
	switch {
	case f.file != nil:
		h := textproto.MIMEHeader{}
		h.Set("Content-Disposition", `form-data; name="resume"; filename="`+f.filename+`"`)
		h.Set("Content-Type", "application/octet-stream")
		w, err := mw.CreatePart(h)
		if err != nil {
			t.Fatal(err)
		}
		w.Write(f.file)
	case f.emptyFilePart:
		h := textproto.MIMEHeader{}
		h.Set("Content-Disposition", `form-data; name="resume"; filename=""`)
		h.Set("Content-Type", "application/octet-stream")
		if _, err := mw.CreatePart(h); err != nil {
			t.Fatal(err)
		}
	}
	mw.Close()
	return b.String(), mw.FormDataContentType()
}

// recording answers creates with the sample candidate and keeps what it
// was asked.
func recording(got *ats.CandidateInput) *routertest.Provider {
	return &routertest.Provider{CreateCandidateFn: func(_ context.Context, in ats.CandidateInput) (ats.Candidate, error) {
		*got = in
		return routertest.SampleCandidate(), nil
	}}
}

func b64(b []byte) string { return base64.StdEncoding.EncodeToString(b) }

// TestCreateWithResumeJSONAndForm sends one candidate with one file as
// JSON and as a form, and checks that the provider gets the same input
// from both: the fields, the file's bytes unchanged, its sniffed type
// (not the one declared) and its name reduced to a plain file name.
func TestCreateWithResumeJSONAndForm(t *testing.T) {
	pdf := corpusFile(t, "resumes/chen-chromium-one.pdf")
	body, _ := json.Marshal(map[string]any{
		"name": "Maya Chen", "email": "maya.chen@example.com", "job_id": "job_063", "tags": []string{"go", "remote"},
		"resume": map[string]string{"filename": `C:\Users\maya\Lebenslauf Müller.pdf`, "content_type": "image/png", "data": b64(pdf)},
	})
	var fromJSON, fromForm ats.CandidateInput
	res := newAPI(recording(&fromJSON)).Do(t, "POST", "/dev/candidates", string(body))
	res.Want(t, http.StatusCreated, "")

	mp, ct := form{fields: [][2]string{{"name", "Maya Chen"}, {"email", "maya.chen@example.com"}, {"job_id", "job_063"},
		{"tags", "go"}, {"tags", "remote"}, {"phone", ""}}, file: pdf, filename: `C:\Users\maya\Lebenslauf Müller.pdf`}.encode(t)
	res = newAPI(recording(&fromForm)).Do(t, "POST", "/dev/candidates", mp, "Content-Type", ct)
	res.Want(t, http.StatusCreated, "")
	if loc := res.Header.Get("Location"); loc != "/dev/candidates/cand_013" {
		t.Errorf("Location %q, want /dev/candidates/cand_013", loc)
	}

	for name, in := range map[string]ats.CandidateInput{"JSON": fromJSON, "form": fromForm} {
		if in.Resume == nil {
			t.Fatalf("%s: the provider got no resume", name)
		}
		if !bytes.Equal(in.Resume.Data, pdf) || in.Resume.ContentType != "application/pdf" || in.Resume.Filename != "Lebenslauf Müller.pdf" {
			t.Errorf("%s: resume %q %q, %d bytes (same %v); want Lebenslauf Müller.pdf, application/pdf, the %d bytes sent",
				name, in.Resume.Filename, in.Resume.ContentType, len(in.Resume.Data), bytes.Equal(in.Resume.Data, pdf), len(pdf))
		}
		if in.Name != "Maya Chen" || in.Email != "maya.chen@example.com" || in.JobID != "job_063" || !reflect.DeepEqual(in.Tags, []string{"go", "remote"}) ||
			in.Phone != nil || in.ParseResume || !in.Profile.Empty() {
			t.Errorf("%s: input %+v", name, in)
		}
	}
}

// TestFormFieldsAreCheckedLikeJSON sends each bad input as JSON and as the
// equivalent form, and wants the same answer, details included.
func TestFormFieldsAreCheckedLikeJSON(t *testing.T) {
	pdf := corpusFile(t, "resumes/chen-chromium-one.pdf")
	tests := []struct {
		name   string
		json   string
		fields [][2]string
		file   bool
		status int
		code   string
	}{
		{"no name", `{"email":"a@example.com"}`, [][2]string{{"email", "a@example.com"}}, false, 400, "INPUT_INVALID"},
		{"bad email", `{"name":"A","email":"a@[192.168.0.1]"}`, [][2]string{{"name", "A"}, {"email", "a@[192.168.0.1]"}}, false, 400, "INPUT_INVALID"},
		{"unknown field, case", `{"name":"A","Email":"a@example.com"}`, [][2]string{{"name", "A"}, {"Email", "a@example.com"}}, false, 400, "INPUT_INVALID"},
		{"field twice", `{"name":"A","name":"B","email":"a@example.com"}`, [][2]string{{"name", "A"}, {"name", "B"}, {"email", "a@example.com"}}, false, 400, "INPUT_INVALID"},
		{"blank name", `{"name":"  ","email":"a@example.com"}`, [][2]string{{"name", "  "}, {"email", "a@example.com"}}, false, 400, "INPUT_INVALID"},
		{"bidi control", `{"name":"Karan\u202efdp","email":"a@example.com"}`, [][2]string{{"name", "Karan\u202efdp"}, {"email", "a@example.com"}}, false, 400, "INPUT_INVALID"},
		{"names disagree", `{"name":"Karan Mehta","first_name":"Priya","last_name":"Mehta","email":"a@example.com"}`,
			[][2]string{{"name", "Karan Mehta"}, {"first_name", "Priya"}, {"last_name", "Mehta"}, {"email", "a@example.com"}}, false, 400, "INPUT_INVALID"},
		{"bad tag", `{"name":"A","email":"a@example.com","tags":["ok","\u0007"]}`, [][2]string{{"name", "A"}, {"email", "a@example.com"}, {"tags", "ok"}, {"tags", "\a"}}, false, 400, "INPUT_INVALID"},
		{"resume and resume_url", `{"name":"A","email":"a@example.com","resume_url":"https://x.example/cv.pdf","resume":{"data":"` + b64(pdf) + `"}}`,
			[][2]string{{"name", "A"}, {"email", "a@example.com"}, {"resume_url", "https://x.example/cv.pdf"}}, true, 400, "INPUT_INVALID"},
		{"parse_resume without a resume", `{"parse_resume":true}`, [][2]string{{"parse_resume", "on"}}, false, 400, "INPUT_INVALID"},
		{"parse_resume not a boolean", `{"name":"A","email":"a@example.com","parse_resume":"yes"}`, [][2]string{{"name", "A"}, {"email", "a@example.com"}, {"parse_resume", "yes"}}, false, 400, "INPUT_INVALID"},
		{"query parameter", ``, nil, false, 400, "INPUT_INVALID"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			target := "/dev/candidates"
			if tt.name == "query parameter" {
				target += "?job_id=job_063"
				tt.json = `{"name":"A","email":"a@example.com"}`
				tt.fields = [][2]string{{"name", "A"}, {"email", "a@example.com"}}
			}
			a := newAPI(&routertest.Provider{})
			j := a.Do(t, "POST", target, tt.json)
			j.Want(t, tt.status, tt.code)
			f := form{fields: tt.fields}
			if tt.file {
				f.file, f.filename = pdf, "cv.pdf"
			}
			mp, ct := f.encode(t)
			fm := a.Do(t, "POST", target, mp, "Content-Type", ct)
			fm.Want(t, tt.status, tt.code)
			if !reflect.DeepEqual(j.Env.Details, fm.Env.Details) {
				t.Errorf("details differ:\n JSON %+v\n form %+v", j.Env.Details, fm.Env.Details)
			}
			if j.Env.Message != fm.Env.Message {
				t.Errorf("messages differ:\n JSON %q\n form %q", j.Env.Message, fm.Env.Message)
			}
		})
	}
}

// TestCreateResumeRefusals covers what is refused about the file or the
// body that carries it.
func TestCreateResumeRefusals(t *testing.T) {
	png := "\x89PNG\r\n\x1a\n" + strings.Repeat("\x00", 64)
	big := append([]byte("%PDF-1.7\n"), bytes.Repeat([]byte{0xAB}, router.MaxResumeBodyBytes)...)
	imgForm, imgCT := form{fields: [][2]string{{"name", "A"}, {"email", "a@example.com"}}, file: []byte(png), filename: "cv.pdf"}.encode(t)
	bigForm, bigCT := form{fields: [][2]string{{"name", "A"}, {"email", "a@example.com"}}, file: big, filename: "cv.pdf"}.encode(t)
	tests := []struct {
		name, body, contentType string
		headers                 []string
		status                  int
		code, field, says       string
	}{
		{"an image as JSON", `{"name":"A","email":"a@example.com","resume":{"filename":"cv.pdf","data":"` + b64([]byte(png)) + `"}}`, "application/json", nil, 415, "UNSUPPORTED_MEDIA_TYPE", "", "PDF, DOCX, DOC, RTF, ODT or plain text"},
		{"an image in a form", imgForm, imgCT, nil, 415, "UNSUPPORTED_MEDIA_TYPE", "", "PDF, DOCX, DOC, RTF, ODT or plain text"},
		{"an empty file", `{"name":"A","email":"a@example.com","resume":{"data":"` + b64([]byte("  ")) + `"}}`, "application/json", nil, 422, "RESUME_UNREADABLE", "", "empty"},
		{"a form over the limit", bigForm, bigCT, nil, 413, "BODY_TOO_LARGE", "", "4 MiB"},
		{"JSON over the limit", `{"name":"A","email":"a@example.com","resume":{"data":"` + b64(big[:3<<20+100<<10]) + `"}}`, "application/json", nil, 413, "BODY_TOO_LARGE", "", "3 MiB as base64 in JSON"},
		{"the raw file", "%PDF-1.7\n", "application/pdf", nil, 415, "UNSUPPORTED_MEDIA_TYPE", "", "multipart/form-data"},
		{"Latin-1 JSON", `{"name":"A","email":"a@example.com"}`, "application/json; charset=iso-8859-1", nil, 415, "UNSUPPORTED_MEDIA_TYPE", "", "charset"},
		{"nested field in another case", `{"name":"A","email":"a@example.com","resume":{"Data":"JVBERi0="}}`, "application/json", nil, 400, "INPUT_INVALID", "resume.Data", ""},
		{"nested field twice", `{"name":"A","email":"a@example.com","resume":{"data":"JVBERi0=","data":"JVBERi0="}}`, "application/json", nil, 400, "INPUT_INVALID", "resume.data", ""},
		{"nested text not UTF-8", "{\"name\":\"A\",\"email\":\"a@example.com\",\"resume\":{\"filename\":\"cv\xff.pdf\",\"data\":\"JVBERi0=\"}}", "application/json", nil, 400, "INPUT_INVALID", "resume.filename", ""},
		{"data not base64", `{"name":"A","email":"a@example.com","resume":{"data":"not base64!"}}`, "application/json", nil, 400, "INPUT_INVALID", "resume.data", ""},
		{"resume not an object", `{"name":"A","email":"a@example.com","resume":"JVBERi0="}`, "application/json", nil, 400, "INPUT_INVALID", "resume", ""},
		{"two files in a form", twoFiles(t), "", nil, 400, "INPUT_INVALID", "resume", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := newAPI(&routertest.Provider{})
			ct := tt.contentType
			body := tt.body
			if tt.name == "two files in a form" {
				ct, body, _ = strings.Cut(body, "\x00")
			}
			res := a.Do(t, "POST", "/dev/candidates", body, append([]string{"Content-Type", ct}, tt.headers...)...)
			res.WantError(t, tt.status, tt.code, tt.field)
			if !strings.Contains(res.Env.Message, tt.says) {
				t.Errorf("message %q does not say %q", res.Env.Message, tt.says)
			}
		})
	}
}

// twoFiles is a form with two parts named resume, as "<content type>\x00<body>".
func twoFiles(t *testing.T) string {
	var b bytes.Buffer
	mw := multipart.NewWriter(&b)
	mw.WriteField("name", "A")
	for range 2 {
		w, _ := mw.CreateFormFile("resume", "cv.pdf")
		w.Write([]byte("%PDF-1.7\n"))
	}
	mw.Close()
	return mw.FormDataContentType() + "\x00" + b.String()
}

// TestCreateGzipJSONWithResume: a gzip JSON body with a file is read under
// the route's own limit, after decompression.
func TestCreateGzipJSONWithResume(t *testing.T) {
	pdf := corpusFile(t, "resumes/chen-chromium-one.pdf")
	body, _ := json.Marshal(map[string]any{"name": "A", "email": "a@example.com", "resume": map[string]string{"data": b64(pdf)}})
	var zb bytes.Buffer
	zw := gzip.NewWriter(&zb)
	zw.Write(body)
	zw.Close()
	var got ats.CandidateInput
	res := newAPI(recording(&got)).Do(t, "POST", "/dev/candidates", zb.String(), "Content-Encoding", "gzip")
	res.Want(t, http.StatusCreated, "")
	if got.Resume == nil || !bytes.Equal(got.Resume.Data, pdf) || got.Resume.Filename != "resume.pdf" {
		t.Errorf("resume from a gzip body: %+v", got.Resume)
	}
}

// TestEmptyFormInputsAreAbsent: what a browser sends for inputs left empty
// (an empty file part, empty text fields) is no file and no field.
func TestEmptyFormInputsAreAbsent(t *testing.T) {
	var got ats.CandidateInput
	mp, ct := form{fields: [][2]string{{"name", "A"}, {"email", "a@example.com"}, {"headline", ""}, {"job_id", ""}, {"parse_resume", ""}}, emptyFilePart: true}.encode(t)
	newAPI(recording(&got)).Do(t, "POST", "/dev/candidates", mp, "Content-Type", ct).Want(t, http.StatusCreated, "")
	if got.Resume != nil || got.Headline != nil || got.JobID != "" || got.ParseResume {
		t.Errorf("input from a form with empty inputs: %+v", got)
	}
}

// TestCreateHalfDone: a provider that created the candidate but not its
// file answers with the candidate and ats.ResumeNotAttached; the client
// gets that error with the candidate's id and its Location.
func TestCreateHalfDone(t *testing.T) {
	upload := &ats.Error{Code: ats.CodeUpstreamUnavailable, Message: "Greenhouse answered 500"}
	a := newAPI(&routertest.Provider{CreateCandidateFn: func(context.Context, ats.CandidateInput) (ats.Candidate, error) {
		return routertest.SampleCandidate(), ats.ResumeNotAttached("cand_013", "Greenhouse", upload)
	}})
	body := `{"name":"A","email":"a@example.com","job_id":"job_063","resume":{"data":"` + b64(corpusFile(t, "resumes/chen-chromium-one.pdf")) + `"}}`
	res := a.Do(t, "POST", "/dev/candidates", body)
	res.WantError(t, http.StatusBadGateway, "UPSTREAM_UNAVAILABLE", "resume")
	if res.Env.Details[0].ExistingID != "cand_013" || res.Header.Get("Location") != "/dev/candidates/cand_013" {
		t.Errorf("details %+v, Location %q; want the candidate's id in both", res.Env.Details, res.Header.Get("Location"))
	}
	if !strings.Contains(res.Env.Message, "POST /candidates/cand_013/resume") {
		t.Errorf("message %q does not say what to retry", res.Env.Message)
	}
	// A failed create without a candidate has no Location.
	a = newAPI(&routertest.Provider{CreateCandidateFn: func(context.Context, ats.CandidateInput) (ats.Candidate, error) {
		return ats.Candidate{}, upload
	}})
	if res := a.Do(t, "POST", "/dev/candidates", body); res.Header.Get("Location") != "" {
		t.Errorf("Location %q on a create that made nothing", res.Header.Get("Location"))
	}
}

// TestParseResumeFills checks parse_resume: the fields left out come from
// the resume, the given ones stay, the structured data goes on, and an
// unreadable resume is refused only when fields are missing.
func TestParseResumeFills(t *testing.T) {
	pdf := corpusFile(t, "resumes/chen-chromium-one.pdf")
	scan := corpusFile(t, "negative/scan.pdf")
	withFile := func(data []byte, fields ...[2]string) (string, string) {
		return form{fields: append(fields, [2]string{"parse_resume", "on"}), file: data, filename: "cv.pdf"}.encode(t)
	}

	t.Run("fills what is left out", func(t *testing.T) {
		var got ats.CandidateInput
		mp, ct := withFile(pdf, [2]string{"job_id", "job_063"})
		newAPI(recording(&got)).Do(t, "POST", "/dev/candidates", mp, "Content-Type", ct).Want(t, http.StatusCreated, "")
		if got.Name != "Maya Chen" || got.Email != "maya.chen@example.com" || got.Phone == nil || *got.Phone != "(617) 555-0199" ||
			got.Headline == nil || *got.Headline != "Senior Software Engineer" || !got.ParseResume || got.Resume == nil {
			t.Errorf("input %+v", got)
		}
		if len(got.Profile.Experience) == 0 || len(got.Profile.Education) == 0 || len(got.Profile.Skills) == 0 || len(got.Profile.Socials) != 2 {
			t.Errorf("profile %+v; want experience, education, skills and the two profiles", got.Profile)
		}
	})
	t.Run("keeps what is given", func(t *testing.T) {
		var got ats.CandidateInput
		body := `{"parse_resume":true,"first_name":"May","last_name":"Chen","email":"may@example.org","resume":{"data":"` + b64(pdf) + `"}}`
		newAPI(recording(&got)).Do(t, "POST", "/dev/candidates", body).Want(t, http.StatusCreated, "")
		if got.Name != "" || got.FirstName != "May" || got.Email != "may@example.org" || got.Phone == nil {
			t.Errorf("input %+v; want the given names and email, the phone filled", got)
		}
	})
	t.Run("an unreadable file with complete fields", func(t *testing.T) {
		var got ats.CandidateInput
		mp, ct := withFile(scan, [2]string{"name", "A"}, [2]string{"email", "a@example.com"})
		newAPI(recording(&got)).Do(t, "POST", "/dev/candidates", mp, "Content-Type", ct).Want(t, http.StatusCreated, "")
		if got.Name != "A" || got.Resume == nil || !got.ParseResume || !got.Profile.Empty() {
			t.Errorf("input %+v", got)
		}
	})
	t.Run("an unreadable file and fields missing", func(t *testing.T) {
		mp, ct := withFile(scan, [2]string{"name", "A"})
		res := newAPI(&routertest.Provider{}).Do(t, "POST", "/dev/candidates", mp, "Content-Type", ct)
		problem := res.WantError(t, http.StatusUnprocessableEntity, "RESUME_UNREADABLE", "email")
		if !strings.Contains(problem, "could not be read") || !strings.Contains(res.Env.Message, "OCR") {
			t.Errorf("message %q, problem %q; want them to say why", res.Env.Message, problem)
		}
	})
	t.Run("a readable file without an email", func(t *testing.T) {
		mp, ct := withFile([]byte("Ada Lovelace\nAnalyst of engines\n\nExperience\nAnalytical Engine, 1842-1843\n"))
		res := newAPI(&routertest.Provider{}).Do(t, "POST", "/dev/candidates", mp, "Content-Type", ct)
		if problem := res.WantError(t, http.StatusBadRequest, "INPUT_INVALID", "email"); !strings.Contains(problem, "does not give one") {
			t.Errorf("problem %q", problem)
		}
	})
}

// TestAttachResumeRoute checks POST /candidates/{id}/resume: the file in
// each form reaches AttachResume, the answer is the candidate read after.
func TestAttachResumeRoute(t *testing.T) {
	pdf := corpusFile(t, "resumes/chen-chromium-one.pdf")
	var attached []ats.File
	p := &routertest.Provider{
		AttachResumeFn: func(_ context.Context, id string, f ats.File) error {
			if id != "cand_013" {
				return ats.NotFound("candidate", id)
			}
			attached = append(attached, f)
			return nil
		},
		CandidateFn: func(context.Context, string, ats.ReadOptions) (ats.Candidate, error) {
			c := routertest.SampleCandidate()
			c.ResumeURL = new("/candidates/cand_013/resume")
			return c, nil
		},
	}
	a := newAPI(p)
	mp, ct := form{file: pdf, filename: "cv.pdf"}.encode(t)
	for _, tt := range []struct{ name, body, ct string }{
		{"raw", string(pdf), "application/pdf"},
		{"form", mp, ct},
		{"JSON", `{"resume":{"filename":"cv.pdf","data":"` + b64(pdf) + `"}}`, "application/json"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			res := a.Do(t, "POST", "/dev/candidates/cand_013/resume", tt.body, "Content-Type", tt.ct)
			res.Want(t, http.StatusOK, "")
			var c ats.Candidate
			res.Data(t, &c)
			if c.ID != "cand_013" || c.ResumeURL == nil || *c.ResumeURL != "/dev/candidates/cand_013/resume" {
				t.Errorf("answer %+v; want the candidate, resume_url under /dev", c)
			}
			f := attached[len(attached)-1]
			if !bytes.Equal(f.Data, pdf) || f.ContentType != "application/pdf" {
				t.Errorf("attached %q %q, %d bytes", f.Filename, f.ContentType, len(f.Data))
			}
		})
	}
	t.Run("a form with other fields", func(t *testing.T) {
		mp, ct := form{fields: [][2]string{{"email", "a@example.com"}}, file: pdf, filename: "cv.pdf"}.encode(t)
		a.Do(t, "POST", "/dev/candidates/cand_013/resume", mp, "Content-Type", ct).WantError(t, 400, "INPUT_INVALID", "email")
	})
	t.Run("unknown candidate", func(t *testing.T) {
		a.Do(t, "POST", "/dev/candidates/cand_999/resume", string(pdf), "Content-Type", "application/pdf").WantError(t, 404, "NOT_FOUND", "")
	})
	t.Run("bad id", func(t *testing.T) {
		a.Do(t, "POST", "/dev/candidates/a.b/resume", string(pdf), "Content-Type", "application/pdf").WantError(t, 400, "INPUT_INVALID", "id")
	})
}

// TestDownloadRoute checks GET /candidates/{id}/resume: bytes with their
// headers, a redirect to the ATS's link, NOT_FOUND, HEAD.
func TestDownloadRoute(t *testing.T) {
	pdf := corpusFile(t, "resumes/chen-chromium-one.pdf")
	answer := map[string]func() (ats.Download, error){
		"cand_001": func() (ats.Download, error) {
			return ats.Download{Filename: "Lebenslauf Müller \"final\".pdf", ContentType: "application/pdf", Size: int64(len(pdf)), Body: io.NopCloser(bytes.NewReader(pdf))}, nil
		},
		"cand_002": func() (ats.Download, error) {
			return ats.Download{Filename: "cv.pdf", Size: -1, URL: "https://files.example.com/cv.pdf?sig=abc"}, nil
		},
		"cand_003": func() (ats.Download, error) {
			return ats.Download{}, ats.Errorf(ats.CodeNotFound, "No resume for candidate %q.", "cand_003")
		},
		"cand_004": func() (ats.Download, error) { return ats.Download{URL: "javascript:alert(1)"}, nil },
	}
	a := newAPI(&routertest.Provider{CandidateResumeFn: func(_ context.Context, id string) (ats.Download, error) { return answer[id]() }})

	res := a.Do(t, "GET", "/dev/candidates/cand_001/resume", "")
	res.Want(t, http.StatusOK, "")
	h := res.Header
	if !bytes.Equal(res.Body, pdf) || h.Get("Content-Type") != "application/pdf" || h.Get("Content-Length") != itoa(len(pdf)) ||
		h.Get("X-Content-Type-Options") != "nosniff" || !strings.Contains(h.Get("Cache-Control"), "no-store") {
		t.Errorf("download: %d bytes (same %v), headers %v", len(res.Body), bytes.Equal(res.Body, pdf), h)
	}
	if cd := h.Get("Content-Disposition"); cd != `attachment; filename="Lebenslauf M_ller _final_.pdf"; filename*=UTF-8''Lebenslauf%20M%C3%BCller%20%22final%22.pdf` {
		t.Errorf("Content-Disposition %q", cd)
	}
	head := a.Do(t, "HEAD", "/dev/candidates/cand_001/resume", "")
	if head.Status != 200 || len(head.Body) != 0 || head.Header.Get("Content-Length") != itoa(len(pdf)) {
		t.Errorf("HEAD: %d, %d-byte body, Content-Length %q", head.Status, len(head.Body), head.Header.Get("Content-Length"))
	}

	res = a.Do(t, "GET", "/dev/candidates/cand_002/resume", "")
	if res.Status != http.StatusFound || res.Header.Get("Location") != "https://files.example.com/cv.pdf?sig=abc" || len(res.Body) != 0 {
		t.Errorf("redirect: %d, Location %q, %d-byte body", res.Status, res.Header.Get("Location"), len(res.Body))
	}
	a.Do(t, "GET", "/dev/candidates/cand_003/resume", "").WantError(t, 404, "NOT_FOUND", "")
	a.Do(t, "GET", "/dev/candidates/cand_004/resume", "").WantError(t, 502, "UPSTREAM_UNAVAILABLE", "")
	a.Do(t, "GET", "/dev/candidates/cand_001/resume?download=1", "").WantError(t, 400, "INPUT_INVALID", "download")
}

func itoa(n int) string { return strconv.Itoa(n) }

// TestContentDisposition checks the names a download is given.
func TestContentDisposition(t *testing.T) {
	a := newAPI(&routertest.Provider{CandidateResumeFn: func(_ context.Context, id string) (ats.Download, error) {
		names := map[string]string{
			"cand_001": "cv.pdf", "cand_002": "../../etc/passwd", "cand_003": "a\r\nSet-Cookie: x=1.pdf",
			"cand_004": "Резюме.docx", "cand_005": "", "cand_006": `C:\Users\x\cv 100%.pdf`,
		}
		return ats.Download{Filename: names[id], ContentType: "application/pdf", Size: 1, Body: io.NopCloser(strings.NewReader("x"))}, nil
	}})
	for id, want := range map[string]string{
		"cand_001": `attachment; filename="cv.pdf"`,
		"cand_002": `attachment; filename="passwd"`,
		"cand_003": `attachment; filename="aSet-Cookie: x=1.pdf"`,
		"cand_004": `attachment; filename="resume.docx"; filename*=UTF-8''%D0%A0%D0%B5%D0%B7%D1%8E%D0%BC%D0%B5.docx`,
		"cand_005": `attachment; filename="resume"`,
		"cand_006": `attachment; filename="cv 100_.pdf"; filename*=UTF-8''cv%20100%25.pdf`,
	} {
		if got := a.Do(t, "GET", "/candidates/"+id+"/resume", "").Header.Get("Content-Disposition"); got != want {
			t.Errorf("%s: Content-Disposition %q, want %q", id, got, want)
		}
	}
}

// TestLocalResumeURL: a resume_url that is a path of this API gets the
// request's stage prefix, in every answer that carries candidates; other
// URLs stay as they are.
func TestLocalResumeURL(t *testing.T) {
	local := routertest.SampleCandidate()
	local.ResumeURL = new("/candidates/cand_013/resume")
	remote := routertest.SampleCandidate()
	remote.ID, remote.ResumeURL = "cand_014", new("https://files.example.com/cv.pdf")
	p := &routertest.Provider{
		CandidateFn: func(context.Context, string, ats.ReadOptions) (ats.Candidate, error) { return local, nil },
		ListCandidatesFn: func(context.Context, ats.CandidateQuery) (ats.Page[ats.Candidate], error) {
			return ats.Page[ats.Candidate]{Items: []ats.Candidate{local, remote}}, nil
		},
		CreateCandidateFn: func(context.Context, ats.CandidateInput) (ats.Candidate, error) { return local, nil },
	}
	a := newAPI(p)
	for _, prefix := range []string{"", "/dev"} {
		var one ats.Candidate
		a.Do(t, "GET", prefix+"/candidates/cand_013", "").Data(t, &one)
		var list []ats.Candidate
		a.Do(t, "GET", prefix+"/candidates", "").Data(t, &list)
		var created ats.Candidate
		a.Do(t, "POST", prefix+"/candidates", `{"name":"A","email":"a@example.com"}`).Data(t, &created)
		want := prefix + "/candidates/cand_013/resume"
		if *one.ResumeURL != want || *list[0].ResumeURL != want || *created.ResumeURL != want || *list[1].ResumeURL != "https://files.example.com/cv.pdf" {
			t.Errorf("under %q: %q, %q, %q, %q", prefix, *one.ResumeURL, *list[0].ResumeURL, *created.ResumeURL, *list[1].ResumeURL)
		}
	}
}
