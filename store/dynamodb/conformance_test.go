package dynamodb

import (
	"net/http/httptest"
	"testing"

	"github.com/johannesboyne/gofakes3"
	"github.com/johannesboyne/gofakes3/backend/s3mem"

	"github.com/atsbridge/atsbridge/ats/atstest"
	"github.com/atsbridge/atsbridge/ats/preview"
	"github.com/atsbridge/atsbridge/ats/preview/previewtest"
	"github.com/atsbridge/atsbridge/store/s3"
)

// TestConformance runs the provider conformance suite on the sandbox over
// a fresh table on dynalite, with its resume files in a bucket of a local
// S3 server (gofakes3), as the deployed sandbox keeps them. The store
// counts only the unfiltered lists.
func TestConformance(t *testing.T) {
	previewtest.Run(t, atstest.TotalsUnfiltered, func(t *testing.T) preview.Store {
		s, _ := openTest(t)
		return s
	}, func(t *testing.T) preview.Files {
		srv := httptest.NewServer(gofakes3.New(s3mem.New()).Server())
		t.Cleanup(srv.Close)
		f, err := s3.Open(t.Context(), s3.Config{Bucket: "atsbridge-resumes", Endpoint: srv.URL})
		if err != nil {
			t.Fatalf("open the bucket: %v", err)
		}
		return f
	})
}
