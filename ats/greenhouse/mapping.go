package greenhouse

import (
	"encoding/json"
	"strings"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/country"
	"github.com/atsbridge/atsbridge/ats/wire"
)

// The mapping from Greenhouse's records to atsbridge's; the package doc has
// it as a table.

// jobStatus maps a job's status. A status Greenhouse may add later reads
// as closed: nobody should be sent to apply to a job we do not understand.
func jobStatus(s string) ats.JobStatus {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "open":
		return ats.JobOpen
	case "draft":
		return ats.JobDraft
	default:
		return ats.JobClosed
	}
}

// names holds what a job's ids point at: department and office names.
type names struct {
	departments map[string]string
	offices     map[string]wireOffice
}

// place is one office as a location: the office's location name (else
// the office's name) and, when that name has the form "City, Country" or
// "City, Region, Country", its parts.
type place struct {
	text                  string
	city, region, country string
	code                  string // the country's ISO code, from its name
}

// placeOf reads an office as a place. Greenhouse keeps a location as one
// name; splitting it at commas is a reading, not a fact, so a name of one
// part fills only the text.
func placeOf(o wireOffice) place {
	text := strings.TrimSpace(o.Location.Name)
	if text == "" {
		text = strings.TrimSpace(o.Name)
	}
	p := place{text: text}
	parts := strings.Split(text, ",")
	for i := range parts {
		parts[i] = strings.TrimSpace(parts[i])
	}
	switch {
	case len(parts) == 2:
		p.city, p.country = parts[0], parts[1]
	case len(parts) >= 3:
		p.city, p.region, p.country = parts[0], strings.Join(parts[1:len(parts)-1], ", "), parts[len(parts)-1]
	}
	p.code = country.Code(p.country)
	return p
}

// places are the job's offices as places, in office_ids order; offices
// the lookup does not know are left out.
func (n names) places(w *wireJob) []place {
	var out []place
	for _, id := range w.OfficeIDs {
		if o, ok := n.offices[string(id)]; ok {
			if p := placeOf(o); p.text != "" {
				out = append(out, p)
			}
		}
	}
	return out
}

// location is the job's location: the first office's parts, and every
// office's text joined with "; ".
func location(ps []place) ats.Location {
	if len(ps) == 0 {
		return ats.Location{}
	}
	texts := make([]string, 0, len(ps))
	for _, p := range ps {
		texts = append(texts, p.text)
	}
	return ats.Location{
		Text: strings.Join(texts, "; "),
		City: wire.Optional(ps[0].city), Region: wire.Optional(ps[0].region), Country: wire.Optional(ps[0].country),
		CountryCode: wire.Optional(ps[0].code),
	}
}

// customText reads a custom field's value as text: v3's keyed
// {"name", "type", "value"} form, v1's plain value, or a select's
// {"name": ...} option.
func customText(raw json.RawMessage) string {
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return s
	}
	var keyed struct {
		Value json.RawMessage `json:"value"`
		Name  string          `json:"name"`
	}
	if json.Unmarshal(raw, &keyed) != nil {
		return ""
	}
	if len(keyed.Value) > 0 && string(keyed.Value) != "null" {
		return customText(keyed.Value)
	}
	return ""
}

// toJob maps a job. post is the job's post for a single read (nil in
// lists, which carry no description).
func toJob(w *wireJob, raw json.RawMessage, n names, post *wireJobPost, includeRaw bool) ats.Job {
	j := ats.Job{
		ID:        string(w.ID),
		Title:     w.Name,
		Status:    jobStatus(w.Status),
		Location:  location(n.places(w)),
		CreatedAt: w.CreatedAt.UTC(),
		UpdatedAt: w.UpdatedAt.UTC(),
	}
	if w.DepartmentID != "" {
		j.Department = wire.Optional(n.departments[string(w.DepartmentID)])
	}
	if f, ok := w.CustomFields["employment_type"]; ok {
		j.EmploymentType = wire.Optional(customText(f))
	}
	if post != nil {
		j.Description = wire.Optional(wire.First(post.Content, post.Description))
		j.ApplyURL = wire.Optional(post.AbsoluteURL)
	}
	if includeRaw {
		j.Raw = raw
	}
	return j
}

// toCandidate maps a candidate; appIDs are the ids of their candidate
// applications (prospect applications left out).
func toCandidate(w *wireCandidate, appIDs []string, raw json.RawMessage, includeRaw bool) ats.Candidate {
	c := ats.Candidate{
		ID:        string(w.ID),
		FirstName: w.FirstName, LastName: w.LastName,
		Name:           strings.TrimSpace(strings.TrimSpace(w.FirstName) + " " + strings.TrimSpace(w.LastName)),
		Email:          firstContact(w.EmailAddresses),
		Phone:          wire.Optional(firstContact(w.PhoneNumbers)),
		Headline:       headline(w.Title, w.Company),
		Tags:           w.Tags,
		ApplicationIDs: appIDs,
		CreatedAt:      w.CreatedAt.UTC(),
		UpdatedAt:      w.UpdatedAt.UTC(),
	}
	if c.Tags == nil {
		c.Tags = []string{}
	}
	if c.ApplicationIDs == nil {
		c.ApplicationIDs = []string{}
	}
	if includeRaw {
		c.Raw = raw
	}
	return c
}

// headline is "title at company", or whichever of the two is known.
func headline(title, company string) *string {
	title, company = strings.TrimSpace(title), strings.TrimSpace(company)
	if title != "" && company != "" {
		return new(title + " at " + company)
	}
	return wire.Optional(wire.First(title, company))
}

func firstContact(cs []wireContact) string {
	for _, c := range cs {
		if v := strings.TrimSpace(c.Value); v != "" {
			return v
		}
	}
	return ""
}

// reasonKind maps a rejection reason by its type: "We rejected them" ->
// rejected, "They rejected us" -> withdrawn, anything else ("None
// specified") -> other. A reason without a type is read by its name.
func reasonKind(r *wireReason) ats.ReasonKind {
	t := strings.ToLower(r.Type.Name)
	switch {
	case strings.Contains(t, "we rejected"):
		return ats.ReasonRejected
	case strings.Contains(t, "they rejected"):
		return ats.ReasonWithdrawn
	case t == "" && strings.Contains(strings.ToLower(r.Name), "withdr"):
		return ats.ReasonWithdrawn
	default:
		return ats.ReasonOther
	}
}

// applicationStatus maps status: in_process (and anything else still in
// the pipeline) -> active, hired -> hired, rejected -> rejected, or
// withdrawn when the reason says the candidate withdrew. converted
// applications are prospect records that became candidate applications;
// they are not served (see included).
func applicationStatus(w *wireApplication, reason func(id string) ats.ReasonKind) ats.ApplicationStatus {
	switch strings.ToLower(w.Status) {
	case "hired":
		return ats.ApplicationHired
	case "rejected":
		if w.RejectionReasonID != "" && reason != nil && reason(string(w.RejectionReasonID)) == ats.ReasonWithdrawn {
			return ats.ApplicationWithdrawn
		}
		return ats.ApplicationRejected
	default:
		return ats.ApplicationActive
	}
}

// included reports whether an application is one atsbridge serves: a
// candidate application in a job. Prospect applications (no job, or
// several prospective ones) and converted ones (a prospect record that
// became a candidate application, which is served itself) are left out.
func included(w *wireApplication) bool {
	return !w.Prospect && w.job() != "" && !strings.EqualFold(w.Status, "converted")
}

// toApplication maps a candidate application. kind is the stage's kind
// (see stageKinds); reason tells a rejection reason's kind.
func toApplication(w *wireApplication, kind ats.StageKind, reason func(string) ats.ReasonKind, raw json.RawMessage, includeRaw bool) ats.Application {
	id, name := w.stage()
	a := ats.Application{
		ID:          string(w.ID),
		CandidateID: string(w.CandidateID),
		JobID:       w.job(),
		Stage:       ats.Stage{ID: id, Name: name, Kind: kind},
		Status:      applicationStatus(w, reason),
		AppliedAt:   w.appliedAt(),
		UpdatedAt:   w.UpdatedAt.UTC(),
		HiredAt:     w.HiredAt.Ptr(),
	}
	switch a.Status {
	case ats.ApplicationHired:
		// Greenhouse has no hired stage: hiring is a status, and the
		// application stays at its last stage. Its kind says hired, so
		// that ?stage=hired finds it.
		a.Stage.Kind = ats.StageHired
	case ats.ApplicationRejected, ats.ApplicationWithdrawn:
		a.RejectedAt = w.RejectedAt.Ptr()
	}
	if a.UpdatedAt.IsZero() {
		a.UpdatedAt = a.AppliedAt
	}
	if includeRaw {
		a.Raw = raw
	}
	return a
}
