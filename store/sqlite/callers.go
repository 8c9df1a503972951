package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"net/http"
	"strings"
	"time"

	"github.com/atsbridge/atsbridge/caller"
)

// What the caller layer keeps: API keys, request counts per rate window and
// idempotency records (schema version 3). Every write is one statement or
// one BEGIN IMMEDIATE transaction on the single write connection, so it is
// atomic across goroutines and across processes sharing the file.
// Expired windows and records are deleted at most once a minute per
// Store, by the call that finds the sweep due.

const keyColumns = `id, name, prefix, hash, scope, rate, created_at, last_used_at, revoked_at`

// sweepEvery is how often expired rows are deleted.
const sweepEvery = time.Minute

// CreateKey stores k; caller.ErrKeyExists when its id or hash is taken.
func (s *Store) CreateKey(ctx context.Context, k caller.Key) error {
	res, err := s.write.ExecContext(ctx, `INSERT INTO api_keys (`+keyColumns+`) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
		k.ID, k.Name, k.Prefix, k.Hash, string(k.Scope), k.Rate.String(), k.CreatedAt.UnixNano(), nullTime(k.LastUsedAt), nullTime(k.RevokedAt))
	if err != nil {
		return failed(ctx, "create key", err)
	}
	if n, err := res.RowsAffected(); err != nil {
		return failed(ctx, "create key", err)
	} else if n == 0 {
		return caller.ErrKeyExists
	}
	return nil
}

// Keys lists every key, revoked ones included, oldest first.
func (s *Store) Keys(ctx context.Context) ([]caller.Key, error) {
	rows, err := s.read.QueryContext(ctx, `SELECT `+keyColumns+` FROM api_keys ORDER BY created_at, id`)
	if err != nil {
		return nil, failed(ctx, "list keys", err)
	}
	defer rows.Close()
	var out []caller.Key
	for rows.Next() {
		k, err := scanKey(rows)
		if err != nil {
			return nil, failed(ctx, "list keys", err)
		}
		out = append(out, k)
	}
	return out, failed(ctx, "list keys", rows.Err())
}

// HasKeys reports whether any key was ever created.
func (s *Store) HasKeys(ctx context.Context) (bool, error) {
	var one int
	switch err := s.read.QueryRowContext(ctx, `SELECT 1 FROM api_keys LIMIT 1`).Scan(&one); {
	case errors.Is(err, sql.ErrNoRows):
		return false, nil
	case err != nil:
		return false, failed(ctx, "has keys", err)
	}
	return true, nil
}

// KeyByHash returns the key whose hash is hash; caller.ErrNoKey when none.
func (s *Store) KeyByHash(ctx context.Context, hash string) (caller.Key, error) {
	k, err := scanKey(s.read.QueryRowContext(ctx, `SELECT `+keyColumns+` FROM api_keys WHERE hash = ?`, hash))
	if errors.Is(err, sql.ErrNoRows) {
		return caller.Key{}, caller.ErrNoKey
	}
	return k, failed(ctx, "key by hash", err)
}

// RevokeKey marks key id revoked at at (a key revoked before keeps its
// first time) and returns it; caller.ErrNoKey when there is none.
func (s *Store) RevokeKey(ctx context.Context, id string, at time.Time) (caller.Key, error) {
	k, err := scanKey(s.write.QueryRowContext(ctx,
		`UPDATE api_keys SET revoked_at = coalesce(revoked_at, ?) WHERE id = ? RETURNING `+keyColumns, at.UnixNano(), id))
	if errors.Is(err, sql.ErrNoRows) {
		return caller.Key{}, caller.ErrNoKey
	}
	return k, failed(ctx, "revoke key", err)
}

// TouchKey records that k was used at at, unless a later use is recorded.
func (s *Store) TouchKey(ctx context.Context, k caller.Key, at time.Time) error {
	_, err := s.write.ExecContext(ctx, `UPDATE api_keys SET last_used_at = ? WHERE id = ? AND coalesce(last_used_at, 0) < ?`,
		at.UnixNano(), k.ID, at.UnixNano())
	return failed(ctx, "touch key", err)
}

// CountRequest adds n requests to w and returns its count, these
// included: one upsert, atomic under the file's write lock.
func (s *Store) CountRequest(ctx context.Context, w caller.Window, n int64) (int64, error) {
	s.sweepIfDue(ctx, w.Start)
	var total int64
	err := s.write.QueryRowContext(ctx, `INSERT INTO rate_windows (key_id, start, per, n, expires_at) VALUES (?, ?, ?, ?, ?)
ON CONFLICT (key_id, start, per) DO UPDATE SET n = n + excluded.n RETURNING n`,
		w.KeyID, w.Start.UnixNano(), int64(w.Per), n, w.ExpiresAt().UnixNano()).Scan(&total)
	return total, failed(ctx, "count request", err)
}

const recordColumns = `caller, key, fingerprint, token, done, lease_until, expires_at, status, header, body`

// ClaimIdempotency takes (rec.Caller, rec.Key) for rec when no live
// record holds it, or when the one there is a stale running record of
// the same fingerprint, and returns (rec, true); otherwise it returns the
// record that stands and false. The read and the write are one
// transaction, so of racing claims exactly one wins.
func (s *Store) ClaimIdempotency(ctx context.Context, rec caller.Record, now time.Time) (caller.Record, bool, error) {
	s.sweepIfDue(ctx, now)
	rec.Done = false
	var cur caller.Record
	taken := false
	err := s.inWrite(ctx, func(tx *sql.Tx) error {
		var err error
		cur, err = scanRecord(tx.QueryRowContext(ctx, `SELECT `+recordColumns+` FROM idempotency WHERE caller = ? AND key = ?`, rec.Caller, rec.Key))
		switch {
		case errors.Is(err, sql.ErrNoRows):
		case err != nil:
			return err
		case !cur.Yields(rec, now):
			return nil
		}
		args, err := recordArgs(rec)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `INSERT OR REPLACE INTO idempotency (`+recordColumns+`) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, args...); err != nil {
			return err
		}
		cur, taken = rec, true
		return nil
	})
	if err != nil {
		return caller.Record{}, false, failed(ctx, "claim idempotency key", err)
	}
	return cur, taken, nil
}

// FinishIdempotency stores rec's response under its key, if rec.Token
// still holds the record; caller.ErrNotHeld otherwise.
func (s *Store) FinishIdempotency(ctx context.Context, rec caller.Record) error {
	rec.Done = true
	args, err := recordArgs(rec)
	if err != nil {
		return failed(ctx, "finish idempotency key", err)
	}
	res, err := s.write.ExecContext(ctx, `UPDATE idempotency SET done = 1, expires_at = ?, status = ?, header = ?, body = ?
WHERE caller = ? AND key = ? AND token = ? AND done = 0`, args[6], args[7], args[8], args[9], rec.Caller, rec.Key, rec.Token)
	return heldChange(ctx, "finish idempotency key", res, err)
}

// ReleaseIdempotency deletes the running record that token holds, so the
// key is free again; caller.ErrNotHeld when token does not hold it.
func (s *Store) ReleaseIdempotency(ctx context.Context, callerID, key, token string) error {
	res, err := s.write.ExecContext(ctx, `DELETE FROM idempotency WHERE caller = ? AND key = ? AND token = ? AND done = 0`, callerID, key, token)
	return heldChange(ctx, "release idempotency key", res, err)
}

// heldChange is the result of a write conditional on a record's token.
func heldChange(ctx context.Context, op string, res sql.Result, err error) error {
	if err != nil {
		return failed(ctx, op, err)
	}
	if n, err := res.RowsAffected(); err != nil {
		return failed(ctx, op, err)
	} else if n == 0 {
		return caller.ErrNotHeld
	}
	return nil
}

// sweepIfDue deletes the windows and records expired at now (the time of
// the call that sweeps: a claim's now, a window's start) when the last
// sweep of this Store is sweepEvery ago. Its failure is left to the next
// sweep: the rows it would delete already read as absent.
func (s *Store) sweepIfDue(ctx context.Context, now time.Time) {
	next := s.nextSweep.Load()
	if now.UnixNano() < next || !s.nextSweep.CompareAndSwap(next, now.Add(sweepEvery).UnixNano()) {
		return
	}
	_, _ = s.write.ExecContext(ctx, `DELETE FROM rate_windows WHERE expires_at <= ?`, now.UnixNano())
	_, _ = s.write.ExecContext(ctx, `DELETE FROM idempotency WHERE expires_at <= ?`, now.UnixNano())
}

func recordArgs(r caller.Record) ([]any, error) {
	header := r.Header
	if header == nil {
		header = http.Header{}
	}
	h, err := json.Marshal(header)
	if err != nil {
		return nil, err
	}
	body := r.Body
	if body == nil {
		body = []byte{}
	}
	return []any{r.Caller, r.Key, r.Fingerprint, r.Token, r.Done, r.LeaseUntil.UnixNano(), r.ExpiresAt.UnixNano(), r.Status, string(h), body}, nil
}

func scanRecord(row scanner) (caller.Record, error) {
	var r caller.Record
	var lease, expires int64
	var header string
	if err := row.Scan(&r.Caller, &r.Key, &r.Fingerprint, &r.Token, &r.Done, &lease, &expires, &r.Status, &header, &r.Body); err != nil {
		return caller.Record{}, err
	}
	r.LeaseUntil, r.ExpiresAt = time.Unix(0, lease).UTC(), time.Unix(0, expires).UTC()
	if err := json.Unmarshal([]byte(header), &r.Header); err != nil {
		return caller.Record{}, err
	}
	if len(r.Header) == 0 {
		r.Header = nil
	}
	if len(r.Body) == 0 {
		r.Body = nil
	}
	return r, nil
}

func scanKey(row scanner) (caller.Key, error) {
	var k caller.Key
	var scope, rate string
	var created int64
	var used, revoked sql.NullInt64
	if err := row.Scan(&k.ID, &k.Name, &k.Prefix, &k.Hash, &scope, &rate, &created, &used, &revoked); err != nil {
		return caller.Key{}, err
	}
	k.Scope = caller.Scope(scope)
	if strings.TrimSpace(rate) != "" {
		r, err := caller.ParseRate(rate)
		if err != nil {
			return caller.Key{}, err
		}
		k.Rate = r
	}
	k.CreatedAt = time.Unix(0, created).UTC()
	if used.Valid {
		k.LastUsedAt = time.Unix(0, used.Int64).UTC()
	}
	if revoked.Valid {
		k.RevokedAt = time.Unix(0, revoked.Int64).UTC()
	}
	return k, nil
}

// nullTime is t as unix nanoseconds, NULL for the zero time.
func nullTime(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return t.UnixNano()
}
