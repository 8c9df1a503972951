package router

import (
	"net/http"

	"github.com/go-chi/cors"
)

// corsMaxAge is how long a browser may reuse a preflight's answer (10 min).
const corsMaxAge = 600

// cors answers browsers from cfg.CORSOrigins ("*" for any; none turns
// CORS off): preflights are answered here, before any key is asked for
// (a browser sends none with them), and responses to allowed origins
// expose the headers a client needs (ETag and If-None-Match included: with
// Cache-Control: no-store a browser client sends If-None-Match itself, see
// conditional). Credentials (cookies) are never
// allowed: keys travel in headers, which need none, and "*" with
// credentials would let any site act as the user.
func (a *api) cors() func(http.Handler) http.Handler {
	if len(a.cfg.CORSOrigins) == 0 {
		return func(next http.Handler) http.Handler { return next }
	}
	return cors.New(cors.Options{
		AllowedOrigins:   a.cfg.CORSOrigins,
		AllowedMethods:   []string{http.MethodGet, http.MethodHead, http.MethodPost},
		AllowedHeaders:   []string{"Authorization", "X-Api-Key", "Content-Type", "Content-Encoding", "Idempotency-Key", "X-Request-Id", "If-None-Match"},
		ExposedHeaders:   []string{"X-Request-Id", "Location", "Retry-After", "RateLimit", "RateLimit-Policy", "Idempotent-Replayed", "WWW-Authenticate", "ETag"},
		AllowCredentials: false,
		MaxAge:           corsMaxAge,
	}).Handler
}
