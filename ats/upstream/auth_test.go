package upstream_test

import (
	"context"
	"encoding/base64"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/upstream"
)

// tokens is a tiny token source: token-1, token-2, ... , a new one after
// each invalidation, and it counts how often it was asked and told.
type tokens struct {
	mu          sync.Mutex
	n           int
	current     string
	invalidated []string
	err         error
}

func (s *tokens) Token(context.Context) (string, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.err != nil {
		return "", s.err
	}
	if s.current == "" {
		s.n++
		s.current = fmt.Sprintf("%s-%d", secretToken, s.n)
	}
	return s.current, nil
}

func (s *tokens) Invalidate(tok string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.invalidated = append(s.invalidated, tok)
	if tok == s.current {
		s.current = ""
	}
}

func TestStaticCredentials(t *testing.T) {
	tests := []struct {
		name string
		auth upstream.Auth
		want string
	}{
		{"Workable bearer token", upstream.Bearer(secretToken), "Bearer " + secretToken},
		{"Lever key as the Basic user, empty password", upstream.Basic(secretToken, ""), "Basic " + base64.StdEncoding.EncodeToString([]byte(secretToken+":"))},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := newAPI(t, fakeClock(), script(reply{status: 401, body: `{"message":"bad key ` + secretToken + `"}`}))
			c, _ := newClient(t, a, func(cfg *upstream.Config) { cfg.Auth = tt.auth })
			_, err := c.Do(ctx(t), get("/things"))
			e := wantCode(t, err, ats.CodeUpstreamAuthFailed)
			if got := a.Calls()[0].Header.Get("Authorization"); got != tt.want {
				t.Errorf("Authorization: got %q, want %q", got, tt.want)
			}
			// A fixed key that was refused stays refused: one call.
			if a.Count() != 1 {
				t.Errorf("got %d calls, want 1", a.Count())
			}
			if !strings.Contains(e.Message, "bad key [redacted]") || !strings.Contains(e.Message, "check ATS_API_KEY") {
				t.Errorf("message %q: want the provider's words redacted and the hint", e.Message)
			}
		})
	}
}

// A 401 drops the token and the request goes once more with a fresh one,
// writes included (a 401 did nothing); a second 401 is final.
func TestTokenRefusedIsRenewedOnce(t *testing.T) {
	for _, rq := range []*upstream.Request{get("/things"), post("/things")} {
		t.Run(rq.Method+" succeeds with a fresh token", func(t *testing.T) {
			ts := &tokens{}
			a := newAPI(t, fakeClock(), script(reply{status: 401, body: `{"message":"Unauthorized"}`}, ok))
			c, _ := newClient(t, a, func(cfg *upstream.Config) { cfg.Auth = upstream.Tokens(ts) })
			if _, err := c.Do(ctx(t), rq); err != nil {
				t.Fatalf("got %v, want success with a fresh token", err)
			}
			calls := a.Calls()
			if len(calls) != 2 || calls[0].Header.Get("Authorization") != "Bearer "+secretToken+"-1" || calls[1].Header.Get("Authorization") != "Bearer "+secretToken+"-2" {
				t.Errorf("got %d calls, want token 1 then token 2", len(calls))
			}
			if len(ts.invalidated) != 1 || ts.invalidated[0] != secretToken+"-1" {
				t.Errorf("invalidated %d tokens, want token 1", len(ts.invalidated))
			}
		})
	}
	t.Run("a second 401 is final", func(t *testing.T) {
		ts := &tokens{}
		a := newAPI(t, fakeClock(), script(reply{status: 401, body: `{"message":"Unauthorized","errors":["Token ` + secretToken + `-2 could not be decoded"]}`}))
		c, _ := newClient(t, a, func(cfg *upstream.Config) { cfg.Auth = upstream.Tokens(ts) })
		_, err := c.Do(ctx(t), get("/things"))
		e := wantCode(t, err, ats.CodeUpstreamAuthFailed)
		if a.Count() != 2 {
			t.Errorf("got %d calls, want 2", a.Count())
		}
		if len(e.Details) != 1 || e.Details[0].Problem != "Token [redacted] could not be decoded" {
			t.Errorf("details %+v: want the token redacted", e.Details)
		}
	})
}

// A token source that cannot get a token: its typed error reaches the
// caller as it is, another one is UPSTREAM_UNAVAILABLE; nothing is sent.
func TestTokenSourceFailures(t *testing.T) {
	tests := []struct {
		name string
		err  error
		want ats.Code
	}{
		{"refused client secret", ats.Errorf(ats.CodeUpstreamAuthFailed, "Greenhouse refused the client credentials."), ats.CodeUpstreamAuthFailed},
		{"untyped", errors.New("dial tcp: connection refused"), ats.CodeUpstreamUnavailable},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := newAPI(t, fakeClock(), script(ok))
			c, _ := newClient(t, a, func(cfg *upstream.Config) { cfg.Auth = upstream.Tokens(&tokens{err: tt.err}) })
			_, err := c.Do(ctx(t), post("/things"))
			wantCode(t, err, tt.want)
			if a.Count() != 0 {
				t.Errorf("got %d calls, want none", a.Count())
			}
		})
	}
}

// Without Auth, nothing is sent as credentials.
func TestNoCredentials(t *testing.T) {
	a := newAPI(t, fakeClock(), script(ok))
	c, _ := newClient(t, a, func(cfg *upstream.Config) { cfg.Auth = nil })
	if _, err := c.Do(ctx(t), get("/things")); err != nil {
		t.Fatal(err)
	}
	if h := a.Calls()[0].Header; h.Get("Authorization") != "" {
		t.Errorf("Authorization %q, want none", h.Get("Authorization"))
	}
}
