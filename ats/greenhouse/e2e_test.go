package greenhouse_test

import (
	"net/url"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/jonboulle/clockwork"

	"github.com/atsbridge/atsbridge/ats/atstest"
	"github.com/atsbridge/atsbridge/ats/greenhouse/greenhousetest"
	"github.com/atsbridge/atsbridge/router"
	"github.com/atsbridge/atsbridge/router/routertest"
)

// Every route through the real router against the fake is TestE2E
// (routertest.RunLive); these are Greenhouse's own.

// A candidate created with a job is one write (Greenhouse nests the
// application); Greenhouse sends its rejection email only when asked, from
// the configured user.
func TestE2EOneWriteAndTheRejectionEmail(t *testing.T) {
	l := openLive(t, atstest.Knobs{})
	fake := l.Fake.(*greenhousetest.Server)
	api := routertest.New(l.Provider, liveConfig())
	r := api.Do(t, "POST", "/dev/candidates", `{"job_id":"`+l.JobID+`","name":"Karan Mehta","email":"karan@example.com"}`)
	r.Want(t, 201, "")
	var cand struct {
		ApplicationIDs []string `json:"application_ids"`
	}
	r.Data(t, &cand)
	if n := fake.Count("POST", ""); n != 1 || len(cand.ApplicationIDs) != 1 {
		t.Fatalf("%d writes for a candidate with a job, want one POST /v3/candidates", n)
	}
	app, reason := cand.ApplicationIDs[0], l.Pipeline.Reason.ID
	api.Do(t, "POST", "/applications/"+app+"/reject", `{"reason_id":"`+reason+`","note":"Not this time."}`).Want(t, 200, "")
	for _, req := range fake.Requests() {
		if req.Method == "POST" && strings.HasSuffix(req.Path, "/reject") && strings.Contains(string(req.Body), "rejection_email") {
			t.Errorf("a rejection without notify_candidate asked Greenhouse for an email: %s", req.Body)
		}
	}
	api.Do(t, "POST", "/applications/"+app+"/restore", "").Want(t, 200, "")
	api.Do(t, "POST", "/applications/"+app+"/reject", `{"reason_id":"`+reason+`","notify_candidate":true}`).Want(t, 200, "")
	n, _ := strconv.ParseInt(app, 10, 64)
	if got, _ := fake.Application(n); got.RejectionEmail == nil || got.RejectionEmail["email_from_user_id"] != float64(greenhousetest.AdminUserID) {
		t.Errorf("a rejection with notify_candidate sent Greenhouse rejection_email %v, want one from user %d", got.RejectionEmail, greenhousetest.AdminUserID)
	}
	api.Do(t, "POST", "/applications/"+app+"/restore", "{}").Want(t, 200, "")
}

// Greenhouse needs a first and a last name: a single name is refused
// before anything is sent.
func TestE2EASingleName(t *testing.T) {
	l := openLive(t, atstest.Knobs{})
	api := routertest.New(l.Provider, liveConfig())
	api.Do(t, "POST", "/candidates", `{"name":"Karan","email":"karan@example.com"}`).Want(t, 400, "INPUT_INVALID")
	if n := l.Fake.Count("POST", ""); n != 0 {
		t.Errorf("%d writes reached Greenhouse, want none", n)
	}
}

// liveConfig is the router's configuration in live mode on Greenhouse.
func liveConfig() router.Config {
	cfg := routertest.Config("live")
	cfg.Provider = "greenhouse"
	return cfg
}

// A token that goes stale (revoked, or expired on Greenhouse's clock)
// between two requests costs one retry, not an error.
func TestE2EStaleTokenAndExpiryMidWalk(t *testing.T) {
	clock := clockwork.NewFakeClockAt(time.Date(2026, 9, 30, 12, 0, 0, 0, time.UTC))
	fo := fastOptions()
	fo.Now, fo.TokenLifetime = clock.Now, 10*time.Minute
	h := newHarness(t, fo, nil)
	api := routertest.New(h.client, liveConfig())
	do := func(target string) routertest.Response {
		return api.Send(t, routertest.NewRequest(ctx(t), "GET", target, ""))
	}
	d := h.fake.Seed()
	do("/jobs?limit=1").Want(t, 200, "")
	h.fake.RevokeTokens()
	do("/jobs?limit=1").Want(t, 200, "")
	if n := h.fake.IssuedTokens(); n != 2 {
		t.Errorf("%d tokens issued, want 2 (the revoked one replaced once)", n)
	}

	var got []string
	target := "/jobs?limit=15"
	for range 10 {
		r := do(target)
		r.Want(t, 200, "")
		var items []struct {
			ID string `json:"id"`
		}
		r.Data(t, &items)
		for _, it := range items {
			got = append(got, it.ID)
		}
		clock.Advance(6 * time.Minute)
		if !r.Env.Meta.HasMore {
			break
		}
		target = "/jobs?limit=15&cursor=" + url.QueryEscape(*r.Env.Meta.NextCursor)
	}
	if !slices.Equal(got, seededJobIDs(d, nil)) {
		t.Errorf("the walk across token expiries got %v", got)
	}
	if n := h.fake.IssuedTokens(); n < 3 {
		t.Errorf("%d tokens issued, want renewals during the walk", n)
	}
}
