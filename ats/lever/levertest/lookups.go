package levertest

import (
	"net/http"
	"time"
)

// listStages serves GET /stages: the account's stages in pipeline order,
// in the list envelope like every list.
func (s *Server) listStages(w http.ResponseWriter) {
	s.mu.Lock()
	defer s.mu.Unlock()
	items := make([]any, 0, len(s.stages))
	for _, st := range s.stages {
		items = append(items, map[string]string{"id": st.ID, "text": st.Text})
	}
	writeJSON(w, http.StatusOK, envelope(items, ""))
}

// listArchiveReasons serves GET /archive_reasons, with an optional type
// filter (hired, non-hired; UNCONFIRMED). Inactive reasons are listed with
// their status.
func (s *Server) listArchiveReasons(w http.ResponseWriter, r *http.Request) {
	types := values(r.URL.Query(), "type")
	s.mu.Lock()
	defer s.mu.Unlock()
	items := make([]any, 0, len(s.reasons))
	for _, a := range s.reasons {
		if anyFold(types, a.Type) {
			items = append(items, map[string]string{"id": a.ID, "text": a.Text, "type": a.Type, "status": a.Status})
		}
	}
	writeJSON(w, http.StatusOK, envelope(items, ""))
}

// listUsers serves GET /users with paging. Deactivated users are listed
// too, with deactivatedAt set (whether Lever lists them without
// includeDeactivated is UNCONFIRMED: listing them catches a client that
// does not look).
func (s *Server) listUsers(w http.ResponseWriter, r *http.Request, req *Request) {
	win, doubled, err := readWindow(r.URL.Query())
	s.noteDoubled(req, doubled)
	if err != nil {
		badRequest(w, err.Error())
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	page, next := cut(s.users, win, func(u User) (time.Time, string) { return u.CreatedAt, u.ID })
	items := make([]any, 0, len(page))
	for _, u := range page {
		items = append(items, userJSON(u))
	}
	writeJSON(w, http.StatusOK, envelope(items, next))
}
