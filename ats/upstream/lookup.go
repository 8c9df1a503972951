package upstream

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/jonboulle/clockwork"

	"github.com/atsbridge/atsbridge/ats"
)

// Lookup keeps what a provider looks up besides its records (the user
// writes act as, the account's stages, whether a job is open), by key,
// each value for TTL. A value that is missing or stale is fetched once for
// all the callers that need it at the same time (Flight), each of whom
// waits only as long as its own context allows; a fetch that fails keeps
// nothing, so the next caller tries again. The zero value is ready and
// keeps values for the life of the process.
type Lookup[V any] struct {
	// Who names what callers wait for ("Workable"), for the error of one
	// whose context ends first.
	Who string
	// TTL is how long a value serves; 0 keeps it for the life of the
	// process.
	TTL time.Duration
	// Clock is the time TTL goes by (nil: the real clock).
	Clock clockwork.Clock

	mu     sync.Mutex
	values map[string]kept[V]
	flight Flight[V]
}

type kept[V any] struct {
	v  V
	at time.Time
}

// Get returns key's value: the kept one while it is fresh, else fetch's,
// which is kept when it succeeds.
func (l *Lookup[V]) Get(ctx context.Context, key string, fetch func(context.Context) (V, error)) (V, error) {
	return l.get(ctx, key, -1, fetch)
}

// Newer is Get that serves a kept value only while it is younger than
// maxAge too: a caller who named something the kept value lacks (a stage
// added meanwhile) looks again, but not more often than maxAge; 0 always
// fetches.
func (l *Lookup[V]) Newer(ctx context.Context, key string, maxAge time.Duration, fetch func(context.Context) (V, error)) (V, error) {
	return l.get(ctx, key, maxAge, fetch)
}

func (l *Lookup[V]) get(ctx context.Context, key string, maxAge time.Duration, fetch func(context.Context) (V, error)) (V, error) {
	if v, ok := l.fresh(key, maxAge); ok {
		return v, nil
	}
	return l.flight.Do(ctx, key, func(ctx context.Context) (V, error) {
		if v, ok := l.fresh(key, maxAge); ok { // kept by a fetch that just ended
			return v, nil
		}
		v, err := fetch(ctx)
		if err == nil {
			l.Put(key, v)
		}
		return v, err
	})
}

// Peek returns key's value while it is fresh.
func (l *Lookup[V]) Peek(key string) (V, bool) { return l.fresh(key, -1) }

// Put keeps v for key from now on: a fetch that ran elsewhere (a batch)
// keeps what it read, and one that failed for good may keep an empty value
// so that it is not tried again on every request.
func (l *Lookup[V]) Put(key string, v V) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.values == nil {
		l.values = map[string]kept[V]{}
	}
	l.values[key] = kept[V]{v: v, at: l.clock().Now()}
}

// fresh returns key's value when it is kept, younger than TTL (when set)
// and than maxAge (when not negative).
func (l *Lookup[V]) fresh(key string, maxAge time.Duration) (V, bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.flight.Who == "" {
		// Set before the first flight, under the lock every caller takes
		// first: no flight reads it while it is written.
		l.flight.Who = l.Who
	}
	k, ok := l.values[key]
	if !ok {
		var zero V
		return zero, false
	}
	age := l.clock().Since(k.at)
	if l.TTL > 0 && age >= l.TTL || maxAge >= 0 && age >= maxAge {
		return k.v, false
	}
	return k.v, true
}

func (l *Lookup[V]) clock() clockwork.Clock {
	if l.Clock == nil {
		return realClock
	}
	return l.Clock
}

var realClock = clockwork.NewRealClock()

// Actor is the user a provider's writes act as: the configured one (ID),
// or else the one a lookup finds (the first active admin), looked up once
// for the life of the process; concurrent callers share the lookup, each
// waiting by its own deadline.
type Actor struct {
	id     string
	lookup Lookup[string]
}

// NewActor is the actor of a provider's writes: id when configured, else
// looked up; who names what callers wait for ("Workable").
func NewActor(id, who string) *Actor {
	return &Actor{id: id, lookup: Lookup[string]{Who: who}}
}

// Get returns the user writes act as, looking it up with find the first
// time when none is configured.
func (a *Actor) Get(ctx context.Context, find func(context.Context) (string, error)) (string, error) {
	if a.id != "" {
		return a.id, nil
	}
	return a.lookup.Get(ctx, "actor", find)
}

// JobStates keeps whether jobs are open, for atsbridge's rule that
// candidates apply only to open jobs (JOB_NOT_OPEN for closed, draft and
// archived ones, which providers do not refuse themselves, or not in a
// documented way). A job's state is kept for a minute: a job closing is
// seen within a minute by creates, and a bulk import into one job reads
// its state once.
type JobStates struct {
	who    string
	lookup Lookup[ats.JobStatus]
}

// NewJobStates keeps job states on clock (nil: the real one); who names
// the provider ("Workable").
func NewJobStates(who string, clock clockwork.Clock) *JobStates {
	return &JobStates{who: who, lookup: Lookup[ats.JobStatus]{Who: who, TTL: time.Minute, Clock: clock}}
}

// RequireOpen fails with JOB_NOT_OPEN unless job is open, reading its
// status with read when it is not kept; open says what open means on the
// provider ("open (published) jobs"). read's errors (NOT_FOUND naming the
// job) pass as they are.
func (s *JobStates) RequireOpen(ctx context.Context, job, open string, read func(context.Context) (ats.JobStatus, error)) error {
	status, err := s.lookup.Get(ctx, job, read)
	if err != nil {
		return err
	}
	if status != ats.JobOpen {
		return ats.Errorf(ats.CodeJobNotOpen, "Job %q is %s on %s; candidates can only apply to %s.", job, status, s.who, open)
	}
	return nil
}

// LookupFailed explains a failed read of a list the provider reads for
// itself, not for anything the caller named (the members or users writes
// act as). A refusal of the credentials stays UPSTREAM_AUTH_FAILED; a
// NOT_FOUND or another refusal is about the endpoint, not a record, and
// reads as UPSTREAM_UNAVAILABLE; other errors pass as they are. The
// message names the list ("members"), what it is read for ("to find whom
// writes act as") and the hint, what to set instead.
func (c *Client) LookupFailed(err error, list, use, hint string) error {
	code := ats.ErrorCode(err)
	switch code {
	case ats.CodeUpstreamAuthFailed:
	case ats.CodeNotFound, ats.CodeUpstreamRejected:
		code = ats.CodeUpstreamUnavailable
	default:
		return err
	}
	status := ""
	if se := StatusOf(err); se != nil {
		status = fmt.Sprintf(" (HTTP %d", se.Status)
		if se.Message != "" {
			status += ": " + se.Message
		}
		status += ")"
	}
	return &ats.Error{Code: code, Err: err,
		Message: fmt.Sprintf("%s did not list its %s%s, which atsbridge reads %s; %s", c.name, list, status, use, hint)}
}
