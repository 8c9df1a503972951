// Package memory is a preview.Store kept in process memory: the store of
// tests and of STORE=memory, where the sandbox starts from its seed on every
// start and forgets everything on exit.
//
// One mutex guards all maps, so every write checks its rules, numbers and
// dates its records and applies its changes as one step, as the SQLite
// store does with transactions: a new record sorts after every record
// stored before it, and no list walk skips or repeats a record while others
// are created (storetest.CommitOrder). An update of an application reads,
// decides and writes under the lock too. Every write raises the versions
// of the resources it changes (ats.Versioned) while it holds the lock.
package memory

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/preview"
)

// Store is an in-memory preview.Store. The zero value is not usable; call New.
type Store struct {
	mu     sync.RWMutex
	closed bool
	seeded bool

	jobs  map[string]ats.Job
	cands map[string]ats.Candidate
	apps  map[string]ats.Application

	// Indexes that the uniqueness rules and filters need.
	emails   map[string]string    // ats.EmailKey -> candidate id
	pairs    map[[2]string]string // {candidate id, job id} -> application id
	candApps map[string][]string  // candidate id -> application ids in list order

	// Ids in list order, so lists walk without sorting per request.
	jobOrder  []string
	candOrder []string
	appOrder  []string

	// seq is the last number each sequence handed out.
	seq map[preview.Sequence]int64

	// lastUpdate is the latest updated_at of any application stored: where
	// an update must not be dated before (preview.Store's commit order).
	lastUpdate time.Time

	// callers holds API keys, rate windows and idempotency records
	// (callers.go), under a lock of its own.
	callers callerState

	// versions count, per resource, the changes to what its reads return
	// (ats.Versioned). The put functions, which every write goes through,
	// raise them under the write lock, so a reader that sees a version
	// reads at least the data of the writes it counts.
	jobVersion, candidateVersion, applicationVersion atomic.Uint64
}

var (
	_ preview.Store = (*Store)(nil)
	_ ats.Versioned = (*Store)(nil)
)

// errClosed is returned by every call after Close, as a database handle would.
var errClosed = errors.New("memory: store is closed")

// New returns an empty store.
func New() *Store {
	return &Store{
		jobs:     map[string]ats.Job{},
		cands:    map[string]ats.Candidate{},
		apps:     map[string]ats.Application{},
		emails:   map[string]string{},
		pairs:    map[[2]string]string{},
		candApps: map[string][]string{},
		seq:      map[preview.Sequence]int64{},
		callers:  newCallerState(),
	}
}

// Seed writes data() once; later calls find the seed present and change nothing.
// Records already stored under a seed id are replaced, which completes a seed
// rather than duplicating it.
func (s *Store) Seed(ctx context.Context, data func() preview.Dataset) error {
	if err := live(ctx, "seed"); err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return errClosed
	}
	if s.seeded {
		return nil
	}
	ds := data()
	for _, j := range ds.Jobs {
		s.putJob(j)
	}
	for _, c := range ds.Candidates {
		s.putCandidate(c)
	}
	for _, a := range ds.Applications {
		s.putApplication(a)
	}
	for q, next := range ds.Next {
		s.seq[q] = max(s.seq[q], next-1)
	}
	s.seeded = true
	return nil
}

// number returns the id the next record of q takes; take moves q past it.
func (s *Store) number(q preview.Sequence) string { return q.ID(s.seq[q] + 1) }
func (s *Store) take(q preview.Sequence)          { s.seq[q]++ }

// Job returns one job.
func (s *Store) Job(ctx context.Context, id string) (ats.Job, error) {
	if err := s.readable(ctx, "job"); err != nil {
		return ats.Job{}, err
	}
	defer s.mu.RUnlock()
	j, ok := s.jobs[id]
	if !ok {
		return ats.Job{}, ats.NotFound("job", id)
	}
	return cloneJob(j), nil
}

// Candidate returns one candidate with its application ids.
func (s *Store) Candidate(ctx context.Context, id string) (ats.Candidate, error) {
	if err := s.readable(ctx, "candidate"); err != nil {
		return ats.Candidate{}, err
	}
	defer s.mu.RUnlock()
	c, ok := s.cands[id]
	if !ok {
		return ats.Candidate{}, ats.NotFound("candidate", id)
	}
	return s.candidateOut(c), nil
}

// Application returns one application.
func (s *Store) Application(ctx context.Context, id string) (ats.Application, error) {
	if err := s.readable(ctx, "application"); err != nil {
		return ats.Application{}, err
	}
	defer s.mu.RUnlock()
	a, ok := s.apps[id]
	if !ok {
		return ats.Application{}, ats.NotFound("application", id)
	}
	return cloneApplication(a), nil
}

// CreateCandidate numbers and stores c and, when app is not nil, its
// application, or nothing at all when a rule fails. Under the lock the
// records take the next numbers and are dated no earlier than the latest
// of their lists, so they land after every record stored before them.
func (s *Store) CreateCandidate(ctx context.Context, c *ats.Candidate, app *ats.Application, attach preview.Attach) error {
	if err := live(ctx, "create candidate"); err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return errClosed
	}
	nc := *c
	nc.ID = s.number(preview.SeqCandidate)
	if _, ok := s.cands[nc.ID]; ok {
		return fmt.Errorf("memory: create candidate: id %q is already taken", nc.ID)
	}
	var na ats.Application
	latest := s.latestCandidate()
	if app != nil {
		if err := s.checkJobOpen(app.JobID); err != nil {
			return err
		}
		na = *app
		na.ID, na.CandidateID = s.number(preview.SeqApplication), nc.ID
		if _, ok := s.apps[na.ID]; ok {
			return fmt.Errorf("memory: create candidate: application id %q is already taken", na.ID)
		}
		if a := s.latestApplication(); a.After(latest) {
			latest = a
		}
	}
	if id, ok := s.emails[ats.EmailKey(nc.Email)]; ok {
		return preview.CandidateExists(id)
	}
	// Every rule has passed and nothing below fails: what attach does
	// stands with the records (it needs no undo here).
	if attach != nil {
		if _, err := attach(ctx, &nc); err != nil {
			return fmt.Errorf("memory: create candidate: %w", err)
		}
	}
	if app != nil {
		preview.NotBefore(latest, &nc, &na)
		s.take(preview.SeqApplication)
		s.putApplication(na)
		*app = na
	} else {
		preview.NotBefore(latest, &nc, nil)
	}
	s.take(preview.SeqCandidate)
	s.putCandidate(nc)
	*c = nc
	return nil
}

// SetResumeURL sets a candidate's resume_url and moves its updated_at on.
func (s *Store) SetResumeURL(ctx context.Context, id string, url *string, at time.Time) (ats.Candidate, error) {
	if err := live(ctx, "set resume url"); err != nil {
		return ats.Candidate{}, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return ats.Candidate{}, errClosed
	}
	c, ok := s.cands[id]
	if !ok {
		return ats.Candidate{}, ats.NotFound("candidate", id)
	}
	c.ResumeURL = cloneStr(url)
	if at.After(c.UpdatedAt) {
		c.UpdatedAt = at
	}
	s.candidateVersion.Add(1) // the record changes in place, not through putCandidate
	s.cands[id] = c
	return s.candidateOut(c), nil
}

// CreateApplication numbers and stores app when its candidate and open job
// exist and the candidate has not applied to the job yet, dated as
// CreateCandidate dates an application.
func (s *Store) CreateApplication(ctx context.Context, app *ats.Application) error {
	if err := live(ctx, "create application"); err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return errClosed
	}
	if _, ok := s.cands[app.CandidateID]; !ok {
		return ats.NotFound("candidate", app.CandidateID)
	}
	if _, ok := s.jobs[app.JobID]; !ok {
		return ats.NotFound("job", app.JobID)
	}
	// An existing application is the more useful answer than the job's
	// state: the caller learns where the candidate already is.
	if id, ok := s.pairs[[2]string{app.CandidateID, app.JobID}]; ok {
		return preview.ApplicationExists(id)
	}
	if err := s.checkJobOpen(app.JobID); err != nil {
		return err
	}
	na := *app
	na.ID = s.number(preview.SeqApplication)
	if _, ok := s.apps[na.ID]; ok {
		return fmt.Errorf("memory: create application: id %q is already taken", na.ID)
	}
	preview.NotBefore(s.latestApplication(), nil, &na)
	s.take(preview.SeqApplication)
	s.putApplication(na)
	*app = na
	return nil
}

// UpdateApplication applies change to the application id under the lock,
// so no other write comes between its read and its write; the update is
// dated no earlier than the latest update stored before it.
func (s *Store) UpdateApplication(ctx context.Context, id string, change preview.Change) (ats.Application, error) {
	if err := live(ctx, "update application"); err != nil {
		return ats.Application{}, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return ats.Application{}, errClosed
	}
	stored, ok := s.apps[id]
	if !ok {
		return ats.Application{}, ats.NotFound("application", id)
	}
	next, write, err := change(cloneApplication(stored), s.lastUpdate)
	switch {
	case err != nil:
		return ats.Application{}, err
	case !write:
		return cloneApplication(stored), nil
	}
	next = cloneApplication(preview.Updated(stored, next))
	s.putApplication(next)
	return cloneApplication(next), nil
}

// latestCandidate is the creation time of the last candidate in list order.
func (s *Store) latestCandidate() time.Time {
	if n := len(s.candOrder); n > 0 {
		return s.cands[s.candOrder[n-1]].CreatedAt
	}
	return time.Time{}
}

// latestApplication is the applied time of the last application in list
// order.
func (s *Store) latestApplication() time.Time {
	if n := len(s.appOrder); n > 0 {
		return s.apps[s.appOrder[n-1]].AppliedAt
	}
	return time.Time{}
}

// Close makes every later call fail, as closing a database would.
func (s *Store) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.closed = true
	return nil
}

// readable takes the read lock and returns nil, or returns an error without
// holding the lock.
func (s *Store) readable(ctx context.Context, op string) error {
	if err := live(ctx, op); err != nil {
		return err
	}
	s.mu.RLock()
	if s.closed {
		s.mu.RUnlock()
		return errClosed
	}
	return nil
}

// live fails with the typed interruption of preview.Interrupted once ctx has
// ended, naming op for the logs. The store's own work takes no time worth
// interrupting, so a call checks once, before it starts.
func live(ctx context.Context, op string) error {
	if err := preview.Interrupted(ctx, ctx.Err()); err != nil {
		return fmt.Errorf("memory: %s: %w", op, err)
	}
	return nil
}

func (s *Store) checkJobOpen(id string) error {
	j, ok := s.jobs[id]
	if !ok {
		return ats.NotFound("job", id)
	}
	if j.Status != ats.JobOpen {
		return preview.JobNotOpen(id, j.Status)
	}
	return nil
}

// DataVersion implements ats.Versioned.
func (s *Store) DataVersion(_ context.Context, resource string) (uint64, bool) {
	s.mu.RLock()
	closed := s.closed
	s.mu.RUnlock()
	if closed {
		return 0, false
	}
	switch resource {
	case ats.ResourceJob:
		return s.jobVersion.Load(), true
	case ats.ResourceCandidate:
		return s.candidateVersion.Load(), true
	case ats.ResourceApplication:
		return s.applicationVersion.Load(), true
	}
	return 0, false
}

// putJob inserts or replaces j, keeping jobOrder sorted.
func (s *Store) putJob(j ats.Job) {
	s.jobVersion.Add(1)
	if old, ok := s.jobs[j.ID]; ok {
		s.jobOrder = remove(s.jobOrder, old.ID, func(id string) key { return jobKey(s.jobs[id]) })
	}
	j = cloneJob(j)
	j.Raw = nil
	s.jobs[j.ID] = j
	s.jobOrder = insert(s.jobOrder, j.ID, func(id string) key { return jobKey(s.jobs[id]) })
}

// putCandidate inserts or replaces c, keeping candOrder and the email index.
func (s *Store) putCandidate(c ats.Candidate) {
	s.candidateVersion.Add(1)
	if old, ok := s.cands[c.ID]; ok {
		s.candOrder = remove(s.candOrder, old.ID, func(id string) key { return candKey(s.cands[id]) })
		delete(s.emails, ats.EmailKey(old.Email))
	}
	c = cloneCandidate(c)
	c.ApplicationIDs = nil
	c.Raw = nil
	s.cands[c.ID] = c
	s.emails[ats.EmailKey(c.Email)] = c.ID
	s.candOrder = insert(s.candOrder, c.ID, func(id string) key { return candKey(s.cands[id]) })
}

// putApplication inserts or replaces a, keeping appOrder, the pair index and
// the candidate's application ids.
func (s *Store) putApplication(a ats.Application) {
	// A candidate's reads show its application ids in applied_at order
	// and filter by the jobs applied to; a move in the pipeline changes
	// neither.
	old, existed := s.apps[a.ID]
	s.applicationVersion.Add(1)
	if !existed || old.CandidateID != a.CandidateID || old.JobID != a.JobID || !old.AppliedAt.Equal(a.AppliedAt) {
		s.candidateVersion.Add(1)
	}
	byKey := func(id string) key { return appKey(s.apps[id]) }
	if existed {
		s.appOrder = remove(s.appOrder, old.ID, byKey)
		s.candApps[old.CandidateID] = remove(s.candApps[old.CandidateID], old.ID, byKey)
		delete(s.pairs, [2]string{old.CandidateID, old.JobID})
	}
	a = cloneApplication(a)
	a.Raw = nil
	s.apps[a.ID] = a
	if a.UpdatedAt.After(s.lastUpdate) {
		s.lastUpdate = a.UpdatedAt
	}
	s.pairs[[2]string{a.CandidateID, a.JobID}] = a.ID
	s.appOrder = insert(s.appOrder, a.ID, byKey)
	s.candApps[a.CandidateID] = insert(s.candApps[a.CandidateID], a.ID, byKey)
}

// candidateOut is c as callers see it: a copy with its application ids.
func (s *Store) candidateOut(c ats.Candidate) ats.Candidate {
	c = cloneCandidate(c)
	c.ApplicationIDs = slices.Clone(s.candApps[c.ID])
	return preview.EmptyLists(c)
}

// key is the list order of a record: its time, then its id.
type key struct {
	at time.Time
	id string
}

func (k key) compare(o key) int {
	if c := k.at.Compare(o.at); c != 0 {
		return c
	}
	return preview.CompareIDs(k.id, o.id)
}

func jobKey(j ats.Job) key         { return key{j.CreatedAt, j.ID} }
func candKey(c ats.Candidate) key  { return key{c.CreatedAt, c.ID} }
func appKey(a ats.Application) key { return key{a.AppliedAt, a.ID} }

// insert adds id to the sorted ids; new records usually land at the end.
func insert(ids []string, id string, keyFn func(string) key) []string {
	k := keyFn(id)
	i, _ := slices.BinarySearchFunc(ids, k, func(e string, t key) int { return keyFn(e).compare(t) })
	return slices.Insert(ids, i, id)
}

// remove deletes id from the sorted ids; keyFn must still see the old record.
func remove(ids []string, id string, keyFn func(string) key) []string {
	k := keyFn(id)
	i, found := slices.BinarySearchFunc(ids, k, func(e string, t key) int { return keyFn(e).compare(t) })
	if found && ids[i] == id {
		return slices.Delete(ids, i, i+1)
	}
	return slices.DeleteFunc(ids, func(e string) bool { return e == id })
}
