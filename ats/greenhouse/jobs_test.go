package greenhouse_test

import (
	"cmp"
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/greenhouse/greenhousetest"
)

func jobIDs(j ats.Job) string { return j.ID }

func seededJobIDs(d greenhousetest.Seeded, keep func(greenhousetest.Job) bool) []string {
	var ids []int64
	for _, j := range d.Jobs {
		if keep == nil || keep(j) {
			ids = append(ids, j.ID)
		}
	}
	return desc(ids)
}

// Lists are newest first, Greenhouse's order; a cursor page without
// filters of ours is one call for its records.
func TestListJobsWalksEveryJobOnceNewestFirst(t *testing.T) {
	h := newHarness(t, fastOptions(), nil)
	d := h.fake.Seed()
	got, pages := walkAll(t, 15, func(w ats.Window) (ats.Page[ats.Job], error) {
		return h.client.ListJobs(ctx(t), ats.JobQuery{Window: w})
	}, jobIDs)
	if want := seededJobIDs(d, nil); !slices.Equal(got, want) {
		t.Errorf("walk: got %v\nwant %v", got, want)
	}
	if n := h.fake.Count("GET", "/jobs"); n != pages {
		t.Errorf("%d upstream calls for %d pages, want one each", n, pages)
	}
	for _, r := range h.fake.Requests() {
		if r.Path == "/jobs" && r.Query.Has("cursor") && len(r.Query) != 1 {
			t.Errorf("a cursor request carried other parameters: %v", r.Query)
		}
		if r.Path == "/jobs" && !r.Query.Has("cursor") && r.Query.Get("per_page") != "15" {
			t.Errorf("first request: per_page %q, want the limit", r.Query.Get("per_page"))
		}
	}
	if n := h.fake.Count("GET", "/departments") + h.fake.Count("GET", "/offices"); n != 2 {
		t.Errorf("departments and offices read %d times, want once each (cached)", n)
	}
}

func TestListJobsPageMode(t *testing.T) {
	h := newHarness(t, fastOptions(), nil)
	d := h.fake.Seed()
	want := seededJobIDs(d, nil)
	p, err := h.client.ListJobs(ctx(t), ats.JobQuery{Window: ats.Window{Limit: 10, Page: 3}})
	if err != nil {
		t.Fatal(err)
	}
	if got := idsOf(p.Items, jobIDs); !slices.Equal(got, want[20:30]) || !p.HasMore || p.Total != nil {
		t.Errorf("page 3: got %v more=%v, want %v more", got, p.HasMore, want[20:30])
	}
	p, err = h.client.ListJobs(ctx(t), ats.JobQuery{Window: ats.Window{Limit: 10, Page: 4}})
	if err != nil || len(p.Items) != 10 || p.HasMore {
		t.Errorf("last page: got %d items more=%v err %v, want 10 and no more", len(p.Items), p.HasMore, err)
	}
	_, err = h.client.ListJobs(ctx(t), ats.JobQuery{Window: ats.Window{Limit: 100, Page: 26}})
	if e := wantCode(t, err, ats.CodeInputInvalid); len(e.Details) != 1 || e.Details[0].Field != "page" {
		t.Errorf("too deep: details %+v", e.Details)
	}
}

func TestListJobsFilters(t *testing.T) {
	h := newHarness(t, fastOptions(), nil)
	d := h.fake.Seed()
	offices := map[int64]greenhousetest.Office{}
	for _, o := range d.Offices {
		offices[o.ID] = o
	}
	depts := map[int64]string{}
	for _, dp := range d.Departments {
		depts[dp.ID] = dp.Name
	}
	// The location as the README maps it: every office's location (else
	// name) in the text; city and country from the first office's.
	at := func(j greenhousetest.Job, want string) bool {
		var texts []string
		for _, id := range j.OfficeIDs {
			o := offices[id]
			texts = append(texts, cmp.Or(o.Location, o.Name))
		}
		if len(texts) == 0 {
			return false
		}
		parts := strings.Split(texts[0], ", ")
		return strings.EqualFold(strings.Join(texts, "; "), want) ||
			len(parts) > 1 && (strings.EqualFold(parts[0], want) || strings.EqualFold(parts[len(parts)-1], want))
	}
	mid, late := d.Jobs[19].CreatedAt, d.Jobs[29].UpdatedAt
	tests := []struct {
		name     string
		q        ats.JobQuery
		keep     func(greenhousetest.Job) bool
		upstream map[string]string // query the first /jobs request must carry
	}{
		{"one status", ats.JobQuery{Statuses: []ats.JobStatus{ats.JobDraft}},
			func(j greenhousetest.Job) bool { return j.Status == "draft" }, map[string]string{"status": "draft"}},
		{"two statuses", ats.JobQuery{Statuses: []ats.JobStatus{ats.JobDraft, ats.JobClosed}},
			func(j greenhousetest.Job) bool { return j.Status != "open" }, map[string]string{"per_page": "500"}},
		{"department, any case", ats.JobQuery{Department: "FORSCHUNG & ENTWICKLUNG"},
			func(j greenhousetest.Job) bool { return depts[j.DepartmentID] == "Forschung & Entwicklung" },
			map[string]string{"department_id": id(d.Departments[3].ID)}},
		{"location: a city", ats.JobQuery{Location: "zürich"}, func(j greenhousetest.Job) bool { return at(j, "zürich") },
			map[string]string{"per_page": "500"}}, // a filter of ours: full upstream pages
		{"location: a country", ats.JobQuery{Location: "Germany"}, func(j greenhousetest.Job) bool { return at(j, "Germany") }, nil},
		{"location: the text", ats.JobQuery{Location: "São Paulo, SP, Brazil"}, func(j greenhousetest.Job) bool { return at(j, "São Paulo, SP, Brazil") }, nil},
		{"location: an office without a location", ats.JobQuery{Location: "remote"}, func(j greenhousetest.Job) bool { return at(j, "Remote") }, nil},
		{"q", ats.JobQuery{Q: "développeur"}, func(j greenhousetest.Job) bool { return strings.Contains(j.Name, "Développeur") }, nil},
		{"created_after", ats.JobQuery{CreatedAfter: &mid},
			func(j greenhousetest.Job) bool { return j.CreatedAt.After(mid) }, map[string]string{"created_at": "gt|" + mid.Format("2006-01-02T15:04:05.000Z")}},
		{"created_after and updated_after", ats.JobQuery{CreatedAfter: &mid, UpdatedAfter: &late},
			func(j greenhousetest.Job) bool { return j.CreatedAt.After(mid) && j.UpdatedAt.After(late) },
			map[string]string{"created_at": "gt|" + mid.Format("2006-01-02T15:04:05.000Z"), "per_page": "500"}}, // updated_at is ours
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h.fake.ResetRequests()
			got, _ := walkAll(t, 4, func(w ats.Window) (ats.Page[ats.Job], error) {
				q := tt.q
				q.Window = w
				return h.client.ListJobs(ctx(t), q)
			}, jobIDs)
			want := seededJobIDs(d, tt.keep)
			if len(want) == 0 || !slices.Equal(got, want) {
				t.Errorf("got %v\nwant %v (must not be empty)", got, want)
			}
			var first *greenhousetest.Request
			for _, r := range h.fake.Requests() {
				if r.Path == "/jobs" {
					first = &r
					break
				}
			}
			for k, v := range tt.upstream {
				if first == nil || first.Query.Get(k) != v {
					t.Errorf("upstream %s: got %v, want %q", k, first, v)
				}
			}
			if first != nil && first.Query.Has("created_at") && first.Query.Has("updated_at") {
				t.Error("created_at and updated_at went upstream together")
			}
		})
	}
	h.fake.ResetRequests()
	for _, q := range []ats.JobQuery{{Statuses: []ats.JobStatus{ats.JobArchived}}, {Department: "Nowhere"}} {
		p, err := h.client.ListJobs(ctx(t), q)
		if err != nil || len(p.Items) != 0 || p.Items == nil || p.HasMore {
			t.Errorf("%+v: got %+v %v, want an empty page", q, p, err)
		}
	}
	if n := h.fake.Count("GET", "/jobs"); n != 0 {
		t.Errorf("archived or an unknown department called GET /jobs %d times; nothing can match", n)
	}
}

func TestJobReadMapsEveryField(t *testing.T) {
	h := newHarness(t, fastOptions(), nil)
	dept := h.fake.AddDepartment(greenhousetest.Department{Name: "Ingeniería"})
	zurich := h.fake.AddOffice(greenhousetest.Office{Name: "ZRH", Location: "Zürich, Switzerland"})
	remote := h.fake.AddOffice(greenhousetest.Office{Name: "Remote"})
	created := time.Date(2026, 1, 2, 10, 0, 0, 0, time.UTC)
	j := h.fake.AddJob(greenhousetest.Job{Name: "Ingeniera de Datos", DepartmentID: dept.ID, OfficeIDs: []int64{zurich.ID, remote.ID},
		EmploymentType: "Full-time", CreatedAt: created, UpdatedAt: created.Add(time.Hour)})
	h.fake.AddJobPost(greenhousetest.JobPost{JobID: j.ID, Title: "internal", Content: "<p>Internal post</p>", Internal: true, Live: true})
	h.fake.AddJobPost(greenhousetest.JobPost{JobID: j.ID, Title: "public", Content: "<p>Öffentlich</p>", Live: true})
	bare := h.fake.AddJob(greenhousetest.Job{Name: "Bare", Status: "draft"})
	h.fake.AddJobPost(greenhousetest.JobPost{JobID: bare.ID, Content: "<p>Draft post</p>"})

	got, err := h.client.Job(ctx(t), id(j.ID), ats.ReadOptions{IncludeRaw: true})
	if err != nil {
		t.Fatal(err)
	}
	want := ats.Job{ID: id(j.ID), Title: "Ingeniera de Datos", Status: ats.JobOpen, Department: new("Ingeniería"),
		Location:       ats.Location{Text: "Zürich, Switzerland; Remote", City: new("Zürich"), Country: new("Switzerland"), CountryCode: new("CH")},
		EmploymentType: new("Full-time"), Description: new("<p>Öffentlich</p>"), CreatedAt: created, UpdatedAt: created.Add(time.Hour)}
	got.Raw, want.Raw = nil, nil
	if !equalJSON(t, got, want) {
		t.Errorf("got  %s\nwant %s", mustJSON(got), mustJSON(want))
	}
	raw, _ := h.client.Job(ctx(t), id(j.ID), ats.ReadOptions{IncludeRaw: true})
	if !strings.Contains(string(raw.Raw), `"office_ids":[`) {
		t.Errorf("raw: got %s, want Greenhouse's object", raw.Raw)
	}
	b, err := h.client.Job(ctx(t), id(bare.ID), ats.ReadOptions{})
	if err != nil || b.Status != ats.JobDraft || b.Department != nil || b.Location.Text != "" || b.Location.City != nil ||
		b.Description == nil || *b.Description != "<p>Draft post</p>" || b.Raw != nil {
		t.Errorf("draft job: got %+v %v", b, err)
	}
	p, _ := h.client.ListJobs(ctx(t), ats.JobQuery{})
	for _, it := range p.Items {
		if it.Description != nil {
			t.Errorf("a listed job has a description; only GET /jobs/{id} has it")
		}
	}
}

func TestJobWithoutPostScope(t *testing.T) {
	fo := fastOptions()
	fo.Scopes = slices.DeleteFunc(greenhousetest.Scopes(), func(s string) bool { return s == "harvest:job_posts:list" })
	h := newHarness(t, fo, nil)
	j := h.fake.AddJob(greenhousetest.Job{Name: "Engineer"})
	got, err := h.client.Job(ctx(t), id(j.ID), ats.ReadOptions{})
	if err != nil || got.Description != nil || got.Title != "Engineer" {
		t.Errorf("got %+v %v, want the job without a description", got, err)
	}
}

func TestJobNotFound(t *testing.T) {
	h := newHarness(t, fastOptions(), nil)
	h.fake.AddJob(greenhousetest.Job{Name: "Engineer"})
	for _, bad := range []string{"4012999", "abc", "0", "1,2", "../jobs", "99999999999999999999"} {
		_, err := h.client.Job(ctx(t), bad, ats.ReadOptions{})
		if e := wantCode(t, err, ats.CodeNotFound); !strings.Contains(e.Message, "job") {
			t.Errorf("%q: message %q does not name the job", bad, e.Message)
		}
	}
	if n := h.fake.Count("GET", "/jobs"); n != 1 {
		t.Errorf("%d upstream calls, want 1 (only the numeric id is asked for)", n)
	}
}

func TestListJobsCursorIsBoundToItsFilters(t *testing.T) {
	h := newHarness(t, fastOptions(), nil)
	h.fake.Seed()
	p, err := h.client.ListJobs(ctx(t), ats.JobQuery{Window: ats.Window{Limit: 5}, Statuses: []ats.JobStatus{ats.JobOpen}})
	if err != nil || !p.HasMore {
		t.Fatal(err)
	}
	_, err = h.client.ListJobs(ctx(t), ats.JobQuery{Window: ats.Window{Limit: 5, Cursor: p.Next}, Statuses: []ats.JobStatus{ats.JobClosed}})
	wantCode(t, err, ats.CodeCursorInvalid)
	_, err = h.client.ListJobs(ctx(t), ats.JobQuery{Window: ats.Window{Limit: 5, Cursor: "bm90LW91cnM"}})
	wantCode(t, err, ats.CodeCursorInvalid)
}

// A job created during a cursor walk is not seen by it (it is newer than
// where the walk is), and nothing repeats or goes missing.
func TestListJobsWalkWhileWriting(t *testing.T) {
	h := newHarness(t, fastOptions(), nil)
	d := h.fake.Seed()
	var got []string
	w := ats.Window{Limit: 7}
	for i := 0; ; i++ {
		p, err := h.client.ListJobs(ctx(t), ats.JobQuery{Window: w})
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, idsOf(p.Items, jobIDs)...)
		h.fake.AddJob(greenhousetest.Job{Name: "Added mid-walk"})
		if !p.HasMore {
			break
		}
		if i > 100 {
			t.Fatal("the walk does not end")
		}
		w.Cursor = p.Next
	}
	if want := seededJobIDs(d, nil); !slices.Equal(got, want) {
		t.Errorf("got %v\nwant %v", got, want)
	}
}

// The same holds for a walk with filters of ours, whose continuation
// reads the upstream page it ended in again.
func TestListJobsLocalFilterResumesInsideAPage(t *testing.T) {
	h := newHarness(t, fastOptions(), nil)
	d := h.fake.Seed()
	var got []string
	w := ats.Window{Limit: 3}
	calls := 0
	for {
		p, err := h.client.ListJobs(context.Background(), ats.JobQuery{Window: w, Q: "engineer"})
		if err != nil {
			t.Fatal(err)
		}
		calls++
		got = append(got, idsOf(p.Items, jobIDs)...)
		h.fake.AddJob(greenhousetest.Job{Name: "Another Engineer"})
		if !p.HasMore {
			break
		}
		if calls > 100 {
			t.Fatal("the walk does not end")
		}
		w.Cursor = p.Next
	}
	want := seededJobIDs(d, func(j greenhousetest.Job) bool { return strings.Contains(strings.ToLower(j.Name), "engineer") })
	if !slices.Equal(got, want) {
		t.Errorf("got %v\nwant %v", got, want)
	}
	if n := h.fake.Count("GET", "/jobs"); n != calls {
		t.Errorf("%d upstream calls for %d pages, want one each (40 jobs fit one upstream page)", n, calls)
	}
}
