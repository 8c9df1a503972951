package routertest

import (
	"fmt"
	"net/url"
	"strings"
	"testing"

	"github.com/atsbridge/atsbridge/ats"
)

// Record is a type the API lists.
type Record interface {
	ats.Job | ats.Candidate | ats.Application
}

func idOf(v any) string {
	switch x := v.(type) {
	case ats.Job:
		return x.ID
	case ats.Candidate:
		return x.ID
	case ats.Application:
		return x.ID
	}
	return ""
}

// Walk follows meta.next_cursor through the API from the first page of
// path with limit and returns every item. It fails the test on an error
// response, a page over limit, a short page with more to come, a repeated
// id, a next_cursor on the last page, or a walk that does not end.
func Walk[T Record](t testing.TB, a *API, path string, limit int) []T {
	t.Helper()
	sep := "?"
	if strings.Contains(path, "?") {
		sep = "&"
	}
	var out []T
	seen := map[string]bool{}
	target := fmt.Sprintf("%s%slimit=%d", path, sep, limit)
	for range 10_000 {
		res := a.Do(t, "GET", target, "")
		if res.Status != 200 {
			t.Fatalf("GET %s: %d %s", target, res.Status, res.Body)
		}
		var items []T
		res.Data(t, &items)
		if len(items) > limit {
			t.Fatalf("GET %s: %d items over limit %d", target, len(items), limit)
		}
		for _, it := range items {
			id := idOf(it)
			if seen[id] {
				t.Fatalf("GET %s: %s repeated", path, id)
			}
			seen[id] = true
			out = append(out, it)
		}
		if !res.Env.Meta.HasMore {
			if res.Env.Meta.NextCursor != nil {
				t.Errorf("GET %s: the last page has a next_cursor", target)
			}
			return out
		}
		if len(items) < limit {
			t.Errorf("GET %s: a page with more to come has %d < %d items", target, len(items), limit)
		}
		if res.Env.Meta.NextCursor == nil {
			t.Fatalf("GET %s: has_more without a next_cursor", target)
		}
		target = fmt.Sprintf("%s%slimit=%d&cursor=%s", path, sep, limit, url.QueryEscape(*res.Env.Meta.NextCursor))
	}
	t.Fatalf("the walk of %s does not end", path)
	return nil
}

// WalkWindow follows a provider's own continuation (Page.Next) from the
// start with limit and returns every item and the number of pages. It
// fails the test on an error, a page over limit, HasMore without a new
// continuation, a continuation on the last page, or a walk that does not
// end.
func WalkWindow[T any](t testing.TB, limit int, list func(ats.Window) (ats.Page[T], error)) (items []T, pages int) {
	t.Helper()
	cursor := ""
	for pages < 10_000 {
		p, err := list(ats.Window{Limit: limit, Cursor: cursor})
		if err != nil {
			t.Fatalf("page %d: %v", pages+1, err)
		}
		pages++
		if len(p.Items) > limit {
			t.Fatalf("page %d: got %d items, want at most %d", pages, len(p.Items), limit)
		}
		items = append(items, p.Items...)
		if !p.HasMore {
			if p.Next != "" {
				t.Errorf("page %d: the last page has a continuation", pages)
			}
			return items, pages
		}
		if p.Next == "" || p.Next == cursor {
			t.Fatalf("page %d: has_more with continuation %q after %q", pages, p.Next, cursor)
		}
		cursor = p.Next
	}
	t.Fatal("the walk does not end")
	return nil, pages
}
