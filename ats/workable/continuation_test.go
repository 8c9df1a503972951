package workable

import (
	"encoding/base64"
	"net/url"
	"strings"
	"testing"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/upstream"
)

// A next link without since_id (not seen from Workable so far) still makes
// a continuation that resumes at that link; a doctored one is refused.
func TestContinuationRoundTrip(t *testing.T) {
	c, err := New(Config{Token: "t", Company: "acme"})
	if err != nil {
		t.Fatal(err)
	}
	fp := upstream.Fingerprint("list jobs", "x")
	base := url.Values{"state": {"published"}}
	tests := []struct {
		name      string
		cursor    string
		wantPath  string
		wantQuery string
		wantCode  ats.Code
	}{
		{"since_id", continuationFor(fp, pageRequest{path: "/jobs/X/candidates", query: url.Values{"since_id": {"2727030b"}, "limit": {"50"}}}, base),
			"/jobs", "since_id=2727030b&state=published", ""},
		{"next link without since_id", continuationFor(fp, pageRequest{path: "/jobs", query: url.Values{"page_token": {"abc"}, "limit": {"50"}, "state": {"published"}}}, base),
			"/jobs", "page_token=abc&state=published", ""},
		{"other filters", continuationFor(upstream.Fingerprint("list jobs", "y"), pageRequest{path: "/jobs", query: url.Values{"since_id": {"1"}}}, base),
			"", "", ats.CodeCursorInvalid},
		{"absolute link", upstream.Seal(fp, &continuation{U: "https://evil.example/spi/v3/jobs"}), "", "", ats.CodeCursorInvalid},
		{"path escaping the base", upstream.Seal(fp, &continuation{U: "/../../admin"}), "", "", ats.CodeCursorInvalid},
		{"since_id with a slash", upstream.Seal(fp, &continuation{S: "a/b"}), "", "", ats.CodeCursorInvalid},
		{"empty", upstream.Seal(fp, &continuation{}), "", "", ats.CodeCursorInvalid},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req, err := c.resume("/jobs", base, fp, tt.cursor)
			if tt.wantCode != "" {
				if ats.ErrorCode(err) != tt.wantCode {
					t.Fatalf("got %v, want %s", err, tt.wantCode)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if req.path != tt.wantPath || req.query.Encode() != tt.wantQuery {
				t.Errorf("got %s?%s, want %s?%s", req.path, req.query.Encode(), tt.wantPath, tt.wantQuery)
			}
		})
	}
}

// A continuation that keeps Workable's next link as it is (one without
// since_id) leaves the list's filters out, since it travels in URLs and a
// filter can be an email address; resuming puts them back.
func TestContinuationLeavesFiltersOut(t *testing.T) {
	c, err := New(Config{Token: "t", Company: "acme"})
	if err != nil {
		t.Fatal(err)
	}
	fp := upstream.Fingerprint("list candidates", "x")
	filters := url.Values{"email": {"jane@example.com"}, "shortcode": {"9CD658E13E"}}
	tests := []struct {
		name      string
		next      pageRequest
		wantPath  string
		wantQuery string
	}{
		{"next link on the list's path", pageRequest{path: "/candidates", query: url.Values{"page_token": {"p2"}, "email": {"jane@example.com"}, "shortcode": {"9CD658E13E"}}},
			"/candidates", "email=jane%40example.com&page_token=p2&shortcode=9CD658E13E"},
		{"legacy job link", pageRequest{path: "/jobs/9CD658E13E/candidates", query: url.Values{"page_token": {"p2"}, "email": {"jane@example.com"}}},
			"/jobs/9CD658E13E/candidates", "email=jane%40example.com&page_token=p2"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cursor := continuationFor(fp, tt.next, filters)
			raw, _ := base64.RawURLEncoding.DecodeString(cursor)
			if strings.Contains(string(raw), "jane") || strings.Contains(cursor, "jane") {
				t.Errorf("continuation %s carries the email filter", raw)
			}
			req, err := c.resume("/candidates", filters, fp, cursor)
			if err != nil {
				t.Fatal(err)
			}
			if req.path != tt.wantPath || req.query.Encode() != tt.wantQuery {
				t.Errorf("got %s?%s, want %s?%s", req.path, req.query.Encode(), tt.wantPath, tt.wantQuery)
			}
		})
	}
}
