package router

import "net/http"

// serveHead answers HEAD on every GET route as GET would, without the body:
// uptime checks and `curl -I` probe with HEAD, and RFC 9110 expects a GET
// resource to take it. Status and headers, Content-Length included, are
// the GET response's. The body is dropped here rather than left to
// net/http, so the Lambda adapter, which sends whatever was written, gives
// the same answer.
func serveHead(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodHead {
			next.ServeHTTP(w, r)
			return
		}
		get := r.WithContext(r.Context())
		get.Method = http.MethodGet
		next.ServeHTTP(headWriter{w}, get)
	})
}

// headWriter keeps a response's status and headers and drops its body.
type headWriter struct{ http.ResponseWriter }

func (h headWriter) Write(b []byte) (int, error) { return len(b), nil }
