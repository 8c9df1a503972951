package greenhouse_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/greenhouse"
	"github.com/atsbridge/atsbridge/ats/greenhouse/greenhousetest"
)

// logBuffer is a goroutine-safe log sink the tests search.
type logBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (l *logBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.buf.Write(p)
}

func (l *logBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.buf.String()
}

// harness is a client wired to a fake, with its logs captured at debug
// level. When the test ends it checks that no credential reached a log or
// the wrong host.
type harness struct {
	fake   *greenhousetest.Server
	client *greenhouse.Client
	logs   *logBuffer
	cfg    greenhouse.Config
	log    *slog.Logger
}

// logger is the harness's logger, for the router to write to as well.
func (h *harness) logger() *slog.Logger { return h.log }

// fastOptions is a fake whose rate limit no ordinary test reaches.
func fastOptions() greenhousetest.Options {
	return greenhousetest.Options{RateLimit: -1}
}

func newHarness(t testing.TB, fo greenhousetest.Options, mod func(*greenhouse.Config)) *harness {
	t.Helper()
	fake := greenhousetest.Start(t, fo)
	logs := &logBuffer{}
	cfg := greenhouse.Config{
		BaseURL: fake.URL, TokenURL: fake.TokenURL, ClientID: fake.ClientID, ClientSecret: fake.ClientSecret,
		UserID:    strconv.Itoa(greenhousetest.AdminUserID),
		RateLimit: 1_000_000, RateWindow: time.Second,
		Timeout: 2 * time.Second, RetryWait: 5 * time.Millisecond, Version: "1.2.3-test",
		Logger: slog.New(slog.NewJSONHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug})),
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
	h := &harness{fake: fake, client: c, logs: logs, cfg: cfg, log: cfg.Logger}
	t.Cleanup(func() { h.checkHygiene(t) })
	return h
}

// checkHygiene fails when the secret or an access token is where it must
// not be: in a log line, sent to the API, or (the token) sent to the token
// endpoint.
func (h *harness) checkHygiene(t testing.TB) {
	t.Helper()
	logs := h.logs.String()
	if strings.Contains(logs, h.fake.ClientSecret) {
		t.Errorf("the client secret appears in the logs")
	}
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

func ctx(t testing.TB) context.Context {
	c, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	t.Cleanup(cancel)
	return c
}

// wantCode fails unless err is an *ats.Error with code, and returns it.
func wantCode(t testing.TB, err error, code ats.Code) *ats.Error {
	t.Helper()
	var e *ats.Error
	if !errors.As(err, &e) {
		t.Fatalf("got %v, want an *ats.Error with %s", err, code)
	}
	if e.Code != code {
		t.Fatalf("got %s (%v), want %s", e.Code, err, code)
	}
	return e
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
