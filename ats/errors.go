package ats

import (
	"errors"
	"fmt"
	"time"
)

// Code is a stable machine-readable error code; envelope maps it to an HTTP status.
type Code string

// The error codes of the API contract.
const (
	CodeInputInvalid         Code = "INPUT_INVALID"
	CodeCursorInvalid        Code = "CURSOR_INVALID"
	CodeNotFound             Code = "NOT_FOUND"
	CodeMethodNotAllowed     Code = "METHOD_NOT_ALLOWED"
	CodeBodyTooLarge         Code = "BODY_TOO_LARGE"
	CodeUnsupportedMediaType Code = "UNSUPPORTED_MEDIA_TYPE"
	CodeApplicationExists    Code = "APPLICATION_EXISTS"
	CodeCandidateExists      Code = "CANDIDATE_EXISTS"
	CodeJobNotOpen           Code = "JOB_NOT_OPEN"
	CodeUpstreamAuthFailed   Code = "UPSTREAM_AUTH_FAILED"
	CodeUpstreamRejected     Code = "UPSTREAM_REJECTED"
	CodeUpstreamRateLimited  Code = "UPSTREAM_RATE_LIMITED"
	CodeUpstreamUnavailable  Code = "UPSTREAM_UNAVAILABLE"
	CodeUpstreamTimeout      Code = "UPSTREAM_TIMEOUT"
	CodeNotSupported         Code = "NOT_SUPPORTED"
	CodeResumeUnreadable     Code = "RESUME_UNREADABLE"
	// CodeApplicationClosed is a move or rejection of an application that
	// is already rejected, hired or withdrawn.
	CodeApplicationClosed Code = "APPLICATION_CLOSED"
	// CodeUnauthenticated is a request without a valid API key (missing,
	// unknown or revoked) where one is required.
	CodeUnauthenticated Code = "UNAUTHENTICATED"
	// CodeForbidden is a request the caller's key may not make (a read
	// key on a write).
	CodeForbidden Code = "FORBIDDEN"
	// CodeRateLimited is a caller over its key's rate limit (RetryAfter
	// set), as opposed to CodeUpstreamRateLimited, the ATS limiting us.
	CodeRateLimited Code = "RATE_LIMITED"
	// CodeIdempotencyKeyReused is an Idempotency-Key sent again with
	// another request (method, path or body).
	CodeIdempotencyKeyReused Code = "IDEMPOTENCY_KEY_REUSED"
	// CodeIdempotencyInProgress is an Idempotency-Key whose first request
	// is still running (RetryAfter set).
	CodeIdempotencyInProgress Code = "IDEMPOTENCY_IN_PROGRESS"
	CodeInternal              Code = "INTERNAL"
	// CodeCanceled is a request whose client went away before the answer
	// (see Interrupted). Nobody receives it; logs record it as 499.
	CodeCanceled Code = "REQUEST_CANCELED"
)

// Codes lists every error code, in the order of the contract's table, so
// that the HTTP layer can prove it maps each one to a status (a code it
// did not know would otherwise reach clients as a bare 500).
func Codes() []Code {
	return []Code{
		CodeInputInvalid, CodeCursorInvalid, CodeNotFound, CodeMethodNotAllowed, CodeBodyTooLarge,
		CodeUnsupportedMediaType, CodeApplicationExists, CodeCandidateExists, CodeJobNotOpen,
		CodeUpstreamAuthFailed, CodeUpstreamRejected, CodeUpstreamRateLimited, CodeUpstreamUnavailable,
		CodeUpstreamTimeout, CodeNotSupported, CodeInternal, CodeCanceled, CodeResumeUnreadable,
		CodeApplicationClosed, CodeUnauthenticated, CodeForbidden, CodeRateLimited,
		CodeIdempotencyKeyReused, CodeIdempotencyInProgress,
	}
}

// Detail is one field-level problem (or, for conflicts, the existing id).
type Detail struct {
	Field      string `json:"field,omitempty"`
	Problem    string `json:"problem,omitempty"`
	ExistingID string `json:"existing_id,omitempty"`
}

// Error is the typed error every layer returns for expected failures.
// Message is one sentence a person can act on; it never holds secrets or
// candidate personal data.
type Error struct {
	Code    Code
	Message string
	Details []Detail
	// RetryAfter is set for UPSTREAM_RATE_LIMITED, RATE_LIMITED and
	// IDEMPOTENCY_IN_PROGRESS.
	RetryAfter time.Duration
	// Err is the underlying cause, for logs only.
	Err error
}

func (e *Error) Error() string {
	if e.Err != nil {
		return fmt.Sprintf("%s: %s: %v", e.Code, e.Message, e.Err)
	}
	return fmt.Sprintf("%s: %s", e.Code, e.Message)
}

func (e *Error) Unwrap() error { return e.Err }

// Errorf builds an *Error with a formatted message.
func Errorf(code Code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// NotFound reports that the named resource does not exist, e.g. NotFound("job", "job_999").
func NotFound(resource, id string) *Error {
	return Errorf(CodeNotFound, "No %s with id %q exists.", resource, id)
}

// Invalid reports input problems, one detail per field.
func Invalid(message string, details ...Detail) *Error {
	return &Error{Code: CodeInputInvalid, Message: message, Details: details}
}

// ErrorCode returns the code of err, CodeInternal for an untyped error and
// "" for nil.
func ErrorCode(err error) Code {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return CodeInternal
}

// AsError returns err as an *Error; an untyped error becomes INTERNAL with a
// message that reveals nothing of the cause.
func AsError(err error) *Error {
	var e *Error
	if errors.As(err, &e) {
		return e
	}
	return &Error{Code: CodeInternal, Message: "Something went wrong on our side; the request id identifies it in our logs.", Err: err}
}
