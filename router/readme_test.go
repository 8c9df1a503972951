package router_test

import (
	"os"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/atsbridge/atsbridge/envelope"
	"github.com/atsbridge/atsbridge/router"
)

// TestREADMECodeTable checks the README's table of error codes (The API:
// Envelope) against envelope's: every code a client can receive has one
// row with its status, and the README lists no code the service lacks.
// The README says a test checks this; this is that test.
func TestREADMECodeTable(t *testing.T) {
	b, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	row := regexp.MustCompile("^\\| `([A-Z_]+)` \\| (\\d{3}) \\|")
	listed := map[string]int{}
	for _, line := range strings.Split(string(b), "\n") {
		m := row.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		if _, dup := listed[m[1]]; dup {
			t.Errorf("README lists %s twice", m[1])
		}
		listed[m[1]], _ = strconv.Atoi(m[2])
	}
	codes := slices.DeleteFunc(envelope.Codes(), func(c string) bool { return envelope.Status(c) == envelope.StatusClientClosed })
	for _, c := range codes {
		got, ok := listed[c]
		switch {
		case !ok:
			t.Errorf("README's code table has no row for %s (status %d)", c, envelope.Status(c))
		case got != envelope.Status(c):
			t.Errorf("README: %s is %d, want %d", c, got, envelope.Status(c))
		}
	}
	for c := range listed {
		if !slices.Contains(codes, c) {
			t.Errorf("README lists %s, which envelope does not know (or clients never receive)", c)
		}
	}
}

// TestREADMERouteTable checks the README's route table (The API) against
// the router: each route once, none missing, none the router lacks. The
// dashboard's row is the one that is not an API operation.
func TestREADMERouteTable(t *testing.T) {
	b, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	start := strings.Index(s, "\n## The API\n")
	end := strings.Index(s, "\n### Envelope\n")
	if start < 0 || end < start {
		t.Fatal("README.md has no ## The API section followed by ### Envelope")
	}
	row := regexp.MustCompile("(?m)^\\| `([A-Z]+ /[^`]*)` \\|")
	var listed []string
	for _, m := range row.FindAllStringSubmatch(s[start:end], -1) {
		if slices.Contains(listed, m[1]) {
			t.Errorf("README lists %s twice", m[1])
		}
		listed = append(listed, m[1])
	}
	want := append(router.Routes(), "GET /ui/")
	for _, r := range want {
		if !slices.Contains(listed, r) {
			t.Errorf("README's route table has no row for %s", r)
		}
	}
	for _, r := range listed {
		if !slices.Contains(want, r) {
			t.Errorf("README lists %s, which the router does not serve", r)
		}
	}
}
