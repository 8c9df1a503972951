package workable

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"net/http"
	"net/url"
	"regexp"
	"sort"
	"strings"
	"time"
	"unicode"

	"github.com/atsbridge/atsbridge/ats"
)

// upstreamError is the cause behind an *ats.Error built from a Workable
// answer. It names the operation and path (never the query, which can hold
// an email) and keeps what callers branch on.
type upstreamError struct {
	op, method, path string
	status           int
	message          string // Workable's own message, cleaned
	// duplicate is set when Workable said the candidate already exists.
	duplicate bool
}

func (e *upstreamError) Error() string {
	if e.message == "" {
		return fmt.Sprintf("workable: %s: %s %s: HTTP %d", e.op, e.method, e.path, e.status)
	}
	return fmt.Sprintf("workable: %s: %s %s: HTTP %d: %s", e.op, e.method, e.path, e.status, e.message)
}

// errorBody is Workable's error shape: {"error": "...", "validation_errors":
// {"field": ["problem", ...]}}. Other keys are tolerated.
type errorBody struct {
	Error            string          `json:"error"`
	Message          string          `json:"message"`
	ValidationErrors json.RawMessage `json:"validation_errors"`
}

// statusError maps a non-2xx Workable answer (other than 429, which the
// caller handles) to a typed error.
func (c *Client) statusError(rq *request, status int, body []byte) *ats.Error {
	var eb errorBody
	_ = json.Unmarshal(body, &eb)
	msg := c.clean(firstNonEmpty(eb.Error, eb.Message))
	details := c.validationDetails(eb.ValidationErrors)
	cause := &upstreamError{op: rq.op, method: rq.method, path: rq.path, status: status, message: msg}
	// Workable's duplicate is a 422 "already exists"; a 409 Conflict on a
	// create can only mean the same, whatever its message says.
	cause.duplicate = status == http.StatusConflict ||
		status == http.StatusUnprocessableEntity && mentionsExists(msg, details)

	e := &ats.Error{Err: cause, Details: details}
	switch {
	case status == http.StatusUnauthorized || status == http.StatusForbidden:
		e.Code = ats.CodeUpstreamAuthFailed
		e.Message = fmt.Sprintf("Workable refused the credentials (HTTP %d: %s); check ATS_API_KEY and that the token has the r_jobs, r_candidates and w_candidates scopes.",
			status, orText(msg, http.StatusText(status)))
	case status == http.StatusNotFound || status == http.StatusGone:
		// 410: a record Workable deleted (or anonymized) is as absent as
		// one it never had.
		e.Code = ats.CodeNotFound
		e.Message = "Workable has no such record."
	case status == http.StatusUnprocessableEntity:
		e.Code = ats.CodeUpstreamRejected
		e.Message = fmt.Sprintf("Workable rejected the input: %s.", strings.TrimSuffix(orText(msg, "validation failed"), "."))
	case status >= 400 && status < 500:
		e.Code = ats.CodeUpstreamRejected
		e.Message = fmt.Sprintf("Workable refused the request (HTTP %d: %s).", status, strings.TrimSuffix(orText(msg, http.StatusText(status)), "."))
	case status == http.StatusGatewayTimeout:
		e.Code = ats.CodeUpstreamTimeout
		e.Message = "Workable timed out answering (HTTP 504); try again shortly."
		if rq.method != http.MethodGet {
			e.Message = "Workable timed out answering (HTTP 504) while handling the write; it may have been applied, so check before sending it again."
		}
	case status >= 500 && rq.method != http.MethodGet:
		e.Code = ats.CodeUpstreamUnavailable
		e.Message = fmt.Sprintf("Workable failed (HTTP %d) while handling the write; it may have been applied, so check before sending it again.", status)
	case status >= 500:
		e.Code = ats.CodeUpstreamUnavailable
		e.Message = fmt.Sprintf("Workable is unavailable (HTTP %d); try again shortly.", status)
	case status >= 300 && status < 400:
		e.Code = ats.CodeUpstreamUnavailable
		e.Message = fmt.Sprintf("Workable answered with a redirect (HTTP %d), which is not followed so the token stays with ATS_BASE_URL's host; check ATS_BASE_URL.", status)
	default:
		e.Code = ats.CodeUpstreamUnavailable
		e.Message = fmt.Sprintf("Workable answered with an unexpected HTTP %d; try again shortly.", status)
	}
	return e
}

// rateLimited is the error once waiting for Workable's rate limit would
// outlast the request's deadline.
func rateLimited(rq *request, wait time.Duration, cause error) *ats.Error {
	secs := int(math.Ceil(wait.Seconds()))
	if secs < 1 {
		secs = 1
	}
	return &ats.Error{
		Code:       ats.CodeUpstreamRateLimited,
		Message:    fmt.Sprintf("Workable's rate limit for this token is used up; retry after %d s.", secs),
		RetryAfter: time.Duration(secs) * time.Second,
		Err:        fmt.Errorf("workable: %s: %s %s: %w", rq.op, rq.method, rq.path, cause),
	}
}

// malformed is the error for a 2xx answer that is not the JSON expected.
func malformed(rq *request, cause error) *ats.Error {
	return &ats.Error{
		Code:    ats.CodeUpstreamUnavailable,
		Message: "Workable sent a reply that could not be read; try again shortly.",
		Err:     fmt.Errorf("workable: %s: %s %s: malformed reply: %w", rq.op, rq.method, rq.path, cause),
	}
}

// transportError maps a failed exchange: the caller's deadline, our per-call
// timeout, a cancelled request, or a network failure. For writes it says
// that the write may have happened, since it is not retried.
func (c *Client) transportError(ctx context.Context, rq *request, err error, perCallTimedOut bool) *ats.Error {
	e := &ats.Error{Err: fmt.Errorf("workable: %s: %s %s: %w", rq.op, rq.method, rq.path, unwrapURLError(err))}
	maybe := ""
	if rq.method != http.MethodGet {
		maybe = " It may have been applied; check before sending it again."
	}
	switch {
	case errors.Is(ctx.Err(), context.DeadlineExceeded):
		e.Code = ats.CodeUpstreamTimeout
		e.Message = "Workable did not answer before the request's deadline." + maybe
	case ctx.Err() != nil:
		e.Code = ats.CodeUpstreamUnavailable
		e.Message = "The request was cancelled before Workable answered." + maybe
	case perCallTimedOut:
		e.Code = ats.CodeUpstreamTimeout
		e.Message = fmt.Sprintf("Workable did not answer within %s.%s", c.cfg.Timeout, maybe)
	default:
		e.Code = ats.CodeUpstreamUnavailable
		e.Message = "Workable could not be reached; try again shortly." + maybe
	}
	return e
}

// notSent is the error for a request whose context ended before it was
// sent: unlike transportError's, it cannot have reached Workable, so a
// write is safe to send again.
func notSent(rq *request, cause error) *ats.Error {
	e := &ats.Error{
		Code:    ats.CodeUpstreamUnavailable,
		Message: "The request was cancelled before it was sent to Workable; nothing was changed.",
		Err:     fmt.Errorf("workable: %s: %s %s: not sent: %w", rq.op, rq.method, rq.path, cause),
	}
	if errors.Is(cause, context.DeadlineExceeded) {
		e.Code = ats.CodeUpstreamTimeout
		e.Message = "The request's deadline passed before it could be sent to Workable; nothing was changed."
	}
	return e
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

// notFoundAs renames a generic NOT_FOUND from Workable after the resource
// the caller asked for, leaving other errors as they are.
func notFoundAs(err error, resource, id string) error {
	if ats.ErrorCode(err) != ats.CodeNotFound {
		return err
	}
	nf := ats.NotFound(resource, id)
	nf.Err = err
	return nf
}

// upstreamCause returns the Workable answer behind err, if any.
func upstreamCause(err error) *upstreamError {
	var ue *upstreamError
	if errors.As(err, &ue) {
		return ue
	}
	return nil
}

// fieldNames maps Workable's field names in validation errors to ours.
var fieldNames = map[string]string{
	"firstname": "first_name", "lastname": "last_name", "domain": "source",
	"target_job_shortcode": "job_id", "shortcode": "job_id",
}

// validationDetails turns validation_errors into details, one per problem,
// sorted by field. It accepts {"field": ["msg"]}, {"field": "msg"} and a
// list of strings, since only the first shape is on record.
func (c *Client) validationDetails(raw json.RawMessage) []ats.Detail {
	if len(raw) == 0 || string(raw) == "null" {
		return nil
	}
	var out []ats.Detail
	var byField map[string]json.RawMessage
	if json.Unmarshal(raw, &byField) == nil {
		fields := make([]string, 0, len(byField))
		for f := range byField {
			fields = append(fields, f)
		}
		sort.Strings(fields)
		for _, f := range fields {
			name := f
			if n, ok := fieldNames[f]; ok {
				name = n
			}
			for _, p := range stringsOf(byField[f]) {
				out = append(out, ats.Detail{Field: c.clean(name), Problem: c.clean(p)})
			}
		}
		return out
	}
	for _, p := range stringsOf(raw) {
		out = append(out, ats.Detail{Problem: c.clean(p)})
	}
	return out
}

func stringsOf(raw json.RawMessage) []string {
	var one string
	if json.Unmarshal(raw, &one) == nil {
		return []string{one}
	}
	var many []any
	if json.Unmarshal(raw, &many) == nil {
		var out []string
		for _, v := range many {
			out = append(out, fmt.Sprint(v))
		}
		return out
	}
	return []string{string(raw)}
}

func mentionsExists(msg string, details []ats.Detail) bool {
	if strings.Contains(strings.ToLower(msg), "already exist") {
		return true
	}
	for _, d := range details {
		if strings.Contains(strings.ToLower(d.Problem), "already exist") {
			return true
		}
	}
	return false
}

var emailLike = regexp.MustCompile(`[^\s@<>"']+@[^\s@<>"']+\.[A-Za-z]{2,}`)

// clean makes a Workable message safe to pass on: the token and email
// addresses are redacted (Workable may echo input), control characters
// dropped, and the length capped.
func (c *Client) clean(s string) string {
	if c.cfg.Token != "" {
		s = strings.ReplaceAll(s, c.cfg.Token, "[redacted]")
	}
	s = emailLike.ReplaceAllString(s, "[email]")
	s = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return ' '
		}
		return r
	}, s)
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > 200 {
		s = string(r[:200]) + "..."
	}
	return s
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}

func orText(s, fallback string) string {
	if s == "" {
		return fallback
	}
	return s
}
