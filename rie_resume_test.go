//go:build linux

package main

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"io"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/aws/aws-lambda-go/events"
	"github.com/johannesboyne/gofakes3"
	"github.com/johannesboyne/gofakes3/backend/s3mem"

	"github.com/atsbridge/atsbridge/store/dynamodb/dynalitetest"
)

// TestLambdaResumesUnderRIE runs resume upload and download through the
// real bootstrap under the Lambda Runtime Interface Emulator, with REST
// API events as API Gateway sends them when it treats every type as
// binary (the stack's */*): the body base64-encoded. A real PDF goes in as
// a form and as JSON base64, and comes out byte for byte; a 4 MiB file,
// the largest taken, fits the invocation as a form.
func TestLambdaResumesUnderRIE(t *testing.T) {
	rie, bootstrap := buildLambdaBinaries(t)
	// As in the cloud: the records in DynamoDB, the files in S3 (a local
	// S3 server on loopback).
	bucket := httptest.NewServer(gofakes3.New(s3mem.New()).Server())
	t.Cleanup(bucket.Close)
	p := startRIE(t, rie, bootstrap, dynalitetest.Table(t), "RESUME_BUCKET=atsbridge-resumes", "S3_ENDPOINT="+bucket.URL)
	pdf, err := os.ReadFile(filepath.Join("resume", "testdata", "resumes", "chen-chromium-one.pdf"))
	if err != nil {
		t.Fatal(err)
	}

	t.Run("a form in, the same bytes out", func(t *testing.T) {
		body, ct := resumeForm(t, pdf, "maya.rie-form@example.com")
		id := createUnderRIE(t, p, body, ct)
		wantDownload(t, p, id, pdf)
	})

	t.Run("JSON base64 in, the same bytes out", func(t *testing.T) {
		body, _ := json.Marshal(map[string]any{"name": "Maya Chen", "email": "maya.rie-json@example.com",
			"resume": map[string]string{"filename": "cv.pdf", "data": base64.StdEncoding.EncodeToString(pdf)}})
		id := createUnderRIE(t, p, body, "application/json")
		wantDownload(t, p, id, pdf)
	})

	t.Run("a 4 MiB file fits the invocation", func(t *testing.T) {
		big := append(bytes.Clone(pdf), "\n%"...)
		for len(big) < 4<<20 {
			big = append(big, byte('A'+len(big)%26))
		}
		big = big[:4<<20]
		body, ct := resumeForm(t, big, "maya.rie-big@example.com")
		id := createUnderRIE(t, p, body, ct)
		wantDownload(t, p, id, big)
	})
}

// lambdaPayloadLimit is Lambda's limit on a synchronous invocation's
// payload, each way: the emulator does not enforce it, so the test does.
const lambdaPayloadLimit = 6 << 20

// resumeForm is a multipart form with a candidate's fields and the file.
func resumeForm(t *testing.T, file []byte, email string) ([]byte, string) {
	t.Helper()
	var b bytes.Buffer
	mw := multipart.NewWriter(&b)
	mw.WriteField("name", "Maya Chen")
	mw.WriteField("email", email)
	mw.WriteField("job_id", "job_063")
	w, err := mw.CreateFormFile("resume", "Maya Chen CV.pdf")
	if err != nil {
		t.Fatal(err)
	}
	w.Write(file)
	mw.Close()
	return b.Bytes(), mw.FormDataContentType()
}

// binaryEvent is a REST API event for method and path with body, encoded
// as API Gateway encodes a binary body.
func binaryEvent(t *testing.T, method, path string, body []byte, contentType string) []byte {
	t.Helper()
	return v1Event(t, "v1-post-candidate.json", func(ev *events.APIGatewayProxyRequest) {
		ev.HTTPMethod, ev.Path, ev.RequestContext.HTTPMethod = method, path, method
		ev.RequestContext.Path = "/dev" + path
		ev.PathParameters = map[string]string{"proxy": path[1:]}
		ev.Body, ev.IsBase64Encoded = base64.StdEncoding.EncodeToString(body), body != nil
		ev.Headers["Accept"], ev.MultiValueHeaders["Accept"] = "*/*", []string{"*/*"}
		if body == nil {
			delete(ev.Headers, "Content-Type")
			delete(ev.MultiValueHeaders, "Content-Type")
			ev.Body = ""
		} else {
			ev.Headers["Content-Type"], ev.MultiValueHeaders["Content-Type"] = contentType, []string{contentType}
		}
		n := strconv.Itoa(len(body))
		ev.Headers["Content-Length"], ev.MultiValueHeaders["Content-Length"] = n, []string{n}
	})
}

// invokeRaw sends one event and returns the function's reply as API
// Gateway receives it, whatever its body.
func invokeRaw(t *testing.T, p *rieProcess, event []byte) gatewayResponse {
	t.Helper()
	res, err := rieClient.Post(p.invokeURL, "application/json", bytes.NewReader(event))
	if err != nil {
		t.Fatalf("invoke: %v\n%s", err, p.out)
	}
	defer res.Body.Close()
	reply, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	var gw gatewayResponse
	if res.StatusCode != http.StatusOK || json.Unmarshal(reply, &gw) != nil || gw.StatusCode == 0 {
		t.Fatalf("RIE answered %d: %.500s\n%s", res.StatusCode, reply, p.out)
	}
	return gw
}

// createUnderRIE creates a candidate and returns its id, checking that its
// resume_url is this API's path under the stage.
func createUnderRIE(t *testing.T, p *rieProcess, body []byte, contentType string) string {
	t.Helper()
	event := binaryEvent(t, http.MethodPost, "/candidates", body, contentType)
	if len(event) > lambdaPayloadLimit {
		t.Errorf("the event is %d bytes, over Lambda's %d-byte invocation limit", len(event), lambdaPayloadLimit)
	}
	gw := invokeRaw(t, p, event)
	var env envelopeBody
	if gw.StatusCode != http.StatusCreated || gw.IsBase64Encoded || json.Unmarshal([]byte(gw.Body), &env) != nil {
		t.Fatalf("create: %d (base64 %v): %.500s", gw.StatusCode, gw.IsBase64Encoded, gw.Body)
	}
	var c struct {
		ID        string `json:"id"`
		ResumeURL string `json:"resume_url"`
	}
	if err := json.Unmarshal(env.Data, &c); err != nil {
		t.Fatal(err)
	}
	if want := "/dev/candidates/" + c.ID + "/resume"; c.ResumeURL != want {
		t.Errorf("resume_url %q, want %q", c.ResumeURL, want)
	}
	return c.ID
}

// wantDownload fetches the candidate's resume and compares it with want.
func wantDownload(t *testing.T, p *rieProcess, id string, want []byte) {
	t.Helper()
	gw := invokeRaw(t, p, binaryEvent(t, http.MethodGet, "/candidates/"+id+"/resume", nil, ""))
	if gw.StatusCode != http.StatusOK || !gw.IsBase64Encoded {
		t.Fatalf("download: %d, base64 %v: %.300s", gw.StatusCode, gw.IsBase64Encoded, gw.Body)
	}
	got, err := base64.StdEncoding.DecodeString(gw.Body)
	if err != nil {
		t.Fatalf("download body is not base64: %v", err)
	}
	if !bytes.Equal(got, want) || gw.header("Content-Type") != "application/pdf" ||
		gw.header("Content-Disposition") != `attachment; filename="Maya Chen CV.pdf"` && gw.header("Content-Disposition") != `attachment; filename="cv.pdf"` {
		t.Errorf("download: %d bytes (same %v), %q, %q", len(got), bytes.Equal(got, want), gw.header("Content-Type"), gw.header("Content-Disposition"))
	}
	if n := len(gw.Body); n > lambdaPayloadLimit {
		t.Errorf("the reply's body is %d bytes, over Lambda's %d-byte limit", n, lambdaPayloadLimit)
	}
}
