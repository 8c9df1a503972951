package router_test

import (
	"context"
	"net/http/httptest"
	"sync/atomic"
	"testing"

	"github.com/atsbridge/atsbridge/caller"
	"github.com/atsbridge/atsbridge/router"
	"github.com/atsbridge/atsbridge/router/routertest"
	"github.com/atsbridge/atsbridge/store/memory"
)

// slowKeys is a caller store whose key reads wait for release (or for
// their context to end), counting them.
type slowKeys struct {
	router.Callers
	reads   atomic.Int32
	entered chan struct{}
	release chan struct{}
}

func (s *slowKeys) KeyByHash(ctx context.Context, hash string) (caller.Key, error) {
	if s.reads.Add(1) == 1 {
		close(s.entered)
	}
	select {
	case <-s.release:
	case <-ctx.Done():
	}
	if err := ctx.Err(); err != nil {
		return caller.Key{}, err
	}
	return s.Callers.KeyByHash(ctx, hash)
}

// TestKeyReadOutlivesItsRequest: concurrent requests with one key share
// one store read (singleflight), so that read must not end when the
// request that happened to start it hangs up: the others would be
// answered "cancelled" for a client that is not theirs. The read
// finishes, its answer is cached, and the next request needs no read.
func TestKeyReadOutlivesItsRequest(t *testing.T) {
	mem := memory.New()
	secret, _ := addKey(t, mem, caller.ScopeRead, caller.Rate{})
	s := &slowKeys{Callers: mem, entered: make(chan struct{}), release: make(chan struct{})}
	a, _ := newCallerAPI(t, s, routertest.Answering(nil), router.AuthRequired)

	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		defer close(done)
		req := httptest.NewRequest("GET", "/jobs", nil).WithContext(ctx)
		req.Header.Set("Authorization", "Bearer "+secret)
		a.Handler.ServeHTTP(httptest.NewRecorder(), req)
	}()
	<-s.entered
	cancel()
	close(s.release)
	<-done

	a.Do(t, "GET", "/jobs", "", bearer(secret)...).Want(t, 200, "")
	if n := s.reads.Load(); n != 1 {
		t.Errorf("key reads: got %d, want 1 (the first read, though its request went away, is cached)", n)
	}
}
