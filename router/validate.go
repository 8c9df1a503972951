package router

import (
	"fmt"
	"net/mail"
	"net/url"
	"strings"
	"unicode/utf8"

	"github.com/atsbridge/atsbridge/ats"
)

// problems collects field-level validation failures of a request body.
type problems []ats.Detail

func (p *problems) add(field, format string, args ...any) {
	*p = append(*p, ats.Detail{Field: field, Problem: fmt.Sprintf(format, args...)})
}

// text checks an optional text field: absent is fine, present must be
// non-blank, at most max characters, without control characters.
func (p *problems) text(field string, v *string, max int) {
	if v == nil {
		return
	}
	switch {
	case strings.TrimSpace(*v) == "":
		p.add(field, "must not be empty; omit the field instead")
	case utf8.RuneCountInString(*v) > max:
		p.add(field, "must be at most %d characters", max)
	case hasControl(*v):
		p.add(field, "must not contain control characters")
	}
}

// email checks an address the way an ATS would accept it: one plain
// address, no display name, no spaces, a dotted domain.
func (p *problems) email(field string, v *string) {
	if v == nil {
		p.add(field, "is required")
		return
	}
	// Surrounding spaces (a pasted address) are dropped, as for every text
	// field; a space inside is refused below.
	s := strings.TrimSpace(*v)
	if s == "" {
		p.add(field, "is required")
		return
	}
	if len(s) > 254 {
		p.add(field, "must be at most 254 characters")
		return
	}
	if strings.ContainsAny(s, " \t\r\n") {
		p.add(field, "must be an email address without spaces")
		return
	}
	addr, err := mail.ParseAddress(s)
	at := strings.LastIndexByte(s, '@')
	if err != nil || addr.Address != s || at < 1 || !strings.Contains(s[at+1:], ".") || strings.HasSuffix(s, ".") {
		p.add(field, "must be an email address such as name@example.com")
	}
}

// id checks a required or optional id field.
func (p *problems) id(field string, v *string, required bool) {
	switch {
	case v == nil && required:
		p.add(field, "is required")
	case v == nil:
	case !validID(*v):
		p.add(field, "must be an id of letters, digits, '_' or '-'")
	}
}

// url checks an optional absolute http(s) URL.
func (p *problems) url(field string, v *string) {
	if v == nil {
		return
	}
	u, err := url.Parse(*v)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || len(*v) > 2048 {
		p.add(field, "must be an absolute http or https URL")
	}
}
