package workabletest_test

import (
	"encoding/json"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/atsbridge/atsbridge/ats/fake"
	"github.com/atsbridge/atsbridge/ats/workable/workabletest"
)

// These tests pin the fake to the recorded facts of Workable's API, so
// that client tests against it mean something.

type answer struct {
	status int
	header http.Header
	body   map[string]json.RawMessage
}

func call(t *testing.T, s *workabletest.Server, method, target, token, body string) answer {
	t.Helper()
	if !strings.HasPrefix(target, "http") {
		target = s.URL + target
	}
	h := http.Header{}
	if token != "" {
		h.Set("Authorization", "Bearer "+token)
	}
	res := fake.Call(t, method, target, []byte(body), h)
	a := answer{status: res.Status, header: res.Header}
	if len(res.Raw) > 0 {
		if err := json.Unmarshal(res.Raw, &a.body); err != nil {
			t.Fatalf("%s %s: body is not a JSON object: %s", method, target, res.Raw)
		}
	}
	return a
}

func ids(t *testing.T, raw json.RawMessage) []string {
	t.Helper()
	var items []struct {
		ID string `json:"id"`
	}
	if err := json.Unmarshal(raw, &items); err != nil {
		t.Fatal(err)
	}
	out := make([]string, len(items))
	for i, it := range items {
		out[i] = it.ID
	}
	return out
}

func next(t *testing.T, a answer) string {
	t.Helper()
	p, ok := a.body["paging"]
	if !ok {
		return ""
	}
	var v struct {
		Next string `json:"next"`
	}
	if err := json.Unmarshal(p, &v); err != nil || v.Next == "" {
		t.Fatalf("paging present but without next: %s", p)
	}
	return v.Next
}

func TestBearerIsRequired(t *testing.T) {
	s := workabletest.Start(t, workabletest.Options{})
	for _, token := range []string{"", "wrong"} {
		a := call(t, s, "GET", "/jobs", token, "")
		if a.status != 401 || a.body["error"] == nil {
			t.Errorf("token %q: got %d %v, want 401 with an error body", token, a.status, a.body)
		}
		if a.header.Get("X-Rate-Limit-Limit") != "" {
			t.Errorf("token %q: an unauthorised answer carries rate-limit headers", token)
		}
	}
	if a := call(t, s, "GET", "/jobs", s.Token, ""); a.status != 200 {
		t.Errorf("right token: got %d, want 200", a.status)
	}
}

func TestPagingFollowsTheFacts(t *testing.T) {
	s := workabletest.Start(t, workabletest.Options{RateLimit: -1})
	jobs := s.SeedJobs(120)

	first := call(t, s, "GET", "/jobs", s.Token, "")
	if got := ids(t, first.body["jobs"]); len(got) != 50 || got[0] != jobs[0].ID {
		t.Fatalf("default page: got %d jobs from %v, want 50 from %s", len(got), got[:1], jobs[0].ID)
	}
	link := next(t, first)
	u, _ := url.Parse(link)
	if !u.IsAbs() || u.Query().Get("since_id") != jobs[50].ID || u.Query().Get("limit") != "50" {
		t.Errorf("paging.next %q: want an absolute URL with limit=50 and since_id=%s (the next page's first id)", link, jobs[50].ID)
	}
	if got := ids(t, call(t, s, "GET", link, s.Token, "").body["jobs"]); got[0] != jobs[50].ID {
		t.Errorf("next page starts at %s, want %s (since_id is inclusive)", got[0], jobs[50].ID)
	}

	last := call(t, s, "GET", "/jobs?limit=100&since_id="+jobs[100].ID, s.Token, "")
	if _, ok := last.body["paging"]; ok {
		t.Errorf("last page: paging is present (%s), want it absent", last.body["paging"])
	}
	if got := ids(t, call(t, s, "GET", "/jobs?max_id="+jobs[2].ID, s.Token, "").body["jobs"]); len(got) != 3 {
		t.Errorf("max_id: got %d jobs, want 3 (inclusive)", len(got))
	}
	if a := call(t, s, "GET", "/jobs?limit=101", s.Token, ""); a.status != 422 {
		t.Errorf("limit=101: got %d, want 422 (limit cannot be more than 100)", a.status)
	}
}

func TestCandidatesFollowTheFacts(t *testing.T) {
	s := workabletest.Start(t, workabletest.Options{RateLimit: -1})
	job := s.AddJob(workabletest.Job{Title: "Engineer"})
	for range 4 {
		s.AddCandidate(workabletest.Candidate{Name: "A B", Email: "ab@example.com", JobShortcode: job.Shortcode, StageSlug: "phone-screen"})
	}

	a := call(t, s, "GET", "/candidates?limit=2&shortcode="+job.Shortcode+"&stage=phone-screen", s.Token, "")
	var items []struct {
		Stage     string `json:"stage"`
		StageKind string `json:"stage_kind"`
	}
	_ = json.Unmarshal(a.body["candidates"], &items)
	if len(items) != 2 || items[0].Stage != "Phone Screen" || items[0].StageKind != "phone-screen" {
		t.Errorf("got %s, want stage names in answers while the filter took the slug", a.body["candidates"])
	}
	if link := next(t, a); !strings.Contains(link, "/spi/v3/jobs/"+job.Shortcode+"/candidates?") || strings.Contains(link, "shortcode=") {
		t.Errorf("paging.next %q: want the legacy /jobs/{shortcode}/candidates path", link)
	}
	if a := call(t, s, "GET", "/candidates?stage=Phone+Screen", s.Token, ""); len(ids(t, a.body["candidates"])) != 0 {
		t.Error("the stage filter matched a stage name; it takes slugs")
	}

	one := call(t, s, "GET", "/candidates/"+s.Candidates()[0].ID, s.Token, "")
	if one.body["candidate"] == nil {
		t.Errorf("single candidate: got keys %v, want it wrapped in \"candidate\"", one.body)
	}
	j := call(t, s, "GET", "/jobs/"+job.Shortcode, s.Token, "")
	if j.body["shortcode"] == nil || j.body["job"] != nil {
		t.Errorf("single job: got keys %v, want it unwrapped", j.body)
	}

	create := `{"sourced":false,"candidate":{"name":"New Person","email":"AB@example.com"}}`
	dup := call(t, s, "POST", "/jobs/"+job.Shortcode+"/candidates", s.Token, create)
	if dup.status != 422 || !strings.Contains(string(dup.body["validation_errors"]), "already exists") {
		t.Errorf("duplicate email in the job: got %d %v, want 422 with validation_errors", dup.status, dup.body)
	}
	fresh := call(t, s, "POST", "/jobs/"+job.Shortcode+"/candidates", s.Token, `{"candidate":{"name":"New Person","email":"new@example.com"}}`)
	var created struct {
		Stage   string `json:"stage"`
		Sourced bool   `json:"sourced"`
	}
	_ = json.Unmarshal(fresh.body["candidate"], &created)
	if fresh.status != 200 || string(fresh.body["status"]) != `"created"` || created.Stage != "Sourced" || !created.Sourced {
		t.Errorf("create without sourced: got %d %v, want 200 created, sourced (v3's default)", fresh.status, fresh.body)
	}
}

// The rate-limit window runs on the fake's clock, so a test can walk
// through windows without waiting.
func TestRateLimitWindow(t *testing.T) {
	var mu sync.Mutex
	now := time.Unix(1784839340, 0)
	clock := func() time.Time { mu.Lock(); defer mu.Unlock(); return now }
	s := workabletest.Start(t, workabletest.Options{Now: clock, RetryAfter: true})

	for i := range 10 {
		a := call(t, s, "GET", "/jobs", s.Token, "")
		if a.status != 200 || a.header.Get("X-Rate-Limit-Remaining") != strconv.Itoa(9-i) || a.header.Get("X-Rate-Limit-Limit") != "10" {
			t.Fatalf("call %d: got %d remaining %q", i+1, a.status, a.header.Get("X-Rate-Limit-Remaining"))
		}
		if got := a.header.Get("X-Rate-Limit-Reset"); got != "1784839350" {
			t.Errorf("reset: got %q, want 1784839350 (Unix seconds of the next window)", got)
		}
	}
	a := call(t, s, "GET", "/jobs", s.Token, "")
	if a.status != 429 || a.header.Get("Retry-After") != "10" || a.body["error"] == nil {
		t.Errorf("11th call: got %d Retry-After %q %v, want 429 with Retry-After 10", a.status, a.header.Get("Retry-After"), a.body)
	}
	mu.Lock()
	now = now.Add(10 * time.Second)
	mu.Unlock()
	if a := call(t, s, "GET", "/jobs", s.Token, ""); a.status != 200 {
		t.Errorf("next window: got %d, want 200", a.status)
	}
	if n := s.RateLimited(); n != 1 {
		t.Errorf("RateLimited: got %d, want 1", n)
	}
}

func TestFaults(t *testing.T) {
	s := workabletest.Start(t, workabletest.Options{RateLimit: -1})
	s.Inject(workabletest.Fault{Path: "/jobs", Status: 503, Times: 2})
	for i := range 2 {
		if a := call(t, s, "GET", "/jobs", s.Token, ""); a.status != 503 {
			t.Errorf("call %d: got %d, want the injected 503", i+1, a.status)
		}
	}
	if a := call(t, s, "GET", "/jobs", s.Token, ""); a.status != 200 {
		t.Errorf("after the fault: got %d, want 200", a.status)
	}
	s.Inject(workabletest.Fault{Path: "/members", Status: 500})
	if a := call(t, s, "GET", "/jobs", s.Token, ""); a.status != 200 {
		t.Errorf("a fault for another path applied to /jobs: %d", a.status)
	}
}

func TestSparseNextCarriesOnlyLimitAndSinceID(t *testing.T) {
	s := workabletest.Start(t, workabletest.Options{RateLimit: -1, SparseNext: true})
	job := s.AddJob(workabletest.Job{Title: "Engineer"})
	for range 5 {
		s.AddCandidate(workabletest.Candidate{Name: "A B", Email: "ab@example.com", JobShortcode: job.Shortcode, StageSlug: "interview"})
	}
	a := call(t, s, "GET", "/candidates?limit=2&shortcode="+job.Shortcode+"&stage=interview&created_after=2020-01-01T00:00:00Z", s.Token, "")
	u, err := url.Parse(next(t, a))
	if err != nil {
		t.Fatal(err)
	}
	if u.Path != "/spi/v3/jobs/"+job.Shortcode+"/candidates" {
		t.Errorf("paging.next path %q, want the legacy job path", u.Path)
	}
	if got := u.Query(); len(got) != 2 || got.Get("limit") != "2" || got.Get("since_id") == "" {
		t.Errorf("paging.next query %v, want only limit and since_id", got)
	}
}

func TestSuccessFaultsServeThenRewrite(t *testing.T) {
	s := workabletest.Start(t, workabletest.Options{RateLimit: -1})
	job := s.AddJob(workabletest.Job{Title: "Engineer"})
	empty := ""
	s.Inject(workabletest.Fault{Method: "POST", SuccessStatus: 201, SuccessBody: &empty, Times: 2})
	a := call(t, s, "POST", "/jobs/"+job.Shortcode+"/candidates", s.Token, `{"candidate":{"name":"New Person","email":"new@example.com"}}`)
	if a.status != 201 || len(a.body) != 0 || len(s.Candidates()) != 1 {
		t.Errorf("got %d %v with %d candidates, want 201, an empty body, and the candidate created", a.status, a.body, len(s.Candidates()))
	}
	dup := call(t, s, "POST", "/jobs/"+job.Shortcode+"/candidates", s.Token, `{"candidate":{"name":"New Person","email":"new@example.com"}}`)
	if dup.status != 422 || dup.body["validation_errors"] == nil {
		t.Errorf("a failure under the fault: got %d %v, want the 422 unchanged", dup.status, dup.body)
	}
}
