package router

import (
	"net/http"
	"strings"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ui"
)

// dashboardPath is where the recruiter dashboard is served. Its pages are
// not API operations: Routes leaves them out, and the OpenAPI document
// does not describe them.
const dashboardPath = "/ui"

// dashboard serves the dashboard's files under /ui/. /ui itself redirects
// to /ui/ with a relative Location, so the page's relative links resolve
// under whatever prefix the browser used (/dev/ui/ behind API Gateway).
// A path that names no file is the API's JSON 404.
func (a *api) dashboard() http.Handler {
	missing := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		a.fail(w, r, ats.Errorf(ats.CodeNotFound, "No file %s in the dashboard; open %s/ui/.", safePath(r), pathPrefix(r)))
	})
	files := ui.Handler(missing)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == dashboardPath {
			w.Header().Set("Location", "ui/")
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.WriteHeader(http.StatusFound)
			_, _ = w.Write([]byte(`<!doctype html><title>atsbridge dashboard</title><a href="ui/">The dashboard is at ui/</a>` + "\n"))
			return
		}
		name, _ := strings.CutPrefix(r.URL.Path, dashboardPath+"/")
		files(name).ServeHTTP(w, r)
	})
}
