package greenhouse

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/jonboulle/clockwork"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/upstream"
	"github.com/atsbridge/atsbridge/ats/wire"
)

// Token lifetimes.
const (
	// defaultTokenLife is assumed when the token answer says nothing
	// readable about expiry: Greenhouse's documented hour.
	defaultTokenLife = time.Hour
	// maxRenewEarly is how long before expiry a token is renewed at most;
	// short-lived tokens (tests) are renewed a tenth of their life early.
	maxRenewEarly = 5 * time.Minute
)

// authHint ends the message of refused credentials: what to check.
const authHint = "check GREENHOUSE_CLIENT_ID and GREENHOUSE_CLIENT_SECRET, that the credential has the harvest scopes the README lists, " +
	"and that GREENHOUSE_USER_ID (if set) is a site admin"

// tokenSource gets client-credentials access tokens and keeps the current
// one for the process (it is the shared upstream client's
// upstream.TokenSource): every request of the Client uses it, it is
// renewed shortly before it expires, and however many requests need a new
// one at once, one token request is made. The token endpoint has its own
// upstream client (its own host, rate window and Basic credentials): the
// secret goes there and nowhere else, and the API's bearer token never
// goes there.
type tokenSource struct {
	up    *upstream.Client
	form  []byte // grant_type=client_credentials[&sub=...]
	clock clockwork.Clock
	log   *slog.Logger

	flight  upstream.Flight[string]
	mu      sync.Mutex
	current string
	renewAt time.Time
}

var _ upstream.TokenSource = (*tokenSource)(nil)

// newTokenSource makes the token source of s's credentials.
func newTokenSource(s settings, log *slog.Logger) (*tokenSource, error) {
	up, err := upstream.New(upstream.Config{
		Name: "Greenhouse", BaseURL: s.token, Auth: upstream.Basic(s.ClientID, s.ClientSecret), AuthHint: authHint,
		Rate: upstream.Rate{Limit: tokenRateLimit, Window: tokenRateWindow},
		// {"error": "invalid_client"} (RFC 6749) and {"message": "...",
		// "errorId": "..."} were both seen.
		ParseError: upstream.ErrorFormat{Message: []string{"error_description", "error", "message"}}.Parse,
		Options:    s.Options,
	})
	if err != nil {
		return nil, err
	}
	form := url.Values{"grant_type": {"client_credentials"}}
	if s.UserID != "" {
		form.Set("sub", s.UserID)
	}
	clock := s.Clock
	if clock == nil {
		clock = clockwork.NewRealClock()
	}
	return &tokenSource{up: up, form: []byte(form.Encode()), clock: clock, log: log,
		flight: upstream.Flight[string]{Who: "Greenhouse's token endpoint"}}, nil
}

// Token returns the current access token, fetching a new one when there
// is none or it is due for renewal.
func (ts *tokenSource) Token(ctx context.Context) (string, error) {
	ts.mu.Lock()
	tok, fresh := ts.current, ts.clock.Now().Before(ts.renewAt)
	ts.mu.Unlock()
	if tok != "" && fresh {
		return tok, nil
	}
	return ts.flight.Do(ctx, "token", ts.fetch)
}

// Invalidate drops tok if it is still the current token: the API refused
// it (401), so the next request fetches a new one. A token another request
// has already replaced is left alone.
func (ts *tokenSource) Invalidate(tok string) {
	ts.mu.Lock()
	defer ts.mu.Unlock()
	if ts.current == tok {
		ts.current, ts.renewAt = "", time.Time{}
	}
}

// fetch makes one token request and keeps its answer. A token request
// changes nothing, so it is retried like a read.
func (ts *tokenSource) fetch(ctx context.Context) (string, error) {
	rq := &upstream.Request{Op: "get an access token", Method: http.MethodPost, Body: ts.form,
		ContentType: "application/x-www-form-urlencoded", Idempotent: true}
	res, err := ts.up.Do(ctx, rq)
	if se := upstream.StatusOf(err); se != nil && se.Status == http.StatusBadRequest {
		// A malformed client id or a refused grant: the credentials'
		// fault, as a 401 is.
		return "", &ats.Error{
			Code:    ats.CodeUpstreamAuthFailed,
			Message: fmt.Sprintf("Greenhouse refused the credentials (HTTP 400: %s); %s.", orText(se.Message, "Bad Request"), authHint),
			Err:     err,
		}
	}
	if err != nil {
		return "", err
	}
	tok, life, err := readToken(res.Body, res.Header.Get("Date"), ts.clock.Now())
	if err != nil {
		return "", ts.up.Malformed(rq, err)
	}
	ts.mu.Lock()
	ts.current, ts.renewAt = tok, ts.clock.Now().Add(life-min(maxRenewEarly, life/10))
	ts.mu.Unlock()
	ts.log.LogAttrs(ctx, slog.LevelInfo, "greenhouse access token obtained", slog.Duration("lifetime", life))
	return tok, nil
}

// tokenAnswer is the token endpoint's answer. expires_at is required by
// Greenhouse's own client; its format, and whether expires_in comes
// instead, are unconfirmed, so both are read, as string or number.
type tokenAnswer struct {
	TokenType   string          `json:"token_type"`
	AccessToken string          `json:"access_token"`
	ExpiresAt   json.RawMessage `json:"expires_at"`
	ExpiresIn   json.RawMessage `json:"expires_in"`
}

// readToken reads a token answer: the token and how long it lives. The
// lifetime is expires_at less the answer's Date (Greenhouse's clock, so
// that a skewed local clock does not matter), else less now; else
// expires_in; else an hour. A lifetime that is not positive is not
// believed either.
func readToken(body []byte, date string, now time.Time) (string, time.Duration, error) {
	var a tokenAnswer
	if err := json.Unmarshal(body, &a); err != nil {
		return "", 0, err
	}
	a.AccessToken = strings.TrimSpace(a.AccessToken)
	if a.AccessToken == "" {
		return "", 0, errors.New("no access_token")
	}
	if strings.ContainsFunc(a.AccessToken, func(r rune) bool { return r <= ' ' || r == 0x7f }) {
		return "", 0, errors.New("access_token has spaces or control characters")
	}
	if a.TokenType != "" && !strings.EqualFold(a.TokenType, "bearer") {
		return "", 0, fmt.Errorf("token_type %q is not Bearer", a.TokenType)
	}
	life := time.Duration(0)
	if at, ok := rawTime(a.ExpiresAt); ok {
		base := now
		if d, err := http.ParseTime(date); err == nil {
			base = d
		}
		life = at.Sub(base)
	}
	if life <= 0 {
		if secs, ok := rawNumber(a.ExpiresIn); ok {
			life = time.Duration(secs * float64(time.Second))
		}
	}
	if life <= 0 {
		life = defaultTokenLife
	}
	return a.AccessToken, life, nil
}

// rawTime reads expires_at: an ISO 8601 string, or Unix seconds.
func rawTime(raw json.RawMessage) (time.Time, bool) {
	var t wire.Time
	if json.Unmarshal(raw, &t) != nil || t.UTC().IsZero() {
		return time.Time{}, false
	}
	return t.UTC(), true
}

// rawNumber reads a positive number, or a string holding one.
func rawNumber(raw json.RawMessage) (float64, bool) {
	raw = bytes.Trim(bytes.TrimSpace(raw), `"`)
	n, err := strconv.ParseFloat(string(raw), 64)
	return n, err == nil && n > 0
}

func orText(s, fallback string) string {
	if s == "" {
		return fallback
	}
	return s
}
