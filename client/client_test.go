package client_test

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/atsbridge/atsbridge/ats/preview"
	"github.com/atsbridge/atsbridge/client"
	"github.com/atsbridge/atsbridge/router/routertest"
	"github.com/atsbridge/atsbridge/store/memory"
)

// newServer serves the real router over the preview sandbox on the memory
// store, as `STORE=memory go run .` does, on a loopback port.
func newServer(t *testing.T) *httptest.Server {
	t.Helper()
	sb, err := preview.Open(t.Context(), memory.New(), time.Now)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(routertest.New(sb, routertest.Config("preview")).Handler)
	t.Cleanup(srv.Close)
	return srv
}

// newClient returns an SDK client of a fresh server; see newClientFor.
func newClient(t *testing.T) *client.ClientWithResponses {
	t.Helper()
	return newClientFor(t, newServer(t).URL)
}

// newClientFor returns an SDK client for the server at url, under its stage
// (/dev, as the deployed API's URL ends). Every response it receives is also
// checked against the OpenAPI document, as the router's own tests do.
func newClientFor(t *testing.T, url string) *client.ClientWithResponses {
	t.Helper()
	c, err := client.NewClientWithResponses(url+"/"+routertest.Stage,
		client.WithHTTPClient(&http.Client{Transport: specChecked{t, http.DefaultTransport}}))
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// specChecked passes each response through routertest.CheckSpec.
type specChecked struct {
	t    *testing.T
	next http.RoundTripper
}

func (s specChecked) RoundTrip(req *http.Request) (*http.Response, error) {
	res, err := s.next.RoundTrip(req)
	if err != nil {
		return nil, err
	}
	body, err := io.ReadAll(res.Body)
	_ = res.Body.Close()
	if err != nil {
		return nil, err
	}
	routertest.CheckSpec(s.t, req, res.StatusCode, res.Header, body)
	res.Body = io.NopCloser(bytes.NewReader(body))
	return res, nil
}

// TestSeedFlowsThroughTheSDK drives the four calls of the README's "Try
// it" through the generated client, against the real router.
func TestSeedFlowsThroughTheSDK(t *testing.T) {
	ctx := t.Context()
	c := newClient(t)

	// GET /dev/jobs
	jobs, err := c.ListJobsWithResponse(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if jobs.StatusCode() != 200 || jobs.JSON200 == nil {
		t.Fatalf("list jobs: status %d, want 200 with a list\n%s", jobs.StatusCode(), jobs.Body)
	}
	list := jobs.JSON200
	if len(list.Data) != 20 || list.Meta.Limit != 20 || !list.Meta.HasMore || list.Meta.NextCursor == nil {
		t.Errorf("list jobs: %d jobs, meta %+v; want the default page of 20 with more to come", len(list.Data), list.Meta)
	}
	if list.Mode != client.ModePreview || list.Provider != "workable" || !bool(list.Success) {
		t.Errorf("list jobs: mode %q, provider %q, success %v; want preview, workable, true", list.Mode, list.Provider, list.Success)
	}
	if list.RequestID == "" || list.RequestID != jobs.HTTPResponse.Header.Get("X-Request-Id") {
		t.Errorf("list jobs: request_id %q, X-Request-Id %q; want the same id", list.RequestID, jobs.HTTPResponse.Header.Get("X-Request-Id"))
	}

	// POST /dev/candidates {"job_id":"job_063","name":"Karan","email":"karan@example.com"}
	created, err := c.CreateCandidateWithResponse(ctx, nil, client.CandidateInput{JobID: new("job_063"), Name: new("Karan"), Email: "karan@example.com"})
	if err != nil {
		t.Fatal(err)
	}
	if created.StatusCode() != 201 || created.JSON201 == nil {
		t.Fatalf("create candidate: status %d, want 201\n%s", created.StatusCode(), created.Body)
	}
	karan := created.JSON201.Data
	if karan.Name != "Karan" || karan.Email != "karan@example.com" || len(karan.ApplicationIDs) != 1 {
		t.Errorf("create candidate: name %q, email %q, applications %v; want Karan, karan@example.com, one application", karan.Name, karan.Email, karan.ApplicationIDs)
	}
	if loc := created.HTTPResponse.Header.Get("Location"); loc != "/dev/candidates/"+karan.ID {
		t.Errorf("create candidate: Location %q, want /dev/candidates/%s", loc, karan.ID)
	}

	// POST /dev/applications {"candidate_id":"cand_001","job_id":"job_063"}
	applied, err := c.CreateApplicationWithResponse(ctx, nil, client.ApplicationInput{CandidateID: "cand_001", JobID: "job_063"})
	if err != nil {
		t.Fatal(err)
	}
	if applied.StatusCode() != 201 || applied.JSON201 == nil {
		t.Fatalf("create application: status %d, want 201\n%s", applied.StatusCode(), applied.Body)
	}
	app := applied.JSON201.Data
	if app.CandidateID != "cand_001" || app.JobID != "job_063" || app.Stage.Kind != client.StageKindApplied || app.Status != client.ApplicationStatusActive {
		t.Errorf("create application: %+v; want cand_001 on job_063, stage applied, status active", app)
	}

	// GET /dev/applications?page=1&limit=10
	page, err := c.ListApplicationsWithResponse(ctx, &client.ListApplicationsParams{Page: new(1), Limit: new(10)})
	if err != nil {
		t.Fatal(err)
	}
	if page.StatusCode() != 200 || page.JSON200 == nil {
		t.Fatalf("list applications: status %d, want 200\n%s", page.StatusCode(), page.Body)
	}
	if meta := page.JSON200.Meta; len(page.JSON200.Data) != 10 || meta.Limit != 10 || meta.Page == nil || *meta.Page != 1 {
		t.Errorf("list applications: %d items, meta %+v; want 10 items of page 1", len(page.JSON200.Data), meta)
	}

	// The writes read back through the SDK.
	got, err := c.GetCandidateWithResponse(ctx, karan.ID, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got.JSON200 == nil || got.JSON200.Data.Email != "karan@example.com" || !slices.Equal(got.JSON200.Data.ApplicationIDs, karan.ApplicationIDs) {
		t.Errorf("get candidate %s: status %d\n%s\nwant Karan with application %v", karan.ID, got.StatusCode(), got.Body, karan.ApplicationIDs)
	}
	gotApp, err := c.GetApplicationWithResponse(ctx, app.ID, nil)
	if err != nil {
		t.Fatal(err)
	}
	if gotApp.JSON200 == nil || gotApp.JSON200.Data.ID != app.ID || gotApp.JSON200.Data.AppliedAt.IsZero() {
		t.Errorf("get application %s: status %d\n%s", app.ID, gotApp.StatusCode(), gotApp.Body)
	}
}

// TestErrorsThroughTheSDK: each error arrives in the response field of its
// status as the one ErrorEnvelope, with a typed code to switch on.
func TestErrorsThroughTheSDK(t *testing.T) {
	ctx := t.Context()
	c := newClient(t)
	karan := client.CandidateInput{Name: new("Karan"), Email: "karan@example.com"}
	first, err := c.CreateCandidateWithResponse(ctx, nil, karan)
	if err != nil || first.JSON201 == nil {
		t.Fatalf("create candidate: %v\n%s", err, first.Body)
	}

	t.Run("CANDIDATE_EXISTS names the candidate there", func(t *testing.T) {
		again, err := c.CreateCandidateWithResponse(ctx, nil, karan)
		if err != nil {
			t.Fatal(err)
		}
		e := again.JSON409
		if again.StatusCode() != 409 || e == nil || again.JSON201 != nil {
			t.Fatalf("status %d\n%s\nwant 409 in JSON409 only", again.StatusCode(), again.Body)
		}
		if e.Code != client.ErrorCodeCANDIDATEEXISTS || len(e.Details) != 1 || e.Details[0].ExistingID == nil || *e.Details[0].ExistingID != first.JSON201.Data.ID {
			t.Errorf("got %+v, want CANDIDATE_EXISTS naming %s", e, first.JSON201.Data.ID)
		}
		if bool(e.Success) || e.Message == "" || e.RequestID != again.HTTPResponse.Header.Get("X-Request-Id") {
			t.Errorf("envelope %+v: want success false, a message and the request id", e)
		}
	})

	t.Run("NOT_FOUND for an unknown job", func(t *testing.T) {
		res, err := c.GetJobWithResponse(ctx, "job_999", nil)
		if err != nil {
			t.Fatal(err)
		}
		if res.JSON404 == nil || res.JSON404.Code != client.ErrorCodeNOTFOUND || !strings.Contains(res.JSON404.Message, "job_999") {
			t.Errorf("status %d\n%s\nwant 404 NOT_FOUND naming job_999", res.StatusCode(), res.Body)
		}
	})

	t.Run("INPUT_INVALID names the parameter", func(t *testing.T) {
		res, err := c.ListJobsWithResponse(ctx, &client.ListJobsParams{Limit: new(0)})
		if err != nil {
			t.Fatal(err)
		}
		if res.JSON400 == nil || res.JSON400.Code != client.ErrorCodeINPUTINVALID || len(res.JSON400.Details) != 1 || *res.JSON400.Details[0].Field != "limit" {
			t.Errorf("status %d\n%s\nwant 400 INPUT_INVALID with one detail for limit", res.StatusCode(), res.Body)
		}
	})

	t.Run("JOB_NOT_OPEN for a closed job", func(t *testing.T) {
		closed, err := c.ListJobsWithResponse(ctx, &client.ListJobsParams{Status: []client.JobStatus{client.JobStatusClosed}, Limit: new(1)})
		if err != nil || closed.JSON200 == nil || len(closed.JSON200.Data) != 1 {
			t.Fatalf("list closed jobs: %v\n%s", err, closed.Body)
		}
		job := closed.JSON200.Data[0]
		if job.Status != client.JobStatusClosed {
			t.Fatalf("status filter: got a %s job", job.Status)
		}
		res, err := c.CreateApplicationWithResponse(ctx, nil, client.ApplicationInput{CandidateID: "cand_001", JobID: job.ID})
		if err != nil {
			t.Fatal(err)
		}
		if res.JSON409 == nil || res.JSON409.Code != client.ErrorCodeJOBNOTOPEN {
			t.Errorf("status %d\n%s\nwant 409 JOB_NOT_OPEN", res.StatusCode(), res.Body)
		}
	})

	t.Run("CURSOR_INVALID for a cursor of other filters", func(t *testing.T) {
		open, err := c.ListJobsWithResponse(ctx, &client.ListJobsParams{Status: []client.JobStatus{client.JobStatusOpen}, Limit: new(1)})
		if err != nil || open.JSON200 == nil || open.JSON200.Meta.NextCursor == nil {
			t.Fatalf("list open jobs: %v\n%s", err, open.Body)
		}
		res, err := c.ListJobsWithResponse(ctx, &client.ListJobsParams{Cursor: open.JSON200.Meta.NextCursor, Limit: new(1)})
		if err != nil {
			t.Fatal(err)
		}
		if res.JSON400 == nil || res.JSON400.Code != client.ErrorCodeCURSORINVALID {
			t.Errorf("status %d\n%s\nwant 400 CURSOR_INVALID", res.StatusCode(), res.Body)
		}
	})
}

// TestCursorWalkThroughTheSDK: walking a filtered list with the cursor the
// SDK hands back yields the list that page mode yields, each item once.
func TestCursorWalkThroughTheSDK(t *testing.T) {
	ctx := t.Context()
	c := newClient(t)
	open := []client.JobStatus{client.JobStatusOpen}

	var walked []string
	params := &client.ListJobsParams{Status: open, Limit: new(25)}
	for {
		res, err := c.ListJobsWithResponse(ctx, params)
		if err != nil {
			t.Fatal(err)
		}
		if res.JSON200 == nil {
			t.Fatalf("cursor walk: status %d\n%s", res.StatusCode(), res.Body)
		}
		for _, j := range res.JSON200.Data {
			if j.Status != client.JobStatusOpen {
				t.Errorf("job %s is %s in a walk of open jobs", j.ID, j.Status)
			}
			walked = append(walked, j.ID)
		}
		if !res.JSON200.Meta.HasMore {
			break
		}
		params.Cursor = res.JSON200.Meta.NextCursor
	}

	var paged []string
	for n := 1; ; n++ {
		res, err := c.ListJobsWithResponse(ctx, &client.ListJobsParams{Status: open, Limit: new(25), Page: new(n)})
		if err != nil || res.JSON200 == nil {
			t.Fatalf("page %d: %v\n%s", n, err, res.Body)
		}
		for _, j := range res.JSON200.Data {
			paged = append(paged, j.ID)
		}
		if !res.JSON200.Meta.HasMore {
			break
		}
	}
	if len(walked) != 91 || !slices.Equal(walked, paged) {
		t.Errorf("cursor walk gave %d jobs, pages gave %d; want the seed's 91 open jobs, the same in both", len(walked), len(paged))
	}
	slices.Sort(walked)
	if len(slices.Compact(walked)) != len(paged) {
		t.Errorf("the cursor walk repeated a job")
	}
}

// TestIncludeRawAndRequestIDThroughTheSDK: the typed parameters reach the
// router: include=raw adds the provider's own object (a free-form map),
// and X-Request-Id is echoed.
func TestIncludeRawAndRequestIDThroughTheSDK(t *testing.T) {
	c := newClient(t)
	res, err := c.GetJobWithResponse(t.Context(), "job_063", &client.GetJobParams{Include: new(client.IncludeRaw), XRequestID: new("sdk-trace-0001")})
	if err != nil {
		t.Fatal(err)
	}
	if res.JSON200 == nil {
		t.Fatalf("status %d\n%s", res.StatusCode(), res.Body)
	}
	job := res.JSON200.Data
	if job.ID != "job_063" || job.Raw == nil || len(*job.Raw) == 0 || job.Description == nil {
		t.Errorf("job %s: raw %v, description %v; want job_063 with its raw object and description", job.ID, job.Raw, job.Description)
	}
	if res.JSON200.RequestID != "sdk-trace-0001" || res.HTTPResponse.Header.Get("X-Request-Id") != "sdk-trace-0001" {
		t.Errorf("request id %q, header %q; want the one sent", res.JSON200.RequestID, res.HTTPResponse.Header.Get("X-Request-Id"))
	}
	plain, err := c.GetJobWithResponse(context.Background(), "job_063", nil)
	if err != nil || plain.JSON200 == nil || plain.JSON200.Data.Raw != nil {
		t.Errorf("without include: raw %v, want none", plain.JSON200)
	}
}

// TestParseResumeThroughTheSDK: the JSON form of POST /resumes/parse, with
// the file as bytes the SDK base64-encodes, answers the candidate fields
// ready for CreateCandidate.
func TestParseResumeThroughTheSDK(t *testing.T) {
	c := newClient(t)
	var upload client.ResumeUpload
	upload.Resume.Filename = new("maya-chen.txt")
	upload.Resume.ContentType = new("text/plain")
	upload.Resume.Data = []byte("Maya Chen\nSenior Software Engineer\nmaya.chen@example.com | (617) 555-0199\n\nExperience\nWayfair, Senior Software Engineer, 2021 - Present\nBuilt the order service in Go.\n\nEducation\nNortheastern University, B.S. Computer Science, 2013 - 2017\n")
	res, err := c.ParseResumeWithResponse(t.Context(), nil, upload)
	if err != nil {
		t.Fatal(err)
	}
	if res.JSON200 == nil {
		t.Fatalf("status %d\n%s", res.StatusCode(), res.Body)
	}
	got := res.JSON200.Data.Candidate
	if got.Email == nil || *got.Email != "maya.chen@example.com" || got.Name == nil || *got.Name != "Maya Chen" {
		t.Errorf("candidate %+v, want Maya Chen at maya.chen@example.com\n%s", got, res.Body)
	}
}
