package router

import (
	"context"
	"net/http"
	"strings"
)

type prefixKey struct{}

// stripStage serves every route both at /... and under /{stage}/..., the
// path the deployed REST API's URL has. The prefix is matched as a whole
// path segment, so /devices and /devjobs are not mistaken for /dev/....
func stripStage(stage string, next http.Handler) http.Handler {
	if stage == "" {
		return next
	}
	prefix := "/" + stage
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		p := r.URL.Path
		if p == prefix || strings.HasPrefix(p, prefix+"/") {
			r2 := r.Clone(context.WithValue(r.Context(), prefixKey{}, prefix))
			r2.URL.Path = strings.TrimPrefix(p, prefix)
			if r2.URL.Path == "" {
				r2.URL.Path = "/"
			}
			if r.URL.RawPath != "" {
				r2.URL.RawPath = strings.TrimPrefix(r.URL.RawPath, prefix)
			}
			r = r2
		}
		next.ServeHTTP(w, r)
	})
}

// pathPrefix is the stage prefix the request came in under ("" or "/dev"),
// so Location headers point where the client can follow them.
func pathPrefix(r *http.Request) string {
	p, _ := r.Context().Value(prefixKey{}).(string)
	return p
}
