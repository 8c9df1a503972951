package greenhouse

import (
	"context"
	"sync"
)

// keyLock serialises work per key within the process: a create checks
// that no candidate has the email, then creates one, and Greenhouse itself
// refuses no duplicate, so two concurrent creates with one email must not
// both pass the check. Across processes (Lambda instances) the rule stays
// best effort. The zero value is ready.
type keyLock struct {
	mu    sync.Mutex
	locks map[string]*keyEntry
}

type keyEntry struct {
	ch   chan struct{} // holds one token while the key is locked
	refs int
}

// lock takes the key, or gives up when ctx ends first; the returned
// function releases it.
func (k *keyLock) lock(ctx context.Context, key string) (func(), error) {
	k.mu.Lock()
	if k.locks == nil {
		k.locks = map[string]*keyEntry{}
	}
	e := k.locks[key]
	if e == nil {
		e = &keyEntry{ch: make(chan struct{}, 1)}
		k.locks[key] = e
	}
	e.refs++
	k.mu.Unlock()
	drop := func() {
		k.mu.Lock()
		if e.refs--; e.refs == 0 {
			delete(k.locks, key)
		}
		k.mu.Unlock()
	}
	select {
	case e.ch <- struct{}{}:
		return func() { <-e.ch; drop() }, nil
	case <-ctx.Done():
		drop()
		return nil, ctx.Err()
	}
}
