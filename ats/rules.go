package ats

import "strings"

// Paging bounds of every list, whoever serves it.
const (
	// DefaultLimit is the page size when the caller names none.
	DefaultLimit = 20
	// MaxLimit is the largest page a caller may ask for.
	MaxLimit = 100
)

// EmailKey is the form in which two emails are the same address: for the
// uniqueness of candidates and for the email filter, in every store and
// provider.
func EmailKey(email string) string {
	return strings.ToLower(strings.TrimSpace(email))
}

// CursorNotOurs is the error for a continuation that was not issued by
// atsbridge (altered, truncated, or from elsewhere).
func CursorNotOurs() *Error {
	return Errorf(CodeCursorInvalid, "The cursor is not one this API issued; pass meta.next_cursor from a previous page unchanged.")
}
