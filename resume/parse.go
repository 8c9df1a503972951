package resume

import (
	"math"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// pline is a normalised line with what the parser learnt about it.
type pline struct {
	Line
	bullet  bool   // started with a bullet glyph
	section string // kind of the section it is in
	heading bool
	header  bool   // before the first heading, or in a DOCX header/footer, or a column without a heading
	role    string // a form's label for the line's value ("Telefon\t+49 ..."): the label is taken off the text
	label   string // the label's text
	// colon: the label was written before a colon on the value's line
	// ("Poste : Ingénieure"), in an entry of an ordinary CV, not in a form
	colon bool
}

var textCleaner = strings.NewReplacer(
	"\ufb00", "ff", "\ufb01", "fi", "\ufb02", "fl", "\ufb03", "ffi", "\ufb04", "ffl", "\ufb05", "st", "\ufb06", "st",
	"\u00a0", " ", "\u2007", " ", "\u202f", " ", "\u2009", " ", "\u00ad", "", "\u200b", "", "\ufeff", "",
	"\u2010", "-", "\u2011", "-",
)

// bulletRunes start a list item; some producers write private-use or
// control characters for them (Symbol-font bullets, ReportLab's 0x7F).
const bulletRunes = "•●○◦▪■□▸►‣∙·*\u007f\uf0b7\uf0a7\uf076\uf0d8\uf0fc\u0088\u2219\u2043\u25aa\u25cf-–"

// cleanText expands ligatures, turns odd spaces into spaces, drops soft
// hyphens and zero-width characters, and composes accents (NFC).
func cleanText(s string) string {
	return norm.NFC.String(dotlessAccents(textCleaner.Replace(s)))
}

// dotlessAccents turns a dotless i carrying an accent back into an i: TeX
// sets "î" and "í" as \^{\i} and \'{\i}, a dotless i and a combining mark,
// which NFC does not compose. A dotless i without a mark (Turkish "Yılmaz")
// stays.
func dotlessAccents(s string) string {
	if !strings.ContainsRune(s, '\u0131') {
		return s
	}
	rs := []rune(s)
	for i := 0; i+1 < len(rs); i++ {
		if rs[i] == '\u0131' && rs[i+1] >= 0x300 && rs[i+1] <= 0x36f {
			rs[i] = 'i'
		}
	}
	return string(rs)
}

func normalizeLines(lines []Line) []pline {
	out := make([]pline, 0, len(lines))
	for _, l := range lines {
		t := l.Text
		var parts []string
		for _, p := range strings.Split(t, "\t") {
			if p = strings.Join(strings.Fields(unspaceLetters(p)), " "); p != "" {
				parts = append(parts, p)
			}
		}
		pl := pline{Line: l}
		if len(parts) >= 2 {
			if role := formLabel(parts[0]); role != "" {
				pl.role, pl.label, parts = role, parts[0], parts[1:]
			}
		} else if label, value, ok := strings.Cut(t, ": "); ok && len(parts) == 1 {
			// "Telefon: 0711 ...", "Lingua madre: italiano": a contact or
			// language field written with a colon
			if role := formLabels[strings.ToLower(strings.TrimSpace(label))]; colonRoles[role] && strings.TrimSpace(value) != "" {
				pl.role, pl.label, parts = role, label, []string{strings.TrimSpace(value)}
			} else if role := entryLabel(label, value); role != "" {
				// "Poste : Ingénieure", "Cargo: Consultora", "Dates : 2016 –
				// 2019": an entry's labelled line
				pl.role, pl.label, pl.colon, parts = role, label, true, []string{strings.TrimSpace(value)}
			}
		}
		t = ungluedDates(strings.Join(parts, "\t"))
		if r, size := firstRune(t); r != 0 && strings.ContainsRune(bulletRunes, r) {
			rest := strings.TrimSpace(t[size:])
			// "- " and "– " are bullets only when followed by text, not a
			// range such as "– 2019"
			if (r != '-' && r != '–') || (len(t) > size && t[size] == ' ' && rest != "" && !unicode.IsDigit([]rune(rest)[0])) {
				pl.bullet = true
				t = rest
			}
		}
		pl.Text = t
		if t != "" {
			out = append(out, pl)
		}
	}
	return mergeWrappedHeads(out)
}

var reWideSpace = regexp.MustCompile(`\s{2,}`)

// unspaceLetters reads back a word typed letter by letter ("E X P E R I E
// N C E"): words are then the runs between wider spaces.
func unspaceLetters(s string) string {
	f := strings.Fields(s)
	if len(f) < 4 {
		return s
	}
	for _, w := range f {
		if r := []rune(w); len(r) != 1 || !unicode.IsLetter(r[0]) {
			return s
		}
	}
	words := reWideSpace.Split(strings.TrimSpace(s), -1)
	for i, w := range words {
		words[i] = strings.ReplaceAll(w, " ", "")
	}
	return strings.Join(words, " ")
}

// firstRune is s's first rune and its width, 0 for an empty string.
func firstRune(s string) (rune, int) {
	if s == "" {
		return 0, 0
	}
	return utf8.DecodeRuneInString(s)
}

// mergeWrappedHeads joins a title line whose right-hand date wrapped onto
// the next line ("Senior PM, Monzo\tSeptember 2020 –" + "Bank\tPresent"),
// a line whose date range wrapped after its dash ("CBS, Den Haag |
// 2016 –" + "2017"), and a range that wrapped in a date column on the
// left (the cells beside it stay lines of their own).
func mergeWrappedHeads(ls []pline) []pline {
	out := ls[:0]
	for i := 0; i < len(ls); i++ {
		l := ls[i]
		if i+1 < len(ls) {
			a := strings.Split(l.Text, "\t")
			b := strings.Split(ls[i+1].Text, "\t")
			switch {
			case hyphenWrapped(l, ls[i+1]):
				l.Text = l.Text[:len(l.Text)-1] + ls[i+1].Text // "Sankt Au-" + "gustin"
				i++
			case len(a) == 2 && len(b) == 2 && wrappedRange(a[1], b[1]):
				l.Text = a[0] + " " + b[0] + "\t" + a[1] + " " + b[1]
				i++
			case len(b) == 1 && openRange(l.Text) && wrappedRange(l.Text, b[0]):
				l.Text += " " + b[0]
				i++
			case len(a) == 2 && len(b) == 1 && strings.ContainsRune("-–—", []rune(b[0])[0]) && wrappedRange(a[1], b[0]):
				// "…, Regensburg\t10/2007" + "– 08/2011": the range wrapped
				// before its dash
				l.Text += " " + b[0]
				i++
			case len(a) == 2 && len(b) == 2 && openRange(a[0]) && wrappedRange(a[0], b[0]):
				// a date column: "03/2017 –\tTitle" + "09/2020\tEmployer"
				l.Text = a[0] + " " + b[0] + "\t" + a[1]
				ls[i+1].Text = b[1]
			}
		}
		out = append(out, l)
	}
	return out
}

// hyphenWrapped says whether line a ends in a word that was hyphenated at
// the line's end and finished on line b, a line of a word or two: "…,
// Sankt Au-" + "gustin". A
// hyphen before "und", "and", "et" ("Analyse- und Informatik") belongs to
// the word.
func hyphenWrapped(a, b pline) bool {
	t := a.Text
	if a.Block != b.Block || b.bullet || len(t) < 3 || t[len(t)-1] != '-' {
		return false
	}
	if r, _ := utf8.DecodeLastRuneInString(t[:len(t)-1]); !unicode.IsLower(r) {
		return false
	}
	if !startsLower(b.Text) || strings.Contains(b.Text, "\t") || len(strings.Fields(b.Text)) > 2 {
		return false // a paragraph's wrapped lines stay as they are: only a head's last word is joined
	}
	first := strings.ToLower(strings.Fields(b.Text)[0])
	return !andWords[first] && first != "oder" && first != "or" && first != "ou" && first != "o"
}

var (
	// reOpenRange: a line ending in a date and a dash, its range's end
	// wrapped onto the next line.
	reOpenRange = regexp.MustCompile(`\d\s*[-–—]$`)
	// reGluedRange: a date range right-aligned into the words before it,
	// with no gap left between them ("Informazione2009 – 2012").
	reGluedRange = regexp.MustCompile(`(\p{Ll})((?:19|20)\d{2}\s*[-–—]\s*(?:(?:19|20)\d{2}|\p{L}))`)
	// reGluedMonth: the same with a month name ("DesignerApr 2021 – ").
	// reGluedNumeric: a numeric month and year right-aligned into the
	// words before it at the line's end ("Regensburg10/2007").
	reGluedNumeric = regexp.MustCompile(`(\p{Ll})((?:0[1-9]|1[0-2])[./](?:19|20)\d{2}(?:\s*[-–—].*)?)$`)
	reGluedMonth   = regexp.MustCompile(`(\p{Ll})(\p{Lu}\p{Ll}{2,8})(\.?\s+(?:19|20)\d{2}\s*[-–—])`)
)

// ungluedDates sets a tab between a date range and the words it was
// right-aligned into.
func ungluedDates(s string) string {
	s = reGluedRange.ReplaceAllString(s, "$1\t$2")
	s = reGluedNumeric.ReplaceAllString(s, "$1\t$2")
	return reGluedMonth.ReplaceAllStringFunc(s, func(m string) string {
		p := reGluedMonth.FindStringSubmatch(m)
		if _, ok := months[strings.ToLower(p[2])]; !ok {
			return m
		}
		return p[1] + "\t" + p[2] + p[3]
	})
}

// openRange says whether a line ends in a range still open: a date and a
// dash ("2016 –"), or a dash and a month waiting for its year on the
// next line ("févr. 2018 – juil." + "2018").
func openRange(s string) bool {
	if reOpenRange.MatchString(s) {
		return true
	}
	m := reOpenMonth.FindStringSubmatch(s)
	if m == nil {
		return false
	}
	_, ok := months[strings.ToLower(m[1])]
	return ok
}

var reOpenMonth = regexp.MustCompile(`[-–—]\s*(\p{L}{3,})\.?$`)

// wrappedRange says whether a date range was wrapped after its first
// part: "September 2020 –" + "Present", "septembre 2015 – août" + "2018".
func wrappedRange(first, second string) bool {
	if len(second) > 20 {
		return false
	}
	if r, ok := findRange(second); ok && (r.current || r.end != r.start) {
		return false // "2019" over "2009 – 2013": the next line has a range of its own
	}
	merged, ok := findRange(first + " " + second)
	if !ok || !(merged.current || merged.end != merged.start) {
		return false
	}
	alone, ok := findRange(strings.TrimRight(first, " -–—")) // "2016 –" alone would be a running range
	return !ok || !(alone.current || alone.end != alone.start)
}

// parseDocument turns extracted lines into a Result.
func parseDocument(doc *document) *Result {
	ls := normalizeLines(doc.lines)
	markSections(ls)
	res := &Result{Meta: Meta{Format: doc.format, Pages: doc.pages, Producer: doc.producer, Warnings: append([]string{}, doc.warnings...)}}
	res.Meta.Language = detectLanguage(ls)
	r := &res.Resume
	r.Basics = parseBasics(ls, doc.links)
	home := ""
	if r.Basics.Location != nil {
		home = r.Basics.Location.City
	}
	r.Work = parseWorkNear(ls, home)
	r.Education = parseEducation(ls)
	r.Skills = parseSkills(ls)
	r.Languages = parseLanguages(ls)
	r.Certificates = parseCertificates(ls)
	if len(r.Work) == 0 {
		res.Meta.Warnings = append(res.Meta.Warnings, "no work experience found")
	}
	if r.Basics.Email == "" {
		res.Meta.Warnings = append(res.Meta.Warnings, "no email address found")
	}
	if r.Basics.Name == "" {
		res.Meta.Warnings = append(res.Meta.Warnings, "no name found")
	}
	if !hasAnySection(ls) {
		res.Meta.Warnings = append(res.Meta.Warnings, "no resume sections found: this may not be a resume")
	}
	res.Candidate = Candidate{Name: r.Basics.Name, Email: r.Basics.Email, Phone: r.Basics.Phone, Headline: headline(r)}
	return res
}

func headline(r *Resume) string {
	if r.Basics.Label != "" {
		return r.Basics.Label
	}
	for _, w := range r.Work {
		if w.EndDate == "" && w.Position != "" {
			if w.Name != "" {
				return w.Position + " at " + w.Name
			}
			return w.Position
		}
	}
	return ""
}

func hasAnySection(ls []pline) bool {
	for _, l := range ls {
		if l.heading && l.section != secContact {
			return true
		}
	}
	return false
}

// markSections finds headings and gives every line its section. A new
// column block on the same page without a heading of its own starts
// outside any section (a sidebar of contact lines); a new page continues
// the section it was in. DOCX headers and footers (blocks 0 and 2 of a
// DOCX) are header lines. A heading is a line the lexicon knows, or a
// short line set in the style of the document's known headings (an
// unknown section's title, so its lines do not join the section before).
func markSections(ls []pline) {
	kinds := make([]string, len(ls))
	for i, l := range ls {
		if !l.bullet && !strings.Contains(l.Text, "\t") {
			kinds[i] = headingKind(l.Text)
		}
	}
	if hs, ok := headingStyleOf(ls, kinds); ok {
		seen := false
		for i, l := range ls {
			seen = seen || kinds[i] != ""
			if !seen || kinds[i] != "" || l.bullet || styleOf(l) != hs || !headingLike(l.Text) {
				continue // the header block above the first heading holds the name, often in this style
			}
			if i > 0 && kinds[i-1] != "" && styleOf(ls[i-1]) == hs {
				kinds[i] = kinds[i-1] // a heading wrapped onto a second line
				continue
			}
			kinds[i] = secOther
		}
		// "Methoden:" in body type under "Kenntnisse": a group's label
		// inside a section of its kind, not a new heading
		cur := ""
		for i, l := range ls {
			if kinds[i] == "" {
				continue
			}
			if kinds[i] == cur && strings.HasSuffix(l.Text, ":") && styleOf(l) != hs {
				kinds[i] = ""
				continue
			}
			cur = kinds[i]
		}
	}
	section := secNone
	seenHeading := false
	for i := range ls {
		l := &ls[i]
		if i > 0 && l.Block != ls[i-1].Block && l.Page == ls[i-1].Page {
			section = secNone
		}
		if k := kinds[i]; k != "" {
			l.heading = true
			section = k
			seenHeading = true
		}
		l.section = section
		l.header = section == secNone || section == secContact || !seenHeading
	}
}

// headingStyle is how a line is set: size (to half a point), weight,
// capitals.
type headingStyle struct {
	size       float64
	bold, caps bool
}

func styleOf(l pline) headingStyle {
	return headingStyle{size: math.Round(l.Size*2) / 2, bold: l.Bold, caps: allCaps(l.Text)}
}

// headingStyleOf finds the style most known headings share, when it sets
// them apart from body text (bold, capitals, or larger than most lines).
func headingStyleOf(ls []pline, kinds []string) (headingStyle, bool) {
	count := map[headingStyle]int{}
	sizes := map[float64]int{}
	known := 0
	for i, l := range ls {
		if kinds[i] != "" {
			count[styleOf(l)]++
			known++
		} else {
			sizes[styleOf(l).size]++
		}
	}
	var best headingStyle
	n := 0
	for st, c := range count {
		if c > n || c == n && st.size > best.size {
			best, n = st, c
		}
	}
	body, bn := 0.0, 0
	for sz, c := range sizes {
		if c > bn {
			body, bn = sz, c
		}
	}
	distinct := best.bold || best.caps || best.size >= body+1
	return best, n >= 3 && float64(n) >= 0.6*float64(known) && distinct
}

// headingLike says whether a line could be a section title: a few words,
// no digits, no sentence or list punctuation.
func headingLike(s string) bool {
	if len(s) > 40 || len(strings.Fields(s)) > 4 || strings.ContainsAny(s, "0123456789@|·•,;()") || strings.HasSuffix(s, ".") {
		return false
	}
	letters := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 3
}

func allCaps(s string) bool {
	upper := false
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		upper = upper || unicode.IsUpper(r)
	}
	return upper
}

func detectLanguage(ls []pline) string {
	counts := map[string]int{}
	for _, l := range ls {
		for _, w := range strings.Fields(strings.ToLower(l.Text)) {
			w = strings.Trim(w, ",.;:()")
			for lang, set := range stopwords {
				if set[w] {
					counts[lang]++
				}
			}
		}
		if l.heading {
			// a heading in one language is strong evidence
			for lang, words := range headingLang {
				if words[strings.ToLower(strings.TrimRight(l.Text, ": "))] {
					counts[lang] += 5
				}
			}
		}
	}
	best, n := "", 0
	for _, lang := range []string{"en", "de", "fr", "es", "it", "nl", "pt"} {
		if counts[lang] > n {
			best, n = lang, counts[lang]
		}
	}
	return best
}

var headingLang = map[string]map[string]bool{
	"en": wordSetLines("experience|work experience|professional experience|education|skills|technical skills|languages|summary|profile|certifications|references"),
	"de": wordSetLines("berufserfahrung|beruflicher werdegang|ausbildung|studium|bildungsweg|kenntnisse|fähigkeiten|sprachen|sprachkenntnisse|profil|kurzprofil|zertifikate|referenzen"),
	"fr": wordSetLines("expérience professionnelle|expériences|parcours professionnel|formation|études|compétences|langues|à propos|certifications|références"),
	"es": wordSetLines("experiencia profesional|experiencia laboral|experiencia|formación|educación|habilidades|competencias|idiomas|perfil|sobre mí|certificaciones|referencias"),
	"it": wordSetLines("esperienza professionale|esperienze professionali|esperienza lavorativa|istruzione|istruzione e formazione|formazione|competenze|lingue|profilo|informazioni personali|certificazioni|referenze"),
	"nl": wordSetLines("werkervaring|ervaring|opleiding|opleidingen|vaardigheden|talen|profiel|over mij|certificaten|referenties"),
	"pt": wordSetLines("experiência profissional|experiência|formação|formação académica|formação acadêmica|competências|habilidades|idiomas|línguas|resumo|perfil profissional|certificações|referências"),
}

func wordSetLines(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Split(s, "|") {
		m[w] = true
	}
	return m
}
