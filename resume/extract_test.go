package resume

import (
	"archive/zip"
	"bytes"
	"context"
	"strings"
	"testing"
)

// What extraction must get right, producer by producer (resumes.md §4-5).
func TestExtractedText(t *testing.T) {
	tests := []struct {
		file    string
		want    []string // present, exactly once
		notWant []string
	}{
		// pdfTeX writes no spaces: they come from glyph positions
		{"chen-pdftex.pdf", []string{"Backend engineer with eight years of experience building payment and logistics platforms in Go and Python."}, nil},
		// OT1 fonts draw é as e plus a separate accent glyph
		{"delaroche-pdftex.pdf", []string{"Jean-Baptiste de la Roche", "Lycée Louis-le-Grand", "Économie"}, []string{"´"}},
		// T1 fonts (Times), German umlauts and ß-free words
		{"hoffmann-pdftex.pdf", []string{"Technische Universität Berlin", "Plattform für über 300 Microservices"}, nil},
		// Chromium: ligatures expanded, page transform honoured (top first)
		{"chen-chromium-one.pdf", []string{"Mandarin (Professional working proficiency)", "AWS Certified Solutions Architect"}, []string{"\ufb01"}},
		// fpdf-style UTF-8 fonts with one wide ToUnicode range: smart
		// quotes, arrows and Cyrillic survive
		{"sokolova-gofpdf.pdf", []string{"(русский ↔", "“translation memory first”"}, nil},
		// ReportLab's standard fonts have no Widths array
		{"keller-reportlab.pdf", []string{"Thomas Keller", "+41 44 555 01 23", "Maschinenbauingenieur mit Erfahrung"}, nil},
		// LibreOffice PDF export
		{"hoffmann-libreoffice.pdf", []string{"Plattformen für den Onlinehandel.", "Senior DevOps Engineer, Zalando SE\tMärz 2021 – heute"}, nil},
		// DOCX: a label in a text box (Choice and Fallback) read once, a
		// tracked deletion not read, tab-stop definitions not turned into
		// tabs, the footer's contact line read
		{"hoffmann-docx.docx", []string{"Lukas Hoffmann\nDevOps Engineer\n", "lukas.hoffmann@example.com | +49 (0)30 1234 5678"}, []string{"DevOps Engineer\nDevOps Engineer", "Obsolete wording", "\n\t"}},
		// DOCX in the Strict namespace
		{"laurent-docx-strict.docx", []string{"Élodie Laurent\n", "Chargée de recrutement, Airbus"}, nil},
		// DOCX written by LibreOffice from HTML
		{"vanderberg-libreoffice-docx.docx", []string{"Willem van der Berg", "Heineken"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			text, err := Text(context.Background(), mustRead(t, "testdata/resumes/"+tt.file))
			if err != nil {
				t.Fatal(err)
			}
			for _, w := range tt.want {
				if n := strings.Count(text, w); n != 1 {
					t.Errorf("%q found %d times, want once in:\n%s", w, n, text)
				}
			}
			for _, w := range tt.notWant {
				if strings.Contains(text, w) {
					t.Errorf("%q found, want it absent", w)
				}
			}
		})
	}
}

// Link targets that differ from their text (Chromium's link annotations,
// DOCX hyperlink relationships) become profiles.
func TestLinkTargets(t *testing.T) {
	for _, f := range []string{"chen-chromium-one.pdf", "vanderberg-libreoffice-docx.docx"} {
		res, err := Parse(context.Background(), mustRead(t, "testdata/resumes/"+f))
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Resume.Basics.Profiles) == 0 || !strings.HasPrefix(res.Resume.Basics.Profiles[0].URL, "https://") {
			t.Errorf("%s: profiles %+v, want the link targets", f, res.Resume.Basics.Profiles)
		}
	}
}

// Tracked changes: deleted and moved-away text is not the document's.
func TestDOCXTrackedChanges(t *testing.T) {
	body := `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` +
		`<w:p><w:r><w:t>Maya Chen</w:t></w:r></w:p>` +
		`<w:p><w:del w:id="1"><w:r><w:t>Deleted words</w:t></w:r></w:del><w:r><w:t>maya.chen@example.com, Boston, MA</w:t></w:r></w:p>` +
		`<w:p><w:moveFrom w:id="2"><w:r><w:t>Moved away</w:t></w:r></w:moveFrom><w:ins w:id="3"><w:r><w:t>Inserted words</w:t></w:r></w:ins></w:p>` +
		`</w:body></w:document>`
	text, err := Text(context.Background(), docxWith(t, body, nil))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(text, "Deleted") || strings.Contains(text, "Moved") || !strings.Contains(text, "Inserted words") {
		t.Errorf("text = %q; want insertions, no deletions or moved-away text", text)
	}
}

func TestODT(t *testing.T) {
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	w, _ := zw.CreateHeader(&zip.FileHeader{Name: "mimetype", Method: zip.Store})
	w.Write([]byte("application/vnd.oasis.opendocument.text"))
	w, _ = zw.Create("content.xml")
	w.Write([]byte(`<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text>` +
		`<text:p>Camille Dubois</text:p><text:p>camille.dubois@example.com<text:tab/>06 12 34 56 78<text:tab/>Lyon</text:p>` +
		`<text:h>Expérience professionnelle</text:h><text:p>Ingénieure data chez BlaBlaCar<text:tab/>depuis septembre 2018</text:p>` +
		`</office:text></office:body></office:document-content>`))
	zw.Close()
	res, err := Parse(context.Background(), b.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	w0 := Work{}
	if len(res.Resume.Work) == 1 {
		w0 = res.Resume.Work[0]
	}
	if res.Meta.Format != "odt" || res.Resume.Basics.Name != "Camille Dubois" || w0.Name != "BlaBlaCar" || w0.StartDate != "2018-09" || w0.EndDate != "" {
		t.Errorf("format %s, basics %+v, work %+v", res.Meta.Format, res.Resume.Basics, res.Resume.Work)
	}
}

// ZapfDingbats has an encoding of its own: a list drawn with its square
// bullet ('n') reads as a bullet, not as the letter n.
func TestDingbatsBullets(t *testing.T) {
	content := "BT /F1 12 Tf 50 800 Td (Maya Chen) Tj 0 -20 Td (maya.chen@example.com  Boston, MA) Tj ET " +
		"BT /F2 10 Tf 50 740 Td (n) Tj ET BT /F1 10 Tf 62 740 Td (Led the payments team.) Tj ET"
	objs := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> >>",
		stream("", content),
		helvetica,
		"<< /Type /Font /Subtype /Type1 /BaseFont /ZapfDingbats >>",
	}
	text, err := Text(context.Background(), buildPDF(objs...))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(text, "■\tLed the payments team.") && !strings.Contains(text, "■ Led the payments team.") {
		t.Errorf("the Dingbats bullet is not read as one:\n%s", text)
	}
}

// pdfTeX's bitmap fonts (T1 encoding without scalable fonts installed)
// name their glyphs by code only ("/a97"): read through TeX's T1 (Cork)
// encoding, accents included.
func TestBitmapFontCodeNames(t *testing.T) {
	widths := strings.TrimSpace(strings.Repeat("50 ", 233-32+1))
	content := "BT /F1 12 Tf 50 800 Td (Maya Chen maya.chen@example.com) Tj ET BT /F2 12 Tf 50 760 Td (Hi th\\351re) Tj ET"
	objs := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> >>",
		stream("", content),
		helvetica,
		"<< /Type /Font /Subtype /Type3 /FontMatrix [0.01 0 0 0.01 0 0] /FontBBox [0 0 60 60] /CharProcs << >> " +
			"/Encoding << /Type /Encoding /Differences [32 /a32 72 /a72 101 /a101 104 /a104 105 /a105 114 /a114 116 /a116 233 /a233] >> " +
			"/FirstChar 32 /LastChar 233 /Widths [" + widths + "] >>",
	}
	text, err := Text(context.Background(), buildPDF(objs...))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(text, "Hi thére") {
		t.Errorf("the bitmap font's text is not read:\n%s", text)
	}
}
