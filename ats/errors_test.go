package ats_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/atsbridge/atsbridge/ats"
)

func TestErrorCodeThroughWrapping(t *testing.T) {
	base := ats.NotFound("job", "job_999")
	wrapped := fmt.Errorf("workable: get job: %w", base)
	if got := ats.ErrorCode(wrapped); got != ats.CodeNotFound {
		t.Errorf("ErrorCode(wrapped) = %s, want NOT_FOUND", got)
	}
	if e := ats.AsError(wrapped); e != base || !strings.Contains(e.Message, `"job_999"`) {
		t.Errorf("AsError(wrapped) = %v, want the NOT_FOUND naming job_999", e)
	}
	if got := ats.ErrorCode(nil); got != "" {
		t.Errorf("ErrorCode(nil) = %q", got)
	}
}

func TestUntypedErrorIsInternalAndHidesCause(t *testing.T) {
	cause := errors.New("pq: password authentication failed for user admin")
	e := ats.AsError(cause)
	if e.Code != ats.CodeInternal || strings.Contains(e.Message, "password") {
		t.Errorf("AsError(untyped) = %+v; want INTERNAL without the cause in the message", e)
	}
	if !errors.Is(e, cause) {
		t.Errorf("the cause is lost for logs")
	}
}

func TestInterrupted(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if e := ats.Interrupted(fmt.Errorf("store: %w", ctx.Err()), "the store"); e == nil || e.Code != ats.CodeCanceled || !errors.Is(e, context.Canceled) {
		t.Errorf("cancelled: got %v, want REQUEST_CANCELED wrapping context.Canceled", e)
	}
	dctx, dcancel := context.WithDeadline(context.Background(), time.Now().Add(-time.Second))
	defer dcancel()
	if e := ats.Interrupted(dctx.Err(), "Workable"); e == nil || e.Code != ats.CodeUpstreamTimeout || !strings.Contains(e.Message, "Workable") {
		t.Errorf("deadline: got %v, want UPSTREAM_TIMEOUT naming Workable", e)
	}
	if e := ats.Interrupted(errors.New("disk full"), "the store"); e != nil {
		t.Errorf("other error: got %v, want nil", e)
	}
}
