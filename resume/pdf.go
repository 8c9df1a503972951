package resume

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/atsbridge/atsbridge/resume/internal/pdf"
)

// maxDecodedPDF is the memory budget of one PDF: the bytes its streams may
// decode to, all together. Real resumes stay far below (a Chromium resume
// with embedded fonts decodes to about 1 MB).
const maxDecodedPDF = 64 << 20

// maxGlyphsPDF bounds the glyphs kept over all pages.
const maxGlyphsPDF = 400_000

// extractPDF reads the text layer of a PDF into lines in reading order.
func extractPDF(ctx context.Context, data []byte) (*document, error) {
	r, err := pdf.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		switch {
		case errors.Is(err, pdf.ErrInvalidPassword):
			return nil, unreadable("The PDF is password-protected; send it without a password.")
		case strings.Contains(err.Error(), "encryption"):
			return nil, unreadable("The PDF is encrypted with a method this parser does not support; send it without encryption.")
		case errors.Is(err, pdf.ErrDeadline):
			return nil, err
		}
		return nil, unreadable("The PDF is damaged or truncated (%s).", errSummary(err))
	}
	r.SetLimits(ctx, maxDecodedPDF)
	doc := &document{format: "pdf", producer: firstNonEmpty(r.Info("Producer"), r.Info("Creator"))}
	pages := r.Pages()
	doc.pages = len(pages)
	if len(pages) == 0 {
		return nil, unreadable("The PDF has no pages.")
	}
	glyphs, images, columns := 0, 0, false
	for i, p := range pages {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		pc, err := pageContent(r, p)
		if err != nil {
			if errors.Is(err, pdf.ErrDeadline) || errors.Is(err, pdf.ErrBudget) {
				return nil, err
			}
			doc.warn(fmt.Sprintf("page %d could not be read (%s)", i+1, errSummary(err)))
			continue
		}
		doc.links = append(doc.links, pc.Links...)
		glyphs += len(pc.Glyphs)
		images += pc.Images
		if glyphs > maxGlyphsPDF {
			return nil, unreadable("The PDF holds more text than a resume (over %d characters).", maxGlyphsPDF)
		}
		lines, blocks, cols := layoutPage(pc, i+1, doc.blocks)
		doc.blocks += blocks
		columns = columns || cols
		doc.lines = append(doc.lines, lines...)
	}
	if countLetters(doc.lines) < 20 {
		if images > 0 {
			return nil, unreadable("The PDF has no text layer (it is a scan or an image); OCR is not done, so send the original PDF or a DOCX.")
		}
		return nil, unreadable("The PDF has no readable text.")
	}
	if columns {
		doc.warn("two-column layout")
	}
	doc.lines = dropRepeated(doc.lines, doc.pages)
	return doc, nil
}

// pageContent runs the content interpreter, turning its panics into errors.
func pageContent(r *pdf.Reader, p pdf.Value) (pc pdf.PageContent, err error) {
	defer func() {
		if x := recover(); x != nil {
			if e, ok := x.(error); ok {
				err = e
				return
			}
			err = fmt.Errorf("%v", x)
		}
	}()
	return r.Content(p), nil
}

// dropRepeated removes running headers and footers: a line repeated on
// several pages is kept on the first only, and so is one at the top or
// bottom of its page that differs from page to page only in its numbers
// ("Page 2 of 3").
func dropRepeated(lines []Line, pages int) []Line {
	if pages < 2 {
		return lines
	}
	edge := make([]bool, len(lines)) // among the first or last two lines of its page
	for i, l := range lines {
		edge[i] = i < 2 || i >= len(lines)-2 || lines[i-2].Page != l.Page || lines[i+2].Page != l.Page
	}
	seenOn := map[string]map[int]bool{}
	see := func(k string, page int) {
		if seenOn[k] == nil {
			seenOn[k] = map[int]bool{}
		}
		seenOn[k][page] = true
	}
	for i, l := range lines {
		see(lineKey(l.Text, false), l.Page)
		if edge[i] {
			see(lineKey(l.Text, true), l.Page)
		}
	}
	kept := map[string]bool{}
	out := lines[:0]
	for i, l := range lines {
		k := lineKey(l.Text, false)
		if r, dated := findRange(l.Text); !(len(seenOn[k]) >= 2 && len(k) > 3) && edge[i] && !(dated && len(r.text) < 3) {
			k = lineKey(l.Text, true) // but a date line is no running header
		}
		if len(seenOn[k]) >= 2 && len(k) > 3 && strings.ContainsFunc(k, unicode.IsLetter) {
			if kept[k] {
				continue
			}
			kept[k] = true
		}
		out = append(out, l)
	}
	return out
}

// lineKey is what two repeated lines share: the text in lower case with
// its spaces collapsed, and, for numbered ones, its digits as #.
func lineKey(s string, numbered bool) string {
	k := strings.ToLower(strings.Join(strings.Fields(s), " "))
	if numbered {
		k = "#" + strings.Map(func(r rune) rune {
			if unicode.IsDigit(r) {
				return '#'
			}
			return r
		}, k)
	}
	return k
}

func countLetters(lines []Line) int {
	n := 0
	for _, l := range lines {
		for _, r := range l.Text {
			if r > ' ' {
				n++
			}
		}
	}
	return n
}

// errSummary is an error's text cut short for a message to the caller.
func errSummary(err error) string { return shorten(err.Error()) }

// shorten cuts s to 80 bytes, backing off to a rune boundary so the
// message stays valid UTF-8.
func shorten(s string) string {
	if len(s) <= 80 {
		return s
	}
	n := 80
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "..."
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			return s
		}
	}
	return ""
}
