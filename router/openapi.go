package router

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/json"
	"io"
	"net/http"
	"strconv"
	"sync"

	"github.com/atsbridge/atsbridge/envelope"
)

// openAPICompressed is the hand-written OpenAPI 3.1 description of this
// API (openapi.json, the file to edit), gzipped by `go generate ./router`:
// embedded as it is written, the document was 272 KB of a Lambda build
// held to 12 MB; compressed it is about a tenth of that. A test fails when
// it is older than openapi.json. The router tests validate every response
// they see against the document.
//
//go:generate go run gzipdoc.go openapi.json openapi.json.gz
//go:embed openapi.json.gz
var openAPICompressed []byte

// openAPIDocument is the document, decompressed once per process, when it
// is first needed.
var openAPIDocument = sync.OnceValues(func() ([]byte, error) {
	zr, err := gzip.NewReader(bytes.NewReader(openAPICompressed))
	if err != nil {
		return nil, err
	}
	return io.ReadAll(zr)
})

// OpenAPI returns the embedded OpenAPI document (nil if the embedded copy
// is damaged, which the router's tests rule out).
func OpenAPI() []byte {
	doc, _ := openAPIDocument()
	return doc
}

// openAPIValid checks the embedded document once per process, when it is
// first served, rather than in every New.
var openAPIValid = sync.OnceValue(func() bool {
	doc, err := openAPIDocument()
	return err == nil && json.Valid(doc)
})

// openAPITag is the document's ETag, computed once.
var openAPITag = sync.OnceValue(func() string { return envelope.ETag(OpenAPI()) })

// openAPI serves the document as it is: it is already the body, not data
// inside an envelope, because OpenAPI tools read it directly.
func (a *api) openAPI() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !openAPIValid() {
			panic("router: embedded openapi.json.gz is not gzipped JSON")
		}
		if err := refuseQuery(r, "takes none"); err != nil {
			a.fail(w, r, err)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("X-Content-Type-Options", "nosniff")
		doc := OpenAPI()
		w.Header().Set("Content-Length", strconv.Itoa(len(doc)))
		w.Header().Set("ETag", openAPITag())
		w.WriteHeader(http.StatusOK)
		_, _ = w.Write(doc)
	})
}
