package router_test

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/upstream"
	"github.com/atsbridge/atsbridge/ats/workable"
	"github.com/atsbridge/atsbridge/ats/workable/workabletest"
	"github.com/atsbridge/atsbridge/caller"
	"github.com/atsbridge/atsbridge/router"
	"github.com/atsbridge/atsbridge/router/routertest"
)

// TestIdempotencyKey checks Idempotency-Key on the sandbox over every
// store, as a retrying client meets it: a retry gets the first answer
// again, marked, without a second candidate; the key with another body is
// 422; a request refused before it reached the sandbox frees the key for
// the corrected retry; another caller's same key is its own; a key over
// 255 characters is refused.
func TestIdempotencyKey(t *testing.T) {
	eachStore(t, func(t *testing.T, s callerStore) {
		a, _ := newCallerAPI(t, s, sandboxOn(t, s), router.AuthRequired)
		alice, _ := addKey(t, s, caller.ScopeWrite, caller.Rate{})
		bob, _ := addKey(t, s, caller.ScopeWrite, caller.Rate{})
		post := func(secret, ikey, body string) routertest.Response {
			return a.Do(t, "POST", "/dev/candidates", body, "Authorization", "Bearer "+secret, "Idempotency-Key", ikey)
		}
		body := `{"name":"Retry Safe","email":"retry.safe@example.com","job_id":"job_063"}`

		first := post(alice, "k-1", body)
		first.Want(t, 201, "")
		if first.Header.Get("Idempotent-Replayed") != "" {
			t.Error("the first answer is marked as a replay")
		}
		again := post(alice, "k-1", body)
		again.Want(t, 201, "")
		if again.Header.Get("Idempotent-Replayed") != "true" || string(again.Body) != string(first.Body) ||
			again.Header.Get("Location") != first.Header.Get("Location") || again.Header.Get("X-Request-Id") != first.Header.Get("X-Request-Id") {
			t.Errorf("replay: %v\n%s\nwant the first answer (%v)\n%s", again.Header, again.Body, first.Header, first.Body)
		}
		if again.Header.Get("RateLimit") == "" {
			t.Error("a replay to a keyed caller lacks its own RateLimit header")
		}
		if n := candidatesWithEmail(t, a, alice, "retry.safe@example.com"); n != 1 {
			t.Errorf("%d candidates with the email after a retry, want 1", n)
		}

		post(alice, "k-1", strings.Replace(body, "Retry Safe", "Other Name", 1)).WantError(t, 422, "IDEMPOTENCY_KEY_REUSED", "")
		a.Do(t, "POST", "/applications", `{"candidate_id":"cand_001","job_id":"job_063"}`, "Authorization", "Bearer "+alice, "Idempotency-Key", "k-1").
			WantError(t, 422, "IDEMPOTENCY_KEY_REUSED", "")

		// Refused before the sandbox: not kept.
		post(alice, "k-2", `{"name":"Typo","email":"not-an-email"}`).WantError(t, 400, "INPUT_INVALID", "email")
		post(alice, "k-2", `{"name":"Typo Fixed","email":"typo.fixed@example.com"}`).Want(t, 201, "")

		// Decided by the sandbox (a conflict): kept and replayed.
		dup := post(bob, "k-1", body)
		dup.WantError(t, 409, "CANDIDATE_EXISTS", "")
		if r := post(bob, "k-1", body); r.Status != 409 || r.Header.Get("Idempotent-Replayed") != "true" {
			t.Errorf("bob's retry: %d, replayed %q; want his own 409 replayed", r.Status, r.Header.Get("Idempotent-Replayed"))
		}

		post(alice, strings.Repeat("k", 256), body).WantError(t, 400, "INPUT_INVALID", "Idempotency-Key")
		post(alice, strings.Repeat("k", 255), `{"name":"Long Key","email":"long.key@example.com"}`).Want(t, 201, "")
		res := a.Send(t, func() *http.Request {
			r := routertest.NewRequest(context.Background(), "POST", "/candidates", body, "Authorization", "Bearer "+alice)
			r.Header.Add("Idempotency-Key", "a")
			r.Header.Add("Idempotency-Key", "b")
			return r
		}())
		res.WantError(t, 400, "INPUT_INVALID", "Idempotency-Key")
	})
}

// TestIdempotencyKeyWhenOpen checks callers without a key (AUTH=auto
// before the first key) share one namespace, and that GET ignores the
// header.
func TestIdempotencyKeyWhenOpen(t *testing.T) {
	s := newMemoryCallers(t)
	a, _ := newCallerAPI(t, s, sandboxOn(t, s), router.AuthAuto)
	body := `{"name":"Anon Ymous","email":"anon@example.com"}`
	first := a.Do(t, "POST", "/candidates", body, "Idempotency-Key", "anon-1")
	first.Want(t, 201, "")
	again := a.Do(t, "POST", "/candidates", body, "Idempotency-Key", "anon-1")
	if again.Status != 201 || again.Header.Get("Idempotent-Replayed") != "true" {
		t.Errorf("anonymous retry: %d %v", again.Status, again.Header)
	}
	a.Do(t, "GET", "/jobs", "", "Idempotency-Key", "anon-1").Want(t, 200, "")
}

func candidatesWithEmail(t *testing.T, a *routertest.API, secret, email string) int {
	t.Helper()
	res := a.Do(t, "GET", "/candidates?email="+email, "", "Authorization", "Bearer "+secret)
	res.Want(t, 200, "")
	var got []ats.Candidate
	res.Data(t, &got)
	return len(got)
}

// gatedProvider holds every CreateCandidate at a gate until the test
// opens it, and counts them, so a test knows when the first of many
// identical requests is inside the provider.
type gatedProvider struct {
	ats.Provider
	entered chan struct{}
	open    chan struct{}
	calls   atomic.Int32
}

func gate(p ats.Provider) *gatedProvider {
	return &gatedProvider{Provider: p, entered: make(chan struct{}, 100), open: make(chan struct{})}
}

func (g *gatedProvider) CreateCandidate(ctx context.Context, in ats.CandidateInput) (ats.Candidate, error) {
	g.calls.Add(1)
	g.entered <- struct{}{}
	<-g.open
	return g.Provider.CreateCandidate(ctx, in)
}

// fiftyAtOnce sends 50 identical POSTs with one Idempotency-Key at once.
// The first is held inside the provider until every other one has its
// 409 IDEMPOTENCY_IN_PROGRESS (or, were the layer broken, is inside the
// provider too); then the gate opens and each 409 is retried, as its
// Retry-After tells, until it gets the first answer. It returns the 50
// final answers.
func fiftyAtOnce(t *testing.T, a *routertest.API, g *gatedProvider, body string, headers ...string) []routertest.Response {
	t.Helper()
	const n = 50
	headers = append(headers, "Idempotency-Key", "fifty-at-once")
	first := make(chan int, n)
	final := make([]routertest.Response, n)
	// answered closes when the request that reached the provider has its
	// answer: a client waits out Retry-After before it retries, and the
	// retries here wait for that instead of spinning, which on a busy
	// machine spent the key's rate limit before the first answer was kept.
	answered := make(chan struct{})
	var once sync.Once
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() {
			res := a.Do(t, "POST", "/candidates", body, headers...)
			first <- res.Status
			for tries := 0; res.Status == 409 && res.Env.Code == "IDEMPOTENCY_IN_PROGRESS"; tries++ {
				if res.Header.Get("Retry-After") == "" {
					t.Errorf("409 IDEMPOTENCY_IN_PROGRESS without Retry-After")
				}
				if tries > 100 {
					t.Errorf("still in progress after %d retries", tries)
					break
				}
				<-g.open
				select {
				case <-answered:
				case <-time.After(2 * time.Minute):
					t.Errorf("no request got its answer within 2 minutes")
					final[i] = res
					return
				}
				res = a.Do(t, "POST", "/candidates", body, headers...)
			}
			if res.Status != 409 {
				once.Do(func() { close(answered) })
			}
			final[i] = res
		})
	}
	bound := time.NewTimer(2 * time.Minute)
	defer bound.Stop()
	for seen := 0; seen < n; seen++ {
		select {
		case <-g.entered:
		case <-first:
		case <-bound.C:
			close(g.open)
			t.Fatalf("only %d of %d requests answered or reached the provider", seen, n)
		}
	}
	close(g.open)
	wg.Wait()
	if c := g.calls.Load(); c != 1 {
		t.Errorf("the provider was called %d times, want once", c)
	}
	replayed := 0
	for i, r := range final {
		if r.Status != 201 || string(r.Body) != string(final[0].Body) {
			t.Errorf("answer %d: %d %s, want the same 201 as answer 0: %s", i, r.Status, r.Body, final[0].Body)
		}
		if r.Header.Get("Idempotent-Replayed") == "true" {
			replayed++
		}
	}
	if replayed != n-1 {
		t.Errorf("%d answers are replays, want %d (all but the first)", replayed, n-1)
	}
	return final
}

// TestFiftyIdenticalPOSTsPreview: on every store, 50 identical POSTs with
// one Idempotency-Key create one candidate and all get its answer.
func TestFiftyIdenticalPOSTsPreview(t *testing.T) {
	eachStore(t, func(t *testing.T, s callerStore) {
		g := gate(sandboxOn(t, s))
		a, _ := newCallerAPI(t, s, g, router.AuthRequired)
		secret, _ := addKey(t, s, caller.ScopeWrite, caller.Rate{})
		fiftyAtOnce(t, a, g, `{"name":"Fifty Times","email":"fifty@example.com","job_id":"job_063"}`, bearer(secret)...)
		if n := candidatesWithEmail(t, a, secret, "fifty@example.com"); n != 1 {
			t.Errorf("%d candidates with the email, want 1", n)
		}
	})
}

// TestFiftyIdenticalPOSTsLive: the same against live Workable (its fake
// server), the caller layer on every store: the fake sees one create.
func TestFiftyIdenticalPOSTsLive(t *testing.T) {
	eachStore(t, func(t *testing.T, s callerStore) {
		fake := workabletest.Start(t, workabletest.Options{RateLimit: -1})
		fake.SeedJobs(3)
		client, err := workable.New(workable.Config{
			BaseURL: fake.URL, Token: fake.Token, Company: "acme", RateLimit: 1_000_000,
			Options: upstream.Options{Timeout: 10 * time.Second, RetryWait: 5 * time.Millisecond, Version: "test"},
		})
		if err != nil {
			t.Fatal(err)
		}
		g := gate(client)
		a, _ := newCallerAPI(t, s, g, router.AuthAuto, func(c *router.Config) { c.Mode = "live" })
		var jobs []ats.Job
		a.Do(t, "GET", "/jobs?status=open", "").Data(t, &jobs)
		if len(jobs) == 0 {
			t.Fatal("the fake has no open job")
		}
		fake.ResetRequests()
		fiftyAtOnce(t, a, g, fmt.Sprintf(`{"name":"Fifty Live","email":"fifty.live@example.com","job_id":%q}`, jobs[0].ID))
		creates := 0
		for _, r := range fake.Requests() {
			if r.Method == http.MethodPost {
				creates++
			}
		}
		if creates != 1 {
			t.Errorf("the fake Workable got %d POSTs, want 1", creates)
		}
	})
}

// TestIdempotentRequestOutlivesItsClient checks the first request of an
// Idempotency-Key runs to its end when its client hangs up meanwhile, so
// the retry finds its answer instead of a second create.
func TestIdempotentRequestOutlivesItsClient(t *testing.T) {
	s := newMemoryCallers(t)
	g := gate(sandboxOn(t, s))
	a, _ := newCallerAPI(t, s, g, router.AuthAuto)
	body := `{"name":"Hung Up","email":"hung.up@example.com"}`
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan routertest.Response)
	go func() {
		done <- a.Send(t, routertest.NewRequest(ctx, "POST", "/candidates", body, "Idempotency-Key", "hang-up"))
	}()
	<-g.entered
	cancel()
	close(g.open)
	<-done // nobody reads it: the client has gone
	retry := a.Do(t, "POST", "/candidates", body, "Idempotency-Key", "hang-up")
	if retry.Status != 201 || retry.Header.Get("Idempotent-Replayed") != "true" {
		t.Fatalf("retry after the hang-up: %d %s, replayed %q; want the first request's 201", retry.Status, retry.Body, retry.Header.Get("Idempotent-Replayed"))
	}
	var c ats.Candidate
	retry.Data(t, &c)
	if c.Email != "hung.up@example.com" || g.calls.Load() != 1 {
		t.Errorf("candidate %+v after %d calls; want the one created by the first request", c, g.calls.Load())
	}
}
