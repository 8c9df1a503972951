package router_test

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/envelope"
	"github.com/atsbridge/atsbridge/router/routertest"
)

// TestEveryCodeHasOneStatusAndTitle checks the error-code table against
// the codes ats declares: each has its status and title in envelope, and
// envelope knows no code that ats does not declare. A code added to ats
// without a row fails here instead of reaching clients as a bare 500.
func TestEveryCodeHasOneStatusAndTitle(t *testing.T) {
	var declared []string
	for _, c := range ats.Codes() {
		declared = append(declared, string(c))
		if !envelope.Known(string(c)) {
			t.Errorf("ats code %s has no status and title in envelope's table", c)
			continue
		}
		if s := envelope.Status(string(c)); s < 400 || s > 599 {
			t.Errorf("%s: status %d, want an error status", c, s)
		}
		if envelope.Title(string(c)) == "" {
			t.Errorf("%s: no title", c)
		}
	}
	for _, c := range envelope.Codes() {
		if !slices.Contains(declared, c) {
			t.Errorf("envelope maps %s, which ats does not declare", c)
		}
	}
}

// TestUnknownCodeIsInternal checks what happens when a provider returns a
// code the table lacks anyway: the client gets a documented INTERNAL, and
// the log says which code was missing.
func TestUnknownCodeIsInternal(t *testing.T) {
	a := newAPI(&routertest.Provider{ListJobsFn: func(context.Context, ats.JobQuery) (ats.Page[ats.Job], error) {
		return ats.Page[ats.Job]{}, &ats.Error{Code: "SOMETHING_NEW", Message: "A code nobody mapped."}
	}})
	res := a.Do(t, "GET", "/jobs", "")
	res.WantError(t, 500, "INTERNAL", "")
	var logged bool
	for _, l := range a.Logs.Records(t, "internal error") {
		logged = logged || (l["level"] == "ERROR" && l["request_id"] == res.Env.RequestID && strings.Contains(l["error"].(string), "SOMETHING_NEW"))
	}
	if !logged {
		t.Errorf("no ERROR line names the unmapped code:\n%s", a.Logs.String())
	}
}
