package resume

import (
	"regexp"
	"strings"
)

// entry is a group of lines about one position or one degree: the head
// lines (title, employer, dates, place) and the body (bullets, text).
type entry struct {
	head  []pline
	body  []pline
	dates dateRange
	dated bool
}

// entriesOf splits a section's lines into entries. Date ranges anchor
// them: each entry has one. A date line that also carries text ("Title at
// Company  2019 – 2021") starts its entry; a line holding only a date
// ("Company / Title / 2019 – 2021") takes the head lines just above it
// that are not bullets. Without any dates, bold lines start entries.
func entriesOf(ls []pline, kind string) []entry {
	var sec []pline
	for _, l := range ls {
		if l.section == kind && !l.heading && !contactLike(l) {
			sec = append(sec, l)
		}
	}
	if len(sec) == 0 {
		return nil
	}
	dated := make([]bool, len(sec))
	ranges := make([]dateRange, len(sec))
	anyDate := false
	for i, l := range sec {
		if l.bullet || len(l.Text) > 120 {
			continue
		}
		if r, ok := findRange(l.Text); ok && (r.current || r.start != r.end || len(r.start) > 4 || len(l.Text) < 90) {
			dated[i], ranges[i] = true, r
			anyDate = true
		}
	}
	if !anyDate {
		return boldEntries(sec)
	}
	// where each entry starts
	starts := map[int]int{} // start index -> date line index
	prevEnd := 0
	for i := range sec {
		if !dated[i] {
			continue
		}
		start := i
		if strings.TrimSpace(ranges[i].text) == "" || len(ranges[i].text) < 3 {
			// a date alone: take up to two head lines above it
			for j := i - 1; j >= prevEnd && j >= i-2; j-- {
				if sec[j].bullet || dated[j] || len(sec[j].Text) > 90 {
					break
				}
				start = j
			}
		}
		starts[start] = i
		prevEnd = i + 1
	}
	var out []entry
	var cur *entry
	for i := 0; i < len(sec); i++ {
		if d, ok := starts[i]; ok {
			out = append(out, entry{dates: ranges[d], dated: true})
			cur = &out[len(out)-1]
			for j := i; j <= d; j++ {
				cur.head = append(cur.head, sec[j])
			}
			i = d
			// a short plain line right after the head is its place or
			// its second title line
			if i+1 < len(sec) && !sec[i+1].bullet && !dated[i+1] && len(sec[i+1].Text) < 70 && !isStart(starts, i+1) && !sentence(sec[i+1].Text) {
				cur.head = append(cur.head, sec[i+1])
				i++
			}
			continue
		}
		if cur == nil {
			continue
		}
		cur.body = append(cur.body, sec[i])
	}
	return out
}

func isStart(starts map[int]int, i int) bool {
	_, ok := starts[i]
	return ok
}

// sentence says whether a line reads like prose rather than a name or place.
func sentence(s string) bool {
	return len(strings.Fields(s)) > 7 || strings.HasSuffix(s, ".")
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

// headParts returns the texts of an entry's head with the date removed,
// split at tabs: each part is a name, a title or a place.
func (e entry) headParts() [][]string {
	var out [][]string
	for _, l := range e.head {
		t := l.Text
		if r, ok := findRange(t); ok && e.dated && r.start == e.dates.start {
			t = r.text
		}
		var parts []string
		for _, p := range strings.Split(t, "\t") {
			if p = strings.Trim(strings.TrimSpace(p), "|,–—-·"); p != "" {
				parts = append(parts, strings.TrimSpace(p))
			}
		}
		if len(parts) > 0 {
			out = append(out, parts)
		}
	}
	return out
}

var reTitleSep = regexp.MustCompile(`\s+(?:at|@|bei|chez|en|für|pour|para|with)\s+|\s+[|–—]\s+|\s+-\s+|,\s+`)

func parseWork(ls []pline) []Work {
	out := []Work{}
	for _, e := range entriesOf(ls, secWork) {
		w := Work{Highlights: []string{}}
		if e.dated {
			w.StartDate = string(e.dates.start)
			if !e.dates.current {
				w.EndDate = string(e.dates.end)
			}
		}
		parts := e.headParts()
		var texts []string // title/employer candidates
		for _, p := range parts {
			texts = append(texts, p[0])
			if len(p) > 1 && w.Location == "" {
				w.Location = p[1]
			}
		}
		switch len(texts) {
		case 0:
		case 1:
			w.Position, w.Name = splitTitle(texts[0])
		default:
			// "Title at Company" + place, or Company + Title (+ place)
			p, n := splitTitle(texts[0])
			if n != "" {
				w.Position, w.Name = p, n
				if w.Location == "" && len(texts[1]) < 40 {
					w.Location = texts[1]
				}
			} else {
				a, b := texts[0], texts[1]
				if titleScore(a) > titleScore(b) {
					w.Position, w.Name = a, b
				} else {
					w.Name, w.Position = a, b
				}
				if len(texts) > 2 && w.Location == "" {
					w.Location = texts[2]
				}
			}
		}
		w.Highlights = highlights(e.body)
		out = append(out, w)
	}
	return out
}

// splitTitle splits "Senior Engineer at Wayfair", "Engineer, Toast",
// "Title | Company" into position and employer, deciding which side is
// which by job-title words.
func splitTitle(s string) (position, employer string) {
	locs := reTitleSep.FindAllStringIndex(s, -1)
	if len(locs) == 0 {
		return s, ""
	}
	best, bestScore := -1, -1e9
	for i, loc := range locs {
		a, b := strings.TrimSpace(s[:loc[0]]), strings.TrimSpace(s[loc[1]:])
		sep := strings.TrimSpace(s[loc[0]:loc[1]])
		score := titleScore(a) - titleScore(b)
		if score < 0 {
			score = -score
		}
		if sep == "at" || sep == "@" || sep == "bei" || sep == "chez" || sep == "|" {
			score += 2
		}
		// the employer is the shorter side: "Diseñadora gráfica en
		// prácticas en Telefónica" splits at the second "en"
		if titleScore(a) >= titleScore(b) {
			score -= 0.3 * float64(len(strings.Fields(b)))
		} else {
			score -= 0.3 * float64(len(strings.Fields(a)))
		}
		score -= float64(i) * 0.1
		if score > bestScore {
			best, bestScore = i, score
		}
	}
	loc := locs[best]
	a, b := strings.TrimSpace(s[:loc[0]]), strings.TrimSpace(s[loc[1]:])
	if i := strings.Index(b, " | "); i > 0 {
		b = strings.TrimSpace(b[:i])
	}
	if titleScore(b) > titleScore(a) {
		return b, a
	}
	return a, b
}

func titleScore(s string) float64 {
	return 2*float64(titleWords.count(s)) - float64(orgWords.count(s)) - float64(schoolWords.count(s))
}

// highlights joins the body lines into items: a bullet starts one, other
// lines continue the last (wrapped) or stand alone when they start with a
// capital after a full stop.
func highlights(body []pline) []string {
	var out []string
	for _, l := range body {
		t := strings.ReplaceAll(l.Text, "\t", " ")
		if n := len(out); n > 0 && !l.bullet && (startsLower(t) || !strings.HasSuffix(out[n-1], ".")) {
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

var reScore = regexp.MustCompile(`(?i)\b(?:gpa|grade|note|mention|nota media|nota|calificación|abschlussnote|score)\s*:?\s*(.+)$`)

func parseEducation(ls []pline) []Education {
	out := []Education{}
	for _, e := range entriesOf(ls, secEducation) {
		ed := Education{}
		if e.dated {
			ed.StartDate = string(e.dates.start)
			if !e.dates.current {
				ed.EndDate = string(e.dates.end)
			}
		}
		var texts []string
		for _, p := range e.headParts() {
			texts = append(texts, p...)
		}
		for _, l := range e.body {
			texts = append(texts, strings.Split(l.Text, "\t")...)
		}
		for _, t := range texts {
			if m := reScore.FindStringSubmatchIndex(t); m != nil && ed.Score == "" {
				ed.Score = strings.TrimSpace(t[m[2]:m[3]])
				t = strings.Trim(strings.TrimSpace(t[:m[0]]), "—–-,| ")
			}
			switch {
			case t == "":
			case ed.Institution == "" && schoolWords.in(t) && !degreeWords.in(t):
				ed.Institution = t
			case ed.StudyType == "" && degreeWords.in(t):
				ed.StudyType, ed.Area = splitDegree(t)
			case ed.Institution == "":
				ed.Institution = t
			}
		}
		out = append(out, ed)
	}
	return out
}

// splitDegree splits "Bachelor of Science, Computer Science" or "MSc in
// Economics" into study type and area.
func splitDegree(s string) (studyType, area string) {
	for _, sep := range []string{", ", " in ", " en ", " – ", " — ", " - ", ": "} {
		if a, b, ok := strings.Cut(s, sep); ok {
			if degreeWords.in(b) && !degreeWords.in(a) {
				return strings.TrimSpace(b), strings.TrimSpace(a)
			}
			return strings.TrimSpace(a), strings.TrimSpace(b)
		}
	}
	return s, ""
}
