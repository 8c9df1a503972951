package routertest

import (
	"errors"
	"strings"
	"testing"

	"github.com/atsbridge/atsbridge/ats"
)

// WantCode fails the test unless err is (or wraps) an *ats.Error with
// code, and returns it. It fails too when the error's text or message
// carries one of secrets (a provider's credentials).
func WantCode(t testing.TB, err error, code ats.Code, secrets ...string) *ats.Error {
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
	for _, s := range secrets {
		if s != "" && (strings.Contains(err.Error(), s) || strings.Contains(e.Message, s)) {
			t.Errorf("the error carries a credential: %v", err)
		}
	}
	return e
}
