package dynamodb

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/service/dynamodb"

	"github.com/atsbridge/atsbridge/ats/preview"
)

// batchesFor is how many BatchWriteItem calls one seed of ds takes.
func batchesFor(t *testing.T, ds preview.Dataset) int {
	t.Helper()
	its, err := seedItems(ds)
	if err != nil {
		t.Fatal(err)
	}
	return (len(its) + 24) / 25
}

// TestSeedConcurrentColdStarts runs Seed from 5 goroutines at once, as
// concurrent Lambda cold starts do, and checks that the data was written
// by exactly one of them.
func TestSeedConcurrentColdStarts(t *testing.T) {
	s, rec := openTest(t)
	ds := smallDataset()
	errs := make([]error, 5)
	var wg sync.WaitGroup
	for i := range errs {
		wg.Go(func() { errs[i] = s.Seed(context.Background(), func() preview.Dataset { return ds }) })
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Errorf("Seed #%d: got %v, want nil", i, err)
		}
	}
	if got, want := rec.counts()["BatchWriteItem"], batchesFor(t, ds); got != want {
		t.Errorf("BatchWriteItem calls: got %d, want %d (one seeder)", got, want)
	}
	wantKinds(t, s, seedKinds)
	checkTotals(t, s, 2, 1)
}

// TestSeedCompletesHalfFinished leaves a seed half written, as a process
// that died while seeding would, and checks that the next Seed completes it
// with exact counts and continues the id sequences after the seed.
func TestSeedCompletesHalfFinished(t *testing.T) {
	cases := []struct {
		name   string
		marker func(now time.Time) item // nil: no marker at all
	}{
		{"items_without_marker", nil},
		{"expired_lease_of_a_dead_seeder", func(now time.Time) item {
			m := key(seedPK, skSeed)
			m[attrType], m[attrState], m[attrOwner] = str(typeSeed), str(seedSeeding), str("dead")
			m[attrLease] = num(now.Add(-time.Second).UnixNano())
			return m
		}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			s, rec := openTest(t)
			ctx := context.Background()
			ds := smallDataset()
			its, err := seedItems(ds)
			if err != nil {
				t.Fatal(err)
			}
			if err := s.batchPut(ctx, its[:len(its)/2]); err != nil {
				t.Fatalf("write half the seed: %v", err)
			}
			if tc.marker != nil {
				if _, err := s.db.PutItem(ctx, &dynamodb.PutItemInput{TableName: s.table, Item: tc.marker(time.Now())}); err != nil {
					t.Fatal(err)
				}
			}
			rec.reset()
			if err := s.Seed(ctx, func() preview.Dataset { return ds }); err != nil {
				t.Fatalf("Seed: %v", err)
			}
			if got := rec.counts()["BatchWriteItem"]; got == 0 {
				t.Errorf("BatchWriteItem calls: got 0, want the seed completed")
			}
			wantKinds(t, s, seedKinds)
			checkTotals(t, s, 2, 1)
			c, a := newCandidate(t, s, "after-seed@example.com"), newApplication(t, s, "", "job_001")
			if err := s.CreateCandidate(ctx, c, a, nil); err != nil || c.ID != "cand_008" || a.ID != "app_0013" {
				t.Errorf("first create after the seed: got %s and %s, %v; want cand_008 and app_0013 (the seed's Next)", c.ID, a.ID, err)
			}
			rec.reset()
			if err := s.Seed(ctx, func() preview.Dataset { return ds }); err != nil {
				t.Fatalf("Seed again: %v", err)
			}
			if got := rec.counts()["BatchWriteItem"]; got != 0 {
				t.Errorf("BatchWriteItem calls of a Seed after a complete one: got %d, want 0", got)
			}
		})
	}
}

// TestSeedWaitsForLiveSeeder holds the lease for another, live seeder and
// checks that Seed waits for it to finish instead of writing the data too.
func TestSeedWaitsForLiveSeeder(t *testing.T) {
	s, rec := openTest(t)
	ctx := context.Background()
	m := key(seedPK, skSeed)
	m[attrType], m[attrState], m[attrOwner] = str(typeSeed), str(seedSeeding), str("other")
	m[attrLease] = num(time.Now().Add(time.Hour).UnixNano())
	if _, err := s.db.PutItem(ctx, &dynamodb.PutItemInput{TableName: s.table, Item: m}); err != nil {
		t.Fatal(err)
	}
	// The third look at the marker proves Seed is polling; the other
	// seeder finishes then.
	var once sync.Once
	looks := 0
	rec.setFail(func(op string, params any) error {
		if in, ok := params.(*dynamodb.GetItemInput); ok && stringAttr(in.Key, AttrPK) == seedPK {
			looks++
			if looks == 3 {
				once.Do(func() {
					done := key(seedPK, skSeed)
					done[attrState] = str(seedDone)
					if _, err := s.db.PutItem(ctx, &dynamodb.PutItemInput{TableName: s.table, Item: done}); err != nil {
						t.Error(err)
					}
				})
			}
		}
		return nil
	})
	if err := s.Seed(ctx, smallDataset); err != nil {
		t.Fatalf("Seed: %v", err)
	}
	if looks < 3 {
		t.Errorf("marker reads: got %d, want Seed to poll until the other seeder is done", looks)
	}
	if got := rec.counts()["BatchWriteItem"]; got != 0 {
		t.Errorf("BatchWriteItem calls while another seeder held the lease: got %d, want 0", got)
	}
}

// TestSeedKeepsLaterWrites seeds, creates a candidate, then loses the marker
// (a table restored without it) and seeds again: the totals and sequences
// must not go back.
func TestSeedKeepsLaterWrites(t *testing.T) {
	s, _ := seededTest(t)
	ctx := context.Background()
	c := newCandidate(t, s, "later@example.com")
	if err := s.CreateCandidate(ctx, c, nil, nil); err != nil {
		t.Fatal(err)
	}
	if _, err := s.db.DeleteItem(ctx, &dynamodb.DeleteItemInput{TableName: s.table, Key: key(seedPK, skSeed)}); err != nil {
		t.Fatal(err)
	}
	if err := s.Seed(ctx, smallDataset); err != nil {
		t.Fatalf("Seed: %v", err)
	}
	checkTotals(t, s, 3, 1)
	next := newCandidate(t, s, "later2@example.com")
	if err := s.CreateCandidate(ctx, next, nil, nil); err != nil {
		t.Fatal(err)
	}
	if next.ID != "cand_009" {
		t.Errorf("candidate after a repeated seed: got %s, want cand_009, after %s (a seed never sets a sequence back)", next.ID, c.ID)
	}
	if _, err := s.Candidate(ctx, c.ID); code(err) != "" {
		t.Errorf("candidate created before the repeated seed: got %v, want it kept", err)
	}
}
