package greenhousetest

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
)

// decodeBody reads a write's JSON body into v, refusing unknown fields
// (as a 422 naming the field) and malformed JSON (as a 422 too; the real
// status for a body that is not JSON is unconfirmed). It answers itself
// and reports false when the body is refused.
func (c *call) decodeBody(v any) bool {
	body := bytes.TrimSpace(c.body)
	if len(body) == 0 {
		body = []byte("{}")
	}
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	err := dec.Decode(v)
	if err == nil {
		return true
	}
	// Unconfirmed: the real API may ignore fields it does not know (v1's
	// applications array, say). The fake refuses them, so that a field
	// the client misnames shows in tests.
	if f, ok := strings.CutPrefix(err.Error(), "json: unknown field "); ok {
		writeUnprocessable(c.w, fieldError(strings.Trim(f, `"`), "is not a permitted parameter"))
		return false
	}
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) && te.Field != "" {
		writeUnprocessable(c.w, fieldError(te.Field, "has the wrong type"))
		return false
	}
	writeUnprocessable(c.w, "The request body is not valid JSON.")
	return false
}
