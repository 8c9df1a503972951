package dynamodb

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/preview"
)

// attrVersion counts the updates of an application item: an update writes
// only if the item still has the version it read (optimistic concurrency).
// Items written by a create have none, which counts as version 0.
const attrVersion = "ver"

// maxUpdateRounds bounds the rounds of one update lost to concurrent
// updates of the same application. Each lost round means another update
// was written, so the rounds of N concurrent updates add up to at most N;
// the bound only stops a runaway.
const maxUpdateRounds = 100

// UpdateApplication applies change with a conditional write, without
// transactions: it reads the application (strongly consistent), applies
// change, and writes the result only if the item's version is still the
// one read. When another update was written in between, the condition
// fails and the update starts over from the newer item, so change always
// works on the latest application and two racing updates end as one
// applied after the other. The stage kind and status index keys move with
// the record. notBefore is the zero time: the store cannot read the latest
// update of all applications in the write's own step (storetest.StartOfWalk).
func (s *Store) UpdateApplication(ctx context.Context, id string, change preview.Change) (ats.Application, error) {
	if err := s.usable(ctx, "update application"); err != nil {
		return ats.Application{}, err
	}
	pk := applicationPK(id)
	for range maxUpdateRounds {
		it, err := s.get(ctx, pk, skApplication)
		if err != nil {
			return ats.Application{}, fmt.Errorf("dynamodb: update application: %w", err)
		}
		if it == nil {
			return ats.Application{}, ats.NotFound("application", id)
		}
		stored, err := decodeApplication(it)
		if err != nil {
			return ats.Application{}, fmt.Errorf("dynamodb: update application: %w", err)
		}
		next, write, err := change(stored, time.Time{})
		switch {
		case err != nil:
			return ats.Application{}, err
		case !write:
			return stored, nil
		}
		next = preview.Updated(stored, next)
		won, err := s.writeUpdate(ctx, it, next)
		if err != nil {
			return ats.Application{}, fmt.Errorf("dynamodb: update application: %w", err)
		}
		if won {
			return next, nil
		}
	}
	return ats.Application{}, &ats.Error{Code: ats.CodeUpstreamRateLimited, RetryAfter: throttleRetryAfter,
		Message: "The application is being changed by many requests at once; retry after the Retry-After delay.",
		Err:     fmt.Errorf("dynamodb: update application %s: lost %d rounds to concurrent updates", id, maxUpdateRounds)}
}

// writeUpdate writes next over the item it was read from (read), if the
// item's version is still read's, and reports whether it did. A write
// whose condition fails because its own first attempt went through (the
// SDK retrying after a lost answer) counts as written.
func (s *Store) writeUpdate(ctx context.Context, read item, next ats.Application) (bool, error) {
	doc, err := json.Marshal(next)
	if err != nil {
		return false, fmt.Errorf("encode application %s: %w", next.ID, err)
	}
	version := numberAttr(read, attrVersion)
	cond := "attribute_exists(#pk) AND attribute_not_exists(#ver)"
	values := item{
		":doc": str(string(doc)), ":stage": str(gpAppStage(next.Stage.Kind)), ":status": str(gpAppStatus(next.Status)),
		":next": num(version + 1),
	}
	names := map[string]string{
		"#pk": AttrPK, "#doc": attrDoc, "#ver": attrVersion,
		"#stage": idxAppsByStage.PK, "#status": idxAppsByStatus.PK,
	}
	if version > 0 {
		cond = "#ver = :ver"
		values[":ver"] = num(version)
		delete(names, "#pk") // DynamoDB refuses names an expression does not use
	}
	_, err = s.db.UpdateItem(ctx, &dynamodb.UpdateItemInput{
		TableName:                 s.table,
		Key:                       key(stringAttr(read, AttrPK), skApplication),
		UpdateExpression:          aws.String("SET #doc = :doc, #stage = :stage, #status = :status, #ver = :next"),
		ConditionExpression:       aws.String(cond),
		ExpressionAttributeNames:  names,
		ExpressionAttributeValues: values,
	})
	if !conditionFailed(err) {
		return err == nil, err
	}
	cur, err := s.get(ctx, stringAttr(read, AttrPK), skApplication)
	if err != nil {
		return false, err
	}
	return cur != nil && numberAttr(cur, attrVersion) == version+1 && stringAttr(cur, attrDoc) == string(doc), nil
}
