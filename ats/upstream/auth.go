package upstream

import (
	"context"
	"encoding/base64"
	"net/http"
	"strings"
	"sync"
)

// Auth puts a provider's credentials on requests. The Client calls it for
// every attempt, before the attempt waits for its turn at the rate gate.
type Auth interface {
	// Authorize adds the credentials to req. It may fetch them (a token
	// source), within ctx. An *ats.Error it returns reaches the caller as
	// it is; the request is then not sent.
	Authorize(ctx context.Context, req *http.Request) error
	// Refused is told that the provider answered 401 to req. It drops
	// credentials that are now known to be bad and reports whether fresh
	// ones may succeed; the Client then sends the request once more.
	Refused(req *http.Request) bool
	// Secrets are the strings that must never appear in a message or a
	// log: the key, the token in use.
	Secrets() []string
}

// Bearer sends a fixed token as "Authorization: Bearer <token>" (Workable).
func Bearer(token string) Auth {
	return staticAuth{value: "Bearer " + token, secrets: []string{token}}
}

// Basic sends HTTP Basic credentials (Lever: the API key as the user name
// and an empty password).
func Basic(user, password string) Auth {
	enc := base64.StdEncoding.EncodeToString([]byte(user + ":" + password))
	secrets := []string{user, enc}
	if password != "" {
		secrets = append(secrets, password)
	}
	return staticAuth{value: "Basic " + enc, secrets: secrets}
}

// staticAuth is a credential that does not change: a 401 is final.
type staticAuth struct {
	value   string
	secrets []string
}

func (a staticAuth) Authorize(_ context.Context, req *http.Request) error {
	req.Header.Set("Authorization", a.value)
	return nil
}

func (staticAuth) Refused(*http.Request) bool { return false }

func (a staticAuth) Secrets() []string { return a.secrets }

// TokenSource hands out access tokens that expire or can be revoked
// (Greenhouse's OAuth2 client credentials). Token is called for every
// attempt and must be cheap when it has a valid token cached; a source
// that renews fetches one token at a time however many requests wait for
// it (upstream.Flight does that).
type TokenSource interface {
	// Token returns a valid access token. Its errors should be *ats.Error
	// (UPSTREAM_AUTH_FAILED when the provider refused the client's
	// credentials); others read as UPSTREAM_UNAVAILABLE.
	Token(ctx context.Context) (string, error)
	// Invalidate drops token if it is still the cached one: the provider
	// refused it. A token renewed meanwhile is kept.
	Invalidate(token string)
}

// Tokens sends the source's token as "Authorization: Bearer <token>", and
// after a 401 invalidates it so that the request is retried, once, with a
// fresh one.
func Tokens(ts TokenSource) Auth { return &tokenAuth{ts: ts} }

type tokenAuth struct {
	ts TokenSource

	mu   sync.Mutex
	seen []string // tokens sent so far, the last few, for redaction
}

func (a *tokenAuth) Authorize(ctx context.Context, req *http.Request) error {
	tok, err := a.ts.Token(ctx)
	if err != nil {
		return err
	}
	a.mu.Lock()
	if len(a.seen) == 0 || a.seen[len(a.seen)-1] != tok {
		a.seen = append(a.seen[max(0, len(a.seen)-3):], tok)
	}
	a.mu.Unlock()
	req.Header.Set("Authorization", "Bearer "+tok)
	return nil
}

func (a *tokenAuth) Refused(req *http.Request) bool {
	tok, ok := strings.CutPrefix(req.Header.Get("Authorization"), "Bearer ")
	if !ok || tok == "" {
		return false
	}
	a.ts.Invalidate(tok)
	return true
}

func (a *tokenAuth) Secrets() []string {
	a.mu.Lock()
	defer a.mu.Unlock()
	return append([]string(nil), a.seen...)
}
