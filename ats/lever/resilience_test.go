package lever_test

import (
	"encoding/base64"
	"strings"
	"testing"
	"time"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/lever"
	"github.com/atsbridge/atsbridge/ats/lever/levertest"
)

// Lever takes the key as the Basic user name, and writes name the user
// they act as; the User-Agent every live provider sends is
// atstest.RunLive's rule.
func TestRequestsCarryBasicAuth(t *testing.T) {
	h := newHarness(t, unlimited(), nil)
	if _, err := h.client.CreateCandidate(ctx(t), ats.CandidateInput{Name: "A B", Email: "ab@example.com", JobID: h.data.Sales.ID}); err != nil {
		t.Fatal(err)
	}
	want := "Basic " + base64.StdEncoding.EncodeToString([]byte(testKey+":"))
	for _, r := range h.fake.Requests() {
		if r.Authorization != want {
			t.Errorf("%s %s: Authorization %q, want Basic with the key and an empty password", r.Method, r.Path, r.Authorization)
		}
		if (r.Method == "POST" || r.Method == "PUT") && r.Query.Get("perform_as") != levertest.UserAdmin {
			t.Errorf("%s %s without perform_as", r.Method, r.Path)
		}
	}
}

// A single read's answer is {"data": {...}}: one without the record is
// malformed. (Slow and malformed answers in general are atstest.RunLive's
// rules.)
func TestASingleReadWithoutItsRecordIsMalformed(t *testing.T) {
	h := newHarness(t, unlimited(), nil)
	job := h.data.Backend.ID
	h.fake.Inject(levertest.Fault{Path: "/postings/" + job, SuccessBody: new(`{"data":null}`)})
	_, err := h.client.Job(ctx(t), job, ats.ReadOptions{})
	wantCode(t, err, ats.CodeUpstreamUnavailable)
}

func TestLeversErrorBodies(t *testing.T) {
	h := newHarness(t, unlimited(), nil)
	h.fake.Inject(levertest.Fault{Method: "POST", Path: "/opportunities", Status: 400,
		Body: `{"code":"BadRequestError","message":"Invalid email address someone@example.com for ` + testKey + `"}`})
	_, err := h.client.CreateCandidate(ctx(t), ats.CandidateInput{Name: "A", Email: "someone@example.com"})
	e := wantCode(t, err, ats.CodeUpstreamRejected)
	if !strings.Contains(e.Message, "Invalid email address [email]") || strings.Contains(e.Message, "someone@") {
		t.Errorf("message %q: want Lever's, with the email redacted", e.Message)
	}

	bad := newHarness(t, unlimited(), func(c *lever.Config) { c.APIKey = "lv-not-the-key" })
	_, err = bad.client.ListJobs(ctx(t), ats.JobQuery{})
	if e := wantCode(t, err, ats.CodeUpstreamAuthFailed); !strings.Contains(e.Message, "ATS_API_KEY") || strings.Contains(e.Message, "lv-not-the-key") {
		t.Errorf("message %q", e.Message)
	}
}

func TestWritesWhenUsersCannotBeListed(t *testing.T) {
	h := newHarness(t, unlimited(), nil)
	h.fake.Inject(levertest.Fault{Path: "/users", Status: 403})
	_, err := h.client.CreateCandidate(ctx(t), ats.CandidateInput{Name: "A", Email: "a@example.com"})
	if e := wantCode(t, err, ats.CodeUpstreamAuthFailed); !strings.Contains(e.Message, "LEVER_USER_ID") {
		t.Errorf("message %q does not say to set LEVER_USER_ID", e.Message)
	}
	if n := h.fake.Count("POST", "/opportunities"); n != 0 {
		t.Errorf("wrote %d times without an actor", n)
	}
	h.fake.SetUsers([]levertest.User{{ID: levertest.UserFormerAdmin, AccessRole: "admin", DeactivatedAt: new(time.Now())}})
	_, err = h.client.CreateCandidate(ctx(t), ats.CandidateInput{Name: "A", Email: "a@example.com"})
	if e := wantCode(t, err, ats.CodeUpstreamRejected); !strings.Contains(e.Message, "LEVER_USER_ID") {
		t.Errorf("message %q does not say to set LEVER_USER_ID", e.Message)
	}
}

// Lever's next tokens go back as they came: encoded once, never twice.
func TestOffsetTokensGoBackAsLeverSentThem(t *testing.T) {
	h := newHarness(t, unlimited(), nil)
	h.fake.AddApplicants(60, h.data.Success)
	got, pages := walkAll(t, 9, func(w ats.Window) (ats.Page[ats.Application], error) {
		return h.client.ListApplications(ctx(t), ats.ApplicationQuery{Window: w, JobID: h.data.Success.ID})
	})
	if len(got) < 60 || pages < 7 {
		t.Fatalf("walked %d applications in %d pages", len(got), pages)
	}
	offsets := 0
	for _, r := range h.fake.Requests() {
		if r.Query.Get("offset") == "" {
			continue
		}
		offsets++
		if r.DoubleEncodedOffset || !strings.Contains(r.RawQuery, "offset=%5B") {
			t.Errorf("offset sent as %s", r.RawQuery)
		}
	}
	if offsets == 0 {
		t.Error("no request carried an offset")
	}
}
