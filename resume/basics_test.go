package resume

import "testing"

// headerOf parses lines as the header region of a resume (above its
// first heading).
func headerOf(lines ...string) []pline {
	doc := []Line{}
	for _, l := range lines {
		doc = append(doc, Line{Text: cleanText(l), Size: 10})
	}
	doc = append(doc, Line{Text: "Experience", Size: 12, Bold: true})
	ls := normalizeLines(doc)
	markSections(ls)
	return ls
}

// A postcode is not a phone number, nor part of the one in the next cell;
// a labelled or international number beats a bare one.
func TestFindPhone(t *testing.T) {
	tests := []struct {
		lines []string
		want  string
	}{
		{[]string{"Rua das Flores 12, 4050-262 Porto · +351 22 123 4567"}, "+351 22 123 4567"},
		{[]string{"Austin, TX 78701\t512-555-0100\tjo@example.com"}, "512-555-0100"},
		{[]string{"Hauptstraße 5, 10115 Berlin", "Tel.: 030 1234567"}, "030 1234567"},
		{[]string{"Avenida Paulista 900, 01310-100 São Paulo"}, ""},
		{[]string{"Telefono\t+39 051 123 4567"}, "+39 051 123 4567"},
	}
	for _, tt := range tests {
		if got := findPhone(headerOf(tt.lines...)); got != tt.want {
			t.Errorf("%q: phone %q, want %q", tt.lines, got, tt.want)
		}
	}
}

// The city of an address written on one line, found by its postcode or
// state, whether or not the gazetteer knows it.
func TestFindLocation(t *testing.T) {
	tests := []struct {
		lines            []string
		city, region, cc string
	}{
		{[]string{"8 rue de Rivoli, 75004 Paris · +33 6 12 34 56 78"}, "Paris", "", "FR"},
		{[]string{"Oudegracht 5, 3511 AA Utrecht | +31 6 1234 5678"}, "Utrecht", "", "NL"},
		{[]string{"10 Downing Street, London SW1A 2AA"}, "London", "", "GB"},
		{[]string{"✉ jo@example.com ⌂ 1600 Main St, Springfield, IL 62701"}, "Springfield", "IL", "US"},
		{[]string{"Rua Oscar Freire 500 – Jardins, Curitiba – PR, 80000-000"}, "Curitiba", "PR", "BR"},
		{[]string{"Via Roma 1, 40121 Bologna", "+39 051 123 4567"}, "Bologna", "", "IT"},
		{[]string{"Anschrift\tHauptstraße 5, 69117 Heidelberg", "Telefon\t+49 6221 12345"}, "Heidelberg", "", "DE"},
		{[]string{"Keizersgracht 100, 1015 CJ", "Amsterdam"}, "Amsterdam", "", "NL"},
		{[]string{"Indirizzo: Via Garibaldi 22, 10122 Torino (Italia)", "Numero di telefono: (+39) 333 1234567"}, "Torino", "", "IT"},
		{[]string{"name@example.fr – 07 81 23 45 67 – Bordeaux"}, "Bordeaux", "", "FR"},
		// a city with its département number or its province in brackets
		{[]string{"Rennes (35) | +33 6 11 22 33 44 | jo@example.fr"}, "Rennes", "", "FR"},
		{[]string{"Vannes (56) · jo@example.fr · +33 6 11 22 33 44"}, "Vannes", "", "FR"},
		{[]string{"Valladolid (Castilla y León) · +34 600 11 22 33 · jo@example.es"}, "Valladolid", "Castilla y León", "ES"},
		// a city with its district after a hyphen
		{[]string{"Venloer Straße 12, 50823 Köln-Ehrenfeld | +49 221 1234567"}, "Köln", "", "DE"},
		{[]string{"Hauptstraße 3, 44575 Castrop-Rauxel"}, "Castrop-Rauxel", "", ""},
	}
	for _, tt := range tests {
		ls := headerOf(tt.lines...)
		loc := findLocation(ls, findPhone(ls))
		if loc == nil || loc.City != tt.city || loc.Region != tt.region || loc.CountryCode != tt.cc {
			t.Errorf("%q: location %+v, want %s %s %s", tt.lines, loc, tt.city, tt.region, tt.cc)
		}
	}
}

// Names: a form's name field, a name wrapped in a narrow column, an
// honorific taken off.
func TestFindNameForms(t *testing.T) {
	tests := []struct {
		lines []Line
		want  string
	}{
		{[]Line{{Text: "Lebenslauf", Size: 16}, {Text: "Persönliche Daten", Size: 12}, {Text: "Name\tHanna Berger", Size: 10}, {Text: "Projektleiterin Vertrieb", Size: 10}}, "Hanna Berger"},
		{[]Line{{Text: "Malin", Size: 20, Bold: true}, {Text: "Ekström", Size: 20, Bold: true}, {Text: "Data Engineer", Size: 11}}, "Malin Ekström"},
		{[]Line{{Text: "Dr Hannah Price", Size: 20}, {Text: "Research Software Engineer", Size: 11}}, "Hannah Price"},
		// letters after the name are not part of it; capitals inside a name are
		{[]Line{{Text: "Femi Okonkwo CEng MICE", Size: 20}, {Text: "Civil Engineer", Size: 11}}, "Femi Okonkwo"},
		{[]Line{{Text: "Laura Brandt, PhD", Size: 20}, {Text: "Data Scientist", Size: 11}}, "Laura Brandt"},
		{[]Line{{Text: "Ryan McAllister", Size: 20}, {Text: "Accountant", Size: 11}}, "Ryan McAllister"},
		{[]Line{{Text: "Chen Xiao Ma", Size: 20}, {Text: "Accountant", Size: 11}}, "Chen Xiao Ma"},
		{[]Line{{Text: "Claire DUPONT", Size: 20}, {Text: "Juriste", Size: 11}}, "Claire DUPONT"},
	}
	for _, tt := range tests {
		ls := normalizeLines(append(tt.lines, Line{Text: "Experience", Size: 12, Bold: true}))
		markSections(ls)
		if got, _ := findName(ls); got != tt.want {
			t.Errorf("%v: name %q, want %q", tt.lines, got, tt.want)
		}
	}
}

// Languages several to a line in cells of their own, and a form's mother
// tongue and other languages.
func TestLanguageLines(t *testing.T) {
	got := parseLanguages(sectionOf("Línguas", "Português: nativo\tEspanhol: B2\tAlemão: A2"))
	if len(got) != 3 || got[1].Language != "Espanhol" || got[1].Fluency != "B2" {
		t.Errorf("cells: got %+v", got)
	}
	got = parseLanguages(sectionOf("Personal skills", "Mother tongue(s)\tGerman", "Other language(s)\tEnglish (C1), Italian (A2)", "Computer skills\tExcel"))
	if len(got) != 3 || got[0].Language != "German" || got[2].Language != "Italian" || got[2].Fluency != "A2" {
		t.Errorf("form: got %+v", got)
	}
	// a comma inside brackets does not split an item
	got = parseLanguages(sectionOf("Langues", "Portugais (langue maternelle) · Allemand (courant, Goethe C1) · Russe (notions)"))
	if len(got) != 3 || got[0].Language != "Portugais" || got[1].Fluency != "courant, Goethe C1" || got[2].Language != "Russe" {
		t.Errorf("brackets: got %+v", got)
	}
	// languages joined by spaced dashes, each with its colon
	got = parseLanguages(sectionOf("Idiomas", "Alemán : fluido (Goethe B2) – Francés : básico"))
	if len(got) != 2 || got[0].Language != "Alemán" || got[1].Language != "Francés" || got[1].Fluency != "básico" {
		t.Errorf("dashes: got %+v", got)
	}
}

// A sidebar's contact section names the city on a line of its own.
func TestFindLocationInContactSection(t *testing.T) {
	doc := []Line{{Text: "CONTACTO", Size: 10, Bold: true}, {Text: "✆ +52 33 1234 5678", Size: 9}, {Text: "⌂ Guadalajara", Size: 9},
		{Text: "Ana Ruiz", Size: 22, Bold: true}, {Text: "EXPERIENCIA", Size: 11, Bold: true}}
	ls := normalizeLines(doc)
	markSections(ls)
	if loc := findLocation(ls, "+52 33 1234 5678"); loc == nil || loc.City != "Guadalajara" || loc.CountryCode != "MX" {
		t.Errorf("location %+v, want Guadalajara MX", loc)
	}
}

// A language and its level with no separator between them (a column's gap
// lost: "Inglés C1", "Deutsch fließend") are a language and its fluency.
func TestLanguageLevelWithoutSeparator(t *testing.T) {
	got := parseLanguages(sectionOf("Idiomas", "Euskera nativo", "Inglés C1", "Français B2"))
	want := []Language{{"Euskera", "nativo"}, {"Inglés", "C1"}, {"Français", "B2"}}
	if len(got) != len(want) {
		t.Fatalf("got %+v, want %+v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("item %d: got %+v, want %+v", i, got[i], want[i])
		}
	}
}

// With no address in the text, the email comes from a mailto link,
// however its scheme is capitalised.
func TestFindEmailFromMailtoLink(t *testing.T) {
	for _, link := range []string{"mailto:jo@example.com", "MAILTO:jo@example.com", "Mailto:jo@example.com"} {
		links := []string{"https://example.com/jo", link}
		if got := findEmail(headerOf("Jo Doe"), links); got != "jo@example.com" {
			t.Errorf("%q: email %q, want %q", link, got, "jo@example.com")
		}
	}
}
