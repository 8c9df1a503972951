package router

import (
	"net/mail"
	"strings"

	"golang.org/x/net/idna"
)

// emailProblem says why s (trimmed, not empty) is not an address a person
// would give for a candidate, or returns "". Beyond the syntax of
// RFC 5322 (one plain address, no display name, no comments), the domain
// must be a name a mail system delivers to: labels of letters, digits and
// inner hyphens (an internationalised domain is checked in its punycode
// form), a top-level domain of at least two letters, and no IP address.
func emailProblem(s string) string {
	const example = "must be an email address such as name@example.com"
	switch {
	case len(s) > 254:
		return "must be at most 254 characters"
	case strings.ContainsAny(s, " \t\r\n"):
		return "must be an email address without spaces"
	case hasControl(s) || hasBidiControl(s):
		return "must not contain control or bidirectional control characters"
	}
	addr, err := mail.ParseAddress(s)
	at := strings.LastIndexByte(s, '@')
	if err != nil || addr.Address != s || at < 1 {
		return example
	}
	domain := s[at+1:]
	if strings.HasPrefix(domain, "[") {
		return "must have a domain name, not an IP address literal"
	}
	// Labels are checked for hyphens before IDNA, whose own check would
	// refuse them with no reason given.
	for l := range strings.SplitSeq(domain, ".") {
		if strings.HasPrefix(l, "-") || strings.HasSuffix(l, "-") {
			return "must have a domain whose parts do not start or end with '-'"
		}
	}
	ascii, err := idna.Lookup.ToASCII(domain)
	labels := strings.Split(ascii, ".")
	if err != nil || len(labels) < 2 || len(ascii) > 253 {
		return example
	}
	for _, l := range labels {
		switch {
		case l == "" || len(l) > 63:
			return "must have a domain whose parts are 1 to 63 characters long"
		case strings.Trim(l, "abcdefghijklmnopqrstuvwxyz0123456789-") != "":
			return example
		}
	}
	if tld := labels[len(labels)-1]; len(tld) < 2 || (!strings.HasPrefix(tld, "xn--") && strings.Trim(tld, "abcdefghijklmnopqrstuvwxyz") != "") {
		return "must end in a top-level domain of at least two letters, such as .com"
	}
	return ""
}
