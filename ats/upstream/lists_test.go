package upstream_test

import (
	"encoding/base64"
	"encoding/json"
	"errors"
	"net/url"
	"strings"
	"testing"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/upstream"
)

var testPaging = upstream.Paging{Provider: "Acme", PageSize: 100, PageModeItems: 1000}

// cont is a provider's continuation as the providers write theirs.
type cont struct {
	upstream.Mark
	S string `json:"s,omitempty"`
}

func TestContinuationsRoundTripAndRefuseOthers(t *testing.T) {
	fp := upstream.Fingerprint("list jobs", "open|")
	sealed := upstream.Seal(fp, &cont{S: "2727030b"})
	raw, _ := base64.RawURLEncoding.DecodeString(sealed)
	if string(raw) != `{"v":1,"f":"`+fp+`","s":"2727030b"}` {
		t.Errorf("sealed %s: want the mark first, then the provider's fields", raw)
	}
	var got cont
	if err := testPaging.Open(sealed, fp, &got); err != nil || got.S != "2727030b" {
		t.Fatalf("got %+v, %v", got, err)
	}
	if fp == upstream.Fingerprint("list jobs", "closed|") || fp == upstream.Fingerprint("list candidates", "open|") {
		t.Error("the fingerprint does not tell lists or filters apart")
	}
	for name, cursor := range map[string]string{
		"other filters":   upstream.Seal(upstream.Fingerprint("list jobs", "closed|"), &cont{S: "1"}),
		"other version":   base64.RawURLEncoding.EncodeToString([]byte(`{"v":2,"f":"` + fp + `"}`)),
		"not base64":      "%%%",
		"not JSON":        base64.RawURLEncoding.EncodeToString([]byte("not json")),
		"too long":        upstream.Seal(fp, &cont{S: strings.Repeat("a", 5000)}),
		"another's field": base64.RawURLEncoding.EncodeToString([]byte(`{"v":1,"f":"` + fp + `","s":7}`)),
	} {
		var c cont
		err := testPaging.Open(cursor, fp, &c)
		if e := ats.AsError(err); e == nil || e.Code != ats.CodeCursorInvalid || !strings.Contains(e.Message, "this Acme list") {
			t.Errorf("%s: got %v, want CURSOR_INVALID naming Acme", name, err)
		}
	}
}

func TestCloneQueryIsDeep(t *testing.T) {
	q := url.Values{"state": {"published"}}
	c := upstream.CloneQuery(q)
	c.Set("limit", "10")
	c["state"][0] = "closed"
	if q.Encode() != "state=published" {
		t.Errorf("the original changed: %s", q.Encode())
	}
}

type rec struct {
	ID string `json:"id"`
}

func TestDecodeObject(t *testing.T) {
	body := []byte(`{"jobs":[{"id":"a","x":1},{"id":"b"}],"paging":{"next":"n"},"total":2}`)
	var others []string
	recs, found, err := upstream.DecodeObject[rec](body, "jobs", true, func(name string, dec *json.Decoder) error {
		others = append(others, name)
		var skip json.RawMessage
		return dec.Decode(&skip)
	})
	if err != nil || !found || len(recs) != 2 || recs[0].W.ID != "a" || string(recs[0].Raw) != `{"id":"a","x":1}` {
		t.Fatalf("got %+v %v %v", recs, found, err)
	}
	if strings.Join(others, ",") != "paging,total" {
		t.Errorf("other members: got %v", others)
	}
	recs, found, err = upstream.DecodeObject[rec](body, "jobs", false, nil)
	if err != nil || !found || recs[1].W.ID != "b" || recs[1].Raw != nil {
		t.Errorf("without raw: got %+v %v %v", recs, found, err)
	}
	if recs, found, err := upstream.DecodeObject[rec]([]byte(`{"jobs":null}`), "jobs", false, nil); err != nil || !found || len(recs) != 0 {
		t.Errorf("null list: got %+v %v %v, want no records", recs, found, err)
	}
	if _, found, err := upstream.DecodeObject[rec]([]byte(`{"items":[]}`), "jobs", false, nil); err != nil || found {
		t.Errorf("no key: got found %v, %v", found, err)
	}
	for _, bad := range []string{`[]`, `{"jobs":{"id":"a"}}`, `{"jobs":[{"id":"a"}`, `{"jobs":[{"id":7}]}`, `<html>`} {
		_, _, err := upstream.DecodeObject[rec]([]byte(bad), "jobs", false, nil)
		if err == nil {
			t.Errorf("%s: got no error", bad)
		}
	}
	// A malformed answer's strings (an email, say) stay out of the error.
	_, _, err = upstream.DecodeObject[rec]([]byte(`{"jobs":"jane@example.com"}`), "jobs", false, nil)
	if err == nil || strings.Contains(err.Error(), "jane") {
		t.Errorf("got %v, want an error without the string", err)
	}
}

func TestDecodeArray(t *testing.T) {
	recs, err := upstream.DecodeArray[rec]([]byte(`[{"id":"1"},{"id":"2"}]`), false)
	if err != nil || len(recs) != 2 || recs[1].W.ID != "2" {
		t.Fatalf("got %+v %v", recs, err)
	}
	for _, bad := range []string{`null`, `{"id":"1"}`, `[{"id":"1"}`} {
		if _, err := upstream.DecodeArray[rec]([]byte(bad), false); err == nil {
			t.Errorf("%s: got no error", bad)
		}
	}
}

func TestPaging(t *testing.T) {
	for _, tt := range []struct{ limit, want int }{{0, ats.DefaultLimit}, {-1, ats.DefaultLimit}, {7, 7}, {500, 100}} {
		if got := testPaging.Limit(ats.Window{Limit: tt.limit}); got != tt.want {
			t.Errorf("limit %d: got %d, want %d", tt.limit, got, tt.want)
		}
	}
	if got := (upstream.Paging{PageSize: 50}).Limit(ats.Window{Limit: 80}); got != 50 {
		t.Errorf("limit past the provider's page: got %d, want 50", got)
	}
	if skip, calls, err := testPaging.PageMode(ats.Window{Page: 3}, 10); err != nil || skip != 20 || calls != 11 {
		t.Errorf("page 3 of 10: got skip %d, %d calls, %v; want 20 and 11", skip, calls, err)
	}
	_, _, err := testPaging.PageMode(ats.Window{Page: 11}, 100)
	if e := ats.AsError(err); e == nil || e.Code != ats.CodeInputInvalid || len(e.Details) != 1 || e.Details[0].Field != "page" ||
		!strings.Contains(e.Details[0].Problem, "at most 10 with limit 100 on Acme") {
		t.Errorf("page past the reach: got %v", err)
	}
	if e := ats.AsError(testPaging.BeyondScan(4)); e == nil || e.Code != ats.CodeInputInvalid || !strings.Contains(e.Message, "1100 records at most, and page 4") {
		t.Errorf("BeyondScan: got %v", e)
	}
	if e := ats.AsError(testPaging.BeyondScanOf(2, 300)); e == nil || e.Code != ats.CodeInputInvalid || !strings.Contains(e.Message, "300 records at most, and page 2") {
		t.Errorf("BeyondScanOf: got %v", e)
	}
}

func TestEndsEarly(t *testing.T) {
	limited := &ats.Error{Code: ats.CodeUpstreamRateLimited}
	tests := []struct {
		name string
		err  error
		win  ats.Window
		have int
		want bool
	}{
		{"rate limited with records in hand", limited, ats.Window{Limit: 10}, 3, true},
		{"rate limited with nothing in hand", limited, ats.Window{Limit: 10}, 0, false},
		{"rate limited in page mode", limited, ats.Window{Limit: 10, Page: 2}, 3, false},
		{"another failure", &ats.Error{Code: ats.CodeUpstreamUnavailable}, ats.Window{Limit: 10}, 3, false},
	}
	for _, tt := range tests {
		if got := upstream.EndsEarly(tt.err, tt.win, tt.have); got != tt.want {
			t.Errorf("%s: got %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestNotFoundAs(t *testing.T) {
	generic := &ats.Error{Code: ats.CodeNotFound, Message: "Acme has no such record."}
	err := upstream.NotFoundAs(generic, "job", "J1")
	if e := ats.AsError(err); e == nil || e.Code != ats.CodeNotFound || !strings.Contains(e.Message, "J1") || !errors.Is(err, generic) {
		t.Errorf("got %v, want a NOT_FOUND naming the job, wrapping Acme's", err)
	}
	other := &ats.Error{Code: ats.CodeUpstreamUnavailable}
	if got := upstream.NotFoundAs(other, "job", "J1"); got != other {
		t.Errorf("another error: got %v, want it unchanged", got)
	}
}
