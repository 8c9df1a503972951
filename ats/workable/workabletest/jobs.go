package workabletest

import (
	"net/http"
	"slices"

	"github.com/atsbridge/atsbridge/ats/fake"
)

var jobStates = []string{"draft", "published", "closed", "archived"}

// listJobs serves GET /jobs: state, created_after, updated_after, paging.
func (s *Server) listJobs(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	win, err := readWindow(q)
	if err != nil {
		badRequest(w, err)
		return
	}
	state := q.Get("state")
	if state != "" && !slices.Contains(jobStates, state) {
		writeError(w, http.StatusUnprocessableEntity, "state must be one of draft, published, closed, archived")
		return
	}
	created, updated, err := timeFilters(q)
	if err != nil {
		badRequest(w, err)
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	var match []Job
	for _, j := range s.jobs {
		if (state == "" || j.State == state) && after(j.CreatedAt, created) && after(j.UpdatedAt, updated) {
			match = append(match, j)
		}
	}
	page, next := cut(match, win, func(j Job) string { return j.ID })
	items := make([]jobJSON, 0, len(page))
	for _, j := range page {
		items = append(items, s.jobJSON(j, false))
	}
	resp := struct {
		Jobs   []jobJSON `json:"jobs"`
		Paging *paging   `json:"paging,omitempty"`
	}{Jobs: items}
	if next != "" {
		resp.Paging = pagingFor(s.nextLink(fake.NextBase(r, s.URL), "/jobs", q, win.limit, next))
	}
	writeJSON(w, http.StatusOK, resp)
}

// getJob serves GET /jobs/{shortcode}: the job unwrapped, with its
// description fields.
func (s *Server) getJob(w http.ResponseWriter, shortcode string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	j, ok := s.jobByShortcode(shortcode)
	if !ok {
		writeError(w, http.StatusNotFound, "Not found")
		return
	}
	writeJSON(w, http.StatusOK, s.jobJSON(j, true))
}

// listStages serves GET /stages and GET /jobs/{shortcode}/stages.
func (s *Server) listStages(w http.ResponseWriter, shortcode string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if shortcode != "" {
		if _, ok := s.jobByShortcode(shortcode); !ok {
			writeError(w, http.StatusNotFound, "Not found")
			return
		}
	}
	type stageJSON struct {
		ID       int    `json:"id"`
		Slug     string `json:"slug"`
		Name     string `json:"name"`
		Kind     string `json:"kind"`
		Position int    `json:"position"`
	}
	stages := s.stages
	if shortcode != "" {
		stages = s.stagesOf(shortcode)
	}
	out := make([]stageJSON, 0, len(stages))
	for i, st := range stages {
		out = append(out, stageJSON{ID: 5272260 + i, Slug: st.Slug, Name: st.Name, Kind: st.Kind, Position: st.Position})
	}
	writeJSON(w, http.StatusOK, map[string]any{"stages": out})
}

// listMembers serves GET /members.
func (s *Server) listMembers(w http.ResponseWriter) {
	s.mu.Lock()
	defer s.mu.Unlock()
	type memberJSON struct {
		ID     string   `json:"id"`
		Name   string   `json:"name"`
		Email  string   `json:"email"`
		Roles  []string `json:"roles"`
		Active bool     `json:"active"`
	}
	out := make([]memberJSON, 0, len(s.members))
	for _, m := range s.members {
		out = append(out, memberJSON{ID: m.ID, Name: m.Name, Email: m.Email, Roles: m.Roles, Active: m.Active})
	}
	writeJSON(w, http.StatusOK, map[string]any{"members": out})
}
