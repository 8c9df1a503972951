package lever

import (
	"context"
	"encoding/json"
	"fmt"
	"net/url"
	"slices"
	"strings"
	"testing"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/upstream"
)

// memList is an upstream list in memory that pages like Lever: opaque
// URL-encoded tokens, which it refuses with another limit than the one
// they were issued with (the facts: pass the token back with the same
// limit).
type memList struct {
	n      int
	calls  int
	failAt int // call number that fails with a 429
	dropAt int // call number whose next is dropped
}

func (m *memList) fetch(_ context.Context, offset string, limit int) (listPage[int], error) {
	m.calls++
	if m.calls == m.failAt {
		return listPage[int]{}, &ats.Error{Code: ats.CodeUpstreamRateLimited, Message: "limited"}
	}
	start := 0
	if offset != "" {
		raw, err := url.QueryUnescape(offset)
		var tok [2]int
		if err != nil || json.Unmarshal([]byte(raw), &tok) != nil {
			return listPage[int]{}, fmt.Errorf("bad token %q", offset)
		}
		if tok[1] != limit {
			return listPage[int]{}, fmt.Errorf("token issued with limit %d sent with %d", tok[1], limit)
		}
		start = tok[0]
	}
	end := min(m.n, start+limit)
	p := listPage[int]{}
	for i := start; i < end; i++ {
		p.recs = append(p.recs, upstream.Record[int]{W: i})
	}
	if end < m.n && m.calls != m.dropAt {
		p.hasNext, p.next = true, url.QueryEscape(fmt.Sprintf("[%d,%d]", end, limit))
	} else if m.calls == m.dropAt {
		p.hasNext = true
	}
	return p, nil
}

func intSpec(m *memList, keep func(int) bool) listSpec[int, int] {
	return listSpec[int, int]{
		op: "list ints", filters: fmt.Sprint(keep != nil), local: keep != nil, fetch: m.fetch,
		convert: keepEach(func(_ *int, v int) bool { return keep == nil || keep(v) }, func(w *int, _ json.RawMessage) int { return *w }),
	}
}

// walkInts follows the cursor with the limits given (the last repeats).
func walkInts(t *testing.T, s listSpec[int, int], limits ...int) (got []int, pages int) {
	t.Helper()
	cursor := ""
	for {
		limit := limits[min(pages, len(limits)-1)]
		p, err := walk(context.Background(), s, ats.Window{Limit: limit, Cursor: cursor})
		if err != nil {
			t.Fatalf("page %d: %v", pages+1, err)
		}
		pages++
		if len(p.Items) > limit {
			t.Fatalf("page %d: %d items, limit %d", pages, len(p.Items), limit)
		}
		if p.HasMore && len(p.Items) == 0 {
			t.Fatalf("page %d: empty page with has_more", pages)
		}
		got = append(got, p.Items...)
		if !p.HasMore {
			if p.Next != "" {
				t.Fatalf("page %d: last page with a continuation", pages)
			}
			return got, pages
		}
		if pages > 500 {
			t.Fatal("the walk does not end")
		}
		cursor = p.Next
	}
}

func upTo(n int, keep func(int) bool) []int {
	var out []int
	for i := range n {
		if keep == nil || keep(i) {
			out = append(out, i)
		}
	}
	return out
}

func TestWalkOneCallPerPage(t *testing.T) {
	for _, n := range []int{0, 1, 49, 50, 100} {
		m := &memList{n: n}
		got, pages := walkInts(t, intSpec(m, nil), 7)
		if !slices.Equal(got, upTo(n, nil)) {
			t.Errorf("n=%d: got %v", n, got)
		}
		if m.calls != pages || pages != max(1, (n+6)/7) {
			t.Errorf("n=%d: %d pages in %d calls, want %d pages, one call each", n, pages, m.calls, max(1, (n+6)/7))
		}
	}
}

func TestWalkLocalFilterFillsPages(t *testing.T) {
	third := func(i int) bool { return i%3 == 0 }
	m := &memList{n: 430}
	got, pages := walkInts(t, intSpec(m, third), 5)
	if !slices.Equal(got, upTo(430, third)) {
		t.Errorf("got %d items, want every third of 430 once, in order", len(got))
	}
	// 144 matches in pages of 5: 29 pages, each read from the upstream page
	// its predecessor stopped in; a page that runs past the end of an
	// upstream page reads the next one too (430 records are 5 pages).
	if pages != 29 || m.calls > 29+4 {
		t.Errorf("%d pages in %d calls, want 29 pages in at most 33 calls", pages, m.calls)
	}

	sparse := func(i int) bool { return i == 7 || i == 777 }
	m = &memList{n: 1000}
	p, err := walk(context.Background(), intSpec(m, sparse), ats.Window{Limit: 5})
	if err != nil || !slices.Equal(p.Items, []int{7}) || !p.HasMore || m.calls != upstream.FilterCalls {
		t.Fatalf("budget: got %v more=%v in %d calls (%v), want [7], more, %d calls", p.Items, p.HasMore, m.calls, err, upstream.FilterCalls)
	}
	p, err = walk(context.Background(), intSpec(m, sparse), ats.Window{Limit: 5, Cursor: p.Next})
	if err != nil || !slices.Equal(p.Items, []int{777}) || p.HasMore {
		t.Errorf("second page: got %v more=%v (%v)", p.Items, p.HasMore, err)
	}
}

func TestWalkKeepsTheTokensLimitWhenTheCallerChangesHis(t *testing.T) {
	m := &memList{n: 97}
	got, _ := walkInts(t, intSpec(m, nil), 10, 3, 25, 4)
	if !slices.Equal(got, upTo(97, nil)) {
		t.Errorf("got %v", got)
	}
}

func TestWalkEndsOnHasNextWithoutNext(t *testing.T) {
	m := &memList{n: 30, dropAt: 1}
	p, err := walk(context.Background(), intSpec(m, nil), ats.Window{Limit: 10})
	if err != nil || p.HasMore || p.Next != "" || len(p.Items) != 10 {
		t.Errorf("got %d items, more=%v next=%q (%v); want the page, and the end", len(p.Items), p.HasMore, p.Next, err)
	}
}

func TestWalkPageMode(t *testing.T) {
	m := &memList{n: 250}
	p, err := walk(context.Background(), intSpec(m, nil), ats.Window{Limit: 10, Page: 3})
	if err != nil || !slices.Equal(p.Items, upTo(30, func(i int) bool { return i >= 20 })) || !p.HasMore {
		t.Errorf("page 3: got %v more=%v (%v)", p.Items, p.HasMore, err)
	}
	_, err = walk(context.Background(), intSpec(m, nil), ats.Window{Limit: 100, Page: 11})
	if ats.ErrorCode(err) != ats.CodeInputInvalid {
		t.Errorf("page 11 of 100: got %v, want INPUT_INVALID", err)
	}
	sparse := func(i int) bool { return i%500 == 0 }
	_, err = walk(context.Background(), intSpec(&memList{n: 5000}, sparse), ats.Window{Limit: 10, Page: 2})
	if e := ats.AsError(err); e.Code != ats.CodeInputInvalid || !strings.Contains(e.Message, "cursor") {
		t.Errorf("page beyond the scan: got %v", err)
	}
}

func TestWalkRefusesForeignContinuations(t *testing.T) {
	m := &memList{n: 50}
	p, _ := walk(context.Background(), intSpec(m, nil), ats.Window{Limit: 10})
	for name, cursor := range map[string]string{
		"other filters": p.Next, // the local spec has another fingerprint
		"not base64":    "%%%",
		"not ours":      upstream.Seal("x", &continuation{L: 10}),
		"bad limit":     upstream.Seal(upstream.Fingerprint("list ints", "true"), &continuation{L: 500}),
	} {
		_, err := walk(context.Background(), intSpec(m, func(int) bool { return true }), ats.Window{Limit: 10, Cursor: cursor})
		if ats.ErrorCode(err) != ats.CodeCursorInvalid {
			t.Errorf("%s: got %v, want CURSOR_INVALID", name, err)
		}
	}
}

func TestWalkReturnsWhatItHasWhenRateLimited(t *testing.T) {
	m := &memList{n: 1000, failAt: 2}
	half := func(i int) bool { return i%2 == 0 }
	p, err := walk(context.Background(), intSpec(m, half), ats.Window{Limit: 80})
	if err != nil || len(p.Items) != 50 || !p.HasMore {
		t.Fatalf("got %d items more=%v (%v), want the 50 of the first page and more", len(p.Items), p.HasMore, err)
	}
	p2, err := walk(context.Background(), intSpec(m, half), ats.Window{Limit: 80, Cursor: p.Next})
	if err != nil || len(p2.Items) == 0 || p2.Items[0] != 100 {
		t.Errorf("next page: got %v (%v), want it to start at 100", p2.Items[:min(1, len(p2.Items))], err)
	}
}

func TestDecodeList(t *testing.T) {
	p, err := decodeList[wireStage]([]byte(`{"data":[{"id":"lead-new","text":"New lead"}],"hasNext":true,"next":"%5B1%5D"}`), true)
	if err != nil || len(p.recs) != 1 || p.recs[0].W.Text != "New lead" || string(p.recs[0].Raw) != `{"id":"lead-new","text":"New lead"}` ||
		!p.hasNext || p.next != "%5B1%5D" || p.last() {
		t.Errorf("got %+v (%v)", p, err)
	}
	p, err = decodeList[wireStage]([]byte(`{"data":[],"hasNext":false}`), false)
	if err != nil || !p.last() {
		t.Errorf("last page: got %+v (%v)", p, err)
	}
	for _, body := range []string{`{"hasNext":false}`, `{"data":{"id":1}}`, `[]`, `{"data":[{"id":"x"`} {
		if _, err := decodeList[wireStage]([]byte(body), false); err == nil {
			t.Errorf("%s: no error", body)
		}
	}
}
