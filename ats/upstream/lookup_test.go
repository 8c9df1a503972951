package upstream_test

import (
	"context"
	"errors"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"testing/synctest"
	"time"

	"github.com/jonboulle/clockwork"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/upstream"
)

// counter is a fetch that counts its calls and answers the count.
type counter struct{ n atomic.Int64 }

func (c *counter) fetch(context.Context) (int64, error) { return c.n.Add(1), nil }

func TestLookupKeepsValuesForTheirTTL(t *testing.T) {
	clock := clockwork.NewFakeClock()
	l := upstream.Lookup[int64]{Who: "Acme", TTL: time.Minute, Clock: clock}
	var c counter
	get := func(key string) int64 {
		t.Helper()
		v, err := l.Get(context.Background(), key, c.fetch)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	if get("a") != 1 || get("a") != 1 {
		t.Error("a second Get within the TTL fetched again")
	}
	if get("b") != 2 {
		t.Error("another key shared a's value")
	}
	clock.Advance(time.Minute)
	if get("a") != 3 {
		t.Error("a value past its TTL was served")
	}
	if v, ok := l.Peek("a"); !ok || v != 3 {
		t.Errorf("Peek: got %d %v, want the fresh value", v, ok)
	}
	clock.Advance(time.Minute)
	if _, ok := l.Peek("a"); ok {
		t.Error("Peek served a stale value")
	}
}

func TestLookupWithoutTTLKeepsForever(t *testing.T) {
	clock := clockwork.NewFakeClock()
	l := upstream.Lookup[int64]{Clock: clock}
	var c counter
	v1, _ := l.Get(context.Background(), "users", c.fetch)
	clock.Advance(1000 * time.Hour)
	v2, _ := l.Get(context.Background(), "users", c.fetch)
	if v1 != 1 || v2 != 1 {
		t.Errorf("got %d then %d, want the first value kept", v1, v2)
	}
}

func TestLookupNewerLooksAgainButNotTooOften(t *testing.T) {
	clock := clockwork.NewFakeClock()
	l := upstream.Lookup[int64]{TTL: 5 * time.Minute, Clock: clock}
	var c counter
	newer := func(maxAge time.Duration) int64 {
		v, _ := l.Newer(context.Background(), "catalog", maxAge, c.fetch)
		return v
	}
	if newer(30*time.Second) != 1 {
		t.Fatal("first fetch")
	}
	clock.Advance(10 * time.Second)
	if newer(30*time.Second) != 1 {
		t.Error("a value younger than maxAge was fetched again")
	}
	clock.Advance(30 * time.Second)
	if newer(30*time.Second) != 2 {
		t.Error("a value older than maxAge was served")
	}
	if newer(0) != 3 {
		t.Error("maxAge 0 served a kept value")
	}
}

func TestLookupKeepsNoFailure(t *testing.T) {
	l := upstream.Lookup[string]{TTL: time.Minute}
	calls := 0
	fail := func(context.Context) (string, error) { calls++; return "", errors.New("refused") }
	for range 2 {
		if _, err := l.Get(context.Background(), "k", fail); err == nil {
			t.Fatal("got no error")
		}
	}
	if calls != 2 {
		t.Errorf("a failed fetch was kept: %d calls, want 2", calls)
	}
	// A fetch that fails for good may keep an empty value itself.
	_, _ = l.Get(context.Background(), "k", func(context.Context) (string, error) {
		l.Put("k", "")
		return "", errors.New("refused for good")
	})
	if v, err := l.Get(context.Background(), "k", fail); err != nil || v != "" || calls != 2 {
		t.Errorf("got %q %v after %d calls, want the kept empty value", v, err, calls)
	}
}

// Concurrent callers share one fetch, and each waits by its own deadline.
func TestLookupSharesOneFetchAndHonoursEachDeadline(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		l := upstream.Lookup[string]{Who: "Acme", TTL: time.Minute}
		var calls atomic.Int64
		release := make(chan struct{})
		fetch := func(context.Context) (string, error) {
			calls.Add(1)
			<-release
			return "admin-1", nil
		}
		var wg sync.WaitGroup
		got := make([]string, 4)
		for i := range got {
			wg.Go(func() { got[i], _ = l.Get(context.Background(), "users", fetch) })
		}
		synctest.Wait()
		short, cancel := context.WithTimeout(context.Background(), time.Second)
		defer cancel()
		_, err := l.Get(short, "users", fetch)
		if e := ats.AsError(err); e == nil || e.Code != ats.CodeUpstreamTimeout || !strings.Contains(e.Message, "Acme") {
			t.Errorf("a caller whose deadline passed got %v, want UPSTREAM_TIMEOUT waiting for Acme", err)
		}
		close(release)
		wg.Wait()
		if n := calls.Load(); n != 1 {
			t.Errorf("%d fetches, want one", n)
		}
		for i, v := range got {
			if v != "admin-1" {
				t.Errorf("caller %d got %q", i, v)
			}
		}
	})
}

func TestLookupFailed(t *testing.T) {
	clock := fakeClock()
	drive(t, clock, 10*time.Millisecond)
	tests := []struct {
		name     string
		reply    reply
		wantCode ats.Code
		wantMsg  string
	}{
		{"refused credentials stay an auth failure", reply{status: 403, body: `{"error":"scope r_members required"}`}, ats.CodeUpstreamAuthFailed,
			"Acme did not list its members (HTTP 403: scope r_members required), which atsbridge reads to find whom writes act as; set ACME_MEMBER."},
		{"a 404 is about the endpoint", reply{status: 404}, ats.CodeUpstreamUnavailable,
			"Acme did not list its members (HTTP 404), which atsbridge reads to find whom writes act as; set ACME_MEMBER."},
		{"a refusal is about the endpoint", reply{status: 400, body: `{"error":"no such list"}`}, ats.CodeUpstreamUnavailable,
			"Acme did not list its members (HTTP 400: no such list), which atsbridge reads to find whom writes act as; set ACME_MEMBER."},
		{"an outage passes as it is", reply{status: 503}, ats.CodeUpstreamUnavailable, "Acme is unavailable (HTTP 503); try again shortly."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := newAPI(t, clock, script(tt.reply))
			c, _ := newClient(t, a, nil)
			_, err := c.Do(ctx(t), get("/members"))
			err = c.LookupFailed(err, "members", "to find whom writes act as", "set ACME_MEMBER.")
			if e := wantCode(t, err, tt.wantCode); e.Message != tt.wantMsg {
				t.Errorf("message:\n got %q\nwant %q", e.Message, tt.wantMsg)
			}
		})
	}
}

func TestActor(t *testing.T) {
	calls := 0
	find := func(context.Context) (string, error) { calls++; return "admin-1", nil }
	if id, err := upstream.NewActor("member-9", "Acme").Get(context.Background(), find); id != "member-9" || err != nil || calls != 0 {
		t.Errorf("a configured actor: got %q %v after %d lookups, want it without a lookup", id, err, calls)
	}
	a := upstream.NewActor("", "Acme")
	for range 3 {
		if id, err := a.Get(context.Background(), find); id != "admin-1" || err != nil {
			t.Fatalf("got %q %v", id, err)
		}
	}
	if calls != 1 {
		t.Errorf("%d lookups, want one for the life of the process", calls)
	}
}

func TestJobStates(t *testing.T) {
	clock := clockwork.NewFakeClock()
	s := upstream.NewJobStates("Acme", clock)
	status, reads := ats.JobClosed, 0
	read := func(context.Context) (ats.JobStatus, error) { reads++; return status, nil }
	err := s.RequireOpen(context.Background(), "J1", "open (published) jobs", read)
	if e := ats.AsError(err); e == nil || e.Code != ats.CodeJobNotOpen || e.Message != `Job "J1" is closed on Acme; candidates can only apply to open (published) jobs.` {
		t.Errorf("a closed job: got %v", err)
	}
	status = ats.JobOpen
	if err := s.RequireOpen(context.Background(), "J1", "open (published) jobs", read); err == nil || reads != 1 {
		t.Errorf("within the minute: got %v after %d reads, want the kept state", err, reads)
	}
	clock.Advance(time.Minute)
	if err := s.RequireOpen(context.Background(), "J1", "open (published) jobs", read); err != nil || reads != 2 {
		t.Errorf("a minute on: got %v after %d reads, want the job read again, open", err, reads)
	}
	notFound := ats.NotFound("job", "J2")
	if err := s.RequireOpen(context.Background(), "J2", "open jobs", func(context.Context) (ats.JobStatus, error) { return "", notFound }); err != notFound {
		t.Errorf("a job that is not there: got %v, want the read's error", err)
	}
}
