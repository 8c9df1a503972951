package lever

import (
	"context"
	"encoding/json"
	"errors"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/upstream"
)

// paging is how Lever's lists page: by an opaque offset token, at most
// 100 records a call, and a key may make 10 calls a second (bursts of 20),
// so every walk is bounded.
var paging = upstream.Paging{Provider: "Lever", PageSize: 100, PageModeItems: 1000}

// listPage is one upstream page: its records, and where the next starts.
// Lever says hasNext and gives next; hasNext without next is the end (the
// facts: the last page has no next key).
type listPage[W any] struct {
	recs    []upstream.Record[W]
	hasNext bool
	next    string
}

func (p listPage[W]) last() bool { return !p.hasNext || p.next == "" }

// fetchFunc reads the upstream page that starts at offset ("" for the
// first) with limit records.
type fetchFunc[W any] func(ctx context.Context, offset string, limit int) (listPage[W], error)

// listSpec describes one list walk.
type listSpec[W any, T any] struct {
	op string // "list jobs", for the continuation's fingerprint
	// filters is the canonical form of every filter, for the fingerprint.
	filters string
	// local is set when convert drops records for filters Lever does not
	// apply: the walk then reads full upstream pages and may read several
	// to fill one of ours.
	local bool
	fetch fetchFunc[W]
	// convert maps the records of an upstream page not served yet, record
	// by record: nil drops the record. It sees them together, for mappings
	// that group records (candidates are contacts gathered from
	// opportunities).
	convert func(ctx context.Context, recs []upstream.Record[W]) ([]*T, error)
}

// continuation is the provider's own cursor, which the router wraps in its
// signed one: the upstream page to read (Lever's offset token as Lever sent
// it, "" for the first page), the limit that token goes with (Lever wants
// the same limit with a token), and how many of that page's records were
// already served.
type continuation struct {
	upstream.Mark
	O string `json:"o,omitempty"`
	L int    `json:"l"`
	K int    `json:"k,omitempty"`
}

// decodeContinuation reads a continuation back; one that is not ours, or
// belongs to other filters, is CURSOR_INVALID.
func decodeContinuation(cursor, fp string) (continuation, error) {
	var c continuation
	if err := paging.Open(cursor, fp, &c); err != nil {
		return continuation{}, err
	}
	if c.L < 1 || c.L > paging.PageSize || c.K < 0 || c.K > paging.PageSize {
		return continuation{}, paging.CursorInvalid()
	}
	return c, nil
}

// walk serves one page of a list.
//
// Cursor mode reads from the continuation. Without filters of ours the
// first page asks Lever for exactly limit records, so that one page of
// ours is one call and Lever's hasNext is ours. With them (local), it reads
// full pages of 100 and at most filterCalls of them; when the page fills it
// reads on for one more match, so that has_more is exact, and continues
// from where that match is (an upstream page and how many of its records
// were served). A walk that runs out of calls first returns a short page
// with has_more (the one case where the next page may come back empty).
// Records are converted in chunks of what the page still needs plus one,
// so that conversions that cost calls (candidates) cost as few as they
// can.
//
// Page mode walks from the start, skipping (page-1)*limit matching records,
// since Lever has no page numbers; it reaches pageModeItems records deep.
// Total stays nil: Lever does not count.
func walk[W any, T any](ctx context.Context, s listSpec[W, T], win ats.Window) (ats.Page[T], error) {
	limit := paging.Limit(win)
	fp := upstream.Fingerprint(s.op, s.filters)
	pos := continuation{L: limit}
	skip, budget := 0, 1
	switch {
	case win.PageMode():
		var err error
		if skip, budget, err = paging.PageMode(win, limit); err != nil {
			return ats.Page[T]{}, err
		}
		pos.L = paging.PageSize
	case win.Cursor != "":
		c, err := decodeContinuation(win.Cursor, fp)
		if err != nil {
			return ats.Page[T]{}, err
		}
		pos = c
		budget = min(upstream.FilterCalls, (c.K+limit+c.L-1)/c.L)
		if s.local {
			budget = upstream.FilterCalls
		}
	case s.local:
		pos.L, budget = paging.PageSize, upstream.FilterCalls
	}
	page := func(items []T, next *continuation) ats.Page[T] {
		p := ats.Page[T]{Items: items}
		if next != nil {
			p.HasMore, p.Next = true, upstream.Seal(fp, next)
		}
		return p
	}

	items := make([]T, 0, limit)
	for calls := 1; ; calls++ {
		pg, err := s.fetch(ctx, pos.O, pos.L)
		for i := min(pos.K, len(pg.recs)); err == nil && i < len(pg.recs); {
			end := min(len(pg.recs), i+limit+skip-len(items)+1)
			var conv []*T
			if conv, err = s.convert(ctx, pg.recs[i:end]); err != nil {
				pos.K = i
				break
			}
			for j, it := range conv {
				switch {
				case it == nil:
				case len(items) == limit:
					pos.K = i + j
					return page(items, &pos), nil
				case skip > 0:
					skip--
				default:
					items = append(items, *it)
				}
			}
			i = end
		}
		if err != nil {
			// Once some records are in hand, running into the rate limit
			// ends the page early instead of failing it.
			if upstream.EndsEarly(err, win, len(items)) {
				return page(items, &pos), nil
			}
			return ats.Page[T]{}, err
		}
		if pg.last() {
			return page(items, nil), nil
		}
		pos = continuation{O: pg.next, L: pos.L}
		switch {
		case calls >= budget && skip > 0:
			return ats.Page[T]{}, paging.BeyondScan(win.Page)
		case calls >= budget, len(items) == limit && !s.local:
			return page(items, &pos), nil
		}
	}
}

// keepEach is the convert of lists whose records map one to one: to maps
// a record, and keep says whether it passes the filters Lever does not
// apply (or may not have applied): the query's Matches on the mapped
// record, plus what only the wire form shows.
func keepEach[W any, T any](keep func(*W, T) bool, to func(*W, json.RawMessage) T) func(context.Context, []upstream.Record[W]) ([]*T, error) {
	return func(_ context.Context, recs []upstream.Record[W]) ([]*T, error) {
		out := make([]*T, len(recs))
		for i := range recs {
			if v := to(&recs[i].W, recs[i].Raw); keep(&recs[i].W, v) {
				out[i] = &v
			}
		}
		return out, nil
	}
}

// decodeList reads Lever's list envelope {"data": [...], "hasNext": bool,
// "next": "<token>"}, keeping each record's JSON when asked. An answer
// without data is malformed.
func decodeList[W any](body []byte, keepRaw bool) (listPage[W], error) {
	var p listPage[W]
	recs, found, err := upstream.DecodeObject[W](body, "data", keepRaw, func(name string, dec *json.Decoder) error {
		switch name {
		case "hasNext":
			return dec.Decode(&p.hasNext)
		case "next":
			var next *string
			if err := dec.Decode(&next); err != nil {
				return err
			}
			if next != nil {
				p.next = *next
			}
			return nil
		}
		var skip json.RawMessage
		return dec.Decode(&skip)
	})
	if err == nil && !found {
		err = errors.New("no data in the answer")
	}
	if err != nil {
		return listPage[W]{}, err
	}
	p.recs = recs
	return p, nil
}
