package upstream

import (
	"regexp"
	"strings"
	"unicode"
)

var emailLike = regexp.MustCompile(`[^\s@<>"']+@[^\s@<>"']+\.[A-Za-z]{2,}`)

// Clean makes a provider's text safe to pass on in a message: the
// credentials are redacted, and so are email addresses (providers echo
// input), control characters are dropped, and the length is capped.
func (c *Client) Clean(s string) string {
	if c.auth != nil {
		for _, secret := range c.auth.Secrets() {
			if secret != "" {
				s = strings.ReplaceAll(s, secret, "[redacted]")
			}
		}
	}
	s = emailLike.ReplaceAllString(s, "[email]")
	s = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return ' '
		}
		return r
	}, s)
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > 200 {
		s = string(r[:200]) + "..."
	}
	return s
}
