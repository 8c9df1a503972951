package router

import (
	"net/http"
	"strings"

	"github.com/atsbridge/atsbridge/envelope"
)

// conditional gives every successful GET (and so HEAD, which serveHead
// turns into a GET) a strong ETag of its body, and answers a GET whose
// If-None-Match names the current tag with 304 Not Modified and no body
// (RFC 9110 §13.1.2), so a client polling an unchanged list downloads
// nothing.
//
// Envelopes set their own tag, of the body without its request id (see
// envelope.Body), which is the only part that differs between requests;
// any other 200 body (the OpenAPI document, files) is tagged here by
// hashing what the handler wrote. Other statuses carry no tag and ignore
// If-None-Match: RFC 9110 §13.2.1 applies preconditions only to what
// would be a 2xx answer, and an error is not a representation of the
// resource.
func conditional(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet {
			next.ServeHTTP(w, r)
			return
		}
		cw := &conditionalWriter{ResponseWriter: w, ifNoneMatch: r.Header.Values("If-None-Match")}
		next.ServeHTTP(cw, r)
		cw.finish()
	})
}

// How a conditionalWriter treats the body after the status is known.
const (
	passBody   = iota // the handler's answer goes out as it writes it
	bufferBody        // a 200 without a tag: kept until it can be hashed
	dropBody          // answered 304: the body is not sent
)

// conditionalWriter decides, once the handler's status and headers are
// known, whether the answer goes out as written, is buffered to be
// tagged, or becomes a 304.
type conditionalWriter struct {
	http.ResponseWriter
	ifNoneMatch []string
	wrote       bool
	mode        int
	buf         []byte
}

func (c *conditionalWriter) WriteHeader(status int) {
	if c.wrote {
		return
	}
	c.wrote = true
	switch {
	case status != http.StatusOK:
		c.ResponseWriter.WriteHeader(status)
	case c.Header().Get("ETag") == "":
		c.mode = bufferBody
	case matchesAny(c.ifNoneMatch, c.Header().Get("ETag")):
		c.notModified()
	default:
		c.ResponseWriter.WriteHeader(status)
	}
}

func (c *conditionalWriter) Write(b []byte) (int, error) {
	if !c.wrote {
		c.WriteHeader(http.StatusOK)
	}
	switch c.mode {
	case bufferBody:
		c.buf = append(c.buf, b...)
		return len(b), nil
	case dropBody:
		return len(b), nil
	}
	return c.ResponseWriter.Write(b)
}

// finish tags and sends a buffered body.
func (c *conditionalWriter) finish() {
	if c.mode != bufferBody {
		return
	}
	tag := envelope.ETag(c.buf)
	c.Header().Set("ETag", tag)
	if matchesAny(c.ifNoneMatch, tag) {
		c.notModified()
		return
	}
	c.ResponseWriter.WriteHeader(http.StatusOK)
	_, _ = c.ResponseWriter.Write(c.buf)
}

// notModified sends 304 with the 200's headers but those that describe a
// body it does not have (RFC 9110 §15.4.5): ETag, X-Request-Id and
// Cache-Control stay.
func (c *conditionalWriter) notModified() {
	c.mode = dropBody
	h := c.Header()
	h.Del("Content-Type")
	h.Del("Content-Length")
	c.ResponseWriter.WriteHeader(http.StatusNotModified)
}

// matchesAny reports whether an If-None-Match header (each of its values a
// comma list of entity tags, or "*") names tag. If-None-Match compares
// weakly (RFC 9110 §13.1.2): W/"x" matches "x". A malformed list matches
// nothing, so the client gets the full answer.
func matchesAny(ifNoneMatch []string, tag string) bool {
	if len(ifNoneMatch) == 0 {
		return false
	}
	for _, v := range ifNoneMatch {
		for v = strings.TrimSpace(v); v != ""; {
			if v[0] == '*' {
				return true
			}
			v = strings.TrimPrefix(v, "W/")
			if len(v) < 2 || v[0] != '"' {
				return false
			}
			end := strings.IndexByte(v[1:], '"')
			if end < 0 {
				return false
			}
			if v[:end+2] == tag {
				return true
			}
			v = strings.TrimSpace(v[end+2:])
			if v == "" {
				break
			}
			if v[0] != ',' {
				return false
			}
			v = strings.TrimLeft(v[1:], " \t,")
		}
	}
	return false
}
