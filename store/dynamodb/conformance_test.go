package dynamodb

import (
	"testing"

	"github.com/atsbridge/atsbridge/ats/atstest"
	"github.com/atsbridge/atsbridge/ats/preview"
	"github.com/atsbridge/atsbridge/ats/preview/previewtest"
)

// TestConformance runs the provider conformance suite on the sandbox over
// a fresh table on dynalite. The store counts only the unfiltered lists.
func TestConformance(t *testing.T) {
	previewtest.Run(t, atstest.TotalsUnfiltered, func(t *testing.T) preview.Store {
		s, _ := openTest(t)
		return s
	})
}
