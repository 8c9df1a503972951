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

// batchGet reads the items with keys (at most 100), strongly consistent,
// retrying keys DynamoDB leaves unprocessed. The result is keyed by
// partition key; missing items are absent.
func (s *Store) batchGet(ctx context.Context, keys []item) (map[string]item, error) {
	found := map[string]item{}
	pending := keys
	for attempt := 0; len(pending) > 0; attempt++ {
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
		if len(pending) > 0 {
			if err := backoff(ctx, attempt); err != nil {
				return nil, err
			}
		}
	}
	return found, nil
}

// conditionFailed reports whether err is a failed condition of a write.
func conditionFailed(err error) bool {
	var cf *types.ConditionalCheckFailedException
	return errors.As(err, &cf)
}

// backoff sleeps before retry attempt+1 of work DynamoDB left unprocessed:
// exponential with jitter, capped at one second, bounded by ctx.
func backoff(ctx context.Context, attempt int) error {
	d := min(time.Duration(25<<min(attempt, 6))*time.Millisecond, time.Second)
	d = d/2 + rand.N(d/2+1)
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-time.After(d):
		return nil
	}
}
