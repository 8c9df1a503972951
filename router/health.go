package router

import "net/http"

// health reports liveness, provider, mode and version without calling the
// upstream ATS, so it stays cheap and never fails because the ATS does.
func (a *api) health() http.Handler {
	type healthz struct {
		Status   string `json:"status"`
		Provider string `json:"provider"`
		Mode     string `json:"mode"`
		Version  string `json:"version"`
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if err := refuseQuery(r, "takes none"); err != nil {
			a.fail(w, r, err)
			return
		}
		a.ok(w, r, http.StatusOK, healthz{Status: "ok", Provider: a.cfg.Provider, Mode: a.cfg.Mode, Version: a.cfg.Version})
	})
}
