package router_test

import (
	"context"
	"fmt"
	"net/url"
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/router/routertest"
)

// TestListQueries checks that each list route reads its query string into
// the query the provider receives: filters, paging and include=raw.
func TestListQueries(t *testing.T) {
	june := time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)
	juneMinus2 := june.Add(-2 * time.Hour)
	t.Run("jobs", func(t *testing.T) {
		tests := []struct {
			query string
			want  ats.JobQuery
		}{
			{"", ats.JobQuery{Window: ats.Window{Limit: ats.DefaultLimit}}},
			{"status=open,closed&department=Engineering&location=Berlin&q=eng&created_after=2026-06-01T00:00:00Z&updated_after=2026-06-01T02:00:00%2B02:00",
				ats.JobQuery{Window: ats.Window{Limit: 20}, Statuses: []ats.JobStatus{ats.JobOpen, ats.JobClosed}, Department: "Engineering",
					Location: "Berlin", Q: "eng", CreatedAfter: &june, UpdatedAfter: &june}},
			{"status=draft&status=CLOSED,draft", ats.JobQuery{Window: ats.Window{Limit: 20}, Statuses: []ats.JobStatus{ats.JobDraft, ats.JobClosed}}},
			{"created_after=2026-06-01T00:00:00+02:00", ats.JobQuery{Window: ats.Window{Limit: 20}, CreatedAfter: &juneMinus2}},
			{"page=3&limit=5&include=raw", ats.JobQuery{Window: ats.Window{Limit: 5, Page: 3}, IncludeRaw: true}},
			{"limit=100&department=%20Sales%20", ats.JobQuery{Window: ats.Window{Limit: ats.MaxLimit}, Department: "Sales"}},
		}
		for _, tt := range tests {
			t.Run(tt.query, func(t *testing.T) {
				var got []ats.JobQuery
				newAPI(jobs(nil, &got)).Do(t, "GET", "/dev/jobs?"+tt.query, "").Want(t, 200, "")
				if len(got) != 1 || !reflect.DeepEqual(got[0], tt.want) {
					t.Errorf("provider got %+v, want %+v", got, tt.want)
				}
			})
		}
	})
	t.Run("candidates", func(t *testing.T) {
		tests := []struct {
			query string
			want  ats.CandidateQuery
		}{
			{"", ats.CandidateQuery{Window: ats.Window{Limit: 20}}},
			// An unencoded '+' arrives as a space; no address has one.
			{"email=karan+test@example.com", ats.CandidateQuery{Window: ats.Window{Limit: 20}, Email: "karan+test@example.com"}},
			{"email=" + url.QueryEscape("Karan+Test@Example.com") + "&job_id=job_063&updated_after=2026-06-01T00:00:00Z&include=raw",
				ats.CandidateQuery{Window: ats.Window{Limit: 20}, Email: "Karan+Test@Example.com", JobID: "job_063", UpdatedAfter: &june, IncludeRaw: true}},
		}
		for _, tt := range tests {
			t.Run(tt.query, func(t *testing.T) {
				var got []ats.CandidateQuery
				p := &routertest.Provider{ListCandidatesFn: func(_ context.Context, q ats.CandidateQuery) (ats.Page[ats.Candidate], error) {
					got = append(got, q)
					return ats.Page[ats.Candidate]{}, nil
				}}
				newAPI(p).Do(t, "GET", "/candidates?"+tt.query, "").Want(t, 200, "")
				if len(got) != 1 || !reflect.DeepEqual(got[0], tt.want) {
					t.Errorf("provider got %+v, want %+v", got, tt.want)
				}
			})
		}
	})
	t.Run("applications", func(t *testing.T) {
		tests := []struct {
			query string
			want  ats.ApplicationQuery
		}{
			{"", ats.ApplicationQuery{Window: ats.Window{Limit: 20}}},
			{"job_id=job_063&candidate_id=cand_001&stage=interview,offer&status=active&status=hired&created_after=2026-06-01T00:00:00Z",
				ats.ApplicationQuery{Window: ats.Window{Limit: 20}, JobID: "job_063", CandidateID: "cand_001",
					StageKinds: []ats.StageKind{ats.StageInterview, ats.StageOffer}, Statuses: []ats.ApplicationStatus{ats.ApplicationActive, ats.ApplicationHired}, CreatedAfter: &june}},
			{"page=1&limit=10", ats.ApplicationQuery{Window: ats.Window{Limit: 10, Page: 1}}},
		}
		for _, tt := range tests {
			t.Run(tt.query, func(t *testing.T) {
				var got []ats.ApplicationQuery
				p := &routertest.Provider{ListApplicationsFn: func(_ context.Context, q ats.ApplicationQuery) (ats.Page[ats.Application], error) {
					got = append(got, q)
					return ats.Page[ats.Application]{}, nil
				}}
				newAPI(p).Do(t, "GET", "/applications?"+tt.query, "").Want(t, 200, "")
				if len(got) != 1 || !reflect.DeepEqual(got[0], tt.want) {
					t.Errorf("provider got %+v, want %+v", got, tt.want)
				}
			})
		}
	})
}

// TestPagingThroughTheRouter walks a provider's list by cursor and by page
// through the router: the cursor carries the provider's continuation, the
// meta reports paging as the provider did, and nothing is skipped or
// repeated.
func TestPagingThroughTheRouter(t *testing.T) {
	all := numberedJobs(45)
	var queries []ats.JobQuery
	a := newAPI(jobs(all, &queries))

	got := routertest.Walk[ats.Job](t, a, "/jobs?status=open", 7)
	if len(got) != len(all) {
		t.Fatalf("cursor walk: got %d jobs, want %d", len(got), len(all))
	}
	for i, j := range got {
		if j.ID != all[i].ID {
			t.Fatalf("cursor walk: item %d is %s, want %s", i, j.ID, all[i].ID)
		}
	}
	var cursors []string
	for _, q := range queries {
		cursors = append(cursors, q.Cursor)
	}
	if want := []string{"", "7", "14", "21", "28", "35", "42"}; !slices.Equal(cursors, want) {
		t.Errorf("the provider got continuations %q, want its own %q", cursors, want)
	}

	for page := 1; page <= 4; page++ {
		res := a.Do(t, "GET", fmt.Sprintf("/jobs?page=%d&limit=20", page), "")
		var items []ats.Job
		res.Data(t, &items)
		m := res.Env.Meta
		wantLen, wantMore := min(20, max(0, len(all)-(page-1)*20)), page < 3
		if len(items) != wantLen || m.Page == nil || *m.Page != page || m.Limit != 20 || m.HasMore != wantMore || m.Total == nil || *m.Total != len(all) {
			t.Errorf("page %d: %d items, meta %+v; want %d items, has_more %v, total %d", page, len(items), m, wantLen, wantMore, len(all))
		}
		if (m.NextCursor != nil) != wantMore {
			t.Errorf("page %d: next_cursor %v with has_more %v", page, m.NextCursor, wantMore)
		}
	}
}

// TestEmptyListsAreArrays checks that lists are [] in JSON, never null,
// whatever the provider returned: an empty page, and candidates without
// tags or applications.
func TestEmptyListsAreArrays(t *testing.T) {
	bare := routertest.SampleCandidate()
	bare.Tags, bare.ApplicationIDs = nil, nil
	p := &routertest.Provider{
		ListJobsFn: func(context.Context, ats.JobQuery) (ats.Page[ats.Job], error) { return ats.Page[ats.Job]{}, nil },
		ListCandidatesFn: func(context.Context, ats.CandidateQuery) (ats.Page[ats.Candidate], error) {
			return ats.Page[ats.Candidate]{Items: []ats.Candidate{bare}}, nil
		},
		CandidateFn: func(context.Context, string, ats.ReadOptions) (ats.Candidate, error) { return bare, nil },
		CreateCandidateFn: func(context.Context, ats.CandidateInput) (ats.Candidate, error) {
			return bare, nil
		},
	}
	a := newAPI(p)
	if res := a.Do(t, "GET", "/jobs", ""); string(res.Env.Data) != "[]" {
		t.Errorf("empty page: data %s, want []", res.Env.Data)
	}
	for _, res := range []routertest.Response{
		a.Do(t, "GET", "/candidates", ""),
		a.Do(t, "GET", "/candidates/cand_013", ""),
		a.Do(t, "POST", "/candidates", `{"name":"Karan","email":"karan@example.com"}`),
	} {
		var c []map[string]any
		if res.Env.Data[0] == '{' {
			var one map[string]any
			res.Data(t, &one)
			c = append(c, one)
		} else {
			res.Data(t, &c)
		}
		for _, x := range c {
			if tags, ok := x["tags"].([]any); !ok || len(tags) != 0 {
				t.Errorf("tags = %#v, want []", x["tags"])
			}
			if ids, ok := x["application_ids"].([]any); !ok || len(ids) != 0 {
				t.Errorf("application_ids = %#v, want []", x["application_ids"])
			}
		}
	}
}

// TestSingleReads checks that the id and include=raw reach the provider.
func TestSingleReads(t *testing.T) {
	type call struct {
		id  string
		raw bool
	}
	var calls []call
	p := routertest.Answering(nil)
	p.JobFn = func(_ context.Context, id string, o ats.ReadOptions) (ats.Job, error) {
		calls = append(calls, call{id, o.IncludeRaw})
		return routertest.SampleJob(), nil
	}
	a := newAPI(p)
	a.Do(t, "GET", "/jobs/job_063", "").Want(t, 200, "")
	a.Do(t, "GET", "/dev/jobs/4F1C2A9B7E?include=raw", "").Want(t, 200, "")
	if want := []call{{"job_063", false}, {"4F1C2A9B7E", true}}; !slices.Equal(calls, want) {
		t.Errorf("provider got %v, want %v", calls, want)
	}
}
