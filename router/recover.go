package router

import (
	"fmt"
	"log/slog"
	"net/http"
	"runtime/debug"

	"github.com/atsbridge/atsbridge/ats"
)

// recoverPanic turns a panic into an INTERNAL envelope carrying the request
// id, and logs the panic with its stack so the id leads to the cause.
func (a *api) recoverPanic(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			v := recover()
			if v == nil {
				return
			}
			if v == http.ErrAbortHandler {
				panic(v)
			}
			a.log.LogAttrs(r.Context(), slog.LevelError, "panic",
				slog.String("request_id", requestIDFrom(r.Context())),
				slog.String("panic", fmt.Sprint(v)),
				slog.String("stack", string(debug.Stack())),
			)
			a.fail(w, r, &ats.Error{Code: ats.CodeInternal, Message: "Something went wrong on our side; quote the request id when you report it."})
		}()
		next.ServeHTTP(w, r)
	})
}
