package upstream_test

import (
	"net/http"
	"net/url"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/upstream"
)

func mustURL(s string) *url.URL {
	u, err := url.Parse(s)
	if err != nil {
		panic(err)
	}
	return u
}

// Next links are followed only below the base URL: the credentials go
// with every request. Links are resolved first, as the server would.
func TestFollow(t *testing.T) {
	c, err := upstream.New(upstream.Config{Name: "Acme", BaseURL: mustURL("https://acme.example.com/api/v3"), Rate: upstream.Rate{Limit: 1, Window: time.Second}})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, link, wantPath, wantQuery, wantErr string
	}{
		{"absolute", "https://acme.example.com/api/v3/jobs?limit=50&since_id=2b", "/jobs", "limit=50&since_id=2b", ""},
		{"relative to the host", "/api/v3/jobs/9C/candidates?since_id=3", "/jobs/9C/candidates", "since_id=3", ""},
		{"relative to the page", "jobs?cursor=abc%3D%3D", "/jobs", "cursor=abc%3D%3D", ""},
		{"host in capitals, default port", "https://ACME.example.com:443/api/v3/jobs", "/jobs", "", ""},
		{"escaped path kept", "https://acme.example.com/api/v3/jobs/a%2Fb", "/jobs/a%2Fb", "", ""},
		{"another host", "https://evil.example.com/api/v3/jobs", "", "", "another host than ATS_BASE_URL, evil.example.com"},
		{"a host that ends like ours", "https://acme.example.com.evil.example/api/v3/jobs", "", "", "another host"},
		{"another port", "https://acme.example.com:8443/api/v3/jobs", "", "", "another host"},
		{"plain http", "http://acme.example.com/api/v3/jobs", "", "", "another host"},
		{"user info", "https://me@acme.example.com/api/v3/jobs", "", "", "another host"},
		{"outside the base path", "https://acme.example.com/admin", "", "", "outside ATS_BASE_URL's path"},
		{"a sibling of the base path", "https://acme.example.com/api/v30/jobs", "", "", "outside"},
		{"dot segments out of the base path", "https://acme.example.com/api/v3/../../admin", "", "", "outside"},
		{"the base itself", "https://acme.example.com/api/v3", "", "", "outside"},
		{"unparseable", "https://acme.example.com/%zz", "", "", "unparseable"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path, query, err := c.Follow("list jobs", "/jobs", tt.link)
			if tt.wantErr != "" {
				e := wantCode(t, err, ats.CodeUpstreamUnavailable)
				if !strings.Contains(e.Message, tt.wantErr) || !strings.HasPrefix(e.Message, "Acme sent a next-page link atsbridge does not follow") {
					t.Errorf("message %q does not say %q", e.Message, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if path != tt.wantPath || query.Encode() != tt.wantQuery {
				t.Errorf("got %s?%s, want %s?%s", path, query.Encode(), tt.wantPath, tt.wantQuery)
			}
		})
	}
}

func TestParseLinks(t *testing.T) {
	tests := []struct {
		name     string
		values   []string
		want     []upstream.Link
		wantNext string
	}{
		{"Greenhouse's next and last", []string{`<https://harvest.greenhouse.io/v3/jobs?cursor=abc>; rel="next", <https://harvest.greenhouse.io/v3/jobs?cursor=xyz>; rel="last"`},
			[]upstream.Link{{URL: "https://harvest.greenhouse.io/v3/jobs?cursor=abc", Rel: []string{"next"}}, {URL: "https://harvest.greenhouse.io/v3/jobs?cursor=xyz", Rel: []string{"last"}}},
			"https://harvest.greenhouse.io/v3/jobs?cursor=abc"},
		{"unquoted rel, several relations, odd case", []string{`</p?page=1>; REL=prev, </p?page=3>;rel="Next Last"`},
			[]upstream.Link{{URL: "/p?page=1", Rel: []string{"prev"}}, {URL: "/p?page=3", Rel: []string{"next", "last"}}}, "/p?page=3"},
		{"commas and semicolons inside the URL and quotes", []string{`<https://x.example/a,b;c?q=1,2>; title="a, \"quoted\"; title"; rel=next`},
			[]upstream.Link{{URL: "https://x.example/a,b;c?q=1,2", Rel: []string{"next"}}}, "https://x.example/a,b;c?q=1,2"},
		{"several header lines", []string{`</a>; rel="prev"`, `</b>; rel="next"`},
			[]upstream.Link{{URL: "/a", Rel: []string{"prev"}}, {URL: "/b", Rel: []string{"next"}}}, "/b"},
		{"rel given twice keeps the first", []string{`</a>; rel="prev"; rel="next"`},
			[]upstream.Link{{URL: "/a", Rel: []string{"prev"}}}, ""},
		{"malformed parts skipped", []string{`garbage, </a> junk; rel=next, <unterminated`},
			[]upstream.Link{{URL: "/a", Rel: []string{"next"}}}, "/a"},
		{"no Link header", nil, nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := http.Header{}
			for _, v := range tt.values {
				h.Add("Link", v)
			}
			got := upstream.ParseLinks(h)
			if len(got) != len(tt.want) {
				t.Fatalf("got %+v, want %+v", got, tt.want)
			}
			for i := range got {
				if got[i].URL != tt.want[i].URL || !slices.Equal(got[i].Rel, tt.want[i].Rel) {
					t.Errorf("link %d: got %q %v, want %q %v", i, got[i].URL, got[i].Rel, tt.want[i].URL, tt.want[i].Rel)
				}
			}
			if next := upstream.NextLink(h); next != tt.wantNext {
				t.Errorf("NextLink: got %q, want %q", next, tt.wantNext)
			}
		})
	}
	t.Run("parameters", func(t *testing.T) {
		h := http.Header{"Link": {`</a>; rel="next"; Title="a, \"b\""; type=text/html`}}
		l := upstream.ParseLinks(h)[0]
		if l.Params["title"] != `a, "b"` || l.Params["type"] != "text/html" {
			t.Errorf("params: got %q", l.Params)
		}
	})
}
