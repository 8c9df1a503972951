package router

import (
	"net/http"
	"strings"

	"github.com/go-chi/chi/v5"

	"github.com/atsbridge/atsbridge/ats"
)

var knownMethods = []string{http.MethodGet, http.MethodPost, http.MethodPut, http.MethodPatch, http.MethodDelete}

// methodNotAllowed answers 405 with the Allow header listing the methods the
// path does support: HEAD wherever GET is (serveHead answers it).
func (a *api) methodNotAllowed(mux *chi.Mux) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		var allowed []string
		for _, m := range knownMethods {
			if mux.Match(chi.NewRouteContext(), m, r.URL.Path) {
				allowed = append(allowed, m)
				if m == http.MethodGet {
					allowed = append(allowed, http.MethodHead)
				}
			}
		}
		allow := strings.Join(allowed, ", ")
		w.Header().Set("Allow", allow)
		a.fail(w, r, ats.Errorf(ats.CodeMethodNotAllowed, "%s is not allowed on %s; use %s.", r.Method, safePath(r), allow))
	}
}
