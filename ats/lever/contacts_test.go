package lever

import (
	"slices"
	"testing"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/upstream"
	"github.com/atsbridge/atsbridge/ats/wire"
)

// walkContacts pages through the opportunities Lever lists, in the order
// given, looking up each page's contacts among all opportunities, as
// ListCandidates does upstream.
func walkContacts(listed, all []upstream.Record[wireOpportunity], size int, inScope func(*wireOpportunity) bool) []string {
	opps := listed
	var got []string
	for start := 0; start < len(opps); start += size {
		page := opps[start:min(start+size, len(opps))]
		var theirs []upstream.Record[wireOpportunity]
		for _, o := range all {
			if slices.Contains(contactIDs(page), o.W.Contact.ID) {
				theirs = append(theirs, o)
			}
		}
		for _, c := range candidatesOn(page, byContact(page, theirs), inScope, func(*contact, *ats.Candidate) bool { return true }, false) {
			if c != nil {
				got = append(got, c.ID)
			}
		}
	}
	return got
}

func TestContactsAreServedOnceWhateverTheOrder(t *testing.T) {
	opp := func(id, contact string, created int64, posting string) upstream.Record[wireOpportunity] {
		o := wireOpportunity{ID: id, Contact: ref{ID: contact}, CreatedAt: wire.MilliTime(ms(created)), Name: contact}
		if posting != "" {
			o.Applications = []wireAppRef{{Posting: ref{ID: posting}, expanded: true}}
		}
		return upstream.Record[wireOpportunity]{W: o}
	}
	all := []upstream.Record[wireOpportunity]{
		opp("o1", "jane", 100, ""), opp("o2", "bob", 200, "p1"), opp("o3", "jane", 300, "p1"),
		opp("o4", "ann", 400, "p2"), opp("o5", "jane", 500, "p2"), opp("o6", "bob", 600, "p2"),
		opp("o7", "cy", 700, "p1"), opp("o0", "cy", 700, "p2"), // same millisecond: the id decides
	}
	everything := func(*wireOpportunity) bool { return true }
	onP2 := func(o *wireOpportunity) bool {
		return slices.ContainsFunc(o.Applications, func(a wireAppRef) bool { return a.Posting.ID == "p2" })
	}
	reversed := slices.Clone(all)
	slices.Reverse(reversed)
	for _, order := range [][]upstream.Record[wireOpportunity]{all, reversed} {
		for _, size := range []int{1, 2, 3, 8} {
			got := walkContacts(order, all, size, everything)
			slices.Sort(got)
			if !slices.Equal(got, []string{"ann", "bob", "cy", "jane"}) {
				t.Errorf("size %d: got %v, want each contact once", size, got)
			}
			var scoped []upstream.Record[wireOpportunity]
			for _, o := range order {
				if onP2(&o.W) {
					scoped = append(scoped, o)
				}
			}
			// The walk sees only what Lever's posting_id filter lists.
			got = walkContacts(scoped, all, size, onP2)
			slices.Sort(got)
			if !slices.Equal(got, []string{"ann", "bob", "cy", "jane"}) {
				t.Errorf("size %d, posting p2: got %v, want each contact once", size, got)
			}
		}
	}
	groups := byContact(all)
	if can := groups["cy"].canonical(everything); can.ID != "o0" {
		t.Errorf("same millisecond: canonical %s, want o0", can.ID)
	}
	if got := toCandidate(*groups["jane"], false); !slices.Equal(got.ApplicationIDs, []string{"o3", "o5"}) {
		t.Errorf("jane's applications: got %v", got.ApplicationIDs)
	}
}
