package router

import (
	"bytes"
	"compress/gzip"
	"errors"
	"io"
	"mime"
	"net/http"
	"strings"

	"github.com/atsbridge/atsbridge/ats"
)

// The byte-order marks a body may start with. JSON on the wire is UTF-8
// without one (RFC 8259 §8.1); editors on Windows and PowerShell's
// -Encoding options add them.
var (
	utf8BOM    = []byte{0xEF, 0xBB, 0xBF}
	utf16BOMLE = []byte{0xFF, 0xFE}
	utf16BOMBE = []byte{0xFE, 0xFF}
)

// readBody reads a request body that must be UTF-8 JSON, of at most lim,
// and returns it without surrounding white space and never empty:
//
//   - Content-Type must be JSON (application/json or any +json type), with
//     no charset or charset=utf-8: 415 otherwise, also when a body comes
//     with no Content-Type at all;
//   - Content-Encoding may be gzip (decoded here, under the same size limit
//     after decompression) or identity: 415 for any other;
//   - a byte-order mark is refused with a message that says so.
//
// Whether the text inside is valid UTF-8 is textProblems' to say, field by
// field.
func readBody(r *http.Request, lim bodyLimit) ([]byte, error) {
	ct := r.Header.Get("Content-Type")
	switch {
	case ct != "":
		if err := jsonMediaType(ct); err != nil {
			return nil, err
		}
	case r.ContentLength != 0:
		return nil, ats.Errorf(ats.CodeUnsupportedMediaType, "The request has a body but no Content-Type; send it as JSON with Content-Type: application/json.")
	}
	gzipped, err := contentCoding(r)
	if err != nil {
		return nil, err
	}
	var body io.Reader = r.Body
	if r.Body == nil {
		body = http.NoBody
	}
	once := ""
	if gzipped {
		zr, err := gzip.NewReader(body)
		if err != nil {
			return nil, notGzip()
		}
		body, once = zr, "once decompressed"
	}
	raw, err := io.ReadAll(io.LimitReader(body, lim.bytes+1))
	var mbe *http.MaxBytesError
	switch {
	case errors.As(err, &mbe):
		return nil, lim.tooLarge("")
	case err != nil && gzipped:
		return nil, notGzip()
	case err != nil:
		return nil, ats.Invalid("The request body could not be read.", ats.Detail{Field: "body", Problem: "could not be read"})
	case int64(len(raw)) > lim.bytes:
		return nil, lim.tooLarge(once)
	}
	switch {
	case bytes.HasPrefix(raw, utf8BOM):
		return nil, ats.Invalid("The request body starts with a UTF-8 byte-order mark (EF BB BF); send the JSON without it.",
			ats.Detail{Field: "body", Problem: "starts with a byte-order mark"})
	case bytes.HasPrefix(raw, utf16BOMLE), bytes.HasPrefix(raw, utf16BOMBE):
		return nil, ats.Invalid("The request body is UTF-16 (it starts with a UTF-16 byte-order mark); send it as UTF-8.",
			ats.Detail{Field: "body", Problem: "is UTF-16, not UTF-8"})
	}
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 {
		return nil, ats.Invalid("The request body is empty; send a JSON object.", ats.Detail{Field: "body", Problem: "must be a JSON object"})
	}
	return raw, nil
}

// jsonMediaType refuses a Content-Type that is not JSON in UTF-8.
func jsonMediaType(ct string) error {
	mt, params, err := mime.ParseMediaType(ct)
	if err != nil || !(mt == "application/json" || strings.HasSuffix(mt, "+json")) {
		return ats.Errorf(ats.CodeUnsupportedMediaType, "Send the body as JSON with Content-Type: application/json (got %q).", truncate(ct, 60))
	}
	if cs, ok := params["charset"]; ok && !strings.EqualFold(strings.TrimSpace(cs), "utf-8") {
		return ats.Errorf(ats.CodeUnsupportedMediaType, "The body must be UTF-8 JSON; charset=%s is not accepted (send charset=utf-8, or no charset).", truncate(cs, 30))
	}
	return nil
}

// contentCoding reports whether the body is gzip-compressed, and refuses
// any other content coding than gzip and identity.
func contentCoding(r *http.Request) (gzipped bool, err error) {
	var codings []string
	for _, h := range r.Header.Values("Content-Encoding") {
		for c := range strings.SplitSeq(h, ",") {
			if c = strings.ToLower(strings.TrimSpace(c)); c != "" && c != "identity" {
				codings = append(codings, c)
			}
		}
	}
	switch {
	case len(codings) == 0:
		return false, nil
	case len(codings) == 1 && (codings[0] == "gzip" || codings[0] == "x-gzip"):
		return true, nil
	}
	return false, ats.Errorf(ats.CodeUnsupportedMediaType, "Content-Encoding %q is not accepted; send the body uncompressed or with Content-Encoding: gzip.",
		truncate(strings.Join(r.Header.Values("Content-Encoding"), ", "), 40))
}

func notGzip() error {
	return ats.Invalid("The request body is labelled Content-Encoding: gzip but is not valid gzip data.",
		ats.Detail{Field: "body", Problem: "is not valid gzip data"})
}
