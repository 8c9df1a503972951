package dynamodb

import (
	"context"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/service/dynamodb"

	"github.com/atsbridge/atsbridge/caller"
	"github.com/atsbridge/atsbridge/router"
	"github.com/atsbridge/atsbridge/router/routertest"
)

// countingTransport counts the DynamoDB operations sent over HTTP, by the
// X-Amz-Target header each request names its operation with.
type countingTransport struct {
	mu  sync.Mutex
	ops map[string]int
}

func (c *countingTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	op := req.Header.Get("X-Amz-Target")
	if _, after, ok := strings.Cut(op, "."); ok {
		op = after
	}
	c.mu.Lock()
	c.ops[op]++
	c.mu.Unlock()
	return http.DefaultTransport.RoundTrip(req)
}

func (c *countingTransport) take() map[string]int {
	c.mu.Lock()
	defer c.mu.Unlock()
	ops := c.ops
	c.ops = map[string]int{}
	return ops
}

var readOps = map[string]bool{"GetItem": true, "Query": true, "BatchGetItem": true, "Scan": true}

// TestCallerLayerCostPerRequest counts, on the wire, what the caller layer
// asks of DynamoDB for keyed requests: at most one write per request (the
// rate window; with a limit of 1000/m a write reserves a block of 10),
// one read per key and process per key cache lifetime, and a last-used
// write at most every caller.LastUsedEvery. The provider is a
// mock that touches no store, so every call counted is the caller
// layer's.
func TestCallerLayerCostPerRequest(t *testing.T) {
	for _, auth := range []string{router.AuthRequired, router.AuthAuto} {
		t.Run(auth, func(t *testing.T) {
			wire := &countingTransport{ops: map[string]int{}}
			s, _ := openTest(t, func(o *dynamodb.Options) { o.HTTPClient = &http.Client{Transport: wire} })
			secret, k := caller.NewKey("cost", caller.ScopeRead, caller.Rate{}, time.Now())
			if err := s.CreateKey(context.Background(), k); err != nil {
				t.Fatal(err)
			}
			now := time.Date(2026, 12, 1, 10, 0, 0, 0, time.UTC)
			clock := func() time.Time { return now }
			cfg := routertest.Config("live")
			cfg.Callers, cfg.Auth, cfg.Now, cfg.KeyCacheTTL = s, auth, clock, router.DefaultKeyCacheTTL
			cfg.DefaultRate = caller.Rate{N: 1000, Per: time.Minute}
			a := routertest.New(routertest.Answering(nil), cfg)
			wire.take()

			const n = 50
			var perRequest []map[string]int
			for range n {
				a.Do(t, "GET", "/jobs", "", "Authorization", "Bearer "+secret).Want(t, 200, "")
				perRequest = append(perRequest, wire.take())
				now = now.Add(time.Second) // 50 s: one cache refresh at 30 s
			}
			reads, writes := 0, 0
			for i, ops := range perRequest {
				r, w := 0, 0
				for op, c := range ops {
					if readOps[op] {
						r += c
					} else {
						w += c
					}
					if op != "GetItem" && op != "UpdateItem" {
						t.Errorf("request %d: %d %s calls; the caller layer should use only GetItem and UpdateItem", i, c, op)
					}
				}
				if r > 1 {
					t.Errorf("request %d: %d reads %v, want at most 1", i, r, ops)
				}
				reads, writes = reads+r, writes+w
			}
			t.Logf("%d keyed requests: %d reads, %d writes (%d rate-window reservations, 1 last-used)", n, reads, writes, writes-1)
			if reads != 2 {
				t.Errorf("%d reads over %d requests in 50 s, want 2 (the first request, and one after the 30 s cache lifetime)", reads, n)
			}
			if want := n/10 + 1; writes != want {
				t.Errorf("%d writes over %d requests, want %d: a rate-window reservation per 10 requests, and one last-used write", writes, n, want)
			}
		})
	}
}
