package router_test

import (
	"os"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/atsbridge/atsbridge/envelope"
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
