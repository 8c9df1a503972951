package greenhouse

import (
	"context"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jonboulle/clockwork"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/greenhouse/greenhousetest"
	"github.com/atsbridge/atsbridge/ats/upstream"
)

// tokensFor is a token source for the fake's credentials, acting as its
// admin user, on clock (nil for the real one).
func tokensFor(t *testing.T, fake *greenhousetest.Server, clock clockwork.Clock, mod func(*Config)) *tokenSource {
	t.Helper()
	cfg := Config{BaseURL: fake.URL, TokenURL: fake.TokenURL, ClientID: fake.ClientID, ClientSecret: fake.ClientSecret,
		UserID:  "4080001",
		Options: upstream.Options{Clock: clock, RetryWait: time.Millisecond},
	}
	if mod != nil {
		mod(&cfg)
	}
	s, problems := check(cfg)
	if len(problems) > 0 {
		t.Fatal(problems)
	}
	ts, err := newTokenSource(s, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	return ts
}

func testCtx(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	t.Cleanup(cancel)
	return ctx
}

func TestTokenIsFetchedOnceAndShared(t *testing.T) {
	fake := greenhousetest.Start(t, greenhousetest.Options{})
	// Hold the token answer back, so that every caller arrives while the
	// first request is in flight.
	fake.InjectToken(greenhousetest.Fault{Delay: 100 * time.Millisecond})
	ts := tokensFor(t, fake, nil, nil)
	var wg sync.WaitGroup
	toks := make([]string, 50)
	errs := make([]error, 50)
	for i := range 50 {
		wg.Go(func() { toks[i], errs[i] = ts.Token(testCtx(t)) })
	}
	wg.Wait()
	for i := range 50 {
		if errs[i] != nil || toks[i] != toks[0] || toks[0] == "" {
			t.Fatalf("caller %d: got %q %v, want the one token", i, toks[i], errs[i])
		}
	}
	if tok, _ := ts.Token(testCtx(t)); tok != toks[0] {
		t.Error("a later caller got another token; it should be cached")
	}
	reqs := fake.TokenRequests()
	if len(reqs) != 1 {
		t.Fatalf("got %d token requests for 51 callers, want 1", len(reqs))
	}
	r := reqs[0]
	form, _ := url.ParseQuery(string(r.Body))
	if r.Method != "POST" || r.ContentType != "application/x-www-form-urlencoded" || form.Get("grant_type") != "client_credentials" || form.Get("sub") != "4080001" {
		t.Errorf("token request: %s %q %s", r.Method, r.ContentType, r.Body)
	}
	req, _ := http.NewRequest("GET", "/", nil)
	req.Header.Set("Authorization", r.Authorization)
	if id, secret, ok := req.BasicAuth(); !ok || id != fake.ClientID || secret != fake.ClientSecret {
		t.Errorf("Authorization %q is not Basic client_id:client_secret", r.Authorization)
	}
}

func TestTokenIsRenewedBeforeExpiry(t *testing.T) {
	clock := clockwork.NewFakeClockAt(time.Date(2026, 9, 30, 12, 0, 0, 0, time.UTC))
	fake := greenhousetest.Start(t, greenhousetest.Options{Now: clock.Now, TokenLifetime: 20 * time.Minute})
	ts := tokensFor(t, fake, clock, nil)
	first, err := ts.Token(testCtx(t))
	if err != nil {
		t.Fatal(err)
	}
	clock.Advance(17*time.Minute + 59*time.Second) // renewal is due 2 min (a tenth) early
	if tok, _ := ts.Token(testCtx(t)); tok != first {
		t.Error("renewed too early")
	}
	clock.Advance(2 * time.Second)
	if tok, _ := ts.Token(testCtx(t)); tok == first || tok == "" {
		t.Error("not renewed once due")
	}
	if n := fake.IssuedTokens(); n != 2 {
		t.Errorf("got %d tokens issued, want 2", n)
	}
}

// Every form of expiry the facts leave open is read; Greenhouse's clock
// (the Date header) is what expires_at is measured against.
func TestTokenLifetimeForms(t *testing.T) {
	tests := []struct {
		form greenhousetest.ExpiryForm
		life time.Duration
		want time.Duration
	}{
		{greenhousetest.ExpiresAtZ, 20 * time.Minute, 20 * time.Minute},
		{greenhousetest.ExpiresAtOffset, 20 * time.Minute, 20 * time.Minute},
		{greenhousetest.ExpiresIn, 20 * time.Minute, 20 * time.Minute},
		{greenhousetest.ExpiresNone, 20 * time.Minute, time.Hour},
	}
	for _, tt := range tests {
		// The fake's clock is years behind ours.
		clock := clockwork.NewFakeClockAt(time.Date(2019, 1, 1, 0, 0, 0, 0, time.UTC))
		fake := greenhousetest.Start(t, greenhousetest.Options{Now: clock.Now, Expiry: tt.form, TokenLifetime: tt.life})
		ts := tokensFor(t, fake, nil, nil)
		start := time.Now()
		if _, err := ts.Token(testCtx(t)); err != nil {
			t.Fatal(err)
		}
		got := ts.renewAt.Sub(start)
		want := tt.want - min(maxRenewEarly, tt.want/10)
		if got < want-2*time.Second || got > want+2*time.Second {
			t.Errorf("form %d: renews in %v, want about %v", tt.form, got, want)
		}
	}
	for _, body := range []string{`{"access_token":"a","expires_at":1790000000}`, `{"access_token":"a","expires_in":"600"}`} {
		_, life, err := readToken([]byte(body), "", time.Unix(1789999400, 0))
		if err != nil || life != 600*time.Second {
			t.Errorf("%s: got %v %v, want 600 s", body, life, err)
		}
	}
	for _, body := range []string{`{}`, `{"access_token":"a b"}`, `{"access_token":"a","token_type":"mac"}`, `[`} {
		if _, _, err := readToken([]byte(body), "", time.Now()); err == nil {
			t.Errorf("%s: read as a token", body)
		}
	}
}

func TestInvalidateDropsOnlyTheCurrentToken(t *testing.T) {
	fake := greenhousetest.Start(t, greenhousetest.Options{})
	ts := tokensFor(t, fake, nil, nil)
	old, _ := ts.Token(testCtx(t))
	ts.Invalidate(old)
	fresh, _ := ts.Token(testCtx(t))
	if fresh == old {
		t.Fatal("invalidate kept the token")
	}
	ts.Invalidate(old) // a late 401 for the old token
	if tok, _ := ts.Token(testCtx(t)); tok != fresh {
		t.Error("invalidating a replaced token dropped its replacement")
	}
	if n := fake.IssuedTokens(); n != 2 {
		t.Errorf("got %d tokens issued, want 2", n)
	}
}

func TestTokenErrors(t *testing.T) {
	tests := []struct {
		name    string
		mod     func(*Config)
		fault   *greenhousetest.Fault
		code    ats.Code
		message string
	}{
		{"unknown secret", func(c *Config) { c.ClientSecret = "gh-SECRET-wrong-1234" }, nil,
			ats.CodeUpstreamAuthFailed, "(HTTP 401: invalid_client); check GREENHOUSE_CLIENT_ID"},
		{"malformed client id", func(c *Config) { c.ClientID = "not-a-client" }, nil,
			ats.CodeUpstreamAuthFailed, "(HTTP 400: Invalid client_id: [redacted]); check"},
		{"unknown user", func(c *Config) { c.UserID = "999" }, nil,
			ats.CodeUpstreamAuthFailed, "sub must be"},
		{"token endpoint down", nil, &greenhousetest.Fault{Status: 503, Times: 3},
			ats.CodeUpstreamUnavailable, "HTTP 503"},
		{"token endpoint limiting", nil, &greenhousetest.Fault{Status: 429, Header: http.Header{"Retry-After": {"42"}}},
			ats.CodeUpstreamRateLimited, "42 s"},
		{"malformed answer", nil, &greenhousetest.Fault{Malformed: true},
			ats.CodeUpstreamUnavailable, "could not be read"},
		{"connection dropped", nil, &greenhousetest.Fault{CloseConnection: true, Times: 3},
			ats.CodeUpstreamUnavailable, "could not be reached"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fake := greenhousetest.Start(t, greenhousetest.Options{})
			if tt.fault != nil {
				fake.InjectToken(*tt.fault)
			}
			ts := tokensFor(t, fake, nil, tt.mod)
			_, err := ts.Token(testCtx(t))
			e := ats.AsError(err)
			if e.Code != tt.code || !strings.Contains(e.Message, tt.message) {
				t.Errorf("got %s: %s, want %s with %q", e.Code, e.Message, tt.code, tt.message)
			}
			for _, secret := range []string{"gh-SECRET-wrong-1234", fake.ClientSecret} {
				if strings.Contains(err.Error(), secret) || strings.Contains(e.Message, secret) {
					t.Errorf("the error carries the secret: %v", err)
				}
			}
		})
	}
	// A transient failure is retried: a token request changes nothing.
	fake := greenhousetest.Start(t, greenhousetest.Options{})
	fake.InjectToken(greenhousetest.Fault{Status: 502})
	if _, err := tokensFor(t, fake, nil, nil).Token(testCtx(t)); err != nil || len(fake.TokenRequests()) != 2 {
		t.Errorf("502 then 200: got %v after %d requests, want a token after 2", err, len(fake.TokenRequests()))
	}
}

// A caller whose deadline passes while the token is fetched gives up;
// the others still get their token.
func TestTokenWaitEndsWithTheCallersDeadline(t *testing.T) {
	fake := greenhousetest.Start(t, greenhousetest.Options{})
	fake.InjectToken(greenhousetest.Fault{Delay: 300 * time.Millisecond})
	ts := tokensFor(t, fake, nil, nil)
	short, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	done := make(chan error, 1)
	go func() { _, err := ts.Token(testCtx(t)); done <- err }()
	_, err := ts.Token(short)
	if ats.ErrorCode(err) != ats.CodeUpstreamTimeout {
		t.Errorf("impatient caller: got %v, want UPSTREAM_TIMEOUT", err)
	}
	if err := <-done; err != nil {
		t.Errorf("patient caller: got %v", err)
	}
}
