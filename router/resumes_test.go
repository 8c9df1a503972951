package router_test

import (
	"archive/zip"
	"bytes"
	"crypto/rand"
	"encoding/base64"
	"encoding/json"
	"mime/multipart"
	"net/http"
	"os"
	"strings"
	"testing"

	"github.com/atsbridge/atsbridge/resume"
	"github.com/atsbridge/atsbridge/router"
	"github.com/atsbridge/atsbridge/router/routertest"
)

const docxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

func corpusFile(t *testing.T, name string) []byte {
	t.Helper()
	data, err := os.ReadFile("../resume/testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// parsed is the part of the answer these tests look at.
type parsed struct {
	Resume struct {
		Basics struct {
			Name  string `json:"name"`
			Email string `json:"email"`
		} `json:"basics"`
		Work []struct {
			Name string `json:"name"`
		} `json:"work"`
	} `json:"resume"`
	Meta struct {
		Format string `json:"format"`
	} `json:"meta"`
	Candidate struct {
		Name  string `json:"name"`
		Email string `json:"email"`
	} `json:"candidate"`
}

func multipartBody(t *testing.T, part string, file []byte, fields map[string]string) (string, string) {
	t.Helper()
	var b bytes.Buffer
	mw := multipart.NewWriter(&b)
	for k, v := range fields {
		mw.WriteField(k, v)
	}
	if part != "" {
		w, err := mw.CreateFormFile(part, "cv.pdf")
		if err != nil {
			t.Fatal(err)
		}
		w.Write(file)
	}
	mw.Close()
	return b.String(), mw.FormDataContentType()
}

func jsonBody(file []byte) string {
	b, _ := json.Marshal(map[string]any{"resume": map[string]string{
		"filename": "cv.docx", "content_type": docxType, "data": base64.StdEncoding.EncodeToString(file)}})
	return string(b)
}

func TestParseResumeInputs(t *testing.T) {
	a := newAPI(&routertest.Provider{})
	pdf := corpusFile(t, "resumes/chen-chromium-one.pdf")
	docx := corpusFile(t, "resumes/hoffmann-docx.docx")
	mp, mpType := multipartBody(t, "resume", pdf, map[string]string{"job_id": "job_063"})
	// a DOCX padded past the 1 MiB JSON limit: the route has its own
	padded := padDOCX(t, docx, 1536<<10)
	tests := []struct {
		name, body, contentType, wantName, wantFormat string
	}{
		{"raw PDF", string(pdf), "application/pdf", "Maya Chen", "pdf"},
		{"raw DOCX as octet-stream", string(docx), "application/octet-stream", "Lukas Hoffmann", "docx"},
		{"raw DOCX under a PDF content type", string(docx), "application/pdf", "Lukas Hoffmann", "docx"},
		{"raw body without content type", string(pdf), "", "Maya Chen", "pdf"},
		{"multipart", mp, mpType, "Maya Chen", "pdf"},
		{"JSON base64", jsonBody(docx), "application/json", "Lukas Hoffmann", "docx"},
		{"raw DOCX of 1.5 MiB", string(padded), docxType, "Lukas Hoffmann", "docx"},
		{"JSON of a 1.5 MiB DOCX", jsonBody(padded), "application/json", "Lukas Hoffmann", "docx"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := a.Do(t, "POST", "/dev/resumes/parse", tt.body, "Content-Type", tt.contentType)
			if res.Status != http.StatusOK {
				t.Fatalf("got %d, want 200\n%s", res.Status, res.Body)
			}
			var p parsed
			res.Data(t, &p)
			if p.Resume.Basics.Name != tt.wantName || p.Candidate.Name != tt.wantName || p.Meta.Format != tt.wantFormat || len(p.Resume.Work) == 0 {
				t.Errorf("name %q, candidate %q, format %q, %d work; want %q, %q, some work", p.Resume.Basics.Name, p.Candidate.Name, p.Meta.Format, len(p.Resume.Work), tt.wantName, tt.wantFormat)
			}
		})
	}
}

// padDOCX adds an incompressible entry so the file reaches n bytes.
func padDOCX(t *testing.T, docx []byte, n int) []byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(docx), int64(len(docx)))
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	for _, f := range zr.File {
		if err := zw.Copy(f); err != nil {
			t.Fatal(err)
		}
	}
	w, _ := zw.CreateHeader(&zip.FileHeader{Name: "word/media/photo.bin", Method: zip.Store})
	pad := make([]byte, n-len(docx))
	rand.Read(pad)
	w.Write(pad)
	zw.Close()
	return b.Bytes()
}

func TestParseResumeErrors(t *testing.T) {
	a := newAPI(&routertest.Provider{})
	pdf := corpusFile(t, "resumes/chen-chromium-one.pdf")
	var renamed bytes.Buffer
	zw := zip.NewWriter(&renamed)
	w, _ := zw.Create("notes.txt")
	w.Write([]byte("a zip, named cv.docx"))
	zw.Close()
	noPart, noPartType := multipartBody(t, "", nil, map[string]string{"name": "Maya"})
	wrongPart, wrongPartType := multipartBody(t, "file", pdf, nil)
	big := append([]byte("%PDF-1.7\n"), make([]byte, resume.MaxFileBytes)...)
	tests := []struct {
		name, target, body, contentType string
		status                          int
		code, field, says               string
	}{
		{"scan", "/dev/resumes/parse", string(corpusFile(t, "negative/scan.pdf")), "application/pdf", 422, "RESUME_UNREADABLE", "", "OCR is not done"},
		{"password", "/dev/resumes/parse", string(corpusFile(t, "negative/password.pdf")), "application/pdf", 422, "RESUME_UNREADABLE", "", "password"},
		{"truncated", "/dev/resumes/parse", string(corpusFile(t, "negative/truncated.pdf")), "application/pdf", 422, "RESUME_UNREADABLE", "", "truncated"},
		{"empty body", "/dev/resumes/parse", "", "application/pdf", 422, "RESUME_UNREADABLE", "", "empty"},
		{"renamed zip", "/dev/resumes/parse", renamed.String(), docxType, 415, "UNSUPPORTED_MEDIA_TYPE", "", "PDF, DOCX, DOC, RTF, ODT or plain text"},
		{"an image", "/dev/resumes/parse", "\x89PNG\r\n\x1a\n" + strings.Repeat("\x00", 64), "image/png", 415, "UNSUPPORTED_MEDIA_TYPE", "", "PDF, DOCX"},
		{"a DOC file", "/dev/resumes/parse", "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1" + strings.Repeat("\x00", 600), "application/msword", 422, "RESUME_UNREADABLE", "", "cannot be parsed"},
		{"form-urlencoded", "/dev/resumes/parse", "resume=abc", "application/x-www-form-urlencoded", 415, "UNSUPPORTED_MEDIA_TYPE", "", "multipart/form-data"},
		{"file over 4 MiB", "/dev/resumes/parse", string(big), "application/pdf", 413, "BODY_TOO_LARGE", "", "4 MiB"},
		{"JSON over the body limit", "/dev/resumes/parse", jsonBody(big), "application/json", 413, "BODY_TOO_LARGE", "", "4 MiB"},
		{"multipart without the resume part", "/dev/resumes/parse", noPart, noPartType, 400, "INPUT_INVALID", "resume", "resume"},
		{"multipart with the file under another name", "/dev/resumes/parse", wrongPart, wrongPartType, 400, "INPUT_INVALID", "resume", "resume"},
		{"JSON without data", "/dev/resumes/parse", `{"resume":{"filename":"cv.pdf"}}`, "application/json", 400, "INPUT_INVALID", "resume.data", "invalid field"},
		{"JSON with bad base64", "/dev/resumes/parse", `{"resume":{"data":"not base64!"}}`, "application/json", 400, "INPUT_INVALID", "resume.data", "invalid field"},
		{"JSON with an unknown field", "/dev/resumes/parse", `{"resume":{"data":"JVBERg=="},"parse":true}`, "application/json", 400, "INPUT_INVALID", "parse", ""},
		{"JSON that is an array", "/dev/resumes/parse", `[1]`, "application/json", 400, "INPUT_INVALID", "body", ""},
		{"query parameter", "/dev/resumes/parse?lang=de", string(pdf), "application/pdf", 400, "INPUT_INVALID", "lang", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := a.Do(t, "POST", tt.target, tt.body, "Content-Type", tt.contentType)
			res.WantError(t, tt.status, tt.code, tt.field)
			if !strings.Contains(res.Env.Message, tt.says) {
				t.Errorf("message %q does not say %q", res.Env.Message, tt.says)
			}
		})
	}
}

func TestParseResumeMethod(t *testing.T) {
	a := newAPI(&routertest.Provider{})
	res := a.Do(t, "GET", "/dev/resumes/parse", "")
	res.WantError(t, http.StatusMethodNotAllowed, "METHOD_NOT_ALLOWED", "")
	if !strings.Contains(res.Header.Get("Allow"), "POST") {
		t.Errorf("Allow = %q, want POST", res.Header.Get("Allow"))
	}
}

func TestResumeBodyLimitIsTheRoutesOwn(t *testing.T) {
	// Routes that take no file keep the 1 MiB limit.
	a := newAPI(&routertest.Provider{})
	body := `{"candidate_id":"` + strings.Repeat("k", router.MaxBodyBytes) + `","job_id":"job_063"}`
	a.Do(t, "POST", "/dev/applications", body).WantError(t, http.StatusRequestEntityTooLarge, "BODY_TOO_LARGE", "")
}
