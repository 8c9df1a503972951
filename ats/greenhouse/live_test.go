package greenhouse_test

import (
	"context"
	"net/http"
	"slices"
	"testing"
	"time"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/atstest"
	"github.com/atsbridge/atsbridge/ats/greenhouse"
	"github.com/atsbridge/atsbridge/ats/greenhouse/greenhousetest"
	"github.com/atsbridge/atsbridge/router/routertest"
)

// TestLive runs the live suites (routertest.RunLive: the rules every live
// provider keeps, through the client and through the API) on the Greenhouse
// client against its fake.
func TestLive(t *testing.T) { routertest.RunLive(t, liveFixture()) }

// liveFixture is Greenhouse for the live suites: errors are
// {"message": "...", "errors": [...]}, lists link to their next page in a
// Link header, a 401 makes the client fetch a fresh token once, and the
// limit is a window (here 50 a second, for a burst that needs two).
func liveFixture() atstest.LiveFixture {
	return atstest.LiveFixture{
		Name: "greenhouse", Open: openLive, ListPath: "/jobs",
		ErrorBody:     `{"message":%q}`,
		Refusal:       greenhousetest.Fault{Status: 403, Body: `{"message":"Forbidden"}`},
		RefusalText:   "Forbidden",
		CredentialVar: "GREENHOUSE_CLIENT_SECRET", WrongText: "invalid_client",
		Reauthorizes: true,
		Invalid: greenhousetest.Fault{Status: 422,
			Body: `{"message":"Unprocessable Content","errors":[{"phone_numbers[0].value":"is not a phone number"}]}`},
		InvalidSays:  "is not a phone number",
		InvalidField: "phone_numbers[0].value",
		// A page of 5, and the next one through its stored Link next.
		NextPage: func(ctx context.Context, p ats.Provider) (int, error) {
			first, err := p.ListJobs(ctx, ats.JobQuery{Window: ats.Window{Limit: 5}})
			if err != nil {
				return 0, err
			}
			second, err := p.ListJobs(ctx, ats.JobQuery{Window: ats.Window{Limit: 5, Cursor: first.Next}})
			return len(first.Items) + len(second.Items), err
		},
		NextPageItems: 10,
		Burst: func(t *testing.T) (ats.Provider, atstest.Upstream) {
			h := newHarness(t, greenhousetest.Options{RateLimit: 50, RateWindow: time.Second}, nil)
			h.fake.Seed()
			return h.client, h.fake
		},
		BurstSize: 50, BurstLookups: 2, // departments and offices
	}
}

// openLive is the Greenhouse client over a fake holding greenhousetest's
// seed dataset.
func openLive(t *testing.T, k atstest.Knobs) atstest.Live {
	h := newHarness(t, fastOptions(), func(c *greenhouse.Config) {
		if k.Timeout > 0 {
			c.Timeout = k.Timeout
		}
		if k.OneConnection {
			c.HTTPClient = &http.Client{Transport: &http.Transport{MaxConnsPerHost: 1}}
		}
		if k.WrongCredentials {
			c.ClientSecret = "gh-SECRET-wrong-0000"
		}
	})
	d := h.fake.Seed()
	var open []greenhousetest.Job
	for _, j := range slices.Backward(d.Jobs) {
		if j.Status == "open" {
			open = append(open, j)
		}
	}
	job := id(open[0].ID)
	stages := h.fake.JobStages(open[0].ID)
	return atstest.Live{
		Provider: h.client, Fake: h.fake, BaseURL: h.fake.URL, Secrets: []string{h.fake.ClientSecret},
		JobID: job, ReadPath: "/jobs", OtherJob: id(open[1].ID), RawKey: "name", RawValue: open[0].Name,
		ClosedJob: id(d.Jobs[4].ID), UnknownJob: "4012999", UnknownApplication: "4299999999", Jobs: seededJobIDs(d, nil),
		Create:     ats.CandidateInput{Name: "Karan Mehta", Email: "karan@example.com", JobID: job},
		CreatePath: "/candidates",
		Existing:   ats.Candidate{ID: id(d.Candidates[0].ID), Email: d.Candidates[0].Emails[0].Value},
		Pipeline: atstest.LivePipeline{Stages: len(stages),
			Stage:    ats.JobStage{ID: id(stages[1].ID), Name: stages[1].Name, Kind: ats.StageScreening, Position: 1},
			Reason:   ats.RejectionReason{ID: id(d.Reasons[0].ID), Name: d.Reasons[0].Name, Kind: ats.ReasonRejected},
			Rejected: ats.ApplicationRejected, ReasonRequired: true, Notifies: true},
	}
}
