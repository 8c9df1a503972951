package lever

import (
	"cmp"
	"encoding/json"
	"slices"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/upstream"
)

// Candidates are Lever contacts, and Lever lists opportunities, not
// contacts. A candidate list therefore walks opportunities and serves each
// contact once, at its canonical opportunity: the oldest (createdAt, then
// id) of its opportunities the walk lists. That opportunity is listed
// exactly once in the walk, whatever Lever's order, so no contact is lost
// or repeated between pages. To know which opportunity is canonical, and
// to fill the candidate (application_ids, tags), every opportunity of the
// contacts on an upstream page is read with one more call (contact_id
// filters; see Client.opportunitiesOf).
//
// inScope must hold exactly for the opportunities Lever's list returns
// for the walk's upstream filters. Only email goes upstream: a filter on
// the opportunities would place a contact at its first matching one, not
// at its first, and a filtered list would no longer keep the unfiltered
// list's order.

// byContact groups opportunities by contact, each group oldest first. The
// same opportunity read twice (on the page and in the lookup) counts once.
func byContact(recs ...[]upstream.Record[wireOpportunity]) map[string]*contact {
	groups := map[string]*contact{}
	seen := map[string]bool{}
	for _, rs := range recs {
		for i := range rs {
			o := &rs[i].W
			if o.Contact.ID == "" || seen[o.ID] {
				continue
			}
			seen[o.ID] = true
			g := groups[o.Contact.ID]
			if g == nil {
				g = &contact{id: o.Contact.ID}
				groups[o.Contact.ID] = g
			}
			g.opps = append(g.opps, o)
			g.raws = append(g.raws, rs[i].Raw)
		}
	}
	for _, g := range groups {
		idx := make([]int, len(g.opps))
		for i := range idx {
			idx[i] = i
		}
		slices.SortFunc(idx, func(a, b int) int { return olderFirst(g.opps[a], g.opps[b]) })
		opps, raws := make([]*wireOpportunity, len(idx)), make([]json.RawMessage, len(idx))
		for i, j := range idx {
			opps[i], raws[i] = g.opps[j], g.raws[j]
		}
		g.opps, g.raws = opps, raws
	}
	return groups
}

func olderFirst(a, b *wireOpportunity) int {
	return cmp.Or(a.CreatedAt.UTC().Compare(b.CreatedAt.UTC()), cmp.Compare(a.ID, b.ID))
}

// canonical is the contact's oldest opportunity in scope, or nil.
func (g *contact) canonical(inScope func(*wireOpportunity) bool) *wireOpportunity {
	for _, o := range g.opps {
		if inScope(o) {
			return o
		}
	}
	return nil
}

// candidatesOn maps one upstream page of opportunities: the record that is
// its contact's canonical opportunity becomes the candidate, when the
// contact passes keep (filters on the person as a whole); every other
// record is dropped.
func candidatesOn(page []upstream.Record[wireOpportunity], groups map[string]*contact, inScope func(*wireOpportunity) bool,
	keep func(*contact, *ats.Candidate) bool, includeRaw bool) []*ats.Candidate {
	out := make([]*ats.Candidate, len(page))
	for i := range page {
		o := &page[i].W
		g := groups[o.Contact.ID]
		if g == nil {
			continue
		}
		if can := g.canonical(inScope); can == nil || can.ID != o.ID {
			continue
		}
		c := toCandidate(*g, includeRaw)
		if keep(g, &c) {
			out[i] = &c
		}
	}
	return out
}

// contactIDs lists the distinct contacts of a page, in order.
func contactIDs(page []upstream.Record[wireOpportunity]) []string {
	var ids []string
	for i := range page {
		if id := page[i].W.Contact.ID; id != "" && !slices.Contains(ids, id) {
			ids = append(ids, id)
		}
	}
	return ids
}
