package resume

import (
	"context"
	"slices"
	"strings"
	"testing"
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
