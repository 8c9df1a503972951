package resume

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/atsbridge/atsbridge/resume/internal/pdf"
)

// The corpus's sidebar layouts (Chromium, CSS grid) are read column by
// column and say so; one-column files, and the tabular CV whose dates sit
// in a left column beside each entry, are not split.
func TestColumnsAreFoundWhereTheyAre(t *testing.T) {
	for _, c := range loadCorpus(t) {
		if !strings.HasSuffix(c.truth.Producer, "chromium") && c.truth.Producer != "pdftex" && c.truth.Producer != "reportlab" {
			continue
		}
		res, err := Parse(context.Background(), c.data)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		want := strings.Contains(c.name, "sidebar")
		if got := slices.Contains(res.Meta.Warnings, "two-column layout"); got != want {
			t.Errorf("%s: two-column warning %v, want %v", c.name, got, want)
		}
	}
}

// Reading order in a sidebar layout: the whole sidebar, then the whole
// main column, not lines of both interleaved.
func TestSidebarReadColumnByColumn(t *testing.T) {
	data := mustRead(t, "testdata/resumes/bennett-chromium-sidebar-left.pdf")
	text, err := Text(context.Background(), data)
	if err != nil {
		t.Fatal(err)
	}
	order := []string{"Oliver Bennett-Hughes", "CONTACT", "oliver.bh@example.com", "TECHNICAL SKILLS", "LANGUAGES", "French (Intermediate)", "PROFILE", "WORK EXPERIENCE", "Monzo", "Deliveroo", "Accenture", "EDUCATION"}
	last := -1
	for _, w := range order {
		i := strings.Index(text, w)
		if i <= last {
			t.Fatalf("%q at %d, not after the previous (%d):\n%s", w, i, last, text)
		}
		last = i
	}
}

// glyphRun lays out text as glyphs of one size on one baseline: each
// letter w wide, gap apart; a space is a drawn space glyph of its own
// width, or (in word) none at all when the producer draws no spaces.
func glyphRun(text string, size, w, gap float64, drawSpaces bool) []pdf.Glyph {
	var out []pdf.Glyph
	x := 0.0
	for _, r := range text {
		if r == ' ' {
			if drawSpaces {
				out = append(out, pdf.Glyph{X: x, W: 0.25 * size, Size: size, S: " ", Space: true})
			}
			x += 0.25*size + gap
			continue
		}
		out = append(out, pdf.Glyph{X: x, W: w, Size: size, S: string(r)})
		x += w + gap
	}
	return out
}

func segmentTexts(segs []*segment) []string {
	var out []string
	for _, s := range segs {
		out = append(out, s.text.String())
	}
	return out
}

// Word spaces come from glyph positions, measured against the spacing a
// run's letters have anyway: letter-spaced headings stay whole words.
func TestSplitLineSpaces(t *testing.T) {
	soft := glyphRun("acqui sition", 10, 5, 0, true)
	for i := 6; i < len(soft); i++ {
		soft[i].X -= soft[5].W // Chromium's soft hyphen: a space that takes no room
	}
	tests := []struct {
		name   string
		glyphs []pdf.Glyph
		want   []string
	}{
		{"pdfTeX, no space glyphs", glyphRun("two words", 10, 5, 0, false), []string{"two words"}},
		{"letter-spaced, drawn spaces", glyphRun("SELECTED TALKS", 10, 6, 1.4, true), []string{"SELECTED TALKS"}},
		{"letter-spaced, no space glyphs", glyphRun("WORK EXPERIENCE", 10, 6, 2.1, false), []string{"WORK EXPERIENCE"}},
		{"a space that takes no room", soft, []string{"acquisition"}},
		{"a wide gap splits segments", append(glyphRun("Engineer", 10, 5, 0, false), pdf.Glyph{X: 200, W: 5, Size: 10, S: "2"}), []string{"Engineer", "2"}},
	}
	for _, tt := range tests {
		if got := segmentTexts(splitLine(tt.glyphs)); !slices.Equal(got, tt.want) {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
}

// Running headers and footers go, numbered ones too; date lines at the
// top of pages stay.
func TestDropRepeated(t *testing.T) {
	var lines []Line
	for p := 1; p <= 3; p++ {
		lines = append(lines,
			Line{Text: fmt.Sprintf("Jane Doe · Curriculum vitae · Page %d of 3", p), Page: p},
			Line{Text: fmt.Sprintf("201%d – Present", p), Page: p},
			Line{Text: fmt.Sprintf("Body line %c", 'A'+p), Page: p},
			Line{Text: "jane@example.com", Page: p},
		)
	}
	var got []string
	for _, l := range dropRepeated(lines, 3) {
		got = append(got, l.Text)
	}
	want := []string{"Jane Doe · Curriculum vitae · Page 1 of 3", "2011 – Present", "Body line B", "jane@example.com",
		"2012 – Present", "Body line C", "2013 – Present", "Body line D"}
	if !slices.Equal(got, want) {
		t.Errorf("got %q,\nwant %q", got, want)
	}
}

// TeX sets an accented i as a dotless i and a combining mark; it reads as
// the accented letter, while a dotless i alone (Turkish) stays.
func TestCleanTextDotlessI(t *testing.T) {
	for in, want := range map[string]string{
		"Ma\u0131\u0302tre d’hôtel": "Maître d’hôtel",
		"Ingenier\u0131\u0301a":     "Ingeniería",
		"Kırmızı":                   "Kırmızı",
	} {
		if got := cleanText(in); got != want {
			t.Errorf("cleanText(%q) = %q, want %q", in, got, want)
		}
	}
}
