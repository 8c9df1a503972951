package ats

import (
	"strings"

	"golang.org/x/net/idna"
)

// Paging bounds of every list, whoever serves it.
const (
	// DefaultLimit is the page size when the caller names none.
	DefaultLimit = 20
	// MaxLimit is the largest page a caller may ask for.
	MaxLimit = 100
)

// EmailKey is the form in which two emails are the same address: for the
// uniqueness of candidates and for the email filter, in every store and
// provider. Case does not matter, and an internationalised domain is the
// same domain as its punycode form (karan@bücher.example is
// karan@xn--bcher-kva.example), as it is for the mail system: the domain is
// folded to its ASCII form by IDNA's lookup rules. An address whose domain
// IDNA refuses keeps it lower-cased, as it was written.
func EmailKey(email string) string {
	e := strings.ToLower(strings.TrimSpace(email))
	at := strings.LastIndexByte(e, '@')
	if at < 0 {
		return e
	}
	domain, err := idna.Lookup.ToASCII(e[at+1:])
	if err != nil {
		return e
	}
	return e[:at+1] + strings.ToLower(domain)
}

// CursorNotOurs is the error for a continuation that was not issued by
// atsbridge (altered, truncated, or from elsewhere).
func CursorNotOurs() *Error {
	return Errorf(CodeCursorInvalid, "The cursor is not one this API issued; pass meta.next_cursor from a previous page unchanged.")
}
