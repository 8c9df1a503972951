package dynamodb

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/aws/retry"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/smithy-go/logging"
	"github.com/aws/smithy-go/middleware"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/preview"
)

// On AWS two failures of the table are expected now and then and are no bug
// of ours: throttling (a burst beyond what an on-demand table or one of its
// partitions absorbs) and the request's deadline passing while DynamoDB is
// slow or the SDK is backing off. The SDK retries throttling itself (the
// DynamoDB client's default: standard mode, 4 attempts, 1 s base backoff
// for throttles); what is still failing after that reaches the caller as a
// typed error it can act on (503 with Retry-After, 504) instead of INTERNAL.
// dynalite never throttles, so the tests drive this with a fake server.

// throttleRetryAfter is the wait suggested to a client whose request met
// throttling the SDK's retries did not outlast.
const throttleRetryAfter = time.Second

// isThrottle is the SDK's own test for a throttling error, so the store and
// the retryer agree on what throttling is.
var isThrottle = retry.IsErrorThrottles(retry.DefaultThrottles)

// throttled reports whether err is DynamoDB refusing work for throughput:
// ProvisionedThroughputExceededException, ThrottlingException,
// RequestLimitExceeded and their kin, also after the SDK gave up retrying.
func throttled(err error) bool {
	return err != nil && isThrottle.IsErrorThrottle(err) == aws.TrueTernary
}

// errUnprocessed is the cause when DynamoDB keeps leaving part of a batch
// unprocessed, which it does when the batch exceeds the throughput at hand.
var errUnprocessed = errors.New("dynamodb left part of a batch unprocessed")

// classify turns a failure the caller can act on into a typed error and
// returns any other error unchanged. ctx is the call's context: a call
// that failed after it ended was interrupted, whatever the transport
// reported (see preview.Interrupted: a deadline that passed is
// UPSTREAM_TIMEOUT, a client that hung up REQUEST_CANCELED), even when it
// was throttled too.
func classify(ctx context.Context, err error) error {
	var typed *ats.Error
	if err == nil || errors.As(err, &typed) {
		return err
	}
	// An ended context comes first: throttling that a request met on its
	// way matters less to its client than the deadline that ended it.
	if e := preview.Interrupted(ctx, err); e != nil {
		return e
	}
	if throttled(err) || errors.Is(err, errUnprocessed) {
		return &ats.Error{
			Code:       ats.CodeUpstreamRateLimited,
			Message:    "The sandbox's database is busy right now; retry after the Retry-After delay.",
			RetryAfter: throttleRetryAfter,
			Err:        err,
		}
	}
	return err
}

// classifyErrors installs classify around every operation of a client, as
// the outermost step, so it sees each call's final error after the SDK's
// retries.
func classifyErrors(o *dynamodb.Options) {
	o.APIOptions = append(o.APIOptions, func(st *middleware.Stack) error {
		return st.Initialize.Add(middleware.InitializeMiddlewareFunc("atsbridgeClassifyErrors",
			func(ctx context.Context, in middleware.InitializeInput, next middleware.InitializeHandler) (middleware.InitializeOutput, middleware.Metadata, error) {
				out, md, err := next.HandleInitialize(ctx, in)
				return out, md, classify(ctx, err)
			}), middleware.Before)
	})
}

// sdkLogger passes the AWS SDK's log entries (warnings such as a response
// body closed early) to the store's logger instead of the SDK's own
// stderr logger.
type sdkLogger struct{ l *slog.Logger }

func (a sdkLogger) Logf(c logging.Classification, format string, v ...any) {
	level := slog.LevelDebug
	if c == logging.Warn {
		level = slog.LevelWarn
	}
	a.l.Log(context.Background(), level, "dynamodb: aws sdk: "+fmt.Sprintf(format, v...))
}
