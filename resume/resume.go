// Package resume reads resumes: it recognises a file's type from its
// bytes, extracts its text in reading order (PDF through a vendored and
// extended pure-Go reader plus a layout layer of ours, DOCX and ODT from
// their XML, plain text as is), and parses the text into JSON Resume fields
// (jsonresume.org) with source facts and warnings beside them.
//
// Everything here is a pure function over bytes: no HTTP, no files, no
// globals that change. A parse runs under the caller's context and a
// memory budget of its own, and recovers from any panic in the readers, so
// a hostile file ends in a RESUME_UNREADABLE error, never a crash or a hang.
package resume

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/resume/internal/pdf"
)

// MaxFileBytes is the largest resume accepted (4 MiB): Lambda's 6 MB
// payload limit leaves room for that after base64.
const MaxFileBytes = 4 << 20

// DefaultTimeout bounds a parse whose context has no earlier deadline.
const DefaultTimeout = 10 * time.Second

// document is the extracted text of a file, before parsing.
type document struct {
	format   string // "pdf", "docx", "odt", "txt"
	producer string
	pages    int
	blocks   int
	lines    []Line
	links    []string // hyperlink targets (DOCX), for links whose text differs
	warnings []string
}

func (d *document) warn(w string) {
	for _, x := range d.warnings {
		if x == w {
			return
		}
	}
	d.warnings = append(d.warnings, w)
}

func unreadable(format string, args ...any) error {
	return ats.Errorf(ats.CodeResumeUnreadable, format, args...)
}

// Parse reads a resume file and parses it. The file's type is sniffed from
// its bytes; a type that can be stored but not parsed (DOC, RTF) and any
// unreadable file give a RESUME_UNREADABLE error saying why, an unknown
// type UNSUPPORTED_MEDIA_TYPE, an oversize file BODY_TOO_LARGE.
func Parse(ctx context.Context, data []byte) (*Result, error) {
	f, err := Sniff(data)
	if err != nil {
		return nil, err
	}
	doc, err := extract(ctx, f, data)
	if err != nil {
		return nil, err
	}
	return parseDocument(doc), nil
}

// extract reads the text of a file whose format Sniff found.
func extract(ctx context.Context, f Format, data []byte) (doc *document, err error) {
	if len(data) > MaxFileBytes {
		return nil, TooLarge()
	}
	if _, ok := ctx.Deadline(); !ok {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, DefaultTimeout)
		defer cancel()
	}
	defer func() {
		if x := recover(); x != nil {
			doc = nil
			err = fromPanic(ctx, x)
		}
	}()
	switch f.Name {
	case "pdf":
		doc, err = extractPDF(ctx, data)
	case "docx":
		doc, err = extractDOCX(ctx, data)
	case "odt":
		doc, err = extractODT(ctx, data)
	case "txt":
		doc, err = extractTXT(data)
	default:
		return nil, unreadable("%s files are accepted for upload but cannot be parsed; send a PDF, DOCX, ODT or plain text file.", f.Label)
	}
	if err != nil {
		return nil, classify(ctx, err)
	}
	for i := range doc.lines {
		doc.lines[i].Text = cleanText(doc.lines[i].Text)
	}
	return doc, nil
}

// classify maps the readers' guard errors to what a caller is told.
func classify(ctx context.Context, err error) error {
	switch {
	case ctx.Err() != nil || errors.Is(err, pdf.ErrDeadline):
		return deadlinePassed()
	case errors.Is(err, pdf.ErrBudget) || errors.Is(err, errBudget):
		return unreadable("The file expands to more data than a resume can hold (over the parser's memory budget); it may be a decompression bomb.")
	}
	var e *ats.Error
	if errors.As(err, &e) {
		return err
	}
	return unreadable("The file is malformed and could not be read (%s).", errSummary(err))
}

// fromPanic turns a reader's panic into an error the caller can act on.
func fromPanic(ctx context.Context, x any) error {
	if e, ok := x.(error); ok {
		return classify(ctx, e)
	}
	if ctx.Err() != nil {
		return deadlinePassed()
	}
	return unreadable("The file is malformed and could not be read (%s).", summarizePanic(x))
}

func deadlinePassed() error {
	return unreadable("The file took too long to read (over the parse deadline); it may be malformed or hostile.")
}

func summarizePanic(x any) string { return shorten(fmt.Sprint(x)) }

// Text returns a file's extracted text in reading order, one line per
// line, tabs between the fields of a line (a title and its right-aligned
// dates). It is what Parse reads.
func Text(ctx context.Context, data []byte) (string, error) {
	f, err := Sniff(data)
	if err != nil {
		return "", err
	}
	doc, err := extract(ctx, f, data)
	if err != nil {
		return "", err
	}
	var b strings.Builder
	for _, l := range doc.lines {
		b.WriteString(l.Text)
		b.WriteByte('\n')
	}
	return b.String(), nil
}
