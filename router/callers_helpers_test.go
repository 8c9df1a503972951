package router_test

import (
	"context"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/preview"
	"github.com/atsbridge/atsbridge/caller"
	"github.com/atsbridge/atsbridge/router"
	"github.com/atsbridge/atsbridge/router/routertest"
	"github.com/atsbridge/atsbridge/store/dynamodb"
	"github.com/atsbridge/atsbridge/store/dynamodb/dynalitetest"
	"github.com/atsbridge/atsbridge/store/memory"
	"github.com/atsbridge/atsbridge/store/sqlite"
)

// callerStore is a store as main hands it to the router: the sandbox's
// persistence and the caller layer's, plus the keys command's methods.
type callerStore interface {
	preview.Store
	router.Callers
	CreateKey(ctx context.Context, k caller.Key) error
	RevokeKey(ctx context.Context, id string, at time.Time) (caller.Key, error)
	Keys(ctx context.Context) ([]caller.Key, error)
}

var (
	_ callerStore = (*memory.Store)(nil)
	_ callerStore = (*sqlite.Store)(nil)
	_ callerStore = (*dynamodb.Store)(nil)
)

// eachStore runs f on a fresh store of each kind: memory, a SQLite file,
// a DynamoDB table on dynalite.
func eachStore(t *testing.T, f func(t *testing.T, s callerStore)) {
	t.Helper()
	t.Run("memory", func(t *testing.T) { f(t, memory.New()) })
	t.Run("sqlite", func(t *testing.T) {
		s, err := sqlite.Open(t.Context(), filepath.Join(t.TempDir(), "preview.db"))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { _ = s.Close() })
		f(t, s)
	})
	t.Run("dynamodb", func(t *testing.T) {
		s, err := dynamodb.Open(t.Context(), dynamodb.Config{Table: dynalitetest.Table(t), Endpoint: dynalitetest.Endpoint(t), Region: "us-east-1"})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { _ = s.Close() })
		f(t, s)
	})
}

// testClock is the caller layer's clock in tests; it starts on a minute
// boundary, so a window's reset is a whole minute away.
type testClock struct {
	mu sync.Mutex
	t  time.Time
}

func newTestClock() *testClock {
	return &testClock{t: time.Date(2026, 12, 1, 10, 0, 0, 0, time.UTC)}
}

func (c *testClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *testClock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

// cacheTTL is the key cache's lifetime in these tests, as in production.
const cacheTTL = router.DefaultKeyCacheTTL

// newCallerAPI is the real router over provider p with the caller layer
// on s in mode auth (600/m by default), its clock returned.
func newCallerAPI(t testing.TB, s router.Callers, p ats.Provider, auth string, mods ...func(*router.Config)) (*routertest.API, *testClock) {
	t.Helper()
	clock := newTestClock()
	cfg := routertest.Config("preview")
	cfg.Callers, cfg.Auth, cfg.Now = s, auth, clock.Now
	cfg.DefaultRate = caller.Rate{N: 600, Per: time.Minute}
	cfg.KeyCacheTTL = cacheTTL
	for _, m := range mods {
		m(&cfg)
	}
	return routertest.New(p, cfg), clock
}

// sandboxOn opens the preview sandbox over s (seeding it).
func sandboxOn(t testing.TB, s preview.Store) *preview.Sandbox {
	t.Helper()
	sb, err := preview.Open(context.Background(), s, time.Now)
	if err != nil {
		t.Fatalf("open sandbox: %v", err)
	}
	return sb
}

// addKey creates a key in s and returns the secret to send.
func addKey(t testing.TB, s callerStore, scope caller.Scope, rate caller.Rate) (string, caller.Key) {
	t.Helper()
	secret, k := caller.NewKey("test "+string(scope), scope, rate, time.Now())
	if err := s.CreateKey(context.Background(), k); err != nil {
		t.Fatalf("CreateKey: %v", err)
	}
	return secret, k
}

func bearer(secret string) []string { return []string{"Authorization", "Bearer " + secret} }
