package router

import (
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/atsbridge/atsbridge/ats"
)

// maxFilterLen is the longest text filter value accepted.
const maxFilterLen = 200

// listParams reads a list route's query string: paging, include and the
// route's filters. It collects every problem so the caller gets one
// INPUT_INVALID naming each bad parameter.
type listParams struct {
	q        url.Values
	route    string
	known    map[string]bool
	problems []ats.Detail
	filters  []string // canonical "name=value" pairs for the cursor fingerprint

	window     ats.Window
	includeRaw bool
	// includes are the values ?include= takes on this route ("raw" on
	// every list); included holds those the request named.
	includes []string
	included map[string]bool
}

func newListParams(r *http.Request, route string, filters ...string) *listParams {
	q, problems := parseQuery(r.URL.RawQuery)
	lp := &listParams{q: q, route: route, problems: problems, known: map[string]bool{"limit": true, "page": true, "cursor": true, "include": true},
		includes: []string{"raw"}, included: map[string]bool{}}
	for _, f := range filters {
		lp.known[f] = true
	}
	return lp
}

func (lp *listParams) problem(field, format string, args ...any) {
	lp.problems = append(lp.problems, ats.Detail{Field: field, Problem: fmt.Sprintf(format, args...)})
}

func (lp *listParams) record(name string, values ...string) {
	if len(values) > 0 {
		lp.filters = append(lp.filters, name+"="+strings.Join(values, ","))
	}
}

// value returns a single-valued filter, trimmed, or "" when it is absent
// or invalid (then a problem is recorded). It does not record the value in
// the cursor fingerprint; the typed readers below do.
func (lp *listParams) value(name string) string {
	vals := lp.q[name]
	if len(vals) == 0 {
		return ""
	}
	if len(vals) > 1 {
		lp.problem(name, "must be given once")
		return ""
	}
	v := strings.TrimSpace(vals[0])
	switch {
	case v == "":
		lp.problem(name, "must not be empty; omit it to not filter")
	case len(v) > maxFilterLen:
		lp.problem(name, "must be at most %d characters", maxFilterLen)
	case hasControl(v):
		lp.problem(name, "must not contain control characters")
	default:
		return v
	}
	return ""
}

// str returns a single-valued, case-sensitive text filter.
func (lp *listParams) str(name string) string {
	v := lp.value(name)
	if v != "" {
		lp.record(name, v)
	}
	return v
}

// text returns a single-valued text filter that the contract matches
// case-insensitively (department, location, q, email). The fingerprint
// records it folded, so a cursor from department=Engineering also serves
// department=engineering: both are the same list.
func (lp *listParams) text(name string) string {
	v := lp.value(name)
	if v != "" {
		lp.record(name, strings.ToLower(v))
	}
	return v
}

// email returns the email filter. An unencoded '+' in a query string
// decodes to a space (?email=karan+test@example.com), and no address has
// a space, so spaces are read back as the '+' the caller typed.
func (lp *listParams) email(name string) string {
	v := lp.value(name)
	if v == "" {
		return ""
	}
	v = strings.ReplaceAll(v, " ", "+")
	lp.record(name, ats.EmailKey(v))
	return v
}

// id returns a single-valued id filter.
func (lp *listParams) id(name string) string {
	v := lp.str(name)
	if v != "" && !validID(v) {
		lp.problem(name, "must be an id of letters, digits, '_' or '-'")
		return ""
	}
	return v
}

// list returns a multi-valued filter given as a comma list and/or repeated
// keys, each value one of allowed.
func (lp *listParams) list(name string, allowed []string) []string {
	var out []string
	for _, raw := range lp.q[name] {
		for _, v := range strings.Split(raw, ",") {
			v = strings.ToLower(strings.TrimSpace(v))
			if v == "" {
				continue
			}
			if !slices.Contains(allowed, v) {
				lp.problem(name, "%q is not one of %s", truncate(v, 40), strings.Join(allowed, ", "))
				return nil
			}
			if !slices.Contains(out, v) {
				out = append(out, v)
			}
		}
	}
	if len(lp.q[name]) > 0 && len(out) == 0 {
		lp.problem(name, "must list at least one of %s", strings.Join(allowed, ", "))
	}
	sorted := slices.Clone(out)
	sort.Strings(sorted)
	lp.record(name, sorted...)
	return out
}

// time returns an RFC 3339 timestamp filter, in UTC. An unencoded '+' of
// a UTC offset (?created_after=2026-06-01T00:00:00+02:00) decodes to a
// space; a date-time has no other place for a space, so it is read back as
// the '+' the caller typed rather than refused.
func (lp *listParams) time(name string) *time.Time {
	v := lp.value(name)
	if v == "" {
		return nil
	}
	t, err := time.Parse(time.RFC3339Nano, v)
	if err != nil && strings.Contains(v, " ") {
		t, err = time.Parse(time.RFC3339Nano, strings.ReplaceAll(v, " ", "+"))
	}
	if err != nil {
		lp.problem(name, "must be an RFC 3339 date-time such as 2026-01-31T09:00:00Z (write a '+' offset as %%2B)")
		return nil
	}
	t = t.UTC()
	lp.record(name, t.Format(time.RFC3339Nano))
	return &t
}

// finish reads the paging parameters, refuses unknown parameters, and
// returns INPUT_INVALID / CURSOR_INVALID as needed. It must run after every
// filter was read, since the cursor's fingerprint covers them.
func (lp *listParams) finish(codec cursorCodec) error {
	var unknown []string
	for name := range lp.q {
		if !lp.known[name] {
			unknown = append(unknown, name)
		}
	}
	sort.Strings(unknown)
	for _, name := range unknown {
		lp.problem(truncate(name, 40), "is not a known parameter of %s", lp.route)
	}

	lp.window.Limit = ats.DefaultLimit
	if n, ok := lp.number("limit", ats.MaxLimit, fmt.Sprintf("must be a whole number from 1 to %d", ats.MaxLimit)); ok {
		lp.window.Limit = n
	}
	if n, ok := lp.number("page", 1_000_000, "must be a whole number from 1"); ok {
		lp.window.Page = n
	}
	cursor, hasCursor := lp.single("cursor")
	if hasCursor && lp.q.Has("page") {
		lp.problem("cursor", "cannot be combined with page; use one or the other")
	}
	if v, ok := lp.single("include"); ok {
		for _, part := range strings.Split(v, ",") {
			if part = strings.TrimSpace(part); !slices.Contains(lp.includes, part) {
				lp.problem("include", "must be %s", strings.Join(lp.includes, " or "))
				if len(lp.includes) > 1 {
					lp.problems[len(lp.problems)-1].Problem += ", or several as a comma list"
				}
				break
			}
			lp.included[part] = true
		}
		lp.includeRaw = lp.included["raw"]
	}
	if len(lp.problems) > 0 {
		return ats.Invalid(fmt.Sprintf("%d query parameter(s) are invalid; see details.", len(lp.problems)), lp.problems...)
	}
	if hasCursor {
		sort.Strings(lp.filters)
		next, err := codec.decode(fingerprint(lp.route, lp.filters), cursor)
		if err != nil {
			return err
		}
		lp.window.Cursor = next
	}
	return nil
}

// allowInclude lets ?include= take name on this route, beside raw.
func (lp *listParams) allowInclude(name string) {
	lp.includes = append(lp.includes, name)
}

// number reads a whole-number parameter from 1 to max written plainly:
// digits only, without a sign, a leading zero or spaces (an unencoded '+'
// arrives as a space), so that one number has one spelling everywhere.
// must says what it must be, for the problem.
func (lp *listParams) number(name string, max int, must string) (int, bool) {
	vals, ok := lp.q[name]
	switch {
	case !ok:
		return 0, false
	case len(vals) != 1:
		lp.problem(name, "must be given once")
		return 0, false
	}
	n, err := strconv.Atoi(vals[0])
	if err != nil || strconv.Itoa(n) != vals[0] || n < 1 || n > max {
		lp.problem(name, "%s, written with digits only (no sign, space or leading zero)", must)
		return 0, false
	}
	return n, true
}

func (lp *listParams) single(name string) (string, bool) {
	vals, ok := lp.q[name]
	if !ok {
		return "", false
	}
	if len(vals) != 1 {
		lp.problem(name, "must be given once")
		return "", false
	}
	return strings.TrimSpace(vals[0]), true
}

// nextCursor wraps the provider's continuation for meta.next_cursor.
func (lp *listParams) nextCursor(codec cursorCodec, next string) *string {
	if next == "" {
		return nil
	}
	sort.Strings(lp.filters)
	c := codec.encode(fingerprint(lp.route, lp.filters), next)
	return &c
}
