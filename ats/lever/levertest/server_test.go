package levertest_test

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"mime/multipart"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/atsbridge/atsbridge/ats/fake"
	"github.com/atsbridge/atsbridge/ats/lever/levertest"
)

// These tests pin the fake to the facts of Lever's API (providers.md C),
// so that client tests against it mean something.

type answer struct {
	status int
	header http.Header
	raw    []byte
	body   map[string]json.RawMessage
}

// call sends one request with the fake's key (key "" sends no auth, and
// "-" the key with a password).
func call(t *testing.T, s *levertest.Server, method, target, key, contentType string, body []byte) answer {
	t.Helper()
	if !strings.HasPrefix(target, "http") {
		target = s.URL + target
	}
	h := http.Header{}
	switch key {
	case "":
	case "-":
		h.Set("Authorization", basic(s.Key, "x"))
	default:
		h.Set("Authorization", basic(key, ""))
	}
	if contentType != "" {
		h.Set("Content-Type", contentType)
	}
	res := fake.Call(t, method, target, body, h)
	a := answer{status: res.Status, header: res.Header, raw: res.Raw}
	if strings.HasPrefix(res.Header.Get("Content-Type"), "application/json") && json.Valid(res.Raw) {
		if err := json.Unmarshal(res.Raw, &a.body); err != nil {
			t.Fatalf("%s %s: body is not a JSON object: %s", method, target, res.Raw)
		}
	}
	return a
}

func basic(user, password string) string {
	return "Basic " + base64.StdEncoding.EncodeToString([]byte(user+":"+password))
}

func get(t *testing.T, s *levertest.Server, target string) answer {
	t.Helper()
	return call(t, s, "GET", target, s.Key, "", nil)
}

func send(t *testing.T, s *levertest.Server, method, target, body string) answer {
	t.Helper()
	return call(t, s, method, target, s.Key, "application/json", []byte(body))
}

func (a answer) want(t *testing.T, status int) answer {
	t.Helper()
	if a.status != status {
		t.Fatalf("got %d, want %d: %s", a.status, status, a.raw)
	}
	return a
}

type item struct {
	ID          string `json:"id"`
	Contact     string `json:"contact"`
	State       string `json:"state"`
	CreatedAt   int64  `json:"createdAt"`
	Stage       any    `json:"stage"`
	Archived    *struct{ Reason string }
	Emails      []string `json:"emails"`
	Application []any    `json:"applications"`
}

func (a answer) items(t *testing.T) []item {
	t.Helper()
	var out []item
	if err := json.Unmarshal(a.body["data"], &out); err != nil {
		t.Fatalf("data: %v: %s", err, a.raw)
	}
	return out
}

func (a answer) one(t *testing.T) item {
	t.Helper()
	var out item
	if err := json.Unmarshal(a.body["data"], &out); err != nil {
		t.Fatalf("data: %v: %s", err, a.raw)
	}
	return out
}

func ids(items []item) []string {
	out := make([]string, len(items))
	for i, it := range items {
		out[i] = it.ID
	}
	return out
}

// paging returns hasNext and next ("" when the key is absent).
func paging(t *testing.T, a answer) (bool, string) {
	t.Helper()
	var hasNext bool
	if err := json.Unmarshal(a.body["hasNext"], &hasNext); err != nil {
		t.Fatalf("hasNext: %v: %s", err, a.raw)
	}
	raw, ok := a.body["next"]
	if !ok {
		return hasNext, ""
	}
	var next string
	if err := json.Unmarshal(raw, &next); err != nil || next == "" {
		t.Fatalf("next present but empty: %s", a.raw)
	}
	return hasNext, next
}

func TestAuth(t *testing.T) {
	s := levertest.Start(t, levertest.Options{})
	for _, tt := range []struct {
		name, key string
		want      int
	}{
		{"no credentials", "", 401},
		{"wrong key", "lv-wrong", 401},
		{"a password", "-", 401},
		{"the key and an empty password", s.Key, 200},
	} {
		t.Run(tt.name, func(t *testing.T) {
			a := call(t, s, "GET", "/postings", tt.key, "", nil).want(t, tt.want)
			if tt.want == 401 && (len(a.body["code"]) == 0 || len(a.body["message"]) == 0) {
				t.Errorf("401 body: got %s, want {code, message}", a.raw)
			}
		})
	}
}

func TestListWalkWithTokensAsSentAndDoubleEncoded(t *testing.T) {
	s := levertest.Start(t, levertest.Options{Rate: -1})
	s.Seed()
	all := s.Opportunities()
	for _, doubled := range []bool{false, true} {
		var got []string
		target, pages := "/opportunities?limit=7&confidentiality=all", 0
		for {
			a := get(t, s, target).want(t, 200)
			got = append(got, ids(a.items(t))...)
			pages++
			hasNext, next := paging(t, a)
			if !hasNext {
				if next != "" {
					t.Fatal("last page has a next token")
				}
				break
			}
			if !strings.HasPrefix(next, "%5B") || strings.ContainsAny(next, "[]\",") {
				t.Fatalf("next %q is not an URL-encoded token", next)
			}
			if doubled {
				target = "/opportunities?" + url.Values{"limit": {"7"}, "confidentiality": {"all"}, "offset": {next}}.Encode()
			} else {
				target = "/opportunities?limit=7&confidentiality=all&offset=" + next
			}
		}
		var want []string
		for _, o := range all {
			want = append(want, o.ID)
		}
		if !slices.Equal(got, want) {
			t.Errorf("doubled=%v: walked %d records in %d pages, want the %d stored, in order", doubled, len(got), pages, len(want))
		}
	}
	var doubledSeen int
	for _, r := range s.Requests() {
		if r.DoubleEncodedOffset {
			doubledSeen++
		}
	}
	if doubledSeen == 0 {
		t.Error("no request was recorded as double-encoded")
	}
}

func TestListRefusals(t *testing.T) {
	s := levertest.Start(t, levertest.Options{})
	for _, target := range []string{
		"/opportunities?limit=101", "/opportunities?limit=0", "/opportunities?offset=nonsense",
		"/postings?updated_at_start=2026-01-01", "/opportunities?archived=maybe", "/postings?confidentiality=secret",
	} {
		a := get(t, s, target).want(t, 400)
		if len(a.body["code"]) == 0 || len(a.body["message"]) == 0 {
			t.Errorf("%s: got %s, want {code, message}", target, a.raw)
		}
	}
}

func TestPostingFilters(t *testing.T) {
	s := levertest.Start(t, levertest.Options{Rate: -1})
	d := s.Seed()
	list := func(q string) []string {
		return ids(get(t, s, "/postings?"+q).want(t, 200).items(t))
	}
	tests := []struct {
		query string
		want  []levertest.Posting
	}{
		{"", []levertest.Posting{d.Backend, d.Sales, d.Data, d.Designer, d.Support, d.Finance, d.Legacy, d.Success, d.Munich, d.Intern}},
		{"confidentiality=all&state=internal", []levertest.Posting{d.Data, d.Security}},
		{"confidentiality=confidential", []levertest.Posting{d.Chief, d.Security}},
		{"state=closed&state=rejected", []levertest.Posting{d.Designer, d.Legacy}},
		{"state=draft,pending", []levertest.Posting{d.Support, d.Finance}},
		{"team=engineering", []levertest.Posting{d.Backend, d.Intern}},
		{"location=Remote", []levertest.Posting{d.Backend, d.Legacy}},
		{"updated_at_start=" + strconv.FormatInt(d.Munich.UpdatedAt.UnixMilli(), 10), []levertest.Posting{d.Munich, d.Intern}},
	}
	for _, tt := range tests {
		var want []string
		for _, p := range tt.want {
			want = append(want, p.ID)
		}
		if got := list(tt.query); !slices.Equal(got, want) {
			t.Errorf("%q: got %v, want %v", tt.query, got, want)
		}
	}
	get(t, s, "/postings/"+d.Chief.ID).want(t, 200)

	blind := levertest.Start(t, levertest.Options{Rate: -1, NoConfidential: true})
	bd := blind.Seed()
	if got := ids(get(t, blind, "/postings?confidentiality=all").want(t, 200).items(t)); slices.Contains(got, bd.Chief.ID) {
		t.Error("a key without confidential access sees a confidential posting")
	}
	get(t, blind, "/postings/"+bd.Chief.ID).want(t, 404)
	get(t, blind, "/opportunities/"+bd.Secret.ID).want(t, 404)

	strict := levertest.Start(t, levertest.Options{Rate: -1, NoConfidential: true, RefuseConfidential: true})
	strict.Seed()
	get(t, strict, "/postings?confidentiality=all").want(t, 403)
	get(t, strict, "/opportunities?confidentiality=confidential").want(t, 403)
	if got := get(t, strict, "/postings").want(t, 200).items(t); len(got) != 10 {
		t.Errorf("without asking: got %d postings, want the 10 non-confidential", len(got))
	}
}

func TestOpportunityFilters(t *testing.T) {
	s := levertest.Start(t, levertest.Options{Rate: -1})
	d := s.Seed()
	list := func(q string) []string {
		return ids(get(t, s, "/opportunities?limit=100&"+q).want(t, 200).items(t))
	}
	janes := []string{d.JaneLead.ID, d.JaneBackend.ID, d.JaneSales.ID}
	if d.JaneLead.ContactID != d.JaneBackend.ContactID || d.JaneBackend.ContactID != d.JaneSales.ContactID {
		t.Fatal("Jane's opportunities are not under one contact")
	}
	if got := list("email=JANE@example.com"); !slices.Equal(got, janes) {
		t.Errorf("email: got %v, want %v", got, janes)
	}
	if got := list("contact_id=" + d.JaneLead.ContactID + "&contact_id=" + d.Jose.ContactID); !slices.Equal(got, append(janes, d.Jose.ID)) {
		t.Errorf("contact_id twice: got %v", got)
	}
	if got := list("posting_id=" + d.Sales.ID + "&archived=true"); !slices.Contains(got, d.JaneSales.ID) || slices.Contains(got, d.JaneBackend.ID) {
		t.Errorf("posting_id + archived: got %v", got)
	}
	for _, id := range list("archived=false") {
		if o, _ := s.Opportunity(id); o.Archived != nil {
			t.Errorf("archived=false lists archived %s", id)
		}
	}
	inStage := list("stage_id=" + levertest.StageReferences)
	if !slices.Contains(inStage, d.Hanako.ID) {
		t.Errorf("stage_id: %s missing from %v", d.Hanako.ID, inStage)
	}
	for _, id := range inStage {
		if o, _ := s.Opportunity(id); o.StageID != levertest.StageReferences {
			t.Errorf("stage_id lists %s in stage %s", id, o.StageID)
		}
	}
	if got := list("posting_id=" + d.Chief.ID); len(got) != 0 {
		t.Errorf("confidential opportunities listed without confidentiality=all: %v", got)
	}
	if got := list("posting_id=" + d.Chief.ID + "&confidentiality=all"); !slices.Equal(got, []string{d.Secret.ID}) {
		t.Errorf("confidentiality=all: got %v", got)
	}
	bound := d.Bulk[40].CreatedAt.UnixMilli()
	got := list("created_at_start=" + strconv.FormatInt(bound, 10))
	if len(got) != 7 || got[0] != d.Bulk[40].ID {
		t.Errorf("created_at_start (inclusive): got %d records starting %v", len(got), got[:1])
	}

	a := get(t, s, "/opportunities/"+d.JaneBackend.ID+"?expand=applications,stage").want(t, 200)
	var o struct {
		Stage struct {
			ID, Text string
		} `json:"stage"`
		Applications []struct {
			Posting string `json:"posting"`
		} `json:"applications"`
		CreatedAt int64 `json:"createdAt"`
	}
	if err := json.Unmarshal(a.body["data"], &o); err != nil {
		t.Fatal(err)
	}
	if o.Stage.Text != "Phone interview" || len(o.Applications) != 1 || o.Applications[0].Posting != d.Backend.ID ||
		o.CreatedAt != d.JaneBackend.CreatedAt.UnixMilli() {
		t.Errorf("expanded opportunity: got %s", a.body["data"])
	}
	get(t, s, "/opportunities/"+d.JaneBackend.ID+"/applications").want(t, 200)
}

func TestWritesNeedAnActiveUser(t *testing.T) {
	s := levertest.Start(t, levertest.Options{Rate: -1})
	d := s.Seed()
	body := `{"name":"New Person","emails":["new@example.com"]}`
	send(t, s, "POST", "/opportunities", body).want(t, 400)
	send(t, s, "POST", "/opportunities?perform_as="+levertest.UserFormerAdmin, body).want(t, 400)
	send(t, s, "PUT", "/opportunities/"+d.Hanako.ID+"/stage", `{"stage":"offer"}`).want(t, 400)
	send(t, s, "POST", "/opportunities?perform_as="+levertest.UserAdmin, body).want(t, 201)
}

func TestCreateDedupesByEmail(t *testing.T) {
	s := levertest.Start(t, levertest.Options{Rate: -1})
	d := s.Seed()
	body := `{"name":"Jane D.","emails":["Jane@Example.com"],"postings":["` + d.Success.ID + `"],"origin":"applied"}`
	o := send(t, s, "POST", "/opportunities?perform_as="+levertest.UserAdmin, body).want(t, 201).one(t)
	if o.Contact != d.JaneLead.ContactID {
		t.Errorf("contact: got %s, want Jane's %s", o.Contact, d.JaneLead.ContactID)
	}
	if o.Stage != "applicant-new" {
		t.Errorf("stage: got %v, want applicant-new", o.Stage)
	}
	// The same posting again is not refused (UNCONFIRMED): the client checks.
	send(t, s, "POST", "/opportunities?perform_as="+levertest.UserAdmin, body).want(t, 201)
}

func TestCreateMultipartWithResume(t *testing.T) {
	s := levertest.Start(t, levertest.Options{Rate: -1})
	d := s.Seed()
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	_ = mw.WriteField("emails[]", "parsed@example.com")
	_ = mw.WriteField("postings[]", d.Backend.ID)
	_ = mw.WriteField("phones[0][value]", "+1 555 0101")
	fw, _ := mw.CreateFormFile("resumeFile", "cv.txt")
	_, _ = fw.Write([]byte("Parsed Person\nparsed@example.com\n"))
	_ = mw.Close()
	a := call(t, s, "POST", "/opportunities?perform_as="+levertest.UserAdmin+"&parse=true", s.Key, mw.FormDataContentType(), buf.Bytes()).want(t, 201)
	o := a.one(t)
	stored, _ := s.Opportunity(o.ID)
	if stored.Name != "Parsed Person" || len(stored.Resumes) != 1 || !stored.Resumes[0].Parsed || len(stored.Phones) != 1 {
		t.Fatalf("stored: %+v", stored)
	}
	r := get(t, s, "/opportunities/"+o.ID+"/resumes").want(t, 200).items(t)
	if len(r) != 1 {
		t.Fatalf("resumes: got %d", len(r))
	}
	dl := get(t, s, "/opportunities/"+o.ID+"/resumes/"+r[0].ID+"/download").want(t, 200)
	if string(dl.raw) != "Parsed Person\nparsed@example.com\n" || !strings.Contains(dl.header.Get("Content-Disposition"), "cv.txt") {
		t.Errorf("download: got %q, %v", dl.raw, dl.header)
	}
}

func TestStageArchiveFilesNotes(t *testing.T) {
	s := levertest.Start(t, levertest.Options{Rate: -1})
	d := s.Seed()
	as := "?perform_as=" + levertest.UserAdmin
	path := "/opportunities/" + d.Hanako.ID
	send(t, s, "PUT", path+"/stage"+as, `{"stage":"no-such-stage"}`).want(t, 400)
	o := send(t, s, "PUT", path+"/stage"+as, `{"stage":"offer"}`).want(t, 200).one(t)
	if o.Stage != "offer" {
		t.Errorf("stage: got %v", o.Stage)
	}
	send(t, s, "PUT", path+"/archived"+as, `{"reason":"`+levertest.ReasonOld+`"}`).want(t, 400)
	o = send(t, s, "PUT", path+"/archived"+as, `{"reason":"`+levertest.ReasonUnderqualified+`"}`).want(t, 200).one(t)
	if o.Archived == nil || o.Archived.Reason != levertest.ReasonUnderqualified {
		t.Errorf("archived: got %+v", o.Archived)
	}
	o = send(t, s, "PUT", path+"/archived"+as, `{"reason":null}`).want(t, 200).one(t)
	if o.Archived != nil {
		t.Errorf("unarchive: got %+v", o.Archived)
	}
	send(t, s, "POST", path+"/notes"+as, `{"value":"A note"}`).want(t, 201)

	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	fw, _ := mw.CreateFormFile("file", "resume.pdf")
	_, _ = fw.Write([]byte("%PDF-1.4 fake"))
	_ = mw.Close()
	call(t, s, "POST", path+"/files"+as, s.Key, mw.FormDataContentType(), buf.Bytes()).want(t, 200)
	files := get(t, s, path+"/files").want(t, 200).items(t)
	if len(files) != 1 {
		t.Fatalf("files: got %d", len(files))
	}
	stored, _ := s.Opportunity(d.Hanako.ID)
	if len(stored.Notes) != 1 || len(stored.StageChanges) != 2 || !stored.UpdatedAt.After(d.Hanako.UpdatedAt) {
		t.Errorf("stored: notes %v, stage changes %d, updated %v", stored.Notes, len(stored.StageChanges), stored.UpdatedAt)
	}
}

func TestTokenBucket(t *testing.T) {
	var mu sync.Mutex
	now := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	clock := func() time.Time {
		mu.Lock()
		defer mu.Unlock()
		return now
	}
	s := levertest.Start(t, levertest.Options{Now: clock})
	for range 20 {
		get(t, s, "/stages").want(t, 200)
	}
	a := get(t, s, "/stages").want(t, 429)
	for _, h := range []string{"Retry-After", "X-RateLimit-Limit", "X-RateLimit-Remaining", "X-Rate-Limit-Reset"} {
		if a.header.Get(h) != "" {
			t.Errorf("429 carries %s", h)
		}
	}
	mu.Lock()
	now = now.Add(100 * time.Millisecond) // one token at 10/s
	mu.Unlock()
	get(t, s, "/stages").want(t, 200)
	get(t, s, "/stages").want(t, 429)
	if n := s.RateLimited(); n != 2 {
		t.Errorf("RateLimited: got %d, want 2", n)
	}
}

func TestFaults(t *testing.T) {
	s := levertest.Start(t, levertest.Options{Rate: -1})
	s.Seed()
	s.Inject(levertest.Fault{Path: "/postings", Status: 500})
	get(t, s, "/postings").want(t, 500)
	get(t, s, "/postings").want(t, 200)

	s.Inject(levertest.Fault{Path: "/postings", DropNext: true})
	a := get(t, s, "/postings?limit=2").want(t, 200)
	if hasNext, next := paging(t, a); !hasNext || next != "" {
		t.Errorf("DropNext: got hasNext %v next %q", hasNext, next)
	}
	s.Inject(levertest.Fault{Path: "/postings", Malformed: true})
	if a := call(t, s, "GET", "/postings", s.Key, "", nil); a.status != 200 || json.Valid(a.raw) {
		t.Errorf("malformed: got %d %s", a.status, a.raw)
	}
}

func TestUsersListsDeactivated(t *testing.T) {
	s := levertest.Start(t, levertest.Options{})
	var users []struct {
		ID            string `json:"id"`
		AccessRole    string `json:"accessRole"`
		DeactivatedAt *int64 `json:"deactivatedAt"`
	}
	if err := json.Unmarshal(get(t, s, "/users").want(t, 200).body["data"], &users); err != nil {
		t.Fatal(err)
	}
	if len(users) != 4 || users[0].DeactivatedAt == nil || users[2].ID != levertest.UserAdmin || users[2].DeactivatedAt != nil {
		t.Errorf("users: got %+v", users)
	}
}
