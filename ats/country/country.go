// Package country knows the world's countries by ISO 3166-1 alpha-2 code
// and by the English names people write for them, for providers whose ATS
// gives only one of the two: Lever a posting's country code (Name), and
// Greenhouse an office's free-text location (Code).
package country

import (
	"strings"
	"sync"
)

// Name is the English name of the country with code ("DE": "Germany"),
// from the Unicode CLDR; "" for a code that is not a country's.
func Name(code string) string {
	return countryNames[strings.ToUpper(strings.TrimSpace(code))]
}

// Code is the code of the country a name names ("Germany", "UK", "the
// United States", "Côte d'Ivoire"), compared without case, accents or
// punctuation; "" for a name that is not a country's.
func Code(name string) string {
	addNames()
	return countryCodes[countryKey(name)]
}

// addNames makes every CLDR name a name too, where the written-names table
// does not already know it: on first use, not in init, so that a process
// (a Lambda cold start) whose provider never reads a country name does not
// pay for it.
var addNames = sync.OnceFunc(func() {
	for code, name := range countryNames {
		if k := countryKey(name); countryCodes[k] == "" {
			countryCodes[k] = code
		}
	}
})
