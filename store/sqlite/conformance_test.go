package sqlite_test

import (
	"path/filepath"
	"testing"

	"github.com/atsbridge/atsbridge/ats/atstest"
	"github.com/atsbridge/atsbridge/ats/preview"
	"github.com/atsbridge/atsbridge/ats/preview/previewtest"
)

// TestConformance runs the provider conformance suite on the sandbox over
// a SQLite file.
func TestConformance(t *testing.T) {
	previewtest.Run(t, atstest.TotalsAlways, func(t *testing.T) preview.Store {
		return open(t, filepath.Join(t.TempDir(), "preview.db"))
	})
}
