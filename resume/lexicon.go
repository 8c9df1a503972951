package resume

import (
	"strings"
	"unicode"
)

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

// headings maps section titles (lower case; English, German, French,
// Spanish, Italian, Dutch, Portuguese) to their kind. A line is a heading
// when its whole text is one of these, with an optional colon, or when its
// first part before "&", "and" and the like is ("Education and Training").
var headings = func() map[string]string {
	m := map[string]string{}
	add := func(kind string, titles ...string) {
		for _, t := range titles {
			m[t] = kind
		}
	}
	add(secWork, "experience", "work experience", "professional experience", "employment", "employment history", "work history",
		"career history", "career", "professional background", "relevant experience", "experience and employment",
		"professional history", "employment experience", "relevant work experience", "positions held", "work",
		"berufserfahrung", "beruflicher werdegang", "berufspraxis", "praxiserfahrung", "werdegang", "berufliche erfahrung", "beruflicher hintergrund",
		"berufliche laufbahn", "berufliche stationen", "berufstätigkeit", "beruflicher lebenslauf",
		"expérience professionnelle", "expériences professionnelles", "expérience", "expériences", "parcours professionnel", "parcours",
		"expérience pertinente", "emplois", "historique professionnel",
		"experiencia", "experiencia profesional", "experiencia laboral", "trayectoria profesional", "historial laboral", "trayectoria",
		"esperienza", "esperienze", "esperienza professionale", "esperienze professionali", "esperienza lavorativa", "esperienze lavorative",
		"percorso professionale",
		"werkervaring", "ervaring", "beroepservaring", "loopbaan", "professionele ervaring", "werkgeschiedenis", "relevante werkervaring",
		"experiência", "experiência profissional", "experiências profissionais", "experiência de trabalho", "histórico profissional",
		"percurso profissional", "experiência laboral")
	add(secEducation, "education", "academic background", "education and training", "qualifications", "academic qualifications",
		"academic history", "studies",
		"ausbildung", "studium", "bildungsweg", "bildung", "schulbildung", "akademische ausbildung", "ausbildung und studium",
		"akademischer werdegang", "schul- und berufsausbildung", "hochschulbildung",
		"formation", "études", "diplômes", "formation académique", "éducation", "cursus", "formations", "parcours académique",
		"formación", "educación", "formación académica", "estudios", "titulación", "formación reglada",
		"istruzione", "formazione", "istruzione e formazione", "percorso di studi", "titoli di studio", "studi", "formazione accademica",
		"opleiding", "opleidingen", "onderwijs", "studie", "scholing",
		"formação", "formação académica", "formação acadêmica", "educação", "escolaridade", "habilitações", "habilitações académicas",
		"habilitações literárias", "estudos")
	add(secSkills, "skills", "technical skills", "core skills", "key skills", "competencies", "core competencies", "expertise", "skills and tools",
		"tools", "technologies", "tech stack", "it skills", "computer skills", "software", "skills and expertise",
		"methods", "methods and tools", "tools and methods", "methoden", "methoden und werkzeuge", "werkzeuge", "methodenkompetenz",
		"méthodes", "méthodes et outils", "outils et méthodes", "métodos", "métodos y herramientas", "herramientas y métodos",
		"kenntnisse", "fähigkeiten", "it-kenntnisse", "kompetenzen", "fachkenntnisse", "fähigkeiten und kenntnisse", "edv-kenntnisse",
		"besondere kenntnisse", "technische kenntnisse", "fachliche kompetenzen", "kernkompetenzen", "schlüsselkompetenzen",
		"informatik", "edv", "it", "informatique", "informática", "informatica", "ofimática", "conocimientos de informática",
		"compétences", "compétences techniques", "savoir-faire", "compétences clés", "outils", "compétences informatiques",
		"habilidades", "competencias", "conocimientos", "aptitudes", "habilidades técnicas", "herramientas", "conocimientos técnicos",
		"conocimientos informáticos", "competencias técnicas",
		"competenze", "competenze tecniche", "capacità", "capacità e competenze", "capacità e competenze personali", "competenze informatiche",
		"conoscenze", "abilità", "capacità e competenze tecniche", "capacità e competenze informatiche", "strumenti",
		"vaardigheden", "competenties", "kennis", "technische vaardigheden", "kennis en vaardigheden", "ict-vaardigheden", "computervaardigheden",
		"competências", "habilidades técnicas", "competências técnicas", "conhecimentos", "ferramentas", "conhecimentos técnicos", "aptidões")
	add(secLanguages, "languages", "language skills", "language", "foreign languages",
		"sprachen", "sprachkenntnisse", "fremdsprachen", "langues", "compétences linguistiques", "langues étrangères",
		"idiomas", "lenguas", "lingue", "conoscenze linguistiche", "lingue straniere", "competenze linguistiche",
		"talen", "talenkennis", "línguas", "competências linguísticas")
	add(secCertificates, "certifications", "certificates", "certification", "licenses and certifications", "licences and certifications",
		"training", "courses", "professional development",
		"zertifikate", "zertifizierungen", "weiterbildung", "weiterbildungen", "fortbildungen", "kurse", "certificats",
		"certificaciones", "certificados", "cursos", "certificazioni", "certificati", "corsi",
		"certificaten", "certificeringen", "cursussen", "certificações")
	add(secSummary, "summary", "profile", "professional summary", "about me", "about", "objective", "career objective", "personal profile",
		"profil", "kurzprofil", "über mich", "zusammenfassung", "à propos", "résumé", "profil professionnel",
		"perfil", "perfil profesional", "sobre mí", "resumen", "resumen profesional", "extracto",
		"profilo", "profilo professionale", "sommario", "chi sono", "obiettivo", "occupazione desiderata", "desired employment",
		"profiel", "over mij", "samenvatting", "persoonlijk profiel", "profielschets",
		"resumo", "sobre mim", "resumo profissional", "perfil profissional", "objetivo")
	add(secReferences, "references", "referees", "referenzen", "références", "referencias", "referenze", "referenties", "referências")
	add(secContact, "contact", "contact details", "personal details", "personal information", "kontakt", "kontaktdaten", "persönliche daten",
		"coordonnées", "informations personnelles", "contacto", "datos personales", "datos de contacto",
		"contatti", "informazioni personali", "dati personali", "recapiti",
		"contactgegevens", "persoonlijke gegevens", "personalia", "persoonlijk",
		"contato", "contactos", "dados pessoais", "informações pessoais")
	add(secOther, "interests", "hobbies", "projects", "publications", "volunteering", "volunteer experience", "awards", "honors", "achievements",
		"side projects", "selected projects", "key projects", "open source", "open-source", "open source projects",
		"open-source projects", "open source contributions", "projets personnels", "proyectos personales", "eigene projekte",
		"nebenprojekte", "persoonlijke projecten", "projetos pessoais",
		"selected talks", "talks", "teaching", "memberships", "affiliations", "activities", "additional information", "personal projects",
		"interessen", "hobbys", "projekte", "ehrenamt", "auszeichnungen", "sonstiges", "ehrenamtliches engagement",
		"centres d'intérêt", "centres d’intérêt", "loisirs", "projets", "bénévolat", "divers", "distinctions", "publications",
		"intereses", "proyectos", "publicaciones", "voluntariado", "aficiones", "premios",
		"interessi", "hobby", "progetti", "progetti personali", "pubblicazioni", "volontariato", "premi", "altre informazioni",
		"hobby's", "interesses", "nevenactiviteiten", "projecten", "publicaties", "vrijwilligerswerk", "prijzen", "overig",
		"projetos", "publicações", "prémios", "prêmios", "atividades", "outros")
	for t, k := range m {
		spaceless[strings.ReplaceAll(t, " ", "")] = k
	}
	return m
}()

// spaceless holds the headings without their spaces, for headings that
// were letter-spaced ("E X P E R I E N C E" read back as "EXPERIENCE").
var spaceless = map[string]string{}

// headingKind returns the section kind of a heading line, or "".
func headingKind(text string) string {
	// "◼ EXPERIENCE", "2. Education", "— Skills —": marks and numbers
	// around a heading are not part of it
	text = strings.TrimFunc(text, func(r rune) bool { return !unicode.IsLetter(r) })
	t := strings.ToLower(strings.TrimSpace(text))
	t = strings.Join(strings.Fields(t), " ")
	if k, ok := headings[t]; ok {
		return k
	}
	t = expandElided(t)
	// "Work Experience & Internships", "Skills / Tools", "Istruzione e
	// formazione"; a line of more words, or with a number, is a sentence
	// that starts with a heading's word ("Formación en seguridad para 600
	// operarios al año")
	for _, sep := range []string{" & ", " and ", " und ", " et ", " y ", " e ", " en ", " / "} {
		if len(strings.Fields(t)) > 5 || strings.ContainsFunc(t, unicode.IsDigit) {
			break
		}
		if a, _, ok := strings.Cut(t, sep); ok {
			if k, ok := headings[a]; ok {
				return k
			}
		}
	}
	if !strings.Contains(t, " ") && len(t) > 5 {
		return spaceless[t]
	}
	// "Competencias clave", "Kernkompetenzen" aside: a known heading with a
	// word saying it is the main one ("Key competencies", "Compétences
	// principales", "Competenze chiave")
	if f := strings.Fields(strings.ReplaceAll(t, "-", " ")); len(f) >= 2 && len(f) <= 4 {
		var rest []string
		for _, w := range f {
			if !keyWords[w] {
				rest = append(rest, w)
			}
		}
		if len(rest) < len(f) && len(rest) > 0 {
			if k, ok := headings[strings.Join(rest, " ")]; ok && k == secSkills {
				return k
			}
		}
	}
	return ""
}

// expandElided writes out a German compound whose shared end was left
// off before "und" or "oder" ("aus- und weiterbildung" is "ausbildung und
// weiterbildung", "berufs- und praxiserfahrung"): the first word takes the
// end of the second that makes it a known heading.
func expandElided(t string) string {
	f := strings.Fields(t)
	if len(f) < 3 || !strings.HasSuffix(f[0], "-") || f[1] != "und" && f[1] != "oder" {
		return t
	}
	head, second := strings.TrimSuffix(f[0], "-"), f[2]
	for i := range second {
		if i == 0 {
			continue
		}
		if _, ok := headings[head+second[i:]]; ok {
			f[0] = head + second[i:]
			return strings.Join(f, " ")
		}
	}
	return t
}

// keyWords say a heading is the main one of its kind: "Key skills",
// "Competencias clave".
var keyWords = wordSet("key core main top principal principales principaux clave clés clé chiave principali chave principais kern")

// titleWords mark a job title (any language); a side of "X at Y" or
// "X, Y" that has one is the position, the other the employer. Compounds
// ending in one of the longer ones count too ("Softwareentwickler",
// "productmanager", "Personalreferentin"), and so do the parts of
// hyphenated words ("Software-Architektin").
var titleWords = vocabulary{words: wordSet(`engineer engineering developer manager managerin director directeur directrice analyst intern internship lead head
	designer nurse consultant scientist translator officer specialist architect administrator associate assistant coordinator
	president vice executive founder co-founder owner partner accountant auditor auditeur controller teacher professor lecturer
	researcher technician supervisor representative agent advisor adviser editor writer marketer recruiter programmer sales
	trainee apprentice fellow clerk auszubildender auszubildende volontär volontärin
	ingenieur ingenieurin entwickler entwicklerin leiter leiterin werkstudent werkstudentin praktikant praktikantin berater beraterin
	projektleiter systemadministrator sachbearbeiter referent referentin geschäftsführer mitarbeiter mitarbeiterin architekt architektin
	ingénieur ingénieure chargé chargée responsable développeur développeuse chef cheffe stagiaire analyste consultante gestionnaire
	ingeniero ingeniera desarrollador desarrolladora diseñador diseñadora jefe jefa gerente director directora becario becaria
	analista consultor consultora técnico técnica responsable coordinador coordinadora programador programadora arquitecto arquitecta
	sviluppatore sviluppatrice ingegnere progettista responsabile tirocinante stagista consulente direttore direttrice capo
	impiegato impiegata contabile
	ontwikkelaar analist onderzoeker adviseur projectleider medewerker beheerder stagiair teamleider
	engenheiro engenheira desenvolvedor desenvolvedora programador estagiário estagiária gestor gestora diretor diretora coordenador
	coordenadora consultor técnico
	planner buyer lawyer solicitor attorney counsel paralegal pharmacist electrician mechanic operator inspector surveyor
	economist statistician librarian therapist physiotherapist physician dentist estimator dispatcher receptionist secretary
	tutor trainer instructor journalist reporter photographer negotiator broker underwriter actuary bookkeeper cashier
	jurist rechtsanwalt steuerberater buchhalter lehrer erzieher pfleger verkäufer einkäufer techniker elektroniker
	mechatroniker monteur meister kaufmann kauffrau sachbearbeiterin
	juriste avocat avocate comptable acheteur acheteuse vendeur vendeuse technicien technicienne infirmier infirmière
	professeur enseignant enseignante conseiller conseillère opérateur opératrice éducateur éducatrice formateur formatrice
	abogado abogada contable enfermero enfermera profesor profesora vendedor vendedora administrativo administrativa
	auxiliar asesor asesora comprador compradora operario operaria encargado encargada educador educadora
	junior senior principal staff data product project software júnior sênior sénior pleno`), suffixes: titleSuffixes, feminine: true}

// titleSuffixes are the title words that also end compounds.
var titleSuffixes = []string{"engineer", "manager", "managerin", "developer", "designer", "analyst", "architekt", "architektin",
	"ingenieur", "ingenieurin", "entwickler", "entwicklerin", "leiter", "leiterin", "berater", "beraterin", "referent", "referentin",
	"administrator", "disponent", "disponentin", "assistent", "assistentin", "ontwikkelaar", "adviseur", "analist", "onderzoeker",
	"consultant", "specialist", "programmer", "researcher"}

// orgWords mark an employer or school name.
var orgWords = vocabulary{words: wordSet(`inc inc. ltd ltd. llc gmbh ag se sa s.a. sas sarl plc corp corporation company co. group bank hospital
	university universität université universidad college school institute institut hochschule école escuela lycée academy
	foundation agency studio labs technologies systems solutions consulting services partners
	s.p.a. spa s.r.l. srl b.v. bv n.v. nv ltda s.l. sl lda gruppo groep grupo banca banco
	mbb mbh kg ohg gbr partg e.v. sàrl s.l.u. s.a.s. pty`), suffixes: schoolSuffixes}

// legalForms are the words of a company's legal form: a part naming one
// is an employer, never a title, whatever title words its name has
// ("Dr. Muster & Partner Steuerberater mbB").
var legalForms = vocabulary{words: wordSet(`inc inc. ltd ltd. llc gmbh ag plc corp s.a. sas sarl s.p.a. spa s.r.l. srl b.v. bv n.v. nv
	ltda s.l. lda mbb mbh kg ohg gbr partg e.v. sàrl s.l.u. s.a.s. pty`)}

// schoolWords mark an educational institution.
var schoolWords = vocabulary{words: wordSet(`university universität université universidad universitat college school institute institut hochschule
	fachhochschule école escuela lycée academy akademie gymnasium polytechnic politécnica politècnica eth epfl insa hec essec esic tu
	università universiteit universidade politecnico politécnico istituto instituto faculdade facoltà hogeschool liceo escola
	colegio collège conservatoire iae scuola lyceum atheneum athenaeum colégio iut tecnológico tecnologico unibertsitatea`), suffixes: schoolSuffixes}

// schoolSuffixes end compound school names ("Rijksuniversiteit",
// "Musikhochschule", "Holbein-Gymnasium").
var schoolSuffixes = []string{"universiteit", "universität", "hochschule", "gymnasium", "akademie", "hogeschool", "schule", "school"}

// degreeWords mark a degree.
var degreeWords = vocabulary{words: wordSet(`bachelor master bsc msc ba ma mba phd ph.d. doctorate doctor diploma diplom diplôme licence licenciatura
	grado máster maestría doctorado specialist postgraduate abitur baccalauréat bac staatsexamen magister meng beng bs ms
	associate certificate classe préparatoire prépa b.s. b.a. m.s. m.a. s.m. b.sc. m.sc. b.eng. m.eng. dipl. dipl.-ing.
	laurea magistrale triennale dottorato diploma doctorat doktorat
	bacharelado licenciado mestrado doutoramento doutorado pós-graduação
	doctoraal propedeuse mphys mchem mphil dphil llb llm bba mres pgce hnd mbbs md jd m.phil. ll.m. m.b.a. b.b.a. dea dess
	ingénieur maturità maturita matura vwo havo mbo hbo bachillerato bachiller selectividad gcse a-levels a-level
	baccalaureate dut bts deug ingeniería ingenieria
	realschulabschluss hauptschulabschluss fachabitur hochschulreife fachhochschulreife gesellenbrief meisterbrief
	fachwirt fachwirtin betriebswirt betriebswirtin`),
	// "Realschulabschluss", "Masterabschluss": a German compound ending in
	// "abschluss" names a qualification; so do the chambers' further
	// qualifications ("Steuerfachwirtin", "Industriefachwirt", "Staatlich
	// geprüfter Betriebswirt")
	suffixes: []string{"abschluss", "fachwirt", "fachwirtin", "betriebswirt", "betriebswirtin"}}

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
	return vocabulary{words: set}.count(s)
}

// vocabulary is a set of words that mark something (a job title, a
// school), with the words that also end compounds.
type vocabulary struct {
	words    map[string]bool
	suffixes []string
	// feminine: German feminine forms count as their word ("Controllerin",
	// "Disponentin"): the "-in" form of any title word is a title.
	feminine bool
}

// in reports whether any word of s is in the vocabulary.
func (v vocabulary) in(s string) bool { return v.count(s) > 0 }

// count counts the words of s (lower-cased, trimmed of punctuation) in the
// vocabulary: whole words, either end of a hyphenated word
// ("Software-Architektin", "Holbein-Gymnasium"), and compounds ending in
// one of its suffixes ("Softwareentwickler", "Rijksuniversiteit").
func (v vocabulary) count(s string) int {
	n := 0
	for _, w := range strings.Fields(strings.ToLower(s)) {
		w = strings.Trim(w, ",;:()|–—-")
		if v.words[w] || v.words[strings.Trim(w, ".")] {
			n++
			continue
		}
		w = strings.Trim(w, ".")
		if v.feminine && len(w) > 5 && strings.HasSuffix(w, "in") {
			w = strings.TrimSuffix(w, "in")
			if v.words[w] {
				n++
				continue
			}
		}
		if i, j := strings.IndexByte(w, '-'), strings.LastIndexByte(w, '-'); i > 0 && (v.words[w[:i]] || v.words[w[j+1:]]) {
			n++
			continue
		}
		for _, suf := range v.suffixes {
			if len(w) >= len(suf)+3 && strings.HasSuffix(w, suf) {
				n++
				break
			}
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
	"usa": "US", "united states": "US", "us": "US", "u.s.": "US", "united states of america": "US", "estados unidos": "US",
	"vereinigte staaten": "US", "états-unis": "US", "stati uniti": "US", "verenigde staten": "US",
	"united kingdom": "GB", "uk": "GB", "england": "GB", "scotland": "GB", "wales": "GB", "northern ireland": "GB",
	"großbritannien": "GB", "royaume-uni": "GB", "reino unido": "GB", "regno unito": "GB", "verenigd koninkrijk": "GB",
	"germany": "DE", "deutschland": "DE", "allemagne": "DE", "alemania": "DE", "germania": "DE", "duitsland": "DE", "alemanha": "DE",
	"france": "FR", "frankreich": "FR", "francia": "FR", "frankrijk": "FR", "frança": "FR",
	"spain": "ES", "españa": "ES", "spanien": "ES", "espagne": "ES", "spagna": "ES", "spanje": "ES", "espanha": "ES",
	"netherlands": "NL", "the netherlands": "NL", "niederlande": "NL", "nederland": "NL", "pays-bas": "NL", "países bajos": "NL",
	"paesi bassi": "NL", "países baixos": "NL", "holanda": "NL", "holland": "NL",
	"ireland": "IE", "irland": "IE", "irlanda": "IE", "irlande": "IE", "ierland": "IE",
	"switzerland": "CH", "schweiz": "CH", "suisse": "CH", "suiza": "CH", "svizzera": "CH", "zwitserland": "CH", "suíça": "CH",
	"austria": "AT", "österreich": "AT", "autriche": "AT", "oostenrijk": "AT", "áustria": "AT",
	"italy": "IT", "italien": "IT", "italia": "IT", "italie": "IT", "italië": "IT", "itália": "IT",
	"belgium": "BE", "belgique": "BE", "belgien": "BE", "bélgica": "BE", "belgio": "BE", "belgië": "BE",
	"portugal": "PT", "portogallo": "PT", "brazil": "BR", "brasil": "BR", "brasilien": "BR", "brésil": "BR", "brasile": "BR", "brazilië": "BR",
	"canada": "CA", "kanada": "CA", "canadá": "CA", "mexico": "MX", "méxico": "MX", "argentina": "AR", "colombia": "CO", "chile": "CL",
	"luxembourg": "LU", "luxemburg": "LU", "lussemburgo": "LU", "norway": "NO", "norge": "NO", "norwegen": "NO", "sweden": "SE",
	"sverige": "SE", "schweden": "SE", "denmark": "DK", "danmark": "DK", "dänemark": "DK", "finland": "FI", "suomi": "FI",
	"poland": "PL", "polska": "PL", "polen": "PL", "czech republic": "CZ", "czechia": "CZ", "greece": "GR", "india": "IN",
	"australia": "AU", "new zealand": "NZ", "singapore": "SG", "japan": "JP", "china": "CN", "turkey": "TR", "türkiye": "TR",
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
	add("US", "New York, Boston, San Francisco, Los Angeles, Seattle, Chicago, Austin, Denver, Atlanta, Miami, Washington, Houston, Dallas, Philadelphia, Portland, San Diego, San Jose, Cambridge, Pittsburgh, Minneapolis, "+
		"Phoenix, Detroit, Baltimore, Nashville, Charlotte, Raleigh, Salt Lake City, St. Louis, Columbus, Indianapolis, Orlando, Tampa, Oakland, Palo Alto, Mountain View, Sunnyvale, Redmond, Boulder, Brooklyn, Ann Arbor, Madison, Cleveland, Cincinnati, Kansas City, Las Vegas, Sacramento, New Orleans, Honolulu")
	add("GB", "London, Manchester, Edinburgh, Glasgow, Birmingham, Leeds, Bristol, Liverpool, Oxford, Newcastle, Newcastle upon Tyne, Belfast, Cardiff, Sheffield, Nottingham, Brighton, Reading, "+
		"York, Leicester, Coventry, Southampton, Aberdeen, Dundee, Salford, Milton Keynes, Bath, Exeter, Swansea, Norwich, Plymouth, Cheltenham, Guildford")
	add("DE", "Berlin, München, Munich, Hamburg, Köln, Cologne, Frankfurt, Frankfurt am Main, Stuttgart, Düsseldorf, Leipzig, Dresden, Hannover, Nürnberg, Bonn, Karlsruhe, Mannheim, Essen, Dortmund, Bremen, Pullach, "+
		"Augsburg, Freiburg, Heidelberg, Wiesbaden, Münster, Aachen, Darmstadt, Potsdam, Regensburg, Ulm, Kiel, Lübeck, Mainz, Würzburg, Erlangen, Ingolstadt, Wolfsburg, Bielefeld, Bochum, Duisburg, Walldorf, Jena")
	add("FR", "Paris, Lyon, Marseille, Toulouse, Bordeaux, Lille, Nantes, Strasbourg, Nice, Montpellier, Rennes, Grenoble, "+
		"Nancy, Dijon, Angers, Reims, Le Havre, Clermont-Ferrand, Tours, Cannes, Versailles, Boulogne-Billancourt, Metz, Rouen, Brest, Caen, Orléans, Aix-en-Provence, Sophia Antipolis")
	add("ES", "Madrid, Barcelona, Valencia, Sevilla, Seville, Bilbao, Málaga, Zaragoza, Alicante, Granada, Palma, "+
		"Valladolid, Vigo, Gijón, Córdoba, Murcia, Pamplona, San Sebastián, Donostia, Santander, Salamanca, Las Palmas, A Coruña, Oviedo, Alcobendas, Getafe")
	add("NL", "Amsterdam, Rotterdam, Utrecht, Eindhoven, The Hague, Den Haag, Delft, Groningen, "+
		"Leiden, Haarlem, Nijmegen, Tilburg, Breda, Arnhem, Maastricht, Amersfoort, Almere, Zwolle, Enschede, Hilversum, Apeldoorn, 's-Hertogenbosch, Den Bosch")
	add("IE", "Dublin, Cork, Galway, Limerick, Waterford")
	add("CH", "Zürich, Zurich, Genf, Geneva, Genève, Basel, Bern, Lausanne, Zug, Baden, Winterthur, Lugano, Luzern, Lucerne, St. Gallen")
	add("AT", "Wien, Vienna, Graz, Linz, Salzburg, Innsbruck, Klagenfurt")
	add("IT", "Milano, Milan, Roma, Rome, Torino, Turin, Napoli, Naples, Firenze, Florence, Bologna, Genova, Genoa, Venezia, Venice, Verona, Palermo, Bari, Catania, Padova, Padua, Trieste, Brescia, Bergamo, Modena, Parma, Pisa, Trento")
	add("BE", "Brussels, Bruxelles, Brüssel, Brussel, Antwerp, Antwerpen, Anvers, Ghent, Gent, Leuven, Louvain, Liège, Luik, Namur, Bruges, Brugge, Mechelen")
	add("PT", "Lisbon, Lissabon, Lisboa, Porto, Oporto, Braga, Coimbra, Aveiro, Faro, Funchal, Setúbal")
	add("BR", "São Paulo, Sao Paulo, Rio de Janeiro, Belo Horizonte, Brasília, Brasilia, Curitiba, Porto Alegre, Recife, Salvador, Fortaleza, Campinas, Florianópolis, Manaus, Goiânia")
	add("LU", "Luxembourg")
	add("NO", "Oslo, Bergen, Trondheim, Stavanger")
	add("SE", "Stockholm, Gothenburg, Göteborg, Malmö, Uppsala")
	add("DK", "Copenhagen, København, Aarhus, Odense")
	add("FI", "Helsinki, Espoo, Tampere")
	add("PL", "Warsaw, Warszawa, Kraków, Krakow, Wrocław, Gdańsk, Poznań")
	add("CZ", "Prague, Praha, Brno")
	add("CA", "Toronto, Montreal, Montréal, Vancouver, Ottawa, Calgary")
	add("MX", "Ciudad de México, Mexico City, CDMX, Guadalajara, Monterrey, Puebla, Querétaro, Tijuana")
	add("AR", "Buenos Aires, Rosario, Mendoza")
	add("CO", "Bogotá, Medellín, Cali, Barranquilla")
	add("CL", "Santiago de Chile, Valparaíso")
	add("PE", "Lima")
	return m
}()

// languageNames recognises languages named in a languages section.
var languageNames = wordSet(`english german french spanish italian portuguese dutch russian ukrainian polish chinese mandarin cantonese
	japanese korean arabic hindi tamil turkish greek swedish norwegian danish finnish czech irish welsh catalan valencian basque
	vietnamese romanian hungarian hebrew persian urdu bengali swahili twi yoruba
	deutsch englisch französisch spanisch italienisch portugiesisch niederländisch russisch polnisch chinesisch japanisch türkisch arabisch
	schwedisch norwegisch dänisch griechisch
	français anglais allemand espagnol italien portugais néerlandais russe chinois japonais arabe vietnamien
	español inglés alemán francés italiano portugués neerlandés ruso chino japonés árabe catalán valenciano euskera gallego
	italiano inglese tedesco francese spagnolo portoghese olandese russo cinese giapponese
	nederlands engels duits frans spaans italiaans portugees
	português inglês alemão francês espanhol italiano holandês chinês japonês`)

// stopwords per language, to tell which language a resume is written in.
var stopwords = map[string]map[string]bool{
	"en": wordSet("the and with of in for to a an on at as by from our my led built managed responsible years experience"),
	"de": wordSet("und mit der die das bei für von im in zu eines einer auf als des dem den aus verantwortung erfahrung"),
	"fr": wordSet("et de des le la les avec pour du en un une au aux dans sur d’un d'une expérience équipe"),
	"es": wordSet("y de con el la los las en para del un una por al como sobre experiencia equipo"),
	"it": wordSet("e di del della delle dei degli con per il lo gli nel nella un una da sono anni esperienza"),
	"nl": wordSet("en van het een met voor de in op bij naar door ik jaar ervaring"),
	"pt": wordSet("e de do da dos das com para em no na um uma por ao como sobre experiência equipa equipe"),
}
