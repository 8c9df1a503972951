package router_test

import (
	"os"
	"testing"

	"github.com/atsbridge/atsbridge/store/dynamodb/dynalitetest"
)

// TestMain stops the dynalite the caller tests start (callers_test.go).
func TestMain(m *testing.M) {
	code := m.Run()
	dynalitetest.Stop()
	os.Exit(code)
}
