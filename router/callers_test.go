package router_test

import (
	"strings"
	"testing"
	"time"

	"github.com/atsbridge/atsbridge/caller"
	"github.com/atsbridge/atsbridge/router"
	"github.com/atsbridge/atsbridge/router/routertest"
	"github.com/atsbridge/atsbridge/store/memory"
)

// TestKeyRequired checks AUTH=required as a caller meets it, on every
// store: no key, a made-up or malformed key and an unknown scheme are
// 401 with WWW-Authenticate; a key is accepted as a bearer token and as
// X-Api-Key; /healthz and /openapi.json stay open; the access log names
// the key's id and never the key.
func TestKeyRequired(t *testing.T) {
	eachStore(t, func(t *testing.T, s callerStore) {
		a, _ := newCallerAPI(t, s, routertest.Answering(nil), router.AuthRequired)

		res := a.Do(t, "GET", "/dev/jobs", "")
		if msg := res.WantError(t, 401, "UNAUTHENTICATED", ""); !strings.Contains(res.Env.Message, "keys create") {
			t.Errorf("401 before any key exists: message %q, want one saying how to create a key (%s)", res.Env.Message, msg)
		}
		if got := res.Header.Get("WWW-Authenticate"); !strings.HasPrefix(got, "Bearer") {
			t.Errorf("WWW-Authenticate = %q, want Bearer", got)
		}
		for _, open := range []string{"/healthz", "/dev/healthz", "/openapi.json"} {
			if res := a.Do(t, "GET", open, ""); res.Status != 200 {
				t.Errorf("GET %s without a key: %d, want 200", open, res.Status)
			}
		}

		secret, k := addKey(t, s, caller.ScopeRead, caller.Rate{})
		a.Do(t, "GET", "/jobs", "", bearer(secret)...).Want(t, 200, "")
		a.Do(t, "GET", "/jobs", "", "X-Api-Key", secret).Want(t, 200, "")
		a.Do(t, "GET", "/jobs", "", "Authorization", "bearer "+secret).Want(t, 200, "")

		refused := map[string][]string{
			"no key":          nil,
			"unknown key":     bearer("atsb_" + strings.Repeat("Q", 40)),
			"malformed key":   bearer("not-a-key"),
			"empty bearer":    {"Authorization", "Bearer"},
			"basic scheme":    {"Authorization", "Basic " + secret},
			"key in the past": bearer(secret[:len(secret)-1]),
		}
		for name, h := range refused {
			res := a.Do(t, "GET", "/jobs/job_063", "", h...)
			res.WantError(t, 401, "UNAUTHENTICATED", "")
			if strings.Contains(res.Env.Message, "none exists yet") {
				t.Errorf("%s: message %q once a key exists", name, res.Env.Message)
			}
		}
		logs := a.Logs.String()
		if strings.Contains(logs, secret) || strings.Contains(logs, secret[5:]) {
			t.Errorf("the key appears in the log:\n%s", logs)
		}
		var named bool
		for _, l := range a.Logs.Records(t, "request") {
			named = named || l["key_id"] == k.ID
		}
		if !named {
			t.Errorf("no access line names key id %s:\n%s", k.ID, logs)
		}
	})
}

// TestAuthAuto checks the default mode: open until the first key is
// created (within the key cache's lifetime), then closed, also after the
// only key is revoked.
func TestAuthAuto(t *testing.T) {
	eachStore(t, func(t *testing.T, s callerStore) {
		a, clock := newCallerAPI(t, s, routertest.Answering(nil), router.AuthAuto)
		res := a.Do(t, "GET", "/jobs", "")
		res.Want(t, 200, "")
		if res.Header.Get("RateLimit") != "" {
			t.Errorf("an open API sent RateLimit %q to a caller without a key", res.Header.Get("RateLimit"))
		}
		a.Do(t, "POST", "/candidates", `{"name":"Open Door","email":"open@example.com"}`).Want(t, 201, "")

		secret, k := addKey(t, s, caller.ScopeWrite, caller.Rate{})
		clock.Advance(cacheTTL)
		a.Do(t, "GET", "/jobs", "").WantError(t, 401, "UNAUTHENTICATED", "")
		a.Do(t, "GET", "/jobs", "", bearer(secret)...).Want(t, 200, "")

		if _, err := s.RevokeKey(t.Context(), k.ID, clock.Now()); err != nil {
			t.Fatal(err)
		}
		clock.Advance(cacheTTL)
		a.Do(t, "GET", "/jobs", "").WantError(t, 401, "UNAUTHENTICATED", "")
		a.Do(t, "GET", "/jobs", "", bearer(secret)...).WantError(t, 401, "UNAUTHENTICATED", "")
	})
}

// TestAuthOff checks AUTH=off: keys are neither asked for nor counted.
func TestAuthOff(t *testing.T) {
	s := newMemoryCallers(t)
	addKey(t, s, caller.ScopeRead, caller.Rate{N: 1, Per: time.Hour})
	a, _ := newCallerAPI(t, s, routertest.Answering(nil), router.AuthOff)
	for range 3 {
		res := a.Do(t, "POST", "/candidates", `{"name":"No Keys","email":"off@example.com"}`)
		res.Want(t, 201, "")
		if res.Header.Get("RateLimit") != "" || res.Header.Get("RateLimit-Policy") != "" {
			t.Errorf("AUTH=off sent RateLimit headers: %v", res.Header)
		}
	}
}

// TestReadScope checks a read key reads and cannot write (403), and a
// write key does both.
func TestReadScope(t *testing.T) {
	eachStore(t, func(t *testing.T, s callerStore) {
		a, _ := newCallerAPI(t, s, routertest.Answering(nil), router.AuthRequired)
		reader, _ := addKey(t, s, caller.ScopeRead, caller.Rate{})
		writer, _ := addKey(t, s, caller.ScopeWrite, caller.Rate{})
		body := `{"candidate_id":"cand_001","job_id":"job_063"}`
		a.Do(t, "GET", "/applications", "", bearer(reader)...).Want(t, 200, "")
		a.Do(t, "HEAD", "/applications", "", bearer(reader)...).Want(t, 200, "")
		res := a.Do(t, "POST", "/applications", body, bearer(reader)...)
		res.WantError(t, 403, "FORBIDDEN", "")
		if res.Header.Get("RateLimit") == "" {
			t.Error("a keyed 403 without RateLimit")
		}
		a.Do(t, "POST", "/applications", body, bearer(writer)...).Want(t, 201, "")
	})
}

// TestRevocation checks a revoked key stops working once the cached
// lookup is older than the cache's lifetime, and not before: that bound
// is what the README promises.
func TestRevocation(t *testing.T) {
	eachStore(t, func(t *testing.T, s callerStore) {
		a, clock := newCallerAPI(t, s, routertest.Answering(nil), router.AuthRequired)
		secret, k := addKey(t, s, caller.ScopeWrite, caller.Rate{})
		a.Do(t, "GET", "/jobs", "", bearer(secret)...).Want(t, 200, "")
		if _, err := s.RevokeKey(t.Context(), k.ID, clock.Now()); err != nil {
			t.Fatal(err)
		}
		clock.Advance(cacheTTL - time.Second)
		a.Do(t, "GET", "/jobs", "", bearer(secret)...).Want(t, 200, "")
		clock.Advance(time.Second)
		res := a.Do(t, "GET", "/jobs", "", bearer(secret)...)
		res.WantError(t, 401, "UNAUTHENTICATED", "")
		if !strings.Contains(res.Env.Message, "revoked") {
			t.Errorf("message %q, want one saying the key was revoked", res.Env.Message)
		}

		// Without a cache the next request sees it.
		b, _ := newCallerAPI(t, s, routertest.Answering(nil), router.AuthRequired, func(c *router.Config) { c.KeyCacheTTL = 0 })
		other, o := addKey(t, s, caller.ScopeWrite, caller.Rate{})
		b.Do(t, "GET", "/jobs", "", bearer(other)...).Want(t, 200, "")
		if _, err := s.RevokeKey(t.Context(), o.ID, time.Now()); err != nil {
			t.Fatal(err)
		}
		b.Do(t, "GET", "/jobs", "", bearer(other)...).WantError(t, 401, "UNAUTHENTICATED", "")
	})
}

// TestRateLimit checks a key's limit as a client paces itself by it: the
// RateLimit headers count down, the request past the limit is 429 with
// Retry-After up to the window's end, and the next window admits again.
// A key without a rate of its own gets the default.
func TestRateLimit(t *testing.T) {
	eachStore(t, func(t *testing.T, s callerStore) {
		a, clock := newCallerAPI(t, s, routertest.Answering(nil), router.AuthRequired)
		secret, _ := addKey(t, s, caller.ScopeRead, caller.Rate{N: 3, Per: time.Minute})
		clock.Advance(20 * time.Second)
		for i := range 3 {
			res := a.Do(t, "GET", "/jobs", "", bearer(secret)...)
			res.Want(t, 200, "")
			if got, want := res.Header.Get("RateLimit-Policy"), `"default";q=3;w=60`; got != want {
				t.Errorf("RateLimit-Policy = %q, want %q", got, want)
			}
			if got, want := res.Header.Get("RateLimit"), `"default";r=`+string(rune('2'-i))+`;t=40`; got != want {
				t.Errorf("request %d: RateLimit = %q, want %q", i+1, got, want)
			}
		}
		res := a.Do(t, "GET", "/jobs", "", bearer(secret)...)
		res.WantError(t, 429, "RATE_LIMITED", "")
		if res.Header.Get("Retry-After") != "40" || res.Header.Get("RateLimit") != `"default";r=0;t=40` {
			t.Errorf("429: Retry-After %q, RateLimit %q; want 40 and r=0;t=40", res.Header.Get("Retry-After"), res.Header.Get("RateLimit"))
		}
		clock.Advance(40 * time.Second)
		a.Do(t, "GET", "/jobs", "", bearer(secret)...).Want(t, 200, "")

		plain, _ := addKey(t, s, caller.ScopeRead, caller.Rate{})
		if got := a.Do(t, "GET", "/jobs", "", bearer(plain)...).Header.Get("RateLimit-Policy"); got != `"default";q=600;w=60` {
			t.Errorf("a key without its own rate: RateLimit-Policy %q, want the default 600/m", got)
		}
	})
}

// newMemoryCallers is a memory store, for tests where the kind of store
// does not matter.
func newMemoryCallers(t *testing.T) callerStore {
	t.Helper()
	return memory.New()
}

// TestRateLimitBlocks checks the reservation of a window's requests in
// blocks, with two routers on one store standing for two processes: at
// 300/m (blocks of 3) together they admit at most the limit, and at least
// the limit less what each may hold unused (block-1 each).
func TestRateLimitBlocks(t *testing.T) {
	eachStore(t, func(t *testing.T, s callerStore) {
		secret, _ := addKey(t, s, caller.ScopeRead, caller.Rate{N: 300, Per: time.Minute})
		a, _ := newCallerAPI(t, s, routertest.Answering(nil), router.AuthRequired)
		b, _ := newCallerAPI(t, s, routertest.Answering(nil), router.AuthRequired)
		admitted := 0
		for i := range 400 {
			res := []*routertest.API{a, b}[i%2].Do(t, "GET", "/jobs", "", bearer(secret)...)
			switch res.Status {
			case 200:
				admitted++
			case 429:
			default:
				t.Fatalf("request %d: %d", i, res.Status)
			}
		}
		if admitted > 300 || admitted < 300-2*2 {
			t.Errorf("%d of 400 admitted at 300/m by two processes, want 296 to 300", admitted)
		}
	})
}
