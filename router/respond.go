package router

import (
	"log/slog"
	"math"
	"net/http"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/envelope"
)

// ok sends a success envelope.
func (a *api) ok(w http.ResponseWriter, r *http.Request, status int, data any) {
	envelope.Write(w, status, a.origin, requestIDFrom(r.Context()), data, nil)
}

// fail sends err as an error envelope. Only INTERNAL errors are logged as
// errors (they are our bugs); upstream failures are logged as warnings so an
// operator sees the ATS misbehaving; the rest are the caller's business.
func (a *api) fail(w http.ResponseWriter, r *http.Request, err error) {
	e := ats.AsError(err)
	id := requestIDFrom(r.Context())
	switch e.Code {
	case ats.CodeInternal:
		a.log.LogAttrs(r.Context(), slog.LevelError, "internal error",
			slog.String("request_id", id), slog.String("error", errString(err)))
	case ats.CodeUpstreamAuthFailed, ats.CodeUpstreamRejected, ats.CodeUpstreamRateLimited,
		ats.CodeUpstreamUnavailable, ats.CodeUpstreamTimeout:
		a.log.LogAttrs(r.Context(), slog.LevelWarn, "upstream error",
			slog.String("request_id", id), slog.String("code", string(e.Code)), slog.String("error", errString(err)))
	}
	p := envelope.Problem{Code: string(e.Code), Message: e.Message}
	for _, d := range e.Details {
		p.Details = append(p.Details, envelope.Detail{Field: d.Field, Problem: d.Problem, ExistingID: d.ExistingID})
	}
	if e.RetryAfter > 0 {
		p.RetryAfterSeconds = int(math.Ceil(e.RetryAfter.Seconds()))
	}
	envelope.WriteError(w, a.origin, id, p)
}

func errString(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

// notFound answers unknown routes.
func (a *api) notFound(w http.ResponseWriter, r *http.Request) {
	a.fail(w, r, ats.Errorf(ats.CodeNotFound, "No route %s %s; see /openapi.json for the routes this API serves.", r.Method, safePath(r)))
}

// safePath is the request path for messages, cut short and stripped of the
// query so that no personal data is echoed.
func safePath(r *http.Request) string {
	p := r.URL.EscapedPath()
	if len(p) > 100 {
		p = p[:100] + "..."
	}
	return p
}
