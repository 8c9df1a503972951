package envelope_test

import (
	"bytes"
	"encoding/json"
	"net/http/httptest"
	"testing"

	"github.com/atsbridge/atsbridge/envelope"
)

// TestBodyWithAnyRequestID: an encoded body is sent with each request's
// own id, escaped where it has to be, and keeps one ETag, the body's
// without the id.
func TestBodyWithAnyRequestID(t *testing.T) {
	type record struct {
		ID   string   `json:"id"`
		Tags []string `json:"tags"`
	}
	b, err := envelope.Success(envelope.Origin{Provider: "workable", Mode: "preview"}, record{ID: "job_063"}, &envelope.Meta{Limit: 20})
	if err != nil {
		t.Fatal(err)
	}
	var bodies [][]byte
	for _, id := range []string{"4f1c0a9e2b7d4c6f", `odd "id" \\ é`, ""} {
		rec := httptest.NewRecorder()
		b.Write(rec, 200, id)
		var env struct {
			Success   bool            `json:"success"`
			Data      json.RawMessage `json:"data"`
			RequestID string          `json:"request_id"`
		}
		if err := json.Unmarshal(rec.Body.Bytes(), &env); err != nil {
			t.Fatalf("id %q: not JSON: %v\n%s", id, err, rec.Body)
		}
		if env.RequestID != id || !env.Success || string(env.Data) != `{"id":"job_063","tags":[]}` {
			t.Errorf("id %q: got %s", id, rec.Body)
		}
		if got := rec.Header().Get("Content-Length"); got != itoa(rec.Body.Len()) {
			t.Errorf("id %q: Content-Length %s for %d bytes", id, got, rec.Body.Len())
		}
		bodies = append(bodies, rec.Body.Bytes())
	}
	if want := envelope.ETag(bodies[2]); b.ETag() != want {
		t.Errorf("ETag %s, want %s: the tag of the body with an empty request id", b.ETag(), want)
	}
	if bytes.Equal(bodies[0], bodies[1]) {
		t.Errorf("two request ids, one body")
	}
}

func itoa(n int) string {
	b, _ := json.Marshal(n)
	return string(b)
}
