package resume

import (
	"regexp"
	"strings"
	"unicode"
)

// entry is a group of lines about one position or one degree: the head
// lines (title, employer, dates, place) and the body (bullets, text).
type entry struct {
	head  []pline
	body  []pline
	dates dateRange
	dated bool
	// anchor is the index in head of the line that holds the dates.
	anchor int
}

// maxLead and maxTrail bound the head lines an entry takes above and
// below its date line.
const (
	maxLead  = 3
	maxTrail = 2
)

// entriesOf splits a section's lines into entries. Date ranges anchor
// them: each entry has one, on a line of its own or beside its title. The
// head lines around the dates are the short plain lines next to them;
// which side they are on is learnt from the first entry, which has no
// entry before it: the lines above its dates lead every entry (so a
// previous entry's last bullet is not taken for the next one's title),
// and when the section starts with a date alone, dates come first and
// the head is below them. A form (Europass, labels beside the values) is
// read by its labels. Without any dates, bold lines start entries.
func entriesOf(ls []pline, kind string) []entry {
	var sec []pline
	for _, l := range ls {
		if l.section == kind && !l.heading && !contactLike(l) && !durationLine(l.Text) {
			sec = append(sec, l)
		}
	}
	if len(sec) == 0 {
		return nil
	}
	dated := make([]bool, len(sec))
	ranges := make([]dateRange, len(sec))
	var anchors []int
	for i, l := range sec {
		if l.bullet || len(l.Text) > 120 || l.role == roleActivities {
			continue
		}
		r, ok := findRange(l.Text)
		if !ok {
			continue
		}
		if inSentence(l.Text, r) {
			continue // "… injuries down 40% since 2020.": a highlight, not an entry
		}
		single := !r.current && r.start == r.end
		if r.current || !single || len(r.start) > 4 || len(l.Text) < 90 && !strings.HasSuffix(l.Text, ".") || dateCell(l.Text, r) {
			dated[i], ranges[i] = true, r
			anchors = append(anchors, i)
		}
	}
	if len(anchors) == 0 {
		return boldEntries(sec)
	}
	if formSection(sec) {
		return formEntries(sec, anchors, ranges)
	}
	prose := make([]bool, len(sec))
	for i := range sec {
		prose[i] = !dated[i] && proseLine(sec, i, dated)
	}
	headLine := func(i int) bool { return !dated[i] && !prose[i] }

	// the first entry's shape
	a0 := anchors[0]
	lead0 := 0
	for j := a0 - 1; j >= 0 && headLine(j) && lead0 < maxLead; j-- {
		lead0++
	}
	datesFirst := lead0 == 0 && dateOnly(ranges[a0])

	lead := make([]int, len(anchors))
	for k, a := range anchors {
		floor := 0
		if k > 0 {
			floor = anchors[k-1] + 1
			if floor < a && knownPlace(sec[floor].Text) {
				floor++ // the place under a date line is that entry's
			}
		}
		if k > 0 && !dateOnly(ranges[a]) && headComplete(sec[a:a+1], 0) {
			continue // its own line holds employer, place and title: the line above is the previous entry's
		}
		for j := a - 1; j >= floor && headLine(j) && lead[k] < lead0; j-- {
			lead[k]++
		}
	}
	var out []entry
	for k, a := range anchors {
		e := entry{dates: ranges[a], dated: true}
		start := a - lead[k]
		end := len(sec)
		if k+1 < len(anchors) {
			end = anchors[k+1] - lead[k+1]
		}
		trail := a + 1
		for trail < end && headLine(trail) && trail-a <= maxTrail {
			if !datesFirst && trail-a > 1 {
				break // beside a title, the dates take one line below: a place or an employer
			}
			if t := sec[trail].Text; !datesFirst && titleWords.count(t) == 0 && !knownPlace(t) && !townLike(t) && headComplete(sec[start:a+1], a-start) {
				break // the employer and the title are above: a longer line below, no title, is the first highlight
			}
			trail++
		}
		for i := start; i < trail; i++ {
			if i == a {
				e.anchor = len(e.head)
			}
			e.head = append(e.head, sec[i])
		}
		e.body = append(e.body, sec[trail:end]...)
		out = append(out, e)
	}
	return out
}

// headComplete says whether head lines (the dates on line anchor) already
// hold an employer and a title: two parts or more besides places, one
// of them written with a known place ("Globex GmbH (Hamburg), Analyst";
// in "Globex, Smalltown" the unknown town may be the second part).
func headComplete(head []pline, anchor int) bool {
	e := entry{head: head, anchor: anchor, dated: true}
	n, employer := 0, false
	for _, p := range e.headParts() {
		if p.place {
			continue
		}
		n++
		employer = employer || p.placed
	}
	return n >= 2 && employer
}

// townLike says whether a line could be a town's name: one to three
// words, capitalised, no digits, no title, organisation or school words.
func townLike(t string) bool {
	return len(strings.Fields(t)) <= 3 && startsUpper(t) && !strings.ContainsFunc(t, unicode.IsDigit) &&
		titleWords.count(t) == 0 && !orgWords.in(t) && !schoolWords.in(t) && !strings.ContainsAny(t, ",;:|")
}

// dateCell says whether a line's date stands in a field of its own
// ("Degree | School | 2014", "Title\t2019"), as an entry's date does, not
// inside a sentence.
func dateCell(s string, r dateRange) bool {
	before := strings.TrimRight(s[:r.from], " ")
	after := strings.TrimLeft(s[r.to:], " ")
	return (strings.HasSuffix(before, "|") || strings.HasSuffix(before, "\t")) &&
		(after == "" || after[0] == '|' || after[0] == '\t')
}

// inSentence says whether a line's dates are part of a sentence: the line
// ends with a full stop, is not set out in fields, and has five words or
// more besides the dates, half of them or more in lower case ("Consultant
// at Acme Corp, Leeds, since 2019." is a head).
func inSentence(s string, r dateRange) bool {
	if !strings.HasSuffix(strings.TrimSpace(s), ".") || strings.ContainsAny(s, "\t|") || dateCell(s, r) {
		return false
	}
	words := strings.Fields(r.text)
	return len(words) >= 5 && 2*lowerWords(words) >= len(words)
}

// durationLine says whether a line only says how long something lasted
// ("5 years 3 months" under an employer in a LinkedIn export).
func durationLine(s string) bool {
	m := reDuration.FindString(s)
	return m != "" && strings.TrimSpace(s[len(m):]) == ""
}

// dateOnly says whether a date line holds nothing but the dates.
func dateOnly(r dateRange) bool {
	return len(strings.TrimSpace(r.text)) < 3
}

// proseLine says whether line i of a section is running text (a
// highlight, a description) rather than a title, an employer or a place:
// a bullet, a sentence, a long line, a line ending in a comma, a line
// starting in lower case or followed by one (a wrapped sentence), or a
// line of mostly lower-case words.
func proseLine(sec []pline, i int, dated []bool) bool {
	l := sec[i]
	t := l.Text
	if entryRoles[l.role] {
		return false // a labelled value ("Entreprise : iXblue") is a field
	}
	if l.bullet || l.role == roleActivities || strings.HasSuffix(t, ".") || len([]rune(t)) > 90 && !placedOrgName(t) && !l.Bold || strings.HasSuffix(t, ",") || startsLower(t) && !lowerCaseName(t) {
		return true
	}
	if strings.Contains(t, "\t") || len(splitStrongest(t)) > 1 {
		return false // "Title — Company, City": set out in fields, not written as prose
	}
	if sentence(t) {
		return true
	}
	if i+1 < len(sec) && !dated[i+1] && !sec[i+1].bullet && startsLower(sec[i+1].Text) {
		return true
	}
	words := strings.Fields(t)
	return len(words) >= 6 && float64(lowerWords(words)) >= 0.75*float64(len(words))
}

// placedOrgName says whether a long line is an organisation's long name
// and its place ("Institut für Angewandte Informatik und Formale
// Beschreibungsverfahren, Karlsruhe"), not a sentence.
func placedOrgName(t string) bool {
	i := strings.LastIndex(t, ", ")
	if i < 0 || len(strings.Fields(t)) > 14 || strings.ContainsAny(t, ".;:") {
		return false
	}
	return orgWords.in(t[:i]) && cityName(t[i+2:])
}

// lowerCaseName says whether a line starting in lower case is an
// organisation's name that is written so ("adesso SE, Dortmund", "eBay
// Inc."): a short line naming a legal form or an organisation.
func lowerCaseName(t string) bool {
	return len(strings.Fields(t)) <= 6 && orgWords.in(strings.Split(t, ",")[0])
}

// sentence says whether a line reads like prose rather than a name or a
// place: it ends with a full stop, or it is long and half its words or
// more are in lower case (German capitalises its nouns; "Senior User
// Researcher at Government Digital Service, London" is no sentence).
func sentence(s string) bool {
	if strings.HasSuffix(s, ".") {
		return true
	}
	words := strings.Fields(s)
	if len(words) > 12 {
		return true
	}
	return len(words) > 7 && 2*lowerWords(words) >= len(words)
}

// lowerWords counts the words that start in lower case.
func lowerWords(words []string) int {
	n := 0
	for _, w := range words {
		if startsLower(w) {
			n++
		}
	}
	return n
}

// contactLike says whether a line is contact details (a footer line that
// fell into a section).
func contactLike(l pline) bool {
	if reEmail.MatchString(l.Text) {
		return true
	}
	if strings.Count(l.Text, "·")+strings.Count(l.Text, "|") < 2 {
		return false
	}
	for _, m := range rePhone.FindAllString(l.Text, -1) {
		if phoneLike(strings.TrimSpace(m)) {
			return true
		}
	}
	return false
}

func boldEntries(sec []pline) []entry {
	var out []entry
	for _, l := range sec {
		if l.Bold && !l.bullet {
			out = append(out, entry{head: []pline{l}})
			continue
		}
		if len(out) > 0 {
			out[len(out)-1].body = append(out[len(out)-1].body, l)
		}
	}
	return out
}

// headPart is one piece of an entry's head: a title, an employer or
// school, a degree, or a place.
type headPart struct {
	text string
	line int // index of its head line
	// place: a known place ("Zürich", "Waltham, MA", "Riardo (CE)").
	place bool
	// placed: a place was split off its end ("Bupa, London"), which is
	// what an employer or a school is written with, not a title.
	placed bool
	// before and after are the sides of an "at" word ("Engineer at
	// Google", "Ingénieur chez Airbus").
	before, after bool
	role          string // from a form's label
	// field numbers the cells and the pieces between strong separators
	// (" | ", " – ") of the head; comma parts share their field.
	field int
}

// headParts splits an entry's head into parts: the dates removed, then
// at tabs, at the strongest separator a cell has (" | ", " — ", " · ",
// " – ", " - "), at "at" words, and at commas; known places at the end of
// a part are split off.
func (e entry) headParts() []headPart {
	var out []headPart
	field := 0
	for li, l := range e.head {
		t := l.Text
		if r, ok := findRange(t); ok && li == e.anchor && e.dated {
			t = r.text
		}
		for _, cell := range strings.Split(t, "\t") {
			cell = trimSeps(cell)
			if cell == "" {
				continue
			}
			field++
			if l.role != "" {
				out = append(out, roleParts(cell, li, l.role)...)
				continue
			}
			if knownPlace(cell) {
				out = append(out, headPart{text: cell, line: li, place: true, field: field})
				continue
			}
			pieces := splitStrongest(cell)
			for _, piece := range pieces {
				field++
				if a, b, ok := splitAt(piece); ok && len(pieces) == 1 && !(weakAt(piece, a) && e.otherLine(li)) {
					out = append(out, headPart{text: a, line: li, before: true, field: field})
					field++
					out = append(out, commaParts(b, li, headPart{after: true, field: field})...)
					continue
				}
				out = append(out, commaParts(piece, li, headPart{field: field})...)
			}
		}
	}
	return out
}

// weakAt says whether the "at" word after title a in s is one that also
// joins a title's own words ("Elektroniker für Automatisierungstechnik",
// "Ingénieur pour l'export", "Analyst with SQL"), not only an employer.
func weakAt(s, a string) bool {
	words := strings.Fields(s)
	n := len(strings.Fields(a))
	if n >= len(words) {
		return false
	}
	return atWords[strings.ToLower(words[n])] == weakAtWord
}

// otherLine says whether the head has a line besides line li that is
// written as an employer's: an organisation's word, or a name set apart
// from its place ("Globex Anlagenbau, Oberweiler"), not only a place or an
// unknown town. Then a weak "at" word on line li joins the title's words.
func (e entry) otherLine(li int) bool {
	for j, l := range e.head {
		if j == li {
			continue
		}
		t := l.Text
		if r, ok := findRange(t); ok && j == e.anchor && e.dated {
			t = r.text
		}
		if t = trimSeps(t); t != "" && !knownPlace(t) && (orgWords.in(t) || len(splitOutside(t, ",")) > 1 || len(splitStrongest(t)) > 1) {
			return true
		}
	}
	return false
}

// trimSeps trims separators, and brackets left open, off a part.
func trimSeps(s string) string {
	s = strings.TrimSpace(strings.Trim(strings.TrimSpace(s), "|,–—-·•:;[]"))
	if strings.HasSuffix(s, "(") || strings.HasPrefix(s, ")") {
		s = strings.TrimSpace(strings.Trim(s, "()"))
	}
	if strings.HasPrefix(s, "(") && !strings.Contains(s, ")") {
		s = strings.TrimSpace(s[1:])
	}
	if strings.HasSuffix(s, ")") && !strings.Contains(s, "(") {
		s = strings.TrimSpace(s[:len(s)-1])
	}
	return s
}

// splitStrongest splits s at the strongest list separator it has.
func splitStrongest(s string) []string {
	for _, sep := range []string{" | ", " — ", " · ", " • ", " – ", " - "} {
		if strings.Contains(s, sep) {
			var out []string
			for _, p := range strings.Split(s, sep) {
				if p = trimSeps(p); p != "" {
					out = append(out, p)
				}
			}
			return out
		}
	}
	return []string{s}
}

// atWords join a title to its employer: "Engineer at Google". The strong
// ones only ever do; the weak ones also join a title's own words
// ("Ingénieur pour l'export", "Analyst with SQL").
var atWords = map[string]atWord{
	"at": strongAtWord, "@": strongAtWord, "bei": strongAtWord, "chez": strongAtWord, "bij": strongAtWord, "presso": strongAtWord,
	"en": weakAtWord, "für": weakAtWord, "pour": weakAtWord, "para": weakAtWord, "with": weakAtWord,
}

type atWord int

const (
	notAtWord atWord = iota
	strongAtWord
	weakAtWord
)

// splitAt splits "Senior Engineer at Wayfair" into title and employer. Of
// several "at" words the split leaves the fewest words on the employer's
// side that still gives the title side the title words ("Diseñadora
// gráfica en prácticas en Telefónica" splits at the second "en").
func splitAt(s string) (title, employer string, ok bool) {
	words := strings.Fields(s)
	best, bestScore := -1, -1e9
	for i := 1; i < len(words)-1; i++ {
		kind := atWords[strings.ToLower(words[i])]
		if kind == notAtWord {
			continue
		}
		a, b := strings.Join(words[:i], " "), strings.Join(words[i+1:], " ")
		if last := a[strings.LastIndex(a, ",")+1:]; schoolWords.in(last) && titleWords.count(last) == 0 {
			continue // "University of North Carolina at Charlotte": the place is in the school's name
		}
		if !strings.ContainsFunc(words[i+1], unicode.IsUpper) && !strings.ContainsFunc(words[i+1], unicode.IsDigit) {
			continue // an employer is a name: "Diseñadora en prácticas" is no title at "prácticas"
		}
		score := titleScore(a) - titleScore(b) - 0.3*float64(len(words)-i-1)
		strong := kind == strongAtWord
		if strong {
			score += 2
		}
		if titleScore(a) <= 0 && !strong {
			continue // "Diploma en Economía" is not a title at an employer
		}
		// "at", "bei", "chez" only ever join a position to its employer:
		// they split though the title is one the lexicon does not know
		// ("Qualitätsprüfer bei …")
		if score > bestScore {
			best, bestScore = i, score
		}
	}
	if best < 0 {
		return "", "", false
	}
	return strings.Join(words[:best], " "), strings.Join(words[best+1:], " "), true
}

// commaParts splits s at commas, with known places at its end split off
// ("Bupa, London", "Farfetch, Porto", "Robert Bosch GmbH, Stuttgart"
// stays whole only when the last part is not a place). A company suffix
// after a comma ("Acme, Inc.") stays with its name.
func commaParts(s string, line int, proto headPart) []headPart {
	if knownPlace(s) {
		return []headPart{{text: s, line: line, place: true}}
	}
	var subs []string
	for _, p := range splitOutside(s, ",") { // "Backend services (Java EE, Oracle)" stays whole
		p = trimSeps(p)
		if p == "" {
			continue
		}
		if n := len(subs); n > 0 && orgSuffix(p) {
			subs[n-1] += ", " + p
			continue
		}
		subs = append(subs, p)
	}
	var places []headPart
	for len(subs) > 1 {
		n := len(subs)
		if n > 2 && knownPlace(subs[n-2]+", "+subs[n-1]) {
			places = append([]headPart{{text: subs[n-2] + ", " + subs[n-1], line: line, place: true}}, places...)
			subs = subs[:n-2]
			continue
		}
		if knownPlace(subs[n-1]) {
			places = append([]headPart{{text: subs[n-1], line: line, place: true}}, places...)
			subs = subs[:n-1]
			continue
		}
		break
	}
	if n := len(subs); n > 0 && len(places) == 0 {
		if m := reTrailingParen.FindStringSubmatch(subs[n-1]); m != nil && parenPlace(m[1], m[2]) {
			subs[n-1] = m[1] // "Cdiscount (Bordeaux)"
			places = []headPart{{text: m[2], line: line, place: true}}
		}
	}
	// "Globex GmbH (Hamburg), Laborleiterin": an employer written with its
	// town in brackets before the other parts; the town a known one, or the
	// name an organisation's
	parenAt := -1
	for i := 0; i < len(subs)-1 && len(places) == 0; i++ {
		if m := reTrailingParen.FindStringSubmatch(subs[i]); m != nil && (knownPlace(m[2]) || orgWords.in(m[1]) && parenPlace(m[1], m[2])) {
			subs[i], parenAt = m[1], i
			places = []headPart{{text: m[2], line: line, place: true}}
		}
	}
	var out []headPart
	for i, p := range subs {
		hp := proto
		hp.text, hp.line = p, line
		if i > 0 {
			hp.before = false
		}
		if i == len(subs)-1 && len(places) > 0 && parenAt < 0 || i == parenAt {
			hp.placed = true
		}
		out = append(out, hp)
	}
	return append(out, places...)
}

var reTrailingParen = regexp.MustCompile(`^(.+?)\s*\(([^()]+)\)$`)

// parenPlace says whether "name (inner)" is a name and its place: the
// inner part is a known place, or a city-like name after a name that is
// no title or degree ("Software Engineer (Contract)" is not).
func parenPlace(name, inner string) bool {
	if knownPlace(inner) {
		return true
	}
	return cityName(inner) && !strings.Contains(inner, ",") && !allCaps(inner) && titleScore(name) <= 0 && !degreeWords.in(name)
}

// orgSuffix says whether a comma part is only a company's legal form.
func orgSuffix(s string) bool {
	f := strings.Fields(s)
	return len(f) == 1 && orgWords.words[strings.ToLower(f[0])] && !schoolWords.in(s)
}

// knownPlace says whether s names a place: a city of the gazetteer, a
// country, "City, ST", "City, Country", "City, Region, Country", or an
// Italian "City (XX)".
func knownPlace(s string) bool {
	s = strings.TrimSpace(s)
	if _, ok := countryNames[strings.ToLower(s)]; ok {
		return true
	}
	if _, _, _, ok := placeOf(s); ok {
		return true
	}
	if f := strings.Split(s, ", "); len(f) == 3 && cityName(f[0]) && cityName(f[1]) {
		_, country := countryNames[strings.ToLower(f[2])]
		return country // "Paris, Île-de-France, France" (but "Globex, Chicago, IL" is an employer and its place)
	}
	// "Riardo (CE)", but not "Staff Nurse (RN)": a title with its
	// abbreviation
	return reProvince.MatchString(s) && !titleWords.in(s)
}

// roleParts reads a labelled value: an employer's or a school's value
// may end in its place ("Ferrarelle S.p.A., Riardo (CE)").
func roleParts(s string, line int, role string) []headPart {
	if role == roleEmployer || role == roleSchool {
		if m := reTrailingParen.FindStringSubmatch(s); m != nil && parenPlace(m[1], m[2]) {
			return []headPart{{text: m[1], line: line, role: role, placed: true}, {text: m[2], line: line, place: true}}
		}
		if i := strings.LastIndex(s, ", "); i > 0 {
			tail := s[i+2:]
			if knownPlace(tail) || len(strings.Fields(tail)) <= 3 && !orgWords.in(tail) && !schoolWords.in(tail) && !orgSuffix(tail) {
				return []headPart{{text: s[:i], line: line, role: role, placed: true}, {text: tail, line: line, place: true}}
			}
		}
	}
	return []headPart{{text: s, line: line, role: role}}
}

// parseWorkNear reads the work section of a candidate living in town home
// (from the contact lines, "" when unknown): that town is a place in the
// entries though the gazetteer may not know it.
func parseWorkNear(ls []pline, home string) []Work {
	out := []Work{}
	var prevCompanyLine bool // the previous entry's employer stood on a line of its own above its title
	entries := entriesOf(ls, secWork)
	heads := make([][]headPart, len(entries))
	for k, e := range entries {
		heads[k] = e.headParts()
	}
	placesFirst(heads)
	placesBelow(entries, heads, home)
	roles := make([][3]int, len(entries))
	for k := range entries {
		t, c, p := workRoles(heads[k])
		roles[k] = [3]int{t, c, p}
	}
	orderAlike(heads, roles)
	for k, e := range entries {
		w := Work{Highlights: []string{}}
		if e.dated {
			w.StartDate = string(e.dates.start)
			if !e.dates.current {
				w.EndDate = string(e.dates.end)
			}
		}
		parts := heads[k]
		title, company, place := roles[k][0], roles[k][1], roles[k][2]
		if title >= 0 {
			w.Position = parts[title].text + titleUnit(parts, title, company, place)
		}
		if company >= 0 {
			w.Name = parts[company].text
		}
		if place >= 0 {
			w.Location = parts[place].text
		}
		// several positions at one employer: the employer is written once,
		// above the first of them
		if w.Name == "" && w.Position != "" && prevCompanyLine && len(out) > 0 {
			prev := out[len(out)-1]
			w.Name = prev.Name
			if w.Location == "" {
				w.Location = prev.Location
			}
		} else {
			prevCompanyLine = company >= 0 && title >= 0 && parts[company].line < parts[title].line
		}
		w.Highlights = highlights(e.body)
		out = append(out, w)
	}
	return employerHeads(out)
}

// placesFirst reads a section whose heads write the place first
// ("Strasbourg — Employer", then the title below): when, on the same head
// line, two entries or more start with a known place and more do so than
// not, a short name starting another entry's line there is its place too,
// though the gazetteer does not know it ("Smalltown — Employer"). Entries
// of one section are written alike.
func placesFirst(heads [][]headPart) {
	first := func(parts []headPart, line int) int {
		n, at := 0, -1
		for i, p := range parts {
			if p.line == line {
				if at < 0 {
					at = i
				}
				n++
			}
		}
		if n < 2 {
			return -1
		}
		return at
	}
	known, other := map[int]int{}, map[int]int{}
	for _, parts := range heads {
		seen := map[int]bool{}
		for _, p := range parts {
			if seen[p.line] {
				continue
			}
			seen[p.line] = true
			if i := first(parts, p.line); i >= 0 {
				if parts[i].place {
					known[p.line]++
				} else {
					other[p.line]++
				}
			}
		}
	}
	for line, n := range known {
		if n < 2 || n <= other[line] {
			continue
		}
		for _, parts := range heads {
			i := first(parts, line)
			if i < 0 || parts[i].place {
				continue
			}
			if townLike(parts[i].text) {
				parts[i].place = true
			}
		}
	}
}

// placesBelow reads a section whose entries write employer, title and
// dates on one line and the town alone below it ("Employer, Title, 2016 –
// 2020" over "Logroño"): when another entry has a known place (or the
// candidate's own town) alone below such a line, a town-like name alone below it in this one is its place
// too, not a title ("Haro"). Entries of one section are written alike.
func placesBelow(entries []entry, heads [][]headPart, home string) {
	// below returns the index of the part alone on the line under the
	// dates of an entry whose dates line holds two parts or more, or -1
	below := func(k int) int {
		e, parts := entries[k], heads[k]
		if !e.dated {
			return -1
		}
		onAnchor, at := 0, -1
		for i, p := range parts {
			switch {
			case p.line == e.anchor && !p.place:
				onAnchor++
			case p.line == e.anchor+1 && alone(parts, i):
				at = i
			}
		}
		if onAnchor < 2 {
			return -1
		}
		return at
	}
	known := false
	for k := range entries {
		if i := below(k); i >= 0 && (heads[k][i].place || home != "" && strings.EqualFold(heads[k][i].text, home)) {
			known = true
		}
	}
	if !known {
		return
	}
	for k := range entries {
		if i := below(k); i >= 0 && !heads[k][i].place && townLike(heads[k][i].text) {
			heads[k][i].place = true
		}
	}
}

// orderAlike reads the entries whose title and employer share a line and
// neither has a cue (title words, a place, an organisation's word, an "at"
// word, a label) in the order the section's other entries use: when they
// write "Employer, Title" and this one was read "Title, Employer", title
// and employer swap ("Bodegas Muga, Enóloga" beside "Bodegas Ontañón,
// Técnica de laboratorio"). Entries of one section are written alike.
func orderAlike(heads [][]headPart, roles [][3]int) {
	shared := func(k int) (title, company int, ok bool) {
		title, company = roles[k][0], roles[k][1]
		if title < 0 || company < 0 {
			return title, company, false
		}
		parts := heads[k]
		return title, company, parts[title].line == parts[company].line
	}
	titleFirst, employerFirst := 0, 0
	for k, parts := range heads {
		t, c, ok := shared(k)
		if !ok || titleScore(parts[t].text) <= 0 || titleScore(parts[c].text) > 0 {
			continue
		}
		if t < c {
			titleFirst++
		} else {
			employerFirst++
		}
	}
	for k, parts := range heads {
		t, c, ok := shared(k)
		if !ok {
			continue
		}
		pt, pc := parts[t], parts[c]
		if titleScore(pt.text) > 0 || titleScore(pc.text) > 0 || pc.placed || pc.role != "" || pt.role != "" ||
			pt.before || pc.after || orgWords.in(pt.text) || orgWords.in(pc.text) {
			continue
		}
		if t < c && employerFirst > titleFirst || t > c && titleFirst > employerFirst {
			roles[k][0], roles[k][1] = c, t
		}
	}
}

// titleUnit is the rest of a title's field after a comma when the
// employer stands elsewhere (on another line, or in a field of its own):
// the unit or field of the position ("Nurse Manager, Cardiac Step-Down
// Unit" under "Mercy Hospital — Tulsa, OK"; "Editor, Business Desk |
// Daily Ledger").
func titleUnit(parts []headPart, title, company, place int) string {
	if company < 0 || parts[company].line == parts[title].line && parts[company].field == parts[title].field || parts[title].before {
		return ""
	}
	var unit string
	for i := title + 1; i < len(parts) && parts[i].line == parts[title].line && parts[i].field == parts[title].field; i++ {
		if i == company || i == place || parts[i].place || orgWords.in(parts[i].text) {
			return ""
		}
		unit += ", " + parts[i].text
	}
	return unit
}

// employerHeads folds an employer written with its overall dates above the
// positions held there ("Morningstar, Chicago\t2015 – Present", then
// "Senior Data Scientist\t2019 – Present", ...) into those positions: an
// entry with an employer, no title and no highlights, followed by
// positions without an employer.
func employerHeads(ws []Work) []Work {
	out := ws[:0]
	for i := 0; i < len(ws); i++ {
		w := ws[i]
		if w.Position == "" && w.Name != "" && len(w.Highlights) == 0 && i+1 < len(ws) && ws[i+1].Name == "" && ws[i+1].Position != "" {
			for j := i + 1; j < len(ws) && ws[j].Name == "" && ws[j].Position != ""; j++ {
				ws[j].Name = w.Name
				if ws[j].Location == "" {
					ws[j].Location = w.Location
				}
			}
			continue
		}
		out = append(out, w)
	}
	return out
}

// workRoles picks the title, the employer and the place among an entry's
// head parts (indexes, -1 when absent). Labels decide first, then "at"
// words. Otherwise the title is the part with the most job-title words;
// among parts without any, one alone on its line rather than one written
// with a place ("Initech, York") or naming an organisation. The employer
// is what names an organisation or was written with a place, else the
// first part left; the place a known place, or a short part left over.
func workRoles(parts []headPart) (title, company, place int) {
	title, company, place = -1, -1, -1
	for i, p := range parts {
		switch {
		case p.role == roleTitle && title < 0:
			title = i
		case p.role == roleEmployer && company < 0:
			company = i
		case p.place && place < 0:
			place = i
		}
	}
	if title >= 0 && company >= 0 {
		return title, company, place
	}
	if title >= 0 || company >= 0 {
		// one labelled line ("Poste : Chef d'équipe" under "Employer,
		// Town"): the other role is among the unlabelled parts
		for i, p := range parts {
			if i == title || i == company || p.place || p.role != "" {
				continue
			}
			if company < 0 {
				company = i
			} else if title < 0 {
				title = i
			}
			break
		}
		if place < 0 {
			for i, p := range parts {
				if i != title && i != company && p.role == "" && len(strings.Fields(p.text)) <= 4 && startsUpper(p.text) {
					place = i
					break
				}
			}
		}
		return title, company, place
	}
	for i, p := range parts {
		if p.before && title < 0 {
			title = i
		}
		if p.after && company < 0 && !p.place {
			company = i
		}
	}
	if title < 0 {
		best := -1e9
		for i, p := range parts {
			if p.place || i == company {
				continue
			}
			s := 10 * titleScore(p.text)
			if alone(parts, i) {
				s++
			}
			if p.placed {
				s -= 2
			}
			if orgWords.in(p.text) {
				s -= 3
			}
			if legalForms.in(p.text) {
				s -= 100
			}
			if s < 10 && fieldAlone(parts, i) {
				// "Employer, Town\tMarine Ecologist\tdates": of cells
				// without title words, the one written alone is the
				// title; the employer comes with its town
				s += 0.5
			}
			if s > best {
				best, title = s, i
			}
		}
		if title >= 0 && titleScore(parts[title].text) <= 0 && len(nonPlace(parts)) == 1 && (parts[title].placed || orgWords.in(parts[title].text)) {
			company, title = title, -1 // "Bupa, London" alone names an employer
		}
	}
	if company < 0 {
		for _, want := range []func(headPart) bool{
			func(p headPart) bool { return orgWords.in(p.text) || p.placed },
			// "Natural Gas, Electrical Engineer" over "Castle Rock": an
			// employer written first, before its title after a comma, is
			// the employer; a short line beside them is their place
			func(p headPart) bool { return companyFirst(parts, title, p) },
			// "Finance Manager, Capital Programmes – Transport for London":
			// the employer is a field of its own, not the title's comma part
			func(p headPart) bool { return title < 0 || p.field != parts[title].field },
			func(p headPart) bool { return true },
		} {
			for i, p := range parts {
				if i != title && !p.place && want(p) {
					company = i
					break
				}
			}
			if company >= 0 {
				break
			}
		}
	}
	if place < 0 {
		for i, p := range parts {
			if title >= 0 && company >= 0 && p.field == parts[title].field && p.field != parts[company].field {
				continue // the title's own comma part is its unit, not a place
			}
			if i != title && i != company && len(strings.Fields(p.text)) <= 4 && startsUpper(p.text) {
				place = i
				break
			}
		}
	}
	return title, company, place
}

// companyFirst says whether p is the comma part just before the title in
// the title's own field ("Employer, Title"), with no title words of its
// own: an employer written first. A title's unit follows it ("Nurse,
// Oncology") and is never before it.
func companyFirst(parts []headPart, title int, p headPart) bool {
	if title < 1 {
		return false
	}
	prev := parts[title-1]
	return prev == p && p.line == parts[title].line && p.field == parts[title].field && !p.before && titleWords.count(p.text) == 0
}

// fieldAlone says whether part i is the only part of its field on a line
// set out in several fields, one of which has comma parts.
func fieldAlone(parts []headPart, i int) bool {
	shared := false
	for j, p := range parts {
		if j == i || p.line != parts[i].line {
			continue
		}
		if p.field == parts[i].field {
			return false
		}
		for k, q := range parts {
			shared = shared || k != j && q.line == p.line && q.field == p.field && !q.place
		}
	}
	return shared
}

// alone says whether part i is the only part of its line.
func alone(parts []headPart, i int) bool {
	for j, p := range parts {
		if j != i && p.line == parts[i].line {
			return false
		}
	}
	return true
}

func nonPlace(parts []headPart) []headPart {
	var out []headPart
	for _, p := range parts {
		if !p.place {
			out = append(out, p)
		}
	}
	return out
}

func startsUpper(s string) bool {
	r, _ := firstRune(s)
	return unicode.IsUpper(r)
}

func titleScore(s string) float64 {
	return 2*float64(titleWords.count(s)) - float64(orgWords.count(s)) - float64(schoolWords.count(s))
}

// highlights joins the body lines into items: a bullet or a paragraph
// starts one, other lines continue the last (wrapped) or stand alone when
// they start with a capital after a full stop.
func highlights(body []pline) []string {
	var out []string
	for _, l := range body {
		t := strings.ReplaceAll(l.Text, "\t", " ")
		if n := len(out); n > 0 && !l.bullet && !l.Paragraph && (startsLower(t) || !strings.HasSuffix(out[n-1], ".")) {
			out[n-1] = joinWrapped([]string{out[n-1], t})
			continue
		}
		out = append(out, t)
	}
	if out == nil {
		out = []string{}
	}
	return out
}
