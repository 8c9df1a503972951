package router

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"strings"

	"github.com/atsbridge/atsbridge/ats"
)

// cursorCodec wraps a provider's own continuation in an opaque, signed
// cursor that also carries a fingerprint of the route and filters it was
// issued for. A cursor that was altered, comes from elsewhere, or is used
// with other filters is refused with CURSOR_INVALID rather than walking the
// wrong list.
type cursorCodec struct {
	key []byte
}

type cursorBody struct {
	V int    `json:"v"`
	F string `json:"f"` // fingerprint of route + filters
	C string `json:"c"` // provider continuation
}

func (c cursorCodec) mac(payload string) []byte {
	m := hmac.New(sha256.New, c.key)
	m.Write([]byte(payload))
	return m.Sum(nil)[:16]
}

// encode returns the cursor for continuation next of the list fingerprinted by fp.
func (c cursorCodec) encode(fp, next string) string {
	b, _ := json.Marshal(cursorBody{V: 1, F: fp, C: next})
	payload := base64.RawURLEncoding.EncodeToString(b)
	return payload + "." + base64.RawURLEncoding.EncodeToString(c.mac(payload))
}

// decode checks cursor against the list fingerprint fp and returns the
// provider continuation inside it.
func (c cursorCodec) decode(fp, cursor string) (string, error) {
	invalid := ats.CursorNotOurs()
	payload, sig, ok := strings.Cut(cursor, ".")
	if !ok || len(cursor) > 4096 {
		return "", invalid
	}
	got, err := base64.RawURLEncoding.DecodeString(sig)
	if err != nil || !hmac.Equal(got, c.mac(payload)) {
		return "", invalid
	}
	raw, err := base64.RawURLEncoding.DecodeString(payload)
	if err != nil {
		return "", invalid
	}
	var body cursorBody
	if err := json.Unmarshal(raw, &body); err != nil || body.V != 1 {
		return "", invalid
	}
	if body.F != fp {
		return "", ats.Errorf(ats.CodeCursorInvalid, "The cursor was issued for other filters or another list; send it with the same filters as the request that returned it.")
	}
	return body.C, nil
}

// fingerprint identifies a list and its filters, independent of parameter
// order and of paging parameters.
func fingerprint(route string, filters []string) string {
	h := sha256.New()
	h.Write([]byte(route))
	for _, f := range filters {
		h.Write([]byte{0})
		h.Write([]byte(f))
	}
	return base64.RawURLEncoding.EncodeToString(h.Sum(nil)[:12])
}
