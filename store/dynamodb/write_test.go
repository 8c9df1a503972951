package dynamodb

import (
	"context"
	"errors"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"

	"github.com/atsbridge/atsbridge/ats"
)

// seedKinds is how many items of each kind smallDataset leaves.
var seedKinds = map[string]int{typeJob: 3, typeCandidate: 2, typeApplication: 1, typeEmail: 2, typePair: 1}

// plus returns seedKinds with the given additions.
func plus(add map[string]int) map[string]int {
	out := map[string]int{}
	for k, v := range seedKinds {
		out[k] = v + add[k]
	}
	return out
}

// TestRaces sends 50 concurrent requests that only one (or none) may win and
// checks what a client sees: one success, the rest the same conflict naming
// the winner, and no item beyond the winner's.
func TestRaces(t *testing.T) {
	const n = 50
	cases := []struct {
		name string
		// request builds request i, which numbers its record; id reads the
		// number once the request is done.
		request  func(t *testing.T, s *Store, i int) (id func() string, do func() error)
		winners  int
		loseCode ats.Code
		// existing reports whether losers' details name the winner.
		existing bool
		added    map[string]int
	}{
		{
			name: "same_email_in_any_case",
			request: func(t *testing.T, s *Store, i int) (func() string, func() error) {
				email := "race@example.com"
				if i%2 == 1 {
					email = " RACE@Example.com"
				}
				c := newCandidate(t, s, email)
				return func() string { return c.ID }, func() error { return s.CreateCandidate(context.Background(), c, nil, nil) }
			},
			winners: 1, loseCode: ats.CodeCandidateExists, existing: true,
			added: map[string]int{typeCandidate: 1, typeEmail: 1},
		},
		{
			name: "same_email_with_application",
			request: func(t *testing.T, s *Store, i int) (func() string, func() error) {
				c := newCandidate(t, s, "race@example.com")
				a := newApplication(t, s, "", "job_001")
				return func() string { return c.ID }, func() error { return s.CreateCandidate(context.Background(), c, a, nil) }
			},
			winners: 1, loseCode: ats.CodeCandidateExists, existing: true,
			added: map[string]int{typeCandidate: 1, typeEmail: 1, typeApplication: 1, typePair: 1},
		},
		{
			name: "same_candidate_and_job",
			request: func(t *testing.T, s *Store, i int) (func() string, func() error) {
				a := newApplication(t, s, "cand_007", "job_003")
				return func() string { return a.ID }, func() error { return s.CreateApplication(context.Background(), a) }
			},
			winners: 1, loseCode: ats.CodeApplicationExists, existing: true,
			added: map[string]int{typeApplication: 1, typePair: 1},
		},
		{
			name: "applications_to_a_closed_job",
			request: func(t *testing.T, s *Store, i int) (func() string, func() error) {
				a := newApplication(t, s, "cand_007", "job_002")
				return func() string { return a.ID }, func() error { return s.CreateApplication(context.Background(), a) }
			},
			winners: 0, loseCode: ats.CodeJobNotOpen,
		},
		{
			name: "new_candidates_applying_to_a_closed_job",
			request: func(t *testing.T, s *Store, i int) (func() string, func() error) {
				c := newCandidate(t, s, "closed@example.com")
				a := newApplication(t, s, "", "job_002")
				return func() string { return c.ID }, func() error { return s.CreateCandidate(context.Background(), c, a, nil) }
			},
			winners: 0, loseCode: ats.CodeJobNotOpen,
		},
		{
			name: "applications_to_a_missing_job",
			request: func(t *testing.T, s *Store, i int) (func() string, func() error) {
				a := newApplication(t, s, "cand_007", "job_404")
				return func() string { return a.ID }, func() error { return s.CreateApplication(context.Background(), a) }
			},
			winners: 0, loseCode: ats.CodeNotFound,
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			s, _ := seededTest(t)
			ids := make([]func() string, n)
			dos := make([]func() error, n)
			for i := range n {
				ids[i], dos[i] = tc.request(t, s, i)
			}
			errs := make([]error, n)
			var wg sync.WaitGroup
			start := make(chan struct{})
			for i := range n {
				wg.Go(func() {
					<-start
					errs[i] = dos[i]()
				})
			}
			close(start)
			wg.Wait()

			var winners []string
			for i, err := range errs {
				if err == nil {
					winners = append(winners, ids[i]())
				}
			}
			if len(winners) != tc.winners {
				t.Fatalf("successes: got %d %v, want %d", len(winners), winners, tc.winners)
			}
			for i, err := range errs {
				if err == nil {
					continue
				}
				if code(err) != tc.loseCode {
					t.Errorf("request %d: got %v, want %s", i, err, tc.loseCode)
					continue
				}
				var e *ats.Error
				errors.As(err, &e)
				if tc.existing && (len(e.Details) == 0 || e.Details[0].ExistingID != winners[0]) {
					t.Errorf("request %d: got details %+v, want existing id %s", i, e.Details, winners[0])
				}
			}
			wantKinds(t, s, plus(tc.added))
			checkTotals(t, s, 2+tc.added[typeCandidate], 1+tc.added[typeApplication])
		})
	}
}

// checkTotals compares the totals of the unfiltered lists with want.
func checkTotals(t *testing.T, s *Store, cands, apps int) {
	t.Helper()
	c, err := s.ListCandidates(context.Background(), ats.CandidateQuery{Window: ats.Window{Limit: 1}})
	if err != nil {
		t.Fatalf("ListCandidates: %v", err)
	}
	if c.Total == nil || *c.Total != cands {
		t.Errorf("candidates total: got %v, want %d", deref(c.Total), cands)
	}
	a, err := s.ListApplications(context.Background(), ats.ApplicationQuery{Window: ats.Window{Limit: 1}})
	if err != nil {
		t.Fatalf("ListApplications: %v", err)
	}
	if a.Total == nil || *a.Total != apps {
		t.Errorf("applications total: got %v, want %d", deref(a.Total), apps)
	}
}

func deref(p *int) any {
	if p == nil {
		return nil
	}
	return *p
}

// failPut fails PutItem calls whose item's partition key starts with prefix.
func failPut(prefix string, then func()) func(string, any) error {
	return func(op string, params any) error {
		in, ok := params.(*dynamodb.PutItemInput)
		if !ok || !strings.HasPrefix(stringAttr(in.Item, AttrPK), prefix) {
			return nil
		}
		if then != nil {
			then()
		}
		return errInjected
	}
}

// failAddApplication fails the update that adds an application to its
// candidate's item (addApplication); then, when not nil, runs first.
func failAddApplication(then func()) func(string, any) error {
	return func(op string, params any) error {
		in, ok := params.(*dynamodb.UpdateItemInput)
		if !ok || !strings.HasPrefix(stringAttr(in.Key, AttrPK), "CAND#") || !strings.HasPrefix(aws.ToString(in.UpdateExpression), "ADD") {
			return nil
		}
		if then != nil {
			then()
		}
		return errInjected
	}
}

// TestFailedWriteLeavesNothing fails one step of each multi-item write and
// checks that the table holds exactly what it held before, and that the
// same request succeeds once the fault is gone (no claim was left behind).
// A step fails either before its call is sent or after DynamoDB carried it
// out with the answer lost (a timeout, or the deadline passing while the
// call was on its way): a record or claim written that way must be undone
// too, or it would stay without its claim and let a second candidate take
// the email, or a second application the candidate+job pair.
func TestFailedWriteLeavesNothing(t *testing.T) {
	type write func(ctx context.Context, s *Store, c *ats.Candidate, a *ats.Application) error
	withApp := func(ctx context.Context, s *Store, c *ats.Candidate, a *ats.Application) error {
		return s.CreateCandidate(ctx, c, a, nil)
	}
	appOnly := func(ctx context.Context, s *Store, _ *ats.Candidate, a *ats.Application) error {
		return s.CreateApplication(ctx, a)
	}
	newCand := map[string]int{typeCandidate: 1, typeEmail: 1, typeApplication: 1, typePair: 1}
	newApp := map[string]int{typeApplication: 1, typePair: 1}
	cases := []struct {
		name     string
		write    write
		existing bool   // an existing candidate applies (appOnly)
		failAt   string // partition key prefix of the failing put; "apps": the candidate's update
		lost     bool   // the put is carried out and its answer lost
		cancel   bool   // the request's context ends as the step fails
		added    map[string]int
	}{
		{name: "candidate_put", write: withApp, failAt: "CAND#", added: newCand},
		{name: "pair_claim_of_new_candidate", write: withApp, failAt: "PAIR#", added: newCand},
		{name: "application_of_new_candidate", write: withApp, failAt: "APP#", added: newCand},
		{name: "application_of_new_candidate_as_request_is_cancelled", write: withApp, failAt: "APP#", cancel: true, added: newCand},
		{name: "application_put", write: appOnly, existing: true, failAt: "APP#", added: newApp},
		{name: "application_put_as_request_is_cancelled", write: appOnly, existing: true, failAt: "APP#", cancel: true, added: newApp},
		{name: "email_claim_answer_lost", write: withApp, failAt: "EMAIL#", lost: true, added: newCand},
		{name: "candidate_put_answer_lost", write: withApp, failAt: "CAND#", lost: true, added: newCand},
		{name: "pair_claim_of_new_candidate_answer_lost", write: withApp, failAt: "PAIR#", lost: true, added: newCand},
		{name: "application_of_new_candidate_answer_lost", write: withApp, failAt: "APP#", lost: true, added: newCand},
		{name: "pair_claim_answer_lost", write: appOnly, existing: true, failAt: "PAIR#", lost: true, added: newApp},
		{name: "application_put_answer_lost", write: appOnly, existing: true, failAt: "APP#", lost: true, added: newApp},
		{name: "application_put_answer_lost_as_request_is_cancelled", write: appOnly, existing: true, failAt: "APP#", lost: true, cancel: true, added: newApp},
		{name: "apps_of_new_candidate", write: withApp, failAt: "apps", added: newCand},
		{name: "apps_of_new_candidate_answer_lost", write: withApp, failAt: "apps", lost: true, added: newCand},
		{name: "apps_of_candidate", write: appOnly, existing: true, failAt: "apps", added: newApp},
		{name: "apps_of_candidate_answer_lost", write: appOnly, existing: true, failAt: "apps", lost: true, added: newApp},
		{name: "apps_of_candidate_answer_lost_as_request_is_cancelled", write: appOnly, existing: true, failAt: "apps", lost: true, cancel: true, added: newApp},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			s, rec := seededTest(t)
			c := newCandidate(t, s, "fail@example.com")
			cid := ""
			if tc.existing {
				cid = "cand_007"
			}
			a := newApplication(t, s, cid, "job_003")
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			var then func()
			if tc.cancel {
				then = cancel
			}
			fail := failPut(tc.failAt, then)
			if tc.failAt == "apps" {
				fail = failAddApplication(then)
			}
			if tc.lost {
				rec.setLose(fail)
			} else {
				rec.setFail(fail)
			}
			before, err := s.Candidate(context.Background(), "cand_007")
			if err != nil {
				t.Fatal(err)
			}
			err = tc.write(ctx, s, c, a)
			if err == nil || !errors.Is(err, errInjected) {
				t.Fatalf("write with a failing %s: got %v, want the injected failure", tc.failAt, err)
			}
			wantKinds(t, s, seedKinds)
			checkTotals(t, s, 2, 1)
			if after, err := s.Candidate(context.Background(), "cand_007"); err != nil || !slices.Equal(after.ApplicationIDs, before.ApplicationIDs) {
				t.Errorf("cand_007's application ids after the failed write: %v (%v), want %v", after.ApplicationIDs, err, before.ApplicationIDs)
			}

			rec.setFail(nil)
			rec.setLose(nil)
			if err := tc.write(context.Background(), s, c, a); err != nil {
				t.Fatalf("same write without the fault: got %v, want success", err)
			}
			wantKinds(t, s, plus(tc.added))
		})
	}
}

// TestFailedUndoKeepsClaims fails the undo itself (DynamoDB unreachable
// half way through): what stays must be consistent, a candidate still
// holding their email, so a second candidate with that email is refused,
// naming it, as is the client's retry of the request, after which the
// candidate can apply (what the package doc promises).
func TestFailedUndoKeepsClaims(t *testing.T) {
	s, rec := seededTest(t)
	ctx := context.Background()
	c := newCandidate(t, s, "undo@example.com")
	a := newApplication(t, s, "", "job_003")
	rec.setFail(func(op string, params any) error {
		switch in := params.(type) {
		case *dynamodb.PutItemInput:
			if strings.HasPrefix(stringAttr(in.Item, AttrPK), "APP#") {
				return errInjected
			}
		case *dynamodb.DeleteItemInput:
			if strings.HasPrefix(stringAttr(in.Key, AttrPK), "CAND#") {
				return errInjected
			}
		}
		return nil
	})
	if err := s.CreateCandidate(ctx, c, a, nil); !errors.Is(err, errInjected) {
		t.Fatalf("write with a failing application put and candidate undo: got %v, want the injected failure", err)
	}
	rec.setFail(nil)
	wantKinds(t, s, plus(map[string]int{typeCandidate: 1, typeEmail: 1}))

	const kept = "cand_008" // the number the failed request took
	for _, email := range []string{"UNDO@example.com", c.Email} {
		err := s.CreateCandidate(ctx, newCandidate(t, s, email), newApplication(t, s, "", "job_003"), nil)
		var e *ats.Error
		if !errors.As(err, &e) || e.Code != ats.CodeCandidateExists || e.Details[0].ExistingID != kept {
			t.Fatalf("candidate with the email %s: got %v, want CANDIDATE_EXISTS naming %s", email, err, kept)
		}
	}
	if err := s.CreateApplication(ctx, newApplication(t, s, kept, "job_003")); err != nil {
		t.Fatalf("the kept candidate applying: got %v, want success", err)
	}
	wantKinds(t, s, plus(map[string]int{typeCandidate: 1, typeEmail: 1, typeApplication: 1, typePair: 1}))
}

// TestLeftBehindClaims simulates a request that died after claiming a value
// but before writing its record: readers never see the claim, a young claim
// is treated as a request still in flight, and a stale one is taken over.
func TestLeftBehindClaims(t *testing.T) {
	cases := []struct {
		name    string
		age     time.Duration
		claim   func(at time.Time) item
		write   func(s *Store) (string, error)
		want    ats.Code
		wantRef string
	}{
		{
			name: "young_email_claim_is_in_flight",
			age:  time.Second,
			claim: func(at time.Time) item {
				return claimItem(emailPK("ghost@example.com"), skEmail, typeEmail, "cand_900", at)
			},
			write: func(s *Store) (string, error) {
				c := newCandidate(t, s, "Ghost@example.com")
				err := s.CreateCandidate(context.Background(), c, nil, nil)
				return c.ID, err
			},
			want: ats.CodeCandidateExists, wantRef: "cand_900",
		},
		{
			name: "stale_email_claim_is_taken_over",
			age:  2 * defaultStaleAfter,
			claim: func(at time.Time) item {
				return claimItem(emailPK("ghost@example.com"), skEmail, typeEmail, "cand_900", at)
			},
			write: func(s *Store) (string, error) {
				c := newCandidate(t, s, "Ghost@example.com")
				err := s.CreateCandidate(context.Background(), c, nil, nil)
				return c.ID, err
			},
		},
		{
			name: "young_pair_claim_is_in_flight",
			age:  time.Second,
			claim: func(at time.Time) item {
				return claimItem(pairPK("cand_007", "job_003"), skPair, typePair, "app_0900", at)
			},
			write: func(s *Store) (string, error) {
				a := newApplication(t, s, "cand_007", "job_003")
				err := s.CreateApplication(context.Background(), a)
				return a.ID, err
			},
			want: ats.CodeApplicationExists, wantRef: "app_0900",
		},
		{
			name: "stale_pair_claim_is_taken_over",
			age:  2 * defaultStaleAfter,
			claim: func(at time.Time) item {
				return claimItem(pairPK("cand_007", "job_003"), skPair, typePair, "app_0900", at)
			},
			write: func(s *Store) (string, error) {
				a := newApplication(t, s, "cand_007", "job_003")
				err := s.CreateApplication(context.Background(), a)
				return a.ID, err
			},
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			s, _ := seededTest(t)
			claim := tc.claim(time.Now().Add(-tc.age))
			if _, err := s.db.PutItem(context.Background(), &dynamodb.PutItemInput{TableName: s.table, Item: claim}); err != nil {
				t.Fatalf("put claim: %v", err)
			}
			got, err := s.ListCandidates(context.Background(), ats.CandidateQuery{Email: "ghost@example.com", Window: ats.Window{Limit: 10}})
			if err != nil || len(got.Items) != 0 {
				t.Fatalf("list by the claimed email: got %d items, %v; want none", len(got.Items), err)
			}
			id, err := tc.write(s)
			if code(err) != tc.want {
				t.Fatalf("write: got %v, want code %q", err, tc.want)
			}
			var e *ats.Error
			if tc.want != "" && errors.As(err, &e) && e.Details[0].ExistingID != tc.wantRef {
				t.Errorf("existing id: got %s, want %s", e.Details[0].ExistingID, tc.wantRef)
			}
			after, gerr := s.get(context.Background(), stringAttr(claim, AttrPK), stringAttr(claim, AttrSK))
			if gerr != nil {
				t.Fatal(gerr)
			}
			wantRef := tc.wantRef
			if tc.want == "" {
				wantRef = id
			}
			if ref := stringAttr(after, attrRef); ref != wantRef {
				t.Errorf("claim afterwards: got ref %q, want %q", ref, wantRef)
			}
		})
	}
}

// TestRetriedWritesAreIdempotent covers the SDK retrying a conditional put
// whose first attempt succeeded but whose response was lost: the retry
// finds the item and must count it as its own, never as a conflict.
func TestRetriedWritesAreIdempotent(t *testing.T) {
	s, _ := seededTest(t)
	ctx := context.Background()
	c := *newCandidate(t, s, "retry@example.com")
	c.ID = "cand_500"
	it, err := candidateItem(c)
	if err != nil {
		t.Fatal(err)
	}
	for i := range 2 {
		if err := s.putRecord(ctx, it, &undo{}); err != nil {
			t.Fatalf("put #%d of the same record: got %v, want nil", i+1, err)
		}
	}
	other := c
	other.Name = "Someone Else"
	ot, _ := candidateItem(other)
	var u undo
	if err := s.putRecord(ctx, ot, &u); err == nil {
		t.Errorf("put of another record under a taken id: got nil, want an error")
	}
	// Undoing the failed put must leave the record that was there alone.
	if err := u.run(ctx, errInjected); err != errInjected {
		t.Errorf("undo of the failed put: got %v, want only the cause", err)
	}
	if got, err := s.Candidate(ctx, c.ID); err != nil || got.Name != c.Name {
		t.Errorf("record after undoing another's failed put: got %q, %v; want %q kept", got.Name, err, c.Name)
	}
	for i := range 2 {
		holder, err := s.claim(ctx, emailPK(c.Email), skEmail, typeEmail, c.ID, candidateRecord)
		if err != nil || holder != "" {
			t.Errorf("claim #%d by the same record: got holder %q, %v; want it ours", i+1, holder, err)
		}
	}
	holder, err := s.claim(ctx, emailPK(c.Email), skEmail, typeEmail, "cand_999", candidateRecord)
	if err != nil || holder != c.ID {
		t.Errorf("claim by another record: got holder %q, %v; want %s", holder, err, c.ID)
	}
}
