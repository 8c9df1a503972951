package greenhouse_test

import (
	"context"
	"encoding/json"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/atstest"
	"github.com/atsbridge/atsbridge/ats/greenhouse"
	"github.com/atsbridge/atsbridge/ats/greenhouse/greenhousetest"
	"github.com/atsbridge/atsbridge/router/routertest"
)

// harness is a client wired to a fake, with its logs captured at debug
// level. When the test ends it checks that no credential reached a log or
// the wrong host.
type harness struct {
	fake   *greenhousetest.Server
	client *greenhouse.Client
	logs   *routertest.LogBuffer
	cfg    greenhouse.Config
}

// fastOptions is a fake whose rate limit no ordinary test reaches.
func fastOptions() greenhousetest.Options {
	return greenhousetest.Options{RateLimit: -1}
}

func newHarness(t testing.TB, fo greenhousetest.Options, mod func(*greenhouse.Config)) *harness {
	t.Helper()
	fake := greenhousetest.Start(t, fo)
	logs := &routertest.LogBuffer{}
	cfg := greenhouse.Config{
		BaseURL: fake.URL, TokenURL: fake.TokenURL, ClientID: fake.ClientID, ClientSecret: fake.ClientSecret,
		UserID:    strconv.Itoa(greenhousetest.AdminUserID),
		RateLimit: 1_000_000, RateWindow: 100 * time.Millisecond,
		Options: atstest.LiveOptions(t, logs, fake.ClientSecret),
	}
	if fo.RateLimit > 0 {
		cfg.RateLimit, cfg.RateWindow = fo.RateLimit, fo.RateWindow
	}
	if mod != nil {
		mod(&cfg)
	}
	c, err := greenhouse.New(cfg)
	if err != nil {
		t.Fatalf("greenhouse.New: %v", err)
	}
	h := &harness{fake: fake, client: c, logs: logs, cfg: cfg}
	t.Cleanup(func() { h.checkHygiene(t) })
	return h
}

// checkHygiene fails when the secret or an access token is where it must
// not be: in a log line, sent to the API, or (the token) sent to the token
// endpoint.
func (h *harness) checkHygiene(t testing.TB) {
	t.Helper()
	logs := h.logs.String() // the client secret in them is LiveOptions' check
	for _, r := range h.fake.Requests() {
		if tok, ok := strings.CutPrefix(r.Authorization, "Bearer "); ok && tok != "" && strings.Contains(logs, tok) {
			t.Errorf("an access token appears in the logs")
			break
		}
		if strings.HasPrefix(r.Authorization, "Basic") || strings.Contains(string(r.Body), h.fake.ClientSecret) {
			t.Errorf("%s %s carried the client credentials to the API host", r.Method, r.Path)
		}
	}
	for _, r := range h.fake.TokenRequests() {
		if strings.HasPrefix(r.Authorization, "Bearer") {
			t.Errorf("a token request carried a bearer token")
		}
	}
}

// ctx is atstest.Context.
func ctx(t testing.TB) context.Context { return atstest.Context(t) }

// wantCode is routertest.WantCode, which also fails when the error
// carries the client secret.
func wantCode(t testing.TB, err error, code ats.Code) *ats.Error {
	t.Helper()
	return routertest.WantCode(t, err, code, greenhousetest.DefaultClientSecret)
}

// ids formats Greenhouse ids as atsbridge's.
func id(n int64) string { return strconv.FormatInt(n, 10) }

// idsOf returns the ids of a page's items.
func idsOf[T any](items []T, id func(T) string) []string {
	out := make([]string, 0, len(items))
	for _, it := range items {
		out = append(out, id(it))
	}
	return out
}

// desc returns ids sorted as Greenhouse lists them: newest (highest) first.
func desc(ids []int64) []string {
	s := slices.Clone(ids)
	slices.Sort(s)
	slices.Reverse(s)
	out := make([]string, 0, len(s))
	for _, n := range s {
		out = append(out, id(n))
	}
	return out
}

// walkAll follows a list's cursors to the end, checking each page's
// limit, that has_more is exact and (unless the list may end a page early
// for its scan budget) that pages are full while more exist, and returns
// every id and the number of pages.
func walkAll[T any](t testing.TB, limit int, list func(ats.Window) (ats.Page[T], error), id func(T) string) ([]string, int) {
	return walkPages(t, limit, true, list, id)
}

func walkPages[T any](t testing.TB, limit int, full bool, list func(ats.Window) (ats.Page[T], error), id func(T) string) ([]string, int) {
	t.Helper()
	var got []string
	win := ats.Window{Limit: limit}
	for pages := 1; ; pages++ {
		p, err := list(win)
		if err != nil {
			t.Fatalf("page %d: %v", pages, err)
		}
		if p.Items == nil || len(p.Items) > limit {
			t.Fatalf("page %d: %d items (nil: %v), limit %d", pages, len(p.Items), p.Items == nil, limit)
		}
		if pages > 1 && len(p.Items) == 0 {
			t.Fatalf("page %d is empty, but the page before said has_more", pages)
		}
		if p.HasMore && len(p.Items) < limit && full {
			t.Fatalf("page %d has %d items and has_more, want full pages (limit %d) while more exist", pages, len(p.Items), limit)
		}
		got = append(got, idsOf(p.Items, id)...)
		if !p.HasMore {
			if p.Next != "" {
				t.Errorf("last page has a continuation")
			}
			return got, pages
		}
		if p.Next == "" || len(p.Items) == 0 {
			t.Fatalf("page %d: has_more with %d items and continuation %q", pages, len(p.Items), p.Next)
		}
		win.Cursor = p.Next
		if pages > 500 {
			t.Fatal("the walk does not end")
		}
	}
}

func mustJSON(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	return string(b)
}

// equalJSON compares two values as an API client would see them.
func equalJSON(t testing.TB, got, want any) bool {
	t.Helper()
	return mustJSON(got) == mustJSON(want)
}
