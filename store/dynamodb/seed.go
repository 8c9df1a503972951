package dynamodb

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
	"golang.org/x/sync/errgroup"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/preview"
)

// Seed marker states.
const (
	seedSeeding = "seeding"
	seedDone    = "done"
)

// Seed writes ds unless a complete seed is present.
//
// The seed marker item is a lease: a seeder takes it with a conditional put
// that succeeds only when there is no marker or the previous seeder's lease
// ran out, so concurrent cold starts write the data once while the others
// wait for "done". Every seed item has a fixed key and is written with a
// plain put, so a seeder that takes over a half-finished seed (a crashed
// process, or items written without a marker) overwrites what is there
// and completes it without duplicates. Counters are only initialised, and
// sequences only raised, so a repeated seed never undoes later writes.
func (s *Store) Seed(ctx context.Context, data func() preview.Dataset) error {
	if err := s.usable(ctx, "seed"); err != nil {
		return err
	}
	owner, err := newOwner()
	if err != nil {
		return fmt.Errorf("dynamodb: seed: %w", err)
	}
	for attempt := 0; ; attempt++ {
		m, err := s.get(ctx, seedPK, skSeed)
		if err != nil {
			return fmt.Errorf("dynamodb: seed: read marker: %w", err)
		}
		if stringAttr(m, attrState) == seedDone {
			return nil
		}
		won, err := s.takeSeedLease(ctx, owner)
		if err != nil {
			return fmt.Errorf("dynamodb: seed: take lease: %w", err)
		}
		if won {
			break
		}
		// Another process is seeding: wait for it to finish or for its
		// lease to run out.
		if err := s.backoff(ctx, min(attempt, 4)); err != nil {
			return fmt.Errorf("dynamodb: seed: wait for another seeder: %w", err)
		}
	}
	if err := s.writeSeed(ctx, data()); err != nil {
		return fmt.Errorf("dynamodb: seed: %w", err)
	}
	done := key(seedPK, skSeed)
	done[attrType], done[attrState], done[attrOwner] = str(typeSeed), str(seedDone), str(owner)
	if _, err := s.db.PutItem(ctx, &dynamodb.PutItemInput{TableName: s.table, Item: done}); err != nil {
		return fmt.Errorf("dynamodb: seed: mark done: %w", err)
	}
	return nil
}

// takeSeedLease puts the marker in state seeding for owner when nobody
// else holds a live lease, and reports whether it did.
func (s *Store) takeSeedLease(ctx context.Context, owner string) (bool, error) {
	now := s.now()
	m := key(seedPK, skSeed)
	m[attrType], m[attrState], m[attrOwner] = str(typeSeed), str(seedSeeding), str(owner)
	m[attrLease] = num(now.Add(s.seedLease).UnixNano())
	_, err := s.db.PutItem(ctx, &dynamodb.PutItemInput{
		TableName:                 s.table,
		Item:                      m,
		ConditionExpression:       aws.String("attribute_not_exists(#pk) OR (#state = :seeding AND #lease < :now)"),
		ExpressionAttributeNames:  map[string]string{"#pk": AttrPK, "#state": attrState, "#lease": attrLease},
		ExpressionAttributeValues: item{":seeding": str(seedSeeding), ":now": num(now.UnixNano())},
	})
	if conditionFailed(err) {
		return false, nil
	}
	return err == nil, err
}

// newOwner names one Seed call in the marker.
func newOwner() (string, error) {
	b := make([]byte, 8)
	if _, err := rand.Read(b); err != nil {
		return "", err
	}
	return hex.EncodeToString(b), nil
}

// writeSeed writes every item of ds, then the counters and sequences.
func (s *Store) writeSeed(ctx context.Context, ds preview.Dataset) error {
	its, err := seedItems(ds)
	if err != nil {
		return err
	}
	if err := s.batchPut(ctx, its); err != nil {
		return err
	}
	for kind, n := range map[string]int{countJobs: len(ds.Jobs), countCandidates: len(ds.Candidates), countApplications: len(ds.Applications)} {
		if err := s.initCount(ctx, kind, n); err != nil {
			return fmt.Errorf("init %s count: %w", kind, err)
		}
	}
	// A sequence's number is the last one handed out.
	for q, next := range ds.Next {
		if err := s.raise(ctx, sequencePK(string(q)), skSequence, typeSequence, next-1); err != nil {
			return fmt.Errorf("init %s sequence: %w", q, err)
		}
	}
	return nil
}

// seedItems builds the items of ds: records and their uniqueness claims.
// Claims carry time zero, so they never count as in flight.
func seedItems(ds preview.Dataset) ([]item, error) {
	var its []item
	created := map[string]time.Time{}
	for _, j := range ds.Jobs {
		it, err := jobItem(j)
		if err != nil {
			return nil, err
		}
		its = append(its, it)
	}
	apps := map[string][]ats.Application{}
	for _, a := range ds.Applications {
		apps[a.CandidateID] = append(apps[a.CandidateID], a)
	}
	for _, c := range ds.Candidates {
		it, err := candidateItem(c, apps[c.ID]...)
		if err != nil {
			return nil, err
		}
		its = append(its, it, claimItem(emailPK(c.Email), skEmail, typeEmail, c.ID, time.Unix(0, 0)))
		created[c.ID] = c.CreatedAt
	}
	for _, a := range ds.Applications {
		it, err := applicationItem(a, created[a.CandidateID])
		if err != nil {
			return nil, err
		}
		its = append(its, it, claimItem(pairPK(a.CandidateID, a.JobID), skPair, typePair, a.ID, time.Unix(0, 0)))
	}
	return its, nil
}

// batchPut writes its in batches of 25 (the BatchWriteItem maximum), eight
// batches at a time, retrying what DynamoDB leaves unprocessed. The first
// failure cancels the batches still running and stops new ones.
func (s *Store) batchPut(ctx context.Context, its []item) error {
	const batch = 25
	g, ctx := errgroup.WithContext(ctx)
	g.SetLimit(8)
	for start := 0; start < len(its); start += batch {
		chunk := its[start:min(start+batch, len(its))]
		g.Go(func() error { return s.writeBatch(ctx, chunk) })
	}
	return g.Wait()
}

// writeBatch writes one BatchWriteItem's worth of puts (at most 25, each
// key once), sending again what DynamoDB leaves unprocessed. On AWS a seed
// meets that for sure: every application goes to the same few index
// partitions (all applications, by status, by stage), each of which takes
// about 1000 writes a second, so DynamoDB pushes back with unprocessed
// items or, when it takes none of a batch, with a throttling error; both
// mean "slower", see maxRounds. Unlike a request, the seed has nobody
// waiting on a prompt answer, so it goes on after the SDK's retries of a
// throttled batch, within the start-up deadline.
func (s *Store) writeBatch(ctx context.Context, its []item) error {
	reqs := make([]types.WriteRequest, 0, len(its))
	for _, it := range its {
		reqs = append(reqs, types.WriteRequest{PutRequest: &types.PutRequest{Item: it}})
	}
	for round := 0; len(reqs) > 0; round++ {
		if err := s.nextRound(ctx, round); err != nil {
			return fmt.Errorf("batch write: %w", err)
		}
		out, err := s.db.BatchWriteItem(ctx, &dynamodb.BatchWriteItemInput{
			RequestItems: map[string][]types.WriteRequest{*s.table: reqs},
		})
		if throttled(err) && round+1 < maxRounds {
			continue
		}
		if err != nil {
			return fmt.Errorf("batch write: %w", err)
		}
		reqs = out.UnprocessedItems[*s.table]
	}
	return nil
}
