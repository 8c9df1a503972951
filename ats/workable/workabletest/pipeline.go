package workabletest

import (
	"encoding/json"
	"net/http"
	"time"
	"unicode/utf8"
)

// The pipeline actions of a candidate record (providers.md A2): move,
// disqualify and revert act as a member and answer 200 with a body that is
// not JSON; each stamps updated_at. A record is changed whatever its state
// (Workable moves a disqualified candidate and keeps it disqualified);
// refusing closed records is atsbridge's rule, not Workable's.

// actionBody is the body of move, disqualify and revert.
type actionBody struct {
	MemberID           string `json:"member_id"`
	TargetStage        string `json:"target_stage"`
	DisqualifyReasonID string `json:"disqualify_reason_id"`
	DisqualifyNote     string `json:"disqualify_note"`
	Withdrew           *bool  `json:"withdrew"`
}

// action reads an action's body and finds its candidate; the caller holds
// s.mu from then on and applies the change. It answers the failure itself
// and returns -1.
func (s *Server) action(w http.ResponseWriter, body []byte, id string) (actionBody, int) {
	var in actionBody
	if err := json.Unmarshal(body, &in); err != nil {
		writeError(w, http.StatusBadRequest, "Invalid JSON")
		return in, -1
	}
	s.mu.Lock()
	if !s.memberOK(in.MemberID) {
		s.mu.Unlock()
		writeValidation(w, "Validation failed", map[string][]string{"member_id": {"is invalid"}})
		return in, -1
	}
	i := s.candidateIndex(id)
	if i < 0 {
		s.mu.Unlock()
		writeError(w, http.StatusNotFound, "Not found")
		return in, -1
	}
	return in, i
}

// done stamps the record changed and answers 200 with body, unlocking s.mu.
func (s *Server) done(w http.ResponseWriter, i int, body string) {
	s.candidates[i].UpdatedAt = s.opts.Now().UTC().Truncate(time.Second)
	s.mu.Unlock()
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.WriteHeader(http.StatusOK)
	_, _ = w.Write([]byte(body))
}

// moveCandidate serves POST /candidates/{id}/move {member_id, target_stage}
// and answers 200 with an empty body, as recorded. The stage must be one of
// the candidate's job's pipeline; moving into the hired stage hires.
func (s *Server) moveCandidate(w http.ResponseWriter, body []byte, id string) {
	in, i := s.action(w, body, id)
	if i < 0 {
		return
	}
	c := &s.candidates[i]
	known := false
	for _, st := range s.stagesOf(c.JobShortcode) {
		known = known || st.Slug == in.TargetStage
	}
	if !known {
		s.mu.Unlock()
		writeValidation(w, "Validation failed", map[string][]string{"target_stage": {"is invalid"}})
		return
	}
	c.StageSlug = in.TargetStage
	if s.stageBySlug(c.JobShortcode, c.StageSlug).Kind == "hired" && c.HiredAt == nil {
		c.HiredAt = new(s.opts.Now().UTC().Truncate(time.Second))
	}
	s.done(w, i, "")
}

// disqualifyCandidate serves POST /candidates/{id}/disqualify {member_id,
// disqualify_reason_id?, disqualify_note? (at most 256 characters),
// withdrew?}: a reason must be the account's; the category is withdrew
// when given, else the reason's.
func (s *Server) disqualifyCandidate(w http.ResponseWriter, body []byte, id string) {
	in, i := s.action(w, body, id)
	if i < 0 {
		return
	}
	problems := map[string][]string{}
	r, ok := s.reasonByID(in.DisqualifyReasonID)
	if in.DisqualifyReasonID != "" && !ok {
		problems["disqualify_reason_id"] = []string{"is invalid"}
	}
	if utf8.RuneCountInString(in.DisqualifyNote) > 256 {
		problems["disqualify_note"] = []string{"is too long (maximum is 256 characters)"}
	}
	if len(problems) > 0 {
		s.mu.Unlock()
		writeValidation(w, "Validation failed", problems)
		return
	}
	c := &s.candidates[i]
	withdrew := r.Withdrew
	if in.Withdrew != nil {
		withdrew = *in.Withdrew
	}
	c.Disqualified, c.Withdrew = true, withdrew
	c.DisqualifiedAt = new(s.opts.Now().UTC().Truncate(time.Second))
	c.DisqualifyReasonID, c.DisqualifyNote = in.DisqualifyReasonID, in.DisqualifyNote
	s.done(w, i, " ")
}

// revertCandidate serves POST /candidates/{id}/revert {member_id}: the
// record is qualified again, in the stage it had.
func (s *Server) revertCandidate(w http.ResponseWriter, body []byte, id string) {
	_, i := s.action(w, body, id)
	if i < 0 {
		return
	}
	c := &s.candidates[i]
	c.Disqualified, c.Withdrew, c.DisqualifiedAt = false, false, nil
	c.DisqualifyReasonID, c.DisqualifyNote = "", ""
	s.done(w, i, " ")
}

// listReasons serves GET /disqualification_reasons. The envelope key is
// unconfirmed; the fake uses the endpoint's name, as Workable's other
// lists do.
func (s *Server) listReasons(w http.ResponseWriter) {
	s.mu.Lock()
	defer s.mu.Unlock()
	type reasonJSON struct {
		ID                string `json:"id"`
		Description       string `json:"description"`
		CandidateWithdrew bool   `json:"candidate_withdrew"`
		Position          int    `json:"position"`
	}
	out := make([]reasonJSON, 0, len(s.reasons))
	for _, r := range s.reasons {
		out = append(out, reasonJSON{ID: r.ID, Description: r.Description, CandidateWithdrew: r.Withdrew, Position: r.Position})
	}
	writeJSON(w, http.StatusOK, map[string]any{"disqualification_reasons": out})
}
