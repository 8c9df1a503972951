package resume

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// months maps month names and abbreviations in English, German, French,
// Spanish, Italian, Dutch and Portuguese (lower case, accents kept and
// dropped) to their number.
var months = func() map[string]int {
	m := map[string]int{}
	lists := [][]string{
		{"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"},
		{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"},
		{"januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"},
		{"jan", "feb", "mär", "apr", "mai", "jun", "jul", "aug", "sep", "okt", "nov", "dez"},
		{"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"},
		{"janv", "févr", "mars", "avr", "mai", "juin", "juil", "août", "sept", "oct", "nov", "déc"},
		{"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"},
		{"ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"},
		{"", "", "marz", "", "", "", "", "", "sept", "", "", ""},
		{"", "fevrier", "", "", "", "", "", "aout", "setiembre", "", "", "decembre"},
		{"jänner", "feber", "", "", "", "", "", "", "", "", "", ""},
		{"gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"},
		{"gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"},
		{"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"},
		{"jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"},
		{"janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"},
		{"jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez"},
		{"", "", "marco", "", "", "", "", "", "", "", "", ""},
	}
	for _, l := range lists {
		for i, name := range l {
			if name != "" {
				m[name] = i + 1
			}
		}
	}
	return m
}()

// seasons maps season words to their first and last month.
var seasons = map[string][2]int{
	"spring": {3, 5}, "summer": {6, 8}, "fall": {9, 11}, "autumn": {9, 11}, "winter": {12, 2},
	"frühjahr": {3, 5}, "frühling": {3, 5}, "sommer": {6, 8}, "herbst": {9, 11},
	"printemps": {3, 5}, "été": {6, 8}, "automne": {9, 11}, "hiver": {12, 2},
	"primavera": {3, 5}, "verano": {6, 8}, "otoño": {9, 11}, "invierno": {12, 2},
	"estate": {6, 8}, "autunno": {9, 11}, "inverno": {12, 2},
	"voorjaar": {3, 5}, "lente": {3, 5}, "zomer": {6, 8}, "najaar": {9, 11}, "herfst": {9, 11},
	"verão": {6, 8}, "outono": {9, 11},
}

// presentWords end a range that is still running (as whole words).
var presentWords = []string{
	"present", "current", "now", "today", "ongoing", "date",
	"heute", "jetzt", "aktuell", "dato",
	"aujourd'hui", "aujourd’hui", "ce jour", "présent", "actuel", "maintenant",
	"actualidad", "presente", "hoy", "la fecha", "actual",
	"oggi", "in corso", "attuale", "adesso",
	"heden", "nu", "huidig",
	"atual", "atualmente", "actualmente", "o momento", "hoje",
}

// sinceWords start an open range: "seit 2018", "depuis mars 2019", "dal
// 2019", "sinds 2020".
var sinceWords = []string{"since", "seit", "depuis", "desde", "ab", "dal", "da", "sinds", "vanaf"}

var (
	reDateToken = regexp.MustCompile(`(?i)(\b\d{1,2}[./]\d{1,2}[./]\d{4}\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}[./]\d{4}\b|\b\d{4}[-/.]\d{1,2}\b|\b(?:19|20)\d{2}\b|\p{L}+\.?,?(?:\s+(?:de|del)\s+|\s+|/)(?:19|20)\d{2}\b|\p{L}+\.?\s+'\d{2}\b)`)
	reRangeSep  = regexp.MustCompile(`(?i)^\s*(?:[-–—‒−]+|to|bis|until|till|à|au|a|al|hasta|jusqu'à|jusqu’à|tot|t/m|até)\s*$`)
)

// date is an ISO 8601 partial date, "2021-03" or "2019".
type date string

// dateRange is what a line says about a period.
type dateRange struct {
	start, end date
	current    bool   // "Present", "heute", "depuis 2018": endDate stays absent
	from, to   int    // byte span of the range in the text
	text       string // the text without the range
}

// parseDateToken reads one token found by reDateToken. The season, when
// there is one, gives the token's first and last month.
func parseDateToken(tok string) (start, end date, ok bool) {
	t := strings.ToLower(strings.TrimSpace(tok))
	if n, err := strconv.Atoi(t); err == nil && len(t) == 4 {
		return date(t), date(t), n >= 1900 && n <= 2099
	}
	if d, ok := fullDate(t); ok {
		return d, d, true
	}
	for _, sep := range []string{"/", "."} {
		if a, b, found := strings.Cut(t, sep); found {
			if len(b) == 4 {
				if m, err := strconv.Atoi(a); err == nil && m >= 1 && m <= 12 {
					d := date(b + "-" + twoDigits(m))
					return d, d, true
				}
			}
		}
	}
	if a, b, found := strings.Cut(t, "-"); found && len(a) == 4 {
		if m, err := strconv.Atoi(b); err == nil && m >= 1 && m <= 12 {
			d := date(a + "-" + twoDigits(m))
			return d, d, true
		}
	}
	f := strings.Fields(strings.Replace(strings.Replace(t, "/", " ", 1), ",", " ", 1)) // "mar/2021", "March, 2019"
	if len(f) == 3 && (f[1] == "de" || f[1] == "del") {
		f = []string{f[0], f[2]} // "marzo de 2019", "março de 2019"
	}
	if len(f) != 2 {
		return "", "", false
	}
	word := strings.TrimSuffix(f[0], ".")
	year := f[1]
	if strings.HasPrefix(year, "'") {
		year = "20" + year[1:]
	}
	if _, err := strconv.Atoi(year); err != nil || len(year) != 4 {
		return "", "", false
	}
	if m, ok := months[word]; ok {
		d := date(year + "-" + twoDigits(m))
		return d, d, true
	}
	if s, ok := seasons[word]; ok {
		if s[0] > s[1] { // winter spans the new year: the year given is its start
			y, _ := strconv.Atoi(year)
			return date(year + "-" + twoDigits(s[0])), date(strconv.Itoa(y+1) + "-" + twoDigits(s[1])), true
		}
		return date(year + "-" + twoDigits(s[0])), date(year + "-" + twoDigits(s[1])), true
	}
	return "", "", false
}

// fullDate reads a date with its day: "01/03/2020" and "01.03.2020" (day
// first, as Europe writes it, unless only the other way round is a date:
// "03/25/2020"), and "2020-03-01".
func fullDate(t string) (date, bool) {
	var y, m, d int
	var err error
	if p := strings.Split(t, "-"); len(p) == 3 && len(p[0]) == 4 {
		if y, err = strconv.Atoi(p[0]); err != nil {
			return "", false
		}
		m, _ = strconv.Atoi(p[1])
		d, _ = strconv.Atoi(p[2])
	} else {
		p := strings.FieldsFunc(t, func(r rune) bool { return r == '/' || r == '.' })
		if len(p) != 3 || len(p[2]) != 4 {
			return "", false
		}
		d, _ = strconv.Atoi(p[0])
		m, _ = strconv.Atoi(p[1])
		if y, err = strconv.Atoi(p[2]); err != nil {
			return "", false
		}
		if m > 12 && d <= 12 {
			d, m = m, d
		}
	}
	if y < 1900 || y > 2099 || m < 1 || m > 12 || d < 1 || d > 31 {
		return "", false
	}
	return date(strconv.Itoa(y) + "-" + twoDigits(m) + "-" + twoDigits(d)), true
}

func twoDigits(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

type dateHit struct {
	start, end date
	from, to   int
}

func dateHits(s string) []dateHit {
	var hits []dateHit
	for pos := 0; pos < len(s); {
		loc := reDateToken.FindStringIndex(s[pos:])
		if loc == nil {
			break
		}
		from, to := pos+loc[0], pos+loc[1]
		st, en, ok := parseDateToken(s[from:to])
		if !ok {
			// "to 2021-01" or "Q3 2019": search again after the word
			next := from + 1
			for next < to && s[next] != ' ' && s[next] != '\t' {
				next++
			}
			pos = next
			continue
		}
		hits = append(hits, dateHit{st, en, from, to})
		pos = to
	}
	return hits
}

// findRange finds the first date range in s: "03/2021 – heute",
// "Jan 2017 - Aug 2020", "depuis 2018", "2013 – 2017", "Summer 2017",
// or a single date.
func findRange(s string) (dateRange, bool) {
	hits := dateHits(s)
	if len(hits) == 0 {
		return dateRange{}, false
	}
	low := lowerSameLength(s)
	for i, h := range hits {
		// "août – novembre 2012": the start gives its month only and
		// takes the end's year
		if m, from, ok := monthBefore(low, h); ok && i == 0 {
			y, _ := strconv.Atoi(string(h.start[:4]))
			if end, _ := strconv.Atoi(string(h.start[5:7])); m > end {
				y-- // "nov. – févr. 2019" began the year before
			}
			r := dateRange{start: date(strconv.Itoa(y) + "-" + twoDigits(m)), end: h.end, from: extendFrom(low, from), to: h.to}
			return r.withText(s), true
		}
		// a second date after a separator
		if i+1 < len(hits) && reRangeSep.MatchString(s[h.to:hits[i+1].from]) {
			n := hits[i+1]
			r := dateRange{start: h.start, end: n.end, from: h.from, to: n.to}
			r.from = extendFrom(low, extendSince(low, r.from))
			return r.withText(s), true
		}
		// a present word after a separator
		rest := low[h.to:]
		trimmed := strings.TrimLeft(rest, " \t-–—‒−")
		if sepLen := len(rest) - len(trimmed); sepLen > 0 || strings.HasPrefix(strings.TrimSpace(rest), "bis") || strings.HasPrefix(strings.TrimSpace(rest), "to ") {
			t2 := strings.TrimSpace(trimmed)
			for _, p := range []string{"bis ", "to ", "until ", "till ", "à ", "a ", "hasta ", "até ", "tot ", "fino ad ", "fino a ",
				"al ", "au ", "jusqu'à ", "jusqu’à ", "t/m "} {
				t2 = strings.TrimPrefix(t2, p)
			}
			for _, w := range presentWords {
				if strings.HasPrefix(t2, w) && !startsLetter(t2[len(w):]) {
					end := h.to + strings.Index(rest, w) + len(w)
					r := dateRange{start: h.start, current: true, from: extendSince(low, h.from), to: end}
					return r.withText(s), true
				}
			}
		}
		// "2019 –" and nothing after it in its cell: still running
		cell := rest
		if j := strings.IndexByte(cell, '\t'); j >= 0 {
			cell = cell[:j]
		}
		if c := strings.TrimSpace(cell); c != "" && strings.Trim(c, "-–—‒−") == "" && (i+1 == len(hits) || hits[i+1].from > h.to+len(cell)) {
			r := dateRange{start: h.start, current: true, from: extendSince(low, h.from), to: h.to + len(cell)}
			return r.withText(s), true
		}
		// "since 2018", "seit 03/2021", "depuis mars 2019"
		if from := extendSince(low, h.from); from != h.from {
			r := dateRange{start: h.start, current: true, from: from, to: h.to}
			return r.withText(s), true
		}
	}
	h := hits[0]
	r := dateRange{start: h.start, end: h.end, from: h.from, to: h.to}
	if h.start == h.end && len(h.start) == 4 && len(hits) == 1 {
		// a lone year: a one-year period (or a graduation year)
		r.end = h.end
	}
	return r.withText(s), true
}

// monthBefore finds a month name written alone before a separator and a
// month-precise date hit: "août – novembre 2012" gives August and where
// "août" starts.
func monthBefore(low string, h dateHit) (month, from int, ok bool) {
	if len(h.start) != 7 {
		return 0, 0, false
	}
	before := strings.TrimRight(low[:h.from], " ")
	trimmed := strings.TrimRight(before, "-–—‒−")
	if len(trimmed) == len(before) {
		// "de janvier à juin 2013", "from May to June 2019": a range word
		if i := strings.LastIndexByte(before, ' '); i > 0 && reRangeSep.MatchString(before[i:]) && !strings.ContainsAny(before[i:], "-–—‒−") {
			trimmed = before[:i]
		} else {
			return 0, 0, false // "juin 2019" after "mai" with no dash is no range
		}
	}
	trimmed = strings.TrimRight(trimmed, " ")
	i := strings.LastIndexFunc(trimmed, func(r rune) bool { return !unicode.IsLetter(r) && r != '.' })
	start := 0
	if i >= 0 {
		_, size := utf8.DecodeRuneInString(trimmed[i:])
		start = i + size
	}
	if m, ok := months[strings.TrimSuffix(trimmed[start:], ".")]; ok {
		return m, start, true
	}
	return 0, 0, false
}

// extendSince moves from back over a "since" word before it.
func extendSince(low string, from int) int {
	before := strings.TrimRight(low[:from], " ")
	for _, w := range sinceWords {
		if strings.HasSuffix(before, w) {
			i := len(before) - len(w)
			if i == 0 || !isWordByte(before[i-1]) {
				return i
			}
		}
	}
	return from
}

// fromWords open a range: "de janvier 2014 à juin 2014", "d’octobre
// 2014 à mai 2018", "from 2016 to 2019", "von 2010 bis 2012".
var fromWords = []string{"de", "d'", "d’", "du", "from", "von", "vom", "dal", "dall'", "dall’", "van"}

// extendFrom moves a range's start back over a "from" word before it, so
// that the word is not left in the text beside the range.
func extendFrom(low string, from int) int {
	before := strings.TrimRight(low[:from], " ")
	for _, w := range fromWords {
		if strings.HasSuffix(before, w) {
			i := len(before) - len(w)
			if i == 0 || !isWordByte(before[i-1]) && before[i-1] != '\'' {
				return i
			}
		}
	}
	return from
}

// lowerSameLength is s in lower case, byte for byte as long as s: a rune
// whose lower case has another UTF-8 length ("ẞ", "İ") and an invalid
// byte stay as they are, so offsets found in s index the lower-case text
// too (strings.ToLower shortened "ẞ" and findRange sliced past the end).
func lowerSameLength(s string) string {
	b := []byte(s)
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if l := unicode.ToLower(r); l != r && utf8.RuneLen(l) == size {
			utf8.EncodeRune(b[i:], l)
		}
		i += size
	}
	return string(b)
}

func startsLetter(s string) bool {
	r, _ := firstRune(s)
	return unicode.IsLetter(r)
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b >= 0x80
}

// reDuration is how long a period lasted, as some exports write it after
// the range: "(2 years 3 months)", "· 11 mos", "3 ans".
var reDuration = regexp.MustCompile(`(?i)^[\s(·,-]*(?:\d+\+?\s*(?:years?|yrs?|months?|mos?|ans?|mois|jahre?|monate?|años|año|meses|mes|anni|anno|mesi|mese|jaar|jaren|maanden|maand|anos|ano)\b[\s,]*)+\)?`)

func (r dateRange) withText(s string) dateRange {
	before, after := strings.TrimSpace(s[:r.from]), strings.TrimSpace(s[r.to:])
	if m := reDuration.FindString(after); m != "" {
		after = strings.TrimSpace(after[len(m):])
	}
	if strings.HasSuffix(before, "(") && strings.HasPrefix(after, ")") {
		before, after = strings.TrimSpace(before[:len(before)-1]), strings.TrimSpace(after[1:]) // "(2013 – 2015)"
	}
	sep := " "
	if strings.Contains(s[r.to:], "\t") && strings.Contains(s[:r.from], "\t") || strings.HasPrefix(strings.TrimLeft(s[r.to:], " "), "\t") && before != "" {
		sep = "\t" // the cells on either side stay cells
	}
	r.text = before + sep + after
	r.text = strings.Trim(strings.TrimSpace(r.text), "|,–—-·•\t ")
	return r
}
