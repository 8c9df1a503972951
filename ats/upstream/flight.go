package upstream

import (
	"context"

	"golang.org/x/sync/singleflight"

	"github.com/atsbridge/atsbridge/ats"
)

// Flight runs one call for all concurrent callers with the same key
// (golang.org/x/sync/singleflight), while each caller waits only as long
// as its own context allows: a request queued behind another's slow lookup
// (the member writes act as, the account's stages, a token) still answers
// by its own deadline. The zero value is ready; Who names what the callers
// wait for ("Workable"), for the error of one whose context ends first.
type Flight[T any] struct {
	Who string
	g   singleflight.Group
}

// flightResult is the shared call's value, and whether the context it ran
// with (its first caller's) had ended when it returned.
type flightResult[T any] struct {
	v     T
	ended bool
}

// Do returns fn's result for key, running fn only when no call for key is
// in flight. fn runs with the context of the caller that started it; a
// caller whose context is still live when that one's ended (and the call
// failed with it) starts the call again rather than take another's
// cancellation as its own. A caller whose context ends while it waits gets
// the ats.Interrupted error.
func (f *Flight[T]) Do(ctx context.Context, key string, fn func(context.Context) (T, error)) (T, error) {
	var zero T
	for {
		ch := f.g.DoChan(key, func() (any, error) {
			v, err := fn(ctx)
			return flightResult[T]{v: v, ended: ctx.Err() != nil}, err
		})
		select {
		case <-ctx.Done():
			return zero, ats.Interrupted(ctx.Err(), orText(f.Who, "the provider"))
		case r := <-ch:
			res := r.Val.(flightResult[T])
			if r.Err != nil && res.ended && ctx.Err() == nil {
				continue
			}
			if r.Err != nil {
				return zero, r.Err
			}
			return res.v, nil
		}
	}
}
