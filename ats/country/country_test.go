package country_test

import (
	"testing"

	"github.com/atsbridge/atsbridge/ats/country"
)

func TestCountryCodes(t *testing.T) {
	for name, want := range map[string]string{
		"Germany": "DE", "  united kingdom ": "GB", "UK": "GB", "Britain (UK)": "GB", "USA": "US", "United States": "US",
		"Côte d'Ivoire": "CI", "Türkiye": "TR", "Turkey": "TR", "St Lucia": "LC", "Saint Lucia": "LC", "The Netherlands": "NL",
		"Bosnia & Herzegovina": "BA", "Korea (South)": "KR", "South Korea": "KR", "Samoa (American)": "AS", "American Samoa": "AS",
		"Atlantis": "", "": "", "NY": "",
	} {
		if got := country.Code(name); got != want {
			t.Errorf("%q: got %q, want %q", name, got, want)
		}
	}
}

func TestNames(t *testing.T) {
	for code, want := range map[string]string{"DE": "Germany", "gb": "United Kingdom", " US ": "United States", "XX": "", "": ""} {
		if got := country.Name(code); got != want {
			t.Errorf("Name(%q) = %q, want %q", code, got, want)
		}
	}
	// Every name Name gives is one Code knows.
	for _, code := range []string{"CI", "BA", "KR", "TR", "AX", "ST"} {
		if got := country.Code(country.Name(code)); got != code {
			t.Errorf("Code(Name(%q)) = Code(%q) = %q", code, country.Name(code), got)
		}
	}
}
