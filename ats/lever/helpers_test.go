package lever_test

import (
	"context"
	"strconv"
	"testing"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/atstest"
	"github.com/atsbridge/atsbridge/ats/lever"
	"github.com/atsbridge/atsbridge/ats/lever/levertest"
	"github.com/atsbridge/atsbridge/router/routertest"
)

// testKey is distinctive, so a search of logs and errors for it cannot
// match by accident.
const testKey = "lv-SECRET-7c2e9b41d0a8f356"

// harness is a client wired to a seeded fake, with its logs captured at
// debug level. When the test ends it checks that the key never reached a
// log.
type harness struct {
	fake   *levertest.Server
	data   levertest.Seeded
	client *lever.Client
	logs   *routertest.LogBuffer
	cfg    lever.Config
}

// unlimited is a fake without a rate limit, for tests about other things.
func unlimited() levertest.Options { return levertest.Options{Rate: -1} }

// newHarness is a harness over a fake holding levertest's seed dataset.
func newHarness(t testing.TB, fo levertest.Options, mod func(*lever.Config)) *harness {
	t.Helper()
	h := newBareHarness(t, fo, mod)
	h.data = h.fake.Seed()
	return h
}

// newBareHarness is a harness over an empty fake.
func newBareHarness(t testing.TB, fo levertest.Options, mod func(*lever.Config)) *harness {
	t.Helper()
	fo.Key = testKey
	fake := levertest.Start(t, fo)
	logs := &routertest.LogBuffer{}
	cfg := lever.Config{
		BaseURL: fake.URL, APIKey: fake.Key, RateLimit: 1000, RateBurst: 1000,
		Options: atstest.LiveOptions(t, logs, fake.Key),
	}
	if mod != nil {
		mod(&cfg)
	}
	c, err := lever.New(cfg)
	if err != nil {
		t.Fatalf("lever.New: %v", err)
	}
	return &harness{fake: fake, client: c, logs: logs, cfg: cfg}
}

// ctx is atstest.Context.
func ctx(t testing.TB) context.Context { return atstest.Context(t) }

// wantCode is routertest.WantCode, which also checks that neither the
// error's message nor its cause carries the key.
func wantCode(t testing.TB, err error, code ats.Code) *ats.Error {
	t.Helper()
	return routertest.WantCode(t, err, code, testKey)
}

// walkAll is routertest.WalkWindow, which also fails on a nil Items, a
// total (Lever does not count) and an empty page with has_more.
func walkAll[T any](t testing.TB, limit int, list func(ats.Window) (ats.Page[T], error)) ([]T, int) {
	t.Helper()
	return routertest.WalkWindow(t, limit, func(w ats.Window) (ats.Page[T], error) {
		p, err := list(w)
		switch {
		case err != nil:
		case p.Items == nil:
			t.Error("Items is nil")
		case p.Total != nil:
			t.Errorf("got total %d, want nil (Lever does not count)", *p.Total)
		case p.HasMore && len(p.Items) == 0:
			t.Errorf("an empty page with has_more")
		}
		return p, err
	})
}

func ids[T any](items []T, id func(T) string) []string {
	out := make([]string, len(items))
	for i, it := range items {
		out[i] = id(it)
	}
	return out
}

func jobID(j ats.Job) string                 { return j.ID }
func candidateID(c ats.Candidate) string     { return c.ID }
func applicationID(a ats.Application) string { return a.ID }

func postingIDs(ps ...levertest.Posting) []string {
	return ids(ps, func(p levertest.Posting) string { return p.ID })
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }
