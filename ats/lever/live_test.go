package lever_test

import (
	"fmt"
	"net/http"
	"testing"
	"time"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/atstest"
	"github.com/atsbridge/atsbridge/ats/lever"
	"github.com/atsbridge/atsbridge/ats/lever/levertest"
	"github.com/atsbridge/atsbridge/router/routertest"
)

// TestLive runs the live suites (routertest.RunLive: the rules every live
// provider keeps, through the client and through the API) on the Lever
// client against its fake.
func TestLive(t *testing.T) { routertest.RunLive(t, liveFixture()) }

// liveFixture is Lever for the live suites: errors are {"code", "message"},
// lists page by token (no links to check), a refused list is asked once
// more without confidential records, and the limit is a token bucket, at
// Lever's own numbers (10/s, bursts of 20).
func liveFixture() atstest.LiveFixture {
	return atstest.LiveFixture{
		Name: "lever", Open: openLive, ListPath: "/postings",
		ErrorBody:     `{"code":"BadRequestError","message":%q}`,
		Refusal:       levertest.Fault{Status: 403, Times: 2, Body: `{"code":"ForbiddenError","message":"API key lacks postings:read"}`},
		RefusalText:   "API key lacks postings:read",
		CredentialVar: "ATS_API_KEY", WrongText: "Invalid API key",
		Invalid:     levertest.Fault{Status: 400, Body: `{"code":"BadRequestError","message":"phones must be valid"}`},
		InvalidSays: "phones must be valid",
		Burst: func(t *testing.T) (ats.Provider, atstest.Upstream) {
			h := newHarness(t, levertest.Options{}, func(c *lever.Config) { c.RateLimit, c.RateBurst = 0, 0 })
			return h.client, h.fake
		},
		BurstSize: 50,
		Slow:      "takes three seconds: 30 requests past the burst at 10/s",
	}
}

// openLive is the Lever client over a fake holding levertest's seed
// dataset and 20 more published postings, so that jobs page.
func openLive(t *testing.T, k atstest.Knobs) atstest.Live {
	h := newHarness(t, unlimited(), func(c *lever.Config) {
		if k.Timeout > 0 {
			c.Timeout = k.Timeout
		}
		if k.OneConnection {
			c.HTTPClient = &http.Client{Transport: &http.Transport{MaxConnsPerHost: 1}}
		}
		if k.WrongCredentials {
			c.APIKey = "lv-not-the-key"
		}
	})
	d := h.data
	for i := range 20 {
		at := time.Date(2026, 1, 6, 9, i, 0, 0, time.UTC)
		h.fake.AddPosting(levertest.Posting{Text: fmt.Sprintf("Generated Role %02d", i), Team: "Engineering",
			Location: "Remote", Commitment: "Full-time", CreatedAt: at, UpdatedAt: at})
	}
	var ids []string
	for _, p := range h.fake.Postings() {
		ids = append(ids, p.ID)
	}
	return atstest.Live{
		Provider: h.client, Fake: h.fake, BaseURL: h.fake.URL, Secrets: []string{testKey},
		JobID: d.Backend.ID, ReadPath: "/postings/" + d.Backend.ID, OtherJob: d.Sales.ID, RawKey: "text", RawValue: d.Backend.Text,
		ClosedJob: d.Designer.ID, UnknownJob: "c0ffee00-0000-4000-8000-000000000000", UnknownApplication: "deadbeef", Jobs: ids,
		Create:     ats.CandidateInput{Name: "Karan Mehta", Email: "karan@example.com", JobID: d.Backend.ID},
		CreatePath: "/opportunities",
		Existing:   ats.Candidate{ID: d.JaneLead.ContactID, Email: "jane@example.com"}, ExistingJob: d.Backend.ID,
		Pipeline: atstest.LivePipeline{Stages: len(levertest.DefaultStages()),
			Stage:    ats.JobStage{ID: levertest.StageRecruiterScreen, Name: "Recruiter screen", Kind: ats.StageScreening, Position: 4},
			Reason:   ats.RejectionReason{ID: levertest.ReasonUnderqualified, Name: "Underqualified", Kind: ats.ReasonRejected},
			Rejected: ats.ApplicationRejected, ReasonRequired: true},
	}
}
