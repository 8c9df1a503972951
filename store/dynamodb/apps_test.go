package dynamodb

import (
	"context"
	"maps"
	"slices"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/service/dynamodb"

	"github.com/atsbridge/atsbridge/ats"
)

// TestCandidateOfTheEarlierForm: a candidate item written before candidates
// kept their applications (a table seeded by an earlier version) has none
// of them on it; its reads take them from the by-candidate index as they
// used to, and a new application leaves it as it is rather than giving it
// a set that lacks the older ones.
func TestCandidateOfTheEarlierForm(t *testing.T) {
	s, _ := seededTest(t)
	ctx := context.Background()
	it, err := s.get(ctx, candidatePK("cand_001"), skCandidate)
	if err != nil {
		t.Fatal(err)
	}
	delete(it, attrOwnsApps)
	delete(it, attrApps)
	if _, err := s.db.PutItem(ctx, &dynamodb.PutItemInput{TableName: s.table, Item: it}); err != nil {
		t.Fatal(err)
	}
	want := []string{"app_0012"}
	check := func(when string) {
		t.Helper()
		c, err := s.Candidate(ctx, "cand_001")
		if err != nil || !slices.Equal(c.ApplicationIDs, want) {
			t.Errorf("%s: Candidate: %v (%v), want %v", when, c.ApplicationIDs, err, want)
		}
		p, err := s.ListCandidates(ctx, ats.CandidateQuery{Window: ats.Window{Limit: 20}})
		if err != nil || len(p.Items) == 0 || p.Items[0].ID != "cand_001" || !slices.Equal(p.Items[0].ApplicationIDs, want) {
			t.Errorf("%s: ListCandidates: %+v (%v), want cand_001 first with %v", when, p.Items, err, want)
		}
		for job, found := range map[string]bool{"job_001": true, "job_002": false} {
			p, err := s.ListCandidates(ctx, ats.CandidateQuery{Window: ats.Window{Limit: 20}, Email: "first@example.com", JobID: job})
			if err != nil || (len(p.Items) == 1) != found {
				t.Errorf("%s: candidates by email who applied to %s: %d (%v), want found %v", when, job, len(p.Items), err, found)
			}
		}
	}
	check("as read")

	a := newApplication(t, s, "cand_001", "job_003")
	if err := s.CreateApplication(ctx, a); err != nil {
		t.Fatal(err)
	}
	want = append(want, a.ID)
	check("after a new application")
	it, err = s.get(ctx, candidatePK("cand_001"), skCandidate)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := it[attrApps]; ok {
		t.Errorf("the candidate item of the earlier form got %s: %v; want it left as it was", attrApps, it[attrApps])
	}
}

// TestSetResumeURLCost: setting a resume url reads the candidate once and
// writes it once; the answer is the item as written (ReturnValues), not a
// second read. Its application ids are the candidate's.
func TestSetResumeURLCost(t *testing.T) {
	s, rec := seededTest(t)
	ctx := context.Background()
	rec.reset()
	url := "/candidates/cand_001/resume"
	c, err := s.SetResumeURL(ctx, "cand_001", &url, t0.Add(1000*time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	if c.ResumeURL == nil || *c.ResumeURL != url || !slices.Equal(c.ApplicationIDs, []string{"app_0012"}) {
		t.Errorf("got resume_url %v, applications %v; want %s and [app_0012]", c.ResumeURL, c.ApplicationIDs, url)
	}
	if got, want := rec.counts(), map[string]int{"GetItem": 1, "UpdateItem": 1}; !maps.Equal(got, want) {
		t.Errorf("calls %v, want %v", got, want)
	}
}
