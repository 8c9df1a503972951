package dynamodb

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"

	"github.com/atsbridge/atsbridge/caller"
)

// What the caller layer keeps, one item each (see the package doc's item
// table):
//
//	kind            pk                               sk      other attributes
//	API key         KEY#<sha256 hex>                 KEY     id, name, prefix, scope, rate, created, used, revoked; gsi1 KEYS by created
//	key id claim    KEYID#<id>                       KEYID   ref = hash
//	rate window     RATE#<key id>#<per s>#<start s>  RATE    n, expires_at (TTL)
//	idempotency     IDEM#<caller>#<Idempotency-Key>  IDEM    fp, token, done, lease, exp (ns), status, header, body, expires_at (TTL)
//
// A request costs one write (the rate window's ADD) and, when the router's
// cache misses, one strongly consistent read of its key. TTL deletes
// expired items eventually; reads treat an item past its time as absent.

const (
	typeKey    = "api_key"
	typeKeyID  = "key_id_claim"
	typeWindow = "rate_window"
	typeIdem   = "idempotency"

	skKey    = "KEY"
	skKeyID  = "KEYID"
	skWindow = "RATE"
	skIdem   = "IDEM"

	gpKeys = "KEYS" // gsi1 partition of every key, by creation
)

// Attributes of the caller items.
const (
	attrName    = "name"
	attrPrefix  = "prefix"
	attrScope   = "scope"
	attrRate    = "rate"
	attrCreated = "created" // Unix nanoseconds, as the other times below
	attrUsed    = "used"
	attrRevoked = "revoked"
	attrFP      = "fp"
	attrToken   = "token"
	attrDone    = "done"
	attrLeaseNS = "lease"
	attrExpNS   = "exp"
	attrStatus  = "status"
	attrHeader  = "header" // JSON object
	attrBody    = "body"   // binary
)

func keyPK(hash string) string  { return "KEY#" + hash }
func keyIDPK(id string) string  { return "KEYID#" + id }
func idemPK(c, k string) string { return "IDEM#" + c + "#" + k }
func windowPK(w caller.Window) string {
	return fmt.Sprintf("RATE#%s#%d#%d", w.KeyID, int64(w.Per/time.Second), w.Start.Unix())
}

var idxKeys = Indexes[0] // gsi1: every API key by creation

// ttl is t as the TTL attribute wants it: Unix seconds, rounded up so an
// item is never deleted before its time.
func ttl(t time.Time) types.AttributeValue {
	s := t.Unix()
	if t.Nanosecond() > 0 {
		s++
	}
	return num(s)
}

func nanos(t time.Time) types.AttributeValue { return num(t.UnixNano()) }

func timeAttr(it item, name string) time.Time {
	if n := numberAttr(it, name); n != 0 {
		return time.Unix(0, n).UTC()
	}
	return time.Time{}
}

// CreateKey stores k; caller.ErrKeyExists when its id or hash is taken.
// The id is claimed first; when the key's own put then fails, the claim
// is released.
func (s *Store) CreateKey(ctx context.Context, k caller.Key) error {
	if err := s.usable(ctx, "create key"); err != nil {
		return err
	}
	holder, err := s.claim(ctx, keyIDPK(k.ID), skKeyID, typeKeyID, k.Hash, func(ref string) (string, string) { return keyPK(ref), skKey })
	if err != nil {
		return fmt.Errorf("dynamodb: create key: %w", err)
	}
	if holder != "" {
		return caller.ErrKeyExists
	}
	it := key(keyPK(k.Hash), skKey)
	it[attrType], it[attrID], it[attrName], it[attrPrefix] = str(typeKey), str(k.ID), str(k.Name), str(k.Prefix)
	it[attrScope], it[attrRate], it[attrCreated] = str(string(k.Scope)), str(k.Rate.String()), nanos(k.CreatedAt)
	if !k.LastUsedAt.IsZero() {
		it[attrUsed] = nanos(k.LastUsedAt)
	}
	if !k.RevokedAt.IsZero() {
		it[attrRevoked] = nanos(k.RevokedAt)
	}
	setIndex(it, idxKeys, gpKeys, k.CreatedAt.UTC().Format(sortTime)+"#"+k.ID)
	_, err = s.db.PutItem(ctx, &dynamodb.PutItemInput{
		TableName: s.table, Item: it,
		ConditionExpression:      aws.String("attribute_not_exists(#pk)"),
		ExpressionAttributeNames: map[string]string{"#pk": AttrPK},
	})
	if err == nil {
		return nil
	}
	// Released as a failed create undoes its claims: not cancelled by the
	// request's end, and bounded (undoTimeout), as the SDK's HTTP client
	// has no deadline of its own.
	rctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), undoTimeout)
	defer cancel()
	if rerr := s.release(rctx, keyIDPK(k.ID), skKeyID, k.Hash); rerr != nil {
		s.logger.Error("dynamodb: key id claim not released", "key_id", k.ID, "error", rerr)
	}
	if conditionFailed(err) {
		return caller.ErrKeyExists
	}
	return fmt.Errorf("dynamodb: create key: %w", err)
}

// Keys lists every key, revoked ones included, oldest first (an index
// read: on AWS a key created a moment ago may be missing for a moment).
func (s *Store) Keys(ctx context.Context) ([]caller.Key, error) {
	if err := s.usable(ctx, "list keys"); err != nil {
		return nil, err
	}
	var out []caller.Key
	in := &dynamodb.QueryInput{
		TableName: s.table, IndexName: aws.String(idxKeys.Name),
		KeyConditionExpression:    aws.String("#p = :p"),
		ExpressionAttributeNames:  map[string]string{"#p": idxKeys.PK},
		ExpressionAttributeValues: item{":p": str(gpKeys)},
	}
	for {
		page, err := s.db.Query(ctx, in)
		if err != nil {
			return nil, fmt.Errorf("dynamodb: list keys: %w", err)
		}
		for _, it := range page.Items {
			k, err := decodeKey(it)
			if err != nil {
				return nil, fmt.Errorf("dynamodb: list keys: %w", err)
			}
			out = append(out, k)
		}
		if len(page.LastEvaluatedKey) == 0 {
			return out, nil
		}
		in.ExclusiveStartKey = page.LastEvaluatedKey
	}
}

// HasKeys reports whether any key was ever created: one index query of at
// most one item.
func (s *Store) HasKeys(ctx context.Context) (bool, error) {
	if err := s.usable(ctx, "has keys"); err != nil {
		return false, err
	}
	out, err := s.db.Query(ctx, &dynamodb.QueryInput{
		TableName: s.table, IndexName: aws.String(idxKeys.Name), Limit: aws.Int32(1),
		KeyConditionExpression:    aws.String("#p = :p"),
		ExpressionAttributeNames:  map[string]string{"#p": idxKeys.PK},
		ExpressionAttributeValues: item{":p": str(gpKeys)},
	})
	if err != nil {
		return false, fmt.Errorf("dynamodb: has keys: %w", err)
	}
	return len(out.Items) > 0, nil
}

// KeyByHash returns the key whose hash is hash (one strongly consistent
// GetItem); caller.ErrNoKey when none.
func (s *Store) KeyByHash(ctx context.Context, hash string) (caller.Key, error) {
	if err := s.usable(ctx, "key by hash"); err != nil {
		return caller.Key{}, err
	}
	it, err := s.get(ctx, keyPK(hash), skKey)
	if err != nil {
		return caller.Key{}, fmt.Errorf("dynamodb: key by hash: %w", err)
	}
	if it == nil {
		return caller.Key{}, caller.ErrNoKey
	}
	return decodeKey(it)
}

// RevokeKey marks key id revoked at at (a key revoked before keeps its
// first time) and returns it; caller.ErrNoKey when there is none.
func (s *Store) RevokeKey(ctx context.Context, id string, at time.Time) (caller.Key, error) {
	if err := s.usable(ctx, "revoke key"); err != nil {
		return caller.Key{}, err
	}
	claim, err := s.get(ctx, keyIDPK(id), skKeyID)
	if err != nil {
		return caller.Key{}, fmt.Errorf("dynamodb: revoke key: %w", err)
	}
	if claim == nil {
		return caller.Key{}, caller.ErrNoKey
	}
	out, err := s.db.UpdateItem(ctx, &dynamodb.UpdateItemInput{
		TableName: s.table, Key: key(keyPK(stringAttr(claim, attrRef)), skKey),
		UpdateExpression:          aws.String("SET #r = if_not_exists(#r, :at)"),
		ConditionExpression:       aws.String("attribute_exists(#pk)"),
		ExpressionAttributeNames:  map[string]string{"#r": attrRevoked, "#pk": AttrPK},
		ExpressionAttributeValues: item{":at": nanos(at)},
		ReturnValues:              types.ReturnValueAllNew,
	})
	if conditionFailed(err) {
		return caller.Key{}, caller.ErrNoKey // a claim whose key put failed
	}
	if err != nil {
		return caller.Key{}, fmt.Errorf("dynamodb: revoke key: %w", err)
	}
	return decodeKey(out.Attributes)
}

// TouchKey records that k was used at at, unless a later use is recorded.
func (s *Store) TouchKey(ctx context.Context, k caller.Key, at time.Time) error {
	if err := s.usable(ctx, "touch key"); err != nil {
		return err
	}
	_, err := s.db.UpdateItem(ctx, &dynamodb.UpdateItemInput{
		TableName: s.table, Key: key(keyPK(k.Hash), skKey),
		UpdateExpression:          aws.String("SET #u = :at"),
		ConditionExpression:       aws.String("attribute_exists(#pk) AND (attribute_not_exists(#u) OR #u < :at)"),
		ExpressionAttributeNames:  map[string]string{"#u": attrUsed, "#pk": AttrPK},
		ExpressionAttributeValues: item{":at": nanos(at)},
	})
	if err != nil && !conditionFailed(err) {
		return fmt.Errorf("dynamodb: touch key: %w", err)
	}
	return nil
}

// CountRequest adds n requests to w and returns its count, these
// included: one UpdateItem (ADD), atomic across every instance.
func (s *Store) CountRequest(ctx context.Context, w caller.Window, n int64) (int64, error) {
	if err := s.usable(ctx, "count request"); err != nil {
		return 0, err
	}
	out, err := s.db.UpdateItem(ctx, &dynamodb.UpdateItemInput{
		TableName: s.table, Key: key(windowPK(w), skWindow),
		UpdateExpression:          aws.String("ADD #n :n SET #t = :t, #e = :e"),
		ExpressionAttributeNames:  map[string]string{"#n": attrN, "#t": attrType, "#e": AttrExpires},
		ExpressionAttributeValues: item{":n": num(n), ":t": str(typeWindow), ":e": ttl(w.ExpiresAt())},
		ReturnValues:              types.ReturnValueUpdatedNew,
	})
	if err != nil {
		return 0, fmt.Errorf("dynamodb: count request: %w", err)
	}
	return numberAttr(out.Attributes, attrN), nil
}

// ClaimIdempotency takes (rec.Caller, rec.Key) for rec when no live
// record holds it, or when the one there is a stale running record of
// the same fingerprint, and returns (rec, true); otherwise it returns the
// record that stands and false. The decision is one conditional put; a
// refused put reads the standing record (consistent), and tries again
// should that record have gone meanwhile.
func (s *Store) ClaimIdempotency(ctx context.Context, rec caller.Record, now time.Time) (caller.Record, bool, error) {
	if err := s.usable(ctx, "claim idempotency key"); err != nil {
		return caller.Record{}, false, err
	}
	rec.Done = false
	it, err := recordItem(rec)
	if err != nil {
		return caller.Record{}, false, fmt.Errorf("dynamodb: claim idempotency key: %w", err)
	}
	pk := idemPK(rec.Caller, rec.Key)
	for range 4 {
		_, err := s.db.PutItem(ctx, &dynamodb.PutItemInput{
			TableName: s.table, Item: it,
			ConditionExpression: aws.String("attribute_not_exists(#pk) OR #exp <= :now OR (#done = :false AND #lease <= :now AND #fp = :fp) OR #token = :token"),
			ExpressionAttributeNames: map[string]string{
				"#pk": AttrPK, "#exp": attrExpNS, "#done": attrDone, "#lease": attrLeaseNS, "#fp": attrFP, "#token": attrToken,
			},
			ExpressionAttributeValues: item{
				":now": nanos(now), ":false": &types.AttributeValueMemberBOOL{Value: false}, ":fp": str(rec.Fingerprint), ":token": str(rec.Token),
			},
		})
		if err == nil {
			return rec, true, nil
		}
		if !conditionFailed(err) {
			return caller.Record{}, false, fmt.Errorf("dynamodb: claim idempotency key: %w", err)
		}
		cur, err := s.get(ctx, pk, skIdem)
		if err != nil {
			return caller.Record{}, false, fmt.Errorf("dynamodb: claim idempotency key: %w", err)
		}
		if cur == nil {
			continue // released meanwhile
		}
		r, err := decodeRecord(cur)
		if err != nil {
			return caller.Record{}, false, fmt.Errorf("dynamodb: claim idempotency key: %w", err)
		}
		if r.Yields(rec, now) {
			continue // expired or stale since the put's condition was checked
		}
		return r, false, nil
	}
	return caller.Record{}, false, fmt.Errorf("dynamodb: claim idempotency key: %w", errContended)
}

// FinishIdempotency stores rec's response under its key, if rec.Token
// still holds the record; caller.ErrNotHeld otherwise.
func (s *Store) FinishIdempotency(ctx context.Context, rec caller.Record) error {
	if err := s.usable(ctx, "finish idempotency key"); err != nil {
		return err
	}
	header, err := json.Marshal(nonNilHeader(rec.Header))
	if err != nil {
		return fmt.Errorf("dynamodb: finish idempotency key: %w", err)
	}
	_, err = s.db.UpdateItem(ctx, &dynamodb.UpdateItemInput{
		TableName: s.table, Key: key(idemPK(rec.Caller, rec.Key), skIdem),
		UpdateExpression:    aws.String("SET #done = :true, #status = :status, #header = :header, #body = :body, #exp = :exp, #e = :e"),
		ConditionExpression: aws.String("#token = :token AND #done = :false"),
		ExpressionAttributeNames: map[string]string{
			"#done": attrDone, "#status": attrStatus, "#header": attrHeader, "#body": attrBody, "#exp": attrExpNS, "#e": AttrExpires, "#token": attrToken,
		},
		ExpressionAttributeValues: item{
			":true": &types.AttributeValueMemberBOOL{Value: true}, ":false": &types.AttributeValueMemberBOOL{Value: false},
			":status": num(int64(rec.Status)), ":header": str(string(header)), ":body": &types.AttributeValueMemberB{Value: nonNilBody(rec.Body)},
			":exp": nanos(rec.ExpiresAt), ":e": ttl(rec.ExpiresAt), ":token": str(rec.Token),
		},
	})
	if conditionFailed(err) {
		return caller.ErrNotHeld
	}
	if err != nil {
		return fmt.Errorf("dynamodb: finish idempotency key: %w", err)
	}
	return nil
}

// ReleaseIdempotency deletes the running record that token holds, so the
// key is free again; caller.ErrNotHeld when token does not hold it.
func (s *Store) ReleaseIdempotency(ctx context.Context, callerID, key_, token string) error {
	if err := s.usable(ctx, "release idempotency key"); err != nil {
		return err
	}
	_, err := s.db.DeleteItem(ctx, &dynamodb.DeleteItemInput{
		TableName: s.table, Key: key(idemPK(callerID, key_), skIdem),
		ConditionExpression:       aws.String("#token = :token AND #done = :false"),
		ExpressionAttributeNames:  map[string]string{"#token": attrToken, "#done": attrDone},
		ExpressionAttributeValues: item{":token": str(token), ":false": &types.AttributeValueMemberBOOL{Value: false}},
	})
	if conditionFailed(err) {
		return caller.ErrNotHeld
	}
	if err != nil {
		return fmt.Errorf("dynamodb: release idempotency key: %w", err)
	}
	return nil
}

func decodeKey(it item) (caller.Key, error) {
	k := caller.Key{
		ID: stringAttr(it, attrID), Name: stringAttr(it, attrName), Prefix: stringAttr(it, attrPrefix),
		Scope:     caller.Scope(stringAttr(it, attrScope)),
		CreatedAt: timeAttr(it, attrCreated), LastUsedAt: timeAttr(it, attrUsed), RevokedAt: timeAttr(it, attrRevoked),
	}
	pk := stringAttr(it, AttrPK)
	if len(pk) <= len("KEY#") {
		return caller.Key{}, fmt.Errorf("api key item without a hash: %q", pk)
	}
	k.Hash = pk[len("KEY#"):]
	if r := stringAttr(it, attrRate); r != "" {
		rate, err := caller.ParseRate(r)
		if err != nil {
			return caller.Key{}, fmt.Errorf("api key %s: %w", k.ID, err)
		}
		k.Rate = rate
	}
	return k, nil
}

func recordItem(r caller.Record) (item, error) {
	header, err := json.Marshal(nonNilHeader(r.Header))
	if err != nil {
		return nil, err
	}
	it := key(idemPK(r.Caller, r.Key), skIdem)
	it[attrType], it[attrFP], it[attrToken] = str(typeIdem), str(r.Fingerprint), str(r.Token)
	it[attrDone] = &types.AttributeValueMemberBOOL{Value: r.Done}
	it[attrLeaseNS], it[attrExpNS], it[AttrExpires] = nanos(r.LeaseUntil), nanos(r.ExpiresAt), ttl(r.ExpiresAt)
	it[attrStatus], it[attrHeader] = num(int64(r.Status)), str(string(header))
	it[attrBody] = &types.AttributeValueMemberB{Value: nonNilBody(r.Body)}
	it["caller"], it["idempotency_key"] = str(r.Caller), str(r.Key)
	return it, nil
}

func decodeRecord(it item) (caller.Record, error) {
	r := caller.Record{
		Caller: stringAttr(it, "caller"), Key: stringAttr(it, "idempotency_key"),
		Fingerprint: stringAttr(it, attrFP), Token: stringAttr(it, attrToken),
		LeaseUntil: timeAttr(it, attrLeaseNS), ExpiresAt: timeAttr(it, attrExpNS),
		Status: int(numberAttr(it, attrStatus)),
	}
	if v, ok := it[attrDone].(*types.AttributeValueMemberBOOL); ok {
		r.Done = v.Value
	}
	if v, ok := it[attrBody].(*types.AttributeValueMemberB); ok && len(v.Value) > 0 {
		r.Body = v.Value
	}
	if h := stringAttr(it, attrHeader); h != "" {
		if err := json.Unmarshal([]byte(h), &r.Header); err != nil {
			return caller.Record{}, fmt.Errorf("idempotency record header: %w", err)
		}
	}
	if len(r.Header) == 0 {
		r.Header = nil
	}
	return r, nil
}

func nonNilHeader(h http.Header) http.Header {
	if h == nil {
		return http.Header{}
	}
	return h
}

// nonNilBody is b, or an empty slice: the SDK refuses a nil binary value.
func nonNilBody(b []byte) []byte {
	if len(b) == 0 {
		return []byte{}
	}
	return b
}
