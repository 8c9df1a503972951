package atstest

import (
	"bytes"
	"encoding/json"
	"fmt"
	"testing"

	"github.com/atsbridge/atsbridge/ats"
)

// testRaw checks IncludeRaw on lists and single reads: with it every record
// carries the provider's own JSON object for that record, without it none.
func testRaw(t *testing.T, s *suite) {
	d, p := s.d, s.read
	for _, k := range []struct {
		name string
		list func(raw bool) lister
		ids  []string
		read func(t *testing.T, id string, raw bool) (json.RawMessage, error)
	}{
		{"jobs", func(raw bool) lister { return jobsOf(p, "", ats.JobQuery{IncludeRaw: raw}) },
			ids(d.Jobs, func(j ats.Job) string { return j.ID }),
			func(t *testing.T, id string, raw bool) (json.RawMessage, error) {
				j, err := p.Job(t.Context(), id, ats.ReadOptions{IncludeRaw: raw})
				return j.Raw, err
			}},
		{"candidates", func(raw bool) lister { return candidatesOf(p, "", ats.CandidateQuery{IncludeRaw: raw}) },
			ids(d.Candidates, func(c ats.Candidate) string { return c.ID }),
			func(t *testing.T, id string, raw bool) (json.RawMessage, error) {
				c, err := p.Candidate(t.Context(), id, ats.ReadOptions{IncludeRaw: raw})
				return c.Raw, err
			}},
		{"applications", func(raw bool) lister { return applicationsOf(p, "", ats.ApplicationQuery{IncludeRaw: raw}) },
			ids(d.Applications, func(a ats.Application) string { return a.ID }),
			func(t *testing.T, id string, raw bool) (json.RawMessage, error) {
				a, err := p.Application(t.Context(), id, ats.ReadOptions{IncludeRaw: raw})
				return a.Raw, err
			}},
	} {
		s.run(t, k.name, func(t *testing.T) {
			for _, raw := range []bool{true, false} {
				s.run(t, fmt.Sprintf("list_include_raw_%v", raw), func(t *testing.T) {
					l := k.list(raw)
					for _, w := range []ats.Window{{Limit: 5}, {Limit: 5, Page: 2}} {
						pg, err := l.call(t.Context(), w)
						if err != nil {
							t.Fatalf("%+v: %v", w, describe(err))
						}
						if len(pg.ids) == 0 {
							t.Fatalf("%+v: no records to check", w)
						}
						for i, id := range pg.ids {
							checkRaw(t, fmt.Sprintf("listed %s (%+v)", id, w), id, pg.raws[i], raw)
						}
					}
				})
				s.run(t, fmt.Sprintf("read_include_raw_%v", raw), func(t *testing.T) {
					for _, id := range sample(k.ids, 3) {
						r, err := k.read(t, id, raw)
						if err != nil {
							t.Fatalf("read %s: %v", id, describe(err))
						}
						checkRaw(t, "read "+id, id, r, raw)
					}
				})
			}
		})
	}
}

// checkRaw checks one record's raw: with want, a JSON object that names
// the record (one of its string or number values is the record's id, so a
// raw that belongs to another record is caught; Greenhouse's ids are
// numbers); without, nothing.
func checkRaw(t *testing.T, what, id string, raw json.RawMessage, want bool) {
	t.Helper()
	if !want {
		if len(raw) != 0 {
			t.Errorf("%s: raw %s without IncludeRaw; want none", what, abbreviate(raw))
		}
		return
	}
	var obj map[string]any
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	if err := dec.Decode(&obj); err != nil || !bytes.HasPrefix(bytes.TrimSpace(raw), []byte("{")) {
		t.Errorf("%s: raw %s is not a JSON object", what, abbreviate(raw))
		return
	}
	if !holds(obj, id) {
		t.Errorf("%s: raw %s does not name the record: no string or number value is %q", what, abbreviate(raw), id)
	}
}

// holds reports whether v has the string s, or a number written s,
// anywhere.
func holds(v any, s string) bool {
	switch x := v.(type) {
	case string:
		return x == s
	case json.Number:
		return x.String() == s
	case map[string]any:
		for _, e := range x {
			if holds(e, s) {
				return true
			}
		}
	case []any:
		for _, e := range x {
			if holds(e, s) {
				return true
			}
		}
	}
	return false
}

func abbreviate(b []byte) string {
	if len(b) == 0 {
		return "(none)"
	}
	if len(b) > 120 {
		return string(b[:120]) + "..."
	}
	return string(b)
}
