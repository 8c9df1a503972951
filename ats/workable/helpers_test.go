package workable_test

import (
	"context"
	"testing"
	"time"

	"github.com/jonboulle/clockwork"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/atstest"
	"github.com/atsbridge/atsbridge/ats/workable"
	"github.com/atsbridge/atsbridge/ats/workable/workabletest"
	"github.com/atsbridge/atsbridge/router/routertest"
)

// testToken is distinctive, so a search of logs and errors for it cannot
// match by accident.
const testToken = "wk-SECRET-4f1d9c7a2e8b6053"

// harness is a client wired to a fake, with its logs captured at debug
// level. When the test ends it checks that the token never reached a log.
type harness struct {
	fake   *workabletest.Server
	client *workable.Client
	logs   *routertest.LogBuffer
	cfg    workable.Config
}

// fastOptions is a fake whose rate limit no ordinary test reaches: 100
// requests per 100 ms.
func fastOptions() workabletest.Options {
	return workabletest.Options{Token: testToken, RateLimit: 100, RateWindow: 100 * time.Millisecond}
}

func newHarness(t testing.TB, fo workabletest.Options, mod func(*workable.Config)) *harness {
	t.Helper()
	if fo.Token == "" {
		fo.Token = testToken
	}
	fake := workabletest.Start(t, fo)
	logs := &routertest.LogBuffer{}
	cfg := workable.Config{
		BaseURL: fake.URL, Token: fake.Token, Company: "acme",
		RateLimit: max(fo.RateLimit, 1), RateWindow: fo.RateWindow,
		Options: atstest.LiveOptions(t, logs, fo.Token),
	}
	if fo.RateLimit < 0 {
		cfg.RateLimit = 1_000_000
	}
	if mod != nil {
		mod(&cfg)
	}
	c, err := workable.New(cfg)
	if err != nil {
		t.Fatalf("workable.New: %v", err)
	}
	return &harness{fake: fake, client: c, logs: logs, cfg: cfg}
}

// ctx is atstest.Context.
func ctx(t testing.TB) context.Context { return atstest.Context(t) }

// walkAll follows Next from the start and returns every item, failing on
// a loop.
func walkAll[T any](t testing.TB, limit int, list func(ats.Window) (ats.Page[T], error)) (items []T, pages int) {
	t.Helper()
	cursor := ""
	for {
		p, err := list(ats.Window{Limit: limit, Cursor: cursor})
		if err != nil {
			t.Fatalf("page %d: %v", pages+1, err)
		}
		pages++
		if len(p.Items) > limit {
			t.Fatalf("page %d: got %d items, want at most %d", pages, len(p.Items), limit)
		}
		if p.Total != nil {
			t.Errorf("page %d: got total %d, want nil (Workable does not count)", pages, *p.Total)
		}
		items = append(items, p.Items...)
		if !p.HasMore {
			if p.Next != "" {
				t.Errorf("page %d: last page has a continuation", pages)
			}
			return items, pages
		}
		if p.Next == "" || p.Next == cursor {
			t.Fatalf("page %d: has_more with continuation %q after %q", pages, p.Next, cursor)
		}
		if pages > 1000 {
			t.Fatal("walk does not end")
		}
		cursor = p.Next
	}
}

func jobIDs(jobs []ats.Job) []string {
	out := make([]string, len(jobs))
	for i, j := range jobs {
		out[i] = j.ID
	}
	return out
}

// drive is atstest.Drive.
func drive(t testing.TB, clock *clockwork.FakeClock, step time.Duration) {
	atstest.Drive(t, clock, step)
}

// wantCode is routertest.WantCode, which also fails when the error
// carries the token.
func wantCode(t testing.TB, err error, code ats.Code) *ats.Error {
	t.Helper()
	return routertest.WantCode(t, err, code, testToken)
}
