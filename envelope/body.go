package envelope

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"net/http"
	"sync"
)

// Body is an encoded success envelope that is sent with any request id:
// everything but the id is encoded once, so a body can be kept and sent
// again (see the router's read cache) for the cost of a copy.
//
// Its ETag is a strong entity tag of the body without its request id,
// the one part of an envelope that differs from one request to the next,
// so an unchanged list or record keeps its tag across requests, processes
// and Lambda instances.
type Body struct {
	enc []byte // the envelope with "request_id":""
	cut int    // where in enc the request id goes
	tag []string
}

// Success encodes a success envelope with data and, for lists, meta, as
// Write sends it. Lists in data are [] where they are nil.
func Success(o Origin, data any, meta *Meta) (*Body, error) {
	enc, err := encode(success{Success: true, Provider: o.Provider, Mode: o.Mode, Data: emptyLists(data), Meta: meta})
	if err != nil {
		return nil, err
	}
	// request_id is the last key, so the encoding ends `"request_id":""}`
	// and a newline; the id goes between the quotes.
	const tail = `"request_id":""}` + "\n"
	if !bytes.HasSuffix(enc, []byte(tail)) {
		return nil, fmt.Errorf("envelope: encoded success ends %q, want %q", enc[max(0, len(enc)-len(tail)):], tail)
	}
	return &Body{enc: enc, cut: len(enc) - len(`"}`+"\n"), tag: []string{ETag(enc)}}, nil
}

// Size is the memory the encoded body holds, in bytes.
func (b *Body) Size() int { return cap(b.enc) }

// ETag is the body's strong entity tag, quoted as the ETag header carries it.
func (b *Body) ETag() string { return b.tag[0] }

// SetETag sets the body's ETag header on h.
func (b *Body) SetETag(h http.Header) {
	// The slice is shared by every response of this body; net/http only
	// reads header values, and appending to a full slice copies it.
	h["Etag"] = b.tag[:1:1]
}

// Write sends the body with status and requestID, with the headers every
// envelope carries, in one write.
func (b *Body) Write(w http.ResponseWriter, status int, requestID string) {
	buf := buffers.Get().(*[]byte)
	out := append((*buf)[:0], b.enc[:b.cut]...)
	out = appendJSONString(out, requestID)
	out = append(out, b.enc[b.cut:]...)
	send(w, status, out)
	*buf = out
	if cap(out) <= maxPooledBuffer {
		buffers.Put(buf)
	}
}

// buffers holds the buffers Write assembles bodies in. A ResponseWriter
// is an io.Writer, which must not retain what it is given ("Implementations
// must not retain p"), so the buffer is free again once Write returns.
var buffers = sync.Pool{New: func() any { b := make([]byte, 0, 16<<10); return &b }}

// maxPooledBuffer keeps one huge body from pinning its buffer in the pool.
const maxPooledBuffer = 1 << 20

// appendJSONString appends the contents of s as a JSON string literal's
// body (without quotes): as is when nothing needs escaping, which is the
// case for every request id the router accepts.
func appendJSONString(dst []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c == '"' || c == '\\' || c >= 0x80 {
			q, _ := json.Marshal(s)
			return append(dst, q[1:len(q)-1]...)
		}
	}
	return append(dst, s...)
}

// ETag is the strong entity tag of a body: 128 bits of its SHA-256, so
// equal bytes always have the same tag, on any machine, and different
// bytes practically never do.
func ETag(body []byte) string {
	sum := sha256.Sum256(body)
	return `"` + base64.RawURLEncoding.EncodeToString(sum[:16]) + `"`
}
