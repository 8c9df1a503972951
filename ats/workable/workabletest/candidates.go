package workabletest

import (
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/atsbridge/atsbridge/ats/fake"
)

// listCandidates serves GET /candidates and the legacy GET
// /jobs/{shortcode}/candidates (pathShortcode set): email, shortcode, stage
// (a slug), created_after, updated_after, paging. A list filtered by
// shortcode continues on the legacy path, as the real API's next links do.
func (s *Server) listCandidates(w http.ResponseWriter, r *http.Request, pathShortcode string) {
	q := r.URL.Query()
	win, err := readWindow(q)
	if err != nil {
		badRequest(w, err)
		return
	}
	created, updated, err := timeFilters(q)
	if err != nil {
		badRequest(w, err)
		return
	}
	shortcode := q.Get("shortcode")
	if pathShortcode != "" {
		shortcode = pathShortcode
	}
	email, stage := q.Get("email"), q.Get("stage")

	s.mu.Lock()
	defer s.mu.Unlock()
	if pathShortcode != "" {
		if _, ok := s.jobByShortcode(pathShortcode); !ok {
			writeError(w, http.StatusNotFound, "Not found")
			return
		}
	}
	var match []Candidate
	for _, c := range s.candidates {
		switch {
		case shortcode != "" && c.JobShortcode != shortcode,
			email != "" && !strings.EqualFold(c.Email, email),
			stage != "" && c.StageSlug != stage,
			!after(c.CreatedAt, created), !after(c.UpdatedAt, updated):
			continue
		}
		match = append(match, c)
	}
	page, next := cut(match, win, func(c Candidate) string { return c.ID })
	items := make([]any, 0, len(page))
	for _, c := range page {
		items = append(items, s.candidateJSON(c, false))
	}
	resp := struct {
		Candidates []any   `json:"candidates"`
		Paging     *paging `json:"paging,omitempty"`
	}{Candidates: items}
	if next != "" {
		path, nq := "/candidates", q
		if shortcode != "" {
			path = "/jobs/" + url.PathEscape(shortcode) + "/candidates"
			nq = url.Values{}
			for k, vs := range q {
				if k != "shortcode" {
					nq[k] = vs
				}
			}
		}
		resp.Paging = pagingFor(s.nextLink(fake.NextBase(r, s.URL), path, nq, win.limit, next))
	}
	writeJSON(w, http.StatusOK, resp)
}

// getCandidate serves GET /candidates/{id}, wrapped in "candidate".
func (s *Server) getCandidate(w http.ResponseWriter, id string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	i := s.candidateIndex(id)
	if i < 0 {
		writeError(w, http.StatusNotFound, "Not found")
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"candidate": s.candidateJSON(s.candidates[i], true)})
}

// candidateBody is the body of the create endpoints. Sourced is at the
// root and defaults to true in v3.
type candidateBody struct {
	Sourced   *bool `json:"sourced"`
	Candidate *struct {
		Name      string   `json:"name"`
		FirstName string   `json:"firstname"`
		LastName  string   `json:"lastname"`
		Email     string   `json:"email"`
		Headline  string   `json:"headline"`
		Phone     string   `json:"phone"`
		Domain    string   `json:"domain"`
		Tags      []string `json:"tags"`
		ResumeURL string   `json:"resume_url"`
		Resume    *struct {
			Name string `json:"name"`
			Data string `json:"data"`
		} `json:"resume"`
		EducationEntries  []map[string]any `json:"education_entries"`
		ExperienceEntries []map[string]any `json:"experience_entries"`
		Skills            []any            `json:"skills"`
		SocialProfiles    []map[string]any `json:"social_profiles"`
	} `json:"candidate"`
}

// createCandidate serves POST /jobs/{shortcode}/candidates and POST
// /talent_pool/candidates (shortcode ""). The recorded success status is
// 200 with {"status": "created", "candidate": {...}}.
func (s *Server) createCandidate(w http.ResponseWriter, r *http.Request, body []byte, shortcode string) {
	var in candidateBody
	if err := json.Unmarshal(body, &in); err != nil {
		writeError(w, http.StatusBadRequest, "Invalid JSON")
		return
	}
	if in.Candidate == nil {
		writeValidation(w, "Validation failed", map[string][]string{"candidate": {"is required"}})
		return
	}
	c := in.Candidate
	problems := map[string][]string{}
	if strings.TrimSpace(c.Name) == "" && (strings.TrimSpace(c.FirstName) == "" || strings.TrimSpace(c.LastName) == "") {
		problems["name"] = []string{"can't be blank"}
	}
	if !strings.Contains(c.Email, "@") {
		problems["email"] = []string{"is invalid"}
	}
	file, fileProblem := decodeResume(c.Resume)
	if fileProblem != "" {
		problems["resume"] = []string{fileProblem}
	}
	for _, e := range c.EducationEntries {
		if str, _ := e["school"].(string); str == "" {
			problems["education_entries"] = []string{"school can't be blank"}
		}
	}
	for _, e := range c.ExperienceEntries {
		if str, _ := e["title"].(string); str == "" {
			problems["experience_entries"] = []string{"title can't be blank"}
		}
	}
	if len(problems) > 0 {
		writeValidation(w, "Validation failed", problems)
		return
	}

	s.mu.Lock()
	defer s.mu.Unlock()
	if shortcode != "" {
		if _, ok := s.jobByShortcode(shortcode); !ok {
			writeError(w, http.StatusNotFound, "Not found")
			return
		}
	}
	if s.emailInJobLocked(c.Email, shortcode) {
		writeValidation(w, "Validation failed: candidate already exists", map[string][]string{"email": {"candidate already exists"}})
		return
	}
	sourced := in.Sourced == nil || *in.Sourced
	stage := "applied"
	if sourced || shortcode == "" {
		stage = "sourced"
	}
	first, last := c.FirstName, c.LastName
	if first == "" && last == "" {
		first, last, _ = strings.Cut(strings.TrimSpace(c.Name), " ")
	}
	now := s.opts.Now().UTC().Truncate(time.Second)
	stored := s.addCandidateLocked(Candidate{
		Name: c.Name, FirstName: first, LastName: last, Email: c.Email, Phone: c.Phone, Headline: c.Headline,
		JobShortcode: shortcode, StageSlug: stage, Sourced: sourced, Domain: c.Domain, Tags: c.Tags,
		ResumeURL: c.ResumeURL, Resume: file, CreatedAt: now, UpdatedAt: now,
		Education: anySlice(c.EducationEntries), Experience: anySlice(c.ExperienceEntries), Skills: c.Skills,
		SocialProfiles: anySlice(c.SocialProfiles),
	})
	writeJSON(w, http.StatusOK, map[string]any{"status": "created", "candidate": s.candidateJSON(stored, true)})
}

// emailInJobLocked reports whether the job (or the talent pool, for "")
// already has a candidate with this email. The caller holds s.mu.
func (s *Server) emailInJobLocked(email, shortcode string) bool {
	for _, o := range s.candidates {
		if o.JobShortcode == shortcode && strings.EqualFold(o.Email, email) {
			return true
		}
	}
	return false
}

// memberOK reports whether id is an active member. The caller holds s.mu.
func (s *Server) memberOK(id string) bool {
	for _, m := range s.members {
		if m.ID == id && m.Active {
			return true
		}
	}
	return false
}

// copyCandidate serves POST /candidates/{id}/copy {member_id,
// target_job_shortcode, target_stage?}: a new candidate record for the same
// person in another job. The answer's shape is unconfirmed; the fake sends
// 201 {"candidate": {...}}.
func (s *Server) copyCandidate(w http.ResponseWriter, body []byte, id string) {
	var in struct {
		MemberID    string `json:"member_id"`
		TargetJob   string `json:"target_job_shortcode"`
		TargetStage string `json:"target_stage"`
	}
	if err := json.Unmarshal(body, &in); err != nil {
		writeError(w, http.StatusBadRequest, "Invalid JSON")
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if !s.memberOK(in.MemberID) {
		writeValidation(w, "Validation failed", map[string][]string{"member_id": {"is invalid"}})
		return
	}
	i := s.candidateIndex(id)
	if i < 0 {
		writeError(w, http.StatusNotFound, "Not found")
		return
	}
	if _, ok := s.jobByShortcode(in.TargetJob); !ok {
		writeError(w, http.StatusNotFound, "Not found")
		return
	}
	src := s.candidates[i]
	if s.emailInJobLocked(src.Email, in.TargetJob) {
		writeValidation(w, "Validation failed: candidate already exists", map[string][]string{"email": {"candidate already exists"}})
		return
	}
	stage := in.TargetStage
	if stage == "" {
		stage = "applied"
	}
	now := s.opts.Now().UTC().Truncate(time.Second)
	cp := src
	cp.ID, cp.JobShortcode, cp.StageSlug, cp.OriginatingID = "", in.TargetJob, stage, src.ID
	cp.Disqualified, cp.Withdrew, cp.DisqualifiedAt, cp.HiredAt, cp.Sourced = false, false, nil, nil, false
	cp.CreatedAt, cp.UpdatedAt = now, now
	stored := s.addCandidateLocked(cp)
	writeJSON(w, http.StatusCreated, map[string]any{"candidate": s.candidateJSON(stored, true)})
}
