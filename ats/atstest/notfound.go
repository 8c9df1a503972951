package atstest

import (
	"strings"
	"testing"

	"github.com/atsbridge/atsbridge/ats"
)

// testNotFound checks that reads of unknown ids are NOT_FOUND naming the
// resource, for ids in the provider's own shape and for ids in none.
func testNotFound(t *testing.T, s *suite) {
	d, p := s.d, s.read
	for _, k := range []struct {
		resource string
		known    []string
		read     func(t *testing.T, id string) error
	}{
		{"job", ids(d.Jobs, func(j ats.Job) string { return j.ID }), func(t *testing.T, id string) error {
			_, err := p.Job(t.Context(), id, ats.ReadOptions{})
			return err
		}},
		{"candidate", ids(d.Candidates, func(c ats.Candidate) string { return c.ID }), func(t *testing.T, id string) error {
			_, err := p.Candidate(t.Context(), id, ats.ReadOptions{})
			return err
		}},
		{"application", ids(d.Applications, func(a ats.Application) string { return a.ID }), func(t *testing.T, id string) error {
			_, err := p.Application(t.Context(), id, ats.ReadOptions{IncludeRaw: true})
			return err
		}},
	} {
		s.run(t, k.resource, func(t *testing.T) {
			for _, id := range d.unknownIDs(k.known) {
				s.run(t, subtestName(id), func(t *testing.T) {
					wantNotFound(t, k.resource+" "+id, k.read(t, id), k.resource)
				})
			}
		})
	}
}

// subtestName keeps an id usable as a subtest name: a slash would nest.
func subtestName(id string) string { return strings.ReplaceAll(id, "/", "_") }
