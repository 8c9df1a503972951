package ats_test

import (
	"testing"

	"github.com/atsbridge/atsbridge/ats"
)

// TestEmailKey checks which spellings of an address are the same address
// for the duplicate check and the email filter.
func TestEmailKey(t *testing.T) {
	same := [][]string{
		{"karan@example.com", " Karan@Example.COM ", "KARAN@EXAMPLE.COM"},
		{"karan@bücher.example", "karan@xn--bcher-kva.example", "Karan@BÜCHER.example", "karan@XN--BCHER-KVA.EXAMPLE"},
		{"ana@münchen.de", "ana@xn--mnchen-3ya.de"},
		{"karan+test@example.com", "KARAN+TEST@example.com"},
	}
	for _, group := range same {
		want := ats.EmailKey(group[0])
		for _, e := range group[1:] {
			if got := ats.EmailKey(e); got != want {
				t.Errorf("EmailKey(%q) = %q, want %q (as for %q)", e, got, want, group[0])
			}
		}
	}
	different := [][2]string{
		{"karan@example.com", "karan@example.org"},
		{"karan@bücher.example", "karan@bucher.example"},
		{"karan.test@example.com", "karantest@example.com"},
	}
	for _, d := range different {
		if ats.EmailKey(d[0]) == ats.EmailKey(d[1]) {
			t.Errorf("EmailKey(%q) == EmailKey(%q), want different addresses", d[0], d[1])
		}
	}
	if got := ats.EmailKey("karan@example.com"); got != "karan@example.com" {
		t.Errorf("EmailKey of a plain lower-case address = %q, want it unchanged (stored keys stay valid)", got)
	}
}
