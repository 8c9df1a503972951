package resume

import "testing"

func TestFindRange(t *testing.T) {
	tests := []struct {
		in, start, end string
		current        bool
		rest           string
	}{
		{"Senior Engineer at Wayfair\tMar 2021 – Present", "2021-03", "", true, "Senior Engineer at Wayfair"},
		{"03/2021 – heute", "2021-03", "", true, ""},
		{"seit 01.2018", "2018-01", "", true, ""},
		{"depuis septembre 2018", "2018-09", "", true, ""},
		{"Febrero 2020 – Actualidad", "2020-02", "", true, ""},
		{"2018 – aujourd’hui", "2018", "", true, ""},
		{"März 2020 – heute", "2020-03", "", true, ""},
		{"janv. 2015 – août 2018", "2015-01", "2018-08", false, ""},
		{"Sept 2019 - Dec 2020", "2019-09", "2020-12", false, ""},
		{"Summer 2017", "2017-06", "2017-08", false, ""},
		{"Title | Company | 06/2017 – 02/2021", "2017-06", "2021-02", false, "Title | Company"},
		{"Northeastern University\t2013 – 2017", "2013", "2017", false, "Northeastern University"},
		{"2019-08 to 2021-01", "2019-08", "2021-01", false, ""},
		{"Oct 2013 – Apr 2018", "2013-10", "2018-04", false, ""},
		{"04.2018 bis 02.2021", "2018-04", "2021-02", false, ""},
		// Italian, Dutch, Portuguese
		{"Sviluppatore web\tset 2017 – dic 2020", "2017-09", "2020-12", false, "Sviluppatore web"},
		{"gen 2021 – in corso", "2021-01", "", true, ""},
		{"dal marzo 2019", "2019-03", "", true, ""},
		{"mrt. 2018 – dec. 2020", "2018-03", "2020-12", false, ""},
		{"Adyen, Amsterdam | 2020 – heden", "2020", "", true, "Adyen, Amsterdam"},
		{"mar/2021 – atual", "2021-03", "", true, ""},
		{"out. 2017 – dez. 2020", "2017-10", "2020-12", false, ""},
		{"Universidade de São Paulo, 2011 a 2015", "2011", "2015", false, "Universidade de São Paulo"},
		// dates with their day, day first unless only the other way is a date
		{"[ 01/03/2020 – Attuale ] Ingegnera", "2020-03-01", "", true, "[ ] Ingegnera"},
		{"15.01.2018 – 31.12.2019", "2018-01-15", "2019-12-31", false, ""},
		{"03/25/2020 – 2021-06-30", "2020-03-25", "2021-06-30", false, ""},
		// an open range: nothing after the dash in its cell
		{"Data Engineer\t2019 –", "2019", "", true, "Data Engineer"},
		{"March, 2019 – June, 2021", "2019-03", "2021-06", false, ""},
		{"2019 até hoje", "2019", "", true, ""},
		{"2018 fino ad oggi", "2018", "", true, ""},
		// a capital whose lower case is shorter in UTF-8 (ẞ, 3 bytes; ß, 2)
		// before the dates: the range's offsets still fit the text
		{"GROẞE ẞTRAẞE GMBH 2019", "2019", "2019", false, "GROẞE ẞTRAẞE GMBH"},
		{"İSTANBUL 2019 – heute", "2019", "", true, "İSTANBUL"},
		// how long it lasted is not part of the text
		{"January 2019 - December 2020 (2 years)", "2019-01", "2020-12", false, ""},
		// a present word is a whole word: "nu" is not the start of "nuova"
		{"2019 – nuova sede", "2019", "2019", false, "nuova sede"},
		// Spanish and Portuguese write "de" between month and year
		{"Desde abril de 2021", "2021-04", "", true, ""},
		{"Noviembre de 2015 – Enero de 2018", "2015-11", "2018-01", false, ""},
		{"outubro de 2016 a maio de 2020", "2016-10", "2020-05", false, ""},
		// a month alone before the range's end takes the end's year
		{"Serveur saisonnier\tjuin – septembre 2014", "2014-06", "2014-09", false, "Serveur saisonnier"},
		{"Nov – Feb 2020", "2019-11", "2020-02", false, ""},
		// a range written with words: the month alone takes the year, and
		// the "from" word goes with the range
		{"Vendeuse, de mars à août 2011", "2011-03", "2011-08", false, "Vendeuse"},
		{"Intern, from May to August 2016", "2016-05", "2016-08", false, "Intern"},
		{"Monteur, von 2010 bis 2012", "2010", "2012", false, "Monteur"},
		{"Comptable, d’avril 2015 à juin 2017", "2015-04", "2017-06", false, "Comptable"},
	}
	for _, tt := range tests {
		r, ok := findRange(tt.in)
		if !ok || string(r.start) != tt.start || string(r.end) != tt.end || r.current != tt.current || r.text != tt.rest {
			t.Errorf("findRange(%q) = %q %q current=%v rest=%q ok=%v, want %q %q %v %q", tt.in, r.start, r.end, r.current, r.text, ok, tt.start, tt.end, tt.current, tt.rest)
		}
	}
}
