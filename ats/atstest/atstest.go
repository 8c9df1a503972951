// Package atstest is the conformance suite of ats.Provider: the contract
// written on ats.Provider, executable. Every provider runs it over data it
// is known to serve: the preview sandbox on each store, and each live
// provider against its fake server.
//
//	atstest.Run(t, func(t *testing.T) ats.Provider { ... }, fixture)
//
// The fixture (see Fixture) lists the provider's records in normalized
// form and declares the few capabilities the rules depend on. Each rule
// draws its cases from that data and compares the provider's answers with
// a reference implementation of the contract (the oracle, oracle.go).
//
// Rules are subtests in named groups (Records, Paging, Filters, NotFound,
// Cursors, Raw, Deadlines, Creates, Refusals, WalkWhileWriting, Resumes,
// Pipeline), so a failure names the group, the list and the rule broken,
// e.g. "Filters/jobs/location_country_code_never_matches". A later rule is
// a new group: a function of the *suite, listed in groups, with the
// fixture fields it needs.
//
// RunLive is the suite's live part: the rules every live provider keeps
// towards its upstream (what it sends, what it retries, deadlines,
// malformed and refused answers, redaction, links, the rate limit),
// checked against the provider's fake server through the knobs every fake
// has (Upstream). A LiveFixture says what is the provider's own; the
// router's end-to-end suite (routertest.RunLive) runs the same fixture
// through the API, and runs RunLive too.
//
// The suite is quick by design: it walks whole lists with large pages and
// keeps its small-page walks to small filtered subsets, so that a provider
// over a real database (DynamoDB on dynalite) runs it in seconds, not
// thousands of calls.
package atstest

import (
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/atsbridge/atsbridge/ats"
)

// Run checks every rule of the ats.Provider contract against providers made
// by open over the data fx describes.
//
// open returns a provider serving exactly fx's data, that no other test
// writes to, and registers its own cleanup on t. Run calls it twice: once
// for the rules that only read, and, when fx.Writes is set, once for the
// rules that write (they check what they wrote relative to what they read
// first, so they share that one provider).
func Run(t *testing.T, open func(t *testing.T) ats.Provider, fx Fixture) {
	t.Helper()
	d, err := check(fx)
	if err != nil {
		t.Fatal(err)
	}
	s := &suite{d: d, read: open(t), root: t.Name() + "/", known: map[string]bool{}}
	if fx.Writes != nil {
		s.write = open(t)
	}
	for _, g := range groups {
		s.run(t, g.name, func(t *testing.T) {
			if g.writes && s.write == nil {
				t.Skip("the fixture declares no writes (Fixture.Writes is nil)")
			}
			g.run(t, s)
		})
	}
	for _, rule := range slices.Sorted(maps.Keys(fx.Known)) {
		if !s.known[rule] {
			t.Errorf("Fixture.Known names %q, which is no rule of the suite; use a subtest path below %s", rule, t.Name())
		}
	}
}

// run runs one rule (or a set of them) as a subtest, skipped with its
// reason when the fixture lists it as known to be broken.
func (s *suite) run(t *testing.T, name string, f func(t *testing.T)) {
	t.Helper()
	t.Run(name, func(t *testing.T) {
		rule := strings.TrimPrefix(t.Name(), s.root)
		if why, ok := s.d.Known[rule]; ok {
			s.known[rule] = true
			t.Skipf("known to be broken (Fixture.Known): %s", why)
		}
		f(t)
	})
}

// suite is what every group works with.
type suite struct {
	d *data
	// read serves the fixture unchanged; nothing writes to it.
	read ats.Provider
	// write is for the rules that create records; nil without Writes.
	write ats.Provider
	w     writes
	// root is the subtest path of Run's test, and known the Known rules
	// met so far.
	root  string
	known map[string]bool
}

// group is one named set of rules.
type group struct {
	name string
	// writes is set for groups that need Fixture.Writes.
	writes bool
	run    func(t *testing.T, s *suite)
}

// groups are the rules of the contract, in the order they run: reads
// first, so that a broken basic (a record served wrongly) shows before the
// rules built on it.
var groups = []group{
	{name: "Records", run: testRecords},
	{name: "Paging", run: testPaging},
	{name: "Filters", run: testFilters},
	{name: "NotFound", run: testNotFound},
	{name: "Cursors", run: testCursors},
	{name: "Raw", run: testRaw},
	{name: "Deadlines", run: testDeadlines},
	{name: "Creates", writes: true, run: testCreates},
	{name: "Refusals", writes: true, run: testRefusals},
	{name: "WalkWhileWriting", writes: true, run: testWalkWhileWriting},
	{name: "Resumes", writes: true, run: testResumes},
	// Last: its actions change fixture applications that the rules
	// before read as the fixture has them.
	{name: "Pipeline", writes: true, run: testPipeline},
}
