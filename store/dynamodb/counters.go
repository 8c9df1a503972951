package dynamodb

import (
	"context"
	"fmt"
	"log/slog"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"

	"github.com/atsbridge/atsbridge/ats/preview"
)

// nextID takes the next number of q: an atomic ADD on the sequence's item,
// so numbers are unique across every process using the table. It is a
// write of its own, before the record's: a number taken by a write that
// then fails stays used, and records numbered at the same moment may be
// written in another order than their numbers.
func (s *Store) nextID(ctx context.Context, q preview.Sequence) (string, error) {
	n, err := s.add(ctx, sequencePK(string(q)), skSequence, typeSequence, 1)
	if err != nil {
		return "", fmt.Errorf("next %s number: %w", q, err)
	}
	return q.ID(n), nil
}

// count returns the value of a list counter (0 when it was never set).
// It is an eventually consistent read: a total may trail a create by a
// moment.
func (s *Store) count(ctx context.Context, kind string) (int, error) {
	out, err := s.db.GetItem(ctx, &dynamodb.GetItemInput{
		TableName:            s.table,
		Key:                  key(counterPK(kind), skCounter),
		ProjectionExpression: aws.String("#n"),
		ExpressionAttributeNames: map[string]string{
			"#n": attrN,
		},
	})
	if err != nil {
		return 0, fmt.Errorf("dynamodb: read %s count: %w", kind, err)
	}
	return int(numberAttr(out.Item, attrN)), nil
}

// add atomically adds delta to the number on the item and returns the new value.
func (s *Store) add(ctx context.Context, pk, sk, kind string, delta int64) (int64, error) {
	out, err := s.db.UpdateItem(ctx, &dynamodb.UpdateItemInput{
		TableName:                 s.table,
		Key:                       key(pk, sk),
		UpdateExpression:          aws.String("ADD #n :d SET #t = :t"),
		ExpressionAttributeNames:  map[string]string{"#n": attrN, "#t": attrType},
		ExpressionAttributeValues: item{":d": num(delta), ":t": str(kind)},
		ReturnValues:              types.ReturnValueUpdatedNew,
	})
	if err != nil {
		return 0, err
	}
	return numberAttr(out.Attributes, attrN), nil
}

// raise sets the number on the item to at least n; it never lowers it, so a
// repeated seed cannot hand out ids again.
func (s *Store) raise(ctx context.Context, pk, sk, kind string, n int64) error {
	_, err := s.db.UpdateItem(ctx, &dynamodb.UpdateItemInput{
		TableName:                 s.table,
		Key:                       key(pk, sk),
		UpdateExpression:          aws.String("SET #n = :n, #t = :t"),
		ConditionExpression:       aws.String("attribute_not_exists(#n) OR #n < :n"),
		ExpressionAttributeNames:  map[string]string{"#n": attrN, "#t": attrType},
		ExpressionAttributeValues: item{":n": num(n), ":t": str(kind)},
	})
	if conditionFailed(err) {
		return nil
	}
	return err
}

// initCount sets a list counter unless it exists: a seed that is repeated
// after creates must not reset it.
func (s *Store) initCount(ctx context.Context, kind string, n int) error {
	_, err := s.db.UpdateItem(ctx, &dynamodb.UpdateItemInput{
		TableName:                 s.table,
		Key:                       key(counterPK(kind), skCounter),
		UpdateExpression:          aws.String("SET #n = if_not_exists(#n, :n), #t = :t"),
		ExpressionAttributeNames:  map[string]string{"#n": attrN, "#t": attrType},
		ExpressionAttributeValues: item{":n": num(int64(n)), ":t": str(typeCounter)},
	})
	return err
}

// bumpCounts adds one to each named list counter after a create has
// committed. It runs even when the request was cancelled meanwhile. A
// failure (after the SDK's retries) is not the caller's error, because the
// record is stored; it leaves that list's total one short for good, so it
// is logged as an error: the logged failures are exactly how far the
// total has drifted.
func (s *Store) bumpCounts(ctx context.Context, kinds ...string) {
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), undoTimeout)
	defer cancel()
	for _, k := range kinds {
		if _, err := s.add(ctx, counterPK(k), skCounter, typeCounter, 1); err != nil {
			s.logger.ErrorContext(ctx, "dynamodb: list counter not bumped; its total is now one short",
				slog.String("counter", k), slog.String("table", *s.table), slog.Any("error", err))
		}
	}
}
