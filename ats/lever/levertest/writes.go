package levertest

import (
	"bytes"
	"encoding/json"
	"mime"
	"mime/multipart"
	"net/http"
	"regexp"
	"strings"
	"time"
)

// opportunityBody is the body of POST /opportunities (providers.md C2).
type opportunityBody struct {
	Name     string   `json:"name"`
	Headline string   `json:"headline"`
	Stage    string   `json:"stage"`
	Location string   `json:"location"`
	Phones   []Phone  `json:"phones"`
	Emails   []string `json:"emails"`
	Links    []string `json:"links"`
	Tags     []string `json:"tags"`
	Sources  []string `json:"sources"`
	Origin   string   `json:"origin"`
	Owner    string   `json:"owner"`
	Postings []string `json:"postings"`
	Contact  string   `json:"contact"`
	Archived *struct {
		Reason     string `json:"reason"`
		ArchivedAt int64  `json:"archivedAt"`
	} `json:"archived"`
	resume *Document
}

// createOpportunity serves POST /opportunities?perform_as=, as JSON or as
// multipart/form-data with a resume file (Options.ResumeField) and
// parse=true. Like Lever it files the opportunity under the contact with
// one of its emails, or under body.contact; unlike an atsbridge rule it
// does not refuse a person who already has an opportunity on the posting
// (whether Lever does is UNCONFIRMED, so a client must check itself), nor
// postings that are not published. Success is 201 {"data": <opportunity>}.
func (s *Server) createOpportunity(w http.ResponseWriter, r *http.Request, body []byte) {
	var in opportunityBody
	mediaType, params, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	switch mediaType {
	case "multipart/form-data":
		var err error
		if in, err = s.readMultipartOpportunity(body, params["boundary"]); err != nil {
			badRequest(w, err.Error())
			return
		}
	default:
		if err := json.Unmarshal(body, &in); err != nil {
			badRequest(w, "Invalid JSON body")
			return
		}
	}
	parse := r.URL.Query().Get("parse") == "true"
	if parse && in.resume != nil {
		in.resume.Parsed = true
		parseResume(&in)
	}
	if strings.TrimSpace(in.Name) == "" && in.Contact == "" {
		badRequest(w, "name is required")
		return
	}
	for _, e := range in.Emails {
		if !strings.Contains(e, "@") {
			badRequest(w, "emails must be email addresses")
			return
		}
	}

	s.mu.Lock()
	defer s.mu.Unlock()
	if in.Contact != "" && s.contacts[in.Contact] == nil {
		badRequest(w, "contact not found")
		return
	}
	stage := in.Stage
	if stage == "" {
		stage = "lead-new"
		if in.Origin == "applied" && len(in.Postings) > 0 {
			stage = "applicant-new"
		}
	}
	if s.stageIndexLocked(stage) < 0 {
		badRequest(w, "stage not found")
		return
	}
	now := s.now()
	o := Opportunity{
		ContactID: in.Contact, Name: strings.TrimSpace(in.Name), Headline: in.Headline, Location: in.Location,
		Emails: in.Emails, Phones: in.Phones, StageID: stage, Tags: in.Tags, Sources: in.Sources, Links: in.Links,
		Origin: in.Origin, Owner: r.URL.Query().Get("perform_as"), CreatedAt: now, UpdatedAt: now,
	}
	if in.Owner != "" {
		o.Owner = in.Owner
	}
	for _, id := range in.Postings {
		p, ok := s.postingLocked(id)
		if !ok || p.Confidential && s.opts.NoConfidential {
			badRequest(w, "posting not found: "+id)
			return
		}
		typ := "user"
		if in.Origin == "applied" {
			typ = "posting"
		}
		o.Applications = append(o.Applications, Application{PostingID: id, Type: typ, CreatedAt: now})
	}
	if in.Archived != nil {
		if _, ok := s.reasonLocked(in.Archived.Reason); !ok {
			badRequest(w, "archive reason not found")
			return
		}
		o.Archived = &Archive{Reason: in.Archived.Reason, At: now}
	}
	if in.resume != nil {
		in.resume.ID, in.resume.UploadedAt = s.newID(), now
		o.Resumes = []Document{*in.resume}
	}
	stored := s.addOpportunityLocked(o)
	writeData(w, http.StatusCreated, s.opportunityJSON(stored, readExpand(r.URL.Query())))
}

// readMultipartOpportunity reads the multipart form of a create: the same
// fields as JSON, lists as name[] (or name) repeated, phones as phones[]
// or phones[][value] / phones[N][value], and the resume file.
func (s *Server) readMultipartOpportunity(body []byte, boundary string) (opportunityBody, error) {
	var in opportunityBody
	if boundary == "" {
		return in, errBadMultipart
	}
	form, err := multipart.NewReader(bytes.NewReader(body), boundary).ReadForm(maxBody)
	if err != nil {
		return in, errBadMultipart
	}
	defer func() { _ = form.RemoveAll() }()
	get := func(k string) string {
		if v := form.Value[k]; len(v) > 0 {
			return v[0]
		}
		return ""
	}
	many := func(k string) []string { return append(form.Value[k+"[]"], form.Value[k]...) }
	in.Name, in.Headline, in.Stage, in.Location = get("name"), get("headline"), get("stage"), get("location")
	in.Origin, in.Owner, in.Contact = get("origin"), get("owner"), get("contact")
	in.Emails, in.Links, in.Tags, in.Sources, in.Postings = many("emails"), many("links"), many("tags"), many("sources"), many("postings")
	for k, vs := range form.Value {
		if k == "phones[]" || phoneValueKey.MatchString(k) {
			for _, v := range vs {
				in.Phones = append(in.Phones, Phone{Value: v})
			}
		}
	}
	if fhs := form.File[s.opts.ResumeField]; len(fhs) > 0 {
		f, err := fhs[0].Open()
		if err != nil {
			return in, errBadMultipart
		}
		defer f.Close()
		var buf bytes.Buffer
		if _, err := buf.ReadFrom(f); err != nil {
			return in, errBadMultipart
		}
		in.resume = &Document{Name: fhs[0].Filename, ContentType: fhs[0].Header.Get("Content-Type"), Data: buf.Bytes()}
	}
	return in, nil
}

var phoneValueKey = regexp.MustCompile(`^phones\[\d*\]\[value\]$`)

type badMultipartError struct{}

func (badMultipartError) Error() string { return "Invalid multipart body" }

var errBadMultipart = badMultipartError{}

var emailInText = regexp.MustCompile(`[^\s@<>"']+@[^\s@<>"']+\.[A-Za-z]{2,}`)

// parseResume is the fake's stand-in for Lever's resume parsing: fields
// the body left out are filled from a plain-text resume, the name from its
// first line and the email from the first address in it.
func parseResume(in *opportunityBody) {
	text := string(in.resume.Data)
	if strings.TrimSpace(in.Name) == "" {
		first, _, _ := strings.Cut(strings.TrimSpace(text), "\n")
		in.Name = strings.TrimSpace(first)
	}
	if len(in.Emails) == 0 {
		if e := emailInText.FindString(text); e != "" {
			in.Emails = []string{e}
		}
	}
}

// changeStage serves PUT /opportunities/{id}/stage {"stage": "<id>"}: a
// stage change, recorded in stageChanges, answered with the opportunity.
// Lever's answer to a move of an archived opportunity is UNCONFIRMED; the
// fake moves it.
func (s *Server) changeStage(w http.ResponseWriter, r *http.Request, body []byte, id string) {
	var in struct {
		Stage string `json:"stage"`
	}
	if err := json.Unmarshal(body, &in); err != nil {
		badRequest(w, "Invalid JSON body")
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	i, ok := s.visibleLocked(id)
	if !ok {
		notFound(w, "Opportunity")
		return
	}
	idx := s.stageIndexLocked(in.Stage)
	if idx < 0 {
		badRequest(w, "stage not found")
		return
	}
	now := s.now()
	o := &s.opportunities[i]
	o.StageID = in.Stage
	o.StageChanges = append(o.StageChanges, StageChange{ToStageID: in.Stage, ToStageIndex: idx, At: now, UserID: r.URL.Query().Get("perform_as")})
	o.UpdatedAt, o.LastAdvancedAt = now, now
	writeData(w, http.StatusOK, s.opportunityJSON(*o, readExpand(r.URL.Query())))
}

// changeArchived serves PUT /opportunities/{id}/archived: {"reason":
// "<archive reason id>"} archives, {"reason": null} restores (the
// unarchive form is UNCONFIRMED; null is the facts' reading). An unknown or
// inactive reason is refused.
func (s *Server) changeArchived(w http.ResponseWriter, r *http.Request, body []byte, id string) {
	var in struct {
		Reason          *string `json:"reason"`
		CleanInterviews bool    `json:"cleanInterviews"`
	}
	if err := json.Unmarshal(body, &in); err != nil {
		badRequest(w, "Invalid JSON body")
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	i, ok := s.visibleLocked(id)
	if !ok {
		notFound(w, "Opportunity")
		return
	}
	o := &s.opportunities[i]
	now := s.now()
	if in.Reason == nil {
		o.Archived = nil
	} else {
		reason, ok := s.reasonLocked(*in.Reason)
		if !ok || reason.Status != "active" {
			badRequest(w, "archive reason not found")
			return
		}
		o.Archived = &Archive{Reason: reason.ID, At: now}
	}
	o.UpdatedAt = now
	writeData(w, http.StatusOK, s.opportunityJSON(*o, readExpand(r.URL.Query())))
}

// addNote serves POST /opportunities/{id}/notes {"value": "..."}, answered
// 201 {"data": {"noteId": ...}}.
func (s *Server) addNote(w http.ResponseWriter, r *http.Request, body []byte, id string) {
	var in struct {
		Value string `json:"value"`
	}
	if err := json.Unmarshal(body, &in); err != nil || strings.TrimSpace(in.Value) == "" {
		badRequest(w, "value is required")
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	i, ok := s.visibleLocked(id)
	if !ok {
		notFound(w, "Opportunity")
		return
	}
	s.opportunities[i].Notes = append(s.opportunities[i].Notes, in.Value)
	writeData(w, http.StatusCreated, map[string]string{"noteId": s.newID()})
}

// touchLocked marks opportunity i as updated now. The caller holds s.mu.
func (s *Server) touchLocked(i int) time.Time {
	now := s.now()
	s.opportunities[i].UpdatedAt = now
	return now
}
