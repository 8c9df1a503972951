package sqlite_test

import (
	"path/filepath"
	"testing"

	"github.com/atsbridge/atsbridge/ats/atstest"
	"github.com/atsbridge/atsbridge/ats/preview"
	"github.com/atsbridge/atsbridge/ats/preview/previewtest"
	"github.com/atsbridge/atsbridge/store/disk"
)

// TestConformance runs the provider conformance suite on the sandbox over
// a SQLite file, with its resume files in a directory beside it, as
// `go run .` keeps them.
func TestConformance(t *testing.T) {
	previewtest.Run(t, atstest.TotalsAlways, func(t *testing.T) preview.Store {
		return open(t, filepath.Join(t.TempDir(), "preview.db"))
	}, func(t *testing.T) preview.Files {
		f, err := disk.Open(filepath.Join(t.TempDir(), "resumes"))
		if err != nil {
			t.Fatal(err)
		}
		return f
	})
}
