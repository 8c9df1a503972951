package router

import (
	"fmt"
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

// text checks an optional text field: absent is fine, present must show
// something, be at most max characters, and hold no control or
// bidirectional control characters.
func (p *problems) text(field string, v *string, max int) {
	if v == nil {
		return
	}
	switch {
	case strings.TrimSpace(*v) == "":
		p.add(field, "must not be empty; omit the field instead")
	case !visible(*v):
		p.add(field, "must have a visible character, not only invisible ones such as U+200B")
	case utf8.RuneCountInString(*v) > max:
		p.add(field, "must be at most %d characters", max)
	case hasControl(*v):
		p.add(field, "must not contain control characters")
	case hasBidiControl(*v):
		p.add(field, "must not contain bidirectional control characters such as U+202E")
	}
}

// multiline checks an optional text field that may run over several lines
// (a note): as text, except that line breaks and tabs are allowed.
func (p *problems) multiline(field string, v *string, max int) {
	if v == nil {
		return
	}
	flat := strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ", "\t", " ").Replace(*v)
	p.text(field, &flat, max)
}

// email checks a required address: see emailProblem. Surrounding spaces
// (a pasted address) are dropped, as for every text field.
func (p *problems) email(field string, v *string) {
	if v == nil || strings.TrimSpace(*v) == "" {
		p.add(field, "is required")
		return
	}
	if problem := emailProblem(strings.TrimSpace(*v)); problem != "" {
		p.add(field, "%s", problem)
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
