package router

import (
	"net/http"
	"sort"
	"strings"

	"github.com/go-chi/chi/v5"
)

// addRoutes is the whole API surface, in one screen.
func addRoutes(r chi.Router, a *api) {
	r.Method(http.MethodGet, "/jobs", a.listJobs())
	r.Method(http.MethodGet, "/jobs/{id}", a.getJob())
	r.Method(http.MethodPost, "/candidates", a.createCandidate())
	r.Method(http.MethodGet, "/candidates", a.listCandidates())
	r.Method(http.MethodGet, "/candidates/{id}", a.getCandidate())
	r.Method(http.MethodGet, "/candidates/{id}/resume", a.candidateResume())
	r.Method(http.MethodPost, "/candidates/{id}/resume", a.attachResume())
	r.Method(http.MethodPost, "/applications", a.createApplication())
	r.Method(http.MethodGet, "/applications", a.listApplications())
	r.Method(http.MethodGet, "/applications/{id}", a.getApplication())
	r.Method(http.MethodGet, "/jobs/{id}/stages", a.jobStages())
	r.Method(http.MethodPost, "/applications/{id}/move", a.moveApplication())
	r.Method(http.MethodPost, "/applications/{id}/reject", a.rejectApplication())
	r.Method(http.MethodPost, "/applications/{id}/restore", a.restoreApplication())
	r.Method(http.MethodGet, "/rejection_reasons", a.rejectionReasons())
	r.Method(http.MethodPost, "/resumes/parse", a.parseResume())
	r.Method(http.MethodGet, "/healthz", a.health())
	r.Method(http.MethodGet, "/openapi.json", a.openAPI())
	r.Method(http.MethodGet, dashboardPath+"*", a.dashboard()) // /ui and /ui/...: pages, not API operations (see Routes)
}

// Routes lists every route of the API as "METHOD /pattern", sorted; the
// OpenAPI test checks that the document describes exactly these. The
// dashboard's pages (/ui/...) are served beside the API but are not part
// of it, so they are not listed.
func Routes() []string {
	r := chi.NewRouter()
	addRoutes(r, &api{})
	var out []string
	_ = chi.Walk(r, func(method, route string, _ http.Handler, _ ...func(http.Handler) http.Handler) error {
		if strings.HasPrefix(route, dashboardPath) {
			return nil
		}
		out = append(out, method+" "+route)
		return nil
	})
	sort.Strings(out)
	return out
}
