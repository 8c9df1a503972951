package resume

import (
	"regexp"
	"strings"
)

// Roles of a labelled line: a form (Europass, a German "Persönliche
// Daten" table) sets a label in a column beside each value ("Telefon\t+49
// 89 ...", "Lavoro o posizione ricoperti\tController").
const (
	roleName           = "name"
	roleAddress        = "address"
	rolePhone          = "phone"
	roleEmail          = "email"
	roleDates          = "dates"
	roleTitle          = "title"
	roleEmployer       = "employer"
	roleActivities     = "activities"
	roleSector         = "sector"
	roleDegree         = "degree"
	roleSchool         = "school"
	roleMotherTongue   = "mother tongue"
	roleOtherLanguages = "other languages"
)

// formLabels are the labels of the common forms in the seven languages,
// lower case: exact labels, then phrases a longer label contains.
var (
	formLabels = func() map[string]string {
		m := map[string]string{}
		add := func(role, labels string) {
			for _, l := range strings.Split(labels, "|") {
				m[l] = role
			}
		}
		add(roleName, "name|nome|nom|nombre|naam|full name|nome completo|nome e cognome|nome / cognome|cognome / nome|cognome e nome|"+
			"name / surname|surname / name|name(s) / surname(s)|surname(s) / first name(s)|first name(s) / surname(s)|nom / prénom|"+
			"nom(s) / prénom(s)|prénom / nom|nombre / apellido|apellido(s) / nombre(s)|nombre(s) / apellido(s)|vorname / nachname|"+
			"nachname / vorname|nachname(n) / vorname(n)|vor- und nachname|naam / voornaam|voornaam / achternaam|apelido(s) / nome(s)|"+
			"nome(s) / apelido(s)|nome(s) / cognome(i)|cognome(i) / nome(i)")
		add(roleAddress, "address|address(es)|adresse|adresse(s)|anschrift|adresse(n)|indirizzo|indirizzo/i|indirizzi|dirección|direcciones|"+
			"domicilio|morada|endereço|adres|wohnort|residenza|woonplaats")
		add(rolePhone, "phone|telephone|telephone(s)|telefon|telefono|telefono/i|téléphone|téléphone(s)|teléfono|teléfono(s)|telefone|"+
			"telefoon|tel|tel.|mobile|mobil|handy|cellulare|móvil|telemóvel|mobiel|phone number|telefonnummer|telefoonnummer|"+
			"numero di telefono|número de teléfono|número de telefone|numéro de téléphone|mobile phone|celular|telefone celular|"+
			"mobilnummer|mobiele telefoon|cell phone|tél.|tél")
		add(roleEmail, "e-mail|email|e-mail address|email address|courriel|correo electrónico|correo|posta elettronica|e-mail(s)|"+
			"correio eletrónico|correio eletrônico|indirizzo e-mail|indirizzo email|adresse e-mail|dirección de correo electrónico|e-mailadres")
		add(roleDates, "date|dates|datum|data|fechas|datas|periodo|période|period|zeitraum|periode")
		add(roleMotherTongue, "mother tongue|mother tongue(s)|madrelingua|madrelingua/e|madrelingue|muttersprache|muttersprache(n)|"+
			"langue maternelle|langue(s) maternelle(s)|lengua materna|lengua(s) materna(s)|língua materna|língua(s) materna(s)|moedertaal|"+
			"lingua madre|lingue madri|lingua/e madre|native language|native languages|muttersprachen")
		add(roleOtherLanguages, "other language|other language(s)|other languages|altre lingue|altra lingua|altra(e) lingua(e)|"+
			"weitere sprache(n)|weitere sprachen|andere sprachen|autre(s) langue(s)|autres langues|otro(s) idioma(s)|otros idiomas|"+
			"outra(s) língua(s)|outras línguas|andere talen|foreign languages")
		return m
	}()
	formPhrases = []struct{ role, phrase string }{
		{roleTitle, "position held"}, {roleTitle, "posizione ricopert"}, {roleTitle, "lavoro o posizione"}, {roleTitle, "beruf oder funktion"},
		{roleTitle, "fonction ou poste"}, {roleTitle, "poste occupé"}, {roleTitle, "profesión o cargo"}, {roleTitle, "empleo o cargo"},
		{roleTitle, "função ou cargo"}, {roleTitle, "functie of"},
		{roleEmployer, "employer"}, {roleEmployer, "datore di lavoro"}, {roleEmployer, "arbeitgeber"}, {roleEmployer, "employeur"},
		{roleEmployer, "empleador"}, {roleEmployer, "werkgever"}, {roleEmployer, "empregador"},
		{roleActivities, "responsabilit"}, {roleActivities, "zuständigkeit"}, {roleActivities, "werkzaamheden"},
		{roleActivities, "main activities"},
		{roleSector, "type of business"}, {roleSector, "settore"}, {roleSector, "branche"}, {roleSector, "secteur"},
		{roleSector, "sector"}, {roleSector, "setor"},
		{roleDegree, "qualification awarded"}, {roleDegree, "qualifica rilasciata"}, {roleDegree, "erworbenen qualifikation"},
		{roleDegree, "diplôme délivré"}, {roleDegree, "titulación obtenida"}, {roleDegree, "cualificación obtenida"},
		{roleDegree, "qualificação atribuída"}, {roleDegree, "behaalde kwalificatie"}, {roleDegree, "titolo della qualifica"},
		{roleSchool, "organisation providing"}, {roleSchool, "organization providing"}, {roleSchool, "tipo d'organizzazione"},
		{roleSchool, "tipo di organizzazione"}, {roleSchool, "bildungs- oder ausbildungseinrichtung"}, {roleSchool, "type de l'établissement"},
		{roleSchool, "centro de estudios"}, {roleSchool, "organización que"}, {roleSchool, "organização de ensino"},
		{roleSchool, "onderwijsinstelling"},
	}
)

// formLabel returns the role of a form's label cell, or "".
func formLabel(cell string) string {
	l := strings.ToLower(strings.Join(strings.Fields(strings.TrimRight(strings.TrimSpace(cell), ":")), " "))
	if l == "" || len(l) > 80 || strings.ContainsAny(l, "0123456789@") {
		return ""
	}
	if r, ok := formLabels[l]; ok {
		return r
	}
	if len(strings.Fields(l)) < 2 {
		return ""
	}
	for _, p := range formPhrases {
		if strings.Contains(l, p.phrase) {
			return p.role
		}
	}
	return ""
}

// entryLabels are the labels an ordinary CV writes before a colon on an
// entry's lines ("Poste : …", "Entreprise : …", "Cargo: …", "Zeitraum:
// …"), lower case.
var entryLabels = func() map[string]string {
	m := map[string]string{}
	add := func(role, labels string) {
		for _, l := range strings.Fields(labels) {
			m[strings.ReplaceAll(l, "_", " ")] = role
		}
	}
	add(roleTitle, `position title job_title role job poste fonction titre intitulé rôle cargo puesto función posición
		funktion position stelle berufsbezeichnung rolle ruolo posizione mansione qualifica functie rol função posição`)
	add(roleEmployer, `company employer organisation organization firm entreprise société employeur organisme empresa
		empleador compañía firma unternehmen arbeitgeber azienda datore_di_lavoro società bedrijf werkgever organisatie
		empregador companhia`)
	add(roleDates, `dates date period duration période durée periodo fechas fecha duración zeitraum dauer datum periode período`)
	return m
}()

// entryLabel returns the role of a "Label: value" line of an entry, or "":
// a known label and a value, dates for a dates label ("Data: Spark" is a
// skill group, not dates).
func entryLabel(label, value string) string {
	role := entryLabels[strings.ToLower(strings.Join(strings.Fields(label), " "))]
	value = strings.TrimSpace(value)
	if role == "" || value == "" || len(value) > 100 {
		return ""
	}
	if _, ok := findRange(value); ok != (role == roleDates) {
		return "" // a title or an employer has no dates; dates have them
	}
	return role
}

// colonRoles are the roles a "Label: value" line may have: a form's
// contact and language fields (not "Data: Spark, Airflow", a skill group).
var colonRoles = map[string]bool{roleName: true, roleAddress: true, rolePhone: true, roleEmail: true, roleMotherTongue: true, roleOtherLanguages: true}

// entryRoles are the roles that make up the head of a form's entry.
var entryRoles = map[string]bool{roleTitle: true, roleEmployer: true, roleDegree: true, roleSchool: true}

// formSection says whether a section is a form: its entries are labelled
// lines.
func formSection(sec []pline) bool {
	n := 0
	for _, l := range sec {
		if entryRoles[l.role] && !l.colon {
			n++
		}
	}
	return n >= 2
}

// formEntries reads a form's entries: each starts at a dates line and
// runs to the next; its head is the dates and the labelled title,
// employer, degree and school; its body the rest but the sector (unlabelled
// lines there are values that wrapped, or a label that did).
func formEntries(sec []pline, anchors []int, ranges []dateRange) []entry {
	var labelled []int
	for _, a := range anchors {
		if sec[a].role == roleDates {
			labelled = append(labelled, a)
		}
	}
	if len(labelled) > 0 {
		anchors = labelled
	}
	var out []entry
	for k, a := range anchors {
		end := len(sec)
		if k+1 < len(anchors) {
			end = anchors[k+1]
		}
		e := entry{dates: ranges[a], dated: true, head: []pline{sec[a]}}
		for _, l := range sec[a+1 : end] {
			switch {
			case entryRoles[l.role]:
				e.head = append(e.head, l)
			case l.role == roleSector:
			case l.role == roleActivities || l.role == "" && len(e.body) > 0:
				e.body = append(e.body, l)
			}
		}
		out = append(out, e)
	}
	return out
}

// reProvince matches an Italian place with its province: "Riardo (CE)".
var reProvince = regexp.MustCompile(`^\p{Lu}[\p{L}'’ .\-]*\s\([A-Z]{2}\)$`)
