package atstest

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/atsbridge/atsbridge/ats"
)

// describe prints an error with its code, so a failure says at once
// whether the provider answered with a typed error or an untyped one
// (which the API turns into INTERNAL).
func describe(err error) string {
	var e *ats.Error
	if !errors.As(err, &e) {
		return fmt.Sprintf("untyped error (INTERNAL to the caller): %v", err)
	}
	return fmt.Sprintf("%s: %v", e.Code, err)
}

// wantCode fails unless err is an *ats.Error (possibly wrapped) with code,
// and returns it.
func wantCode(t *testing.T, what string, err error, code ats.Code) *ats.Error {
	t.Helper()
	if err == nil {
		t.Fatalf("%s: no error, want %s", what, code)
	}
	var e *ats.Error
	if !errors.As(err, &e) {
		t.Fatalf("%s: untyped error %v, want an *ats.Error with code %s (an untyped error reaches the caller as INTERNAL)", what, err, code)
	}
	if e.Code != code {
		t.Fatalf("%s: code %s (%v), want %s", what, e.Code, err, code)
	}
	return e
}

// wantNotFound fails unless err is NOT_FOUND and its message names the
// resource, so the caller knows which id of the request was unknown.
func wantNotFound(t *testing.T, what string, err error, resource string) {
	t.Helper()
	e := wantCode(t, what, err, ats.CodeNotFound)
	if !strings.Contains(strings.ToLower(e.Message), resource) {
		t.Errorf("%s: NOT_FOUND message %q does not name the %s", what, e.Message, resource)
	}
}

// wantExisting fails unless err is the conflict code with the existing
// record's id in Details[0].ExistingID.
func wantExisting(t *testing.T, what string, err error, code ats.Code, existing string) {
	t.Helper()
	e := wantCode(t, what, err, code)
	if len(e.Details) == 0 || e.Details[0].ExistingID != existing {
		t.Errorf("%s: %s details %+v; want Details[0].ExistingID %q", what, code, e.Details, existing)
	}
}

// noPersonalData fails when an error carries one of the strings (emails,
// names): errors end up in logs.
func noPersonalData(t *testing.T, what string, err error, personal ...string) {
	t.Helper()
	if err == nil {
		return
	}
	text := strings.ToLower(err.Error())
	var e *ats.Error
	if errors.As(err, &e) {
		text += " " + strings.ToLower(e.Message)
	}
	for _, p := range personal {
		if p != "" && strings.Contains(text, strings.ToLower(p)) {
			t.Errorf("%s: the error carries personal data (%q): %v", what, p, err)
		}
	}
}
