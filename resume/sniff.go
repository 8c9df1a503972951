package resume

import (
	"archive/zip"
	"bytes"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/atsbridge/atsbridge/ats"
)

// Format is a resume file type recognised from its bytes.
type Format struct {
	Name      string // "pdf", "docx", "odt", "doc", "rtf", "txt"
	MediaType string // the registered media type
	Label     string // for messages: "PDF", "Word 97-2003 (DOC)"
	Parsable  bool   // Parse can read it (DOC and RTF are stored, not parsed)
}

// The formats accepted for upload. Sniff returns one of these.
var (
	FormatPDF  = Format{"pdf", "application/pdf", "PDF", true}
	FormatDOCX = Format{"docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "DOCX", true}
	FormatODT  = Format{"odt", "application/vnd.oasis.opendocument.text", "ODT", true}
	FormatDOC  = Format{"doc", "application/msword", "Word 97-2003 (DOC)", false}
	FormatRTF  = Format{"rtf", "application/rtf", "RTF", false}
	FormatTXT  = Format{"txt", "text/plain", "plain text", true}
)

// AcceptedTypes names the accepted types for error messages.
const AcceptedTypes = "PDF, DOCX, DOC, RTF, ODT or plain text"

// maxZipEntries bounds the entries of a DOCX or ODT: Word writes about 15.
const maxZipEntries = 1000

// Sniff recognises a resume's type from its content alone (magic bytes,
// and for zip files the package's declared content types), never from a
// file name or a client's Content-Type. Errors: BODY_TOO_LARGE over
// MaxFileBytes, RESUME_UNREADABLE for an empty file or a broken zip,
// UNSUPPORTED_MEDIA_TYPE for anything that is not an accepted type.
func Sniff(data []byte) (Format, error) {
	switch {
	case len(data) > MaxFileBytes:
		return Format{}, TooLarge()
	case len(bytes.TrimSpace(data)) == 0:
		return Format{}, unreadable("The file is empty.")
	case bytes.Contains(data[:min(len(data), 1024)], []byte("%PDF-")):
		return FormatPDF, nil
	case bytes.HasPrefix(data, []byte("PK\x03\x04")) || bytes.HasPrefix(data, []byte("PK\x05\x06")):
		return sniffZip(data)
	case bytes.HasPrefix(data, []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}):
		return FormatDOC, nil
	case bytes.HasPrefix(data, []byte(`{\rtf`)):
		return FormatRTF, nil
	case looksLikeText(data):
		return FormatTXT, nil
	}
	return Format{}, unsupported("the file")
}

// TooLarge is the error for a file over MaxFileBytes.
func TooLarge() error {
	return ats.Errorf(ats.CodeBodyTooLarge, "The resume is larger than %d bytes (4 MiB); send a smaller file.", MaxFileBytes)
}

func unsupported(what string) error {
	return ats.Errorf(ats.CodeUnsupportedMediaType, "%s is not a resume type this API takes; send %s.", capitalize(what), AcceptedTypes)
}

func capitalize(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

func sniffZip(data []byte) (Format, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return Format{}, unreadable("The file is a damaged or truncated zip archive (a DOCX or ODT is a zip).")
	}
	if len(zr.File) > maxZipEntries {
		return Format{}, unreadable("The archive has %d entries, more than a document holds (at most %d).", len(zr.File), maxZipEntries)
	}
	if mt, ok := zipEntry(zr, "mimetype", 200); ok && strings.TrimSpace(string(mt)) == FormatODT.MediaType {
		return FormatODT, nil
	}
	ct, ok := zipEntry(zr, "[Content_Types].xml", 1<<20)
	if ok && bytes.Contains(ct, []byte("wordprocessingml.document.main+xml")) {
		return FormatDOCX, nil
	}
	if ok && bytes.Contains(ct, []byte("wordprocessingml.template.main+xml")) {
		return FormatDOCX, nil
	}
	return Format{}, unsupported("a zip archive that is not a DOCX or ODT document")
}

// zipEntry reads a small entry by name, at most limit bytes.
func zipEntry(zr *zip.Reader, name string, limit int64) ([]byte, bool) {
	for _, f := range zr.File {
		if f.Name != name {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			return nil, false
		}
		defer rc.Close()
		b, err := io.ReadAll(io.LimitReader(rc, limit))
		return b, err == nil
	}
	return nil, false
}

// looksLikeText accepts UTF-8 (or Latin-1 that is mostly printable) text
// with no NUL bytes.
func looksLikeText(data []byte) bool {
	sample := data[:min(len(data), 8192)]
	if bytes.IndexByte(sample, 0) >= 0 {
		return false
	}
	if utf8.Valid(sample) || utf8.Valid(sample[:max(0, len(sample)-3)]) {
		return true
	}
	printable := 0
	for _, c := range sample {
		if c >= 0x20 || c == '\n' || c == '\r' || c == '\t' {
			printable++
		}
	}
	return printable*100 >= len(sample)*97
}
