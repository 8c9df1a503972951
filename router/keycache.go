package router

import (
	"context"
	"errors"
	"sync"
	"time"

	"golang.org/x/sync/singleflight"

	"github.com/atsbridge/atsbridge/caller"
)

// maxCachedKeys bounds the cache; past it the cache starts over, so a
// flood of made-up keys cannot grow it without end.
const maxCachedKeys = 10000

// keyCache keeps key lookups for ttl, so a request costs no store read
// while its key's entry is fresh: a key revoked in the store stops working
// in this process within ttl. Unknown keys are kept as well, so guessing
// costs no reads either. Concurrent misses for one key share one read.
// It also remembers, per key, when this process last wrote its last-used
// time (touchDue), and whether any key exists (hasKeys, for AUTH=auto).
type keyCache struct {
	ttl   time.Duration
	group singleflight.Group

	mu         sync.Mutex
	entries    map[string]keyEntry  // by hash
	touched    map[string]time.Time // by key id
	has        bool                 // a key exists; never goes back
	hasChecked time.Time
}

type keyEntry struct {
	key   caller.Key
	found bool
	at    time.Time
}

func newKeyCache(ttl time.Duration) *keyCache {
	return &keyCache{ttl: ttl, entries: map[string]keyEntry{}, touched: map[string]time.Time{}}
}

// lookup returns the key whose secret is secret, and whether there is one.
// A secret that does not have a key's shape is refused without a read.
func (c *keyCache) lookup(ctx context.Context, store Callers, secret string, now time.Time) (caller.Key, bool, error) {
	if !caller.Valid(secret) {
		return caller.Key{}, false, nil
	}
	hash := caller.Hash(secret)
	c.mu.Lock()
	e, ok := c.entries[hash]
	c.mu.Unlock()
	if ok && now.Sub(e.at) < c.ttl {
		return e.key, e.found, nil
	}
	v, err, _ := c.group.Do(hash, func() (any, error) {
		ctx, cancel := sharedRead(ctx)
		defer cancel()
		k, err := store.KeyByHash(ctx, hash)
		found := err == nil
		if err != nil && !errors.Is(err, caller.ErrNoKey) {
			return nil, err
		}
		e := keyEntry{key: k, found: found, at: now}
		c.mu.Lock()
		if len(c.entries) >= maxCachedKeys {
			c.entries = map[string]keyEntry{}
		}
		c.entries[hash] = e
		if found {
			c.has = true
		}
		c.mu.Unlock()
		return e, nil
	})
	if err != nil {
		return caller.Key{}, false, err
	}
	e = v.(keyEntry)
	return e.key, e.found, nil
}

// hasKeys reports whether any key exists. Once true it stays true (keys
// are revoked, never deleted), so it costs reads only while no key
// exists, at most one per ttl.
func (c *keyCache) hasKeys(ctx context.Context, store Callers, now time.Time) (bool, error) {
	c.mu.Lock()
	if c.has || (!c.hasChecked.IsZero() && now.Sub(c.hasChecked) < c.ttl) {
		has := c.has
		c.mu.Unlock()
		return has, nil
	}
	c.mu.Unlock()
	v, err, _ := c.group.Do("\x00has", func() (any, error) {
		ctx, cancel := sharedRead(ctx)
		defer cancel()
		has, err := store.HasKeys(ctx)
		if err != nil {
			return false, err
		}
		c.mu.Lock()
		c.has = c.has || has
		c.hasChecked = now
		c.mu.Unlock()
		return has, nil
	})
	if err != nil {
		return false, err
	}
	return v.(bool), nil
}

// sharedRead is the context of a read that concurrent requests share
// (singleflight): not ended by the request that happened to start it, so
// its hang-up does not fail the others, and bounded on its own.
func sharedRead(ctx context.Context) (context.Context, context.CancelFunc) {
	return context.WithTimeout(context.WithoutCancel(ctx), bookkeepingBound)
}

// touchDue reports whether k's last-used time should be written now: when
// neither the store (k.LastUsedAt, as of the lookup) nor this process has
// recorded a use within caller.LastUsedEvery. It marks the write as done.
func (c *keyCache) touchDue(k caller.Key, now time.Time) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	last := c.touched[k.ID]
	if k.LastUsedAt.After(last) {
		last = k.LastUsedAt
	}
	if !last.IsZero() && now.Sub(last) < caller.LastUsedEvery {
		return false
	}
	if len(c.touched) >= maxCachedKeys {
		c.touched = map[string]time.Time{}
	}
	c.touched[k.ID] = now
	return true
}
