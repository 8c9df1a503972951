package memory_test

import (
	"testing"

	"github.com/atsbridge/atsbridge/ats/atstest"
	"github.com/atsbridge/atsbridge/ats/preview"
	"github.com/atsbridge/atsbridge/ats/preview/previewtest"
	"github.com/atsbridge/atsbridge/store/memory"
)

// TestConformance runs the provider conformance suite on the sandbox over
// the memory store, with its files in memory.
func TestConformance(t *testing.T) {
	previewtest.Run(t, atstest.TotalsAlways, func(t *testing.T) preview.Store {
		s := memory.New()
		t.Cleanup(func() { _ = s.Close() })
		return s
	}, func(*testing.T) preview.Files { return memory.NewFiles() })
}
