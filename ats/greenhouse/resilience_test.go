package greenhouse_test

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jonboulle/clockwork"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/greenhouse"
	"github.com/atsbridge/atsbridge/ats/greenhouse/greenhousetest"
)

// Concurrent requests share one token, of the configured user; the
// User-Agent every live provider sends is atstest.RunLive's rule.
func TestRequestsCarryTheToken(t *testing.T) {
	h := newHarness(t, fastOptions(), nil)
	h.fake.Seed()
	var wg sync.WaitGroup
	for range 20 {
		wg.Go(func() {
			if _, err := h.client.ListJobs(ctx(t), ats.JobQuery{}); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	if n := h.fake.IssuedTokens(); n != 1 {
		t.Errorf("%d tokens fetched for 20 concurrent requests, want 1", n)
	}
	for _, r := range h.fake.Requests() {
		if !strings.HasPrefix(r.Authorization, "Bearer ey") || r.Sub != fmt.Sprint(greenhousetest.AdminUserID) {
			t.Errorf("%s %s: Authorization %.12q acting as %q, want the token of GREENHOUSE_USER_ID", r.Method, r.Path, r.Authorization, r.Sub)
		}
	}
}

// A token Greenhouse no longer takes (revoked, or expired early on its
// clock) is dropped and the request sent once more with a fresh one.
func TestStaleTokenIsRenewedAndTheRequestRetriedOnce(t *testing.T) {
	h := newHarness(t, fastOptions(), nil)
	j := h.fake.AddJob(greenhousetest.Job{Name: "Engineer"})
	if _, err := h.client.Job(ctx(t), id(j.ID), ats.ReadOptions{}); err != nil {
		t.Fatal(err)
	}
	h.fake.RevokeTokens()
	h.fake.ResetRequests()
	got, err := h.client.Job(ctx(t), id(j.ID), ats.ReadOptions{})
	if err != nil || got.ID != id(j.ID) {
		t.Fatalf("got %+v %v", got, err)
	}
	if n, m := h.fake.Count("GET", "/jobs"), len(h.fake.TokenRequests()); n != 2 || m != 1 {
		t.Errorf("%d job reads and %d token requests, want 2 (refused, retried) and 1", n, m)
	}

	// Refused again with the fresh token: the credentials are the problem;
	// no loop.
	h.fake.Inject(greenhousetest.Fault{Path: "/jobs", Status: 401, Times: 5})
	h.fake.ResetRequests()
	_, err = h.client.Job(ctx(t), id(j.ID), ats.ReadOptions{})
	if e := wantCode(t, err, ats.CodeUpstreamAuthFailed); !strings.Contains(e.Message, "Token could not be decoded") {
		t.Errorf("message %q does not carry Greenhouse's words", e.Message)
	}
	if n := h.fake.Count("GET", "/jobs"); n != 2 {
		t.Errorf("%d job reads, want 2 (one retry with a fresh token)", n)
	}
}

// A walk outlives its token: the token expires on Greenhouse's clock
// between two pages, and the walk goes on.
func TestTokenExpiresMidWalk(t *testing.T) {
	clock := clockwork.NewFakeClockAt(time.Date(2026, 9, 30, 12, 0, 0, 0, time.UTC))
	fo := fastOptions()
	fo.Now, fo.TokenLifetime = clock.Now, 10*time.Minute
	h := newHarness(t, fo, nil)
	d := h.fake.Seed()
	got, pages := walkAll(t, 10, func(w ats.Window) (ats.Page[ats.Job], error) {
		p, err := h.client.ListJobs(ctx(t), ats.JobQuery{Window: w})
		clock.Advance(4 * time.Minute) // past the token's life by the third page
		return p, err
	}, jobIDs)
	if want := seededJobIDs(d, nil); len(got) != len(want) || pages != 4 {
		t.Errorf("walked %d jobs in %d pages, want %d in 4", len(got), pages, len(want))
	}
	if n := h.fake.IssuedTokens(); n < 2 {
		t.Errorf("%d tokens issued, want a renewal", n)
	}
}

func TestTokenEndpointFailures(t *testing.T) {
	h := newHarness(t, fastOptions(), func(c *greenhouse.Config) { c.ClientSecret = "gh-SECRET-not-the-one" })
	_, err := h.client.ListJobs(ctx(t), ats.JobQuery{})
	e := wantCode(t, err, ats.CodeUpstreamAuthFailed)
	if !strings.Contains(e.Message, "invalid_client") || !strings.Contains(e.Message, "GREENHOUSE_CLIENT_SECRET") || strings.Contains(err.Error(), "gh-SECRET") {
		t.Errorf("message %q (cause %v)", e.Message, err)
	}
	if n := len(h.fake.Requests()); n != 0 {
		t.Errorf("%d API requests without a token, want none", n)
	}
}

// Every Greenhouse record has an id, which resuming a walk and the mapping
// rely on: an answer without one is malformed. (Slow and malformed answers
// in general are atstest.RunLive's rules.)
func TestARecordWithoutAnIDIsMalformed(t *testing.T) {
	h := newHarness(t, fastOptions(), nil)
	h.fake.AddJob(greenhousetest.Job{Name: "Engineer"})
	h.fake.Inject(greenhousetest.Fault{Path: "/jobs", Status: 200, Body: `[{"name":"no id"}]`})
	_, err := h.client.ListJobs(ctx(t), ats.JobQuery{})
	wantCode(t, err, ats.CodeUpstreamUnavailable)
}

func TestGreenhouseRefusals(t *testing.T) {
	h := newHarness(t, fastOptions(), nil)
	h.fake.Inject(greenhousetest.Fault{Method: "POST", Path: "/candidates", Status: 422,
		Body: `{"message":"Unprocessable Content","errors":[{"phone_numbers[0].value":"is not a phone number"},"Candidate is locked"]}`})
	_, err := h.client.CreateCandidate(ctx(t), ats.CandidateInput{Name: "A B", Email: "ab@example.com", Phone: new("x")})
	e := wantCode(t, err, ats.CodeUpstreamRejected)
	if len(e.Details) != 2 || e.Details[0].Field != "phone_numbers[0].value" || e.Details[1].Problem != "Candidate is locked" ||
		!strings.Contains(e.Message, "is not a phone number") {
		t.Errorf("got %q %+v", e.Message, e.Details)
	}
	for _, tt := range []struct {
		name string
		fo   func(*greenhousetest.Options)
		cfg  func(*greenhouse.Config)
	}{
		{"a scope the credential lacks", func(o *greenhousetest.Options) { o.Scopes = []string{"harvest:candidates:list"} }, nil},
		{"a user who is not a site admin", nil, func(c *greenhouse.Config) { c.UserID = fmt.Sprint(greenhousetest.BasicUserID) }},
	} {
		t.Run(tt.name, func(t *testing.T) {
			fo := fastOptions()
			if tt.fo != nil {
				tt.fo(&fo)
			}
			h := newHarness(t, fo, tt.cfg)
			h.fake.AddJob(greenhousetest.Job{Name: "Engineer"})
			_, err := h.client.ListJobs(ctx(t), ats.JobQuery{})
			if e := wantCode(t, err, ats.CodeUpstreamAuthFailed); !strings.Contains(e.Message, "HTTP 403: Forbidden") || !strings.Contains(e.Message, "site admin") {
				t.Errorf("message %q", e.Message)
			}
		})
	}
}

// A lookup the credential may not make (departments, offices) leaves a gap
// in the records, not a failure of every list.
func TestLookupsTheCredentialMayNotMake(t *testing.T) {
	fo := fastOptions()
	fo.Scopes = slices.DeleteFunc(greenhousetest.Scopes(), func(s string) bool {
		return s == "harvest:departments:list" || s == "harvest:offices:list"
	})
	h := newHarness(t, fo, nil)
	d := h.fake.Seed()
	p, err := h.client.ListJobs(ctx(t), ats.JobQuery{Window: ats.Window{Limit: 100}})
	if err != nil || len(p.Items) != len(d.Jobs) {
		t.Fatalf("got %d jobs, %v; want every job", len(p.Items), err)
	}
	for _, j := range p.Items {
		if j.Department != nil || j.Location.Text != "" {
			t.Errorf("job %s: department %v, location %q; want none, as they cannot be read", j.ID, j.Department, j.Location.Text)
		}
	}
	if _, err := h.client.ListJobs(ctx(t), ats.JobQuery{}); err != nil {
		t.Fatal(err)
	}
	if n := h.fake.Count("GET", "/departments"); n != 1 {
		t.Errorf("the refused lookup was tried %d times, want once (remembered for the cache's life)", n)
	}
}

// A next link that leads back to the page just read is refused rather
// than followed in circles.
func TestLinkThatRepeatsThePageIsRefused(t *testing.T) {
	fake := greenhousetest.Start(t, fastOptions()) // for tokens
	loop := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Link", `</v3/jobs?cursor=same>; rel="next"`)
		w.Header().Set("Content-Type", "application/json")
		switch r.URL.Path {
		case "/v3/jobs":
			_, _ = w.Write([]byte(`[{"id":1,"name":"Loop","status":"open"}]`))
		default:
			w.Header().Del("Link")
			_, _ = w.Write([]byte(`[]`))
		}
	}))
	defer loop.Close()
	c, err := greenhouse.New(greenhouse.Config{BaseURL: loop.URL + "/v3", TokenURL: fake.TokenURL,
		ClientID: fake.ClientID, ClientSecret: fake.ClientSecret, RateLimit: 1000, RateWindow: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	_, err = c.ListJobs(ctx(t), ats.JobQuery{Q: "no such title"})
	if e := wantCode(t, err, ats.CodeUpstreamUnavailable); !strings.Contains(e.Message, "repeats the page") {
		t.Errorf("message %q", e.Message)
	}
}

// Without GREENHOUSE_RATE_LIMIT the gate takes Greenhouse's announced
// limit from the first answer on: a server announcing 1 request per window
// (and nothing else) sees each request at least a window after the one
// before. Only the lower bound is asserted; a busy machine only widens the
// gaps.
func TestTheAnnouncedLimitIsFollowed(t *testing.T) {
	fake := greenhousetest.Start(t, fastOptions()) // for tokens
	var mu sync.Mutex
	var arrivals []time.Time
	api := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		arrivals = append(arrivals, time.Now())
		mu.Unlock()
		w.Header().Set("X-RateLimit-Limit", "1")
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write([]byte(`[]`))
	}))
	defer api.Close()
	const window = 200 * time.Millisecond
	c, err := greenhouse.New(greenhouse.Config{BaseURL: api.URL + "/v3", TokenURL: fake.TokenURL,
		ClientID: fake.ClientID, ClientSecret: fake.ClientSecret, RateWindow: window})
	if err != nil {
		t.Fatal(err)
	}
	for range 2 {
		if _, err := c.ListJobs(ctx(t), ats.JobQuery{}); err != nil {
			t.Fatal(err)
		}
	}
	mu.Lock()
	defer mu.Unlock()
	if len(arrivals) != 4 { // departments, offices, jobs, jobs
		t.Fatalf("%d requests, want 4", len(arrivals))
	}
	for i := 1; i < len(arrivals); i++ {
		if gap := arrivals[i].Sub(arrivals[i-1]); gap < window*9/10 {
			t.Errorf("request %d came %v after the one before; the announced limit allows one per %v", i+1, gap, window)
		}
	}
}
