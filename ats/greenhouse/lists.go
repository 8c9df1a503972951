package greenhouse

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/upstream"
)

// paging is how Greenhouse's lists page: by an opaque cursor in Link
// next, at most 500 records a call (a larger per_page is a 422, not a
// clamp), and requests count in 30 s windows, so every list walk is
// bounded.
var paging = upstream.Paging{Provider: "Greenhouse", PageSize: maxPerPage, PageModeItems: 2500}

const (
	// maxPerPage is Greenhouse's largest page.
	maxPerPage = 500
	// maxLookupPages bounds the lists read whole (lookups, single reads).
	maxLookupPages = 10
	// maxIDs is the most ids Greenhouse takes in one ids or *_ids filter.
	maxIDs = 50
)

// listSpec describes one list: the upstream path and filters, the
// filters only we can apply, and how to map a record.
type listSpec[W any, T any] struct {
	op    string     // "list jobs"
	path  string     // "/jobs"
	query url.Values // upstream filters, without per_page
	// local is set when keep drops records for a filter Greenhouse cannot
	// apply; the walk then reads full upstream pages and may make several
	// calls to fill a page.
	local bool
	// raw keeps each record's JSON for ?include=raw.
	raw bool
	// filters is the canonical form of every filter, for the
	// continuation's fingerprint.
	filters string
	// load, when set, runs on each upstream page's records before keep,
	// for the lookups keep and convert need (stage pipelines, rejection
	// reasons).
	load func(ctx context.Context, recs []record[W]) error
	keep func(*W) bool
	// finish, when set, runs on the records chosen for the page before
	// convert, for lookups only they need (a candidate's applications).
	finish  func(ctx context.Context, chosen []*record[W]) error
	convert func(*W, json.RawMessage) T
}

// record is one decoded list record, with its JSON, and its id, which
// resuming and the mapping rely on.
type record[W any] struct {
	upstream.Record[W]
	id string
}

// pageRequest is one upstream list request below the base URL. link is
// the request as Greenhouse's Link next gave it ("" for a list's first
// request, which we build).
type pageRequest struct {
	path  string
	query url.Values
	link  string
}

// walk serves one page of a list.
//
// Greenhouse lists newest first (id descending) and pages with a cursor in
// Link next that must be sent alone. A cursor page without filters of ours
// asks for per_page = limit and is one call: the page is Greenhouse's
// page, has_more is Link next's presence, and the continuation is that
// link. With filters of ours it reads pages of 500, at most
// upstream.FilterCalls of them, and ends where the page fills: the
// continuation is then the upstream page it ended in and the id of the
// last record it looked at, resumed by reading that page again and
// skipping through that id. A page still short after upstream.FilterCalls
// says has_more with a continuation where it stopped.
//
// Page mode walks from the start, skipping (page-1)*limit matching
// records, since Greenhouse has no offsets; it reaches paging.PageModeItems
// records deep. Total stays nil: Greenhouse does not count.
func walk[W any, T any](ctx context.Context, c *Client, s listSpec[W, T], win ats.Window) (ats.Page[T], error) {
	limit := paging.Limit(win)
	fp := upstream.Fingerprint(s.op, s.filters)
	perPage := limit
	if s.local || win.PageMode() {
		perPage = maxPerPage
	}
	req := pageRequest{path: s.path, query: upstream.CloneQuery(s.query)}
	req.query.Set("per_page", strconv.Itoa(perPage))
	after, skip, budget := "", 0, upstream.FilterCalls
	switch {
	case win.PageMode():
		var err error
		if skip, budget, err = paging.PageMode(win, limit); err != nil {
			return ats.Page[T]{}, err
		}
	case win.Cursor != "":
		cont, err := resume(fp, win.Cursor)
		if err != nil {
			return ats.Page[T]{}, err
		}
		if cont.U != "" {
			if req, err = storedRequest(cont.U); err != nil {
				return ats.Page[T]{}, err
			}
		}
		after = cont.A
	}

	var chosen []*record[W]
	page := func(more bool, next string) (ats.Page[T], error) {
		if s.finish != nil && len(chosen) > 0 {
			if err := s.finish(ctx, chosen); err != nil {
				return ats.Page[T]{}, err
			}
		}
		items := make([]T, 0, len(chosen))
		for _, r := range chosen {
			items = append(items, s.convert(&r.W, r.Raw))
		}
		return ats.Page[T]{Items: items, HasMore: more, Next: next}, nil
	}
	for calls := 1; ; calls++ {
		recs, next, err := fetchPage[W](ctx, c, s.op, req, s.raw)
		if err == nil && s.load != nil {
			err = s.load(ctx, recs)
		}
		if err != nil {
			// Once some records are in hand, running into the rate limit
			// ends the page early instead of failing it.
			if upstream.EndsEarly(err, win, len(chosen)) {
				return page(true, continuationFor(fp, req, ""))
			}
			return ats.Page[T]{}, err
		}
		for i := resumeAt(recs, after); i < len(recs); i++ {
			if !s.keep(&recs[i].W) {
				continue
			}
			if len(chosen) == limit {
				prev := ""
				if i > 0 {
					prev = recs[i-1].id
				}
				return page(true, continuationFor(fp, req, prev))
			}
			if skip > 0 {
				skip--
				continue
			}
			chosen = append(chosen, &recs[i])
		}
		after = ""
		if next == "" {
			return page(false, "")
		}
		nreq, err := c.follow(s.op, req, next)
		if err != nil {
			return ats.Page[T]{}, err
		}
		if len(chosen) == limit && !s.local {
			// Greenhouse sends Link next while more records remain, and
			// no filter of ours drops any of them.
			return page(true, continuationFor(fp, nreq, ""))
		}
		if calls >= budget {
			if skip > 0 {
				return ats.Page[T]{}, paging.BeyondScan(win.Page)
			}
			return page(true, continuationFor(fp, nreq, ""))
		}
		req = nreq
	}
}

// resumeAt is where reading an upstream page resumes after the record
// with id after: just past it when the page has it (Greenhouse's cursor
// and the first page are stable for records that existed, and new ones
// come before it, newest first); when that record is gone, past every id
// not below it (ids descend).
func resumeAt[W any](recs []record[W], after string) int {
	if after == "" {
		return 0
	}
	if i := slices.IndexFunc(recs, func(r record[W]) bool { return r.id == after }); i >= 0 {
		return i + 1
	}
	a, _ := strconv.ParseInt(after, 10, 64)
	i := 0
	for i < len(recs) {
		n, err := strconv.ParseInt(recs[i].id, 10, 64)
		if err == nil && n < a {
			break
		}
		i++
	}
	return i
}

// fetchPage makes one list call and returns its records and Link next
// ("" on the last page).
func fetchPage[W any](ctx context.Context, c *Client, op string, req pageRequest, keepRaw bool) ([]record[W], string, error) {
	rq := &upstream.Request{Op: op, Method: http.MethodGet, Path: req.path, Query: req.query}
	res, err := c.api.Do(ctx, rq)
	if err != nil {
		return nil, "", err
	}
	recs, err := decodeRecords[W](res.Body, keepRaw)
	if err != nil {
		return nil, "", c.api.Malformed(rq, err)
	}
	return recs, upstream.NextLink(res.Header), nil
}

// decodeRecords reads a bare JSON array of records. Every record needs
// an id, which resuming and the mapping rely on.
func decodeRecords[W any](body []byte, keepRaw bool) ([]record[W], error) {
	all, err := upstream.DecodeArray[W](body, true)
	if err != nil {
		return nil, err
	}
	recs := make([]record[W], len(all))
	for i, r := range all {
		if recs[i].id = idOf(r.Raw); recs[i].id == "" {
			return nil, fmt.Errorf("record %d has no id", i)
		}
		if !keepRaw {
			r.Raw = nil
		}
		recs[i].Record = r
	}
	return recs, nil
}

// follow turns Link next into the next request. The shared client follows
// a link only below the configured base URL (the bearer token goes with
// every call). A link that repeats the request just made is refused too,
// as it would loop.
func (c *Client) follow(op string, cur pageRequest, next string) (pageRequest, error) {
	path, query, err := c.api.Follow(op, cur.path, next)
	if err != nil {
		return pageRequest{}, err
	}
	nreq := pageRequest{path: path, query: query, link: path + "?" + query.Encode()}
	if nreq.link == cur.link {
		return pageRequest{}, &ats.Error{
			Code:    ats.CodeUpstreamUnavailable,
			Message: "Greenhouse sent a next-page link atsbridge does not follow (it repeats the page just read); try again shortly.",
			Err:     fmt.Errorf("greenhouse: %s: Link next repeats the page just read", op),
		}
	}
	return nreq, nil
}

// continuation is the provider's own cursor, which the router wraps in its
// signed one: where the next page starts, and a fingerprint of the filters
// it belongs to.
type continuation struct {
	upstream.Mark
	// U is the upstream request to read, below the base URL: a Link next
	// as Greenhouse sent it (its cursor alone), or "" for the list's first
	// request, which is rebuilt from the filters (so they stay out of the
	// continuation).
	U string `json:"u,omitempty"`
	// A is the id of the last record already looked at in U's page.
	A string `json:"a,omitempty"`
}

// continuationFor is the continuation that resumes at req after the
// record with id after.
func continuationFor(fp string, req pageRequest, after string) string {
	return upstream.Seal(fp, &continuation{U: req.link, A: after})
}

// resume reads a continuation back. One that is not ours, or belongs to
// other filters, is CURSOR_INVALID.
func resume(fp, cursor string) (continuation, error) {
	var cont continuation
	if err := paging.Open(cursor, fp, &cont); err != nil {
		return continuation{}, err
	}
	if cont.A != "" && !validID(cont.A) {
		return continuation{}, paging.CursorInvalid()
	}
	return cont, nil
}

// storedRequest rebuilds the request a continuation stored: a path below
// the base URL and its query.
func storedRequest(link string) (pageRequest, error) {
	u, err := url.Parse(link)
	if err != nil || u.IsAbs() || u.Host != "" || !strings.HasPrefix(u.Path, "/") || strings.HasPrefix(u.Path, "//") || strings.Contains(u.Path, "..") {
		return pageRequest{}, paging.CursorInvalid()
	}
	return pageRequest{path: u.EscapedPath(), query: u.Query(), link: link}, nil
}

// joinIDs writes ids as Greenhouse's comma list.
func joinIDs(ids []string) string { return strings.Join(ids, ",") }

// chunks splits ids into lists of at most maxIDs, Greenhouse's limit.
func chunks(ids []string) [][]string {
	var out [][]string
	for len(ids) > 0 {
		n := min(len(ids), maxIDs)
		out = append(out, ids[:n])
		ids = ids[n:]
	}
	return out
}
