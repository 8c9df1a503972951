package routertest

import (
	"errors"
	"testing"

	"github.com/atsbridge/atsbridge/ats"
)

// WantCode fails the test unless err is (or wraps) an *ats.Error with
// code, and returns it.
func WantCode(t testing.TB, err error, code ats.Code) *ats.Error {
	t.Helper()
	if err == nil {
		t.Fatalf("got no error, want %s", code)
	}
	var e *ats.Error
	if !errors.As(err, &e) {
		t.Fatalf("got untyped error %v, want *ats.Error %s", err, code)
	}
	if e.Code != code {
		t.Fatalf("got code %s (%v), want %s", e.Code, err, code)
	}
	return e
}
