package dynamodb_test

import (
	"log/slog"
	"os"
	"testing"

	"github.com/atsbridge/atsbridge/ats/preview"
	"github.com/atsbridge/atsbridge/store/dynamodb"
	"github.com/atsbridge/atsbridge/store/dynamodb/dynalitetest"
	"github.com/atsbridge/atsbridge/store/storetest"
)

// TestMain stops the shared dynalite after the tests, so it does not
// outlive the test binary.
func TestMain(m *testing.M) {
	code := m.Run()
	dynalitetest.Stop()
	os.Exit(code)
}

// TestContract runs the preview.Store contract suite against a fresh table
// on dynalite for every clause.
func TestContract(t *testing.T) {
	storetest.Run(t, func(t *testing.T) preview.Store {
		t.Helper()
		s, err := dynamodb.Open(t.Context(), dynamodb.Config{
			Table: dynalitetest.Table(t), Endpoint: dynalitetest.Endpoint(t), Region: "us-east-1",
			// The SDK warns of responses that cancelled calls left unread.
			Logger: slog.New(slog.DiscardHandler),
		})
		if err != nil {
			t.Fatalf("open: %v", err)
		}
		t.Cleanup(func() { _ = s.Close() })
		return s
	}, storetest.StartOfWalk)
}
