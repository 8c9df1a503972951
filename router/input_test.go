package router_test

import (
	"context"
	"strings"
	"testing"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/router"
	"github.com/atsbridge/atsbridge/router/routertest"
)

// TestBadBodies sends every kind of bad body and checks the status, code
// and the field named, and that the provider was never asked to write (the
// mock has no create methods: a call would be a 500).
func TestBadBodies(t *testing.T) {
	a := newAPI(&routertest.Provider{})
	long := strings.Repeat("a", 201)
	tests := []struct {
		name, path, body, ctype string
		status                  int
		code, field             string
	}{
		{"malformed JSON", "/candidates", `{"name":"A","email":`, "", 400, "INPUT_INVALID", "body"},
		{"JSON array", "/candidates", `[{"name":"A","email":"a@example.com"}]`, "", 400, "INPUT_INVALID", "body"},
		{"JSON number", "/candidates", `42`, "", 400, "INPUT_INVALID", "body"},
		{"JSON string", "/candidates", `"hello"`, "", 400, "INPUT_INVALID", "body"},
		{"two objects", "/candidates", `{"name":"A","email":"a1@example.com"}{}`, "", 400, "INPUT_INVALID", "body"},
		{"empty body", "/candidates", ` `, "", 400, "INPUT_INVALID", "body"},
		{"unknown field", "/candidates", `{"name":"A","email":"a2@example.com","salary":1}`, "", 400, "INPUT_INVALID", "salary"},
		{"field name in upper case", "/candidates", `{"NAME":"A","email":"c1@example.com"}`, "", 400, "INPUT_INVALID", "NAME"},
		{"field name in mixed case", "/applications", `{"Candidate_Id":"cand_001","job_id":"job_063"}`, "", 400, "INPUT_INVALID", "Candidate_Id"},
		{"field given twice", "/candidates", `{"name":"A","email":"c2@example.com","email":"c3@example.com"}`, "", 400, "INPUT_INVALID", "email"},
		{"field given twice in two spellings", "/candidates", `{"name":"A","email":"c4@example.com","Email":"c5@example.com"}`, "", 400, "INPUT_INVALID", "Email"},
		{"wrong type name", "/candidates", `{"name":5,"email":"a3@example.com"}`, "", 400, "INPUT_INVALID", "name"},
		{"wrong type tags", "/candidates", `{"name":"A","email":"a4@example.com","tags":"x"}`, "", 400, "INPUT_INVALID", "tags"},
		{"empty name", "/candidates", `{"name":"","email":"a5@example.com"}`, "", 400, "INPUT_INVALID", "name"},
		{"blank email", "/candidates", `{"name":"A","email":"  "}`, "", 400, "INPUT_INVALID", "email"},
		{"missing email", "/candidates", `{"name":"A"}`, "", 400, "INPUT_INVALID", "email"},
		{"missing name", "/candidates", `{"email":"a6@example.com"}`, "", 400, "INPUT_INVALID", "name"},
		{"first without last", "/candidates", `{"first_name":"A","email":"a7@example.com"}`, "", 400, "INPUT_INVALID", "last_name"},
		{"email without @", "/candidates", `{"name":"A","email":"a.example.com"}`, "", 400, "INPUT_INVALID", "email"},
		{"email with space", "/candidates", `{"name":"A","email":"a b@example.com"}`, "", 400, "INPUT_INVALID", "email"},
		{"email with display name", "/candidates", `{"name":"A","email":"A <a@example.com>"}`, "", 400, "INPUT_INVALID", "email"},
		{"name over 200", "/candidates", `{"name":"` + long + `","email":"a8@example.com"}`, "", 400, "INPUT_INVALID", "name"},
		{"first_name over 200", "/candidates", `{"first_name":"` + long + `","last_name":"B","email":"a9@example.com"}`, "", 400, "INPUT_INVALID", "first_name"},
		{"bad job id", "/candidates", `{"name":"A","email":"b1@example.com","job_id":"../x"}`, "", 400, "INPUT_INVALID", "job_id"},
		{"bad resume url", "/candidates", `{"name":"A","email":"b2@example.com","resume_url":"file:///etc/passwd"}`, "", 400, "INPUT_INVALID", "resume_url"},
		{"empty tag", "/candidates", `{"name":"A","email":"b3@example.com","tags":[""]}`, "", 400, "INPUT_INVALID", "tags[0]"},
		{"text/plain", "/candidates", `{"name":"A","email":"b4@example.com"}`, "text/plain", 415, "UNSUPPORTED_MEDIA_TYPE", ""},
		{"form", "/candidates", `name=A&email=b5@example.com`, "application/x-www-form-urlencoded", 415, "UNSUPPORTED_MEDIA_TYPE", ""},
		{"body over the route's limit", "/candidates", `{"name":"A","email":"b6@example.com","headline":"` + strings.Repeat("x", router.MaxResumeBodyBytes) + `"}`, "", 413, "BODY_TOO_LARGE", ""},
		{"application missing ids", "/applications", `{}`, "", 400, "INPUT_INVALID", "candidate_id"},
		{"application wrong type", "/applications", `{"candidate_id":1,"job_id":"job_063"}`, "", 400, "INPUT_INVALID", "candidate_id"},
		{"application unknown field", "/applications", `{"candidate_id":"cand_001","job_id":"job_063","stage":"offer"}`, "", 400, "INPUT_INVALID", "stage"},
		{"application bad id", "/applications", `{"candidate_id":"cand 001","job_id":"job_063"}`, "", 400, "INPUT_INVALID", "candidate_id"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			headers := []string{}
			if tt.ctype != "" {
				headers = append(headers, "Content-Type", tt.ctype)
			}
			a.Do(t, "POST", tt.path, tt.body, headers...).WantError(t, tt.status, tt.code, tt.field)
		})
	}
}

// TestFieldProblemsAreNamed checks that every unknown or repeated body
// field gets its own detail, and that a wrongly cased name says which name
// was meant.
func TestFieldProblemsAreNamed(t *testing.T) {
	a := newAPI(&routertest.Provider{})
	res := a.Do(t, "POST", "/candidates", `{"Name":"A","email":"d1@example.com","email":"d2@example.com","salary":1}`)
	res.WantError(t, 400, "INPUT_INVALID", "")
	got := map[string]string{}
	for _, d := range res.Env.Details {
		got[d.Field] = d.Problem
	}
	want := map[string]string{
		"Name":   "is not a known field; field names are case-sensitive: name",
		"email":  "is given more than once",
		"salary": "is not a known field",
	}
	if len(got) != len(want) {
		t.Errorf("details: got %v, want %v", got, want)
	}
	for field, problem := range want {
		if got[field] != problem {
			t.Errorf("detail %s: got %q, want %q", field, got[field], problem)
		}
	}
}

// TestEmailIsTrimmed checks that spaces around a pasted email are dropped,
// as they are around every other text field, rather than refused.
func TestEmailIsTrimmed(t *testing.T) {
	var got []ats.CandidateInput
	p := &routertest.Provider{CreateCandidateFn: func(_ context.Context, in ats.CandidateInput) (ats.Candidate, error) {
		got = append(got, in)
		return routertest.SampleCandidate(), nil
	}}
	a := newAPI(p)
	a.Do(t, "POST", "/candidates", `{"name":" Pasted Person ","email":"  pasted@example.com\t"}`).Want(t, 201, "")
	if len(got) != 1 || got[0].Email != "pasted@example.com" || got[0].Name != "Pasted Person" {
		t.Errorf("provider got %+v, want email pasted@example.com and name Pasted Person", got)
	}
	a.Do(t, "POST", "/candidates", `{"name":"Inner Space","email":"inner space@example.com"}`).WantError(t, 400, "INPUT_INVALID", "email")
}

// TestBadQueries checks each invalid query value is refused and named.
func TestBadQueries(t *testing.T) {
	a := newAPI(jobs(numberedJobs(45), nil))
	first := a.Do(t, "GET", "/jobs?status=open&limit=5", "")
	cursor := *first.Env.Meta.NextCursor
	tests := []struct {
		name, path  string
		code, field string
	}{
		{"limit 0", "/jobs?limit=0", "INPUT_INVALID", "limit"},
		{"limit 101", "/jobs?limit=101", "INPUT_INVALID", "limit"},
		{"limit abc", "/jobs?limit=abc", "INPUT_INVALID", "limit"},
		{"limit negative", "/applications?limit=-1", "INPUT_INVALID", "limit"},
		{"page 0", "/jobs?page=0", "INPUT_INVALID", "page"},
		{"page abc", "/candidates?page=x", "INPUT_INVALID", "page"},
		{"page and cursor", "/jobs?status=open&limit=5&page=2&cursor=" + cursor, "INPUT_INVALID", "cursor"},
		{"cursor of other filters", "/jobs?status=closed&limit=5&cursor=" + cursor, "CURSOR_INVALID", ""},
		{"cursor of other list", "/candidates?limit=5&cursor=" + cursor, "CURSOR_INVALID", ""},
		{"forged cursor", "/jobs?status=open&limit=5&cursor=" + forge(cursor), "CURSOR_INVALID", ""},
		{"garbage cursor", "/jobs?cursor=not-a-cursor", "CURSOR_INVALID", ""},
		{"unknown status", "/jobs?status=open,paused", "INPUT_INVALID", "status"},
		{"unknown application status", "/applications?status=lost", "INPUT_INVALID", "status"},
		{"unknown stage", "/applications?stage=phone-screen", "INPUT_INVALID", "stage"},
		{"date not RFC 3339", "/jobs?created_after=2026-01-01", "INPUT_INVALID", "created_after"},
		{"date garbage", "/applications?updated_after=yesterday", "INPUT_INVALID", "updated_after"},
		{"unknown parameter", "/jobs?sort=title", "INPUT_INVALID", "sort"},
		{"empty filter", "/jobs?department=", "INPUT_INVALID", "department"},
		{"bad include", "/jobs?include=everything", "INPUT_INVALID", "include"},
		{"bad id filter", "/applications?job_id=job%2F063", "INPUT_INVALID", "job_id"},
		{"id with slash", "/jobs/job%2F063", "INPUT_INVALID", "id"},
		{"id with dot-dot", "/jobs/..", "INPUT_INVALID", "id"},
		{"id with escaped dot-dot", "/candidates/%2E%2E", "INPUT_INVALID", "id"},
		{"id with escaped slash traversal", "/applications/..%2F..%2Fjobs", "INPUT_INVALID", "id"},
		{"single read unknown param", "/jobs/job_063?fields=all", "INPUT_INVALID", "fields"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a.Do(t, "GET", tt.path, "").WantError(t, 400, tt.code, tt.field)
		})
	}
	// A real path segment split by '/' is simply another route.
	a.Do(t, "GET", "/jobs/job/063", "").WantError(t, 404, "NOT_FOUND", "")
}

// forge flips one character of a cursor's payload.
func forge(c string) string {
	b := []byte(c)
	if b[2] == 'A' {
		b[2] = 'B'
	} else {
		b[2] = 'A'
	}
	return string(b)
}
