package resume

import (
	"regexp"
	"strings"
)

var reScore = regexp.MustCompile(`(?i)\b(?:gpa|grade|note|mention|nota media|nota|calificación|abschlussnote|score|voto|cijfer|média|classificação)\s*:?\s*([^\t]+)`)

// parseEducation reads the education section's entries. Of an entry's
// head parts (see headParts), the school is the part with a school word
// and no degree word, else any part with a school word, else the first
// part that is neither a degree nor a place; the degree is the part with
// a degree word. A grade is read from any of the entry's lines.
func parseEducation(ls []pline) []Education {
	out := []Education{}
	for _, e := range entriesOf(ls, secEducation) {
		if certEntry(e) {
			continue // read by parseCertificates
		}
		ed := Education{}
		if e.dated {
			ed.StartDate = string(e.dates.start)
			if !e.dates.current {
				ed.EndDate = string(e.dates.end)
			}
			if !e.dates.current && e.dates.start == e.dates.end {
				ed.StartDate = "" // a single date is when the degree was taken
			}
		}
		e.head = withoutScore(e.head, &ed.Score)
		e.body = withoutScore(e.body, &ed.Score)
		parts := e.headParts()
		school, degree := schoolRoles(parts)
		if school < 0 {
			// the school written in the body ("Studied at ..."): its parts
			// come after the head's
			body := entry{head: e.body, anchor: -1}
			parts = append(parts, body.headParts()...)
			school, degree = schoolRoles(parts)
		}
		if school >= 0 {
			ed.Institution = parts[school].text
			if next := school + 1; next < len(parts) && enumerationTail(parts[school], parts[next]) {
				ed.Institution += ", " + parts[next].text // "Hochschule für Technik, Wirtschaft und Kultur"
				if next == degree {
					degree = -1
				}
			}
		}
		if degree >= 0 {
			ed.StudyType, ed.Area = splitDegree(parts[degree].text)
			if next := degree + 1; ed.Area == "" && next < len(parts) && next != school && !parts[next].place && parts[next].line == parts[degree].line &&
				!strings.ContainsAny(parts[next].text, "0123456789") {
				ed.Area = parts[degree+1].text // "Diplôme d'ingénieur, Génie électrique"
			}
		}
		out = append(out, ed)
	}
	return out
}

// enumerationTail says whether part b ends a list that a school's name
// began ("School of Law, Business and Economics"): it follows a on the
// same line after a comma (in its field: " — " parts a degree off), names
// no place, school or degree, and joins its last item with "and".
func enumerationTail(a, b headPart) bool {
	if a.line != b.line || a.field != b.field || b.place || a.placed || !startsUpper(b.text) || schoolWords.in(b.text) || degreeWords.in(b.text) ||
		strings.ContainsAny(b.text, "0123456789") {
		return false
	}
	f := strings.Fields(b.text)
	for i, w := range f {
		if i > 0 && i < len(f)-1 && andWords[w] {
			return true
		}
	}
	return false
}

// andWords join the last item of a list.
var andWords = wordSet("and und et y e en &")

// withoutScore takes the first grade out of lines ("GPA 3.8", "Note
// 1,6"), keeping its value in score.
func withoutScore(lines []pline, score *string) []pline {
	out := make([]pline, len(lines))
	copy(out, lines)
	for i, l := range out {
		m := reScore.FindStringSubmatchIndex(l.Text)
		if m == nil {
			continue
		}
		if *score == "" {
			*score = strings.TrimSpace(l.Text[m[2]:m[3]])
		}
		out[i].Text = strings.TrimRight(l.Text[:m[0]], " ,;·|–—-") + l.Text[m[1]:]
	}
	return out
}

func schoolRoles(parts []headPart) (school, degree int) {
	school, degree = -1, -1
	for i, p := range parts {
		switch {
		case p.role == roleSchool && school < 0:
			school = i
		case p.role == roleDegree && degree < 0:
			degree = i
		}
	}
	if school >= 0 || degree >= 0 {
		return school, degree
	}
	for _, want := range []func(headPart) bool{
		func(p headPart) bool { return schoolWords.in(p.text) && !degreeWords.in(p.text) },
		func(p headPart) bool { return schoolWords.in(p.text) },
		func(p headPart) bool { return !degreeWords.in(p.text) && !p.place },
	} {
		for i, p := range parts {
			if want(p) && !p.place {
				school = i
				break
			}
		}
		if school >= 0 {
			break
		}
	}
	for i, p := range parts {
		if i != school && degreeWords.in(p.text) {
			degree = i
			break
		}
	}
	return school, degree
}

// splitDegree splits "Bachelor of Science, Computer Science" or "MSc in
// Economics" into study type and area.
func splitDegree(s string) (studyType, area string) {
	for _, sep := range []string{", ", " in ", " en ", " em ", " – ", " — ", " - ", ": "} {
		if a, b, ok := strings.Cut(s, sep); ok {
			if sep == ": " && !strings.Contains(a, " ") {
				return splitDegree(strings.TrimSpace(b)) // "Abschluss: Diplom-Physiker"
			}
			if degreeWords.in(b) && !degreeWords.in(a) {
				return strings.TrimSpace(b), strings.TrimSpace(a)
			}
			return strings.TrimSpace(a), strings.TrimSpace(b)
		}
	}
	return s, ""
}

// certWords name a certification, not a degree.
var certWords = vocabulary{words: wordSet(`certified certificate certification certifications certificat certifié certifiée
	zertifikat zertifiziert zertifizierter zertifizierte zertifizierung certificado certificada certificación certificazione
	certificato certificaat gecertificeerd certificação belt`)}

// certEntry says whether an entry of the education section is a
// certification listed among the degrees ("Certified Scrum Master,
// Scrum Alliance, 2020" under "Education & Certifications"): its head
// names a certification and no school, and no degree unless it starts
// with the certification ("Certified Scrum Master" is no master's).
func certEntry(e entry) bool {
	var head []string
	for _, l := range e.head {
		head = append(head, l.Text)
	}
	t := strings.Join(head, " ")
	if !certWords.in(t) || schoolWords.in(t) {
		return false
	}
	return !degreeWords.in(t) || certWords.in(strings.Fields(t)[0])
}
