package lever_test

import (
	"slices"
	"testing"
	"time"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/lever/levertest"
)

func TestListJobsWalksEveryPostingOnce(t *testing.T) {
	h := newHarness(t, unlimited(), nil)
	var want []string
	for _, p := range h.fake.Postings() {
		want = append(want, p.ID)
	}
	got, pages := walkAll(t, 5, func(w ats.Window) (ats.Page[ats.Job], error) {
		return h.client.ListJobs(ctx(t), ats.JobQuery{Window: w})
	})
	if !slices.Equal(ids(got, jobID), want) {
		t.Errorf("got %v, want every posting (confidential ones too) once, in Lever's order", ids(got, jobID))
	}
	if n := h.fake.Count("GET", "/postings"); n != pages {
		t.Errorf("%d pages cost %d calls, want one each", pages, n)
	}
	for _, r := range h.fake.Requests() {
		if r.Query.Get("confidentiality") != "all" {
			t.Errorf("GET /postings without confidentiality=all: %s", r.RawQuery)
		}
	}
}

func TestListJobsFilters(t *testing.T) {
	h := newHarness(t, unlimited(), nil)
	d := h.data
	after := d.Munich.UpdatedAt
	tests := []struct {
		name string
		q    ats.JobQuery
		want []levertest.Posting
	}{
		{"open is published and internal", ats.JobQuery{Statuses: []ats.JobStatus{ats.JobOpen}},
			[]levertest.Posting{d.Backend, d.Sales, d.Data, d.Chief, d.Security, d.Success, d.Munich, d.Intern}},
		{"closed", ats.JobQuery{Statuses: []ats.JobStatus{ats.JobClosed}}, []levertest.Posting{d.Designer}},
		{"draft is draft and pending", ats.JobQuery{Statuses: []ats.JobStatus{ats.JobDraft}}, []levertest.Posting{d.Support, d.Finance}},
		{"archived is rejected", ats.JobQuery{Statuses: []ats.JobStatus{ats.JobArchived}}, []levertest.Posting{d.Legacy}},
		{"two statuses", ats.JobQuery{Statuses: []ats.JobStatus{ats.JobClosed, ats.JobArchived}}, []levertest.Posting{d.Designer, d.Legacy}},
		{"department", ats.JobQuery{Department: "r&d"}, []levertest.Posting{d.Backend, d.Data, d.Designer, d.Security, d.Intern}},
		{"department falls back to team", ats.JobQuery{Department: "Customer Success"}, []levertest.Posting{d.Success}},
		{"location city", ats.JobQuery{Location: "san francisco"}, []levertest.Posting{d.Backend, d.Designer, d.Chief}},
		{"location full text, non-ASCII", ats.JobQuery{Location: "München, Germany"}, []levertest.Posting{d.Munich}},
		{"location is the primary location, not one of allLocations", ats.JobQuery{Location: "Remote"}, []levertest.Posting{d.Legacy}},
		{"location country name from the country code", ats.JobQuery{Location: "united kingdom"}, []levertest.Posting{d.Sales, d.Finance}},
		{"location country name in the text", ats.JobQuery{Location: "GERMANY"}, []levertest.Posting{d.Security, d.Success, d.Munich}},
		{"location never the country code", ats.JobQuery{Location: "DE"}, nil},
		{"q", ats.JobQuery{Q: "ENGINEER"}, []levertest.Posting{d.Backend, d.Security, d.Intern}},
		{"updated_after is strict", ats.JobQuery{UpdatedAfter: &after}, []levertest.Posting{d.Intern}},
		{"created_after", ats.JobQuery{CreatedAfter: new(d.Success.CreatedAt.Add(-time.Millisecond))}, []levertest.Posting{d.Success, d.Munich, d.Intern}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := walkAll(t, 3, func(w ats.Window) (ats.Page[ats.Job], error) {
				q := tt.q
				q.Window = w
				return h.client.ListJobs(ctx(t), q)
			})
			if want := postingIDs(tt.want...); !slices.Equal(ids(got, jobID), want) && !(len(want) == 0 && len(got) == 0) {
				t.Errorf("got %v, want %v", ids(got, jobID), want)
			}
		})
	}
}

func TestListJobsSendsWhatLeverFilters(t *testing.T) {
	h := newHarness(t, unlimited(), nil)
	bound := time.UnixMilli(h.data.Munich.UpdatedAt.UnixMilli()).Add(500 * time.Microsecond)
	if _, err := h.client.ListJobs(ctx(t), ats.JobQuery{Window: ats.Window{Limit: 5},
		Statuses: []ats.JobStatus{ats.JobArchived}, UpdatedAfter: &bound}); err != nil {
		t.Fatal(err)
	}
	r := h.fake.Requests()[0]
	if r.Query.Get("state") != "rejected" || r.Query.Get("updated_at_start") != itoa(h.data.Munich.UpdatedAt.UnixMilli()) {
		t.Errorf("query: got %s, want state=rejected and updated_at_start in ms, rounded down", r.RawQuery)
	}
}

func TestListJobsPageMode(t *testing.T) {
	h := newHarness(t, unlimited(), nil)
	all := h.fake.Postings()
	p, err := h.client.ListJobs(ctx(t), ats.JobQuery{Window: ats.Window{Limit: 4, Page: 2}})
	if err != nil {
		t.Fatal(err)
	}
	if want := postingIDs(all[4:8]...); !slices.Equal(ids(p.Items, jobID), want) || !p.HasMore {
		t.Errorf("page 2: got %v more=%v, want %v and more", ids(p.Items, jobID), p.HasMore, want)
	}
	_, err = h.client.ListJobs(ctx(t), ats.JobQuery{Window: ats.Window{Limit: 100, Page: 11}})
	wantCode(t, err, ats.CodeInputInvalid)
}

func TestJob(t *testing.T) {
	h := newHarness(t, unlimited(), nil)
	j, err := h.client.Job(ctx(t), h.data.Munich.ID, ats.ReadOptions{IncludeRaw: true})
	if err != nil {
		t.Fatal(err)
	}
	if j.Title != "Sales Lead DACH" || j.Status != ats.JobOpen || j.Description == nil || *j.Location.City != "München" ||
		*j.Workplace != ats.WorkplaceOnSite || *j.EmploymentType != "Full-time" || j.Raw == nil ||
		!j.CreatedAt.Equal(h.data.Munich.CreatedAt) {
		t.Errorf("got %+v", j)
	}
	for _, id := range []string{"75ff237f-0000-4000-8000-000000000000", "../stages", ""} {
		_, err := h.client.Job(ctx(t), id, ats.ReadOptions{})
		if e := wantCode(t, err, ats.CodeNotFound); e.Message != ats.NotFound("job", id).Message {
			t.Errorf("%q: message %q does not name the job", id, e.Message)
		}
	}
}

func TestConfidentialPostingsNeedTheKeysAccess(t *testing.T) {
	h := newHarness(t, levertest.Options{Rate: -1, NoConfidential: true}, nil)
	got, _ := walkAll(t, 50, func(w ats.Window) (ats.Page[ats.Job], error) {
		return h.client.ListJobs(ctx(t), ats.JobQuery{Window: w})
	})
	if ids := ids(got, jobID); slices.Contains(ids, h.data.Chief.ID) || slices.Contains(ids, h.data.Security.ID) || len(ids) != 10 {
		t.Errorf("got %v, want the 10 non-confidential postings", ids)
	}
	_, err := h.client.Job(ctx(t), h.data.Chief.ID, ats.ReadOptions{})
	wantCode(t, err, ats.CodeNotFound)
}

func TestConfidentialDataRefusedToTheKey(t *testing.T) {
	h := newHarness(t, levertest.Options{Rate: -1, NoConfidential: true, RefuseConfidential: true}, nil)
	for range 2 {
		got, _ := walkAll(t, 50, func(w ats.Window) (ats.Page[ats.Job], error) {
			return h.client.ListJobs(ctx(t), ats.JobQuery{Window: w})
		})
		if len(got) != 10 {
			t.Errorf("got %d jobs, want the 10 non-confidential postings", len(got))
		}
	}
	if _, err := h.client.ListApplications(ctx(t), ats.ApplicationQuery{}); err != nil {
		t.Fatal(err)
	}
	refused := 0
	for _, r := range h.fake.Requests() {
		if r.Status == 403 {
			refused++
		}
	}
	if refused != 1 {
		t.Errorf("Lever refused %d lists, want 1: the client stops asking", refused)
	}
}

// A list Lever refuses whatever it is asked is not taken for a refusal of
// confidential data: the client keeps asking for it.
func TestListRefusedOutrightKeepsAskingForConfidentialData(t *testing.T) {
	h := newHarness(t, unlimited(), nil)
	h.fake.Inject(levertest.Fault{Path: "/postings", Status: 403, Times: 2})
	_, err := h.client.ListJobs(ctx(t), ats.JobQuery{})
	wantCode(t, err, ats.CodeUpstreamAuthFailed)
	got, _ := walkAll(t, 50, func(w ats.Window) (ats.Page[ats.Job], error) {
		return h.client.ListJobs(ctx(t), ats.JobQuery{Window: w})
	})
	if len(got) != 12 {
		t.Errorf("got %d jobs, want all 12, confidential ones too", len(got))
	}
}
