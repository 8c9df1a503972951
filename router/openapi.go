package router

import (
	_ "embed"
	"encoding/json"
	"net/http"
	"strconv"
	"sync"

	"github.com/atsbridge/atsbridge/envelope"
)

// openAPIDocument is the hand-written OpenAPI 3.1 description of this API.
// The router tests validate every response they see against it.
//
//go:embed openapi.json
var openAPIDocument []byte

// OpenAPI returns the embedded OpenAPI document.
func OpenAPI() []byte { return openAPIDocument }

// openAPIValid checks the embedded document once per process, when it is
// first served, rather than in every New.
var openAPIValid = sync.OnceValue(func() bool { return json.Valid(openAPIDocument) })

// openAPITag is the document's ETag, computed once.
var openAPITag = sync.OnceValue(func() string { return envelope.ETag(openAPIDocument) })

// openAPI serves the document as it is: it is already the body, not data
// inside an envelope, because OpenAPI tools read it directly.
func (a *api) openAPI() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !openAPIValid() {
			panic("router: embedded openapi.json is not valid JSON")
		}
		if err := refuseQuery(r, "takes none"); err != nil {
			a.fail(w, r, err)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("X-Content-Type-Options", "nosniff")
		w.Header().Set("Content-Length", strconv.Itoa(len(openAPIDocument)))
		w.Header().Set("ETag", openAPITag())
		w.WriteHeader(http.StatusOK)
		_, _ = w.Write(openAPIDocument)
	})
}
