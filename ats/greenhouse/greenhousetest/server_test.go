package greenhousetest_test

import (
	"encoding/base64"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/jonboulle/clockwork"

	"github.com/atsbridge/atsbridge/ats/fake"
	"github.com/atsbridge/atsbridge/ats/greenhouse/greenhousetest"
)

// These tests pin the fake to ../shared/greenhouse-v3.md, so that client
// tests against it mean something.

type answer struct {
	status int
	header http.Header
	raw    []byte
}

func (a answer) object(t *testing.T) map[string]json.RawMessage {
	t.Helper()
	var m map[string]json.RawMessage
	if err := json.Unmarshal(a.raw, &m); err != nil {
		t.Fatalf("body is not a JSON object: %s", a.raw)
	}
	return m
}

// ids reads a list answer's ids, in order.
func (a answer) ids(t *testing.T) []int64 {
	t.Helper()
	var items []struct {
		ID int64 `json:"id"`
	}
	if err := json.Unmarshal(a.raw, &items); err != nil {
		t.Fatalf("body is not a JSON array: %s", a.raw)
	}
	out := []int64{}
	for _, it := range items {
		out = append(out, it.ID)
	}
	return out
}

// next is the URL of the Link header's rel="next", or "".
func (a answer) next() string {
	m := regexp.MustCompile(`<([^>]+)>;\s*rel="next"`).FindStringSubmatch(a.header.Get("Link"))
	if m == nil {
		return ""
	}
	return m[1]
}

func do(t *testing.T, method, target string, body string, h http.Header) answer {
	t.Helper()
	res := fake.Call(t, method, target, []byte(body), h)
	return answer{status: res.Status, header: res.Header, raw: res.Raw}
}

// call sends an API request with a bearer token ("" for none). target is
// below /v3 or absolute.
func call(t *testing.T, s *greenhousetest.Server, method, target, token, body string) answer {
	t.Helper()
	if !strings.HasPrefix(target, "http") {
		target = s.URL + target
	}
	h := http.Header{}
	if token != "" {
		h.Set("Authorization", "Bearer "+token)
	}
	if body != "" {
		h.Set("Content-Type", "application/json")
	}
	return do(t, method, target, body, h)
}

// tokenRequest posts to the token endpoint with Basic id:secret (none when
// id is ""), form as the body and query in the URL.
func tokenRequest(t *testing.T, s *greenhousetest.Server, id, secret, form, query string) answer {
	t.Helper()
	target := s.TokenURL
	if query != "" {
		target += "?" + query
	}
	h := http.Header{}
	if form != "" {
		h.Set("Content-Type", "application/x-www-form-urlencoded")
	}
	if id != "" {
		h.Set("Authorization", "Basic "+base64.StdEncoding.EncodeToString([]byte(id+":"+secret)))
	}
	return do(t, "POST", target, form, h)
}

// token fetches an access token.
func token(t *testing.T, s *greenhousetest.Server, form string) string {
	t.Helper()
	a := tokenRequest(t, s, s.ClientID, s.ClientSecret, form, "")
	var tok struct {
		AccessToken string `json:"access_token"`
	}
	if err := json.Unmarshal(a.raw, &tok); a.status != 200 || err != nil || tok.AccessToken == "" {
		t.Fatalf("token: got %d %s", a.status, a.raw)
	}
	return tok.AccessToken
}

func TestTokenEndpointFollowsTheFacts(t *testing.T) {
	s := greenhousetest.Start(t, greenhousetest.Options{})
	form := "grant_type=client_credentials"
	tests := []struct {
		name         string
		id, secret   string
		form, query  string
		status       int
		key, contain string
	}{
		{"no credentials", "", "", form, "", 401, "errorId", "Unauthorized"},
		{"unknown secret", s.ClientID, "wrong", form, "", 401, "error", "invalid_client"},
		{"malformed client id", "no-number", "x", form, "", 400, "errorId", "no-number"},
		{"no grant_type", s.ClientID, s.ClientSecret, "", "", 400, "errorId", "grant_type"},
		{"another grant_type", s.ClientID, s.ClientSecret, "grant_type=password", "", 400, "errorId", "client_credentials"},
		{"unknown sub", s.ClientID, s.ClientSecret, form + "&sub=999", "", 400, "errorId", "sub"},
		{"grant_type in the form", s.ClientID, s.ClientSecret, form + "&sub=" + strconv.Itoa(greenhousetest.AdminUserID), "", 200, "access_token", ""},
		{"grant_type in the query, empty body", s.ClientID, s.ClientSecret, "", "grant_type=client_credentials", 200, "access_token", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := tokenRequest(t, s, tt.id, tt.secret, tt.form, tt.query)
			body := a.object(t)
			if a.status != tt.status || body[tt.key] == nil || !strings.Contains(string(a.raw), tt.contain) {
				t.Errorf("got %d %s, want %d with %q containing %q", a.status, a.raw, tt.status, tt.key, tt.contain)
			}
		})
	}
	if strings.Contains(string(tokenRequest(t, s, s.ClientID, "wrong", form, "").raw), "wrong") {
		t.Error("a refusal echoes the secret")
	}
}

func TestTokenExpiryForms(t *testing.T) {
	clock := clockwork.NewFakeClockAt(time.Date(2026, 9, 30, 12, 0, 0, 0, time.UTC))
	tests := []struct {
		form greenhousetest.ExpiryForm
		want string
	}{
		{greenhousetest.ExpiresAtZ, `"expires_at":"2026-09-30T13:00:00Z"`},
		{greenhousetest.ExpiresAtOffset, `"expires_at":"2026-09-30T13:00:00.000+0000"`},
		{greenhousetest.ExpiresIn, `"expires_in":3600`},
		{greenhousetest.ExpiresNone, `"token_type":"Bearer"`},
	}
	for _, tt := range tests {
		s := greenhousetest.Start(t, greenhousetest.Options{Now: clock.Now, Expiry: tt.form})
		a := tokenRequest(t, s, s.ClientID, s.ClientSecret, "grant_type=client_credentials", "")
		if a.status != 200 || !strings.Contains(string(a.raw), tt.want) {
			t.Errorf("form %d: got %s, want it to contain %s", tt.form, a.raw, tt.want)
		}
		if tt.form == greenhousetest.ExpiresNone && (strings.Contains(string(a.raw), "expires")) {
			t.Errorf("ExpiresNone: got %s", a.raw)
		}
	}
}

// Tokens live on the fake's clock, and a revoked one is refused like an
// expired one.
func TestTokensExpireAndAreRevoked(t *testing.T) {
	clock := clockwork.NewFakeClockAt(time.Date(2026, 9, 30, 12, 0, 0, 0, time.UTC))
	s := greenhousetest.Start(t, greenhousetest.Options{Now: clock.Now, TokenLifetime: 10 * time.Minute})
	tok := token(t, s, "grant_type=client_credentials")
	if a := call(t, s, "GET", "/jobs", tok, ""); a.status != 200 {
		t.Fatalf("fresh token: got %d", a.status)
	}
	clock.Advance(10 * time.Minute)
	a := call(t, s, "GET", "/jobs", tok, "")
	if a.status != 401 || !strings.Contains(string(a.raw), `"message":"Unauthorized"`) {
		t.Errorf("expired token: got %d %s, want the documented 401", a.status, a.raw)
	}
	tok = token(t, s, "grant_type=client_credentials")
	s.RevokeTokens()
	if a := call(t, s, "GET", "/jobs", tok, ""); a.status != 401 {
		t.Errorf("revoked token: got %d, want 401", a.status)
	}
	if got := s.IssuedTokens(); got != 2 {
		t.Errorf("IssuedTokens: got %d, want 2", got)
	}
}

// The API resolves the route, then checks the token (401), then scopes
// and the acting user (403), then the input (422).
func TestAPIChecksInOrder(t *testing.T) {
	s := greenhousetest.Start(t, greenhousetest.Options{Scopes: []string{"harvest:jobs:list"}})
	tok := token(t, s, "grant_type=client_credentials")
	basic := token(t, s, "grant_type=client_credentials&sub="+strconv.Itoa(greenhousetest.BasicUserID))
	tests := []struct {
		name, method, target, token string
		status                      int
		body                        string
	}{
		{"unknown route without token", "GET", "/nothing", "", 404, `{"message":"Resource not found"}`},
		{"no single-record GET", "GET", "/jobs/4012001", tok, 404, `{"message":"Resource not found"}`},
		{"known route without token", "GET", "/jobs", "", 401, `"errors":["Token could not be decoded`},
		{"bad input without token", "GET", "/jobs?per_page=600", "", 401, `"message":"Unauthorized"`},
		{"scope the credential lacks", "GET", "/candidates?per_page=600", tok, 403, `{"message":"Forbidden"}`},
		{"read by a user who is not a site admin", "GET", "/jobs", basic, 403, `{"message":"Forbidden"}`},
		{"bad input", "GET", "/jobs?per_page=600", tok, 422, "number is greater than: 500"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := call(t, s, tt.method, tt.target, tt.token, "")
			if a.status != tt.status || !strings.Contains(string(a.raw), tt.body) {
				t.Errorf("got %d %s, want %d with %s", a.status, a.raw, tt.status, tt.body)
			}
			if a.header.Get("X-RateLimit-Limit") == "" {
				t.Error("the answer has no X-RateLimit-Limit; every answer carries it")
			}
		})
	}
	if r := s.Requests(); r[len(r)-1].Sub != "" {
		t.Errorf("a token without sub acts as %q, want the service user", r[len(r)-1].Sub)
	}
}

func TestListsFollowTheFacts(t *testing.T) {
	s := greenhousetest.Start(t, greenhousetest.Options{RateLimit: -1})
	seeded := s.Seed()
	tok := token(t, s, "grant_type=client_credentials")
	var want []int64
	for _, j := range slices.Backward(seeded.Jobs) {
		want = append(want, j.ID)
	}

	first := call(t, s, "GET", "/jobs?per_page=15", tok, "")
	if got := first.ids(t); !slices.Equal(got, want[:15]) {
		t.Fatalf("first page: got %v, want the 15 highest ids descending %v", got, want[:15])
	}
	var got []int64
	for a, pages := first, 1; ; pages++ {
		got = append(got, a.ids(t)...)
		link := a.next()
		if link == "" {
			if pages != 3 {
				t.Errorf("40 jobs at 15 a page: %d pages, want 3", pages)
			}
			break
		}
		u, _ := url.Parse(link)
		if !strings.HasPrefix(link, s.URL+"/jobs?") || len(u.Query()) != 1 || u.Query().Get("cursor") == "" {
			t.Fatalf("Link next %q: want the fake's URL with a cursor alone", link)
		}
		a = call(t, s, "GET", link, tok, "")
	}
	if !slices.Equal(got, want) {
		t.Errorf("walk: got %v, want every job once, by id descending", got)
	}

	cur := first.next()
	tests := []struct{ name, target, body string }{
		{"cursor with another parameter", cur + "&per_page=50", `{"message":"Unprocessable Content","errors":["When passing a cursor, do not include other query params."]}`},
		{"per_page above 500", "/jobs?per_page=600", `{"per_page":"` + "`600`" + ` number is greater than: 500"}`},
		{"per_page 0", "/jobs?per_page=0", "number is less than: 1"},
		{"51 ids", "/jobs?ids=" + strings.Repeat("1,", 50) + "1", "at most 50"},
		{"51 candidate_ids", "/applications?candidate_ids=" + strings.Repeat("1,", 50) + "1", "at most 50"},
		{"created_at with updated_at", "/jobs?created_at=gte|2020-01-01T00:00:00Z&updated_at=gte|2020-01-01T00:00:00Z", "created_at and updated_at"},
		{"a bad operator", "/jobs?created_at=after|2020-01-01T00:00:00Z", "operator"},
		{"a filter the endpoint lacks", "/candidates?job_id=1", "job_id"},
		{"status in_process", "/applications?status=in_process", "status"},
		{"a cursor of another list", s.URL + "/candidates?" + url.Values{"cursor": {u(cur).Query().Get("cursor")}}.Encode(), "Invalid cursor"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := call(t, s, "GET", tt.target, tok, "")
			if a.status != 422 || !strings.Contains(string(a.raw), tt.body) {
				t.Errorf("got %d %s, want 422 with %s", a.status, a.raw, tt.body)
			}
		})
	}

	// Pipe filters, one- and two-sided.
	j := seeded.Jobs
	from, to := j[9].CreatedAt, j[19].CreatedAt
	for _, tt := range []struct {
		filter string
		n      int
	}{
		{"gte|" + from.Format(time.RFC3339Nano), 31},
		{"gt|" + from.Format(time.RFC3339Nano), 30},
		{"gte|" + from.Format(time.RFC3339) + "|lt|" + to.Format(time.RFC3339), 10},
		{"gt|" + from.Format(time.RFC3339) + "|lte|" + to.Format(time.RFC3339), 10},
	} {
		a := call(t, s, "GET", "/jobs?per_page=500&created_at="+url.QueryEscape(tt.filter), tok, "")
		if n := len(a.ids(t)); a.status != 200 || n != tt.n {
			t.Errorf("created_at=%s: got %d %d jobs, want %d", tt.filter, a.status, n, tt.n)
		}
	}
	// The readable form of the docs (| unescaped) works too.
	if a := call(t, s, "GET", "/jobs?created_at=gte|"+url.QueryEscape(from.Format(time.RFC3339)), tok, ""); a.status != 200 {
		t.Errorf("readable pipe: got %d %s", a.status, a.raw)
	}
}

func u(s string) *url.URL {
	v, _ := url.Parse(s)
	return v
}

func TestApplicationFilters(t *testing.T) {
	s := greenhousetest.Start(t, greenhousetest.Options{RateLimit: -1})
	seeded := s.Seed()
	tok := token(t, s, "grant_type=client_credentials")
	count := func(status string) int {
		n := 0
		for _, a := range seeded.Applications {
			if a.Status == status {
				n++
			}
		}
		return n
	}
	var body []struct {
		Status string `json:"status"`
	}
	a := call(t, s, "GET", "/applications?status=active&per_page=500", tok, "")
	_ = json.Unmarshal(a.raw, &body)
	if len(body) != count(greenhousetest.StatusInProcess) || body[0].Status != "in_process" {
		t.Errorf("status=active: got %d applications, first %q; want %d, answered as in_process", len(body), body[0].Status, count("in_process"))
	}
	for _, st := range []string{"rejected", "hired", "converted"} {
		if n := len(call(t, s, "GET", "/applications?per_page=500&status="+st, tok, "").ids(t)); n != count(st) || n == 0 {
			t.Errorf("status=%s: got %d, want %d (and the seed to have some)", st, n, count(st))
		}
	}
	c := seeded.Candidates[29] // the 30th applied to three jobs
	if got := call(t, s, "GET", fmt.Sprintf("/applications?candidate_ids=%d", c.ID), tok, "").ids(t); len(got) != 3 {
		t.Errorf("candidate_ids: got %v, want 3 applications", got)
	}
	if got := call(t, s, "GET", "/applications?prospect=true", tok, "").ids(t); len(got) != 4 {
		t.Errorf("prospect=true: got %d, want the 4 seeded prospects", len(got))
	}
}

func TestCandidatesFollowTheFacts(t *testing.T) {
	for _, flat := range []bool{false, true} {
		t.Run(fmt.Sprint("flat=", flat), func(t *testing.T) {
			s := greenhousetest.Start(t, greenhousetest.Options{RateLimit: -1, FlatCandidate: flat})
			job := s.AddJob(greenhousetest.Job{Name: "Engineer"})
			tok := token(t, s, "grant_type=client_credentials")
			body := fmt.Sprintf(`{"first_name":"Zoë","last_name":"Ångström","email_addresses":[{"value":"zoe@example.com","type":"personal"}],"application":{"job_id":%d}}`, job.ID)
			a := call(t, s, "POST", "/candidates", tok, body)
			m := a.object(t)
			if a.status != 201 {
				t.Fatalf("got %d %s", a.status, a.raw)
			}
			if flat != (m["candidate"] == nil) || !flat && string(m["application"]) == "null" {
				t.Errorf("got %s, want wrapped=%v", a.raw, !flat)
			}
			apps := s.Applications()
			if len(apps) != 1 || apps[0].StageID != s.JobStages(job.ID)[0].ID {
				t.Errorf("the nested application: got %+v, want one on the job's first stage", apps)
			}
			// Greenhouse does not refuse an email it has.
			if a := call(t, s, "POST", "/candidates", tok, body); a.status != 201 || len(s.Candidates()) != 2 {
				t.Errorf("same email again: got %d, want 201 and a second candidate", a.status)
			}
			if got := call(t, s, "GET", "/candidates?email=ZOE@example.com", tok, "").ids(t); len(got) != 2 {
				t.Errorf("email filter: got %v, want both", got)
			}
		})
	}

	s := greenhousetest.Start(t, greenhousetest.Options{RateLimit: -1})
	tok := token(t, s, "grant_type=client_credentials")
	for _, tt := range []struct{ body, want string }{
		{`{"first_name":"Ada"}`, `{"last_name":"can't be blank"}`},
		{`{"first_name":"Ada","last_name":"L","email_addresses":[{"value":"a@example.com"}]}`, `email_addresses[0].type`},
		{`{"first_name":"Ada","last_name":"L","applications":[{"job_id":1}]}`, `{"applications":"is not a permitted parameter"}`},
		{`{"first_name":"Ada","last_name":"L","application":{"job_id":1}}`, `application.job_id`},
	} {
		if a := call(t, s, "POST", "/candidates", tok, tt.body); a.status != 422 || !strings.Contains(string(a.raw), tt.want) {
			t.Errorf("%s: got %d %s, want 422 with %s", tt.body, a.status, a.raw, tt.want)
		}
	}
}

func TestPipelineActions(t *testing.T) {
	clock := clockwork.NewFakeClockAt(time.Date(2026, 9, 30, 12, 0, 0, 0, time.UTC))
	s := greenhousetest.Start(t, greenhousetest.Options{RateLimit: -1, Now: clock.Now})
	job := s.AddJob(greenhousetest.Job{Name: "Engineer"})
	cand := s.AddCandidate(greenhousetest.Candidate{FirstName: "A", LastName: "B"})
	app := s.AddApplication(greenhousetest.Application{CandidateID: cand.ID, JobID: job.ID})
	reason := s.AddRejectionReason(greenhousetest.RejectionReason{Name: "Lacking skills", Type: "We rejected them"})
	s.AddRejectionReason(greenhousetest.RejectionReason{Name: "Built in", Type: "None specified", Default: true})
	stages := s.JobStages(job.ID)
	tok := token(t, s, "grant_type=client_credentials&sub="+strconv.Itoa(greenhousetest.AdminUserID))
	path := fmt.Sprintf("/applications/%d/", app.ID)
	clock.Advance(time.Minute)

	steps := []struct {
		name, action, body string
		status             int
		stage              int64
		appStatus, want    string
	}{
		{"stale from_stage_id", "move", fmt.Sprintf(`{"from_stage_id":%d,"to_stage_id":%d}`, stages[2].ID, stages[3].ID), 422, stages[0].ID, "in_process", "from_stage_id"},
		{"no from_stage_id", "move", fmt.Sprintf(`{"to_stage_id":%d}`, stages[3].ID), 422, stages[0].ID, "in_process", "from_stage_id"},
		{"a stage of another job", "move", fmt.Sprintf(`{"from_stage_id":%d,"to_stage_id":1}`, stages[0].ID), 422, stages[0].ID, "in_process", "to_stage_id"},
		{"move", "move", fmt.Sprintf(`{"from_stage_id":%d,"to_stage_id":%d}`, stages[0].ID, stages[3].ID), 204, stages[3].ID, "in_process", ""},
		{"advance", "move", fmt.Sprintf(`{"from_stage_id":%d}`, stages[3].ID), 204, stages[4].ID, "in_process", ""},
		{"reject without a reason", "reject", `{"notes":"n"}`, 422, stages[4].ID, "in_process", "rejection_reason_id"},
		{"reject with an unknown reason", "reject", `{"rejection_reason_id":1}`, 422, stages[4].ID, "in_process", "rejection_reason_id"},
		{"reject", "reject", fmt.Sprintf(`{"rejection_reason_id":%d,"notes":"Not now"}`, reason.ID), 204, stages[4].ID, "rejected", ""},
		{"reject twice", "reject", fmt.Sprintf(`{"rejection_reason_id":%d}`, reason.ID), 422, stages[4].ID, "rejected", "Only an active"},
		{"move a rejected application", "move", fmt.Sprintf(`{"from_stage_id":%d}`, stages[4].ID), 422, stages[4].ID, "rejected", "Only an active"},
		{"unreject", "unreject", `{}`, 204, stages[4].ID, "in_process", ""},
		{"unreject an active one", "unreject", `{}`, 422, stages[4].ID, "in_process", "Only a rejected"},
	}
	for _, st := range steps {
		a := call(t, s, "POST", path+st.action, tok, st.body)
		got, _ := s.Application(app.ID)
		if a.status != st.status || got.StageID != st.stage || got.Status != st.appStatus || !strings.Contains(string(a.raw), st.want) {
			t.Errorf("%s: got %d %s, stage %d %s; want %d with %q, stage %d %s", st.name, a.status, a.raw, got.StageID, got.Status, st.status, st.want, st.stage, st.appStatus)
		}
		if st.status == 204 && (len(a.raw) != 0 || !got.UpdatedAt.Equal(clock.Now()) || got.MovedBy != strconv.Itoa(greenhousetest.AdminUserID)) {
			t.Errorf("%s: body %q, updated_at %v, by %q; want no body, now, the token's user", st.name, a.raw, got.UpdatedAt, got.MovedBy)
		}
	}
	if a := call(t, s, "POST", "/applications/999/move", tok, `{"from_stage_id":1}`); a.status != 404 {
		t.Errorf("unknown application: got %d, want 404", a.status)
	}
	if n := len(call(t, s, "GET", "/rejection_reasons", tok, "").ids(t)); n != 1 {
		t.Errorf("rejection_reasons: got %d, want the custom one only", n)
	}
	if n := len(call(t, s, "GET", "/rejection_reasons?include_defaults=true", tok, "").ids(t)); n != 2 {
		t.Errorf("include_defaults: got %d, want both", n)
	}
}

func TestAttachments(t *testing.T) {
	clock := clockwork.NewFakeClockAt(time.Date(2026, 9, 30, 12, 0, 0, 0, time.UTC))
	s := greenhousetest.Start(t, greenhousetest.Options{RateLimit: -1, Now: clock.Now})
	job := s.AddJob(greenhousetest.Job{Name: "Engineer"})
	cand := s.AddCandidate(greenhousetest.Candidate{FirstName: "A", LastName: "B"})
	app := s.AddApplication(greenhousetest.Application{CandidateID: cand.ID, JobID: job.ID})
	tok := token(t, s, "grant_type=client_credentials")
	pdf := []byte("%PDF-1.4 resume")
	upload := func(name string, data []byte) answer {
		return call(t, s, "POST", "/attachments", tok, fmt.Sprintf(`{"application_id":%d,"filename":%q,"type":"resume","content":%q,"content_type":"application/pdf"}`,
			app.ID, name, base64.StdEncoding.EncodeToString(data)))
	}
	if a := upload("cv.pdf", []byte("old")); a.status != 201 {
		t.Fatalf("upload: got %d %s", a.status, a.raw)
	}
	if a := upload("cv2.pdf", pdf); a.status != 201 || a.object(t)["url"] == nil {
		t.Fatalf("upload: got %d %s", a.status, a.raw)
	}
	if a := upload("virus.exe", pdf); a.status != 422 {
		t.Errorf("blocked extension: got %d", a.status)
	}
	if a := call(t, s, "POST", "/attachments", tok, fmt.Sprintf(`{"application_id":%d,"filename":"a.pdf","type":"resume","content":"eA==","url":"https://x.example/a.pdf"}`, app.ID)); a.status != 422 {
		t.Errorf("content and url: got %d, want 422", a.status)
	}

	var list []struct {
		Type, Filename, URL string
	}
	a := call(t, s, "GET", fmt.Sprintf("/attachments?candidate_ids=%d&type=resume", cand.ID), tok, "")
	_ = json.Unmarshal(a.raw, &list)
	if len(list) != 1 || list[0].Filename != "cv2.pdf" {
		t.Fatalf("resumes: got %s, want only the newest (the older one became other)", a.raw)
	}
	file := do(t, "GET", list[0].URL, "", nil)
	if file.status != 200 || string(file.raw) != string(pdf) || !strings.HasPrefix(list[0].URL, s.FilesURL()) {
		t.Errorf("download: got %d %q from %s", file.status, file.raw, list[0].URL)
	}
	clock.Advance(7*24*time.Hour + time.Second)
	if file := do(t, "GET", list[0].URL, "", nil); file.status != 403 {
		t.Errorf("after 7 days: got %d, want 403 (the url expired)", file.status)
	}
}

// The rate-limit window runs on the fake's clock.
func TestRateLimitWindow(t *testing.T) {
	clock := clockwork.NewFakeClockAt(time.Unix(1790000010, 0))
	s := greenhousetest.Start(t, greenhousetest.Options{Now: clock.Now, RateLimit: 3})
	tok := token(t, s, "grant_type=client_credentials")
	for i := range 3 {
		a := call(t, s, "GET", "/jobs", tok, "")
		if a.status != 200 || a.header.Get("X-RateLimit-Remaining") != strconv.Itoa(2-i) || a.header.Get("X-RateLimit-Limit") != "3" {
			t.Fatalf("call %d: got %d remaining %q", i+1, a.status, a.header.Get("X-RateLimit-Remaining"))
		}
		if got := a.header.Get("X-RateLimit-Reset"); got != "1790000040" {
			t.Errorf("reset: got %q, want 1790000040 (the next 30 s window, Unix seconds)", got)
		}
	}
	a := call(t, s, "GET", "/jobs", tok, "")
	if a.status != 429 || a.header.Get("Retry-After") != "30" || a.header.Get("X-RateLimit-Remaining") != "0" {
		t.Errorf("4th call: got %d Retry-After %q, want 429 with Retry-After 30", a.status, a.header.Get("Retry-After"))
	}
	if a := call(t, s, "GET", "/jobs", "", ""); a.status != 429 {
		t.Errorf("a call without a token in a spent window: got %d, want 429", a.status)
	}
	if n := len(s.TokenRequests()); n != 1 {
		t.Errorf("token requests: %d, want 1 (the token endpoint is not in the API's window)", n)
	}
	clock.Advance(30 * time.Second)
	if a := call(t, s, "GET", "/jobs", tok, ""); a.status != 200 {
		t.Errorf("next window: got %d, want 200", a.status)
	}
	if n := s.RateLimited(); n != 2 {
		t.Errorf("RateLimited: got %d, want 2", n)
	}
}

func TestFaults(t *testing.T) {
	s := greenhousetest.Start(t, greenhousetest.Options{RateLimit: -1})
	s.AddJob(greenhousetest.Job{Name: "A"})
	s.AddJob(greenhousetest.Job{Name: "B"})
	tok := token(t, s, "grant_type=client_credentials")

	s.Inject(greenhousetest.Fault{Path: "/jobs", Status: 500, Times: 2})
	for i := range 2 {
		if a := call(t, s, "GET", "/jobs", tok, ""); a.status != 500 || !strings.Contains(string(a.raw), "message") {
			t.Errorf("call %d: got %d %s, want the injected 500", i+1, a.status, a.raw)
		}
	}
	if a := call(t, s, "GET", "/jobs", tok, ""); a.status != 200 {
		t.Errorf("after the fault: got %d", a.status)
	}
	s.Inject(greenhousetest.Fault{Path: "/jobs", Status: 500})
	if a := call(t, s, "GET", "/jobs", "stale", ""); a.status != 401 {
		t.Errorf("stale token: got %d, want 401 (faults apply after authentication)", a.status)
	}
	if a := call(t, s, "GET", "/jobs", tok, ""); a.status != 500 {
		t.Errorf("the fault was used up by the refused request: got %d", a.status)
	}
	s.Inject(greenhousetest.Fault{Path: "/jobs", Malformed: true})
	if a := call(t, s, "GET", "/jobs", tok, ""); a.status != 200 || json.Valid(a.raw) {
		t.Errorf("malformed: got %d %s", a.status, a.raw)
	}
	s.Inject(greenhousetest.Fault{Path: "/jobs", NextBase: "https://evil.example/v3"})
	if a := call(t, s, "GET", "/jobs?per_page=1", tok, ""); !strings.HasPrefix(a.next(), "https://evil.example/v3/jobs?cursor=") {
		t.Errorf("NextBase: Link %q", a.header.Get("Link"))
	}
	s.InjectToken(greenhousetest.Fault{Status: 503})
	if a := tokenRequest(t, s, s.ClientID, s.ClientSecret, "grant_type=client_credentials", ""); a.status != 503 {
		t.Errorf("token fault: got %d", a.status)
	}
	empty := ""
	s.Inject(greenhousetest.Fault{Method: "POST", Path: "/candidates", SuccessBody: &empty})
	if a := call(t, s, "POST", "/candidates", tok, `{"first_name":"A","last_name":"B"}`); a.status != 201 || len(a.raw) != 0 || len(s.Candidates()) != 1 {
		t.Errorf("success rewrite: got %d %q with %d candidates", a.status, a.raw, len(s.Candidates()))
	}
}

// The seed has what the client's filters and rules need.
func TestSeedCoversTheRules(t *testing.T) {
	s := greenhousetest.Start(t, greenhousetest.Options{})
	d := s.Seed()
	statuses := map[string]int{}
	for _, j := range d.Jobs {
		statuses[j.Status]++
	}
	if statuses["open"] == 0 || statuses["closed"] == 0 || statuses["draft"] == 0 {
		t.Errorf("job statuses: %v", statuses)
	}
	app := map[string]int{}
	perCand := map[int64]int{}
	for _, a := range d.Applications {
		app[a.Status]++
		if !a.Prospect {
			perCand[a.CandidateID]++
		}
	}
	multi := 0
	for _, n := range perCand {
		if n > 1 {
			multi++
		}
	}
	if app["in_process"] == 0 || app["rejected"] == 0 || app["hired"] == 0 || app["converted"] != 1 || multi < 10 || len(d.Applications) <= 150 {
		t.Errorf("applications: %v, %d candidates in several jobs, %d in all", app, multi, len(d.Applications))
	}
	withdrawn := false
	for _, a := range d.Applications {
		for _, r := range d.Reasons {
			withdrawn = withdrawn || a.RejectionReasonID == r.ID && r.Type == "They rejected us"
		}
	}
	if !withdrawn {
		t.Error("no application was rejected for a withdrawal")
	}
	for _, c := range d.Candidates {
		for _, e := range c.Emails {
			if !regexp.MustCompile(`^[a-z0-9.]+@[a-z.]+$`).MatchString(e.Value) {
				t.Errorf("email %q", e.Value)
			}
		}
	}
}
