package greenhousetest

import (
	"encoding/base64"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/atsbridge/atsbridge/ats/fake"
)

// Paging limits (facts §3.1, §4).
const (
	defaultPerPage = 100
	maxPerPage     = 500
	maxIDs         = 50
)

// commonParams are accepted by every list endpoint.
var commonParams = []string{"per_page", "ids", "created_at", "updated_at", "fields"}

// listQuery is a list request read and checked: its filters, and where in
// the list it resumes.
type listQuery struct {
	q       url.Values // the filters and per_page (never the cursor)
	perPage int
	// before is the keyset position of a cursor: only ids below it remain
	// (0 from the top).
	before int64
	ids    map[int64]bool // ids and *_ids filters by name; absent when not sent
	sets   map[string]map[int64]bool
	times  map[string][]cond // created_at, updated_at and other pipe filters
}

// cursorState is what a cursor encodes: the list, its filters and
// per_page, and the keyset position.
type cursorState struct {
	Path   string `json:"p"`
	Query  string `json:"q"`
	Before int64  `json:"b"`
}

// readList reads a list request whose endpoint also accepts the params
// named (each "*_ids" one is a comma list of at most 50 ids; pipes are the
// pipe filters). It answers 422 itself and reports false when the request
// is refused.
func (c *call) readList(path string, params, pipes []string) (listQuery, bool) {
	q := c.r.URL.Query()
	lq := listQuery{before: 0}
	if _, ok := q["cursor"]; ok {
		if len(q) != 1 || len(q["cursor"]) != 1 {
			writeUnprocessable(c.w, "When passing a cursor, do not include other query params.")
			return lq, false
		}
		st, err := decodeCursor(q.Get("cursor"))
		if err != nil || st.Path != path {
			// Airbyte lists an expired or invalid cursor among the causes of
			// a 422; its wording is unconfirmed.
			writeUnprocessable(c.w, "Invalid cursor.")
			return lq, false
		}
		if q, err = url.ParseQuery(st.Query); err != nil {
			writeUnprocessable(c.w, "Invalid cursor.")
			return lq, false
		}
		lq.before = st.Before // the filters apply as on the first page
	}
	lq.q = q
	allowed := slices.Concat(commonParams, params, pipes)
	var errs []any
	keys := make([]string, 0, len(q))
	for k := range q {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		if !slices.Contains(allowed, k) {
			// Unconfirmed: the real API may ignore unknown parameters. The
			// fake refuses them, so that a misspelled filter shows in tests.
			errs = append(errs, fieldError(k, "is not a permitted parameter"))
		}
	}

	lq.perPage = defaultPerPage
	if v, ok := q["per_page"]; ok {
		n, err := strconv.Atoi(v[0])
		switch {
		case err != nil:
			errs = append(errs, fieldError("per_page", fmt.Sprintf("`%s` is not a valid integer", v[0])))
		case n > maxPerPage:
			// The message seen live for per_page=600.
			errs = append(errs, fieldError("per_page", fmt.Sprintf("`%d` number is greater than: %d", n, maxPerPage)))
		case n < 1:
			errs = append(errs, fieldError("per_page", fmt.Sprintf("`%d` number is less than: 1", n)))
		default:
			lq.perPage = n
		}
	}
	lq.sets = map[string]map[int64]bool{}
	for _, k := range keys {
		if k != "ids" && !strings.HasSuffix(k, "_ids") || !slices.Contains(allowed, k) {
			continue
		}
		set, err := idSet(q.Get(k))
		if err != nil {
			errs = append(errs, fieldError(k, err.Error()))
			continue
		}
		lq.sets[k] = set
	}
	lq.ids = lq.sets["ids"]
	lq.times = map[string][]cond{}
	for _, k := range append([]string{"created_at", "updated_at"}, pipes...) {
		if v := q.Get(k); v != "" {
			cs, err := parsePipe(v)
			if err != nil {
				errs = append(errs, fieldError(k, err.Error()))
				continue
			}
			lq.times[k] = cs
		}
	}
	if q.Get("created_at") != "" && q.Get("updated_at") != "" {
		// The docs only say not to; the real status is unconfirmed.
		errs = append(errs, "Do not pass created_at and updated_at in the same request.")
	}
	if len(errs) > 0 {
		writeUnprocessable(c.w, errs...)
		return lq, false
	}
	return lq, true
}

// idSet reads a comma list of at most 50 integer ids.
func idSet(v string) (map[int64]bool, error) {
	parts := strings.Split(v, ",")
	if len(parts) > maxIDs {
		return nil, fmt.Errorf("must contain at most %d items", maxIDs)
	}
	set := map[int64]bool{}
	for _, p := range parts {
		n, err := strconv.ParseInt(strings.TrimSpace(p), 10, 64)
		if err != nil {
			return nil, fmt.Errorf("`%s` is not a valid integer", p)
		}
		set[n] = true
	}
	return set, nil
}

// cond is one operator of a pipe filter: gte, lte, gt or lt a time.
type cond struct {
	op string
	t  time.Time
}

// parsePipe reads "gte|2024-01-01T00:00:00Z" and two-sided forms such as
// "gte|T1|lte|T2".
func parsePipe(v string) ([]cond, error) {
	parts := strings.Split(v, "|")
	if len(parts)%2 != 0 || len(parts) > 4 {
		return nil, fmt.Errorf("must be operator|timestamp pairs, e.g. gte|2024-01-01T00:00:00Z")
	}
	var out []cond
	for i := 0; i < len(parts); i += 2 {
		op := parts[i]
		if !slices.Contains([]string{"gte", "lte", "gt", "lt"}, op) {
			return nil, fmt.Errorf("operator `%s` is not one of gte, lte, gt, lt", op)
		}
		t, err := time.Parse(time.RFC3339Nano, parts[i+1])
		if err != nil {
			return nil, fmt.Errorf("`%s` is not an ISO 8601 timestamp", parts[i+1])
		}
		out = append(out, cond{op: op, t: t})
	}
	return out, nil
}

// holds reports whether t passes every operator.
func holds(cs []cond, t time.Time) bool {
	for _, c := range cs {
		ok := true
		switch c.op {
		case "gte":
			ok = !t.Before(c.t)
		case "lte":
			ok = !t.After(c.t)
		case "gt":
			ok = t.After(c.t)
		case "lt":
			ok = t.Before(c.t)
		}
		if !ok {
			return false
		}
	}
	return true
}

// keep applies the common filters (ids, created_at, updated_at) to a
// record.
func (lq listQuery) keep(id int64, created, updated time.Time) bool {
	return (lq.ids == nil || lq.ids[id]) && holds(lq.times["created_at"], created) && holds(lq.times["updated_at"], updated)
}

// inSet reports whether id passes the *_ids filter named (true when the
// filter was not sent).
func (lq listQuery) inSet(name string, id int64) bool {
	set, ok := lq.sets[name]
	return !ok || set[id]
}

// page answers one page of a list: the records that pass keep, by id
// descending, after the cursor's position; a Link next while more remain.
// The caller holds s.mu.
func page[T any](c *call, path string, lq listQuery, recs []T, id func(T) int64, keep func(T) bool, render func(T) any) {
	var match []T
	for i := len(recs) - 1; i >= 0; i-- { // recs ascend by id
		r := recs[i]
		if lq.before != 0 && id(r) >= lq.before {
			continue
		}
		if keep(r) {
			match = append(match, r)
		}
	}
	more := len(match) > lq.perPage
	if more {
		match = match[:lq.perPage]
	}
	out := make([]any, 0, len(match))
	for _, r := range match {
		out = append(out, render(r))
	}
	if more {
		base := fake.NextBase(c.r, c.s.URL)
		q := url.Values{}
		for k, vs := range lq.q {
			q[k] = vs
		}
		cur := encodeCursor(cursorState{Path: path, Query: q.Encode(), Before: id(match[len(match)-1])})
		c.w.Header().Set("Link", "<"+base+path+"?cursor="+cur+`>; rel="next"`)
	}
	writeJSON(c.w, http.StatusOK, out)
}

// encodeCursor makes an opaque, URL-safe cursor ("opaque URL-safe base64
// encoding the original filters and per_page").
func encodeCursor(st cursorState) string {
	b, _ := json.Marshal(st)
	return base64.RawURLEncoding.EncodeToString(b)
}

func decodeCursor(s string) (cursorState, error) {
	var st cursorState
	b, err := base64.RawURLEncoding.DecodeString(s)
	if err != nil {
		return st, err
	}
	err = json.Unmarshal(b, &st)
	return st, err
}
