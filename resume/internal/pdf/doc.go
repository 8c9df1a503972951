// Package pdf is a PDF reader for text extraction, pure Go.
//
// The object layer (lex.go, ps.go, read.go, text.go, name.go, ascii85.go)
// is vendored from github.com/ledongthuc/pdf at commit 6c8c28e0e8a0
// (pseudo-version v0.0.0-20260907135840-6c8c28e0e8a0), itself a fork of
// rsc.io/pdf; BSD-3-Clause, see LICENSE (kept as it came). It is vendored,
// not required, because text extraction needed changes the upstream API
// cannot take from outside:
//
//   - limits.go (ours): a deadline and a budget of decoded bytes checked
//     while streams inflate, a bounded xref table, cached object streams
//     (upstream re-inflated an object stream for every object in it) and
//     cached objects, bounded Extends and Prev chains;
//   - read.go: PDF 2.0 headers accepted, short files refused cleanly,
//     stream lengths clamped to the file, os.Open dropped;
//   - ps.go: a bounded operand stack and a deadline tick per token;
//   - text.go: odd-length UTF-16 no longer panics;
//   - page.go dropped and replaced by font.go and content.go (ours): per
//     code decoding and widths for two-byte Type0 fonts, ToUnicode ranges
//     computed on whole code units (upstream lost every character above
//     U+00FF in one-wide-range maps), standard 14 font widths (std14.go)
//     for fonts without a Widths array, Type3 font matrices, Form
//     XObjects to a bounded depth, and page trees walked with a visited set.
//
// The layout of glyphs into words, lines and columns lives in package
// resume.
package pdf
