package levertest

import (
	"encoding/json"
	"errors"
	"net/url"
	"strconv"
	"strings"
	"time"
)

// listWindow is the paging part of a list request.
type listWindow struct {
	limit int
	// from is where the page starts (inclusive); nil from the start.
	from *offsetKey
	// page numbers the pages of one walk, as the first element of Lever's
	// tokens seems to.
	page int
}

// offsetKey is what an offset token holds: [page, createdAt ms, "id"] of
// the first record of the page it leads to, the shape of the recorded
// token [3,1491435120000,"5599cc20-..."].
type offsetKey struct {
	at int64
	id string
}

// readWindow reads limit (1..100, default 100: the default is UNCONFIRMED,
// 100 per third-party summaries) and offset. Go has decoded the query once;
// a token that still starts with %5B was encoded twice by the client (as
// axios and requests do with the already encoded token), and Lever accepts
// it, so it is decoded once more and doubled reports that it was.
func readWindow(q url.Values) (w listWindow, doubled bool, err error) {
	w.limit = 100
	if v := q.Get("limit"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > 100 {
			return w, false, errors.New("limit must be a number from 1 to 100")
		}
		w.limit = n
	}
	tok := q.Get("offset")
	if tok == "" {
		return w, false, nil
	}
	if strings.HasPrefix(strings.ToUpper(tok), "%5B") {
		d, err := url.QueryUnescape(tok)
		if err != nil {
			return w, true, errors.New("invalid offset")
		}
		tok, doubled = d, true
	}
	var parts []json.RawMessage
	if err := json.Unmarshal([]byte(tok), &parts); err != nil || len(parts) != 3 {
		return w, doubled, errors.New("invalid offset")
	}
	var k offsetKey
	if json.Unmarshal(parts[0], &w.page) != nil || json.Unmarshal(parts[1], &k.at) != nil ||
		json.Unmarshal(parts[2], &k.id) != nil || k.id == "" {
		return w, doubled, errors.New("invalid offset")
	}
	w.from = &k
	return w, doubled, nil
}

// cut returns one page of records (ascending by time, id) from the
// window's start, and the token of the next page ("" on the last page).
func cut[T any](records []T, w listWindow, key func(T) (time.Time, string)) (page []T, next string) {
	start := 0
	if w.from != nil {
		start = len(records)
		for i, r := range records {
			at, id := key(r)
			if at.UnixMilli() > w.from.at || at.UnixMilli() == w.from.at && id >= w.from.id {
				start = i
				break
			}
		}
	}
	rest := records[start:]
	if len(rest) <= w.limit {
		return rest, ""
	}
	at, id := key(rest[w.limit])
	return rest[:w.limit], offsetToken(w.page+1, at, id)
}

// offsetToken is the opaque, URL-encoded token Lever answers in "next":
// %5B2%2C1782972986091%2C%22<id>%22%5D.
func offsetToken(page int, at time.Time, id string) string {
	b, _ := json.Marshal([]any{page, at.UnixMilli(), id})
	return url.QueryEscape(string(b))
}

// listEnvelope is the answer of every list: next is absent on the last
// page.
type listEnvelope struct {
	Data    []any  `json:"data"`
	HasNext bool   `json:"hasNext"`
	Next    string `json:"next,omitempty"`
}

func envelope(items []any, next string) listEnvelope {
	if items == nil {
		items = []any{}
	}
	return listEnvelope{Data: items, HasNext: next != "", Next: next}
}

// msFilter is one pair of epoch-millisecond filters (name_start,
// name_end). Both bounds are inclusive: whether Lever's are is
// UNCONFIRMED, so the fake answers the superset and a client wanting
// "strictly after" checks itself.
type msFilter struct {
	start, end *int64
}

func (f msFilter) match(t time.Time) bool {
	ms := t.UnixMilli()
	return (f.start == nil || ms >= *f.start) && (f.end == nil || ms <= *f.end)
}

// readMs reads name_start and name_end as epoch milliseconds.
func readMs(q url.Values, name string) (msFilter, error) {
	var f msFilter
	for _, b := range []struct {
		key string
		dst **int64
	}{{name + "_start", &f.start}, {name + "_end", &f.end}} {
		v := q.Get(b.key)
		if v == "" {
			continue
		}
		n, err := strconv.ParseInt(v, 10, 64)
		if err != nil {
			return f, errors.New(b.key + " must be a timestamp in epoch milliseconds")
		}
		*b.dst = &n
	}
	return f, nil
}

// values reads a filter that may be given several times or as a comma
// list (which forms Lever takes is UNCONFIRMED: the fake takes both).
func values(q url.Values, key string) []string {
	var out []string
	for _, v := range q[key] {
		for p := range strings.SplitSeq(v, ",") {
			if p = strings.TrimSpace(p); p != "" {
				out = append(out, p)
			}
		}
	}
	return out
}

// anyFold reports whether v equals one of want, ignoring case; an empty
// want matches everything.
func anyFold(want []string, v ...string) bool {
	if len(want) == 0 {
		return true
	}
	for _, w := range want {
		for _, x := range v {
			if strings.EqualFold(w, x) {
				return true
			}
		}
	}
	return false
}
