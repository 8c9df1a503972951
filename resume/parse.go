package resume

import (
	"math"
	"regexp"
	"sort"
	"strings"
	"unicode"

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
	return norm.NFC.String(textCleaner.Replace(s))
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
				pl.role, parts = role, parts[1:]
			}
		}
		t = reGluedRange.ReplaceAllString(strings.Join(parts, "\t"), "$1\t$2")
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

func firstRune(s string) (rune, int) {
	for i, r := range s {
		_ = i
		return r, len(string(r))
	}
	return 0, 0
}

// mergeWrappedHeads joins a title line whose right-hand date wrapped onto
// the next line ("Senior PM, Monzo\tSeptember 2020 –" + "Bank\tPresent"),
// and a line whose date range wrapped after its dash ("CBS, Den Haag |
// 2016 –" + "2017").
func mergeWrappedHeads(ls []pline) []pline {
	out := ls[:0]
	for i := 0; i < len(ls); i++ {
		l := ls[i]
		if i+1 < len(ls) {
			a := strings.Split(l.Text, "\t")
			b := strings.Split(ls[i+1].Text, "\t")
			switch {
			case len(a) == 2 && len(b) == 2 && wrappedRange(a[1], b[1]):
				l.Text = a[0] + " " + b[0] + "\t" + a[1] + " " + b[1]
				i++
			case len(b) == 1 && reOpenRange.MatchString(l.Text) && wrappedRange(l.Text, b[0]):
				l.Text += " " + b[0]
				i++
			}
		}
		out = append(out, l)
	}
	return out
}

var (
	// reOpenRange: a line ending in a date and a dash, its range's end
	// wrapped onto the next line.
	reOpenRange = regexp.MustCompile(`\d\s*[-–—]$`)
	// reGluedRange: a date range right-aligned into the words before it,
	// with no gap left between them ("Informazione2009 – 2012").
	reGluedRange = regexp.MustCompile(`(\p{Ll})((?:19|20)\d{2}\s*[-–—]\s*(?:(?:19|20)\d{2}|\p{L}))`)
)

// wrappedRange says whether a date range was wrapped after its first
// part: "September 2020 –" + "Present", "septembre 2015 – août" + "2018".
func wrappedRange(first, second string) bool {
	if len(second) > 20 {
		return false
	}
	merged, ok := findRange(first + " " + second)
	if !ok || !(merged.current || merged.end != merged.start) {
		return false
	}
	alone, ok := findRange(first)
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
	r.Work = parseWork(ls)
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

// ---- basics

var (
	reEmail = regexp.MustCompile(`(?i)[a-z0-9._%+\-]+@[a-z0-9.\-]+\.[a-z]{2,}`)
	rePhone = regexp.MustCompile(`(?:\+\s?\d{1,3}[\s.\-]?)?(?:\(0\)\s?)?(?:\(\d{1,5}\)[\s.\-]?)?\d[\d\s.\-/]{5,17}\d`)
	reURL   = regexp.MustCompile(`(?i)\b(?:https?://)?(?:[a-z0-9\-]+\.)+(?:com|org|net|io|dev|de|fr|es|uk|co|me|info|eu|nl|ch|at|be|ie|app|ai|page|site|tech|xyz)(?:/[^\s|,;·•)]*)?`)
)

func parseBasics(ls []pline, links []string) Basics {
	b := Basics{Profiles: []Profile{}}
	b.Name, b.Label = findName(ls)
	b.Email = findEmail(ls, links)
	b.Phone = findPhone(ls)
	b.URL, b.Profiles = findLinks(ls, links, b.Email)
	b.Location = findLocation(ls, b.Phone)
	var summary []string
	for _, l := range ls {
		if l.section == secSummary && !l.heading {
			summary = append(summary, strings.ReplaceAll(l.Text, "\t", " "))
		}
	}
	b.Summary = joinWrapped(summary)
	return b
}

// joinWrapped joins wrapped lines of one paragraph.
func joinWrapped(parts []string) string {
	var sb strings.Builder
	for i, p := range parts {
		if i > 0 {
			prev := parts[i-1]
			if strings.HasSuffix(prev, "-") && len(prev) > 1 && unicode.IsLower(lastRune(prev[:len(prev)-1])) && startsLower(p) {
				s := sb.String()
				sb.Reset()
				sb.WriteString(s[:len(s)-1])
			} else {
				sb.WriteByte(' ')
			}
		}
		sb.WriteString(p)
	}
	return strings.TrimSpace(sb.String())
}

func lastRune(s string) rune {
	r := []rune(s)
	if len(r) == 0 {
		return 0
	}
	return r[len(r)-1]
}

func startsLower(s string) bool {
	r, _ := firstRune(s)
	return unicode.IsLower(r)
}

var nameStopWords = wordSet(`curriculum vitae resume résumé lebenslauf cv page seite contact kontakt`)

var particles = wordSet(`van der den de la le du des von zu da di del dos das y ten ter`)

// findName scores the lines of the header region (OpenResume's idea,
// extended): letters only, two to five words, bold, the largest size on
// the page all count for a line; digits, @, headings and job titles count
// against it.
func findName(ls []pline) (name, label string) {
	maxSize := 0.0
	for _, l := range ls {
		maxSize = max(maxSize, l.Size)
	}
	type cand struct {
		text  string
		score float64
		idx   int
		label string
	}
	var cands []cand
	for i, l := range ls {
		if i > 40 {
			break
		}
		if l.heading || l.bullet || (!l.header && l.Size < maxSize) {
			continue
		}
		parts := strings.Split(l.Text, "\t")
		for _, sep := range []string{" — ", " – ", " | ", " · "} {
			if len(parts) == 1 && strings.Contains(parts[0], sep) {
				parts = strings.SplitN(parts[0], sep, 2)
			}
		}
		t := strings.TrimSpace(parts[0])
		words := strings.Fields(t)
		s := 0.0
		if len(words) < 2 || len(words) > 6 || len(t) > 60 {
			continue
		}
		letters := true
		for _, r := range t {
			if !(unicode.IsLetter(r) || r == ' ' || r == '-' || r == '\'' || r == '’' || r == '.') {
				letters = false
			}
		}
		if !letters {
			continue
		}
		s += 3
		if hasWord(t, nameStopWords) {
			continue
		}
		if titleWords.in(t) || orgWords.in(t) || hasWord(t, languageNames) {
			s -= 4
		}
		if _, isCity := cities[strings.ToLower(t)]; isCity {
			s -= 4
		}
		if l.Bold {
			s += 2
		}
		if l.Size > 0 && l.Size >= maxSize-0.1 {
			s += 4
		}
		caps := 0
		for _, w := range words {
			if r, _ := firstRune(w); unicode.IsUpper(r) || particles[strings.ToLower(w)] {
				caps++
			}
		}
		if caps == len(words) {
			s += 2
		} else {
			s -= 3
		}
		s -= float64(i) * 0.1
		c := cand{text: t, score: s, idx: i}
		if len(parts) > 1 {
			c.label = strings.TrimSpace(parts[1])
		}
		cands = append(cands, c)
	}
	if len(cands) == 0 {
		return "", ""
	}
	sort.SliceStable(cands, func(i, j int) bool { return cands[i].score > cands[j].score })
	best := cands[0]
	name = properName(best.text)
	label = best.label
	if label == "" {
		// the line after the name, when it reads like a title
		for j := best.idx + 1; j < len(ls) && j <= best.idx+3; j++ {
			l := ls[j]
			if l.heading {
				break
			}
			t := strings.TrimSpace(strings.Split(l.Text, "\t")[0])
			if t == "" || strings.EqualFold(t, best.text) || strings.ContainsAny(t, "@0123456789|·•") || len(strings.Fields(t)) > 8 {
				continue
			}
			if _, isCity := cities[strings.ToLower(t)]; isCity {
				continue
			}
			if strings.Contains(t, ",") && !titleWords.in(t) {
				continue
			}
			label = t
			break
		}
	}
	return name, label
}

// properName turns an all-capitals name into "Priya Ramanathan",
// "Willem van der Berg", "Siobhán O'Connor"; other names stay as written.
func properName(s string) string {
	hasLower := false
	for _, r := range s {
		if unicode.IsLower(r) {
			hasLower = true
		}
	}
	if hasLower {
		return s
	}
	words := strings.Fields(strings.ToLower(s))
	for i, w := range words {
		if particles[w] && i > 0 && i < len(words)-1 {
			continue
		}
		words[i] = titleWord(w)
	}
	return strings.Join(words, " ")
}

func titleWord(w string) string {
	rs := []rune(w)
	up := true
	for i, r := range rs {
		if up && unicode.IsLetter(r) {
			rs[i] = unicode.ToUpper(r)
			up = false
			continue
		}
		if r == '-' || ((r == '\'' || r == '’') && i == 1) {
			up = true
		}
	}
	return string(rs)
}

// referenceLine says whether a line belongs to a referee rather than the
// candidate.
func referenceLine(l pline) bool {
	if l.section == secReferences {
		return true
	}
	low := strings.ToLower(l.Text)
	for _, w := range []string{"referee", "reference", "referenz", "référence", "referencia"} {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}

func findEmail(ls []pline, links []string) string {
	var first string
	for _, l := range ls {
		if referenceLine(l) {
			continue
		}
		if m := reEmail.FindString(l.Text); m != "" {
			if l.header {
				return strings.TrimRight(m, ".")
			}
			if first == "" {
				first = strings.TrimRight(m, ".")
			}
		}
	}
	if first != "" {
		return first
	}
	for _, u := range links {
		if strings.HasPrefix(strings.ToLower(u), "mailto:") {
			return strings.TrimPrefix(strings.TrimPrefix(u, "mailto:"), "MAILTO:")
		}
	}
	return ""
}

// findPhone takes the first phone-like number of the header region (or,
// failing that, anywhere outside references) that is not a date range,
// a year or a postcode.
func findPhone(ls []pline) string {
	var fallback string
	for _, l := range ls {
		if referenceLine(l) || l.bullet {
			continue
		}
		for _, m := range rePhone.FindAllString(l.Text, -1) {
			m = strings.TrimSpace(strings.TrimRight(m, " .-/"))
			if !phoneLike(m) {
				continue
			}
			if l.header {
				return m
			}
			if fallback == "" && (strings.HasPrefix(m, "+") || strings.HasPrefix(m, "(")) {
				fallback = m
			}
		}
	}
	return fallback
}

var reYearRange = regexp.MustCompile(`(?:19|20)\d{2}\s*[-–/]\s*(?:(?:19|20)\d{2}|\d{2})`)

func phoneLike(m string) bool {
	digits := 0
	for _, r := range m {
		if r >= '0' && r <= '9' {
			digits++
		}
	}
	if digits < 7 || digits > 15 {
		return false
	}
	if reYearRange.MatchString(m) || strings.Count(m, "/") > 1 || strings.Count(m, ".") > 3 {
		return false
	}
	if _, ok := findRange(m); ok && !strings.HasPrefix(m, "+") && !strings.HasPrefix(m, "(") {
		// "03/2021 2022" and the like
		if hits := dateHits(m); len(hits) > 1 {
			return false
		}
	}
	return true
}

// findLinks collects URLs: the document's link targets and URLs written
// in the header region. Known networks become profiles, the first other
// URL (not the email's domain) the personal site.
func findLinks(ls []pline, links []string, email string) (string, []Profile) {
	var urls []string
	for _, u := range links {
		if strings.HasPrefix(u, "http://") || strings.HasPrefix(u, "https://") {
			urls = append(urls, u)
		}
	}
	emailDomain := ""
	if _, d, ok := strings.Cut(email, "@"); ok {
		emailDomain = strings.ToLower(d)
	}
	for _, l := range ls {
		if !(l.header || contactLike(l)) || referenceLine(l) {
			continue
		}
		text := reEmail.ReplaceAllString(l.Text, " ")
		for _, m := range reURL.FindAllString(text, -1) {
			urls = append(urls, strings.TrimRight(m, "./"))
		}
	}
	var site string
	var profiles []Profile
	seen := map[string]bool{}
	for _, u := range urls {
		full := u
		if !strings.Contains(full, "://") {
			full = "https://" + full
		}
		host, path := splitURL(full)
		key := strings.TrimPrefix(host, "www.") + path
		if host == "" || host == emailDomain || seen[key] {
			continue
		}
		seen[key] = true
		if net, ok := profileNetworks[strings.TrimPrefix(host, "www.")]; ok {
			if path == "" || path == "/" {
				continue
			}
			user := path[strings.LastIndex(strings.TrimRight(path, "/"), "/")+1:]
			profiles = append(profiles, Profile{Network: net, Username: strings.TrimRight(user, "/"), URL: full})
			continue
		}
		if site == "" {
			site = strings.TrimSuffix(full, "/") // "https://host/" from a link annotation
		}
	}
	if profiles == nil {
		profiles = []Profile{}
	}
	return site, profiles
}

func splitURL(u string) (host, path string) {
	_, rest, _ := strings.Cut(u, "://")
	host, path, _ = strings.Cut(rest, "/")
	if path != "" {
		path = "/" + path
	}
	return strings.ToLower(host), strings.TrimRight(path, "/")
}

// findLocation reads "City, ST", "City, Country", "12345 City" or a known
// city from the header region; the country comes from the gazetteer, a
// country name, or the phone's dialling code.
func findLocation(ls []pline, phone string) *Location {
	var loc Location
	for _, l := range ls {
		if !(l.header || contactLike(l)) || referenceLine(l) {
			continue
		}
		text := reEmail.ReplaceAllString(l.Text, " ")
		text = reURL.ReplaceAllString(text, " ")
		for _, part := range splitAny(text, "\t|·•;") {
			part = strings.TrimSpace(part)
			if part == "" || strings.ContainsAny(part, "@+") {
				continue
			}
			if city, region, cc, ok := placeOf(part); ok {
				loc = Location{City: city, Region: region, CountryCode: cc}
				break
			}
		}
		if loc.City != "" {
			break
		}
	}
	if loc.City == "" {
		return nil
	}
	if loc.CountryCode == "" {
		loc.CountryCode = countryOfPhone(phone)
	}
	return &loc
}

var rePostcodeCity = regexp.MustCompile(`^(?:[A-Z]{1,2}-)?\d{4,5}\s+(\p{L}[\p{L} .\-]+)$`)

func placeOf(part string) (city, region, cc string, ok bool) {
	if m := rePostcodeCity.FindStringSubmatch(part); m != nil {
		part = m[1]
	}
	fields := strings.Split(part, ",")
	for i := range fields {
		fields[i] = strings.TrimSpace(fields[i])
	}
	first := fields[0]
	if len(strings.Fields(first)) > 4 || first == "" {
		return "", "", "", false
	}
	knownCC, known := cities[strings.ToLower(first)]
	if len(fields) >= 2 {
		second := fields[1]
		if usStates[second] {
			return first, second, "US", true
		}
		if c, ok := countryNames[strings.ToLower(second)]; ok {
			return first, "", c, true
		}
		if known && len(strings.Fields(second)) <= 3 {
			return first, second, knownCC, true
		}
	}
	if known {
		return first, "", knownCC, true
	}
	return "", "", "", false
}

func countryOfPhone(phone string) string {
	p := strings.TrimSpace(phone)
	if !strings.HasPrefix(p, "+") {
		return ""
	}
	digits := ""
	for _, r := range p[1:] {
		if r >= '0' && r <= '9' {
			digits += string(r)
		} else if digits != "" {
			break
		}
	}
	for n := 3; n >= 1; n-- {
		if len(digits) >= n {
			if cc, ok := dialCodes[digits[:n]]; ok {
				return cc
			}
		}
	}
	return ""
}

func splitAny(s, seps string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return strings.ContainsRune(seps, r) })
}
