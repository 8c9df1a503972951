package dynamodb

import (
	"context"
	"errors"
	"math/rand/v2"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
)

// The few call patterns every part of the store shares: consistent reads,
// batch reads with their retries, and recognising a failed condition.

// get reads one item with a strongly consistent read, so a record is
// readable by id as soon as its write returned. A missing item is nil.
func (s *Store) get(ctx context.Context, pk, sk string) (item, error) {
	out, err := s.db.GetItem(ctx, &dynamodb.GetItemInput{
		TableName:      s.table,
		Key:            key(pk, sk),
		ConsistentRead: aws.Bool(true),
	})
	if err != nil {
		return nil, err
	}
	if len(out.Item) == 0 {
		return nil, nil
	}
	return out.Item, nil
}

// batchGet reads the items with keys (at most 100; a key given twice is
// asked for once, as DynamoDB rejects a batch naming an item twice),
// strongly consistent. Keys DynamoDB leaves unprocessed (throughput, or a
// response over 16 MB) are asked for again; see maxRounds. A batch refused
// whole for throttling is not: the SDK has retried it already, for
// seconds, and batchGet serves requests, whose clients are better served
// by a prompt UPSTREAM_RATE_LIMITED. The result is keyed by partition key;
// missing items are absent.
func (s *Store) batchGet(ctx context.Context, keys []item) (map[string]item, error) {
	found := map[string]item{}
	pending := distinct(keys)
	for round := 0; len(pending) > 0; round++ {
		if err := s.nextRound(ctx, round); err != nil {
			return nil, err
		}
		out, err := s.db.BatchGetItem(ctx, &dynamodb.BatchGetItemInput{
			RequestItems: map[string]types.KeysAndAttributes{*s.table: {Keys: pending, ConsistentRead: aws.Bool(true)}},
		})
		if err != nil {
			return nil, err
		}
		for _, it := range out.Responses[*s.table] {
			found[stringAttr(it, AttrPK)] = it
		}
		pending = out.UnprocessedKeys[*s.table].Keys
	}
	return found, nil
}

// distinct returns keys without repeats, in their first order.
func distinct(keys []item) []item {
	seen := make(map[[2]string]bool, len(keys))
	out := make([]item, 0, len(keys))
	for _, k := range keys {
		id := [2]string{stringAttr(k, AttrPK), stringAttr(k, AttrSK)}
		if !seen[id] {
			seen[id] = true
			out = append(out, k)
		}
	}
	return out
}

// maxRounds bounds the calls of one batch read or write. Unprocessed items
// are DynamoDB's way to ask for a slower pace, not a failure, so they are
// sent again after a backoff (the seed's writes also after a batch refused
// whole for throttling). Past maxRounds the caller gets
// UPSTREAM_RATE_LIMITED rather than waiting on: the backoffs of ten rounds
// add up to about 5 s, and ctx bounds them anyway.
const maxRounds = 10

// nextRound waits before round (0-based) of a batch call: not at all before
// the first, a backoff before the others, and it ends the batch with a
// rate-limited error once maxRounds calls left work undone.
func (s *Store) nextRound(ctx context.Context, round int) error {
	switch {
	case round == 0:
		return nil
	case round >= maxRounds:
		return classify(ctx, errUnprocessed)
	}
	return s.backoff(ctx, round-1)
}

// conditionFailed reports whether err is a failed condition of a write.
func conditionFailed(err error) bool {
	var cf *types.ConditionalCheckFailedException
	return errors.As(err, &cf)
}

// backoff sleeps before retry attempt+1 of work DynamoDB left unprocessed:
// exponential from backoffBase with jitter, capped at 40 times the base
// (one second by default), bounded by ctx.
func (s *Store) backoff(ctx context.Context, attempt int) error {
	d := min(s.backoffBase<<min(attempt, 6), 40*s.backoffBase)
	d = d/2 + rand.N(d/2+1)
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return classify(ctx, ctx.Err())
	case <-t.C:
		return nil
	}
}
