package memory

import (
	"context"
	"maps"
	"net/http"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/atsbridge/atsbridge/caller"
)

// callerState is what the caller layer keeps: keys by hash, request
// counts by window, idempotency records by caller and key. Expired
// windows and records are dropped by a sweep at most once a minute.
type callerState struct {
	mu        sync.Mutex
	keys      map[string]caller.Key // by hash
	windows   map[caller.Window]windowCount
	records   map[[2]string]caller.Record // {caller, key}
	nextSweep time.Time
}

type windowCount struct {
	n       int64
	expires time.Time
}

func newCallerState() callerState {
	return callerState{keys: map[string]caller.Key{}, windows: map[caller.Window]windowCount{}, records: map[[2]string]caller.Record{}}
}

// callers locks the caller state after checking that the store is open
// and ctx alive; the caller unlocks.
func (s *Store) callerLock(ctx context.Context, op string) (*callerState, error) {
	if err := live(ctx, op); err != nil {
		return nil, err
	}
	s.mu.RLock()
	closed := s.closed
	s.mu.RUnlock()
	if closed {
		return nil, errClosed
	}
	c := &s.callers
	c.mu.Lock()
	return c, nil
}

// CreateKey stores k; ErrKeyExists when its id or hash is taken.
func (s *Store) CreateKey(ctx context.Context, k caller.Key) error {
	c, err := s.callerLock(ctx, "create key")
	if err != nil {
		return err
	}
	defer c.mu.Unlock()
	if _, ok := c.keys[k.Hash]; ok {
		return caller.ErrKeyExists
	}
	for _, o := range c.keys {
		if o.ID == k.ID {
			return caller.ErrKeyExists
		}
	}
	c.keys[k.Hash] = k
	return nil
}

// Keys lists every key, revoked ones included, oldest first.
func (s *Store) Keys(ctx context.Context) ([]caller.Key, error) {
	c, err := s.callerLock(ctx, "list keys")
	if err != nil {
		return nil, err
	}
	defer c.mu.Unlock()
	out := slices.Collect(maps.Values(c.keys))
	slices.SortFunc(out, func(a, b caller.Key) int {
		if d := a.CreatedAt.Compare(b.CreatedAt); d != 0 {
			return d
		}
		return strings.Compare(a.ID, b.ID)
	})
	return out, nil
}

// HasKeys reports whether any key was ever created.
func (s *Store) HasKeys(ctx context.Context) (bool, error) {
	c, err := s.callerLock(ctx, "has keys")
	if err != nil {
		return false, err
	}
	defer c.mu.Unlock()
	return len(c.keys) > 0, nil
}

// KeyByHash returns the key whose hash is hash; ErrNoKey when none.
func (s *Store) KeyByHash(ctx context.Context, hash string) (caller.Key, error) {
	c, err := s.callerLock(ctx, "key by hash")
	if err != nil {
		return caller.Key{}, err
	}
	defer c.mu.Unlock()
	k, ok := c.keys[hash]
	if !ok {
		return caller.Key{}, caller.ErrNoKey
	}
	return k, nil
}

// RevokeKey marks key id revoked at at (a key revoked before keeps its
// first time) and returns it; ErrNoKey when there is none.
func (s *Store) RevokeKey(ctx context.Context, id string, at time.Time) (caller.Key, error) {
	c, err := s.callerLock(ctx, "revoke key")
	if err != nil {
		return caller.Key{}, err
	}
	defer c.mu.Unlock()
	for h, k := range c.keys {
		if k.ID == id {
			if k.RevokedAt.IsZero() {
				k.RevokedAt = at.UTC()
				c.keys[h] = k
			}
			return k, nil
		}
	}
	return caller.Key{}, caller.ErrNoKey
}

// TouchKey records that k was used at at, unless a later use is recorded.
func (s *Store) TouchKey(ctx context.Context, k caller.Key, at time.Time) error {
	c, err := s.callerLock(ctx, "touch key")
	if err != nil {
		return err
	}
	defer c.mu.Unlock()
	if cur, ok := c.keys[k.Hash]; ok && cur.LastUsedAt.Before(at) {
		cur.LastUsedAt = at.UTC()
		c.keys[k.Hash] = cur
	}
	return nil
}

// CountRequest adds n requests to w and returns its count, these
// included.
func (s *Store) CountRequest(ctx context.Context, w caller.Window, n int64) (int64, error) {
	c, err := s.callerLock(ctx, "count request")
	if err != nil {
		return 0, err
	}
	defer c.mu.Unlock()
	c.sweep(w.Start)
	wc := c.windows[w]
	wc.n += n
	wc.expires = w.ExpiresAt()
	c.windows[w] = wc
	return wc.n, nil
}

// ClaimIdempotency takes (rec.Caller, rec.Key) for rec when no live
// record holds it, or when the one there is a stale running record of
// the same fingerprint, and returns (rec, true); otherwise it returns the
// record that stands and false. now decides expiry and staleness.
func (s *Store) ClaimIdempotency(ctx context.Context, rec caller.Record, now time.Time) (caller.Record, bool, error) {
	c, err := s.callerLock(ctx, "claim idempotency key")
	if err != nil {
		return caller.Record{}, false, err
	}
	defer c.mu.Unlock()
	c.sweep(now)
	id := [2]string{rec.Caller, rec.Key}
	if cur, ok := c.records[id]; ok && !cur.Yields(rec, now) {
		return cloneRecord(cur), false, nil
	}
	rec.Done = false
	c.records[id] = cloneRecord(rec)
	return rec, true, nil
}

// FinishIdempotency stores rec's response under its key, if rec.Token
// still holds the record; caller.ErrNotHeld otherwise.
func (s *Store) FinishIdempotency(ctx context.Context, rec caller.Record) error {
	c, err := s.callerLock(ctx, "finish idempotency key")
	if err != nil {
		return err
	}
	defer c.mu.Unlock()
	id := [2]string{rec.Caller, rec.Key}
	if cur, ok := c.records[id]; !ok || cur.Done || cur.Token != rec.Token {
		return caller.ErrNotHeld
	}
	rec.Done = true
	c.records[id] = cloneRecord(rec)
	return nil
}

// ReleaseIdempotency deletes the running record that token holds, so the
// key is free again; caller.ErrNotHeld when token does not hold it.
func (s *Store) ReleaseIdempotency(ctx context.Context, callerID, key, token string) error {
	c, err := s.callerLock(ctx, "release idempotency key")
	if err != nil {
		return err
	}
	defer c.mu.Unlock()
	id := [2]string{callerID, key}
	if cur, ok := c.records[id]; !ok || cur.Done || cur.Token != token {
		return caller.ErrNotHeld
	}
	delete(c.records, id)
	return nil
}

// sweep drops the windows and records expired at now (a claim's now, a
// window's start), at most once a minute.
func (c *callerState) sweep(now time.Time) {
	if now.Before(c.nextSweep) {
		return
	}
	c.nextSweep = now.Add(time.Minute)
	for w, wc := range c.windows {
		if !now.Before(wc.expires) {
			delete(c.windows, w)
		}
	}
	for id, r := range c.records {
		if r.Expired(now) {
			delete(c.records, id)
		}
	}
}

func cloneRecord(r caller.Record) caller.Record {
	r.Header = http.Header(maps.Clone(map[string][]string(r.Header)))
	for k, v := range r.Header {
		r.Header[k] = slices.Clone(v)
	}
	r.Body = slices.Clone(r.Body)
	return r
}
