package dynamodb

import (
	"context"
	"errors"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
)

// A claim is an item whose key is a value that must be unique (an email, a
// candidate+job pair) and whose ref names the record holding it. Putting it
// with attribute_not_exists is the atomic "is it taken?" check that a
// unique index gives in SQL; DynamoDB has no unique constraints on
// attributes, and the emulator the tests use has no transactions.

// errContended reports a claim that kept changing hands; it is not expected
// outside of deliberate fault injection.
var errContended = errors.New("uniqueness claim is contended; retry")

// recordOf names the record a claim's ref points to.
type recordOf func(ref string) (pk, sk string)

func candidateRecord(id string) (string, string)   { return candidatePK(id), skCandidate }
func applicationRecord(id string) (string, string) { return applicationPK(id), skApplication }

// claim takes the unique value pk for the record ref. It returns "" when the
// claim now belongs to ref, or the id of the record that holds it.
func (s *Store) claim(ctx context.Context, pk, sk, kind, ref string, rec recordOf) (string, error) {
	for range 4 {
		_, err := s.db.PutItem(ctx, &dynamodb.PutItemInput{
			TableName:                s.table,
			Item:                     claimItem(pk, sk, kind, ref, s.now()),
			ConditionExpression:      aws.String("attribute_not_exists(#pk)"),
			ExpressionAttributeNames: map[string]string{"#pk": AttrPK},
		})
		if err == nil {
			return "", nil
		}
		if !conditionFailed(err) {
			return "", err
		}
		holder, err := s.holder(ctx, pk, sk, ref, rec)
		if err != nil {
			return "", err
		}
		switch holder {
		case ref:
			// Our own put, which the SDK retried after a lost response.
			return "", nil
		case "":
			continue // released or left behind and removed: try again
		default:
			return holder, nil
		}
	}
	return "", errContended
}

// holder returns the record id holding the claim pk, or "" when there is
// none. A claim older than staleAfter whose record does not exist was left
// by a request that died between claiming and writing; holder removes it
// (only that exact claim, so a fresh one is never lost) and reports none.
// A younger claim without a record belongs to a request still in flight and
// counts as taken, as a row in an open SQL transaction would.
func (s *Store) holder(ctx context.Context, pk, sk, mine string, rec recordOf) (string, error) {
	it, err := s.get(ctx, pk, sk)
	if err != nil || it == nil {
		return "", err
	}
	ref, at := stringAttr(it, attrRef), numberAttr(it, attrAt)
	if ref == mine || s.now().Sub(time.Unix(0, at)) < s.staleAfter {
		return ref, nil
	}
	rpk, rsk := rec(ref)
	r, err := s.get(ctx, rpk, rsk)
	if err != nil || r != nil {
		return ref, err
	}
	_, err = s.db.DeleteItem(ctx, &dynamodb.DeleteItemInput{
		TableName:                 s.table,
		Key:                       key(pk, sk),
		ConditionExpression:       aws.String("#ref = :ref AND #at = :at"),
		ExpressionAttributeNames:  map[string]string{"#ref": attrRef, "#at": attrAt},
		ExpressionAttributeValues: item{":ref": str(ref), ":at": num(at)},
	})
	if err != nil && !conditionFailed(err) {
		return "", err
	}
	return "", nil
}

// release deletes the claim pk if ref still holds it.
func (s *Store) release(ctx context.Context, pk, sk, ref string) error {
	_, err := s.db.DeleteItem(ctx, &dynamodb.DeleteItemInput{
		TableName:                 s.table,
		Key:                       key(pk, sk),
		ConditionExpression:       aws.String("#ref = :ref"),
		ExpressionAttributeNames:  map[string]string{"#ref": attrRef},
		ExpressionAttributeValues: item{":ref": str(ref)},
	})
	if conditionFailed(err) {
		return nil
	}
	return err
}
