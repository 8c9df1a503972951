package greenhouse

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"

	"golang.org/x/sync/singleflight"

	"github.com/atsbridge/atsbridge/ats"
)

// Token lifetimes.
const (
	// defaultTokenLife is assumed when the token answer says nothing
	// readable about expiry: Greenhouse's documented hour.
	defaultTokenLife = time.Hour
	// maxRenewEarly is how long before expiry a token is renewed at most;
	// short-lived tokens (tests) are renewed a tenth of their life early.
	maxRenewEarly = 5 * time.Minute
	// tokenTimeout bounds one token request, whoever waits for it.
	tokenTimeout = 10 * time.Second
	// maxTokenBody caps what is read of a token answer.
	maxTokenBody = 64 << 10
)

// tokenSource gets client-credentials access tokens from the token
// endpoint and keeps the current one for the process: every request of
// the Client shares it, it is renewed shortly before it expires, and
// however many requests need a new one at once, one token request is made
// (singleflight). The secret goes only to the token endpoint, in the
// Basic Authorization header; neither it nor a token is ever logged or put
// in an error.
type tokenSource struct {
	url          string // the token endpoint
	clientID     string
	clientSecret string
	userID       string // sent as sub when set
	ua           string
	hc           *http.Client
	log          *slog.Logger
	now          func() time.Time

	mu      sync.Mutex
	current string
	renewAt time.Time
	group   singleflight.Group
}

// token returns the current access token, fetching a new one when there
// is none or it is due for renewal. Waiting for a fetch another request
// started ends with the caller's context; the fetch itself runs on under
// its own timeout, so that one impatient caller does not fail the others.
func (ts *tokenSource) token(ctx context.Context) (string, error) {
	ts.mu.Lock()
	tok, fresh := ts.current, ts.now().Before(ts.renewAt)
	ts.mu.Unlock()
	if tok != "" && fresh {
		return tok, nil
	}
	ch := ts.group.DoChan("token", func() (any, error) {
		fctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), tokenTimeout)
		defer cancel()
		return ts.fetch(fctx)
	})
	select {
	case r := <-ch:
		if r.Err != nil {
			return "", r.Err
		}
		return r.Val.(string), nil
	case <-ctx.Done():
		return "", ats.Interrupted(ctx.Err(), "Greenhouse's token endpoint")
	}
}

// invalidate drops tok if it is still the current token: the API refused
// it (401), so the next request fetches a new one. A token another request
// has already replaced is left alone.
func (ts *tokenSource) invalidate(tok string) {
	ts.mu.Lock()
	defer ts.mu.Unlock()
	if ts.current == tok {
		ts.current, ts.renewAt = "", time.Time{}
	}
}

// fetch makes one token request and keeps its answer.
func (ts *tokenSource) fetch(ctx context.Context) (string, error) {
	form := url.Values{"grant_type": {"client_credentials"}}
	if ts.userID != "" {
		form.Set("sub", ts.userID)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, ts.url, strings.NewReader(form.Encode()))
	if err != nil {
		return "", fmt.Errorf("greenhouse: token request: %w", err)
	}
	req.SetBasicAuth(ts.clientID, ts.clientSecret)
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Accept", "application/json")
	req.Header.Set("User-Agent", ts.ua)
	start := ts.now()
	res, err := ts.hc.Do(req)
	if err != nil {
		return "", ts.transportError(ctx, unwrapURLError(err))
	}
	defer res.Body.Close()
	body, err := io.ReadAll(io.LimitReader(res.Body, maxTokenBody))
	ts.log.LogAttrs(ctx, slog.LevelDebug, "greenhouse token request",
		slog.Int("status", res.StatusCode), slog.Duration("duration", ts.now().Sub(start)))
	if err != nil {
		return "", ts.transportError(ctx, err)
	}
	if res.StatusCode < 200 || res.StatusCode > 299 {
		return "", ts.statusError(res.StatusCode, res.Header, body)
	}
	tok, life, err := readToken(body, res.Header.Get("Date"), ts.now())
	if err != nil {
		return "", &ats.Error{
			Code:    ats.CodeUpstreamUnavailable,
			Message: "Greenhouse's token endpoint sent an answer that could not be read; try again shortly.",
			Err:     fmt.Errorf("greenhouse: token answer: %w", err),
		}
	}
	ts.mu.Lock()
	ts.current, ts.renewAt = tok, ts.now().Add(life-min(maxRenewEarly, life/10))
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
	var s string
	if json.Unmarshal(raw, &s) == nil {
		t, err := parseTime(s)
		return t, err == nil
	}
	if n, ok := rawNumber(raw); ok && n > 0 {
		return time.UnixMilli(int64(n * 1000)), true
	}
	return time.Time{}, false
}

// rawNumber reads a number, or a string holding one.
func rawNumber(raw json.RawMessage) (float64, bool) {
	raw = bytes.Trim(bytes.TrimSpace(raw), `"`)
	n, err := strconv.ParseFloat(string(raw), 64)
	return n, err == nil && n > 0
}

// tokenError is the token endpoint's error shapes: {"message", "errorId"},
// and RFC 6749's {"error", "error_description"}.
type tokenError struct {
	Message     string `json:"message"`
	Error       string `json:"error"`
	Description string `json:"error_description"`
}

// statusError maps a refused token request. 400 and 401 mean the
// credentials (or their form) are wrong: UPSTREAM_AUTH_FAILED with
// Greenhouse's words, which can echo the client id (scrubbed, although it
// is not secret, as the facts advise for logs).
func (ts *tokenSource) statusError(status int, h http.Header, body []byte) *ats.Error {
	var te tokenError
	_ = json.Unmarshal(body, &te)
	words := ts.clean(strings.Join(nonEmpty(te.Error, te.Description, te.Message), ": "))
	cause := fmt.Errorf("greenhouse: token request: HTTP %d: %s", status, words)
	switch {
	case status == http.StatusBadRequest || status == http.StatusUnauthorized || status == http.StatusForbidden:
		return &ats.Error{
			Code: ats.CodeUpstreamAuthFailed,
			Message: fmt.Sprintf("Greenhouse refused atsbridge's client credentials (HTTP %d: %s); check GREENHOUSE_CLIENT_ID, GREENHOUSE_CLIENT_SECRET and GREENHOUSE_USER_ID.",
				status, orText(words, http.StatusText(status))),
			Err: cause,
		}
	case status == http.StatusTooManyRequests:
		wait := retryAfter(h, time.Minute)
		return &ats.Error{
			Code:       ats.CodeUpstreamRateLimited,
			Message:    fmt.Sprintf("Greenhouse's token endpoint is rate limiting atsbridge; retry after %d s.", int(wait.Seconds())),
			RetryAfter: wait,
			Err:        cause,
		}
	}
	return &ats.Error{
		Code:    ats.CodeUpstreamUnavailable,
		Message: fmt.Sprintf("Greenhouse's token endpoint failed (HTTP %d); try again shortly.", status),
		Err:     cause,
	}
}

// transportError maps a token request that got no answer.
func (ts *tokenSource) transportError(ctx context.Context, err error) *ats.Error {
	if e := ats.Interrupted(ctx.Err(), "Greenhouse's token endpoint"); e != nil {
		e.Err = fmt.Errorf("greenhouse: token request: %w", err)
		return e
	}
	return &ats.Error{
		Code:    ats.CodeUpstreamUnavailable,
		Message: "Greenhouse's token endpoint could not be reached; try again shortly.",
		Err:     fmt.Errorf("greenhouse: token request: %w", err),
	}
}

// clean makes the token endpoint's words safe to pass on: the secret and
// the client id are redacted, control characters dropped, length capped.
func (ts *tokenSource) clean(s string) string {
	for _, secret := range []string{ts.clientSecret, ts.clientID} {
		if secret != "" {
			s = strings.ReplaceAll(s, secret, "[redacted]")
		}
	}
	s = strings.Join(strings.FieldsFunc(s, func(r rune) bool { return r < ' ' || r == 0x7f || r == ' ' }), " ")
	if r := []rune(s); len(r) > 200 {
		s = string(r[:200]) + "..."
	}
	return s
}

// retryAfter reads Retry-After (seconds or an HTTP date), else fallback.
func retryAfter(h http.Header, fallback time.Duration) time.Duration {
	v := strings.TrimSpace(h.Get("Retry-After"))
	if n, err := strconv.Atoi(v); err == nil && n >= 0 {
		return time.Duration(max(n, 1)) * time.Second
	}
	if t, err := http.ParseTime(v); err == nil && time.Until(t) > 0 {
		return time.Until(t).Round(time.Second)
	}
	return fallback
}

// unwrapURLError drops *url.Error's URL from a transport error.
func unwrapURLError(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) && ue.Err != nil {
		return ue.Err
	}
	return err
}

func nonEmpty(ss ...string) []string {
	var out []string
	for _, s := range ss {
		if strings.TrimSpace(s) != "" {
			out = append(out, strings.TrimSpace(s))
		}
	}
	return out
}

func orText(s, fallback string) string {
	if s == "" {
		return fallback
	}
	return s
}
