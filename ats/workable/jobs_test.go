package workable_test

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/workable/workabletest"
)

func TestListJobsWalksEveryJobOnce(t *testing.T) {
	for _, limit := range []int{7, 20, 100} {
		t.Run(fmt.Sprintf("limit=%d", limit), func(t *testing.T) {
			h := newHarness(t, fastOptions(), nil)
			seeded := h.fake.SeedJobs(250)
			var want []string
			for _, j := range seeded {
				want = append(want, j.Shortcode)
			}

			items, pages := walkAll(t, limit, func(w ats.Window) (ats.Page[ats.Job], error) {
				return h.client.ListJobs(ctx(t), ats.JobQuery{Window: w})
			})

			if got := jobIDs(items); !slices.Equal(got, want) {
				t.Fatalf("got %d jobs %v..., want the %d seeded in id order", len(got), got[:min(5, len(got))], len(want))
			}
			// One upstream call per page of ours: ceil(limit/100) = 1.
			if calls := h.fake.Count("GET", "/jobs"); calls != pages {
				t.Errorf("got %d upstream calls for %d pages, want one per page", calls, pages)
			}
			for _, r := range h.fake.Requests() {
				if l := r.Query.Get("limit"); l == "" || len(l) > 3 {
					t.Errorf("upstream call with limit %q", l)
				}
			}
		})
	}
}

func TestListJobsPageMode(t *testing.T) {
	h := newHarness(t, fastOptions(), nil)
	seeded := h.fake.SeedJobs(250)

	p, err := h.client.ListJobs(ctx(t), ats.JobQuery{Window: ats.Window{Limit: 20, Page: 3}})
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	for _, j := range seeded[40:60] {
		want = append(want, j.Shortcode)
	}
	if got := jobIDs(p.Items); !slices.Equal(got, want) {
		t.Errorf("page 3: got %v, want %v", got, want)
	}
	if !p.HasMore {
		t.Error("page 3 of 13: got has_more false, want true")
	}
	if calls := h.fake.Count("GET", "/jobs"); calls != 1 {
		t.Errorf("page 3 of 20 cost %d upstream calls, want 1 (61 records fit one call)", calls)
	}

	last, err := h.client.ListJobs(ctx(t), ats.JobQuery{Window: ats.Window{Limit: 100, Page: 3}})
	if err != nil {
		t.Fatal(err)
	}
	if len(last.Items) != 50 || last.HasMore {
		t.Errorf("page 3 of 100: got %d items, has_more %v; want 50, false", len(last.Items), last.HasMore)
	}

	_, err = h.client.ListJobs(ctx(t), ats.JobQuery{Window: ats.Window{Limit: 100, Page: 11}})
	e := wantCode(t, err, ats.CodeInputInvalid)
	if len(e.Details) != 1 || e.Details[0].Field != "page" {
		t.Errorf("got details %+v, want one about page", e.Details)
	}
}

func TestListJobsFilters(t *testing.T) {
	h := newHarness(t, fastOptions(), nil)
	seeded := h.fake.SeedJobs(120)
	boundary := seeded[59].CreatedAt

	tests := []struct {
		name      string
		q         ats.JobQuery
		match     func(workabletest.Job) bool
		wantState string // the state filter sent upstream
	}{
		{"one status goes upstream", ats.JobQuery{Statuses: []ats.JobStatus{ats.JobOpen}},
			func(j workabletest.Job) bool { return j.State == "published" }, "published"},
		{"several statuses are ours", ats.JobQuery{Statuses: []ats.JobStatus{ats.JobClosed, ats.JobDraft}},
			func(j workabletest.Job) bool { return j.State == "closed" || j.State == "draft" }, ""},
		{"department ignores case", ats.JobQuery{Department: "sales"},
			func(j workabletest.Job) bool { return j.Department == "Sales" }, ""},
		{"location by city", ats.JobQuery{Location: "berlin"},
			func(j workabletest.Job) bool { return j.City == "Berlin" }, ""},
		{"location by country", ats.JobQuery{Location: "Greece"},
			func(j workabletest.Job) bool { return j.Country == "Greece" }, ""},
		{"q is a title substring", ats.JobQuery{Q: "ENGINEER"},
			func(j workabletest.Job) bool { return strings.Contains(j.Title, "Engineer") }, ""},
		{"created_after is strict", ats.JobQuery{CreatedAfter: &boundary},
			func(j workabletest.Job) bool { return j.CreatedAt.After(boundary) }, ""},
		{"filters combine", ats.JobQuery{Statuses: []ats.JobStatus{ats.JobOpen}, Department: "Engineering", Location: "united kingdom"},
			func(j workabletest.Job) bool {
				return j.State == "published" && j.Department == "Engineering" && j.Country == "United Kingdom"
			}, "published"},
		{"location is never the country code", ats.JobQuery{Location: "GB"},
			func(j workabletest.Job) bool { return false }, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h.fake.ResetRequests()
			var want []string
			for _, j := range seeded {
				if tt.match(j) {
					want = append(want, j.Shortcode)
				}
			}
			got, _ := walkAll(t, 10, func(w ats.Window) (ats.Page[ats.Job], error) {
				q := tt.q
				q.Window = w
				return h.client.ListJobs(ctx(t), q)
			})
			if ids := jobIDs(got); !slices.Equal(ids, want) {
				t.Errorf("got %d jobs %v, want %d %v", len(ids), ids, len(want), want)
			}
			for _, j := range got {
				if len(tt.q.Statuses) > 0 && !slices.Contains(tt.q.Statuses, j.Status) {
					t.Errorf("job %s has status %s", j.ID, j.Status)
				}
			}
			for _, r := range h.fake.Requests() {
				if r.Query.Get("state") != tt.wantState {
					t.Errorf("upstream state filter: got %q, want %q", r.Query.Get("state"), tt.wantState)
				}
				if tt.q.CreatedAfter != nil && r.Query.Get("created_after") != boundary.Format(time.RFC3339) {
					t.Errorf("upstream created_after: got %q, want %q", r.Query.Get("created_after"), boundary.Format(time.RFC3339))
				}
			}
		})
	}
}

// A filter of ours over sparse data reads at most 5 upstream pages for
// one page of ours, then answers a short page that continues where it
// stopped.
func TestListJobsLocalFilterIsBounded(t *testing.T) {
	h := newHarness(t, fastOptions(), nil)
	seeded := h.fake.SeedJobs(700)
	needle := seeded[650]

	p, err := h.client.ListJobs(ctx(t), ats.JobQuery{Window: ats.Window{Limit: 10}, Q: needle.Title})
	if err != nil {
		t.Fatal(err)
	}
	if calls := h.fake.Count("GET", "/jobs"); calls != 5 {
		t.Errorf("first page: got %d upstream calls, want 5 (the budget)", calls)
	}
	if len(p.Items) != 0 || !p.HasMore || p.Next == "" {
		t.Fatalf("first page: got %d items, has_more %v; want a short page that continues", len(p.Items), p.HasMore)
	}
	p2, err := h.client.ListJobs(ctx(t), ats.JobQuery{Window: ats.Window{Limit: 10, Cursor: p.Next}, Q: needle.Title})
	if err != nil {
		t.Fatal(err)
	}
	if got := jobIDs(p2.Items); !slices.Equal(got, []string{needle.Shortcode}) || p2.HasMore {
		t.Errorf("second page: got %v has_more %v, want [%s] and the end", got, p2.HasMore, needle.Shortcode)
	}
	if calls := h.fake.Count("GET", "/jobs"); calls != 7 {
		t.Errorf("got %d upstream calls in all, want 7 (700 records, 100 a call)", calls)
	}
}

func TestListJobsCursorIsBoundToItsFilters(t *testing.T) {
	h := newHarness(t, fastOptions(), nil)
	h.fake.SeedJobs(30)
	p, err := h.client.ListJobs(ctx(t), ats.JobQuery{Window: ats.Window{Limit: 5}, Department: "Sales"})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		cursor string
		dept   string
	}{
		{"other filters", p.Next, "Support"},
		{"not base64", "%%%", "Sales"},
		{"not ours", "eyJ2IjoxfQ", "Sales"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := h.client.ListJobs(ctx(t), ats.JobQuery{Window: ats.Window{Limit: 5, Cursor: tt.cursor}, Department: tt.dept})
			wantCode(t, err, ats.CodeCursorInvalid)
		})
	}
}

func TestJobMapping(t *testing.T) {
	h := newHarness(t, fastOptions(), nil)
	created := time.Date(2026, 3, 25, 10, 0, 0, 0, time.UTC)
	fj := h.fake.AddJob(workabletest.Job{
		Title: "Account Executive", State: "published", Department: "Sales",
		City: "London", Region: "England", Country: "United Kingdom", CountryCode: "GB", Workplace: "hybrid",
		EmploymentType: "Full-time", Description: "<p>Sell.</p>",
		CreatedAt: created, UpdatedAt: created.Add(time.Hour),
	})

	j, err := h.client.Job(ctx(t), fj.Shortcode, ats.ReadOptions{IncludeRaw: true})
	if err != nil {
		t.Fatal(err)
	}
	str := func(p *string) string {
		if p == nil {
			return "<nil>"
		}
		return *p
	}
	checks := []struct{ field, got, want string }{
		{"id", j.ID, fj.Shortcode},
		{"title", j.Title, "Account Executive"},
		{"status", string(j.Status), "open"},
		{"department", str(j.Department), "Sales"},
		{"location.text", j.Location.Text, "London, United Kingdom"},
		{"location.city", str(j.Location.City), "London"},
		{"location.region", str(j.Location.Region), "England"},
		{"location.country", str(j.Location.Country), "United Kingdom"},
		{"location.country_code", str(j.Location.CountryCode), "GB"},
		{"workplace", str(j.Workplace), "hybrid"},
		{"employment_type", str(j.EmploymentType), "Full-time"},
		{"apply_url", str(j.ApplyURL), str(j.URL) + "/candidates/new"},
		{"created_at", j.CreatedAt.Format(time.RFC3339), "2026-03-25T10:00:00Z"},
		{"updated_at", j.UpdatedAt.Format(time.RFC3339), "2026-03-25T11:00:00Z"},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s: got %q, want %q", c.field, c.got, c.want)
		}
	}
	if !strings.HasPrefix(str(j.URL), "https://acme.workable.com/jobs/") {
		t.Errorf("url: got %q, want the job's page on acme.workable.com", str(j.URL))
	}
	if j.Description == nil || !strings.HasPrefix(*j.Description, "<p>Sell.</p>") {
		t.Errorf("description: got %v, want the full description", str(j.Description))
	}
	if j.CreatedAt.Location() != time.UTC {
		t.Errorf("created_at in %v, want UTC", j.CreatedAt.Location())
	}
	var raw map[string]any
	if err := json.Unmarshal(j.Raw, &raw); err != nil || raw["shortcode"] != fj.Shortcode || raw["state"] != "published" {
		t.Errorf("raw: got %s, want Workable's job object", j.Raw)
	}

	p, err := h.client.ListJobs(ctx(t), ats.JobQuery{Window: ats.Window{Limit: 5}})
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Items) != 1 || p.Items[0].Description != nil || p.Items[0].Raw != nil {
		t.Errorf("list: got %+v, want one job without description or raw", p.Items)
	}
}

func TestJobStatesMap(t *testing.T) {
	h := newHarness(t, fastOptions(), nil)
	for state, want := range map[string]ats.JobStatus{"published": ats.JobOpen, "closed": ats.JobClosed, "draft": ats.JobDraft, "archived": ats.JobArchived} {
		t.Run(state, func(t *testing.T) {
			fj := h.fake.AddJob(workabletest.Job{Title: "T", State: state})
			j, err := h.client.Job(ctx(t), fj.Shortcode, ats.ReadOptions{})
			if err != nil {
				t.Fatal(err)
			}
			if j.Status != want {
				t.Errorf("got %s, want %s", j.Status, want)
			}
		})
	}
}

func TestJobNotFound(t *testing.T) {
	h := newHarness(t, fastOptions(), nil)
	for _, id := range []string{"NOPE000000", "../members", "a b"} {
		t.Run(id, func(t *testing.T) {
			_, err := h.client.Job(ctx(t), id, ats.ReadOptions{})
			e := wantCode(t, err, ats.CodeNotFound)
			if !strings.Contains(e.Message, "job") {
				t.Errorf("message %q does not say which resource", e.Message)
			}
		})
	}
	if n := h.fake.Count("GET", "/members"); n != 0 {
		t.Errorf("an id with a path in it reached /members (%d calls)", n)
	}
}

// Page mode with a filter of ours reads at most 11 upstream pages from the
// start; a page beyond them says so, rather than naming a page limit the
// request is already within.
func TestListJobsPageModeBeyondTheScan(t *testing.T) {
	h := newHarness(t, fastOptions(), nil)
	h.fake.SeedJobs(1300)
	// 1100 records scanned hold 275 in Sales: page 4 needs 301.
	_, err := h.client.ListJobs(ctx(t), ats.JobQuery{Window: ats.Window{Limit: 100, Page: 4}, Department: "Sales"})
	e := wantCode(t, err, ats.CodeInputInvalid)
	if !strings.Contains(e.Message, "filters") || !strings.Contains(e.Message, "next_cursor") || len(e.Details) != 1 || e.Details[0].Field != "page" {
		t.Errorf("got %q %+v, want it to blame the filters and point to the cursor", e.Message, e.Details)
	}
	if n := h.fake.Count("GET", "/jobs"); n != 11 {
		t.Errorf("got %d upstream calls, want 11", n)
	}
	p, err := h.client.ListJobs(ctx(t), ats.JobQuery{Window: ats.Window{Limit: 100, Page: 2}, Department: "Sales"})
	if err != nil || len(p.Items) != 100 {
		t.Errorf("page 2: got %d jobs, %v; want 100", len(p.Items), err)
	}
}
