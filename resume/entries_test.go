package resume

import (
	"strings"
	"testing"
)

// sectionOf parses lines written under a heading, as a PDF gives them
// (tabs between the cells of a line; "- " starts a bullet).
func sectionOf(heading string, lines ...string) []pline {
	doc := []Line{{Text: "Jane Doe", Size: 20}, {Text: heading, Size: 12, Bold: true}}
	for _, l := range lines {
		doc = append(doc, Line{Text: l, Size: 10})
	}
	for i := range doc {
		doc[i].Text = cleanText(doc[i].Text)
	}
	ls := normalizeLines(doc)
	markSections(ls)
	return ls
}

// parseWork reads a work section with no home town known.
func parseWork(ls []pline) []Work { return parseWorkNear(ls, "") }

type workWant struct{ position, name, location, start, end string }

func checkWork(t *testing.T, name string, got []Work, want []workWant) {
	t.Helper()
	if len(got) != len(want) {
		t.Errorf("%s: %d entries, want %d: %+v", name, len(got), len(want), got)
		return
	}
	for i, w := range want {
		g := got[i]
		if g.Position != w.position || g.Name != w.name || g.Location != w.location || g.StartDate != w.start || g.EndDate != w.end {
			t.Errorf("%s, entry %d: got {%q %q %q %s..%s}, want {%q %q %q %s..%s}", name, i,
				g.Position, g.Name, g.Location, g.StartDate, g.EndDate, w.position, w.name, w.location, w.start, w.end)
		}
	}
}

// The one-line and two-line forms a head is written in: title and
// employer told apart by "at" words, job-title words, and the place an
// employer is written with.
func TestWorkHeads(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  []workWant
	}{
		{"title at employer, place", []string{"Senior Engineer at Acme Corp, Denver\tJan 2020 – Present"},
			[]workWant{{"Senior Engineer", "Acme Corp", "Denver", "2020-01", ""}}},
		{"title — employer, place", []string{"Analyste financière — Globex, Lyon\t2018 – 2020"},
			[]workWant{{"Analyste financière", "Globex", "Lyon", "2018", "2020"}}},
		{"pipes and a place on the right", []string{"Product Designer | Initech | Mar 2017 – Feb 2019\tSeattle, WA"},
			[]workWant{{"Product Designer", "Initech", "Seattle, WA", "2017-03", "2019-02"}}},
		{"title, employer, place", []string{"Consultora sénior, Umbrella, Sevilla\tene. 2016 – dic. 2019"},
			[]workWant{{"Consultora sénior", "Umbrella", "Sevilla", "2016-01", "2019-12"}}},
		{"employer above the title", []string{"Initech GmbH, Hamburg", "Softwareentwicklerin\t04/2015 – 06/2017", "- Built the billing service."},
			[]workWant{{"Softwareentwicklerin", "Initech GmbH", "Hamburg", "2015-04", "2017-06"}}},
		{"employer below the title", []string{"Projektleiter\t2015 – 2017", "Hooli AG, Bremen", "- Led the move to the cloud."},
			[]workWant{{"Projektleiter", "Hooli AG", "Bremen", "2015", "2017"}}},
		{"Dutch at word", []string{"Adviseur bij Globex, Utrecht", "jan. 2020 – heden"},
			[]workWant{{"Adviseur", "Globex", "Utrecht", "2020-01", ""}}},
		{"Italian, employer · place", []string{"Progettista meccanico\tset 2018 – in corso", "Initech · Torino"},
			[]workWant{{"Progettista meccanico", "Initech", "Torino", "2018-09", ""}}},
		{"a legal form after a comma stays with its name", []string{"Data Engineer, Acme, Inc.\t2019 – 2021"},
			[]workWant{{"Data Engineer", "Acme, Inc.", "", "2019", "2021"}}},
		{"no employer after a lower-case at word", []string{"Diseñador en prácticas | Globex | 2015 – 2016"},
			[]workWant{{"Diseñador en prácticas", "Globex", "", "2015", "2016"}}},
		{"the place in brackets after the employer", []string{"Développeuse mobile", "Initech (Montpellier) – 2017-2021"},
			[]workWant{{"Développeuse mobile", "Initech", "Montpellier", "2017", "2021"}}},
		{"dates first with a colon", []string{"2019 - heden: Planner, Globex, Tilburg"},
			[]workWant{{"Planner", "Globex", "Tilburg", "2019", ""}}},
	}
	for _, tt := range tests {
		checkWork(t, tt.name, parseWork(sectionOf("Experience", tt.lines...)), tt.want)
	}
}

// Entries are found from the shape of the first: dates above their
// entry take the lines below them, never the last line of the entry
// before; the lines above the first entry's dates lead every entry.
func TestEntryShapes(t *testing.T) {
	t.Run("dates above", func(t *testing.T) {
		got := parseWork(sectionOf("Expérience",
			"Depuis mars 2021",
			"Cheffe de produit — Globex, Lille",
			"Pilotage de la feuille de route produit",
			"Mai 2017 – février 2021",
			"Consultante — Initech, Lyon",
			"Accompagnement de six clients industriels",
		))
		checkWork(t, "dates above", got, []workWant{
			{"Cheffe de produit", "Globex", "Lille", "2021-03", ""},
			{"Consultante", "Initech", "Lyon", "2017-05", "2021-02"},
		})
	})
	t.Run("title above the dated employer line", func(t *testing.T) {
		got := parseWork(sectionOf("Werkervaring",
			"Data engineer",
			"Globex, Utrecht | 2021 – heden",
			"Bouwde de datapijplijnen voor de klantenservice en",
			"rapportages.",
			"Analist",
			"Initech, Eindhoven | 2018 – 2021",
			"Analyses voor het prijsteam.",
		))
		checkWork(t, "title above", got, []workWant{
			{"Data engineer", "Globex", "Utrecht", "2021", ""},
			{"Analist", "Initech", "Eindhoven", "2018", "2021"},
		})
	})
	t.Run("several positions under one employer", func(t *testing.T) {
		got := parseWork(sectionOf("Career history",
			"Globex, Leeds",
			"Senior Analyst",
			"March 2019 – present",
			"- Owned the pricing model.",
			"Analyst",
			"June 2016 – February 2019",
			"- Built reports.",
			"Initech, York",
			"Graduate Trainee",
			"2014 – 2016",
		))
		checkWork(t, "grouped", got, []workWant{
			{"Senior Analyst", "Globex", "Leeds", "2019-03", ""},
			{"Analyst", "Globex", "Leeds", "2016-06", "2019-02"},
			{"Graduate Trainee", "Initech", "York", "2014", "2016"},
		})
	})
	t.Run("an employer with its overall dates above its positions", func(t *testing.T) {
		got := parseWork(sectionOf("Experience",
			"Globex, Chicago, IL\t2015 – Present",
			"Senior Data Scientist\t2019 – Present",
			"- Built the rating model.",
			"Data Scientist\t2015 – 2019",
			"- Forecasts.",
		))
		checkWork(t, "employer dates", got, []workWant{
			{"Senior Data Scientist", "Globex", "Chicago, IL", "2019", ""},
			{"Data Scientist", "Globex", "Chicago, IL", "2015", "2019"},
		})
	})
	t.Run("an export's role, dates and place lines", func(t *testing.T) {
		got := parseWork(sectionOf("Experience",
			"Globex", "5 years 3 months",
			"Head of Sales", "January 2021 - Present (3 years 2 months)", "Lyon, Auvergne-Rhône-Alpes, France",
			"Sales Manager", "January 2019 - December 2020 (2 years)", "Lyon, Auvergne-Rhône-Alpes, France",
			"Initech", "Account Executive", "September 2014 - December 2018 (4 years 4 months)", "Paris",
		))
		checkWork(t, "export", got, []workWant{
			{"Head of Sales", "Globex", "Lyon, Auvergne-Rhône-Alpes, France", "2021-01", ""},
			{"Sales Manager", "Globex", "Lyon, Auvergne-Rhône-Alpes, France", "2019-01", "2020-12"},
			{"Account Executive", "Initech", "Paris", "2014-09", "2018-12"},
		})
	})
	t.Run("a range wrapped in a date column", func(t *testing.T) {
		got := parseWork(sectionOf("Berufserfahrung", "03/2017 –\tBackend-Entwickler", "09/2020\tInitech GmbH, Berlin", "Katalog-APIs."))
		checkWork(t, "date column", got, []workWant{{"Backend-Entwickler", "Initech GmbH", "Berlin", "2017-03", "2020-09"}})
	})
	t.Run("a range wrapped after its dash", func(t *testing.T) {
		got := parseWork(sectionOf("Experience", "Research Engineer", "Initech, Boston | 2016 –", "2019", "Built robots."))
		checkWork(t, "wrapped", got, []workWant{{"Research Engineer", "Initech", "Boston", "2016", "2019"}})
	})
}

// A form (Europass) is read by its labels, whatever the order of its
// lines; a label that wrapped is not a value.
func TestFormEntries(t *testing.T) {
	ls := sectionOf("Work experience",
		"Dates\t05/2018 – present",
		"Occupation or position held\tQuality engineer",
		"Main activities and responsibilities\tAudits of suppliers;",
		"supplier development",
		"Name and address of employer\tInitech Ltd, Bristol",
		"Type of business or sector\tAerospace",
		"Dates\t2015 – 2018",
		"Occupation or position held\tTechnician",
		"Name and address of employer\tGlobex plc, Derby",
	)
	checkWork(t, "europass", parseWork(ls), []workWant{
		{"Quality engineer", "Initech Ltd", "Bristol", "2018-05", ""},
		{"Technician", "Globex plc", "Derby", "2015", "2018"},
	})
	edu := parseEducation(sectionOf("Education and training",
		"Dates\t2010 – 2014",
		"Title of qualification awarded\tBSc Mechanical Engineering",
		"Name and type of organisation providing education and training\tUniversity of Leeds",
	))
	if len(edu) != 1 || edu[0].Institution != "University of Leeds" || edu[0].StudyType != "BSc Mechanical Engineering" {
		t.Errorf("europass education: got %+v", edu)
	}
}

// Schools and degrees: the school is the part with a school word, in
// whichever order and form the line writes them.
func TestEducationHeads(t *testing.T) {
	tests := []struct {
		lines             []string
		school, studyType string
	}{
		{[]string{"Stanford University, M.S. Electrical Engineering\t2012 – 2014"}, "Stanford University", "M.S. Electrical Engineering"},
		{[]string{"MSc Econometrics, Universiteit Utrecht (2015 – 2017)"}, "Universiteit Utrecht", "MSc Econometrics"},
		{[]string{"Licenciatura em Gestão — Universidade do Porto\t2010 – 2013"}, "Universidade do Porto", "Licenciatura"},
		{[]string{"Hochschule München", "B.Eng. Maschinenbau, Note 1,7\t2011 – 2015"}, "Hochschule München", "B.Eng. Maschinenbau"},
		{[]string{"2009 – 2012", "Laurea in Economia", "Università di Bologna"}, "Università di Bologna", "Laurea"},
		// French short degrees and their institutes, a Spanish engineering
		// degree, a Basque university
		{[]string{"DUT Génie civil · IUT de Rennes\t2009 – 2011"}, "IUT de Rennes", "DUT Génie civil"},
		{[]string{"Ingeniería en Telecomunicaciones", "Tecnológico Nacional de Jalisco", "2012 – 2017"}, "Tecnológico Nacional de Jalisco", "Ingeniería"},
		{[]string{"Ingeniería Química\t2008 – 2012", "Donostiako Unibertsitatea"}, "Donostiako Unibertsitatea", "Ingeniería Química"},
		// a school named by a list of subjects keeps the list
		{[]string{"B.Sc. Physics\t2011 – 2014", "Institute of Science, Engineering and Design, Leeds"}, "Institute of Science, Engineering and Design", "B.Sc. Physics"},
		// "at" inside a school's name is no split between title and employer
		{[]string{"MBA, Finance, State University of Ohio at Lima\t2018"}, "State University of Ohio at Lima", "MBA"},
	}
	for _, tt := range tests {
		got := parseEducation(sectionOf("Education", tt.lines...))
		if len(got) != 1 || got[0].Institution != tt.school || got[0].StudyType != tt.studyType {
			t.Errorf("%q: got %+v, want school %q, degree %q", strings.Join(tt.lines, " / "), got, tt.school, tt.studyType)
		}
	}
}

// A degree with one date gives the date it was taken: an end, no start.
func TestEducationSingleDate(t *testing.T) {
	got := parseEducation(sectionOf("Education",
		"Ridgeview State University, Tulsa, OK\tMay 2016", "B.A. in History",
		"Lakeside College\t2011 – 2013", "A.A. in Liberal Arts"))
	if len(got) != 2 || got[0].StartDate != "" || got[0].EndDate != "2016-05" || got[1].StartDate != "2011" || got[1].EndDate != "2013" {
		t.Errorf("got %+v, want 2016-05 as the first end with no start, then 2011..2013", got)
	}
}

// A single date in a field of its own anchors its entry however long the
// line is.
func TestEducationLongPipedLine(t *testing.T) {
	got := parseEducation(sectionOf("Education",
		"Certificat d’aptitude | Institut régional de formation aux métiers de la santé publique de Bretagne (IRFMS) | 2016",
		"Licence Biologie | Université de Rennes | 2012 – 2015"))
	if len(got) != 2 || got[0].EndDate != "2016" || !strings.HasPrefix(got[0].Institution, "Institut régional") {
		t.Errorf("got %+v, want the institute's entry ending 2016, then the licence", got)
	}
}

// A highlight that mentions a year or a "since" is no entry of its own.
func TestWorkHighlightWithYear(t *testing.T) {
	got := parseWork(sectionOf("Experience",
		"Store Manager\t05/2018 – Present", "Greenleaf Markets | Dayton, OH",
		"Cut shrink by a third and kept staff turnover under 10% since 2019.",
		"Opened the second store in 2021 on time and under budget.",
		"Assistant Manager\t02/2015 – 04/2018", "Greenleaf Markets | Dayton, OH",
		"Sales Associate at Greenleaf Markets, Dayton, since 2013."))
	checkWork(t, "highlights with years", got, []workWant{
		{"Store Manager", "Greenleaf Markets", "Dayton, OH", "2018-05", ""},
		{"Assistant Manager", "Greenleaf Markets", "Dayton, OH", "2015-02", "2018-04"},
		{"Sales Associate", "Greenleaf Markets", "Dayton", "2013", ""},
	})
}

// The employer on a line of its own above the title: the title's line is
// all title ("Title, Unit"), and a later position with no employer of its
// own is at the same employer. An abbreviation in brackets after a title
// is no Italian province.
func TestWorkTitleWithUnit(t *testing.T) {
	got := parseWork(sectionOf("Experience",
		"Mercy General Hospital — Tulsa, OK", "Clinical Nurse Specialist, Pediatric Oncology", "March 2018 – Present",
		"Built the unit's sepsis screening protocol.",
		"Staff Nurse (RN)", "July 2012 – February 2018",
		"Rotated across the surgical and oncology floors."))
	checkWork(t, "title with its unit", got, []workWant{
		{"Clinical Nurse Specialist, Pediatric Oncology", "Mercy General Hospital", "Tulsa, OK", "2018-03", ""},
		{"Staff Nurse (RN)", "Mercy General Hospital", "Tulsa, OK", "2012-07", "2018-02"},
	})
}

// A title and its unit in one field, the employer in another: the comma
// does not split the title from its unit, nor make the unit the employer.
func TestWorkTitleUnitInFields(t *testing.T) {
	got := parseWork(sectionOf("Experience",
		"Editor, Business Desk – Daily Ledger Media\tJan 2019 – Present",
		"2014 – 2018 | Reporter, City Desk | Northgate Herald, Leeds"))
	checkWork(t, "title unit in fields", got, []workWant{
		{"Editor, Business Desk", "Daily Ledger Media", "", "2019-01", ""},
		{"Reporter, City Desk", "Northgate Herald", "Leeds", "2014", "2018"},
	})
}

// An employer written in lower case heads its entry like any other, and a
// description with commas in brackets is not cut into an employer.
func TestWorkLowerCaseEmployer(t *testing.T) {
	got := parseWork(sectionOf("Berufserfahrung",
		"Nordlicht Software GmbH, Kiel", "Backend-Entwicklerin", "Mai 2019 – heute",
		"Abrechnungsdienste (Go, PostgreSQL)",
		"quadrant systems ag, Rostock", "Softwareentwicklerin", "Juli 2015 – April 2019",
		"Kundenportale für Stadtwerke (Java EE, Oracle)"))
	checkWork(t, "lower-case employer", got, []workWant{
		{"Backend-Entwicklerin", "Nordlicht Software GmbH", "Kiel", "2019-05", ""},
		{"Softwareentwicklerin", "quadrant systems ag", "Rostock", "2015-07", "2019-04"},
	})
}

// A long employer name with its place, hyphenated at the line's end, is
// still the employer.
func TestWorkLongHyphenatedEmployer(t *testing.T) {
	got := parseWork(sectionOf("Berufserfahrung",
		"03/2016 – 08/2019\tWissenschaftliche Mitarbeiterin",
		"Institut für Regenerative Energiesysteme und Netzintegration IREN, Bad Ols-",
		"dorf",
		"Messkampagnen an Windparks; zwei Veröffentlichungen"))
	checkWork(t, "long hyphenated employer", got, []workWant{
		{"Wissenschaftliche Mitarbeiterin", "Institut für Regenerative Energiesysteme und Netzintegration IREN", "Bad Olsdorf", "2016-03", "2019-08"},
	})
}

// A range in a date column that wrapped after its end's month ("mars
// 2016 – oct." over "2016") is one range, and the year is no entry.
func TestWorkDateColumnMonthWrapped(t *testing.T) {
	got := parseWork(sectionOf("Expérience",
		"mars 2016 – oct.\tAssistante commerciale",
		"2016\tGlobex — Lille",
		"Suivi des commandes export",
		"nov. 2016 –\tChargée de clientèle",
		"aujourd’hui\tInitech — Roubaix"))
	checkWork(t, "month wrapped in a date column", got, []workWant{
		{"Assistante commerciale", "Globex", "Lille", "2016-03", "2016-10"},
		{"Chargée de clientèle", "Initech", "Roubaix", "2016-11", ""},
	})
}

// A German feminine title ("Controllerin", "Auditorin") is a title like
// its masculine form, so a town on the next line is not taken for it.
func TestWorkFeminineTitle(t *testing.T) {
	got := parseWork(sectionOf("Berufserfahrung",
		"März 2017 – heute",
		"Initech AG, Controllerin Einkauf",
		"Wolfsheim",
		"Monatsabschluss für drei Werke"))
	checkWork(t, "feminine title", got, []workWant{
		{"Controllerin Einkauf", "Initech AG", "Wolfsheim", "2017-03", ""},
	})
	if n := titleWords.count("Auditorin Supervisorin"); n != 2 {
		t.Errorf("titleWords.count(feminine forms) = %d, want 2", n)
	}
	if titleWords.in("Berlin") {
		t.Errorf("Berlin read as a title")
	}
}

// An employer written before its title after a comma is the employer, and
// a short line beside them, a town the gazetteer does not know, is their
// place, wherever the dates are.
func TestWorkEmployerCommaTitle(t *testing.T) {
	got := parseWork(sectionOf("Experience",
		"Jun 2018 – present\tHarbour Freight Lines, Logistics Coordinator",
		"Port Ellister",
		"Planned vessel loading for three terminals",
		"Mar 2014 – May 2018\tGreyfield Mills, Quality Technician",
		"Little Brampton",
		"Ran the incoming-goods inspection"))
	checkWork(t, "employer, title over a town", got, []workWant{
		{"Logistics Coordinator", "Harbour Freight Lines", "Port Ellister", "2018-06", ""},
		{"Quality Technician", "Greyfield Mills", "Little Brampton", "2014-03", "2018-05"},
	})
	got = parseWork(sectionOf("Experiencia",
		"Globex, Responsable de logística",
		"Desde marzo de 2019 — Villanueva del Campo",
		"Gestión de dos almacenes"))
	checkWork(t, "employer, title; the town after the dates", got, []workWant{
		{"Responsable de logística", "Globex", "Villanueva del Campo", "2019-03", ""},
	})
}

// A weak "at" word ("für", "pour", "en", "with") inside a title does not
// split it when the employer has a line of its own; alone on its line it
// still may.
func TestWorkWeakAtWord(t *testing.T) {
	got := parseWork(sectionOf("Berufserfahrung",
		"Mechatroniker für Kältetechnik\t09.2012 – 08.2016",
		"Initech Kühlsysteme, Oberweiler",
		"• Wartung von Kühlanlagen",
		"Servicetechniker\tseit 09.2016",
		"Globex Anlagenbau, Oberweiler"))
	checkWork(t, "für in a title", got, []workWant{
		{"Mechatroniker für Kältetechnik", "Initech Kühlsysteme", "Oberweiler", "2012-09", "2016-08"},
		{"Servicetechniker", "Globex Anlagenbau", "Oberweiler", "2016-09", ""},
	})
	got = parseWork(sectionOf("Experiencia", "Desarrolladora en Globex\t2019 – 2021"))
	checkWork(t, "en alone on its line", got, []workWant{{"Desarrolladora", "Globex", "", "2019", "2021"}})
	// a town the gazetteer does not know below is no employer's line
	got = parseWork(sectionOf("Experiencia", "Ingeniera de software en Globex\t2019 – 2021", "Villanueva del Campo"))
	checkWork(t, "en over an unknown town", got, []workWant{{"Ingeniera de software", "Globex", "Villanueva del Campo", "2019", "2021"}})
}

// Common job titles outside offices are titles too (planner, solicitor,
// Elektroniker, juriste, enfermera), so the part beside them is the
// employer and a town the gazetteer does not know stays the place.
func TestWorkTitleWordsBeyondOffices(t *testing.T) {
	got := parseWork(sectionOf("Experience",
		"Harbour Freight Lines, Logistics Planner\tJun 2018 – present",
		"Port Ellister",
		"Planned vessel loading for three terminals"))
	checkWork(t, "planner", got, []workWant{{"Logistics Planner", "Harbour Freight Lines", "Port Ellister", "2018-06", ""}})
	for _, s := range []string{"Solicitor", "Elektronikerin", "Juriste", "Enfermera", "Acheteuse", "Physiotherapist"} {
		if !titleWords.in(s) {
			t.Errorf("titleWords.in(%q) = false, want true", s)
		}
	}
}

// Heads that write the place first ("Town — Employer", the title below)
// are read alike: when most entries start that line with a known place,
// a town the gazetteer does not know starts it in the others.
func TestWorkPlaceFirst(t *testing.T) {
	got := parseWork(sectionOf("Expérience",
		"Lyon — Globex Assurances",
		"Gestionnaire sinistres, depuis mars 2019",
		"Traitement de 300 dossiers par an",
		"Lyon — Initech Conseil",
		"Assistante juridique, de mai 2015 à février 2019",
		"Rédaction de contrats",
		"Montbrison-sur-Lez — Hooli Distribution",
		"Vendeuse, de juin à août 2014",
		"Accueil et encaissement"))
	checkWork(t, "place first", got, []workWant{
		{"Gestionnaire sinistres", "Globex Assurances", "Lyon", "2019-03", ""},
		{"Assistante juridique", "Initech Conseil", "Lyon", "2015-05", "2019-02"},
		{"Vendeuse", "Hooli Distribution", "Montbrison-sur-Lez", "2014-06", "2014-08"},
	})
	// one entry alone sets no pattern: the employer stays the employer
	got = parseWork(sectionOf("Experience", "Lyon — Globex", "Analyst, 2019 – 2021", "Kestrel — Initech", "Planner, 2016 – 2019"))
	if len(got) != 2 || got[1].Location == "Kestrel" {
		t.Errorf("no pattern: got %+v, want Kestrel not read as a place", got)
	}
}

// Certifications listed under "Education & Certifications" are
// certificates, not schools; the degrees beside them stay education.
func TestEducationCertificationsAmongDegrees(t *testing.T) {
	ls := sectionOf("Education & Certifications",
		"Bachelor of Science, Biology\t2012 – 2016",
		"Westbrook State University",
		"Certified Scrum Master, Scrum Alliance, 2020",
		"Six Sigma Green Belt, Kestrel Quality Council, 2019")
	ed := parseEducation(ls)
	if len(ed) != 1 || ed[0].Institution != "Westbrook State University" {
		t.Errorf("education: got %+v, want only Westbrook State University", ed)
	}
	certs := parseCertificates(ls)
	if len(certs) != 2 || certs[0].Name != "Certified Scrum Master" || certs[0].Issuer != "Scrum Alliance" || certs[0].Date != "2020" {
		t.Errorf("certificates: got %+v, want Certified Scrum Master (Scrum Alliance, 2020) and the belt", certs)
	}
}

// A school and its degree on one line, set apart by a dash, stay apart
// even when the degree joins two subjects with "et"; a list after a comma
// still ends the school's name.
func TestEducationSchoolDashDegree(t *testing.T) {
	ed := parseEducation(sectionOf("Formation",
		"Université de Valmont — Doctorat Chimie et matériaux (2014 – 2017)",
		"École des Mines — Diplôme d’ingénieur, Énergie et procédés (2011 – 2014)"))
	if len(ed) != 2 || ed[0].Institution != "Université de Valmont" || ed[0].StudyType != "Doctorat Chimie et matériaux" && ed[0].StudyType != "Doctorat" ||
		ed[1].Institution != "École des Mines" {
		t.Errorf("got %+v, want Université de Valmont (a Doctorat) and École des Mines", ed)
	}
}

// German school-leaving qualifications are degrees, so the school below
// them is the school.
func TestEducationGermanSchoolLeaving(t *testing.T) {
	ed := parseEducation(sectionOf("Aus- und Weiterbildung",
		"Hauptschulabschluss\t07.2004",
		"Mittelschule Am Kanal"))
	if len(ed) != 1 || ed[0].Institution != "Mittelschule Am Kanal" || ed[0].StudyType != "Hauptschulabschluss" || ed[0].EndDate != "2004-07" {
		t.Errorf("got %+v, want Mittelschule Am Kanal, Hauptschulabschluss, 2004-07", ed)
	}
	// a chamber's further qualification is the degree, the chamber the school
	ed = parseEducation(sectionOf("Aus- und Weiterbildung", "Industriefachwirtin", "IHK Oberweiler | 2017"))
	if len(ed) != 1 || ed[0].Institution != "IHK Oberweiler" || ed[0].StudyType != "Industriefachwirtin" {
		t.Errorf("got %+v, want IHK Oberweiler, Industriefachwirtin", ed)
	}
}

// Labelled lines in an ordinary CV ("Poste : …", "Employer: …", "Cargo:
// …") lose their labels and say which part is which; an employer's value
// may carry its town in brackets; the label alone does not make the
// section a form, and a skill group ("Data: Spark") keeps its label.
func TestWorkColonLabels(t *testing.T) {
	got := parseWork(sectionOf("Expérience",
		"Entreprise : globex marine (Lorient)",
		"Poste : Technicienne de mesure",
		"Dates : Mars 2019 – Juin 2022",
		"Relevés de houle sur trois campagnes",
		"Entreprise : Initech Océan",
		"Poste : Stagiaire",
		"Dates : Janvier 2018 – Juin 2018"))
	checkWork(t, "three labels", got, []workWant{
		{"Technicienne de mesure", "globex marine", "Lorient", "2019-03", "2022-06"},
		{"Stagiaire", "Initech Océan", "", "2018-01", "2018-06"},
	})
	got = parseWork(sectionOf("Experiencia",
		"Hooli Logística, Tarazona",
		"Cargo: Coordinadora de almacén",
		"Periodo: 03/2017 – 12/2020",
		"Kestrel Foods, Calatayud",
		"Role: Warehouse clerk",
		"Period: 2015 – 2017"))
	checkWork(t, "title label under the employer", got, []workWant{
		{"Coordinadora de almacén", "Hooli Logística", "Tarazona", "2017-03", "2020-12"},
		{"Warehouse clerk", "Kestrel Foods", "Calatayud", "2015", "2017"},
	})
	if r := entryLabel("Data", "Spark, Airflow"); r != "" {
		t.Errorf("entryLabel(Data: Spark, Airflow) = %q, want none", r)
	}
	if r := entryLabel("Position", "2019 – 2021"); r != "" {
		t.Errorf("entryLabel(Position: 2019 – 2021) = %q, want none: a title has no dates", r)
	}
}

// The strong at-words (at, bei, chez, bij, presso) split a title the
// lexicon does not know from its employer; the weak ones still need a
// title word ("Diploma en Economía" is no title at an employer).
func TestWorkStrongAtWordUnknownTitle(t *testing.T) {
	got := parseWork(sectionOf("Berufserfahrung", "Fliesenlegerin bei Hooli Bau GmbH, Kassel\t03/2015 – 06/2019"))
	checkWork(t, "bei", got, []workWant{{"Fliesenlegerin", "Hooli Bau GmbH", "Kassel", "2015-03", "2019-06"}})
	got = parseWork(sectionOf("Expérience", "Caviste chez Globex Vins, Bordeaux\t2016 – 2018"))
	checkWork(t, "chez", got, []workWant{{"Caviste", "Globex Vins", "Bordeaux", "2016", "2018"}})
	if _, _, ok := splitAt("Diploma en Economía"); ok {
		t.Error(`splitAt("Diploma en Economía") split, want whole`)
	}
}

// An employer written with its town in brackets before the title's comma
// part ("Employer (Town), Title, dates") leaves the town out of its name.
func TestWorkEmployerTownInBrackets(t *testing.T) {
	got := parseWork(sectionOf("Experience",
		"Globex Freight (Portland), Route Planner, Jun 2019 – Present",
		"- Cut empty miles by a fifth.",
		"Initech Labs GmbH (Kassel), Laborantin, Jan 2016 – May 2019"))
	checkWork(t, "employer (town), title", got, []workWant{
		{"Route Planner", "Globex Freight", "Portland", "2019-06", ""},
		{"Laborantin", "Initech Labs GmbH", "Kassel", "2016-01", "2019-05"},
	})
}

// A part naming a company's legal form is the employer, whatever title
// words its name holds ("… Steuerberater mbB", "Partner"), and the title
// the lexicon does not know is the other part.
func TestWorkLegalFormIsEmployer(t *testing.T) {
	got := parseWork(sectionOf("Berufserfahrung",
		"Lohnbuchhalterin",
		"Muster & Partner Steuerberater PartG mbB | Kassel | 04/2012 – 03/2020",
		"Lohnabrechnung für 40 Mandanten"))
	checkWork(t, "legal form", got, []workWant{{"Lohnbuchhalterin", "Muster & Partner Steuerberater PartG mbB", "Kassel", "2012-04", "2020-03"}})
}

// An employer set in a column beside the title ("Employer, Town", then the
// title, then the dates, in cells): of the cells without title words, the
// one written alone is the title, not the one written with its town.
func TestWorkEmployerColumn(t *testing.T) {
	got := parseWork(sectionOf("Employment",
		"Kestrel Trust, Aberfeldy\tRiver Warden\tMay 2019 – present",
		"Counted salmon redds on six rivers.",
		"Initech Ltd, Dunkeld\tField Technician\tJan 2015 – Apr 2019"))
	checkWork(t, "employer column", got, []workWant{
		{"River Warden", "Kestrel Trust", "Aberfeldy", "2019-05", ""},
		{"Field Technician", "Initech Ltd", "Dunkeld", "2015-01", "2019-04"},
	})
}

// When the line holding the dates also holds the employer (with a known
// place) and the title, a longer line below without title words is the
// first highlight, not a title, though it has no full stop; a bold head
// line stays a head however long the organisation's name.
func TestWorkHighlightBelowCompleteHead(t *testing.T) {
	doc := []Line{{Text: "Jane Doe", Size: 20}, {Text: "Berufserfahrung", Size: 12, Bold: true},
		{Text: "Landesamt für Verbraucherschutz und Lebensmittelsicherheit Niedersachsen (Hannover), Prüferin", Size: 10, Bold: true},
		{Text: "seit 04.2021", Size: 10},
		{Text: "Kontrolle von Molkereien und Käsereien nach Hygienerecht", Size: 10},
		{Text: "Globex Analytik GmbH (Bremen), Chemielaborantin\t09.2016 – 03.2021", Size: 10},
		{Text: "Rückstandsanalytik mit GC-MS und HPLC", Size: 10}}
	ls := normalizeLines(doc)
	markSections(ls)
	checkWork(t, "complete head", parseWork(ls), []workWant{
		{"Prüferin", "Landesamt für Verbraucherschutz und Lebensmittelsicherheit Niedersachsen", "Hannover", "2021-04", ""},
		{"Chemielaborantin", "Globex Analytik GmbH", "Bremen", "2016-09", "2021-03"},
	})
	// a title below such a line is still the title
	got := parseWork(sectionOf("Berufserfahrung", "Stadt Oberweiler, Bauamt, Leipzig\t03/2019 – heute", "Projektleiterin Stadtplanung"))
	checkWork(t, "title below", got, []workWant{{"Projektleiterin Stadtplanung", "Bauamt", "Leipzig", "2019-03", ""}})
}

// "Employer, Title, Dates" over the town alone: when another entry of the
// section has a known place (or the candidate's own town) there, a
// town-like name there is the place too, not the title; and title and
// employer without cues are read in the order the section's other
// entries use ("Employer, Title").
func TestWorkTownBelowOneLineEntry(t *testing.T) {
	sec := sectionOf("Experiencia",
		"Bodegas Arnedillo, Capataz de viña, 2019 – Actualmente",
		"Cenicero",
		"• Poda y vendimia de 80 hectáreas",
		"Viñedos Globex, Técnica de laboratorio, 2015 – 2019",
		"Nájera",
		"• Análisis de mostos")
	checkWork(t, "own town", parseWorkNear(sec, "Nájera"), []workWant{
		{"Capataz de viña", "Bodegas Arnedillo", "Cenicero", "2019", ""},
		{"Técnica de laboratorio", "Viñedos Globex", "Nájera", "2015", "2019"},
	})
	sec = sectionOf("Experience",
		"Kestrel Cellars, Cellar Hand, 2019 – Present",
		"Yountville",
		"Initech Wines, Lab Technician, 2015 – 2019",
		"Seattle, WA")
	checkWork(t, "known place", parseWork(sec), []workWant{
		{"Cellar Hand", "Kestrel Cellars", "Yountville", "2019", ""},
		{"Lab Technician", "Initech Wines", "Seattle, WA", "2015", "2019"},
	})
}

// A degree line's date cell is not merged into the next line's: "2019"
// over "2009 – 2013" are two entries' dates, not one range that wrapped.
func TestEducationDateCellsNotMerged(t *testing.T) {
	got := parseEducation(sectionOf("Education",
		"MBA, Strategy, Kestrel Business School\t2019",
		"B.S., Economics, Initech University\t2009 – 2013"))
	if len(got) != 2 || got[0].EndDate != "2019" || got[1].StartDate != "2009" || got[1].EndDate != "2013" {
		t.Errorf("got %+v, want two degrees: ..2019 and 2009..2013", got)
	}
}

// A numeric date right-aligned into the words before it ("Kassel10/2012")
// is set apart, and a range that wrapped before its dash ("– 06/2016" on
// the next line) is joined to its start.
func TestEducationGluedDateWrappedBeforeDash(t *testing.T) {
	doc := []Line{{Text: "Jane Doe", Size: 20}, {Text: "Ausbildung", Size: 12, Bold: true},
		{Text: "Bachelor of Science Geodäsie, Hochschule Kassel10/2012", Size: 10},
		{Text: "– 06/2016", Size: 10},
		{Text: "Abitur, Initech-Gymnasium Kassel\t06/2012", Size: 10}}
	for i := range doc {
		doc[i].Text = cleanText(doc[i].Text)
	}
	ls := normalizeLines(doc)
	markSections(ls)
	got := parseEducation(ls)
	if len(got) != 2 || got[0].Institution != "Hochschule Kassel" || got[0].StartDate != "2012-10" || got[0].EndDate != "2016-06" {
		t.Errorf("got %+v, want Hochschule Kassel 2012-10..2016-06, then the Abitur", got)
	}
}
