package lever

import (
	"context"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/atsbridge/atsbridge/ats"
)

// Paging budgets. Lever pages by an opaque offset token, at most 100
// records a call, and a key may make 10 calls a second (bursts of 20), so
// every walk is bounded.
const (
	// upstreamMax is Lever's largest page.
	upstreamMax = 100
	// filterCalls is the most upstream pages one cursor page reads while
	// filling itself past records that a filter of ours drops.
	filterCalls = 5
	// pageModeItems is how deep page mode (?page=N) reaches: it walks from
	// the start, so page*limit may not exceed this.
	pageModeItems = 1000
	// pageModeCalls is the most upstream pages one page-mode page reads.
	pageModeCalls = pageModeItems/upstreamMax + 1
)

// record is one decoded list record, with its JSON when asked for.
type record[W any] struct {
	w   W
	raw json.RawMessage
}

// listPage is one upstream page: its records, and where the next starts.
// Lever says hasNext and gives next; hasNext without next is the end (the
// facts: the last page has no next key).
type listPage[W any] struct {
	recs    []record[W]
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
	convert func(ctx context.Context, recs []record[W]) ([]*T, error)
}

// continuation is the provider's own cursor, which the router wraps in its
// signed one: the upstream page to read (Lever's offset token as Lever sent
// it, "" for the first page), the limit that token goes with (Lever wants
// the same limit with a token), how many of that page's records were
// already served, and a fingerprint of the filters it belongs to.
type continuation struct {
	V int    `json:"v"`
	F string `json:"f"`
	O string `json:"o,omitempty"`
	L int    `json:"l"`
	K int    `json:"k,omitempty"`
}

func encodeContinuation(c continuation) string {
	c.V = 1
	b, _ := json.Marshal(c)
	return base64.RawURLEncoding.EncodeToString(b)
}

// decodeContinuation reads a continuation back; one that is not ours, or
// belongs to other filters, is CURSOR_INVALID.
func decodeContinuation(cursor, fp string) (continuation, error) {
	invalid := ats.Errorf(ats.CodeCursorInvalid, "The cursor does not belong to this Lever list; start again without a cursor.")
	if len(cursor) > 2048 {
		return continuation{}, invalid
	}
	b, err := base64.RawURLEncoding.DecodeString(cursor)
	if err != nil {
		return continuation{}, invalid
	}
	var c continuation
	if err := json.Unmarshal(b, &c); err != nil || c.V != 1 || c.F != fp ||
		c.L < 1 || c.L > upstreamMax || c.K < 0 || c.K > upstreamMax {
		return continuation{}, invalid
	}
	return c, nil
}

// fingerprint ties a continuation to one list and its filters.
func fingerprint(op, filters string) string {
	h := sha256.Sum256([]byte(op + "\x00" + filters))
	return base64.RawURLEncoding.EncodeToString(h[:9])
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
	limit := win.Limit
	if limit <= 0 {
		limit = ats.DefaultLimit
	}
	limit = min(limit, ats.MaxLimit)
	fp := fingerprint(s.op, s.filters)
	pos := continuation{F: fp, L: limit}
	skip, budget := 0, 1
	switch {
	case win.PageMode():
		if win.Page*limit > pageModeItems {
			return ats.Page[T]{}, pageTooDeep(limit)
		}
		skip, budget, pos.L = (win.Page-1)*limit, pageModeCalls, upstreamMax
	case win.Cursor != "":
		c, err := decodeContinuation(win.Cursor, fp)
		if err != nil {
			return ats.Page[T]{}, err
		}
		pos = c
		budget = min(filterCalls, (c.K+limit+c.L-1)/c.L)
		if s.local {
			budget = filterCalls
		}
	case s.local:
		pos.L, budget = upstreamMax, filterCalls
	}
	page := func(items []T, next *continuation) ats.Page[T] {
		p := ats.Page[T]{Items: items}
		if next != nil {
			p.HasMore, p.Next = true, encodeContinuation(*next)
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
			if len(items) > 0 && !win.PageMode() && ats.ErrorCode(err) == ats.CodeUpstreamRateLimited {
				return page(items, &pos), nil
			}
			return ats.Page[T]{}, err
		}
		if pg.last() {
			return page(items, nil), nil
		}
		pos = continuation{F: fp, O: pg.next, L: pos.L}
		switch {
		case calls >= budget && skip > 0:
			return ats.Page[T]{}, pageBeyondScan(win.Page)
		case calls >= budget, len(items) == limit && !s.local:
			return page(items, &pos), nil
		}
	}
}

func pageTooDeep(limit int) error {
	return ats.Invalid(fmt.Sprintf("Lever lists have no page numbers, so page mode walks from the start and reaches the first %d records; follow meta.next_cursor to go further.", pageModeItems),
		ats.Detail{Field: "page", Problem: fmt.Sprintf("must be at most %d with limit %d on Lever; use the cursor beyond", max(1, pageModeItems/limit), limit)})
}

// pageBeyondScan is the error for a page that page mode's walk from the
// start could not reach within pageModeCalls upstream pages: filters only
// we apply leave fewer matching records per upstream page than page*limit
// needs.
func pageBeyondScan(page int) error {
	scanned := pageModeCalls * upstreamMax
	return ats.Invalid(fmt.Sprintf("Lever cannot apply some of these filters, so page mode reads the list from the start, %d records at most, and page %d lies beyond them; follow meta.next_cursor instead.", scanned, page),
		ats.Detail{Field: "page", Problem: fmt.Sprintf("lies beyond the first %d Lever records with these filters; use the cursor", scanned)})
}

// keepEach is the convert of lists whose records map one to one: to maps
// a record, and keep says whether it passes the filters Lever does not
// apply (or may not have applied): the query's Matches on the mapped
// record, plus what only the wire form shows.
func keepEach[W any, T any](keep func(*W, T) bool, to func(*W, json.RawMessage) T) func(context.Context, []record[W]) ([]*T, error) {
	return func(_ context.Context, recs []record[W]) ([]*T, error) {
		out := make([]*T, len(recs))
		for i := range recs {
			if v := to(&recs[i].w, recs[i].raw); keep(&recs[i].w, v) {
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
	var env struct {
		Data    *[]json.RawMessage `json:"data"`
		HasNext bool               `json:"hasNext"`
		Next    *string            `json:"next"`
	}
	if err := json.Unmarshal(body, &env); err != nil {
		return listPage[W]{}, err
	}
	if env.Data == nil {
		return listPage[W]{}, errors.New("no data in the answer")
	}
	p := listPage[W]{recs: make([]record[W], len(*env.Data)), hasNext: env.HasNext}
	if env.Next != nil {
		p.next = *env.Next
	}
	for i, raw := range *env.Data {
		if err := json.Unmarshal(raw, &p.recs[i].w); err != nil {
			return listPage[W]{}, fmt.Errorf("record %d: %w", i, err)
		}
		if keepRaw {
			p.recs[i].raw = raw
		}
	}
	return p, nil
}
