package resume

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strings"

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
// several pages is kept on the first only.
func dropRepeated(lines []Line, pages int) []Line {
	if pages < 2 {
		return lines
	}
	seenOn := map[string]map[int]bool{}
	for _, l := range lines {
		k := strings.ToLower(strings.Join(strings.Fields(l.Text), " "))
		if seenOn[k] == nil {
			seenOn[k] = map[int]bool{}
		}
		seenOn[k][l.Page] = true
	}
	kept := map[string]bool{}
	out := lines[:0]
	for _, l := range lines {
		k := strings.ToLower(strings.Join(strings.Fields(l.Text), " "))
		if len(seenOn[k]) >= 2 && len(k) > 3 {
			if kept[k] {
				continue
			}
			kept[k] = true
		}
		out = append(out, l)
	}
	return out
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

func errSummary(err error) string {
	s := err.Error()
	if len(s) > 80 {
		s = s[:80] + "..."
	}
	return s
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			return s
		}
	}
	return ""
}
