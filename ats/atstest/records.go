package atstest

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/atsbridge/atsbridge/ats"
)

// The fields of each record that the suite reads (see Fixture), as the API
// prints them: comparing their JSON also catches a time returned in
// another zone than UTC, or a list that is null instead of [].

type jobKey struct {
	ID         string        `json:"id"`
	Title      string        `json:"title"`
	Status     ats.JobStatus `json:"status"`
	Department *string       `json:"department"`
	Location   ats.Location  `json:"location"`
	CreatedAt  time.Time     `json:"created_at"`
	UpdatedAt  time.Time     `json:"updated_at"`
}

func keyOfJob(j ats.Job) jobKey {
	return jobKey{j.ID, j.Title, j.Status, j.Department, j.Location, j.CreatedAt, j.UpdatedAt}
}

type candidateKey struct {
	ID             string    `json:"id"`
	Email          string    `json:"email"`
	ApplicationIDs []string  `json:"application_ids"`
	CreatedAt      time.Time `json:"created_at"`
	UpdatedAt      time.Time `json:"updated_at"`
}

func keyOfCandidate(c ats.Candidate) candidateKey {
	return candidateKey{c.ID, c.Email, c.ApplicationIDs, c.CreatedAt, c.UpdatedAt}
}

type applicationKey struct {
	ID          string                `json:"id"`
	CandidateID string                `json:"candidate_id"`
	JobID       string                `json:"job_id"`
	StageKind   ats.StageKind         `json:"stage_kind"`
	Status      ats.ApplicationStatus `json:"status"`
	AppliedAt   time.Time             `json:"applied_at"`
	UpdatedAt   time.Time             `json:"updated_at"`
}

func keyOfApplication(a ats.Application) applicationKey {
	return applicationKey{a.ID, a.CandidateID, a.JobID, a.Stage.Kind, a.Status, a.AppliedAt, a.UpdatedAt}
}

// keyOf is the compared fields of any record.
func keyOf(record any) any {
	switch r := record.(type) {
	case ats.Job:
		return keyOfJob(r)
	case ats.Candidate:
		return keyOfCandidate(r)
	case ats.Application:
		return keyOfApplication(r)
	}
	panic("atstest: not a record")
}

// sameJSON fails unless got and want print the same JSON.
func sameJSON(t *testing.T, what string, got, want any) {
	t.Helper()
	g, err := json.Marshal(got)
	if err != nil {
		t.Fatalf("%s: marshal: %v", what, err)
	}
	w, err := json.Marshal(want)
	if err != nil {
		t.Fatalf("%s: marshal: %v", what, err)
	}
	if string(g) != string(w) {
		t.Errorf("%s:\n got %s\nwant %s", what, g, w)
	}
}

// sample is at most n ids spread over ids, first and last included:
// reading every record by id would cost thousands of calls on a big
// fixture, and the lists serve every record anyway.
func sample(ids []string, n int) []string {
	if len(ids) <= n {
		return ids
	}
	out := make([]string, 0, n)
	for i := range n {
		out = append(out, ids[i*(len(ids)-1)/(n-1)])
	}
	return out
}

// testRecords checks that the provider serves the fixture: every record in
// its unfiltered list, in order, with the fixture's values, and a sample of
// them by id with the same values.
func testRecords(t *testing.T, s *suite) {
	d, p := s.d, s.read
	for _, k := range []struct {
		list lister
		want map[string]any
		ids  []string
		get  func(t *testing.T, id string) (any, error)
	}{
		{jobsOf(p, "", ats.JobQuery{}), keyed(d.Jobs, keyOfJob, func(j ats.Job) string { return j.ID }), ids(d.Jobs, func(j ats.Job) string { return j.ID }),
			func(t *testing.T, id string) (any, error) { return p.Job(t.Context(), id, ats.ReadOptions{}) }},
		{candidatesOf(p, "", ats.CandidateQuery{}), keyed(d.Candidates, keyOfCandidate, func(c ats.Candidate) string { return c.ID }), ids(d.Candidates, func(c ats.Candidate) string { return c.ID }),
			func(t *testing.T, id string) (any, error) { return p.Candidate(t.Context(), id, ats.ReadOptions{}) }},
		{applicationsOf(p, "", ats.ApplicationQuery{}), keyed(d.Applications, keyOfApplication, func(a ats.Application) string { return a.ID }), ids(d.Applications, func(a ats.Application) string { return a.ID }),
			func(t *testing.T, id string) (any, error) { return p.Application(t.Context(), id, ats.ReadOptions{}) }},
	} {
		s.run(t, k.list.name+"/listed_as_in_the_fixture", func(t *testing.T) {
			var got []string
			cursor := ""
			for range maxPages {
				pg, err := k.list.call(t.Context(), ats.Window{Limit: ats.MaxLimit, Cursor: cursor})
				if err != nil {
					t.Fatalf("list: %v", describe(err))
				}
				for i, r := range pg.records {
					if w, ok := k.want[pg.ids[i]]; ok {
						sameJSON(t, "listed "+pg.ids[i], keyOf(r), w)
					}
				}
				got = append(got, pg.ids...)
				if !pg.hasMore {
					break
				}
				cursor = pg.next
			}
			sameIDs(t, "the unfiltered list, in order", got, k.ids)
		})
		s.run(t, k.list.name+"/read_by_id_as_in_the_fixture", func(t *testing.T) {
			for _, id := range sample(k.ids, 12) {
				r, err := k.get(t, id)
				if err != nil {
					t.Errorf("read %s: %v", id, describe(err))
					continue
				}
				sameJSON(t, "read by id "+id, keyOf(r), k.want[id])
			}
		})
	}
}

func keyed[T any, K any](records []T, key func(T) K, id func(T) string) map[string]any {
	m := make(map[string]any, len(records))
	for _, r := range records {
		m[id(r)] = key(r)
	}
	return m
}

func ids[T any](records []T, id func(T) string) []string {
	out := make([]string, 0, len(records))
	for _, r := range records {
		out = append(out, id(r))
	}
	return out
}
