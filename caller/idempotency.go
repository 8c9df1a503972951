package caller

import (
	"crypto/sha256"
	"encoding/hex"
	"net/http"
	"time"
)

// The lifetimes of idempotency records.
const (
	// Retention is how long a finished request's response is replayed.
	Retention = 24 * time.Hour
	// Lease is how long a request holds its record while it runs; a
	// record still running after that was left by a process that died,
	// and a retry may take it over. The router bounds the work of a
	// request that holds a record well inside it (see router).
	Lease = 2 * time.Minute
	// MaxKeyLength is the longest Idempotency-Key accepted.
	MaxKeyLength = 255
)

// Anonymous is the caller of requests without an API key (AUTH=off, or
// AUTH=auto before the first key exists): they share one idempotency
// namespace.
const Anonymous = "anonymous"

// Record is one Idempotency-Key's state: taken by a running request
// (Done false, held by Token until LeaseUntil) or finished with the
// response to replay.
type Record struct {
	Caller string // a key id, or Anonymous
	Key    string // the Idempotency-Key header
	// Fingerprint is the hash of the request that took the key
	// (Fingerprint func); a request with another is a reuse.
	Fingerprint string
	Token       string // the running request's random token
	Done        bool
	LeaseUntil  time.Time // while !Done
	ExpiresAt   time.Time // the record is absent after this

	// The response, once Done.
	Status int
	Header http.Header
	Body   []byte
}

// Expired reports whether r counts as absent at now.
func (r Record) Expired(now time.Time) bool { return !now.Before(r.ExpiresAt) }

// Stale reports whether r is a running request's record whose lease ran
// out at now.
func (r Record) Stale(now time.Time) bool { return !r.Done && !now.Before(r.LeaseUntil) }

// Yields reports whether a claim by claim may replace r at now: r has
// expired, or it is a stale running record of the same request (a retry
// taking over from a process that died). Every store decides a claim by
// it.
func (r Record) Yields(claim Record, now time.Time) bool {
	return r.Expired(now) || (r.Stale(now) && r.Fingerprint == claim.Fingerprint)
}

// Fingerprint identifies a request for Idempotency-Key purposes: its
// method, path and body, hashed.
func Fingerprint(method, path string, body []byte) string {
	h := sha256.New()
	h.Write([]byte(method))
	h.Write([]byte{0})
	h.Write([]byte(path))
	h.Write([]byte{0})
	h.Write(body)
	return hex.EncodeToString(h.Sum(nil))
}

// NewToken is a random token that marks one request's hold on a record.
func NewToken() string { return randomBase62(22) }
