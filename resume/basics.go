package resume

import (
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The basics: name, label, email, phone, links and location, read from
// the header region (the lines above the first heading, a sidebar without
// a heading of its own, a DOCX header or footer, a contact section) and
// from contact lines anywhere; never from a referee's lines.

var (
	reEmail = regexp.MustCompile(`(?i)[a-z0-9._%+\-]+@[a-z0-9.\-]+\.[a-z]{2,}`)
	rePhone = regexp.MustCompile(`(?:\(\+\d{1,3}\)\s?|\+\s?\d{1,3}[\s.\-]?)?(?:\(0\)\s?)?(?:\(\d{1,5}\)[\s.\-]?)?\d[\d\s.\-/]{5,17}\d`)
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

// lastRune is s's last rune, 0 for an empty string.
func lastRune(s string) rune {
	if s == "" {
		return 0
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
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
		t := withoutPostNominals(strings.TrimSpace(parts[0]))
		words := strings.Fields(t)
		if len(words) == 1 && len(parts) == 1 && i+1 < len(ls) && !l.Paragraph && l.Size > 0 && l.Size >= maxSize-0.1 {
			// a name wrapped in a narrow column: "Björn" over "Lindqvist",
			// in the largest type of the page
			if n := ls[i+1]; n.Size == l.Size && n.Bold == l.Bold && n.Block == l.Block && !n.heading &&
				!strings.Contains(n.Text, "\t") && len(strings.Fields(n.Text)) <= 2 {
				t += " " + strings.TrimSpace(n.Text)
				words = strings.Fields(t)
			}
		}
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
		if l.role == roleName {
			s += 6 // a form's name field
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
		if len(parts) > 1 && !strings.ContainsAny(parts[1], "@0123456789/") {
			c.label = strings.TrimSpace(parts[1]) // not the email beside the name
		}
		cands = append(cands, c)
	}
	if len(cands) == 0 {
		return "", ""
	}
	sort.SliceStable(cands, func(i, j int) bool { return cands[i].score > cands[j].score })
	best := cands[0]
	name = properName(withoutHonorific(best.text))
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

// honorifics are titles written before a name, not part of it.
var honorifics = wordSet(`dr dr. prof prof. mr mr. mrs mrs. ms ms. mx dipl.-ing. dr.-ing. dr.-ing dipl.-kfm. mag. ing. lic. drs. ir. dott. dott.ssa ing dott`)

// postNominals are degrees, memberships and licences written after a
// name ("Jane Doe, PhD", "… CEng MIStructE").
var postNominals = wordSet(`phd ph.d mba md cpa cfa pe rn aca acca fcca cima pmp msc bsc ma ba meng beng mphil dphil llm frcs mrcs
	frics mrics cipd cissp mcips facs dds jd faia aia leed pgce fca cta`)

// rePostNominal: a membership written with two capitals first and lower
// case after ("CEng", "MIStructE", "FInstP"); names have one capital
// before their lower case ("McDonald", "DeLuca").
var rePostNominal = regexp.MustCompile(`^\p{Lu}{2,}\p{L}*\p{Ll}\p{L}*$`)

// withoutPostNominals takes the letters after a name off it, keeping two
// words at least: from the first known or two-capital post-nominal on,
// when every word after it is one too or in capitals ("CEng MICE"). A
// surname in capitals ("Marie DUPONT") stays.
func withoutPostNominals(s string) string {
	f := strings.Fields(s)
	isPost := func(w string) bool {
		w = strings.Trim(w, ",.")
		// two capitals at least: "MA" and "PhD" are letters, "Ma" a surname
		return postNominals[strings.ToLower(w)] && upperCount(w) >= 2 ||
			rePostNominal.MatchString(w)
	}
	for i := 2; i < len(f); i++ {
		if !isPost(f[i]) {
			continue
		}
		rest := true
		for _, w := range f[i+1:] {
			rest = rest && (isPost(w) || allCaps(strings.Trim(w, ",.")) && len(w) <= 7)
		}
		if rest {
			f = f[:i]
			break
		}
	}
	if len(f) > 0 {
		f[len(f)-1] = strings.TrimRight(f[len(f)-1], ",")
	}
	return strings.Join(f, " ")
}

func upperCount(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n
}

// withoutHonorific takes "Dr", "Prof.", "Dipl.-Ing." and the like off the
// front of a name.
func withoutHonorific(s string) string {
	f := strings.Fields(s)
	for len(f) > 2 && honorifics[strings.ToLower(f[0])] {
		f = f[1:]
	}
	return strings.Join(f, " ")
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
		if len(u) > len("mailto:") && strings.EqualFold(u[:len("mailto:")], "mailto:") {
			return u[len("mailto:"):]
		}
	}
	return ""
}

// findPhone takes the phone number of the header region, or failing
// that one written with "+" or "(" anywhere outside a referee's lines. Of
// several, a number with a phone label or icon (or in a form's phone
// field) or written internationally beats a bare one; a number that is a
// date range, a year or a postcode (written like one, or followed by its
// city) is none. Cells are read apart: a postcode and the phone in the
// next cell are not one number.
func findPhone(ls []pline) string {
	best, bestScore := "", -100
	for _, l := range ls {
		if referenceLine(l) || l.bullet {
			continue
		}
		for _, cell := range strings.Split(l.Text, "\t") {
			for _, loc := range rePhone.FindAllStringIndex(cell, -1) {
				m := strings.TrimSpace(strings.TrimRight(cell[loc[0]:loc[1]], " .-/"))
				if !phoneLike(m) || postcodeLike(m, cell[loc[1]:]) {
					continue
				}
				score := 1
				if strings.HasPrefix(m, "+") || strings.HasPrefix(m, "(") {
					score += 2
				}
				if l.role == rolePhone || rePhoneLabel.MatchString(cell[:loc[0]]) {
					score += 2
				}
				if !l.header {
					if score < 3 {
						continue
					}
					score -= 10
				}
				if score > bestScore {
					best, bestScore = m, score
				}
			}
		}
	}
	return best
}

var (
	// rePhoneLabel: a phone label or icon right before a number.
	rePhoneLabel = regexp.MustCompile(`(?i)(?:\b(?:tel|tél|tlf|phone|mobile|mob|cell|handy|telefon|telefono|teléfono|telefone|telefoon|telemóvel|móvil|cellulare|mobiel|fon)\.?|[☎✆📞📱☏])\s*:?\s*$`)
	// rePostcodeShape: Portuguese and Brazilian postcodes, "1100-053",
	// "01310-200".
	rePostcodeShape = regexp.MustCompile(`^\d{4,5}-\d{3}$`)
)

// postcodeLike says whether a phone-like number m, followed by rest, is a
// postcode: shaped like one, or a bare number followed by a word that can
// be its city ("1100-053 Lisboa").
func postcodeLike(m, rest string) bool {
	if rePostcodeShape.MatchString(m) {
		return true
	}
	if strings.HasPrefix(m, "+") || strings.HasPrefix(m, "(") {
		return false
	}
	word := strings.Fields(rest + " ")
	return len(word) > 0 && cityName(strings.Trim(word[0], ",")) && len([]rune(word[0])) >= 3
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

// findLocation reads where the candidate lives from a form's address
// field, then from the header region's lines: a street, postcode and city
// written on one line are read by their postcode ("75011 Paris", "3014 GS
// Rotterdam", "London N16 9PH", "Chicago, IL 60614", "São Paulo – SP");
// otherwise "City, ST", "City, Country" or a city of the gazetteer. The
// country comes from the gazetteer, a country name, or the phone's
// dialling code.
func findLocation(ls []pline, phone string) *Location {
	var loc *Location
	for _, pass := range []func(pline) bool{
		func(l pline) bool { return l.role == roleAddress },
		func(l pline) bool { return (l.header || contactLike(l)) && !referenceLine(l) },
		// a sidebar's contact section: "⌂ Ciudad de México"
		func(l pline) bool { return l.section == secContact && !referenceLine(l) },
	} {
		for _, l := range ls {
			if !pass(l) {
				continue // ask the pass first: lineLocation runs several regexps per line
			}
			if loc = lineLocation(l.Text); loc != nil {
				break
			}
		}
		if loc != nil {
			break
		}
	}
	if loc == nil {
		return nil
	}
	if loc.CountryCode == "" {
		loc.CountryCode = countryOfPhone(phone)
	}
	return loc
}

// lineLocation reads a place from one line: its cells (split at tabs,
// list separators and icons) are read one by one, emails, links and
// phone numbers left out.
func lineLocation(text string) *Location {
	text = reEmail.ReplaceAllString(text, " ")
	text = reURL.ReplaceAllString(text, " ")
	cells := strings.FieldsFunc(text, func(r rune) bool {
		return strings.ContainsRune("\t|·•;", r) || unicode.Is(unicode.So, r)
	})
	for _, cell := range cells {
		cell = strings.TrimSpace(cell)
		if cell == "" || strings.Contains(cell, "@") {
			continue
		}
		for _, m := range rePhone.FindAllString(cell, -1) {
			if m = strings.TrimSpace(m); strings.HasPrefix(m, "+") || strings.HasPrefix(m, "(") {
				cell = strings.Replace(cell, m, " ", 1)
			}
		}
		if loc := addressPlace(strings.Trim(strings.TrimSpace(cell), ",")); loc != nil {
			return loc
		}
		// "name@example.fr – 07 81 23 45 67 – Bordeaux": spaced dashes as
		// separators, once the cell whole is no place ("São Paulo – SP")
		for _, piece := range reSpacedDash.Split(cell, -1) {
			if loc := addressPlace(strings.Trim(strings.TrimSpace(piece), ",")); loc != nil {
				return loc
			}
		}
	}
	return nil
}

var (
	// rePostcodeCity: a postcode and its city, "75011 Paris", "D-80802
	// München", "1100-053 Lisboa", "3014 GS Rotterdam".
	rePostcodeCity = regexp.MustCompile(`^(?:[A-Z]{1,2}-)?\d{4,5}(?:-\d{3,4})?(?:\s?[A-Z]{2})?\s+(\p{Lu}[\p{L} .'’\-]+\p{L})$`)
	// reCityPostcodeUK: "London N16 9PH", "Edinburgh EH9 1HD".
	reCityPostcodeUK = regexp.MustCompile(`^(\p{Lu}[\p{L} .'’\-]*?)\s+[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}$`)
	// reCityState: a Brazilian city and its state, "São Paulo – SP".
	brazilStates = wordSet("AC AL AP AM BA CE DF ES GO MA MT MS MG PA PB PR PE PI RJ RN RS RO RR SC SP SE TO")
	reCityState  = regexp.MustCompile(`^(\p{Lu}[\p{L} .'’\-]*?)\s+[–—-]\s+([A-Z]{2})$`)
	// reDepartment: a French département's number, "(31)", "(2A)".
	reDepartment = regexp.MustCompile(`^(?:\d{2,3}|2[AB])$`)
	// reStateZip: a US state, with or without its ZIP code.
	reStateZip = regexp.MustCompile(`^([A-Z]{2})(?:\s+\d{5}(?:-\d{4})?)?$`)
	// streetWords end or start a street, which a postcode's city is not.
	streetWords = wordSet(`st st. street ave ave. avenue rd rd. road blvd blvd. lane ln dr dr. drive way rue avenue allée bd via viale
		piazza corso calle carrer avenida av av. rua praça straße strasse str. weg gasse platz laan straat gracht plein singel`)
)

// addressPlace reads the place of one cell. Of its comma parts, a place
// written with its postcode or its state beats a city named alone, and
// later parts beat earlier ones (a street comes first).
func addressPlace(cell string) *Location {
	if city, region, cc, ok := placeOf(cell); ok {
		return &Location{City: city, Region: region, CountryCode: cc}
	}
	fields := strings.Split(cell, ",")
	for i := range fields {
		fields[i] = strings.TrimSpace(fields[i])
		if m := reTrailingParen.FindStringSubmatch(fields[i]); m != nil && knownPlace(m[2]) {
			fields[i] = m[1] // "10122 Torino (Italia)"
		}
	}
	var best *Location
	bestRank := 0
	take := func(rank int, loc Location) {
		if rank >= bestRank {
			best, bestRank = &loc, rank
		}
	}
	for i, f := range fields {
		// "Toulouse (31)", "Bilbao (Bizkaia)": a city with its département
		// number or its province in brackets
		if m := reTrailingParen.FindStringSubmatch(f); m != nil && cityName(m[1]) {
			if cc, ok := cities[strings.ToLower(m[1])]; ok {
				region := m[2]
				if reDepartment.MatchString(region) {
					region = ""
				}
				take(2, Location{City: m[1], Region: region, CountryCode: cc})
				continue
			}
			if reDepartment.MatchString(m[2]) {
				take(2, Location{City: m[1]})
				continue
			}
		}
		if m := reCityPostcodeUK.FindStringSubmatch(f); m != nil && !hasWord(m[1], streetWords) {
			take(3, Location{City: m[1], CountryCode: "GB"})
			continue
		}
		if m := reCityState.FindStringSubmatch(f); m != nil && brazilStates[m[2]] {
			take(3, Location{City: m[1], Region: m[2], CountryCode: "BR"})
			continue
		}
		if i+1 < len(fields) && cityName(f) {
			if m := reStateZip.FindStringSubmatch(fields[i+1]); m != nil && usStates[m[1]] {
				take(3, Location{City: f, Region: m[1], CountryCode: "US"})
				continue
			}
		}
		if m := rePostcodeCity.FindStringSubmatch(f); m != nil && !hasWord(m[1], streetWords) {
			take(2, Location{City: m[1], CountryCode: cities[strings.ToLower(m[1])]})
			if city, ok := districtOf(m[1]); ok {
				take(2, Location{City: city, CountryCode: cities[strings.ToLower(city)]})
			}
			continue
		}
		if cc, ok := cities[strings.ToLower(f)]; ok {
			take(2, Location{City: f, CountryCode: cc})
		}
	}
	return best
}

// cityName says whether s could be a city's name: a few capitalised
// words, no digits.
func cityName(s string) bool {
	return s != "" && len(strings.Fields(s)) <= 3 && startsUpper(s) && !strings.ContainsAny(s, "0123456789—–|·•/()&@") && !hasWord(s, streetWords)
}

func placeOf(part string) (city, region, cc string, ok bool) {
	fields := strings.Split(part, ",")
	for i := range fields {
		fields[i] = strings.TrimSpace(fields[i])
	}
	first := fields[0]
	if len(strings.Fields(first)) > 4 || first == "" {
		return "", "", "", false
	}
	knownCC, known := cities[strings.ToLower(first)]
	if len(fields) == 2 {
		second := fields[1]
		if m := reStateZip.FindStringSubmatch(second); m != nil && usStates[m[1]] && cityName(first) {
			return first, m[1], "US", true
		}
		if c, ok := countryNames[strings.ToLower(second)]; ok && cityName(first) {
			return first, "", c, true
		}
		if known && len(strings.Fields(second)) <= 3 {
			return first, second, knownCC, true
		}
	}
	if known && len(fields) == 1 {
		return first, "", knownCC, true
	}
	return "", "", "", false
}

func countryOfPhone(phone string) string {
	p := strings.TrimLeft(strings.TrimSpace(phone), "(")
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

// districtOf reads a city written with its district after a hyphen
// ("Dresden-Neustadt", "Köln-Ehrenfeld"): the city is the part before the
// hyphen when the gazetteer knows it and not the whole name.
func districtOf(s string) (string, bool) {
	i := strings.IndexByte(s, '-')
	if i <= 0 || strings.Contains(s, " ") {
		return "", false
	}
	if _, whole := cities[strings.ToLower(s)]; whole {
		return "", false
	}
	city := s[:i]
	_, ok := cities[strings.ToLower(city)]
	return city, ok
}
