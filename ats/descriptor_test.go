package ats_test

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/atsbridge/atsbridge/ats"
)

// Configure sorts Load's problems: the Required variables that are unset
// by name, the others joined, in order.
func TestConfigureSortsProblems(t *testing.T) {
	d := ats.Descriptor{Name: "acme", Load: func(func(string) string) (ats.LiveConfig, []error) {
		return nil, []error{
			nil,
			ats.MissingVar{Name: "ATS_API_KEY", Message: "ATS_API_KEY is required"},
			errors.New("ACME_RATE_LIMIT must be a whole number"),
			fmt.Errorf("wrapped: %w", ats.MissingVar{Name: "ACME_COMPANY", Message: "ACME_COMPANY is required"}),
			errors.New("ATS_BASE_URL uses plain http"),
		}
	}}
	_, missing, err := d.Configure(func(string) string { return "" })
	if !slices.Equal(missing, []string{"ATS_API_KEY", "ACME_COMPANY"}) {
		t.Errorf("missing: got %v", missing)
	}
	if err == nil || err.Error() != "ACME_RATE_LIMIT must be a whole number\nATS_BASE_URL uses plain http" {
		t.Errorf("err: got %v, want the other two, in order", err)
	}
	d.Load = func(func(string) string) (ats.LiveConfig, []error) { return nil, []error{nil} }
	if _, missing, err := d.Configure(func(string) string { return "" }); missing != nil || err != nil {
		t.Errorf("no problems: got %v %v", missing, err)
	}
}

func TestParseCount(t *testing.T) {
	for _, tt := range []struct {
		value string
		want  int
		err   bool
	}{{"", 0, false}, {"10", 10, false}, {"1000", 1000, false}, {"0", 0, true}, {"1001", 0, true}, {"ten", 0, true}, {"2.5", 0, true}} {
		n, err := ats.ParseCount("LEVER_RATE_LIMIT", tt.value, "requests per second", 1, 1000)
		if n != tt.want || (err != nil) != tt.err {
			t.Errorf("%q: got %d %v", tt.value, n, err)
		}
		if err != nil && !strings.Contains(err.Error(), "LEVER_RATE_LIMIT must be a whole number of requests per second from 1 to 1000") {
			t.Errorf("%q: message %q", tt.value, err)
		}
	}
}
