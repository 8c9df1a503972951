package resume

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// sectionLines returns the text of a section's lines with wrapped lines
// joined: a line that does not start a new item (no colon where the
// section's items have one, a lower-case start, or a trailing comma
// before it) continues the previous one.
func sectionLines(ls []pline, kind string) []string {
	var out []string
	var colonItems bool
	for _, l := range ls {
		if l.section != kind || l.heading || contactLike(l) || l.role == roleMotherTongue || l.role == roleOtherLanguages {
			continue
		}
		t := l.Text
		if strings.Contains(t, ":") {
			colonItems = true
		}
		if n := len(out); n > 0 && !l.bullet {
			prev := out[n-1]
			wrappedList := startsLower(t) && !strings.Contains(t, ":") && kind == secSkills && strings.ContainsAny(prev, ",;·|")
			if strings.HasSuffix(prev, ",") || strings.HasSuffix(prev, " –") || strings.HasSuffix(prev, " -") || (colonItems && !strings.Contains(t, ":") && strings.Contains(prev, ":")) || wrappedList {
				out[n-1] = prev + " " + t
				continue
			}
		}
		out = append(out, t)
	}
	return out
}

var reListSep = regexp.MustCompile(`\s*[,;•·|]\s*|\s+/\s+|\t|\s+–\s+`)

func parseSkills(ls []pline) []Skill {
	out := []Skill{}
	title := ""
	for _, l := range ls {
		if l.section == secSkills && l.heading {
			title = strings.TrimRight(strings.TrimSpace(l.Text), ":")
			break
		}
	}
	var loose []string
	for _, t := range sectionLines(ls, secSkills) {
		name, rest, ok := strings.Cut(t, ":")
		if ok && len(strings.Fields(name)) <= 5 {
			out = append(out, Skill{Name: strings.TrimSpace(name), Keywords: splitList(rest)})
			continue
		}
		loose = append(loose, splitList(t)...)
	}
	if len(loose) > 0 {
		out = append(out, Skill{Name: title, Keywords: loose})
	}
	return out
}

func splitList(s string) []string {
	out := []string{}
	for _, p := range reListSep.Split(s, -1) {
		p = strings.Trim(strings.TrimSpace(p), ".")
		if p != "" && len(p) < 60 {
			out = append(out, p)
		}
	}
	return out
}

var reLangItem = regexp.MustCompile(`^(\p{L}[\p{L} ]*?)\s*(?:\((.+)\)|[:–—-]\s*(.+))?$`)

// parseLanguages reads the languages section's items ("English (native)",
// "Deutsch – Muttersprache", "Français : courant", several on a line
// between separators or in cells of their own), and a form's mother
// tongue and other languages wherever they are.
func parseLanguages(ls []pline) []Language {
	out := []Language{}
	lines := sectionLines(ls, secLanguages)
	for _, l := range ls {
		switch {
		case l.role == roleMotherTongue:
			for _, it := range splitAny(l.Text, ",;\t") {
				lines = append(lines, strings.TrimSpace(it)+" – "+l.label)
			}
		case l.role == roleOtherLanguages:
			for _, it := range splitAny(l.Text, ",;\t") {
				lines = append(lines, strings.TrimSpace(it))
			}
		}
	}
	for _, t := range lines {
		items := []string{t}
		if strings.ContainsAny(t, "·•|;") || (strings.Count(t, ",") > 0 && strings.Count(t, "(") > 1) {
			items = splitOutside(t, "·•|;,") // "Anglais (courant, TOEIC 950) · Arabe (bilingue)"
		} else if d := reSpacedDash.Split(t, -1); len(d) > 1 && (strings.Count(t, "(") > 1 || allLanguages(d)) {
			items = d // "Français (langue maternelle) – Anglais (courant)", "Anglais : courant – Italien : notions"
		} else if cells := strings.Split(t, "\t"); len(cells) > 1 && allLanguages(cells) {
			items = cells // "Português: nativo\tInglês: C2"
		}
		for _, it := range items {
			it = strings.TrimSpace(strings.ReplaceAll(it, "\t", " – "))
			if f := strings.Fields(it); len(f) >= 2 && len(f) <= 4 && !strings.ContainsAny(it, "():–—-") && languageNames[strings.ToLower(f[0])] {
				// "Inglés C1", "Español nativo": the level after the
				// language with no separator (a column's gap lost)
				it = f[0] + " – " + strings.Join(f[1:], " ")
			}
			m := reLangItem.FindStringSubmatch(it)
			if m == nil {
				continue
			}
			lang := strings.TrimSpace(m[1])
			fluency := strings.TrimSpace(m[2] + m[3])
			if !hasWord(lang, languageNames) && (fluency == "" || len(strings.Fields(lang)) > 2) {
				continue // a footer's name, not a language
			}
			out = append(out, Language{Language: lang, Fluency: fluency})
		}
	}
	return out
}

// splitOutside splits s at any of seps outside brackets, dropping blank
// parts.
func splitOutside(s, seps string) []string {
	var out []string
	depth, from := 0, 0
	for i, r := range s {
		switch {
		case r == '(':
			depth++
		case r == ')' && depth > 0:
			depth--
		case depth == 0 && strings.ContainsRune(seps, r):
			if p := s[from:i]; strings.TrimSpace(p) != "" {
				out = append(out, p)
			}
			from = i + utf8.RuneLen(r)
		}
	}
	if p := s[from:]; strings.TrimSpace(p) != "" {
		out = append(out, p)
	}
	return out
}

var reSpacedDash = regexp.MustCompile(`\s+[–—-]\s+`)

// allLanguages says whether every cell starts with a language's name.
func allLanguages(cells []string) bool {
	for _, c := range cells {
		f := strings.Fields(c)
		if len(f) == 0 || !languageNames[strings.ToLower(strings.Trim(f[0], ":,"))] {
			return false
		}
	}
	return true
}

func parseCertificates(ls []pline) []Certificate {
	out := []Certificate{}
	for _, t := range sectionLines(ls, secCertificates) {
		out = append(out, certificateOf(t))
	}
	// certifications listed among the degrees
	for _, e := range entriesOf(ls, secEducation) {
		if certEntry(e) {
			var head []string
			for _, l := range e.head {
				head = append(head, l.Text)
			}
			out = append(out, certificateOf(strings.Join(head, ", ")))
		}
	}
	return out
}

// certificateOf reads a certificate's line: its name, issuer and date.
func certificateOf(t string) Certificate {
	c := Certificate{}
	t = strings.ReplaceAll(t, "\t", " — ")
	if r, ok := findRange(t); ok && !r.current {
		c.Date = string(r.start)
		t = r.text
	}
	t = strings.Trim(strings.TrimSpace(t), ",–—-| ")
	for _, sep := range []string{" — ", " – ", " | ", ", "} {
		if a, b, ok := strings.Cut(t, sep); ok && sep != ", " || ok && !strings.Contains(a, "–") {
			c.Name, c.Issuer = strings.TrimSpace(a), strings.Trim(strings.TrimSpace(b), ",")
			break
		}
	}
	if c.Name == "" {
		c.Name = t
	}
	return c
}
