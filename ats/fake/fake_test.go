package fake_test

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/atsbridge/atsbridge/ats/fake"
)

// request is a fake's own Request, as the fakes declare theirs.
type request struct {
	fake.Request
	Note string
}

// server is a minimal fake: a journal, a fault queue and a dialect around
// a handler that lists two records and links to its next page.
type server struct {
	host    *fake.Host
	faults  fake.Faults
	journal fake.Journal[request, *request]
}

var dialect = fake.Dialect{
	Malformed: `{"items":[{"id":"1","name":"Trunc`,
	Error: func(w http.ResponseWriter, status int) {
		fake.WriteJSON(w, status, map[string]string{"error": http.StatusText(status)})
	},
	DropNext: func(body []byte) []byte { return []byte(strings.Replace(string(body), `,"next":"n2"`, "", 1)) },
}

func start(t *testing.T) *server {
	t.Helper()
	s := &server{}
	s.host = fake.NewHost(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		req, body, rec := s.journal.Record(w, r, strings.TrimPrefix(r.URL.Path, "/api"), 1<<20)
		faulted := false
		defer func() { s.journal.Done(req, rec, faulted) }()
		if r.Header.Get("X-Note") != "" {
			s.journal.Edit(req, func(req *request) { req.Note = r.Header.Get("X-Note") })
		}
		f, ok := s.faults.Take(r.Method, req.Path)
		faulted = dialect.Act(rec, r, f, ok, func(w http.ResponseWriter, r *http.Request) {
			if r.Method == http.MethodPost && len(body) == 0 {
				fake.WriteJSON(w, http.StatusUnprocessableEntity, map[string]string{"error": "no body"})
				return
			}
			fake.WriteJSON(w, http.StatusOK, map[string]any{"next": "n2", "link": fake.NextBase(r, "own") + "/items?page=2", "items": []int{1, 2}})
		})
	}))
	t.Cleanup(s.host.Close)
	return s
}

type answer struct {
	status int
	header http.Header
	body   string
	err    error
}

func (s *server) do(t *testing.T, method, path, body string) answer {
	t.Helper()
	req, _ := http.NewRequest(method, s.host.URL+"/api"+path, strings.NewReader(body))
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		return answer{err: err}
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return answer{status: res.StatusCode, header: res.Header, body: string(b)}
}

func TestFaultsMatchAndCount(t *testing.T) {
	s := start(t)
	s.faults.Inject(fake.Fault{Method: "GET", Path: "/items/", Status: 503, Times: 2})
	s.faults.Inject(fake.Fault{Path: "/other", Status: 500})
	for i, want := range []int{503, 503, 200} {
		if a := s.do(t, "GET", "/items/7", ""); a.status != want {
			t.Errorf("call %d under a prefix fault: got %d, want %d", i+1, a.status, want)
		}
	}
	if a := s.do(t, "GET", "/items", ""); a.status != 200 {
		t.Errorf("/items is not below /items/: got %d", a.status)
	}
	s.faults.Clear()
	if a := s.do(t, "GET", "/other", ""); a.status != 200 {
		t.Errorf("after Clear: got %d", a.status)
	}
	if n, f := s.journal.Count("GET", "/items/7"), s.journal.All(); n != 3 || !f[0].Fault || f[2].Fault {
		t.Errorf("journal: %d calls, faults %v %v", n, f[0].Fault, f[2].Fault)
	}
}

func TestActAnswersInstead(t *testing.T) {
	s := start(t)
	s.faults.Inject(fake.Fault{Status: 429, Header: http.Header{"Retry-After": {"7"}}})
	if a := s.do(t, "GET", "/items", ""); a.status != 429 || a.header.Get("Retry-After") != "7" || a.body != `{"error":"Too Many Requests"}` {
		t.Errorf("status without a body: got %d %q %s, want the dialect's body and the header", a.status, a.header.Get("Retry-After"), a.body)
	}
	s.faults.Inject(fake.Fault{Status: 403, Body: `{"error":"scope"}`})
	if a := s.do(t, "GET", "/items", ""); a.status != 403 || a.body != `{"error":"scope"}` {
		t.Errorf("status with a body: got %d %s", a.status, a.body)
	}
	s.faults.Inject(fake.Fault{Malformed: true})
	if a := s.do(t, "GET", "/items", ""); a.status != 200 || a.body != dialect.Malformed {
		t.Errorf("malformed: got %d %s", a.status, a.body)
	}
	// A POST, which the client's transport does not send again on a
	// dropped connection.
	s.faults.Inject(fake.Fault{CloseConnection: true})
	if a := s.do(t, "POST", "/items", "{}"); a.err == nil {
		t.Errorf("dropped connection: got %d, want no answer", a.status)
	}
	if n := s.journal.RateLimited(); n != 0 {
		t.Errorf("an injected 429 counts as the fake's own: %d", n)
	}
}

func TestActServesLateOrRewritten(t *testing.T) {
	s := start(t)
	s.faults.Inject(fake.Fault{Delay: 20 * time.Millisecond, NextBase: "https://evil.example"})
	if a := s.do(t, "GET", "/items", ""); a.status != 200 || !strings.Contains(a.body, `"link":"https://evil.example/items?page=2"`) {
		t.Errorf("NextBase: got %d %s", a.status, a.body)
	}
	if a := s.do(t, "GET", "/items", ""); !strings.Contains(a.body, `"link":"own/items`) {
		t.Errorf("after the fault: %s", a.body)
	}
	s.faults.Inject(fake.Fault{DropNext: true})
	if a := s.do(t, "GET", "/items", ""); a.status != 200 || strings.Contains(a.body, `"next"`) {
		t.Errorf("DropNext: got %d %s", a.status, a.body)
	}
	empty := ""
	s.faults.Inject(fake.Fault{Method: "POST", SuccessStatus: 201, SuccessBody: &empty, Times: 2})
	if a := s.do(t, "POST", "/items", "{}"); a.status != 201 || a.body != "" {
		t.Errorf("success rewrite: got %d %q", a.status, a.body)
	}
	if a := s.do(t, "POST", "/items", ""); a.status != 422 || !strings.Contains(a.body, "no body") {
		t.Errorf("a failure under a success rewrite: got %d %s, want it unchanged", a.status, a.body)
	}
	s.faults.Inject(fake.Fault{SuccessStatus: 204})
	if a := s.do(t, "GET", "/items", ""); a.status != 204 || a.body != "" {
		t.Errorf("204: got %d %q, want no body", a.status, a.body)
	}
	all := s.journal.All()
	if !all[2].Fault || all[1].Fault || !all[3].Fault || !all[4].Fault {
		t.Errorf("Fault marks: %v %v %v %v", all[1].Fault, all[2].Fault, all[3].Fault, all[4].Fault)
	}
}

func TestJournal(t *testing.T) {
	s := start(t)
	req, _ := http.NewRequest("POST", s.host.URL+"/api/items?q=a%20b&q=c", strings.NewReader(`{"x":1}`))
	req.Header.Set("Authorization", "Bearer t")
	req.Header.Set("User-Agent", "ua/1")
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-Note", "noted")
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	all := s.journal.All()
	if len(all) != 1 {
		t.Fatalf("%d entries", len(all))
	}
	r := all[0]
	if r.Method != "POST" || r.Path != "/items" || r.RawQuery != "q=a%20b&q=c" || r.Query["q"][1] != "c" ||
		r.Authorization != "Bearer t" || r.UserAgent != "ua/1" || r.ContentType != "application/json" ||
		string(r.Body) != `{"x":1}` || r.Status != 200 || r.Note != "noted" {
		t.Errorf("entry: %+v", r)
	}
	all[0].Query.Set("q", "changed")
	if s.journal.All()[0].Query.Get("q") != "a b" {
		t.Error("All hands out the journal's own query")
	}
	if s.journal.Count("", "") != 1 || s.journal.Count("GET", "") != 0 || s.journal.Count("", "/items") != 1 {
		t.Error("Count")
	}
	s.journal.Reset()
	if len(s.journal.All()) != 0 {
		t.Error("Reset kept entries")
	}
}

func TestHostCountsConnections(t *testing.T) {
	s := start(t)
	for range 5 {
		s.do(t, "GET", "/items", "")
	}
	if n := s.host.Connections(); n != 1 {
		t.Errorf("5 sequential calls on one client: %d connections", n)
	}
}

func TestWindow(t *testing.T) {
	w := fake.Window{Limit: 2, Size: 10 * time.Second}
	at := time.Unix(1784839340, 0)
	for i, want := range []int{1, 0} {
		ok, remaining, reset := w.Take(at.Add(time.Duration(i) * time.Second))
		if !ok || remaining != want || !reset.Equal(time.Unix(1784839350, 0)) {
			t.Errorf("take %d: %v %d %v", i+1, ok, remaining, reset)
		}
	}
	if ok, _, _ := w.Take(at.Add(9 * time.Second)); ok {
		t.Error("a third request in the window was allowed")
	}
	if ok, remaining, _ := w.Take(at.Add(10 * time.Second)); !ok || remaining != 1 {
		t.Error("the next aligned window did not start afresh")
	}
	off := fake.Window{Limit: -1, Size: time.Second}
	if ok, remaining, _ := off.Take(at); !ok || remaining != off.Shown() || off.Shown() != 1<<30 {
		t.Error("a negative limit is no limit")
	}
	if got := fake.FormatReset(time.Unix(1784839350, 0), 10*time.Second); got != "1784839350" {
		t.Errorf("FormatReset: %s", got)
	}
	if got := fake.FormatReset(time.UnixMilli(1784839350250), 100*time.Millisecond); got != "1784839350.250" {
		t.Errorf("FormatReset under a second: %s", got)
	}
	for d, want := range map[time.Duration]string{30 * time.Second: "30", 1500 * time.Millisecond: "2", 0: "1"} {
		if got := fake.RetryAfter(d); got != want {
			t.Errorf("RetryAfter(%v): got %s, want %s", d, got, want)
		}
	}
}

func TestBucket(t *testing.T) {
	at := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	b := fake.NewBucket(10, 3, at)
	for i := range 3 {
		if !b.Take(at) {
			t.Fatalf("take %d of a full bucket refused", i+1)
		}
	}
	if b.Take(at) {
		t.Error("an empty bucket gave a token")
	}
	if !b.Take(at.Add(100*time.Millisecond)) || b.Take(at.Add(100*time.Millisecond)) {
		t.Error("100 ms at 10/s refills exactly one token")
	}
	if !fake.NewBucket(-1, 0, at).Take(at) {
		t.Error("a negative rate is no limit")
	}
}

func TestAuth(t *testing.T) {
	r := httptest.NewRequest("GET", "/", nil)
	r.Header.Set("Authorization", "Bearer tok")
	if !fake.HasBearer(r, "tok") || fake.HasBearer(r, "other") {
		t.Error("HasBearer")
	}
	r.SetBasicAuth("key", "")
	if !fake.HasBasic(r, "key", "") || fake.HasBasic(r, "key", "x") || fake.HasBasic(r, "other", "") {
		t.Error("HasBasic")
	}
}
