package router

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"net/http"
	"regexp"
)

type requestIDKey struct{}

// validRequestID accepts ids a gateway or client may pass in (API Gateway's
// request ids, UUIDs); anything else is replaced so logs stay clean.
var validRequestID = regexp.MustCompile(`^[A-Za-z0-9._:=-]{8,128}$`)

// requestID gives every request an id: the incoming X-Request-Id when it is
// well formed (lambda.go sets it to the API Gateway request id), otherwise a
// new random one. The id is sent back in X-Request-Id and in every envelope.
func (a *api) requestID(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		id := r.Header.Get("X-Request-Id")
		if !validRequestID.MatchString(id) {
			id = newRequestID()
		}
		w.Header().Set("X-Request-Id", id)
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), requestIDKey{}, id)))
	})
}

func newRequestID() string {
	var b [16]byte
	_, _ = rand.Read(b[:])
	return hex.EncodeToString(b[:])
}

// requestIDFrom returns the id requestID stored on the context.
func requestIDFrom(ctx context.Context) string {
	id, _ := ctx.Value(requestIDKey{}).(string)
	return id
}
