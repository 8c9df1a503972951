package router

import (
	"net/http"
	"net/url"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/atsbridge/atsbridge/ats"
)

// parseQuery reads the query string strictly. url.ParseQuery (behind
// r.URL.Query) drops a pair it cannot decode, a stray '%' or a ';', and
// carries on, so /jobs?q=R;D would quietly list every job; here such a pair
// is a problem naming the parameter instead, as is a value that is not
// UTF-8.
func parseQuery(rawQuery string) (url.Values, []ats.Detail) {
	vals := url.Values{}
	var problems []ats.Detail
	for _, pair := range strings.Split(rawQuery, "&") {
		if pair == "" {
			continue
		}
		rawKey, rawValue, _ := strings.Cut(pair, "=")
		key, keyErr := url.QueryUnescape(rawKey)
		value, valueErr := url.QueryUnescape(rawValue)
		field := key
		if keyErr != nil {
			field = rawKey
		}
		field = truncate(field, 40)
		switch {
		case keyErr == nil && key == "":
			problems = append(problems, ats.Detail{Field: truncate(pair, 40), Problem: "has no parameter name; write name=value"})
		case strings.Contains(pair, ";"):
			problems = append(problems, ats.Detail{Field: field, Problem: "contains ';'; percent-encode it as %3B"})
		case keyErr != nil || valueErr != nil:
			problems = append(problems, ats.Detail{Field: field, Problem: "is not percent-encoded correctly; write a literal '%' as %25"})
		case !utf8.ValidString(key) || !utf8.ValidString(value):
			problems = append(problems, ats.Detail{Field: field, Problem: "is not UTF-8 text"})
		default:
			vals[key] = append(vals[key], value)
		}
	}
	return vals, problems
}

// refuseQuery refuses any query parameter on a route that takes none,
// naming each: a parameter there is a mistake (POST /candidates?job_id=...
// would otherwise create a candidate without the application the caller
// meant to ask for). why ends each problem: "is not a parameter of this
// route, which ...".
func refuseQuery(r *http.Request, why string) error {
	vals, problems := parseQuery(r.URL.RawQuery)
	names := make([]string, 0, len(vals))
	for name := range vals {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		problems = append(problems, ats.Detail{Field: truncate(name, 40), Problem: "is not a parameter of this route, which " + why})
	}
	if len(problems) > 0 {
		return ats.Invalid("This route takes no query parameters; see details.", problems...)
	}
	return nil
}
