package main

import (
	"bytes"
	"encoding/json"
	"io"
	"mime/multipart"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/johannesboyne/gofakes3"
	"github.com/johannesboyne/gofakes3/backend/s3mem"

	"github.com/atsbridge/atsbridge/store/dynamodb/dynalitetest"
)

// TestRunKeepsResumes checks, through the whole program, that the sandbox
// keeps a resume where its store keeps records, across a restart: with
// SQLite in DATA_DIR/resumes, with DynamoDB in the RESUME_BUCKET bucket
// (of a local S3 server, through S3_ENDPOINT). Without RESUME_BUCKET a
// DynamoDB sandbox keeps no files, says so at start, and answers an
// upload with 501.
func TestRunKeepsResumes(t *testing.T) {
	pdf, err := os.ReadFile(filepath.Join("resume", "testdata", "resumes", "chen-chromium-one.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	t.Run("sqlite", func(t *testing.T) {
		dir := t.TempDir()
		uploadRestartDownload(t, previewEnv(dir), pdf)
		if _, err := os.Stat(filepath.Join(dir, "resumes", "cand_321")); err != nil {
			t.Errorf("no file named by the candidate's id beside the database: %v", err)
		}
	})
	t.Run("dynamodb and s3", func(t *testing.T) {
		useFakeAWS(t)
		s3 := httptest.NewServer(gofakes3.New(s3mem.New()).Server())
		t.Cleanup(s3.Close)
		uploadRestartDownload(t, map[string]string{
			"PORT": "0", "STORE": "dynamodb", "LOG_FORMAT": "json",
			"DYNAMODB_TABLE": dynalitetest.Table(t), "DYNAMODB_ENDPOINT": dynalitetest.Endpoint(t),
			"RESUME_BUCKET": "atsbridge-resumes", "S3_ENDPOINT": s3.URL,
		}, pdf)
	})
	t.Run("dynamodb without a bucket", func(t *testing.T) {
		useFakeAWS(t)
		base, out, _ := startRun(t, map[string]string{
			"PORT": "0", "STORE": "dynamodb", "LOG_FORMAT": "json",
			"DYNAMODB_TABLE": dynalitetest.Table(t), "DYNAMODB_ENDPOINT": dynalitetest.Endpoint(t),
		})
		if !strings.Contains(out.String(), "keeps no resume files") {
			t.Errorf("the start log does not say that no files are kept:\n%s", out)
		}
		status, body := postForm(t, base+"/dev/candidates", pdf, "nobucket@example.com")
		if status != 501 || !strings.Contains(body, "RESUME_BUCKET") {
			t.Errorf("upload without a bucket: %d %s, want 501 naming RESUME_BUCKET", status, body)
		}
	})
}

// uploadRestartDownload creates a candidate with the file, restarts the
// program on the same configuration and reads the file back.
func uploadRestartDownload(t *testing.T, env map[string]string, pdf []byte) {
	t.Helper()
	base, _, stop := startRun(t, env)
	status, body := postForm(t, base+"/dev/candidates", pdf, "kept.resume@example.com")
	var created struct {
		Data struct {
			ID        string `json:"id"`
			ResumeURL string `json:"resume_url"`
		}
	}
	if err := json.Unmarshal([]byte(body), &created); status != 201 || err != nil {
		t.Fatalf("create with a resume: %d %s", status, body)
	}
	if err := stop(); err != nil {
		t.Fatal(err)
	}
	base, _, _ = startRun(t, env)
	res, err := testClient.Get(base + created.Data.ResumeURL)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	got, _ := io.ReadAll(res.Body)
	if res.StatusCode != 200 || !bytes.Equal(got, pdf) || res.Header.Get("Content-Type") != "application/pdf" {
		t.Errorf("after a restart, GET %s: %d %q, %d bytes (same %v)", created.Data.ResumeURL, res.StatusCode, res.Header.Get("Content-Type"), len(got), bytes.Equal(got, pdf))
	}
}

// postForm posts a candidate form with the file and returns the status and body.
func postForm(t *testing.T, url string, file []byte, email string) (int, string) {
	t.Helper()
	var b bytes.Buffer
	mw := multipart.NewWriter(&b)
	mw.WriteField("name", "Kept Resume")
	mw.WriteField("email", email)
	w, _ := mw.CreateFormFile("resume", "cv.pdf")
	w.Write(file)
	mw.Close()
	res, err := testClient.Post(url, mw.FormDataContentType(), &b)
	if err != nil {
		t.Fatalf("POST %s: %v", url, err)
	}
	defer res.Body.Close()
	body, _ := io.ReadAll(res.Body)
	return res.StatusCode, string(body)
}
