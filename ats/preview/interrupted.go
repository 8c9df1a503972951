package preview

import (
	"context"
	"errors"

	"github.com/atsbridge/atsbridge/ats"
)

// Interrupted is ats.Interrupted for a store call that failed with err: it
// returns the typed interruption when the call's context has ended or err
// is a context's end, and nil otherwise (typed errors included: they are
// answers, not interruptions). A store cannot rely on err alone to tell:
// database/sql returns ctx.Err(), but SQLite's driver reports a statement
// stopped mid-way as "interrupted", and an HTTP client as a cancelled or
// failed request. err stays wrapped for the logs.
func Interrupted(ctx context.Context, err error) error {
	if err == nil || ats.ErrorCode(err) != ats.CodeInternal {
		return nil
	}
	cause := err
	if end := ctx.Err(); end != nil && !errors.Is(err, end) {
		cause = errors.Join(end, err)
	}
	if e := ats.Interrupted(cause, "the store"); e != nil {
		return e
	}
	return nil
}
