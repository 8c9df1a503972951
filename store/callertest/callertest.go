// Package callertest is the contract suite of what every store keeps for
// the caller layer (API keys, rate windows, idempotency records): memory,
// SQLite and DynamoDB each run Run from their tests, so keys, limits and
// retries behave the same whichever store serves them.
package callertest

import (
	"context"
	"errors"
	"net/http"
	"reflect"
	"sync"
	"testing"
	"time"

	"github.com/atsbridge/atsbridge/caller"
)

// Store is everything the caller layer and the keys command use of a
// store; the router and main each declare the part they consume.
type Store interface {
	CreateKey(ctx context.Context, k caller.Key) error
	Keys(ctx context.Context) ([]caller.Key, error)
	HasKeys(ctx context.Context) (bool, error)
	KeyByHash(ctx context.Context, hash string) (caller.Key, error)
	RevokeKey(ctx context.Context, id string, at time.Time) (caller.Key, error)
	TouchKey(ctx context.Context, k caller.Key, at time.Time) error
	CountRequest(ctx context.Context, w caller.Window, n int64) (int64, error)
	ClaimIdempotency(ctx context.Context, rec caller.Record, now time.Time) (caller.Record, bool, error)
	FinishIdempotency(ctx context.Context, rec caller.Record) error
	ReleaseIdempotency(ctx context.Context, callerID, key, token string) error
}

// Run checks every clause of the contract against fresh stores from open
// (each registers its own cleanup on t).
func Run(t *testing.T, open func(t *testing.T) Store) {
	t.Helper()
	t.Run("Keys", func(t *testing.T) { testKeys(t, open(t)) })
	t.Run("Revoke", func(t *testing.T) { testRevoke(t, open(t)) })
	t.Run("Touch", func(t *testing.T) { testTouch(t, open(t)) })
	t.Run("CountRequest", func(t *testing.T) { testCount(t, open(t)) })
	t.Run("CountRequestConcurrent", func(t *testing.T) { testCountConcurrent(t, open(t)) })
	t.Run("Idempotency", func(t *testing.T) { testIdempotency(t, open(t)) })
	t.Run("IdempotencyLeaseAndExpiry", func(t *testing.T) { testLeaseAndExpiry(t, open(t)) })
	t.Run("IdempotencyConcurrent", func(t *testing.T) { testClaimConcurrent(t, open(t)) })
	t.Run("ContextEnded", func(t *testing.T) { testContextEnded(t, open(t)) })
}

// base is a fixed instant the suite's times derive from (whole
// microseconds, which every store keeps exactly).
var base = time.Date(2026, 12, 1, 9, 30, 0, 123456000, time.UTC)

func newKey(t *testing.T, name string, scope caller.Scope, rate caller.Rate, at time.Time) (string, caller.Key) {
	t.Helper()
	return caller.NewKey(name, scope, rate, at)
}

func sameKey(t *testing.T, what string, got, want caller.Key) {
	t.Helper()
	eq := got.ID == want.ID && got.Name == want.Name && got.Prefix == want.Prefix && got.Hash == want.Hash &&
		got.Scope == want.Scope && got.Rate == want.Rate && got.CreatedAt.Equal(want.CreatedAt) &&
		got.LastUsedAt.Equal(want.LastUsedAt) && got.RevokedAt.Equal(want.RevokedAt)
	if !eq {
		t.Errorf("%s: got %+v, want %+v", what, got, want)
	}
}

func testKeys(t *testing.T, s Store) {
	ctx := t.Context()
	if has, err := s.HasKeys(ctx); err != nil || has {
		t.Fatalf("HasKeys on an empty store = %v, %v; want false", has, err)
	}
	if _, err := s.KeyByHash(ctx, caller.Hash("atsb_nothing")); !errors.Is(err, caller.ErrNoKey) {
		t.Errorf("KeyByHash of an unknown hash: %v, want ErrNoKey", err)
	}
	secretA, a := newKey(t, "reader", caller.ScopeRead, caller.Rate{}, base)
	_, b := newKey(t, "writer", caller.ScopeWrite, caller.Rate{N: 30, Per: time.Hour}, base.Add(time.Second))
	for _, k := range []caller.Key{b, a} { // created out of order: the list sorts
		if err := s.CreateKey(ctx, k); err != nil {
			t.Fatalf("CreateKey %s: %v", k.Name, err)
		}
	}
	if has, err := s.HasKeys(ctx); err != nil || !has {
		t.Errorf("HasKeys after a create = %v, %v; want true", has, err)
	}
	got, err := s.KeyByHash(ctx, caller.Hash(secretA))
	if err != nil {
		t.Fatalf("KeyByHash: %v", err)
	}
	sameKey(t, "KeyByHash", got, a)
	if !got.Matches(secretA) {
		t.Error("the stored key does not match its secret")
	}
	list, err := s.Keys(ctx)
	if err != nil || len(list) != 2 {
		t.Fatalf("Keys: %d keys, %v; want 2", len(list), err)
	}
	sameKey(t, "Keys[0]", list[0], a)
	sameKey(t, "Keys[1]", list[1], b)

	dupID := a
	dupID.Hash = caller.Hash("atsb_other")
	dupHash := b
	dupHash.ID = "key_other"
	for name, k := range map[string]caller.Key{"same id": dupID, "same hash": dupHash} {
		if err := s.CreateKey(ctx, k); !errors.Is(err, caller.ErrKeyExists) {
			t.Errorf("CreateKey with the %s: %v, want ErrKeyExists", name, err)
		}
	}
	if list, _ := s.Keys(ctx); len(list) != 2 {
		t.Errorf("after refused creates: %d keys, want 2", len(list))
	}
}

func testRevoke(t *testing.T, s Store) {
	ctx := t.Context()
	secret, k := newKey(t, "soon revoked", caller.ScopeWrite, caller.Rate{}, base)
	if err := s.CreateKey(ctx, k); err != nil {
		t.Fatal(err)
	}
	if _, err := s.RevokeKey(ctx, "key_missing", base); !errors.Is(err, caller.ErrNoKey) {
		t.Errorf("RevokeKey of an unknown id: %v, want ErrNoKey", err)
	}
	at := base.Add(time.Hour)
	got, err := s.RevokeKey(ctx, k.ID, at)
	if err != nil {
		t.Fatalf("RevokeKey: %v", err)
	}
	want := k
	want.RevokedAt = at
	sameKey(t, "RevokeKey's answer", got, want)
	again, err := s.RevokeKey(ctx, k.ID, at.Add(time.Hour))
	if err != nil || !again.RevokedAt.Equal(at) {
		t.Errorf("second RevokeKey: revoked at %v, %v; want the first time %v kept", again.RevokedAt, err, at)
	}
	stored, err := s.KeyByHash(ctx, caller.Hash(secret))
	if err != nil || !stored.Revoked() || !stored.RevokedAt.Equal(at) {
		t.Errorf("KeyByHash after revoke: %+v, %v; want revoked at %v", stored, err, at)
	}
	if has, _ := s.HasKeys(ctx); !has {
		t.Error("HasKeys with only a revoked key = false; want true (a revoked key does not reopen AUTH=auto)")
	}
}

func testTouch(t *testing.T, s Store) {
	ctx := t.Context()
	secret, k := newKey(t, "used", caller.ScopeRead, caller.Rate{}, base)
	if err := s.CreateKey(ctx, k); err != nil {
		t.Fatal(err)
	}
	later, earlier := base.Add(10*time.Minute), base.Add(5*time.Minute)
	if err := s.TouchKey(ctx, k, later); err != nil {
		t.Fatalf("TouchKey: %v", err)
	}
	if err := s.TouchKey(ctx, k, earlier); err != nil {
		t.Fatalf("TouchKey: %v", err)
	}
	got, err := s.KeyByHash(ctx, caller.Hash(secret))
	if err != nil || !got.LastUsedAt.Equal(later) {
		t.Errorf("last used = %v, %v; want %v (an earlier touch does not move it back)", got.LastUsedAt, err, later)
	}
	list, _ := s.Keys(ctx)
	if len(list) != 1 || !list[0].LastUsedAt.Equal(later) {
		t.Errorf("Keys: %+v; want last used %v", list, later)
	}
}

func testCount(t *testing.T, s Store) {
	ctx := t.Context()
	minute := caller.Rate{N: 5, Per: time.Minute}
	w := minute.WindowAt("key_a", base)
	for want := int64(1); want <= 3; want++ {
		if n, err := s.CountRequest(ctx, w, 1); err != nil || n != want {
			t.Fatalf("CountRequest #%d = %d, %v; want %d", want, n, err, want)
		}
	}
	others := map[string]caller.Window{
		"another key":    minute.WindowAt("key_b", base),
		"the next start": minute.WindowAt("key_a", base.Add(time.Minute)),
		"another period": caller.Rate{N: 5, Per: time.Hour}.WindowAt("key_a", base),
	}
	for name, o := range others {
		if n, err := s.CountRequest(ctx, o, 1); err != nil || n != 1 {
			t.Errorf("CountRequest in %s = %d, %v; want 1 (windows count apart)", name, n, err)
		}
	}
	if n, err := s.CountRequest(ctx, minute.WindowAt("key_a", base.Add(59*time.Second)), 1); err != nil || n != 4 {
		t.Errorf("CountRequest later in the same window = %d, %v; want 4", n, err)
	}
	if n, err := s.CountRequest(ctx, w, 16); err != nil || n != 20 {
		t.Errorf("CountRequest of a block of 16 = %d, %v; want 20", n, err)
	}
}

// testCountConcurrent checks the count is one atomic step: 50 concurrent
// requests get the counts 1 to 50, each once.
func testCountConcurrent(t *testing.T, s Store) {
	const n = 50
	w := caller.Rate{N: 10, Per: time.Minute}.WindowAt("key_busy", base)
	counts := make([]int64, n)
	errs := make([]error, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() { counts[i], errs[i] = s.CountRequest(t.Context(), w, 1) })
	}
	wg.Wait()
	seen := map[int64]bool{}
	for i := range n {
		if errs[i] != nil {
			t.Fatalf("CountRequest: %v", errs[i])
		}
		if counts[i] < 1 || counts[i] > n || seen[counts[i]] {
			t.Fatalf("counts %v: want each of 1..%d once", counts, n)
		}
		seen[counts[i]] = true
	}
}

func running(callerID, key, fp string, now time.Time) caller.Record {
	return caller.Record{
		Caller: callerID, Key: key, Fingerprint: fp, Token: caller.NewToken(),
		LeaseUntil: now.Add(caller.Lease), ExpiresAt: now.Add(caller.Retention),
	}
}

func done(rec caller.Record) caller.Record {
	rec.Status = http.StatusCreated
	rec.Header = http.Header{"Content-Type": {"application/json"}, "Location": {"/candidates/cand_321"}, "Vary": {"Origin", "Accept"}}
	rec.Body = []byte(`{"success":true,"data":{"id":"cand_321"}}` + "\n")
	return rec
}

func sameRecord(t *testing.T, what string, got, want caller.Record) {
	t.Helper()
	eq := got.Caller == want.Caller && got.Key == want.Key && got.Fingerprint == want.Fingerprint &&
		got.Token == want.Token && got.Done == want.Done && got.LeaseUntil.Equal(want.LeaseUntil) &&
		got.ExpiresAt.Equal(want.ExpiresAt) && got.Status == want.Status && string(got.Body) == string(want.Body) &&
		(len(got.Header) == 0 && len(want.Header) == 0 || reflect.DeepEqual(got.Header, want.Header))
	if !eq {
		t.Errorf("%s:\n got %+v\nwant %+v", what, got, want)
	}
}

func testIdempotency(t *testing.T, s Store) {
	ctx := t.Context()
	first := running("key_a", "retry-1", "fp1", base)
	got, ok, err := s.ClaimIdempotency(ctx, first, base)
	if err != nil || !ok {
		t.Fatalf("first claim = %v, %v; want taken", ok, err)
	}
	sameRecord(t, "first claim's record", got, first)

	second := running("key_a", "retry-1", "fp1", base.Add(time.Second))
	got, ok, err = s.ClaimIdempotency(ctx, second, base.Add(time.Second))
	if err != nil || ok {
		t.Fatalf("claim while running = %v, %v; want the running record", ok, err)
	}
	sameRecord(t, "claim while running", got, first)

	other := running("key_b", "retry-1", "fp2", base)
	if _, ok, err := s.ClaimIdempotency(ctx, other, base); err != nil || !ok {
		t.Errorf("the same Idempotency-Key of another caller = %v, %v; want taken (callers are apart)", ok, err)
	}

	wrong := done(first)
	wrong.Token = "not-the-token"
	if err := s.FinishIdempotency(ctx, wrong); !errors.Is(err, caller.ErrNotHeld) {
		t.Errorf("Finish with another token: %v, want ErrNotHeld", err)
	}
	if err := s.ReleaseIdempotency(ctx, first.Caller, first.Key, "not-the-token"); !errors.Is(err, caller.ErrNotHeld) {
		t.Errorf("Release with another token: %v, want ErrNotHeld", err)
	}
	finished := done(first)
	if err := s.FinishIdempotency(ctx, finished); err != nil {
		t.Fatalf("Finish: %v", err)
	}
	finished.Done = true
	got, ok, err = s.ClaimIdempotency(ctx, running("key_a", "retry-1", "fp1", base.Add(time.Hour)), base.Add(time.Hour))
	if err != nil || ok {
		t.Fatalf("claim after finish = %v, %v; want the finished record", ok, err)
	}
	sameRecord(t, "claim after finish", got, finished)
	if err := s.ReleaseIdempotency(ctx, first.Caller, first.Key, first.Token); !errors.Is(err, caller.ErrNotHeld) {
		t.Errorf("Release of a finished record: %v, want ErrNotHeld", err)
	}
	if err := s.FinishIdempotency(ctx, finished); !errors.Is(err, caller.ErrNotHeld) {
		t.Errorf("second Finish: %v, want ErrNotHeld", err)
	}

	// A released key is free for the next request, whatever its body.
	third := running("key_a", "retry-2", "fp1", base)
	if _, ok, err := s.ClaimIdempotency(ctx, third, base); err != nil || !ok {
		t.Fatalf("claim retry-2 = %v, %v", ok, err)
	}
	if err := s.ReleaseIdempotency(ctx, third.Caller, third.Key, third.Token); err != nil {
		t.Fatalf("Release: %v", err)
	}
	fourth := running("key_a", "retry-2", "fp-other", base.Add(time.Second))
	if got, ok, err := s.ClaimIdempotency(ctx, fourth, base.Add(time.Second)); err != nil || !ok {
		t.Errorf("claim after release = %v, %v; want taken", ok, err)
	} else {
		sameRecord(t, "claim after release", got, fourth)
	}
}

func testLeaseAndExpiry(t *testing.T, s Store) {
	ctx := t.Context()
	crashed := running("key_a", "crash", "fp1", base)
	if _, ok, err := s.ClaimIdempotency(ctx, crashed, base); err != nil || !ok {
		t.Fatalf("claim: %v, %v", ok, err)
	}
	afterLease := base.Add(caller.Lease)
	reused := running("key_a", "crash", "fp-other", afterLease)
	if got, ok, err := s.ClaimIdempotency(ctx, reused, afterLease); err != nil || ok {
		t.Errorf("claim of a stale record with another body = %v, %v; want the stale record (a reuse)", ok, err)
	} else {
		sameRecord(t, "stale record", got, crashed)
	}
	retry := running("key_a", "crash", "fp1", afterLease)
	got, ok, err := s.ClaimIdempotency(ctx, retry, afterLease)
	if err != nil || !ok {
		t.Fatalf("claim of a stale record by a retry = %v, %v; want taken over", ok, err)
	}
	sameRecord(t, "taken over", got, retry)
	if err := s.FinishIdempotency(ctx, done(crashed)); !errors.Is(err, caller.ErrNotHeld) {
		t.Errorf("Finish by the request that lost its lease: %v, want ErrNotHeld", err)
	}
	if err := s.FinishIdempotency(ctx, done(retry)); err != nil {
		t.Fatalf("Finish by the retry: %v", err)
	}
	// Past retention a record is absent, finished or not, whatever the
	// body: a store that has not deleted it yet must not serve it.
	expired := retry.ExpiresAt
	fresh := running("key_a", "crash", "fp-new", expired)
	if got, ok, err := s.ClaimIdempotency(ctx, fresh, expired); err != nil || !ok {
		t.Errorf("claim after expiry = %v, %v; want taken", ok, err)
	} else {
		sameRecord(t, "after expiry", got, fresh)
	}
}

// testClaimConcurrent races 50 claims of one key: exactly one is taken,
// and the others see it.
func testClaimConcurrent(t *testing.T, s Store) {
	const n = 50
	recs := make([]caller.Record, n)
	taken := make([]bool, n)
	errs := make([]error, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() {
			recs[i], taken[i], errs[i] = s.ClaimIdempotency(t.Context(), running("key_a", "race", "fp1", base), base)
		})
	}
	wg.Wait()
	winner := ""
	for i := range n {
		if errs[i] != nil {
			t.Fatalf("claim %d: %v", i, errs[i])
		}
		if taken[i] {
			if winner != "" {
				t.Fatalf("two claims taken (%s and %s); want one", winner, recs[i].Token)
			}
			winner = recs[i].Token
		}
	}
	if winner == "" {
		t.Fatal("no claim taken")
	}
	for i := range n {
		if recs[i].Token != winner {
			t.Errorf("claim %d sees token %s, want the winner's %s", i, recs[i].Token, winner)
		}
	}
}

func testContextEnded(t *testing.T, s Store) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, k := newKey(t, "late", caller.ScopeRead, caller.Rate{}, base)
	calls := map[string]error{
		"CreateKey": s.CreateKey(ctx, k),
		"CountRequest": func() error {
			_, err := s.CountRequest(ctx, caller.Rate{N: 1, Per: time.Minute}.WindowAt("key_a", base), 1)
			return err
		}(),
		"ClaimIdempotency": func() error {
			_, _, err := s.ClaimIdempotency(ctx, running("key_a", "late", "fp", base), base)
			return err
		}(),
		"KeyByHash": func() error { _, err := s.KeyByHash(ctx, k.Hash); return err }(),
	}
	for name, err := range calls {
		if err == nil {
			t.Errorf("%s with an ended context: no error", name)
		}
	}
	if has, err := s.HasKeys(t.Context()); err != nil || has {
		t.Errorf("after a CreateKey with an ended context: HasKeys = %v, %v; want nothing stored", has, err)
	}
}
