package router_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"strings"
	"testing"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/router"
	"github.com/atsbridge/atsbridge/router/routertest"
)

func gzipped(t *testing.T, s string) string {
	t.Helper()
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	if _, err := zw.Write([]byte(s)); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// TestBodyIsUTF8JSON checks that a body is taken only as UTF-8 JSON: text
// that is not UTF-8 is refused naming the field rather than stored with
// U+FFFD in it, another charset or no Content-Type is 415, and a gzip body
// is read as what it is.
func TestBodyIsUTF8JSON(t *testing.T) {
	var got []ats.CandidateInput
	a := newAPI(&routertest.Provider{CreateCandidateFn: func(_ context.Context, in ats.CandidateInput) (ats.Candidate, error) {
		got = append(got, in)
		return routertest.SampleCandidate(), nil
	}})
	const ok = `{"name":"José Núñez","email":"jose@example.com"}`
	bomb := gzipped(t, `{"name":"A","email":"a@example.com","headline":"`+strings.Repeat(" ", 2*router.MaxResumeBodyBytes)+`"}`)
	refused := []struct {
		name, body string
		headers    []string
		status     int
		code       string
		field      string
		says       string
	}{
		{"invalid UTF-8 in a name", "{\"name\":\"Jos\xe9\",\"email\":\"jose@example.com\"}", nil, 400, "INPUT_INVALID", "name", "UTF-8"},
		{"invalid UTF-8 in a tag", "{\"name\":\"A\",\"email\":\"a@example.com\",\"tags\":[\"go\",\"\xc3\"]}", nil, 400, "INPUT_INVALID", "tags[1]", "UTF-8"},
		{"lone high surrogate", `{"name":"\ud800","email":"a@example.com"}`, nil, 400, "INPUT_INVALID", "name", "surrogate"},
		{"lone low surrogate", `{"name":"A\udc00B","email":"a@example.com"}`, nil, 400, "INPUT_INVALID", "name", "surrogate"},
		{"high surrogate then a letter", `{"name":"\ud800\u0041","email":"a@example.com"}`, nil, 400, "INPUT_INVALID", "name", "surrogate"},
		{"Latin-1 charset", ok, []string{"Content-Type", "application/json; charset=iso-8859-1"}, 415, "UNSUPPORTED_MEDIA_TYPE", "", "charset"},
		{"no Content-Type", ok, []string{"Content-Type", ""}, 415, "UNSUPPORTED_MEDIA_TYPE", "", "Content-Type"},
		{"byte-order mark", "\xef\xbb\xbf" + ok, nil, 400, "INPUT_INVALID", "body", "byte-order mark"},
		{"UTF-16", "\xff\xfe{\x00}\x00", nil, 400, "INPUT_INVALID", "body", "UTF-16"},
		{"plain body labelled gzip", ok, []string{"Content-Encoding", "gzip"}, 400, "INPUT_INVALID", "body", "gzip"},
		{"gzip bomb", bomb, []string{"Content-Encoding", "gzip"}, 413, "BODY_TOO_LARGE", "", "decompressed"},
		{"brotli", ok, []string{"Content-Encoding", "br"}, 415, "UNSUPPORTED_MEDIA_TYPE", "", "Content-Encoding"},
	}
	for _, tt := range refused {
		t.Run(tt.name, func(t *testing.T) {
			res := a.Do(t, "POST", "/candidates", tt.body, tt.headers...)
			problem := res.WantError(t, tt.status, tt.code, tt.field)
			if !strings.Contains(res.Env.Message+" "+problem, tt.says) {
				t.Errorf("message %q, problem %q: want them to mention %q", res.Env.Message, problem, tt.says)
			}
		})
	}
	if len(got) != 0 {
		t.Fatalf("the provider was asked to create %d candidates from refused bodies", len(got))
	}

	accepted := []struct {
		name, body string
		headers    []string
		wantName   string
	}{
		{"UTF-8", ok, nil, "José Núñez"},
		{"charset=utf-8", ok, []string{"Content-Type", "application/json; charset=utf-8"}, "José Núñez"},
		{"charset=\"UTF-8\"", ok, []string{"Content-Type", `application/json;charset="UTF-8"`}, "José Núñez"},
		{"escaped characters and a surrogate pair", `{"name":"Jos\u00e9 \ud83d\ude00","email":"jose@example.com"}`, nil, "José 😀"},
		{"gzip", gzipped(t, ok), []string{"Content-Encoding", "gzip"}, "José Núñez"},
		{"identity", ok, []string{"Content-Encoding", "identity"}, "José Núñez"},
	}
	for _, tt := range accepted {
		t.Run(tt.name, func(t *testing.T) {
			got = nil
			a.Do(t, "POST", "/candidates", tt.body, tt.headers...).Want(t, 201, "")
			if len(got) != 1 || got[0].Name != tt.wantName {
				t.Errorf("the provider got %+v, want name %q", got, tt.wantName)
			}
		})
	}
}
