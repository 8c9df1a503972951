// Package caller is the vocabulary of atsbridge's callers: the API keys
// that identify them (how a key is made, shown and stored), the rates that
// limit them, the counting windows of those rates, and the records that
// make a retried POST safe (Idempotency-Key). The router enforces the
// rules; the stores keep these values; the keys command manages them.
//
// caller imports nothing of atsbridge.
package caller

import (
	"errors"
	"time"
)

// Errors the stores return; callers test them with errors.Is.
var (
	// ErrNoKey is a key id or hash that no key has.
	ErrNoKey = errors.New("caller: no such key")
	// ErrKeyExists is a key whose id or hash another key already has.
	ErrKeyExists = errors.New("caller: a key with this id or hash exists")
	// ErrNotHeld is a Finish or Release of an idempotency record that the
	// given token no longer holds (its lease ran out and another request
	// took it over, or it expired).
	ErrNotHeld = errors.New("caller: idempotency record not held by this request")
)

// Key is one API key as the store keeps it: never the key itself, only its
// SHA-256 (Hash) and the first characters shown to people (Prefix).
type Key struct {
	ID     string // key_..., shown in logs and `keys list`
	Name   string // what the operator called it
	Prefix string // the key's first characters, "atsb_AbCd"
	Hash   string // hex SHA-256 of the whole key
	Scope  Scope
	// Rate is the key's own limit; the zero Rate means the service's
	// default (RATE_LIMIT).
	Rate      Rate
	CreatedAt time.Time
	// LastUsedAt is when the key was last seen, to within LastUsedEvery;
	// zero when never.
	LastUsedAt time.Time
	// RevokedAt is when the key was revoked; zero while it is valid.
	RevokedAt time.Time
}

// Revoked reports whether the key has been revoked.
func (k Key) Revoked() bool { return !k.RevokedAt.IsZero() }

// LastUsedEvery bounds how often the service writes a key's LastUsedAt:
// at most once per key and process (or Lambda instance) in this period.
const LastUsedEvery = 5 * time.Minute

// Scope says what a key may do.
type Scope string

// The scopes: read keys may only read (GET, HEAD); write keys may also
// create and change (POST).
const (
	ScopeRead  Scope = "read"
	ScopeWrite Scope = "write"
)

// ParseScope reads a scope name.
func ParseScope(s string) (Scope, error) {
	switch Scope(s) {
	case ScopeRead, ScopeWrite:
		return Scope(s), nil
	}
	return "", errors.New("scope must be read or write")
}
