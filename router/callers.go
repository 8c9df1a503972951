package router

import (
	"context"
	"fmt"
	"math"
	"net/http"
	"strings"
	"time"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/caller"
)

// Callers is what the caller layer keeps in the store: API keys (looked
// up by hash, touched when used), request counts per rate window, and
// Idempotency-Key records. Every store implements it, and the contract
// suite store/callertest holds each to the same behaviour.
type Callers interface {
	HasKeys(ctx context.Context) (bool, error)
	KeyByHash(ctx context.Context, hash string) (caller.Key, error)
	TouchKey(ctx context.Context, k caller.Key, at time.Time) error
	CountRequest(ctx context.Context, w caller.Window, n int64) (int64, error)
	ClaimIdempotency(ctx context.Context, rec caller.Record, now time.Time) (caller.Record, bool, error)
	FinishIdempotency(ctx context.Context, rec caller.Record) error
	ReleaseIdempotency(ctx context.Context, callerID, key, token string) error
}

// The AUTH modes.
const (
	// AuthAuto serves without keys until the first key is created, then
	// requires one (a revoked key still counts as created).
	AuthAuto = "auto"
	// AuthRequired requires a key on every keyed route.
	AuthRequired = "required"
	// AuthOff takes no keys and limits no one.
	AuthOff = "off"
)

// DefaultKeyCacheTTL is how long a key lookup is reused when the
// configuration says nothing: a revoked key stops working within it.
const DefaultKeyCacheTTL = 30 * time.Second

// openPath reports whether path is served without a key: liveness, the
// API's own description, and the dashboard's static assets (the API calls
// the dashboard makes carry keys like any other).
func openPath(path string) bool {
	return path == "/healthz" || path == "/openapi.json" || path == "/ui" || strings.HasPrefix(path, "/ui/")
}

// callerIDKey carries who is calling: a key id, or caller.Anonymous.
type callerIDKey struct{}

func callerFrom(ctx context.Context) string {
	if id, ok := ctx.Value(callerIDKey{}).(string); ok {
		return id
	}
	return caller.Anonymous
}

// authenticate is the caller layer's first half: it finds the caller's
// key (Authorization: Bearer, or X-Api-Key), refuses a missing, unknown
// or revoked one where keys are required (401, WWW-Authenticate: Bearer),
// counts the request against the key's rate (429 past it; RateLimit and
// RateLimit-Policy on every keyed response) and refuses a read key on a
// write (403). Open paths, OPTIONS and AUTH=off pass through untouched.
func (a *api) authenticate(next http.Handler) http.Handler {
	if a.callers == nil || a.cfg.Auth == AuthOff {
		return next
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if openPath(r.URL.Path) || r.Method == http.MethodOptions {
			// OPTIONS is a preflight (answered by cors before this when
			// CORS_ORIGINS allows) or a 405: browsers send no key with it.
			next.ServeHTTP(w, r)
			return
		}
		secret, sent := presentedKey(r)
		now := a.now()
		var k caller.Key
		found := false
		if sent {
			var err error
			if k, found, err = a.keys.lookup(r.Context(), a.callers, secret, now); err != nil {
				a.fail(w, r, err)
				return
			}
			found = found && k.Matches(secret)
		}
		if !found {
			// Whether any key exists decides between open (AUTH=auto
			// before the first key, whatever a client sends: an old
			// gateway key, a dashboard's stale one) and which 401.
			has, err := a.keys.hasKeys(r.Context(), a.callers, now)
			switch {
			case err != nil:
				a.fail(w, r, err)
			case !has && a.cfg.Auth == AuthAuto:
				next.ServeHTTP(w, r)
			case sent:
				a.unauthenticated(w, r, "The API key is not valid: check that it is complete, or create a new one (keys are shown only once).")
			case !has:
				a.unauthenticated(w, r, "This API needs an API key and none exists yet: create one with `atsbridge keys create --name NAME` (go run . keys create ...) against this deployment's store; see the README, Keys, limits and retries.")
			default:
				a.unauthenticated(w, r, "This API needs an API key: send it as Authorization: Bearer <key> (or X-Api-Key: <key>).")
			}
			return
		}
		if k.Revoked() {
			a.unauthenticated(w, r, "The API key was revoked; ask for a new one.")
			return
		}
		noteKey(r.Context(), k.ID)
		ctx := context.WithValue(r.Context(), callerIDKey{}, k.ID)
		r = r.WithContext(ctx)
		if !a.admit(w, r, k, now) {
			return
		}
		if a.keys.touchDue(k, now) {
			if err := a.callers.TouchKey(ctx, k, now); err != nil {
				a.log.WarnContext(ctx, "key last-used time not written", "key_id", k.ID, "error", err.Error())
			}
		}
		if k.Scope != caller.ScopeWrite && !readMethod(r.Method) {
			a.fail(w, r, ats.Errorf(ats.CodeForbidden, "This API key is read-only (scope read); %s needs a key with scope write.", r.Method))
			return
		}
		next.ServeHTTP(w, r)
	})
}

// readMethod reports whether a read-scoped key may use method.
func readMethod(method string) bool {
	return method == http.MethodGet || method == http.MethodHead || method == http.MethodOptions
}

// presentedKey returns the key the request carries, and whether it
// carries one: Authorization: Bearer wins over X-Api-Key. A header that is
// present but holds no key is a key sent (and refused as not valid).
func presentedKey(r *http.Request) (string, bool) {
	if h, ok := r.Header["Authorization"]; ok {
		v := strings.TrimSpace(strings.Join(h, ","))
		scheme, token, _ := strings.Cut(v, " ")
		if strings.EqualFold(scheme, "Bearer") {
			return strings.TrimSpace(token), true
		}
		return "", true
	}
	if h, ok := r.Header["X-Api-Key"]; ok {
		return strings.TrimSpace(strings.Join(h, ",")), true
	}
	return "", false
}

func (a *api) unauthenticated(w http.ResponseWriter, r *http.Request, msg string) {
	w.Header().Set("WWW-Authenticate", `Bearer realm="atsbridge"`)
	a.fail(w, r, &ats.Error{Code: ats.CodeUnauthenticated, Message: msg})
}

// admit counts the request in the key's current window (the store's
// count, shared by every process, reserved in blocks: see grants), sets
// the RateLimit headers, and refuses it with 429 past the limit. It
// reports whether the request may go on.
func (a *api) admit(w http.ResponseWriter, r *http.Request, k caller.Key, now time.Time) bool {
	rate := k.Rate
	if rate.IsZero() {
		rate = a.cfg.DefaultRate
	}
	win := rate.WindowAt(k.ID, now)
	admitted, left, err := a.grants.take(r.Context(), a.callers, win, int64(rate.N), now)
	if err != nil {
		a.fail(w, r, err)
		return false
	}
	reset := max(1, int64(math.Ceil(win.End().Sub(now).Seconds())))
	h := w.Header()
	h.Set("RateLimit-Policy", fmt.Sprintf(`"default";q=%d;w=%d`, rate.N, int64(rate.Per/time.Second)))
	h.Set("RateLimit", fmt.Sprintf(`"default";r=%d;t=%d`, left, reset))
	if admitted {
		return true
	}
	a.fail(w, r, &ats.Error{
		Code:       ats.CodeRateLimited,
		Message:    fmt.Sprintf("This API key is over its limit of %s; retry after %d s (Retry-After).", rate, reset),
		RetryAfter: time.Duration(reset) * time.Second,
	})
	return false
}

func (a *api) now() time.Time {
	if a.cfg.Now != nil {
		return a.cfg.Now()
	}
	return time.Now()
}
