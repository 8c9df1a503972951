package workable

import (
	"net/url"
	"testing"

	"github.com/atsbridge/atsbridge/ats"
)

// A next link without since_id (not seen from Workable so far) still makes
// a continuation that resumes at that link; a doctored one is refused.
func TestContinuationRoundTrip(t *testing.T) {
	c, err := New(Config{Token: "t", Company: "acme"})
	if err != nil {
		t.Fatal(err)
	}
	fp := fingerprint("list jobs", "x")
	base := url.Values{"state": {"published"}}
	tests := []struct {
		name      string
		cursor    string
		wantPath  string
		wantQuery string
		wantCode  ats.Code
	}{
		{"since_id", continuationFor(fp, pageRequest{path: "/jobs/X/candidates", query: url.Values{"since_id": {"2727030b"}, "limit": {"50"}}}),
			"/jobs", "since_id=2727030b&state=published", ""},
		{"next link without since_id", continuationFor(fp, pageRequest{path: "/jobs", query: url.Values{"page_token": {"abc"}, "limit": {"50"}}}),
			"/jobs", "page_token=abc", ""},
		{"other filters", continuationFor(fingerprint("list jobs", "y"), pageRequest{path: "/jobs", query: url.Values{"since_id": {"1"}}}),
			"", "", ats.CodeCursorInvalid},
		{"absolute link", encodeContinuation(continuation{F: fp, U: "https://evil.example/spi/v3/jobs"}), "", "", ats.CodeCursorInvalid},
		{"path escaping the base", encodeContinuation(continuation{F: fp, U: "/../../admin"}), "", "", ats.CodeCursorInvalid},
		{"since_id with a slash", encodeContinuation(continuation{F: fp, S: "a/b"}), "", "", ats.CodeCursorInvalid},
		{"empty", encodeContinuation(continuation{F: fp}), "", "", ats.CodeCursorInvalid},
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
