package upstream

import (
	"fmt"
	"net/http"
	"net/url"
	"strings"

	"github.com/atsbridge/atsbridge/ats"
)

// Follow turns a next-page link from the provider (a URL in a list's body,
// or a Link header's next) into the path and query of the next request.
// from is the path (below the base URL) of the page that carried the link:
// the link is resolved against that page's URL first, so a relative link is
// one on the base URL's host, and dot segments are removed, as the server
// would remove them after our check (/spi/v3/../../admin is /admin). It must then
// lie below the base URL: same scheme, host and port, path under the base
// path, no user info. The credentials go with every request, so a link
// elsewhere is refused (UPSTREAM_UNAVAILABLE), never followed.
func (c *Client) Follow(op, from, link string) (path string, query url.Values, err error) {
	refuse := func(why string) error {
		return &ats.Error{
			Code:    ats.CodeUpstreamUnavailable,
			Message: c.name + " sent a next-page link atsbridge does not follow (" + why + "); try again shortly.",
			Err:     fmt.Errorf("%s: %s: next link %s", c.prefix, op, why),
		}
	}
	ref, err := url.Parse(link)
	if err != nil {
		return "", nil, refuse("unparseable")
	}
	page := *c.base
	page.Path += from
	u := page.ResolveReference(ref)
	if u.User != nil || !strings.EqualFold(u.Scheme, c.base.Scheme) || !sameHost(u, c.base) {
		return "", nil, refuse("it points to another host than ATS_BASE_URL, " + u.Hostname())
	}
	if !strings.HasPrefix(u.Path, c.base.Path+"/") {
		return "", nil, refuse("it points outside ATS_BASE_URL's path")
	}
	return strings.TrimPrefix(u.EscapedPath(), c.base.Path), u.Query(), nil
}

// sameHost compares hosts the way they address a server: case-insensitive,
// with the scheme's default port written or not.
func sameHost(u, base *url.URL) bool {
	port := func(x *url.URL) string {
		if p := x.Port(); p != "" {
			return p
		}
		if strings.EqualFold(x.Scheme, "http") {
			return "80"
		}
		return "443"
	}
	return strings.EqualFold(u.Hostname(), base.Hostname()) && port(u) == port(base)
}

// Link is one link of an RFC 8288 Link header.
type Link struct {
	// URL is the target as written, unresolved.
	URL string
	// Rel holds the relation types, in lower case: "next", "prev", "last".
	Rel []string
	// Params holds the parameters by lower-case name, unquoted; a
	// parameter given twice keeps its first value, as RFC 8288 says for
	// rel.
	Params map[string]string
}

// NextLink is the target of the first link with relation "next" in h's
// Link headers (Greenhouse pages this way), or "" when there is none.
func NextLink(h http.Header) string {
	for _, l := range ParseLinks(h) {
		for _, r := range l.Rel {
			if r == "next" {
				return l.URL
			}
		}
	}
	return ""
}

// ParseLinks reads every Link header of h (RFC 8288, section 3): links
// separated by commas, each "<url>" followed by parameters "; name=value"
// whose values are tokens or quoted strings (which may hold commas,
// semicolons and escaped quotes). Malformed parts are skipped.
func ParseLinks(h http.Header) []Link {
	var out []Link
	for _, v := range h.Values("Link") {
		out = append(out, parseLinkValues(v)...)
	}
	return out
}

func parseLinkValues(s string) []Link {
	var out []Link
	for {
		s = strings.TrimLeft(s, " \t,")
		if s == "" {
			return out
		}
		if s[0] != '<' {
			i := strings.IndexByte(s, ',')
			if i < 0 {
				return out
			}
			s = s[i+1:]
			continue
		}
		end := strings.IndexByte(s, '>')
		if end < 0 {
			return out
		}
		l := Link{URL: strings.TrimSpace(s[1:end]), Params: map[string]string{}}
		s = parseLinkParams(s[end+1:], l.Params)
		l.Rel = strings.Fields(strings.ToLower(l.Params["rel"]))
		out = append(out, l)
	}
}

// parseLinkParams reads "; name=value" parameters into params and returns
// what follows them (the next link, after a comma).
func parseLinkParams(s string, params map[string]string) string {
	for {
		s = strings.TrimLeft(s, " \t")
		if s == "" || s[0] == ',' {
			return s
		}
		if s[0] != ';' {
			i := strings.IndexAny(s, ";,")
			if i < 0 {
				return ""
			}
			s = s[i:]
			continue
		}
		s = strings.TrimLeft(s[1:], " \t")
		i := strings.IndexAny(s, " \t=;,")
		if i < 0 {
			i = len(s)
		}
		name := strings.ToLower(s[:i])
		s = strings.TrimLeft(s[i:], " \t")
		value := ""
		if s != "" && s[0] == '=' {
			s = strings.TrimLeft(s[1:], " \t")
			if s != "" && s[0] == '"' {
				value, s = unquote(s)
			} else {
				j := strings.IndexAny(s, " \t;,")
				if j < 0 {
					j = len(s)
				}
				value, s = s[:j], s[j:]
			}
		}
		if _, dup := params[name]; name != "" && !dup {
			params[name] = value
		}
	}
}

// unquote reads a quoted string at the start of s (s[0] is '"'), undoing
// backslash escapes, and returns it with what follows. An unterminated
// string runs to the end.
func unquote(s string) (value, rest string) {
	var b strings.Builder
	for i := 1; i < len(s); i++ {
		switch c := s[i]; c {
		case '\\':
			if i+1 < len(s) {
				i++
				b.WriteByte(s[i])
			}
		case '"':
			return b.String(), s[i+1:]
		default:
			b.WriteByte(c)
		}
	}
	return b.String(), ""
}
