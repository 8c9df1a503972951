package envelope_test

import (
	"encoding/json"
	"math"
	"net/http/httptest"
	"testing"

	"github.com/atsbridge/atsbridge/envelope"
)

func TestStatusOfEveryCode(t *testing.T) {
	want := map[string]int{
		"INPUT_INVALID": 400, "CURSOR_INVALID": 400, "NOT_FOUND": 404, "METHOD_NOT_ALLOWED": 405,
		"BODY_TOO_LARGE": 413, "UNSUPPORTED_MEDIA_TYPE": 415, "APPLICATION_EXISTS": 409,
		"CANDIDATE_EXISTS": 409, "JOB_NOT_OPEN": 409, "UPSTREAM_AUTH_FAILED": 502,
		"UPSTREAM_REJECTED": 422, "UPSTREAM_RATE_LIMITED": 503, "UPSTREAM_UNAVAILABLE": 502,
		"UPSTREAM_TIMEOUT": 504, "NOT_SUPPORTED": 501, "INTERNAL": 500, "REQUEST_CANCELED": 499,
		"RESUME_UNREADABLE": 422, "APPLICATION_CLOSED": 409,
		"UNAUTHENTICATED": 401, "FORBIDDEN": 403, "RATE_LIMITED": 429,
		"IDEMPOTENCY_KEY_REUSED": 422, "IDEMPOTENCY_IN_PROGRESS": 409,
	}
	if got := len(envelope.Codes()); got != len(want) {
		t.Errorf("Codes() has %d codes, the contract has %d", got, len(want))
	}
	for code, status := range want {
		if got := envelope.Status(code); got != status {
			t.Errorf("Status(%s) = %d, want %d", code, got, status)
		}
	}
	if got := envelope.Status("SOMETHING_NEW"); got != 500 {
		t.Errorf("unknown code maps to %d, want 500", got)
	}
}

func TestWriteError(t *testing.T) {
	rec := httptest.NewRecorder()
	envelope.WriteError(rec, envelope.Origin{Provider: "workable", Mode: "live"}, "req-1", envelope.Problem{
		Code: "UPSTREAM_RATE_LIMITED", Message: "Workable is limiting us; retry later.", RetryAfterSeconds: 7,
		Details: []envelope.Detail{{Field: "email", Problem: "must be an email address"}},
	})
	if rec.Code != 503 || rec.Header().Get("Retry-After") != "7" || rec.Header().Get("Content-Type") != "application/json" {
		t.Fatalf("got %d Retry-After=%q Content-Type=%q", rec.Code, rec.Header().Get("Retry-After"), rec.Header().Get("Content-Type"))
	}
	var body map[string]any
	if err := json.Unmarshal(rec.Body.Bytes(), &body); err != nil {
		t.Fatal(err)
	}
	for k, v := range map[string]any{"success": false, "error": "Rate limited", "code": "UPSTREAM_RATE_LIMITED", "provider": "workable", "mode": "live", "request_id": "req-1"} {
		if body[k] != v {
			t.Errorf("%s = %v, want %v", k, body[k], v)
		}
	}
	if d, _ := body["details"].([]any); len(d) != 1 {
		t.Errorf("details = %v", body["details"])
	}
}

func TestWriteSuccessAndUnencodable(t *testing.T) {
	rec := httptest.NewRecorder()
	envelope.Write(rec, 200, envelope.Origin{Provider: "workable", Mode: "preview"}, "r", []int{}, &envelope.Meta{Limit: 20})
	var body map[string]any
	_ = json.Unmarshal(rec.Body.Bytes(), &body)
	if body["success"] != true || body["data"] == nil || body["meta"].(map[string]any)["next_cursor"] != nil {
		t.Errorf("success envelope = %s", rec.Body)
	}
	if _, ok := body["meta"].(map[string]any)["page"]; ok {
		t.Errorf("page present in cursor mode: %s", rec.Body)
	}

	rec = httptest.NewRecorder()
	envelope.Write(rec, 200, envelope.Origin{Provider: "workable", Mode: "preview"}, "r-9", math.Inf(1), nil)
	_ = json.Unmarshal(rec.Body.Bytes(), &body)
	if rec.Code != 500 || body["code"] != "INTERNAL" || body["request_id"] != "r-9" {
		t.Errorf("unencodable data: %d %s; want a clean 500 envelope", rec.Code, rec.Body)
	}
}

// TestListsAreNeverNull checks the format's rule that lists are [] and
// never null, for whatever data a handler passes: a nil list, nil lists
// inside records (through pointers, slices and interfaces), while byte
// slices, raw JSON and omitted fields stay as they were, and the caller's
// values are not changed.
func TestListsAreNeverNull(t *testing.T) {
	type record struct {
		ID     string          `json:"id"`
		Tags   []string        `json:"tags"`
		Extra  []int           `json:"extra,omitempty"`
		Raw    json.RawMessage `json:"raw,omitempty"`
		Blob   []byte          `json:"blob"`
		Nested *struct {
			IDs []string `json:"ids"`
		} `json:"nested"`
		Any any `json:"any"`
	}
	recs := []record{
		{ID: "a", Nested: &struct {
			IDs []string `json:"ids"`
		}{}, Any: []string(nil)},
		{ID: "b", Tags: []string{"x"}, Raw: json.RawMessage(`{"k":1}`)},
	}
	tests := []struct {
		name string
		data any
		want string
	}{
		{"nil list", []record(nil), `[]`},
		{"records", recs, `[{"id":"a","tags":[],"blob":null,"nested":{"ids":[]},"any":[]},{"id":"b","tags":["x"],"raw":{"k":1},"blob":null,"nested":null,"any":null}]`},
		{"one record by pointer", &recs[1], `{"id":"b","tags":["x"],"raw":{"k":1},"blob":null,"nested":null,"any":null}`},
		{"no lists at all", map[string]string{"status": "ok"}, `{"status":"ok"}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := httptest.NewRecorder()
			envelope.Write(rec, 200, envelope.Origin{Provider: "workable", Mode: "preview"}, "r", tt.data, nil)
			var body struct{ Data json.RawMessage }
			if err := json.Unmarshal(rec.Body.Bytes(), &body); err != nil {
				t.Fatal(err)
			}
			if string(body.Data) != tt.want {
				t.Errorf("data = %s\nwant   %s", body.Data, tt.want)
			}
		})
	}
	if recs[0].Tags != nil || recs[0].Nested.IDs != nil || recs[0].Any.([]string) != nil {
		t.Errorf("Write changed the caller's records: %+v", recs[0])
	}
}
