// Package router is atsbridge's HTTP layer: one chi router that serves every
// route of the API, at the root and under the stage prefix, with the
// middleware chain (stage prefix, request id, access log, recover, CORS,
// body limit, HEAD as GET, the caller layer: API key, rate limit,
// Idempotency-Key, then ETags and 304), query and body decoding, input
// validation, the read cache, and the
// mapping of typed ats errors to envelope responses.
//
// Handlers never speak a provider's dialect: they call ats.Provider and
// hand the result to envelope.
package router

import (
	"log/slog"
	"net/http"
	"time"

	"github.com/go-chi/chi/v5"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/caller"
	"github.com/atsbridge/atsbridge/envelope"
)

// MaxBodyBytes is the largest request body accepted (1 MiB).
const MaxBodyBytes = 1 << 20

// Config is what the router needs to know about the running service.
type Config struct {
	// Provider and Mode are reported in every envelope ("workable", "preview").
	Provider string
	Mode     string
	// Stage is the API Gateway stage name, also served locally as a path
	// prefix ("dev" serves /dev/jobs as well as /jobs). Empty disables it.
	Stage string
	// Version is reported by /healthz and in logs.
	Version string
	// CursorKey signs list cursors so that forged cursors are refused.
	CursorKey []byte

	// Callers keeps API keys, rate windows and Idempotency-Key records;
	// nil turns the whole caller layer off (keys, limits, Idempotency-Key).
	Callers Callers
	// Auth is AuthAuto, AuthRequired or AuthOff (AUTH).
	Auth string
	// DefaultRate limits keys without a rate of their own (RATE_LIMIT).
	DefaultRate caller.Rate
	// KeyCacheTTL is how long a key lookup is reused; a revoked key stops
	// working within it. Zero reads the key on every request.
	KeyCacheTTL time.Duration
	// CORSOrigins are the browser origins allowed, or "*"; none turns
	// CORS off (CORS_ORIGINS).
	CORSOrigins []string
	// Now is the clock of rate windows, leases and the key cache; nil
	// means time.Now.
	Now func() time.Time
}

// New builds the whole HTTP handler of the API.
func New(logger *slog.Logger, cfg Config, p ats.Provider) http.Handler {
	a := &api{
		log:     logger,
		origin:  envelope.Origin{Provider: cfg.Provider, Mode: cfg.Mode},
		cfg:     cfg,
		p:       p,
		cursors: cursorCodec{key: cfg.CursorKey},
		callers: cfg.Callers,
		keys:    newKeyCache(cfg.KeyCacheTTL),
		grants:  newGrants(),
		reads:   newReadCache(),
	}
	a.versions, _ = p.(ats.Versioned)
	r := chi.NewRouter()
	// The access log is outside recover, so a panic's 500 is logged too.
	r.Use(a.requestID, a.accessLog, a.recoverPanic, a.cors(), limitBody, serveHead, a.authenticate, a.idempotent, conditional)
	r.NotFound(a.notFound(r))
	r.MethodNotAllowed(a.methodNotAllowed(r))
	addRoutes(r, a)
	return stripStage(cfg.Stage, r)
}

// api carries the dependencies every handler shares.
type api struct {
	log     *slog.Logger
	origin  envelope.Origin
	cfg     Config
	p       ats.Provider
	cursors cursorCodec
	callers Callers   // nil: no caller layer
	keys    *keyCache // key lookups of the caller layer
	grants  *grants   // rate-window requests reserved by this process
	// versions is p when it versions its data (the preview sandbox on
	// SQLite or memory); reads then keep their answers in reads.
	versions ats.Versioned
	reads    *readCache
}
