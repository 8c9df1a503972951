package levertest

import (
	"net/http"
	"slices"
	"time"
)

// listOpportunities serves GET /opportunities: posting_id, stage_id,
// email, contact_id, tag, origin, archive_reason_id (each repeatable or a
// comma list), archived (true/false), confidentiality, created_at_* and
// updated_at_* in ms, expand, and paging. Only updated_at_start is a
// confirmed filter; the names of the others are UNCONFIRMED and the fake
// takes them all.
func (s *Server) listOpportunities(w http.ResponseWriter, r *http.Request, req *Request) {
	q := r.URL.Query()
	win, doubled, err := readWindow(q)
	s.noteDoubled(req, doubled)
	if err != nil {
		badRequest(w, err.Error())
		return
	}
	created, err := readMs(q, "created_at")
	if err != nil {
		badRequest(w, err.Error())
		return
	}
	updated, err := readMs(q, "updated_at")
	if err != nil {
		badRequest(w, err.Error())
		return
	}
	conf, ok := s.readConfidentiality(w, q.Get("confidentiality"))
	if !ok {
		return
	}
	archived := q.Get("archived")
	if archived != "" && archived != "true" && archived != "false" {
		badRequest(w, "archived must be true or false")
		return
	}
	postings, stages, emails := values(q, "posting_id"), values(q, "stage_id"), values(q, "email")
	contacts, tags, origins, reasons := values(q, "contact_id"), values(q, "tag"), values(q, "origin"), values(q, "archive_reason_id")
	ex := readExpand(q)

	s.mu.Lock()
	defer s.mu.Unlock()
	var match []Opportunity
	for _, o := range s.opportunities {
		o = s.withContact(o)
		reason := ""
		if o.Archived != nil {
			reason = o.Archived.Reason
		}
		switch {
		case !conf.shows(s.confidentialLocked(o), s.opts.NoConfidential),
			len(postings) > 0 && !slices.ContainsFunc(o.Postings(), func(p string) bool { return slices.Contains(postings, p) }),
			!anyFold(stages, o.StageID), !anyFold(emails, o.Emails...), !anyFold(contacts, o.ContactID),
			!anyFold(tags, o.Tags...), !anyFold(origins, o.Origin),
			len(reasons) > 0 && !slices.Contains(reasons, reason),
			archived == "true" && o.Archived == nil, archived == "false" && o.Archived != nil,
			!created.match(o.CreatedAt), !updated.match(o.UpdatedAt):
			continue
		}
		match = append(match, o)
	}
	page, next := cut(match, win, func(o Opportunity) (time.Time, string) { return o.CreatedAt, o.ID })
	items := make([]any, 0, len(page))
	for _, o := range page {
		items = append(items, s.opportunityJSON(o, ex))
	}
	writeJSON(w, http.StatusOK, envelope(items, next))
}

// visibleLocked returns the opportunity with id unless it does not exist
// or the key may not see it (confidential, without access). The caller
// holds s.mu.
func (s *Server) visibleLocked(id string) (int, bool) {
	i := s.opportunityIndexLocked(id)
	if i < 0 || s.opts.NoConfidential && s.confidentialLocked(s.opportunities[i]) {
		return -1, false
	}
	return i, true
}

// getOpportunity serves GET /opportunities/{id} with expand.
func (s *Server) getOpportunity(w http.ResponseWriter, r *http.Request, id string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	i, ok := s.visibleLocked(id)
	if !ok {
		notFound(w, "Opportunity")
		return
	}
	writeData(w, http.StatusOK, s.opportunityJSON(s.opportunities[i], readExpand(r.URL.Query())))
}

// listApplications serves GET /opportunities/{id}/applications, in the
// list envelope (one page: an opportunity has few).
func (s *Server) listApplications(w http.ResponseWriter, id string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	i, ok := s.visibleLocked(id)
	if !ok {
		notFound(w, "Opportunity")
		return
	}
	o := s.opportunities[i]
	items := make([]any, 0, len(o.Applications))
	for _, a := range o.Applications {
		items = append(items, s.applicationJSON(o, a))
	}
	writeJSON(w, http.StatusOK, envelope(items, ""))
}

// getApplication serves GET /opportunities/{id}/applications/{aid}.
func (s *Server) getApplication(w http.ResponseWriter, id, appID string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	i, ok := s.visibleLocked(id)
	if !ok {
		notFound(w, "Opportunity")
		return
	}
	o := s.opportunities[i]
	for _, a := range o.Applications {
		if a.ID == appID {
			writeData(w, http.StatusOK, s.applicationJSON(o, a))
			return
		}
	}
	notFound(w, "Application")
}
