package router_test

import (
	"bytes"
	"os"
	"testing"

	"github.com/atsbridge/atsbridge/router"
)

// TestEmbeddedDocumentIsCurrent: the binary serves (and the router tests
// validate against) the gzipped copy openapi.json.gz; it must say exactly
// what openapi.json, the file people edit and the client generators read,
// says. An edit without `go generate ./router` fails here.
func TestEmbeddedDocumentIsCurrent(t *testing.T) {
	source, err := os.ReadFile("openapi.json")
	if err != nil {
		t.Fatal(err)
	}
	embedded := router.OpenAPI()
	if len(embedded) == 0 {
		t.Fatal("the embedded openapi.json.gz does not decompress: run `go generate ./router` and commit the result")
	}
	if !bytes.Equal(embedded, source) {
		t.Fatalf("openapi.json.gz (%d bytes decompressed) is stale against openapi.json (%d bytes): run `go generate ./router` and commit the result", len(embedded), len(source))
	}
}
