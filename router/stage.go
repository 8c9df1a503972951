package router

import (
	"context"
	"net/http"
	"net/url"
	"strings"
)

// pathKey carries what stripStage saw: the stage prefix the request came
// in under, and the path as the client sent it.
type pathKey struct{}

type pathInfo struct {
	prefix   string // "" or "/dev"
	original string // escaped path as sent, prefix included
}

// gatewayKey carries a stage prefix that a gateway already removed from
// the path before the request reached the router.
type gatewayKey struct{}

// WithGatewayPrefix records that a gateway served this request under
// prefix ("/dev") and already removed it from the path, as API Gateway
// does for REST API stages. The router then treats the request as if it
// had stripped the prefix itself: Location headers and messages carry it.
func WithGatewayPrefix(ctx context.Context, prefix string) context.Context {
	return context.WithValue(ctx, gatewayKey{}, prefix)
}

// stripStage serves every route both at /... and under /{stage}/..., the
// path the deployed REST API's URL has. The prefix is matched as a whole
// path segment of the escaped path, so /devices, /devjobs and /dev%2Fjobs
// are not mistaken for /dev/....
//
// Under a gateway that already removed its stage (WithGatewayPrefix), that
// stage is the prefix and nothing more is stripped.
func stripStage(stage string, next http.Handler) http.Handler {
	prefix := "/" + stage
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		info := pathInfo{original: r.URL.EscapedPath()}
		if gw, _ := r.Context().Value(gatewayKey{}).(string); gw != "" {
			info = pathInfo{prefix: gw, original: gw + info.original}
		} else if rest, ok := cutStage(info.original, stage); stage != "" && ok {
			info.prefix = prefix
			r = r.Clone(r.Context())
			r.URL.Path, r.URL.RawPath = rest, ""
			if p, err := url.PathUnescape(rest); err == nil && p != rest {
				r.URL.Path, r.URL.RawPath = p, rest
			}
		}
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), pathKey{}, info)))
	})
}

// cutStage returns the escaped path without its first segment when that
// segment is stage ("/" when nothing follows).
func cutStage(escaped, stage string) (string, bool) {
	s, ok := strings.CutPrefix(escaped, "/")
	if !ok {
		return "", false
	}
	first, rest, _ := strings.Cut(s, "/")
	if seg, err := url.PathUnescape(first); err != nil || seg != stage {
		return "", false
	}
	return "/" + rest, true
}

// pathPrefix is the stage prefix the request came in under ("" or "/dev"),
// so Location headers point where the client can follow them.
func pathPrefix(r *http.Request) string {
	return pathPrefixOf(r.Context())
}

// pathPrefixOf is pathPrefix from the request's context.
func pathPrefixOf(ctx context.Context) string {
	info, _ := ctx.Value(pathKey{}).(pathInfo)
	return info.prefix
}

// sentPath is the escaped path as the client sent it, stage prefix
// included, for messages.
func sentPath(r *http.Request) string {
	if info, ok := r.Context().Value(pathKey{}).(pathInfo); ok {
		return info.original
	}
	return r.URL.EscapedPath()
}
