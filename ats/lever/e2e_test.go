package lever_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/atstest"
	"github.com/atsbridge/atsbridge/ats/lever/levertest"
	"github.com/atsbridge/atsbridge/router/routertest"
)

// Every route through the real router against the fake is TestE2E
// (routertest.RunLive); these are Lever's own.

// Written without LEVER_USER_ID, a create acts as the first active admin,
// found through /users once; the reasons to reject with are the
// non-hired ones.
func TestE2EActsAsTheAdminAndRejectsWithNonHiredReasons(t *testing.T) {
	l := openLive(t, atstest.Knobs{})
	fake := l.Fake.(*levertest.Server)
	cfg := routertest.Config("live")
	cfg.Provider = "lever"
	api := routertest.New(l.Provider, cfg)
	r := api.Do(t, "POST", "/dev/candidates", `{"job_id":"`+l.JobID+`","name":"Karan Mehta","email":"karan@example.com"}`)
	r.Want(t, 201, "")
	var cand struct {
		ApplicationIDs []string `json:"application_ids"`
	}
	r.Data(t, &cand)
	if len(cand.ApplicationIDs) != 1 {
		t.Fatalf("application_ids: got %v, want the new opportunity", cand.ApplicationIDs)
	}
	if o, _ := fake.Opportunity(cand.ApplicationIDs[0]); o.Owner != levertest.UserAdmin || fake.Count("GET", "/users") != 1 {
		t.Errorf("the write acted as %s after %d /users calls, want %s after 1", o.Owner, fake.Count("GET", "/users"), levertest.UserAdmin)
	}
	r = api.Do(t, "GET", "/dev/rejection_reasons", "")
	r.Want(t, 200, "")
	if !strings.Contains(string(r.Env.Data), levertest.ReasonUnderqualified) || strings.Contains(string(r.Env.Data), levertest.ReasonHired) {
		t.Errorf("GET /rejection_reasons: %s; want the non-hired reasons only", r.Body)
	}
}

// A walk of more than 100 applications through the API: every record once,
// and every offset token sent back as Lever sent it, never encoded twice.
func TestE2EWalkOfHundredsWithLeversTokens(t *testing.T) {
	a := newHarness(t, unlimited(), nil)
	cfg := routertest.Config("live")
	cfg.Provider = "lever"
	api := routertest.New(a.client, cfg)
	a.fake.AddApplicants(110, a.data.Intern)
	var want []string
	for _, o := range a.fake.Opportunities() {
		if slices.Contains(o.Postings(), a.data.Intern.ID) {
			want = append(want, o.ID)
		}
	}
	a.fake.ResetRequests()
	var got []string
	for _, app := range routertest.Walk[ats.Application](t, api, "/dev/applications?job_id="+a.data.Intern.ID, 9) {
		got = append(got, app.ID)
	}
	pages := (len(got) + 8) / 9 // every page full but the last (Walk's rule)
	if len(want) < 110 || !slices.Equal(got, want) {
		t.Errorf("walked %d applications, want the %d on the posting, each once, in order", len(got), len(want))
	}
	list := 0
	for _, r := range a.fake.Requests() {
		if r.Path != "/opportunities" {
			continue
		}
		list++
		if r.DoubleEncodedOffset || (r.Query.Get("offset") != "" && !strings.Contains(r.RawQuery, "offset=%5B")) {
			t.Errorf("offset sent as %s", r.RawQuery)
		}
	}
	if list != pages {
		t.Errorf("%d pages cost %d list calls, want one each", pages, list)
	}
}
