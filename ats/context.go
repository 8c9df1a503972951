package ats

import (
	"context"
	"errors"
	"fmt"
)

// Interrupted returns the typed error for work that stopped because its
// context ended, and nil when err is not a context's end. who names what
// was being waited on ("Workable", "the store"), for the message.
//
// The rule is one for every provider and store: a deadline that passed is
// UPSTREAM_TIMEOUT (504); a request its client cancelled (hung up) is
// REQUEST_CANCELED, which no client sees and the access log records as 499.
// The context's error stays wrapped, so errors.Is(err, context.Canceled)
// still holds.
func Interrupted(err error, who string) *Error {
	switch {
	case err == nil:
		return nil
	case errors.Is(err, context.DeadlineExceeded):
		return &Error{Code: CodeUpstreamTimeout, Message: fmt.Sprintf("The request's deadline passed before %s answered.", who), Err: err}
	case errors.Is(err, context.Canceled):
		return &Error{Code: CodeCanceled, Message: "The client cancelled the request before it finished.", Err: err}
	}
	return nil
}
