package workable

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/upstream"
)

// paging is how Workable's lists page: by since_id only, at most 100
// records a call, and a token may make 10 calls per 10 s, so every list
// walk is bounded.
var paging = upstream.Paging{Provider: "Workable", PageSize: 100, PageModeItems: 1000}

// maxLookAheads is the most calls a full page makes past its end to find
// out whether a kept record follows; beyond them has_more is true and the
// next page may be empty.
const maxLookAheads = 3

// listSpec describes one list: the upstream path and filters, the filters
// only we can apply, and how to map a record.
type listSpec[W any, T any] struct {
	op    string     // "list jobs"
	path  string     // "/jobs"
	key   string     // the list's key in the answer: "jobs"
	query url.Values // upstream filters, without paging
	// local is set when keep drops records for a filter Workable cannot
	// apply; the walk then reads full upstream pages and may make several
	// calls to fill a page.
	local bool
	// raw keeps each record's JSON for ?include=raw.
	raw bool
	// filters is the canonical form of every filter, for the continuation's
	// fingerprint.
	filters string
	// keep decides on a record once convert has mapped it: the contract's
	// filter (the query's Matches) plus what only the wire form shows.
	keep    func(*W, T) bool
	id      func(*W) string
	convert func(*W, json.RawMessage) T
}

// pageRequest is one upstream list request below the base URL.
type pageRequest struct {
	path  string
	query url.Values
}

// walk serves one page of a list.
//
// Cursor mode (Window.Cursor, or neither cursor nor page) reads from the
// continuation's since_id. Without filters of ours that is one upstream
// call asking for limit+1 records, the extra one telling whether more
// exist; with them, full pages of 100 and at most upstream.FilterCalls
// calls, after which a short page with has_more is returned.
//
// Page mode walks from the start, skipping (page-1)*limit matching
// records, since Workable has no offsets; it reaches paging.PageModeItems
// records deep.
//
// Page.Next is the since_id of the first record not returned (inclusive,
// as Workable's since_id is), so no record is lost or repeated between
// pages. Total stays nil: Workable does not count.
func walk[W any, T any](ctx context.Context, c *Client, s listSpec[W, T], win ats.Window) (ats.Page[T], error) {
	limit := paging.Limit(win)
	fp := upstream.Fingerprint(s.op, s.filters)
	req := pageRequest{path: s.path, query: upstream.CloneQuery(s.query)}
	skip, budget := 0, 1
	switch {
	case win.PageMode():
		var err error
		if skip, budget, err = paging.PageMode(win, limit); err != nil {
			return ats.Page[T]{}, err
		}
	case win.Cursor != "":
		r, err := c.resume(s.path, s.query, fp, win.Cursor)
		if err != nil {
			return ats.Page[T]{}, err
		}
		req = r
		if s.local {
			budget = upstream.FilterCalls
		}
	case s.local:
		budget = upstream.FilterCalls
	}

	items := make([]T, 0, limit)
	lookAheads := 0
	for calls := 1; ; calls++ {
		want := paging.PageSize
		if !s.local && len(items) < limit {
			want = min(paging.PageSize, skip+limit-len(items)+1)
		}
		req.query.Set("limit", strconv.Itoa(want))
		recs, next, err := fetchList[W](ctx, c, s.op, s.key, req, s.raw)
		if ats.ErrorCode(err) == ats.CodeNotFound {
			if req.path != s.path || s.query.Get("shortcode") != "" {
				// The job the list is scoped to does not exist (or went
				// away during the walk): nothing (more) matches.
				return ats.Page[T]{Items: items}, nil
			}
			err = listMissing(s, err)
		}
		if err != nil {
			// Once some records are in hand, running into the rate limit
			// ends the page early instead of failing it.
			if upstream.EndsEarly(err, win, len(items)) {
				return ats.Page[T]{Items: items, HasMore: true, Next: continuationFor(fp, req, s.query)}, nil
			}
			return ats.Page[T]{}, err
		}
		for i := range recs {
			w := &recs[i].W
			item := s.convert(w, recs[i].Raw)
			if !s.keep(w, item) {
				continue
			}
			if len(items) == limit {
				return ats.Page[T]{Items: items, HasMore: true, Next: upstream.Seal(fp, &continuation{S: s.id(w)})}, nil
			}
			if skip > 0 {
				skip--
				continue
			}
			items = append(items, item)
		}
		if next == "" {
			return ats.Page[T]{Items: items}, nil
		}
		nreq, err := c.followNext(s.op, req, next)
		if err != nil {
			return ats.Page[T]{}, err
		}
		if s.local && len(items) == limit && lookAheads < maxLookAheads {
			// The page is full, but the records read past it were all
			// dropped by keep: whether a next page exists is only known
			// once a kept record turns up, and has_more must be exact.
			// (Lists without filters of ours read limit+1 records and
			// trust Workable's next link: only the strict time check
			// drops records there, at a list's edge.)
			lookAheads++
			req = nreq
			continue
		}
		if len(items) == limit || calls >= budget {
			if skip > 0 {
				return ats.Page[T]{}, paging.BeyondScan(win.Page)
			}
			return ats.Page[T]{Items: items, HasMore: true, Next: continuationFor(fp, nreq, s.query)}, nil
		}
		req = nreq
	}
}

// listMissing is the error for a 404 on a list every account has (GET
// /jobs, GET /candidates): the URL points at no Workable account, which is
// a configuration problem, not a record the caller asked for.
func listMissing[W any, T any](s listSpec[W, T], cause error) error {
	return &ats.Error{
		Code: ats.CodeUpstreamUnavailable,
		Message: fmt.Sprintf("Workable answered 404 Not Found for GET %s, which every account has; check WORKABLE_COMPANY (the account subdomain) or ATS_BASE_URL (https://{subdomain}.workable.com/spi/v3).",
			s.path),
		Err: cause,
	}
}

// fetchList makes one list call and returns its records and paging.next
// ("" when paging is absent: the last page).
func fetchList[W any](ctx context.Context, c *Client, op, key string, req pageRequest, keepRaw bool) ([]upstream.Record[W], string, error) {
	rq := &upstream.Request{Op: op, Method: http.MethodGet, Path: req.path, Query: req.query}
	res, err := c.up.Do(ctx, rq)
	if err != nil {
		return nil, "", err
	}
	// {"<key>": [...], "paging": {"next": ...}, ...}
	var next string
	recs, found, err := upstream.DecodeObject[W](res.Body, key, keepRaw, func(name string, dec *json.Decoder) error {
		if name != "paging" {
			var skip json.RawMessage
			return dec.Decode(&skip)
		}
		var p *struct {
			Next string `json:"next"`
		}
		if err := dec.Decode(&p); err != nil {
			return err
		}
		if p != nil {
			next = p.Next
		}
		return nil
	})
	if err == nil && !found {
		err = fmt.Errorf("no %q in the answer", key)
	}
	if err != nil {
		return nil, "", c.up.Malformed(rq, err)
	}
	return recs, next, nil
}

// followNext turns paging.next into the next request. The shared client
// follows a link only below the configured base URL (the bearer token goes
// with every call); a link that leads back to the page just read is
// refused too, as it would loop.
func (c *Client) followNext(op string, cur pageRequest, next string) (pageRequest, error) {
	path, query, err := c.up.Follow(op, cur.path, next)
	if err != nil {
		return pageRequest{}, err
	}
	if s := query.Get("since_id"); s != "" && s == cur.query.Get("since_id") {
		return pageRequest{}, &ats.Error{
			Code:    ats.CodeUpstreamUnavailable,
			Message: "Workable sent a next-page link atsbridge does not follow (it repeats the page just read); try again shortly.",
			Err:     fmt.Errorf("workable: %s: paging.next repeats the page just read", op),
		}
	}
	return pageRequest{path: path, query: query}, nil
}

// continuation is the provider's own cursor, which the router wraps in its
// signed one: where the next page starts, and a fingerprint of the filters
// it belongs to.
type continuation struct {
	upstream.Mark
	// S is the since_id of the next page's first record.
	S string `json:"s,omitempty"`
	// U is Workable's next link below the base URL, kept only when it
	// carries no since_id (not seen so far; the fallback keeps paging
	// working if Workable changes its links).
	U string `json:"u,omitempty"`
}

// continuationFor is the continuation that resumes at req, a request of
// the list whose upstream filters are filters. A next link kept as it is
// leaves those filters out (resume puts them back): the continuation ends
// up in a URL, and a filter can be an email address.
func continuationFor(fp string, req pageRequest, filters url.Values) string {
	if s := req.query.Get("since_id"); s != "" {
		return upstream.Seal(fp, &continuation{S: s})
	}
	q := upstream.CloneQuery(req.query)
	q.Del("limit")
	for k := range filters {
		q.Del(k)
	}
	u := req.path
	if len(q) > 0 {
		u += "?" + q.Encode()
	}
	return upstream.Seal(fp, &continuation{U: u})
}

// resume reads a continuation back into the request it stands for. A
// continuation that is not ours, or belongs to other filters, is
// CURSOR_INVALID.
func (c *Client) resume(path string, query url.Values, fp, cursor string) (pageRequest, error) {
	var cont continuation
	if err := paging.Open(cursor, fp, &cont); err != nil {
		return pageRequest{}, err
	}
	invalid := paging.CursorInvalid()
	switch {
	case cont.S != "" && validID(cont.S):
		q := upstream.CloneQuery(query)
		q.Set("since_id", cont.S)
		return pageRequest{path: path, query: q}, nil
	case cont.U != "":
		u, err := url.Parse(cont.U)
		if err != nil || u.IsAbs() || u.Host != "" || !strings.HasPrefix(u.Path, "/") || strings.HasPrefix(u.Path, "//") || strings.Contains(u.Path, "..") {
			return pageRequest{}, invalid
		}
		q := u.Query()
		for k, vs := range query {
			// shortcode is in the path of a legacy job link already.
			if k == "shortcode" && u.EscapedPath() != path {
				continue
			}
			q[k] = append([]string(nil), vs...)
		}
		return pageRequest{path: u.EscapedPath(), query: q}, nil
	}
	return pageRequest{}, invalid
}
