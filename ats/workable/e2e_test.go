package workable_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/atstest"
	"github.com/atsbridge/atsbridge/router/routertest"
)

// Every route through the real router against the fake is TestE2E
// (routertest.RunLive); these are Workable's own.

// A Workable candidate record is one person in one job, so the
// application a candidate is created with is the record itself.
func TestE2EApplicationIsTheCandidateRecord(t *testing.T) {
	l := openLive(t, atstest.Knobs{})
	api := routertest.New(l.Provider, routertest.Config("live"))
	r := api.Do(t, "POST", "/dev/candidates", `{"job_id":"`+l.JobID+`","name":"Karan Mehta","email":"karan@example.com"}`)
	r.Want(t, 201, "")
	var cand struct {
		ID             string   `json:"id"`
		ApplicationIDs []string `json:"application_ids"`
	}
	r.Data(t, &cand)
	if !slices.Equal(cand.ApplicationIDs, []string{cand.ID}) {
		t.Errorf("application_ids: got %v, want [%s]", cand.ApplicationIDs, cand.ID)
	}
	r = api.Do(t, "GET", "/dev/applications/"+cand.ID, "")
	r.Want(t, 200, "")
	var app ats.Application
	r.Data(t, &app)
	if app.CandidateID != cand.ID || app.JobID != l.JobID {
		t.Errorf("the application of record %s: %s", cand.ID, r.Body)
	}
}

// Workable takes a disqualification note of at most 256 characters: a
// longer one is refused naming the field, before anything is sent.
func TestE2ENoteOverWorkablesLimit(t *testing.T) {
	l := openLive(t, atstest.Knobs{})
	api := routertest.New(l.Provider, routertest.Config("live"))
	app := l.Existing.ID
	before := l.Fake.Count("POST", "")
	api.Do(t, "POST", "/applications/"+app+"/reject", `{"note":"`+strings.Repeat("n", 257)+`"}`).WantError(t, 400, "INPUT_INVALID", "note")
	if n := l.Fake.Count("POST", ""); n != before {
		t.Errorf("%d writes reached Workable, want none", n-before)
	}
}
