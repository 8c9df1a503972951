package resume

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"compress/zlib"
	"context"
	"fmt"
	"hash/crc32"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/atsbridge/atsbridge/ats"
)

// buildPDF writes a PDF whose objects are objs (object i+1 is objs[i]),
// with a correct cross-reference table, and the catalog as object 1.
func buildPDF(objs ...string) []byte {
	var b bytes.Buffer
	b.WriteString("%PDF-1.7\n")
	offsets := make([]int, len(objs))
	for i, o := range objs {
		offsets[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, off := range offsets {
		fmt.Fprintf(&b, "%010d 00000 n \n", off)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, xref)
	return b.Bytes()
}

func stream(dict, data string) string {
	return fmt.Sprintf("<< %s /Length %d >>\nstream\n%s\nendstream", dict, len(data), data)
}

const helvetica = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"

// onePage is a minimal valid resume-like page, to build variations on.
func onePage(content string, extra ...string) []byte {
	objs := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> /XObject << /X1 6 0 R >> >> >>",
		stream("", content),
		helvetica,
	}
	return buildPDF(append(objs, extra...)...)
}

const goodText = "BT /F1 12 Tf 50 800 Td (Maya Chen) Tj 0 -20 Td (maya.chen@example.com  Boston, MA) Tj 0 -30 Td (Experience) Tj ET"

// wantUnreadable checks that a parse ends in RESUME_UNREADABLE whose
// message contains each of words.
func wantUnreadable(t *testing.T, data []byte, words ...string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	res, err := Parse(ctx, data)
	if err == nil {
		t.Fatalf("parsed (%+v), want RESUME_UNREADABLE", res.Resume.Basics)
	}
	if code := ats.ErrorCode(err); code != ats.CodeResumeUnreadable {
		t.Fatalf("got %s (%v), want RESUME_UNREADABLE", code, err)
	}
	for _, w := range words {
		if !strings.Contains(strings.ToLower(err.Error()), strings.ToLower(w)) {
			t.Errorf("message %q does not say %q", err.Error(), w)
		}
	}
}

func readNegative(t *testing.T, name string) []byte {
	t.Helper()
	data, err := os.ReadFile("testdata/negative/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func TestBuildPDFIsReadable(t *testing.T) {
	// The hostile cases below are variations on this file: it must parse,
	// or they would prove nothing.
	res, err := Parse(context.Background(), onePage(goodText, stream("/Type /XObject /Subtype /Form /BBox [0 0 10 10]", "")))
	if err != nil {
		t.Fatal(err)
	}
	if res.Resume.Basics.Name != "Maya Chen" || res.Resume.Basics.Email != "maya.chen@example.com" {
		t.Errorf("basics = %+v, want Maya Chen, maya.chen@example.com", res.Resume.Basics)
	}
}

func TestHostilePDF(t *testing.T) {
	nested := strings.Repeat("[", 100000) + strings.Repeat("]", 100000)
	tests := []struct {
		name  string
		data  []byte
		words []string
	}{
		{"scan without a text layer", readNegative(t, "scan.pdf"), []string{"no text layer", "OCR"}},
		{"password-protected", readNegative(t, "password.pdf"), []string{"password"}},
		{"AES-256 encrypted", readNegative(t, "aes256.pdf"), []string{"encrypt"}},
		{"truncated", readNegative(t, "truncated.pdf"), []string{"damaged or truncated"}},
		{"deeply nested arrays", buildPDF(
			"<< /Type /Catalog /Pages 2 0 R >>",
			"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
			"<< /Type /Page /Parent 2 0 R /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> /Annots 6 0 R >>",
			stream("", goodText), helvetica, nested), nil},
		{"form XObject drawing itself", onePage("/X1 Do "+goodText, stream("/Type /XObject /Subtype /Form /BBox [0 0 10 10] /Resources << /XObject << /X1 6 0 R >> >>", "/X1 Do")), nil},
		{"page tree whose kids are itself", buildPDF(
			"<< /Type /Catalog /Pages 2 0 R >>",
			"<< /Type /Pages /Kids [2 0 R 2 0 R] /Count 1 >>"), []string{"no pages"}},
		{"object stream that extends itself", buildPDF(
			"<< /Type /Catalog /Pages 2 0 R >>",
			stream("/Type /ObjStm /N 1 /First 4 /Extends 2 0 R", "9 0 << >>")), nil},
		{"flate bomb form", onePage("/X1 Do "+goodText, flateBomb(72<<20)), []string{"memory budget"}},
		{"only a header", []byte("%PDF-1.7\n"), []string{"damaged"}},
		{"garbage after the header", append([]byte("%PDF-1.4\n"), bytes.Repeat([]byte{0xff, 0x00, 0x7f}, 5000)...), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { wantUnreadable(t, tt.data, tt.words...) })
	}
}

// flateBomb is an image XObject stream that inflates to n zero bytes from
// a few hundred kilobytes; the page draws it and a budget must stop it.
func flateBomb(n int) string {
	var z bytes.Buffer
	fw, _ := zlib.NewWriterLevel(&z, zlib.BestCompression)
	zero := make([]byte, 1<<20)
	for i := 0; i < n>>20; i++ {
		fw.Write(zero)
	}
	fw.Close()
	return stream("/Type /XObject /Subtype /Form /BBox [0 0 10 10] /Filter /FlateDecode", z.String())
}

func TestFlateBombIsDrawn(t *testing.T) {
	// The bomb case only proves the budget if the page really inflates it:
	// the same stream under the budget's size must parse.
	data := onePage("/X1 Do "+goodText, flateBomb(8<<20))
	if _, err := Parse(context.Background(), data); err != nil {
		t.Fatalf("an 8 MiB form: %v", err)
	}
	wantUnreadable(t, onePage("/X1 Do "+goodText, flateBomb(72<<20)), "memory budget")
}

func TestEncryptedWithoutUserPasswordParses(t *testing.T) {
	// Only an owner password: anyone may open it, so it must be read.
	res, err := Parse(context.Background(), readNegative(t, "owner-only.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	if res.Resume.Basics.Email != "maya.chen@example.com" {
		t.Errorf("email = %q, want maya.chen@example.com", res.Resume.Basics.Email)
	}
}

func TestInvoiceParsesWithAWarning(t *testing.T) {
	res, err := Parse(context.Background(), readNegative(t, "invoice.pdf"))
	if err != nil {
		t.Fatalf("an invoice is a readable document: %v", err)
	}
	found := false
	for _, w := range res.Meta.Warnings {
		if strings.Contains(w, "may not be a resume") {
			found = true
		}
	}
	if !found || len(res.Resume.Work) != 0 {
		t.Errorf("warnings %q, work %v; want a may-not-be-a-resume warning and no work", res.Meta.Warnings, res.Resume.Work)
	}
}

func TestParseDeadline(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	data, _ := os.ReadFile("testdata/resumes/chen-pdftex.pdf")
	wantUnreadableCtx(t, ctx, data, "deadline")
}

func wantUnreadableCtx(t *testing.T, ctx context.Context, data []byte, word string) {
	t.Helper()
	_, err := Parse(ctx, data)
	if ats.ErrorCode(err) != ats.CodeResumeUnreadable || !strings.Contains(err.Error(), word) {
		t.Fatalf("got %v, want RESUME_UNREADABLE saying %q", err, word)
	}
}

// docxWith builds a DOCX-typed zip whose document part is body; extra
// entries follow.
func docxWith(t testing.TB, body string, extra func(zw *zip.Writer)) []byte {
	t.Helper()
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	w, _ := zw.Create("[Content_Types].xml")
	w.Write([]byte(`<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`))
	w, _ = zw.Create("word/document.xml")
	w.Write([]byte(body))
	if extra != nil {
		extra(zw)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

const docxBody = `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Maya Chen</w:t></w:r></w:p><w:p><w:r><w:t>maya.chen@example.com, Boston, MA</w:t></w:r></w:p></w:body></w:document>`

func TestHostileDOCX(t *testing.T) {
	bigZeros := func(zw *zip.Writer) {
		w, _ := zw.Create("word/media/pad.bin")
		zero := make([]byte, 1<<20)
		for i := 0; i < 40; i++ {
			w.Write(zero)
		}
	}
	manyEntries := func(zw *zip.Writer) {
		for i := 0; i < 1500; i++ {
			zw.Create(fmt.Sprintf("word/x%d.xml", i))
		}
	}
	renamed := func() []byte {
		var b bytes.Buffer
		zw := zip.NewWriter(&b)
		w, _ := zw.Create("notes.txt")
		w.Write([]byte("not a document"))
		zw.Close()
		return b.Bytes()
	}()
	ok := docxWith(t, docxBody, nil)
	tests := []struct {
		name string
		data []byte
		code ats.Code
		word string
	}{
		{"declared size over the budget", docxWith(t, docxBody, bigZeros), ats.CodeResumeUnreadable, "memory budget"},
		// archive/zip itself refuses an entry longer than declared
		{"real size over the declared size", lyingZip(t, 40<<20), ats.CodeResumeUnreadable, "damaged"},
		{"too many entries", docxWith(t, docxBody, manyEntries), ats.CodeResumeUnreadable, "entries"},
		{"truncated", ok[:len(ok)/2], ats.CodeResumeUnreadable, "truncated"},
		{"a renamed zip", renamed, ats.CodeUnsupportedMediaType, "not a DOCX"},
		{"XML nested too deeply", docxWith(t, `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">`+strings.Repeat("<w:p>", 5000)+`</w:document>`, nil), ats.CodeResumeUnreadable, "nested"},
		{"empty", []byte{}, ats.CodeResumeUnreadable, "empty"},
		{"oversize", append([]byte("PK\x03\x04"), make([]byte, MaxFileBytes)...), ats.CodeBodyTooLarge, "4 MiB"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse(context.Background(), tt.data)
			if ats.ErrorCode(err) != tt.code || !strings.Contains(err.Error(), tt.word) {
				t.Fatalf("got %v, want %s saying %q", err, tt.code, tt.word)
			}
		})
	}
	if _, err := Parse(context.Background(), ok); err != nil {
		t.Errorf("the valid DOCX these are built on: %v", err)
	}
}

// lyingZip is a DOCX whose document entry declares 100 bytes but inflates
// to n bytes: the budget must count real bytes, not trust the header.
func lyingZip(t *testing.T, n int) []byte {
	t.Helper()
	var raw bytes.Buffer
	fw, _ := flate.NewWriter(&raw, flate.BestCompression)
	body := []byte(`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>`)
	fw.Write(body)
	crc := crc32.ChecksumIEEE(body)
	chunk := bytes.Repeat([]byte("a"), 1<<20)
	for i := 0; i < n>>20; i++ {
		fw.Write(chunk)
		crc = crc32.Update(crc, crc32.IEEETable, chunk)
	}
	fw.Close()
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	w, _ := zw.Create("[Content_Types].xml")
	w.Write([]byte(`<Types><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`))
	hw, err := zw.CreateRaw(&zip.FileHeader{Name: "word/document.xml", Method: zip.Deflate, CRC32: crc,
		CompressedSize64: uint64(raw.Len()), UncompressedSize64: 100})
	if err != nil {
		t.Fatal(err)
	}
	hw.Write(raw.Bytes())
	zw.Close()
	return b.Bytes()
}

func TestUnparsableTypes(t *testing.T) {
	tests := []struct {
		name string
		data []byte
		code ats.Code
		word string
	}{
		{"DOC", append([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, make([]byte, 600)...), ats.CodeResumeUnreadable, "cannot be parsed"},
		{"RTF", []byte(`{\rtf1\ansi Maya Chen\par}`), ats.CodeResumeUnreadable, "cannot be parsed"},
		{"PNG", append([]byte("\x89PNG\r\n\x1a\n"), make([]byte, 100)...), ats.CodeUnsupportedMediaType, "PDF, DOCX"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse(context.Background(), tt.data)
			if ats.ErrorCode(err) != tt.code || !strings.Contains(err.Error(), tt.word) {
				t.Fatalf("got %v, want %s saying %q", err, tt.code, tt.word)
			}
		})
	}
}

func TestPlainTextResume(t *testing.T) {
	text := "MAYA CHEN\nmaya.chen@example.com | (617) 555-0199 | Boston, MA\n\nEXPERIENCE\nSenior Software Engineer at Wayfair\tMar 2021 – Present\n- Led the order service migration to Go.\n\nEDUCATION\nNortheastern University\t2013 – 2017\nBachelor of Science, Computer Science\n"
	res, err := Parse(context.Background(), []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	b := res.Resume.Basics
	if b.Name != "Maya Chen" || b.Phone != "(617) 555-0199" || len(res.Resume.Work) != 1 || res.Resume.Work[0].Name != "Wayfair" || res.Meta.Format != "txt" {
		t.Errorf("got %+v work %+v format %s", b, res.Resume.Work, res.Meta.Format)
	}
}

func mustRead(t *testing.T, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// A referee's contact details are never taken for the candidate's, even
// when the candidate gave none.
func TestRefereeIsNotTheCandidate(t *testing.T) {
	text := "Thomas Keller\nZürich\n\nBerufserfahrung\nProjektleiter bei ABB Schweiz AG\tseit 01/2018\n\nReferenzen\nDr. Martina Graf, martina.graf@example.org, +41 56 555 02 11\n"
	res, err := Parse(context.Background(), []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	if b := res.Resume.Basics; b.Email != "" || b.Phone != "" {
		t.Errorf("email %q, phone %q; want neither (they are the referee's)", b.Email, b.Phone)
	}
}
