package upstream_test

import (
	"strings"
	"testing"
	"time"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/upstream"
)

// Every non-2xx answer has a deliberate meaning, including a proxy's HTML
// page in place of the provider's JSON.
func TestStatusMapping(t *testing.T) {
	html := "<html><body><h1>502 Bad Gateway</h1>cloudflare</body></html>"
	tests := []struct {
		name     string
		reply    reply
		rq       *upstream.Request
		wantCode ats.Code
		wantMsg  string
	}{
		{"401", reply{status: 401, body: `{"error":"Not authorized"}`}, get("/x"), ats.CodeUpstreamAuthFailed, "Acme refused the credentials (HTTP 401: Not authorized); check ATS_API_KEY."},
		{"403 from a proxy", reply{status: 403, body: html}, get("/x"), ats.CodeUpstreamAuthFailed, "Acme refused the credentials (HTTP 403: Forbidden); check ATS_API_KEY."},
		{"404", reply{status: 404, body: `{"error":"Not found"}`}, get("/x"), ats.CodeNotFound, "Acme has no such record."},
		{"410", reply{status: 410, body: `{"error":"Gone"}`}, get("/x"), ats.CodeNotFound, "Acme has no such record."},
		{"400", reply{status: 400, body: `{"error":"Invalid parameter."}`}, get("/x"), ats.CodeUpstreamRejected, "Acme refused the request (HTTP 400: Invalid parameter)."},
		{"409", reply{status: 409}, post("/x"), ats.CodeUpstreamRejected, "Acme refused the request (HTTP 409: Conflict)."},
		{"422", reply{status: 422, body: `{"message":"Unprocessable Content"}`}, post("/x"), ats.CodeUpstreamRejected, "Acme rejected the input: Unprocessable Content."},
		{"422 without a message", reply{status: 422}, post("/x"), ats.CodeUpstreamRejected, "Acme rejected the input: validation failed."},
		{"HTML 502 on a read, retried", reply{status: 502, body: html}, get("/x"), ats.CodeUpstreamUnavailable, "Acme is unavailable (HTTP 502); try again shortly."},
		{"500 on a write", reply{status: 500}, post("/x"), ats.CodeUpstreamUnavailable, "Acme failed (HTTP 500) while handling the write; it may have been applied, so check before sending it again."},
		{"504 on a read", reply{status: 504}, get("/x"), ats.CodeUpstreamTimeout, "Acme timed out answering (HTTP 504); try again shortly."},
		{"504 on a write", reply{status: 504}, post("/x"), ats.CodeUpstreamTimeout, "Acme timed out answering (HTTP 504) while handling the write; it may have been applied, so check before sending it again."},
		{"redirect", reply{status: 303, header: map[string]string{"Location": "/elsewhere"}}, get("/x"), ats.CodeUpstreamUnavailable, "Acme answered with a redirect (HTTP 303), which is not followed so the credentials stay with ATS_BASE_URL's host; check ATS_BASE_URL."},
		{"207 is a success", reply{status: 207}, get("/x"), "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			clock := fakeClock()
			drive(t, clock, 10*time.Millisecond)
			a := newAPI(t, clock, script(tt.reply))
			c, _ := newClient(t, a, nil)
			_, err := c.Do(ctx(t), tt.rq)
			if tt.wantCode == "" {
				if err != nil {
					t.Errorf("got %v, want a 2xx accepted", err)
				}
				return
			}
			e := wantCode(t, err, tt.wantCode)
			if e.Message != tt.wantMsg {
				t.Errorf("message:\n got %q\nwant %q", e.Message, tt.wantMsg)
			}
			if se := upstream.StatusOf(err); se == nil || se.Status != tt.reply.status || se.Path != "/x" {
				t.Errorf("StatusOf: got %+v, want HTTP %d on /x", se, tt.reply.status)
			}
		})
	}
}

// The provider's field problems become details, redacted.
func TestProblemsBecomeDetails(t *testing.T) {
	a := newAPI(t, fakeClock(), script(reply{status: 422,
		body: `{"error":"Validation failed for jane@example.com","errors":{"email":["jane@example.com is taken"],"firstname":["can't be blank"]}}`}))
	c, _ := newClient(t, a, func(cfg *upstream.Config) {
		cfg.ParseError = upstream.ErrorFormat{Message: []string{"error"}, Problems: "errors", Fields: map[string]string{"firstname": "first_name"}}.Parse
	})
	_, err := c.Do(ctx(t), post("/candidates"))
	e := wantCode(t, err, ats.CodeUpstreamRejected)
	want := []ats.Detail{{Field: "email", Problem: "[email] is taken"}, {Field: "first_name", Problem: "can't be blank"}}
	if len(e.Details) != 2 || e.Details[0] != want[0] || e.Details[1] != want[1] {
		t.Errorf("details: got %+v, want %+v", e.Details, want)
	}
	if strings.Contains(e.Error(), "jane@example.com") {
		t.Errorf("the error carries the email: %v", e)
	}
}

func TestErrorFormats(t *testing.T) {
	workable := upstream.ErrorFormat{Message: []string{"error", "message"}, Problems: "validation_errors", Fields: map[string]string{"firstname": "first_name"}}
	greenhouse := upstream.ErrorFormat{Message: []string{"message"}, Problems: "errors"}
	lever := upstream.ErrorFormat{Message: []string{"message"}}
	tests := []struct {
		name        string
		format      upstream.ErrorFormat
		body        string
		wantMessage string
		wantDetails []ats.Detail
	}{
		{"Workable", workable, `{"error":"Validation failed","validation_errors":{"lastname":"is too long","firstname":["can't be blank","is invalid"]}}`,
			"Validation failed", []ats.Detail{{Field: "first_name", Problem: "can't be blank"}, {Field: "first_name", Problem: "is invalid"}, {Field: "lastname", Problem: "is too long"}}},
		{"Workable list of strings", workable, `{"message":"Bad","validation_errors":["one","two"]}`,
			"Bad", []ats.Detail{{Problem: "one"}, {Problem: "two"}}},
		{"Greenhouse, all three entry forms", greenhouse,
			`{"message":"Unprocessable Content","errors":["first_name is required",{"email":"is invalid"},{"message":"must be a number","field":"job_id"}]}`,
			"Unprocessable Content", []ats.Detail{{Problem: "first_name is required"}, {Field: "email", Problem: "is invalid"}, {Field: "job_id", Problem: "must be a number"}}},
		{"Greenhouse 401", greenhouse, `{"message":"Unauthorized","errors":["Token could not be decoded."]}`,
			"Unauthorized", []ats.Detail{{Problem: "Token could not be decoded."}}},
		{"Lever", lever, `{"code":"BadRequestError","message":"Invalid posting id"}`, "Invalid posting id", nil},
		{"not JSON", workable, `<html>oops</html>`, "", nil},
		{"empty problems", greenhouse, `{"message":"x","errors":[]}`, "x", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			msg, details := tt.format.Parse([]byte(tt.body))
			if msg != tt.wantMessage {
				t.Errorf("message: got %q, want %q", msg, tt.wantMessage)
			}
			if len(details) != len(tt.wantDetails) {
				t.Fatalf("details: got %+v, want %+v", details, tt.wantDetails)
			}
			for i := range details {
				if details[i] != tt.wantDetails[i] {
					t.Errorf("detail %d: got %+v, want %+v", i, details[i], tt.wantDetails[i])
				}
			}
		})
	}
}

func TestClean(t *testing.T) {
	c, err := upstream.New(upstream.Config{Name: "Acme", BaseURL: mustURL("https://acme.example.com/api"),
		Rate: upstream.Rate{Limit: 1, Window: time.Second}, Auth: upstream.Basic("key-SECRET-1", "")})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ in, want string }{
		{"bad key key-SECRET-1", "bad key [redacted]"},
		{"Jane <jane.doe+x@example.co.uk> exists", "Jane <[email]> exists"},
		{"line\none\ttwo\x00", "line one two"},
		{strings.Repeat("é", 250), strings.Repeat("é", 200) + "..."},
	}
	for _, tt := range tests {
		if got := c.Clean(tt.in); got != tt.want {
			t.Errorf("Clean(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
