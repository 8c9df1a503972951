package router

import "unicode"

// The rules for the characters of text the API takes (names, headlines,
// tags, filter values), beyond being UTF-8.

// hasControl reports whether s has a control character (C0, DEL or C1):
// line breaks and the like, which no single-line field holds.
func hasControl(s string) bool {
	for _, r := range s {
		if unicode.IsControl(r) {
			return true
		}
	}
	return false
}

// hasBidiControl reports whether s has a bidirectional control character
// (U+202A-U+202E, U+2066-U+2069, U+200E, U+200F, U+061C). Right-to-left
// text needs none of them to show correctly; they are how a name is made to
// show as something other than what it is ("Karan\u202Efdp.exe").
func hasBidiControl(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Bidi_Control, r) {
			return true
		}
	}
	return false
}

// visible reports whether s has at least one character that shows: not
// white space, not a format character (U+200B zero-width space, U+FEFF,
// U+00AD soft hyphen), not a character Unicode says to ignore when it
// cannot be shown (Hangul fillers, variation selectors), not a combining
// mark with nothing to combine with, and not the blank braille pattern.
func visible(s string) bool {
	for _, r := range s {
		if !invisible(r) {
			return true
		}
	}
	return false
}

func invisible(r rune) bool {
	return unicode.IsSpace(r) || r == '\u2800' ||
		unicode.In(r, unicode.Cc, unicode.Cf, unicode.Mn, unicode.Me, unicode.Variation_Selector, unicode.Other_Default_Ignorable_Code_Point)
}
