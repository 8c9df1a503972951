package router_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/router/routertest"
)

// creating is a provider that creates whatever candidate it is given and
// records the inputs.
func creating(got *[]ats.CandidateInput) *routertest.Provider {
	return &routertest.Provider{CreateCandidateFn: func(_ context.Context, in ats.CandidateInput) (ats.Candidate, error) {
		*got = append(*got, in)
		return routertest.SampleCandidate(), nil
	}}
}

// TestNamesAndEmailsAPersonWouldReject checks text a person would not
// accept as a name or an email: nothing visible, characters that reorder
// what is shown, and addresses no mail system delivers to.
func TestNamesAndEmailsAPersonWouldReject(t *testing.T) {
	var got []ats.CandidateInput
	a := newAPI(creating(&got))
	refused := []struct{ name, body, field string }{
		{"zero-width spaces", `{"name":"\u200b\u200b","email":"a@example.com"}`, "name"},
		{"zero-width and ordinary spaces", `{"name":" \u200b \u2060 ","email":"a@example.com"}`, "name"},
		{"Hangul fillers", `{"first_name":"\u3164","last_name":"Lee","email":"a@example.com"}`, "first_name"},
		{"soft hyphen and a byte-order mark", `{"first_name":"Ana","last_name":"\u00ad\ufeff","email":"a@example.com"}`, "last_name"},
		{"combining marks only", `{"name":"\u0301\u0301","email":"a@example.com"}`, "name"},
		{"right-to-left override", `{"name":"Karan \u202eexe.pdf","email":"a@example.com"}`, "name"},
		{"isolates", `{"first_name":"\u2066Karan\u2069","last_name":"Mehta","email":"a@example.com"}`, "first_name"},
		{"bidi control in a headline", `{"name":"Karan","email":"a@example.com","headline":"CTO \u202b(acting)"}`, "headline"},
		{"invisible tag", `{"name":"Karan","email":"a@example.com","tags":["\u200b"]}`, "tags[0]"},
		{"C1 control", `{"name":"Karan\u0085","email":"a@example.com"}`, "name"},
		{"domain label starting with a hyphen", `{"name":"A","email":"a@-example.com"}`, "email"},
		{"domain label ending with a hyphen", `{"name":"A","email":"a@mail.example-.com"}`, "email"},
		{"one-letter top-level domain", `{"name":"A","email":"a@example.c"}`, "email"},
		{"numeric top-level domain", `{"name":"A","email":"a@192.168.0.1"}`, "email"},
		{"IP literal", `{"name":"A","email":"a@[192.168.0.1]"}`, "email"},
		{"IPv6 literal", `{"name":"A","email":"a@[IPv6:2001:db8::1]"}`, "email"},
		{"empty label", `{"name":"A","email":"a@mail..example.com"}`, "email"},
		{"label over 63", `{"name":"A","email":"a@` + fmt.Sprintf("%064d", 0) + `.com"}`, "email"},
		{"bidi control in an address", `{"name":"A","email":"a\u202e@example.com"}`, "email"},
	}
	for _, tt := range refused {
		t.Run(tt.name, func(t *testing.T) {
			a.Do(t, "POST", "/candidates", tt.body).WantError(t, 400, "INPUT_INVALID", tt.field)
		})
	}
	if len(got) != 0 {
		t.Fatalf("the provider was asked to create %d candidates from refused bodies", len(got))
	}
	// The problems say what to fix.
	for body, says := range map[string]string{
		`{"name":"\u200b","email":"a@example.com"}`:                   "visible",
		`{"name":"A\u2066B","email":"a@example.com"}`:                 "bidirectional",
		`{"name":"A","email":"a@[192.168.0.1]"}`:                      "IP address",
		`{"name":"A","email":"a@x-.example.com"}`:                     "'-'",
		`{"name":"A","email":"a@example.c"}`:                          "top-level domain",
		`{"name":"A","email":"a@` + fmt.Sprintf("%064d", 0) + `.io"}`: "63",
	} {
		field := "name"
		if strings.Contains(body, `"name":"A"`) {
			field = "email"
		}
		if problem := a.Do(t, "POST", "/candidates", body).WantError(t, 400, "INPUT_INVALID", field); !strings.Contains(problem, says) {
			t.Errorf("%s: problem %q, want it to mention %q", body, problem, says)
		}
	}
	accepted := []struct{ name, body string }{
		{"accents", `{"name":"José Núñez","email":"jose@example.com"}`},
		{"right-to-left script", `{"name":"דוד לוי","email":"david@example.co.il"}`},
		{"zero-width joiner inside a Persian name", `{"name":"مهر\u200cنوش","email":"mehr@example.ir"}`},
		{"internationalised domain", `{"name":"Ana","email":"ana@bücher.example"}`},
		{"punycode domain", `{"name":"Ana","email":"ana@xn--bcher-kva.example"}`},
		{"hyphen inside a label and a long TLD", `{"name":"Ana","email":"ana+jobs@mail.my-company.travel"}`},
	}
	for _, tt := range accepted {
		t.Run(tt.name, func(t *testing.T) {
			a.Do(t, "POST", "/candidates", tt.body).Want(t, 201, "")
		})
	}
}

// TestNameAgreesWithFirstAndLast checks the rule for name given together
// with first_name and last_name: name must be first_name, any middle
// names, then last_name (case aside), or the request is refused.
func TestNameAgreesWithFirstAndLast(t *testing.T) {
	var got []ats.CandidateInput
	a := newAPI(creating(&got))
	for _, body := range []string{
		`{"name":"Karan Mehta","first_name":"Priya","last_name":"Mehta","email":"a@example.com"}`,
		`{"name":"Karan Mehta","first_name":"Karan","last_name":"Shah","email":"a@example.com"}`,
		`{"name":"Karan","first_name":"Karan","last_name":"Mehta","email":"a@example.com"}`,
		`{"name":"Karan Mehta","first_name":"Priya","email":"a@example.com"}`,
		`{"name":"Karan Mehta","last_name":"Karan","email":"a@example.com"}`,
	} {
		a.Do(t, "POST", "/candidates", body).WantError(t, 400, "INPUT_INVALID", "name")
	}
	if len(got) != 0 {
		t.Fatalf("the provider was asked to create %d candidates from refused bodies", len(got))
	}
	for _, body := range []string{
		`{"name":"Karan Mehta","first_name":"Karan","last_name":"Mehta","email":"a@example.com"}`,
		`{"name":"Karan Singh  Mehta","first_name":"Karan","last_name":"Mehta","email":"a@example.com"}`,
		`{"name":"karan mehta","first_name":"Karan","last_name":"Mehta","email":"a@example.com"}`,
		`{"name":"Ana María López","first_name":"Ana","last_name":"María López","email":"a@example.com"}`,
		`{"name":"Karan Mehta","first_name":"Karan","email":"a@example.com"}`,
	} {
		a.Do(t, "POST", "/candidates", body).Want(t, 201, "")
	}
}

// TestNumbersAreCanonical checks that limit and page take plain whole
// numbers only, everywhere: a sign, a leading zero or a space (an
// unencoded '+' is one) is refused like any other malformed number.
func TestNumbersAreCanonical(t *testing.T) {
	a := newAPI(jobs(numberedJobs(3), nil))
	for _, q := range []string{"limit=+5", "limit=%2B5", "limit=05", "limit=5%20", "limit=%205", "limit=5.0", "limit=1e1", "page=01", "page=+2", "page=%2B2"} {
		field := q[:len("limit")]
		if q[0] == 'p' {
			field = "page"
		}
		a.Do(t, "GET", "/jobs?"+q, "").WantError(t, 400, "INPUT_INVALID", field)
	}
	for _, q := range []string{"limit=5", "limit=100", "page=10"} {
		a.Do(t, "GET", "/jobs?"+q, "").Want(t, 200, "")
	}
}

// TestEmptyNamesAreNamed checks that a parameter or body field whose name
// is empty is still named in its detail, as it was sent.
func TestEmptyNamesAreNamed(t *testing.T) {
	a := newAPI(jobs(nil, nil))
	for _, tt := range []struct{ method, path, body, field string }{
		{"GET", "/jobs?=5", "", "=5"},
		{"GET", "/jobs/job_063?=raw", "", "=raw"},
		{"POST", "/candidates?=1", `{"name":"A","email":"a@example.com"}`, "=1"},
		{"POST", "/candidates", `{"name":"A","email":"a@example.com","":1}`, `""`},
	} {
		a.Do(t, tt.method, tt.path, tt.body).WantError(t, 400, "INPUT_INVALID", tt.field)
	}
}
