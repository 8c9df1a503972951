package upstream_test

import (
	"context"
	"sync"
	"sync/atomic"
	"testing"
	"testing/synctest"
	"time"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/upstream"
)

// Flight's tests run in a synctest bubble: synctest.Wait returns when
// every goroutine of the test is blocked, which is how the test knows that
// the callers are all waiting for the shared call.

func TestFlightSharesOneCall(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		var f upstream.Flight[string]
		var calls atomic.Int64
		release := make(chan struct{})
		fn := func(context.Context) (string, error) {
			calls.Add(1)
			<-release
			return "member-1", nil
		}
		var wg sync.WaitGroup
		got := make([]string, 5)
		for i := range got {
			wg.Go(func() { got[i], _ = f.Do(context.Background(), "members", fn) })
		}
		synctest.Wait()
		close(release)
		wg.Wait()
		if n := calls.Load(); n != 1 {
			t.Errorf("the lookup ran %d times, want once", n)
		}
		for i, v := range got {
			if v != "member-1" {
				t.Errorf("caller %d got %q, want member-1", i, v)
			}
		}
	})
}

// A caller waits only as long as its own context allows; the others get
// the shared result.
func TestFlightWaiterGivesUpAtItsDeadline(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		f := upstream.Flight[string]{Who: "Acme"}
		release := make(chan struct{})
		fn := func(context.Context) (string, error) {
			<-release
			return "stages", nil
		}
		first := make(chan string, 1)
		go func() {
			v, _ := f.Do(context.Background(), "stages", fn)
			first <- v
		}()
		synctest.Wait()
		start := time.Now()
		dctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
		defer cancel()
		_, err := f.Do(dctx, "stages", fn)
		e := wantCode(t, err, ats.CodeUpstreamTimeout)
		if waited := time.Since(start); waited != 100*time.Millisecond {
			t.Errorf("the waiter gave up after %s, want at its deadline, 100ms", waited)
		}
		if e.Message != "The request's deadline passed before Acme answered." {
			t.Errorf("message %q", e.Message)
		}
		close(release)
		if v := <-first; v != "stages" {
			t.Errorf("the first caller got %q, want the result", v)
		}
	})
}

// When the caller that started the call goes away, the call ends with its
// context; a waiter that still has time runs it again rather than take
// another's cancellation as its own.
func TestFlightWaiterOutlivesTheCallersItFollowed(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		var f upstream.Flight[string]
		var calls atomic.Int64
		fn := func(ctx context.Context) (string, error) {
			if calls.Add(1) == 1 {
				<-ctx.Done()
				return "", ats.Interrupted(ctx.Err(), "Acme")
			}
			return "member-2", nil
		}
		leaderCtx, cancelLeader := context.WithCancel(context.Background())
		leader := make(chan error, 1)
		go func() {
			_, err := f.Do(leaderCtx, "members", fn)
			leader <- err
		}()
		synctest.Wait()
		follower := make(chan string, 1)
		go func() {
			v, err := f.Do(context.Background(), "members", fn)
			if err != nil {
				t.Errorf("the follower got %v, want the result of a call of its own", err)
			}
			follower <- v
		}()
		synctest.Wait()
		cancelLeader()
		wantCode(t, <-leader, ats.CodeCanceled)
		if v := <-follower; v != "member-2" || calls.Load() != 2 {
			t.Errorf("the follower got %q after %d calls, want member-2 after 2", v, calls.Load())
		}
	})
}
