package levertest

import (
	"net/http"
	"time"
)

// listPostings serves GET /postings: state, confidentiality, team,
// department, location, commitment, level, tag (each repeatable,
// case-insensitive), created_at_* and updated_at_* in ms, and paging. Only
// state, confidentiality and updated_at_start are confirmed filters; the
// fake takes the others too, and a client that relies on them must check
// its results itself.
func (s *Server) listPostings(w http.ResponseWriter, r *http.Request, req *Request) {
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
	states, teams, depts := values(q, "state"), values(q, "team"), values(q, "department")
	locs, commitments, levels, tags := values(q, "location"), values(q, "commitment"), values(q, "level"), values(q, "tag")

	s.mu.Lock()
	defer s.mu.Unlock()
	var match []Posting
	for _, p := range s.postings {
		switch {
		case !conf.shows(p.Confidential, s.opts.NoConfidential),
			!anyFold(states, p.State), !anyFold(teams, p.Team), !anyFold(depts, p.Department),
			!anyFold(locs, p.AllLocations...) && !anyFold(locs, p.Location),
			!anyFold(commitments, p.Commitment), !anyFold(levels, p.Level), !anyFold(tags, p.Tags...),
			!created.match(p.CreatedAt), !updated.match(p.UpdatedAt):
			continue
		}
		match = append(match, p)
	}
	page, next := cut(match, win, func(p Posting) (time.Time, string) { return p.CreatedAt, p.ID })
	items := make([]any, 0, len(page))
	for _, p := range page {
		items = append(items, s.postingJSON(p))
	}
	writeJSON(w, http.StatusOK, envelope(items, next))
}

// getPosting serves GET /postings/{id}. A confidential posting is absent
// for a key without access to confidential data.
func (s *Server) getPosting(w http.ResponseWriter, id string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	p, ok := s.postingLocked(id)
	if !ok || p.Confidential && s.opts.NoConfidential {
		notFound(w, "Posting")
		return
	}
	writeData(w, http.StatusOK, s.postingJSON(p))
}

// confidentiality is a list's confidentiality filter.
type confidentiality string

// readConfidentiality reads confidential, non-confidential or all; the
// default is non-confidential (confidential records are hidden unless
// asked for). With RefuseConfidential, a key without access to
// confidential data that asks for it is refused.
func (s *Server) readConfidentiality(w http.ResponseWriter, v string) (confidentiality, bool) {
	switch v {
	case "":
		return "non-confidential", true
	case "confidential", "all":
		if s.opts.NoConfidential && s.opts.RefuseConfidential {
			writeError(w, http.StatusForbidden, "ForbiddenError", "This API key may not read confidential data")
			return "", false
		}
		return confidentiality(v), true
	case "non-confidential":
		return confidentiality(v), true
	}
	badRequest(w, "confidentiality must be confidential, non-confidential or all")
	return "", false
}

// shows reports whether a record with that confidentiality is listed. A
// key without access never sees confidential records; asking for them is
// not refused (whether Lever refuses is UNCONFIRMED).
func (c confidentiality) shows(confidential, noAccess bool) bool {
	switch {
	case confidential && noAccess:
		return false
	case c == "all":
		return true
	case c == "confidential":
		return confidential
	default:
		return !confidential
	}
}

// noteDoubled records that a request's offset arrived encoded twice.
func (s *Server) noteDoubled(req *Request, doubled bool) {
	if doubled {
		s.Journal.Edit(req, func(req *Request) { req.DoubleEncodedOffset = true })
	}
}
