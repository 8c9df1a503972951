package workable_test

import (
	"context"
	"testing"
	"time"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/atstest"
	"github.com/atsbridge/atsbridge/ats/workable"
	"github.com/atsbridge/atsbridge/ats/workable/workabletest"
	"github.com/atsbridge/atsbridge/router/routertest"
)

// TestLive runs the live suites (routertest.RunLive: the rules every live
// provider keeps, through the client and through the API) on the Workable
// client against its fake.
func TestLive(t *testing.T) { routertest.RunLive(t, liveFixture()) }

// liveFixture is Workable for the live suites: errors are
// {"error": "..."}, lists link to their next page in paging.next, and the
// token's limit is a fixed window (here 10 per 50 ms, for a quick burst).
func liveFixture() atstest.LiveFixture {
	return atstest.LiveFixture{
		Name: "workable", Open: openLive, ListPath: "/jobs",
		ErrorBody:     `{"error":%q}`,
		Refusal:       workabletest.Fault{Status: 403, Body: `{"error":"SPI access required"}`},
		RefusalText:   "SPI access required",
		CredentialVar: "ATS_API_KEY", WrongText: "Not authorized",
		Invalid:      workabletest.Fault{Status: 422, Body: `{"error":"Validation failed","validation_errors":{"phone":["is invalid"]}}`},
		InvalidSays:  "is invalid",
		InvalidField: "phone",
		// The department filter is ours, so a page of 30 Sales jobs (every
		// 4th) needs the second upstream page of 100.
		NextPage: func(ctx context.Context, p ats.Provider) (int, error) {
			pg, err := p.ListJobs(ctx, ats.JobQuery{Window: ats.Window{Limit: 30}, Department: "Sales"})
			return len(pg.Items), err
		},
		NextPageItems: 30,
		Burst: func(t *testing.T) (ats.Provider, atstest.Upstream) {
			h := newHarness(t, workabletest.Options{Token: testToken, RateLimit: 10, RateWindow: 50 * time.Millisecond}, nil)
			h.fake.SeedJobs(40)
			return h.client, h.fake
		},
		BurstSize: 100,
	}
}

// openLive is the Workable client over a fake holding 150 generated jobs
// (every 5th closed) and 40 candidates.
func openLive(t *testing.T, k atstest.Knobs) atstest.Live {
	h := newHarness(t, fastOptions(), func(c *workable.Config) {
		if k.Timeout > 0 {
			c.Timeout = k.Timeout
		}
		if k.OneConnection {
			oneConnection(c)
		}
		if k.WrongCredentials {
			c.Token = "wk-not-the-token"
		}
	})
	jobs := h.fake.SeedJobs(150)
	cands := h.fake.SeedCandidates(40)
	open, other, closed := jobs[0].Shortcode, jobs[1].Shortcode, jobs[4].Shortcode
	var ids []string
	for _, j := range jobs {
		ids = append(ids, j.Shortcode)
	}
	return atstest.Live{
		Provider: h.client, Fake: h.fake, BaseURL: h.fake.URL, Secrets: []string{testToken},
		JobID: open, ReadPath: "/jobs/" + open, OtherJob: other, RawKey: "shortcode", RawValue: open,
		ClosedJob: closed, UnknownJob: "NOSUCHJOB0", UnknownApplication: "deadbeef", Jobs: ids,
		Create:     ats.CandidateInput{Name: "Karan Mehta", Email: "karan@example.com", JobID: open},
		CreatePath: "/jobs/" + open + "/candidates",
		Existing:   ats.Candidate{ID: cands[0].ID, Email: cands[0].Email}, ExistingJob: cands[0].JobShortcode,
		Pipeline: atstest.LivePipeline{Stages: 8,
			Stage:    ats.JobStage{ID: "phone-screen", Name: "Phone Screen", Kind: ats.StageScreening, Position: 2},
			Reason:   ats.RejectionReason{ID: "d1b1", Name: "Accepted another offer", Kind: ats.ReasonWithdrawn},
			Rejected: ats.ApplicationWithdrawn},
	}
}
