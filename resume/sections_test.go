package resume

import "testing"

// Headings in the seven languages the parser reads, letter-spaced ones
// read back, and lines that only look like headings.
func TestHeadingKind(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Work Experience", secWork},
		{"BERUFLICHER WERDEGANG", secWork},
		{"Expériences professionnelles :", secWork},
		{"Experiencia laboral", secWork},
		{"ESPERIENZA PROFESSIONALE", secWork},
		{"Werkervaring", secWork},
		{"EXPERIÊNCIA PROFISSIONAL", secWork},
		{"Istruzione e formazione", secEducation},
		{"Opleiding", secEducation},
		{"FORMAÇÃO ACADÉMICA", secEducation},
		{"Competenze", secSkills},
		{"Vaardigheden", secSkills},
		{"Informática", secSkills}, // computing skills under their own name
		{"INFORMATIQUE", secSkills},
		{"Talen", secLanguages},
		{"Informazioni personali", secContact},
		{"Selected Talks", secOther},
		{"SIDE PROJECTS", secOther}, // projects "2019 – present" are not work
		{"Open Source", secOther},
		{"Projets personnels", secOther},
		{"WORKEXPERIENCE", secWork},                 // letter-spaced, read back without its spaces
		{"◼ EXPÉRIENCES PROFESSIONNELLES", secWork}, // marks and numbers around a heading
		{"2. Education", secEducation},
		{"Senior Engineer", ""},
		{"Data", ""},
		// a highlight that starts with a heading's word is no heading
		{"Formación en seguridad para 600 operarios al año", ""},
		{"Education and outreach for twelve partner schools in the county", ""},
		{"Skills and Tools", secSkills},
		// a skills heading with a word saying it is the main one
		{"Competencias clave", secSkills},
		{"Compétences principales", secSkills},
		{"Competenze chiave", secSkills},
		{"Key Competencies", secSkills},
		{"Kernkompetenzen", secSkills},
		{"Key achievements", ""},
		// a German compound's shared end left off before "und"
		{"Aus- und Weiterbildung", secEducation},
		{"Berufs- und Praxiserfahrung", secWork},
	}
	for _, tt := range tests {
		if got := headingKind(tt.in); got != tt.want {
			t.Errorf("headingKind(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// A heading the lexicon does not know is still a heading when it is set
// like the document's known headings; lines above the first heading (the
// name, often in that style) and the second line of a wrapped heading are
// not new sections.
func TestHeadingsByStyle(t *testing.T) {
	head := func(s string) pline { return pline{Line: Line{Text: s, Size: 12, Bold: true}} }
	body := func(s string) pline { return pline{Line: Line{Text: s, Size: 10}} }
	ls := []pline{
		head("JANE DOE"), body("jane@example.com"),
		head("EXPERIENCE"), body("Engineer at Acme\t2019 – 2021"),
		head("EDUCATION"), body("MIT\t2015 – 2019"),
		head("SKILLS"), head("AND TOOLS"), body("Go, SQL"),
		head("VOLUNTEER WORK ABROAD"), body("Teacher in Ghana"),
	}
	markSections(ls)
	want := []string{secNone, secNone, secWork, secWork, secEducation, secEducation, secSkills, secSkills, secSkills, secOther, secOther}
	for i, l := range ls {
		if l.section != want[i] {
			t.Errorf("line %d %q: section %q, want %q", i, l.Text, l.section, want[i])
		}
	}
	if ls[0].heading {
		t.Error("the name above the first heading was taken for a heading")
	}
}

// A date range right-aligned into the words before it is set apart.
func TestUngluedDates(t *testing.T) {
	for in, want := range map[string]string{
		"Laurea in Ingegneria dell'Informazione2009 – 2012": "Laurea in Ingegneria dell'Informazione\t2009 – 2012",
		"Lead Product DesignerApr 2021 – Present":           "Lead Product Designer\tApr 2021 – Present",
		"McKinsey 2019 – 2021":                              "McKinsey 2019 – 2021",
		"iPhoneApp 2019 – 2021":                             "iPhoneApp 2019 – 2021",
	} {
		if got := ungluedDates(in); got != want {
			t.Errorf("ungluedDates(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestUnspaceLetters(t *testing.T) {
	for in, want := range map[string]string{
		"E X P E R I E N C E":           "EXPERIENCE",
		"W O R K   E X P E R I E N C E": "WORK EXPERIENCE",
		"C C++ R Go":                    "C C++ R Go",
		"A B C":                         "A B C",
	} {
		if got := unspaceLetters(in); got != want {
			t.Errorf("unspaceLetters(%q) = %q, want %q", in, got, want)
		}
	}
}

// "Methoden" set as a heading is a skills heading; "Methoden:" in body
// type under "Kenntnisse" is a group's label inside it, not a heading.
func TestMethodsHeadingAndGroupLabel(t *testing.T) {
	if k := headingKind("Methoden"); k != secSkills {
		t.Errorf("headingKind(Methoden) = %q, want %q", k, secSkills)
	}
	head := func(s string) pline { return pline{Line: Line{Text: s, Size: 12, Bold: true}} }
	body := func(s string) pline { return pline{Line: Line{Text: s, Size: 10}} }
	ls := []pline{
		head("Berufserfahrung"), body("Analystin bei Globex\t2019 – 2021"),
		head("Kenntnisse"), body("Technik: CAD, FEM"), body("Methoden:"), body("Kanban, Six Sigma"),
		head("Sprachen"), body("Deutsch (Muttersprache)"),
	}
	markSections(ls)
	if ls[4].heading || ls[5].section != secSkills {
		t.Errorf("Methoden: heading=%v, the line under it in %q; want a group label inside skills", ls[4].heading, ls[5].section)
	}
}
