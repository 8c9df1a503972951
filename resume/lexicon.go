package resume

import "strings"

// Section kinds.
const (
	secNone         = ""
	secSummary      = "summary"
	secWork         = "work"
	secEducation    = "education"
	secSkills       = "skills"
	secLanguages    = "languages"
	secCertificates = "certificates"
	secReferences   = "references"
	secContact      = "contact"
	secOther        = "other"
)

// headings maps section titles (lower case, English, German, French,
// Spanish) to their kind. A line is a heading when its whole text is one
// of these, with an optional colon.
var headings = func() map[string]string {
	m := map[string]string{}
	add := func(kind string, titles ...string) {
		for _, t := range titles {
			m[t] = kind
		}
	}
	add(secWork, "experience", "work experience", "professional experience", "employment", "employment history", "work history",
		"career history", "career", "professional background", "relevant experience", "experience and employment",
		"berufserfahrung", "beruflicher werdegang", "berufspraxis", "praxiserfahrung", "werdegang", "berufliche erfahrung", "beruflicher hintergrund",
		"expérience professionnelle", "expériences professionnelles", "expérience", "expériences", "parcours professionnel", "parcours",
		"experiencia", "experiencia profesional", "experiencia laboral", "trayectoria profesional", "historial laboral")
	add(secEducation, "education", "academic background", "education and training", "qualifications", "academic qualifications",
		"ausbildung", "studium", "bildungsweg", "bildung", "schulbildung", "akademische ausbildung", "ausbildung und studium",
		"formation", "études", "diplômes", "formation académique", "éducation", "cursus",
		"formación", "educación", "formación académica", "estudios", "titulación")
	add(secSkills, "skills", "technical skills", "core skills", "key skills", "competencies", "core competencies", "expertise", "skills and tools",
		"kenntnisse", "fähigkeiten", "it-kenntnisse", "kompetenzen", "fachkenntnisse", "fähigkeiten und kenntnisse", "edv-kenntnisse",
		"compétences", "compétences techniques", "savoir-faire", "compétences clés", "outils",
		"habilidades", "competencias", "conocimientos", "aptitudes", "habilidades técnicas")
	add(secLanguages, "languages", "language skills", "language", "sprachen", "sprachkenntnisse", "langues", "compétences linguistiques",
		"idiomas", "lenguas")
	add(secCertificates, "certifications", "certificates", "certification", "licenses and certifications", "licences and certifications",
		"zertifikate", "zertifizierungen", "weiterbildung", "weiterbildungen", "certificats", "certificaciones", "certificados")
	add(secSummary, "summary", "profile", "professional summary", "about me", "about", "objective", "career objective", "personal profile",
		"profil", "kurzprofil", "über mich", "zusammenfassung", "à propos", "résumé", "profil professionnel",
		"perfil", "perfil profesional", "sobre mí", "resumen", "resumen profesional", "extracto")
	add(secReferences, "references", "referees", "referenzen", "références", "referencias")
	add(secContact, "contact", "contact details", "personal details", "personal information", "kontakt", "kontaktdaten", "persönliche daten",
		"coordonnées", "contact", "informations personnelles", "contacto", "datos personales", "datos de contacto")
	add(secOther, "interests", "hobbies", "projects", "publications", "volunteering", "volunteer experience", "awards", "honors", "achievements",
		"interessen", "hobbys", "projekte", "ehrenamt", "auszeichnungen", "centres d'intérêt", "centres d’intérêt", "loisirs", "projets",
		"bénévolat", "intereses", "proyectos", "publicaciones", "voluntariado", "aficiones", "premios")
	return m
}()

// headingKind returns the section kind of a heading line, or "".
func headingKind(text string) string {
	t := strings.ToLower(strings.TrimSpace(strings.TrimRight(strings.TrimSpace(text), ":")))
	t = strings.Join(strings.Fields(t), " ")
	if k, ok := headings[t]; ok {
		return k
	}
	// "Work Experience & Internships", "Skills / Tools"
	for _, sep := range []string{" & ", " and ", " und ", " et ", " y ", " / "} {
		if a, _, ok := strings.Cut(t, sep); ok {
			if k, ok := headings[a]; ok {
				return k
			}
		}
	}
	return ""
}

// titleWords mark a job title (any language); a side of "X at Y" or
// "X, Y" that has one is the position, the other the employer.
var titleWords = wordSet(`engineer engineering developer manager managerin director directeur directrice analyst intern internship lead head
	designer nurse consultant scientist translator officer specialist architect administrator associate assistant coordinator
	president vice executive founder co-founder owner partner accountant auditor auditeur controller teacher professor lecturer
	researcher technician supervisor representative agent advisor adviser editor writer marketer recruiter programmer sales
	ingenieur ingenieurin entwickler entwicklerin leiter leiterin werkstudent werkstudentin praktikant praktikantin berater beraterin
	projektleiter systemadministrator sachbearbeiter referent referentin geschäftsführer mitarbeiter
	ingénieur ingénieure chargé chargée responsable développeur développeuse chef stagiaire analyste consultante gestionnaire
	ingeniero ingeniera desarrollador desarrolladora diseñador diseñadora jefe jefa gerente director directora becario becaria
	analista consultor consultora técnico técnica responsable coordinador coordinadora programador programadora
	junior senior principal staff data product project software`)

// orgWords mark an employer or school name.
var orgWords = wordSet(`inc inc. ltd ltd. llc gmbh ag se sa s.a. sas sarl plc corp corporation company co. group bank hospital
	university universität université universidad college school institute institut hochschule école escuela lycée academy
	foundation agency studio labs technologies systems solutions consulting services partners`)

// schoolWords mark an educational institution.
var schoolWords = wordSet(`university universität université universidad universitat college school institute institut hochschule
	fachhochschule école escuela lycée academy akademie gymnasium polytechnic politécnica politècnica eth epfl insa hec essec esic tu`)

// degreeWords mark a degree.
var degreeWords = wordSet(`bachelor master bsc msc ba ma mba phd ph.d. doctorate doctor diploma diplom diplôme licence licenciatura
	grado máster maestría doctorado specialist postgraduate abitur baccalauréat bac staatsexamen magister meng beng bs ms
	associate certificate classe préparatoire prépa`)

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// hasWord reports whether any word of s (lower-cased, trimmed of
// punctuation) is in set.
func hasWord(s string, set map[string]bool) bool {
	return countWords(s, set) > 0
}

func countWords(s string, set map[string]bool) int {
	n := 0
	for _, w := range strings.Fields(strings.ToLower(s)) {
		w = strings.Trim(w, ",.;:()|–—-")
		if set[w] {
			n++
		}
	}
	return n
}

// profileNetworks maps hosts to JSON Resume network names.
var profileNetworks = map[string]string{
	"linkedin.com": "LinkedIn", "github.com": "GitHub", "gitlab.com": "GitLab", "xing.com": "XING", "twitter.com": "Twitter",
	"x.com": "X", "behance.net": "Behance", "dribbble.com": "Dribbble", "stackoverflow.com": "Stack Overflow",
	"medium.com": "Medium", "bitbucket.org": "Bitbucket", "kaggle.com": "Kaggle", "orcid.org": "ORCID",
	"scholar.google.com": "Google Scholar", "instagram.com": "Instagram", "facebook.com": "Facebook",
}

// dialCodes maps international dialling codes to countries, longest first
// when matched.
var dialCodes = map[string]string{
	"1": "US", "44": "GB", "49": "DE", "33": "FR", "34": "ES", "31": "NL", "32": "BE", "41": "CH", "43": "AT", "39": "IT",
	"351": "PT", "353": "IE", "45": "DK", "46": "SE", "47": "NO", "48": "PL", "420": "CZ", "352": "LU", "358": "FI",
	"52": "MX", "54": "AR", "55": "BR", "56": "CL", "57": "CO", "61": "AU", "64": "NZ", "91": "IN", "81": "JP", "65": "SG",
}

// countryNames maps country names (several languages) to ISO codes.
var countryNames = map[string]string{
	"usa": "US", "united states": "US", "us": "US", "u.s.": "US", "united kingdom": "GB", "uk": "GB", "england": "GB", "scotland": "GB",
	"germany": "DE", "deutschland": "DE", "allemagne": "DE", "alemania": "DE", "france": "FR", "frankreich": "FR", "francia": "FR",
	"spain": "ES", "españa": "ES", "spanien": "ES", "espagne": "ES", "netherlands": "NL", "the netherlands": "NL", "niederlande": "NL",
	"ireland": "IE", "irland": "IE", "switzerland": "CH", "schweiz": "CH", "suisse": "CH", "suiza": "CH", "austria": "AT",
	"österreich": "AT", "italy": "IT", "italien": "IT", "italia": "IT", "belgium": "BE", "belgique": "BE", "portugal": "PT",
	"canada": "CA", "mexico": "MX", "méxico": "MX", "argentina": "AR", "colombia": "CO", "chile": "CL", "luxembourg": "LU",
}

// usStates are the postal abbreviations that follow a US city.
var usStates = wordSet(`AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK
	OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC`)

// cities is a small gazetteer of cities resumes name, with their country.
var cities = func() map[string]string {
	m := map[string]string{}
	add := func(cc string, names string) {
		for _, n := range strings.Split(names, ",") {
			m[strings.ToLower(strings.TrimSpace(n))] = cc
		}
	}
	add("US", "New York, Boston, San Francisco, Los Angeles, Seattle, Chicago, Austin, Denver, Atlanta, Miami, Washington, Houston, Dallas, Philadelphia, Portland, San Diego, San Jose, Cambridge, Pittsburgh, Minneapolis")
	add("GB", "London, Manchester, Edinburgh, Glasgow, Birmingham, Leeds, Bristol, Liverpool, Oxford, Newcastle, Newcastle upon Tyne, Belfast, Cardiff, Sheffield, Nottingham, Brighton, Reading")
	add("DE", "Berlin, München, Munich, Hamburg, Köln, Cologne, Frankfurt, Frankfurt am Main, Stuttgart, Düsseldorf, Leipzig, Dresden, Hannover, Nürnberg, Bonn, Karlsruhe, Mannheim, Essen, Dortmund, Bremen, Pullach")
	add("FR", "Paris, Lyon, Marseille, Toulouse, Bordeaux, Lille, Nantes, Strasbourg, Nice, Montpellier, Rennes, Grenoble")
	add("ES", "Madrid, Barcelona, Valencia, Sevilla, Seville, Bilbao, Málaga, Zaragoza, Alicante, Granada, Palma")
	add("NL", "Amsterdam, Rotterdam, Utrecht, Eindhoven, The Hague, Den Haag, Delft, Groningen")
	add("IE", "Dublin, Cork, Galway, Limerick")
	add("CH", "Zürich, Zurich, Genf, Geneva, Genève, Basel, Bern, Lausanne, Zug, Baden")
	add("AT", "Wien, Vienna, Graz, Linz, Salzburg, Innsbruck")
	add("IT", "Milano, Milan, Roma, Rome, Torino, Turin")
	add("BE", "Brussels, Bruxelles, Brüssel, Antwerp, Antwerpen, Ghent, Gent")
	add("PT", "Lisbon, Lisboa, Porto")
	return m
}()

// languageNames recognises languages named in a languages section.
var languageNames = wordSet(`english german french spanish italian portuguese dutch russian ukrainian polish chinese mandarin cantonese
	japanese korean arabic hindi tamil turkish greek swedish norwegian danish finnish czech irish welsh catalan valencian basque
	deutsch englisch französisch spanisch italienisch portugiesisch niederländisch russisch polnisch chinesisch japanisch türkisch arabisch
	français anglais allemand espagnol italien portugais néerlandais russe chinois japonais arabe
	español inglés alemán francés italiano portugués neerlandés ruso chino japonés árabe catalán valenciano euskera gallego`)

// stopwords per language, to tell which language a resume is written in.
var stopwords = map[string]map[string]bool{
	"en": wordSet("the and with of in for to a an on at as by from our my led built managed responsible years experience"),
	"de": wordSet("und mit der die das bei für von im in zu eines einer auf als des dem den aus verantwortung erfahrung"),
	"fr": wordSet("et de des le la les avec pour du en un une au aux dans sur d’un d'une expérience équipe"),
	"es": wordSet("y de con el la los las en para del un una por al como sobre experiencia equipo"),
}
