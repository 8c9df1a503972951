package atstest

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The text helpers the filter rules build their cases with.

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// hasLetters reports whether s has a letter whose case can change.
func hasLetters(s string) bool {
	return strings.ContainsFunc(s, func(r rune) bool { return unicode.ToUpper(r) != unicode.ToLower(r) })
}

// swapCase turns every letter's case around: "Zürich" -> "zÜRICH".
func swapCase(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsUpper(r) {
			return unicode.ToLower(r)
		}
		return unicode.ToUpper(r)
	}, s)
}

// asciiFold is the usual mistake of case folding: only A-Z (SQLite's
// LOWER, for one).
func asciiFold(s string) string {
	return strings.Map(func(r rune) rune {
		if 'A' <= r && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return r
	}, s)
}

// dropLast is s without its last letter.
func dropLast(s string) string {
	_, n := utf8.DecodeLastRuneInString(s)
	return s[:len(s)-n]
}

// middle is a part of a title from inside it: its second word, else its
// first, without the first letter, so a match cannot rely on word starts.
func middle(title string) string {
	w := strings.Fields(title)
	if len(w) == 0 {
		return ""
	}
	word := w[min(1, len(w)-1)]
	if _, n := utf8.DecodeRuneInString(word); n < len(word) {
		return word[n:]
	}
	return word
}

// nonASCII reports whether s has a letter outside ASCII, so that a case
// folding rule tested with it is tested beyond A-Z.
func nonASCII(s string) bool {
	return utf8.RuneCountInString(s) != len(s)
}
