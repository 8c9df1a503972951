package memory_test

import (
	"testing"

	"github.com/atsbridge/atsbridge/ats/preview"
	"github.com/atsbridge/atsbridge/store/memory"
	"github.com/atsbridge/atsbridge/store/storetest"
)

// TestContract runs the shared preview.Store contract suite, so the memory
// store behaves exactly like the SQLite and DynamoDB stores.
func TestContract(t *testing.T) {
	storetest.Run(t, func(t *testing.T) preview.Store {
		s := memory.New()
		t.Cleanup(func() { _ = s.Close() })
		return s
	}, storetest.CommitOrder)
}

// TestFiles runs the Files contract on the in-memory files.
func TestFiles(t *testing.T) {
	storetest.RunFiles(t, func(*testing.T) preview.Files { return memory.NewFiles() })
}
