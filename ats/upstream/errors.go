package upstream

import (
	"context"
	"errors"
	"fmt"
	"math"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/atsbridge/atsbridge/ats"
)

// StatusError is the cause behind an *ats.Error built from a provider's
// non-2xx answer. It names the operation and path (never the query, which
// can hold an email) and keeps what a provider branches on: the status and
// the provider's own message, redacted.
type StatusError struct {
	Provider, Op, Method, Path string
	Status                     int
	Message                    string
}

func (e *StatusError) Error() string {
	if e.Message == "" {
		return fmt.Sprintf("%s: %s: %s %s: HTTP %d", e.Provider, e.Op, e.Method, e.Path, e.Status)
	}
	return fmt.Sprintf("%s: %s: %s %s: HTTP %d: %s", e.Provider, e.Op, e.Method, e.Path, e.Status, e.Message)
}

// StatusOf returns the provider's answer behind err, if any.
func StatusOf(err error) *StatusError {
	var se *StatusError
	if errors.As(err, &se) {
		return se
	}
	return nil
}

func (c *Client) statusCause(rq *Request, status int, msg string) *StatusError {
	return &StatusError{Provider: c.prefix, Op: rq.Op, Method: rq.Method, Path: rq.Path, Status: status, Message: msg}
}

// statusError maps a non-2xx answer (other than a 429 the caller waits
// out) to a typed error, with the provider's message and field problems.
func (c *Client) statusError(rq *Request, status int, body []byte) *ats.Error {
	var msg string
	var details []ats.Detail
	if c.parseError != nil {
		msg, details = c.parseError(body)
		msg = c.Clean(msg)
		for i := range details {
			details[i].Field, details[i].Problem = c.Clean(details[i].Field), c.Clean(details[i].Problem)
		}
	}
	e := &ats.Error{Err: c.statusCause(rq, status, msg), Details: details}
	name := c.name
	switch {
	case status == http.StatusUnauthorized || status == http.StatusForbidden:
		e.Code = ats.CodeUpstreamAuthFailed
		e.Message = fmt.Sprintf("%s refused the credentials (HTTP %d: %s)", name, status, orText(msg, http.StatusText(status)))
		if c.authHint != "" {
			e.Message += "; " + c.authHint
		}
		e.Message += "."
	case status == http.StatusNotFound || status == http.StatusGone:
		// 410: a record the provider deleted (or anonymized) is as absent
		// as one it never had.
		e.Code = ats.CodeNotFound
		e.Message = name + " has no such record."
	case status == http.StatusUnprocessableEntity:
		e.Code = ats.CodeUpstreamRejected
		e.Message = fmt.Sprintf("%s rejected the input: %s.", name, strings.TrimSuffix(orText(msg, "validation failed"), "."))
	case status >= 400 && status < 500:
		e.Code = ats.CodeUpstreamRejected
		e.Message = fmt.Sprintf("%s refused the request (HTTP %d: %s).", name, status, strings.TrimSuffix(orText(msg, http.StatusText(status)), "."))
	case status == http.StatusGatewayTimeout:
		e.Code = ats.CodeUpstreamTimeout
		e.Message = name + " timed out answering (HTTP 504); try again shortly."
		if rq.write() {
			e.Message = name + " timed out answering (HTTP 504) while handling the write; it may have been applied, so check before sending it again."
		}
	case status >= 500 && rq.write():
		e.Code = ats.CodeUpstreamUnavailable
		e.Message = fmt.Sprintf("%s failed (HTTP %d) while handling the write; it may have been applied, so check before sending it again.", name, status)
	case status >= 500:
		e.Code = ats.CodeUpstreamUnavailable
		e.Message = fmt.Sprintf("%s is unavailable (HTTP %d); try again shortly.", name, status)
	case status >= 300 && status < 400:
		e.Code = ats.CodeUpstreamUnavailable
		e.Message = fmt.Sprintf("%s answered with a redirect (HTTP %d), which is not followed so the credentials stay with ATS_BASE_URL's host; check ATS_BASE_URL.", name, status)
	default:
		e.Code = ats.CodeUpstreamUnavailable
		e.Message = fmt.Sprintf("%s answered with an unexpected HTTP %d; try again shortly.", name, status)
	}
	return e
}

// rateLimited is the error once waiting for the provider's rate limit
// would outlast the request's deadline. Nothing was sent that was acted on.
func (c *Client) rateLimited(rq *Request, wait time.Duration, cause error) *ats.Error {
	secs := max(1, int(math.Ceil(wait.Seconds())))
	return &ats.Error{
		Code:       ats.CodeUpstreamRateLimited,
		Message:    fmt.Sprintf("%s's rate limit for these credentials is used up; retry after %d s.", c.name, secs),
		RetryAfter: time.Duration(secs) * time.Second,
		Err:        fmt.Errorf("%s: %s: %s %s: %w", c.prefix, rq.Op, rq.Method, rq.Path, cause),
	}
}

// gateError maps a turn the gate did not give: nothing was sent. The
// gate's budget and the context's deadline end together, so both read as
// the rate limit, never as "the provider did not answer"; a caller that
// went away is the ats.Interrupted rule.
func (c *Client) gateError(ctx context.Context, rq *Request, err error) *ats.Error {
	var we *waitError
	switch {
	case errors.As(err, &we):
		c.log.WarnContext(ctx, "upstream rate limit: no turn before the deadline", "provider", c.prefix, "op", rq.Op, "retry_after", we.retryAfter)
		return c.rateLimited(rq, we.retryAfter, err)
	case errors.Is(err, context.DeadlineExceeded):
		c.log.WarnContext(ctx, "upstream rate limit: no turn before the deadline", "provider", c.prefix, "op", rq.Op, "retry_after", c.rate.Window)
		return c.rateLimited(rq, c.rate.Window, err)
	}
	return c.notSent(rq, err)
}

// Malformed is the error for a 2xx answer that is not what the provider
// documents; providers use it for shapes only they can check.
func (c *Client) Malformed(rq *Request, cause error) *ats.Error {
	return &ats.Error{
		Code:    ats.CodeUpstreamUnavailable,
		Message: c.name + " sent a reply that could not be read; try again shortly.",
		Err:     fmt.Errorf("%s: %s: %s %s: malformed reply: %w", c.prefix, rq.Op, rq.Method, rq.Path, cause),
	}
}

// transportError maps a failed exchange: the caller's deadline or
// cancellation (the ats.Interrupted rule), our per-call timeout, or a
// network failure. For a write it says that the write may have happened,
// since it is not retried.
func (c *Client) transportError(ctx context.Context, rq *Request, err error, perCallTimedOut bool) *ats.Error {
	cause := fmt.Errorf("%s: %s: %s %s: %w", c.prefix, rq.Op, rq.Method, rq.Path, unwrapURLError(err))
	maybe := ""
	if rq.write() {
		maybe = " It may have been applied; check before sending it again."
	}
	if e := ats.Interrupted(ctx.Err(), c.name); e != nil {
		e.Err = cause
		e.Message = c.name + " did not answer before the request's deadline." + maybe
		if e.Code == ats.CodeCanceled {
			e.Message = "The request was cancelled before " + c.name + " answered." + maybe
		}
		return e
	}
	if perCallTimedOut {
		return &ats.Error{Code: ats.CodeUpstreamTimeout, Err: cause,
			Message: fmt.Sprintf("%s did not answer within %s.%s", c.name, c.timeout, maybe)}
	}
	return &ats.Error{Code: ats.CodeUpstreamUnavailable, Err: cause,
		Message: c.name + " could not be reached; try again shortly." + maybe}
}

// notSent is the error for a request whose context ended before it was
// sent: unlike transportError's, it cannot have reached the provider, so a
// write is safe to send again.
func (c *Client) notSent(rq *Request, cause error) *ats.Error {
	e := ats.Interrupted(cause, c.name)
	if e == nil {
		e = &ats.Error{Code: ats.CodeUpstreamUnavailable}
	}
	e.Err = fmt.Errorf("%s: %s: %s %s: not sent: %w", c.prefix, rq.Op, rq.Method, rq.Path, cause)
	switch e.Code {
	case ats.CodeUpstreamTimeout:
		e.Message = "The request's deadline passed before it could be sent to " + c.name + "; nothing was changed."
	default:
		e.Message = "The request was cancelled before it was sent to " + c.name + "; nothing was changed."
	}
	return e
}

// authError maps a failure to put credentials on a request (a token source
// that could not get a token). A typed error from the source is kept (a
// refused client secret is the source's UPSTREAM_AUTH_FAILED); the request
// was not sent.
func (c *Client) authError(ctx context.Context, rq *Request, err error) error {
	if ctx.Err() != nil {
		return c.notSent(rq, ctx.Err())
	}
	var e *ats.Error
	if errors.As(err, &e) {
		return err
	}
	return &ats.Error{
		Code:    ats.CodeUpstreamUnavailable,
		Message: "atsbridge could not get credentials for " + c.name + ", so nothing was sent; try again shortly.",
		Err:     fmt.Errorf("%s: %s: credentials: %w", c.prefix, rq.Op, err),
	}
}

// unwrapURLError drops *url.Error's URL from a transport error: the query
// can carry an email address, and logs must not.
func unwrapURLError(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) && ue.Err != nil {
		return ue.Err
	}
	return err
}
