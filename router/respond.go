package router

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"net/http"
	"strings"

	"github.com/go-chi/chi/v5"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/envelope"
)

// ok sends a success envelope.
func (a *api) ok(w http.ResponseWriter, r *http.Request, status int, data any) {
	a.okEnvelope(w, r, status, data, nil)
}

// okEnvelope sends a success envelope with data and, for lists, meta. A
// value that cannot be encoded is an INTERNAL error, logged, rather than
// half a body.
func (a *api) okEnvelope(w http.ResponseWriter, r *http.Request, status int, data any, meta *envelope.Meta) *envelope.Body {
	b, err := envelope.Success(a.origin, data, meta)
	if err != nil {
		a.fail(w, r, fmt.Errorf("encode the response: %w", err))
		return nil
	}
	a.send(w, r, status, b)
	return b
}

// send writes an encoded envelope. The answer to a GET carries its ETag,
// which conditional compares with If-None-Match.
func (a *api) send(w http.ResponseWriter, r *http.Request, status int, b *envelope.Body) {
	if r.Method == http.MethodGet && status == http.StatusOK {
		b.SetETag(w.Header())
	}
	b.Write(w, status, requestIDFrom(r.Context()))
}

// fail sends err as an error envelope. Only INTERNAL errors are logged as
// errors (they are our bugs); upstream failures are logged as warnings so an
// operator sees the ATS misbehaving; the rest are the caller's business,
// and a request the client cancelled is only the access log's 499.
func (a *api) fail(w http.ResponseWriter, r *http.Request, err error) {
	e, err := a.classify(r, err)
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

// classify returns the typed error the client is answered with, and err
// as it is logged (error last, as Go returns errors):
//
//   - when the client has gone (the request's context was cancelled), a
//     failure that would be a server error (any 5xx, an untyped error, an
//     error around context.Canceled) is REQUEST_CANCELED: the provider or
//     store only failed because its work was interrupted, in whatever form
//     it reports that (a wrapped context error, a driver's own
//     "interrupted", an upstream error around a cancelled call), and nobody
//     reads the answer. A client error (a 4xx) stands: it was decided on
//     the request, not caused by the hang-up;
//   - an untyped failure caused by an ended context, or that happened
//     while the request's deadline passed, is UPSTREAM_TIMEOUT
//     (ats.Interrupted), not a bug;
//   - a code the envelope has no status for is our bug: INTERNAL, as any
//     other untyped error (the code table test should have caught it).
func (a *api) classify(r *http.Request, err error) (*ats.Error, error) {
	ctxErr := r.Context().Err()
	var e *ats.Error
	typed := errors.As(err, &e)
	if errors.Is(ctxErr, context.Canceled) && (!typed || envelope.Status(string(e.Code)) >= 500 || errors.Is(err, context.Canceled)) {
		return ats.Interrupted(ctxErr, a.who()), err
	}
	if !typed {
		for _, cause := range []error{err, ctxErr} {
			if ie := ats.Interrupted(cause, a.who()); ie != nil {
				return ie, err
			}
		}
		return ats.AsError(err), err
	}
	if !envelope.Known(string(e.Code)) {
		err = fmt.Errorf("error code %s has no HTTP status: %v", e.Code, err)
		return ats.AsError(err), err
	}
	return e, err
}

// who names, for a timeout's message, what the request was waiting on.
func (a *api) who() string {
	if a.cfg.Mode == string(ats.ModePreview) {
		return "the preview sandbox"
	}
	return "the ATS"
}

func errString(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

// notFound answers unknown routes. A path that only differs from a route
// by a trailing slash (/jobs/) stays a 404, so every resource has one URL
// and a POST is never bounced through a redirect, but the message names
// the path to use instead.
func (a *api) notFound(mux *chi.Mux) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if p := strings.TrimRight(r.URL.Path, "/"); p != r.URL.Path && p != "" {
			for _, m := range knownMethods {
				if mux.Match(chi.NewRouteContext(), m, p) {
					a.fail(w, r, ats.Errorf(ats.CodeNotFound, "No route %s %s; leave out the trailing slash: %s.", r.Method, safePath(r), strings.TrimRight(safePath(r), "/")))
					return
				}
			}
		}
		a.fail(w, r, ats.Errorf(ats.CodeNotFound, "No route %s %s; see /openapi.json for the routes this API serves.", r.Method, safePath(r)))
	}
}

// safePath is the request path as the client sent it, for messages, cut
// short and without the query so that no personal data is echoed.
func safePath(r *http.Request) string {
	p := sentPath(r)
	if len(p) > 100 {
		p = p[:100] + "..."
	}
	return p
}
