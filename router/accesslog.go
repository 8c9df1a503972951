package router

import (
	"context"
	"log/slog"
	"net/http"
	"time"

	"github.com/go-chi/chi/v5"
)

// statusRecorder remembers what a handler wrote, for the access log.
type statusRecorder struct {
	http.ResponseWriter
	status int
	bytes  int
}

func (s *statusRecorder) WriteHeader(code int) {
	if s.status == 0 {
		s.status = code
	}
	s.ResponseWriter.WriteHeader(code)
}

func (s *statusRecorder) Write(b []byte) (int, error) {
	if s.status == 0 {
		s.status = http.StatusOK
	}
	n, err := s.ResponseWriter.Write(b)
	s.bytes += n
	return n, err
}

// logNotes is what inner layers tell the access log about a request.
type logNotes struct {
	keyID    string // the caller's key id; never the key
	replayed bool   // answered from an Idempotency-Key record
}

type logNotesKey struct{}

// noteKey tells the access log which key the request came with.
func noteKey(ctx context.Context, id string) {
	if n, ok := ctx.Value(logNotesKey{}).(*logNotes); ok {
		n.keyID = id
	}
}

// noteReplay tells the access log the answer is a replay.
func noteReplay(ctx context.Context) {
	if n, ok := ctx.Value(logNotesKey{}).(*logNotes); ok {
		n.replayed = true
	}
}

// accessLog writes one line per request. It logs the route pattern, never
// the raw path or query: those can carry emails and other personal data;
// and the caller's key id, never the key.
func (a *api) accessLog(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		rec := &statusRecorder{ResponseWriter: w}
		notes := &logNotes{}
		r = r.WithContext(context.WithValue(r.Context(), logNotesKey{}, notes))
		next.ServeHTTP(rec, r)
		route := "unmatched"
		if rc := chi.RouteContext(r.Context()); rc != nil && rc.RoutePattern() != "" {
			route = rc.RoutePattern()
		}
		attrs := []slog.Attr{
			slog.String("request_id", requestIDFrom(r.Context())),
			slog.String("method", r.Method),
			slog.String("route", route),
			slog.Int("status", rec.status),
			slog.Float64("duration_ms", float64(time.Since(start).Microseconds())/1000),
			slog.Int("bytes", rec.bytes),
		}
		if notes.keyID != "" {
			attrs = append(attrs, slog.String("key_id", notes.keyID))
		}
		if notes.replayed {
			attrs = append(attrs, slog.Bool("idempotent_replayed", true))
		}
		a.log.LogAttrs(r.Context(), slog.LevelInfo, "request", attrs...)
	})
}
