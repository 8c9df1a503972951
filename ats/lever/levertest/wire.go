package levertest

import (
	"net/url"
	"path"
	"strings"
	"time"
)

// The JSON shapes below use Lever's recorded field names (providers.md C4).
// Times are epoch milliseconds; absent values are null.

func ms(t time.Time) int64 { return t.UnixMilli() }

func msPtr(t *time.Time) *int64 {
	if t == nil || t.IsZero() {
		return nil
	}
	v := t.UnixMilli()
	return &v
}

func orNil(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func list[T any](v []T) []T {
	if v == nil {
		return []T{}
	}
	return v
}

// siteURL is the public job site of the fake's account.
const siteURL = "https://jobs.lever.co/acme"

func (s *Server) postingJSON(p Posting) map[string]any {
	lists := make([]map[string]string, 0, len(p.Lists))
	for _, l := range p.Lists {
		lists = append(lists, map[string]string{"text": l.Text, "content": l.Content})
	}
	conf := "non-confidential"
	if p.Confidential {
		conf = "confidential"
	}
	channels := []string{"internal"}
	if p.State == "published" {
		channels = []string{"public", "internal"}
	}
	return map[string]any{
		"id": p.ID, "text": p.Text, "state": p.State, "distributionChannels": channels,
		"user": p.Owner, "owner": orNil(p.Owner), "hiringManager": nil, "confidentiality": conf,
		"categories": map[string]any{
			"commitment": orNil(p.Commitment), "department": orNil(p.Department), "level": orNil(p.Level),
			"location": orNil(p.Location), "team": orNil(p.Team), "allLocations": list(p.AllLocations),
		},
		"tags": list(p.Tags),
		"content": map[string]any{
			"description": p.Description, "descriptionHtml": p.DescriptionHTML, "lists": lists,
			"closing": p.Closing, "closingHtml": orEmptyHTML(p.Closing),
		},
		"country": orNil(p.Country), "followers": []string{}, "reqCode": nil, "requisitionCodes": []string{},
		"urls": map[string]string{
			"list": siteURL, "show": siteURL + "/" + p.ID, "apply": siteURL + "/" + p.ID + "/apply",
		},
		"workplaceType": p.WorkplaceType, "createdAt": ms(p.CreatedAt), "updatedAt": ms(p.UpdatedAt),
	}
}

func orEmptyHTML(s string) string {
	if s == "" {
		return ""
	}
	return "<div>" + s + "</div>"
}

// expansion is the set of fields a read asked to expand (expand=, repeated
// or as a comma list: UNCONFIRMED which, so both).
type expansion map[string]bool

func readExpand(q url.Values) expansion {
	e := expansion{}
	for _, v := range values(q, "expand") {
		e[v] = true
	}
	return e
}

// opportunityJSON renders o with its contact's person fields. The caller
// holds s.mu.
func (s *Server) opportunityJSON(o Opportunity, ex expansion) map[string]any {
	o = s.withContact(o)
	var archived any
	if o.Archived != nil {
		archived = map[string]any{"reason": o.Archived.Reason, "archivedAt": ms(o.Archived.At)}
	}
	changes := make([]map[string]any, 0, len(o.StageChanges))
	for _, c := range o.StageChanges {
		changes = append(changes, map[string]any{"toStageId": c.ToStageID, "toStageIndex": c.ToStageIndex, "updatedAt": ms(c.At), "userId": c.UserID})
	}
	conf := "non-confidential"
	if s.confidentialLocked(o) {
		conf = "confidential"
	}
	var stage any = o.StageID
	if ex["stage"] {
		stage = map[string]string{"id": o.StageID, "text": s.stageTextLocked(o.StageID)}
	}
	var contact any = o.ContactID
	if ex["contact"] {
		contact = map[string]any{
			"id": o.ContactID, "name": o.Name, "headline": o.Headline, "isAnonymized": false,
			"location": map[string]string{"name": o.Location}, "emails": list(o.Emails), "phones": phonesJSON(o.Phones),
		}
	}
	var owner any = o.Owner
	if ex["owner"] {
		if u, ok := s.userLocked(o.Owner); ok {
			owner = userJSON(u)
		}
	}
	apps := make([]any, 0, len(o.Applications))
	for _, a := range o.Applications {
		if ex["applications"] {
			apps = append(apps, s.applicationJSON(o, a))
		} else {
			apps = append(apps, a.ID)
		}
	}
	var posting string
	if ps := o.Postings(); len(ps) > 0 {
		posting = ps[0]
	}
	return map[string]any{
		"id": o.ID, "name": o.Name, "contact": contact, "headline": o.Headline, "stage": stage,
		"confidentiality": conf, "location": o.Location, "phones": phonesJSON(o.Phones), "emails": list(o.Emails),
		"links": list(o.Links), "archived": archived, "tags": list(o.Tags), "sources": list(o.Sources),
		"stageChanges": changes, "origin": o.Origin, "sourcedBy": o.Owner, "owner": owner, "followers": []string{o.Owner},
		"applications": apps, "createdAt": ms(o.CreatedAt), "updatedAt": ms(o.UpdatedAt),
		"lastInteractionAt": ms(o.UpdatedAt), "lastAdvancedAt": ms(o.LastAdvancedAt), "snoozedUntil": nil,
		"urls": map[string]string{
			"list": "https://hire.lever.co/candidates", "show": "https://hire.lever.co/candidates/" + o.ID,
		},
		"isAnonymized": false, "dataProtection": nil, "opportunityLocation": s.postingLocationLocked(posting),
	}
}

func phonesJSON(ps []Phone) []map[string]string {
	out := make([]map[string]string, 0, len(ps))
	for _, p := range ps {
		out = append(out, map[string]string{"type": p.Type, "value": p.Value})
	}
	return out
}

// applicationJSON renders one application of o (the shape of GET
// /opportunities/{id}/applications/{aid}). The caller holds s.mu.
func (s *Server) applicationJSON(o Opportunity, a Application) map[string]any {
	var postingOwner *string
	if p, ok := s.postingLocked(a.PostingID); ok {
		postingOwner = orNil(p.Owner)
	}
	var archived any
	if o.Archived != nil {
		archived = map[string]any{"reason": o.Archived.Reason, "archivedAt": ms(o.Archived.At)}
	}
	return map[string]any{
		"id": a.ID, "type": a.Type, "candidateId": o.ID, "opportunityId": o.ID, "posting": orNil(a.PostingID),
		"postingHiringManager": nil, "postingOwner": postingOwner, "name": nil, "company": nil, "phone": nil,
		"email": nil, "links": []string{}, "comments": nil, "user": o.Owner, "customQuestions": []any{},
		"createdAt": ms(a.CreatedAt), "archived": archived, "requisitionForHire": nil,
	}
}

func userJSON(u User) map[string]any {
	return map[string]any{
		"id": u.ID, "name": u.Name, "username": u.Username, "email": u.Email, "accessRole": u.AccessRole,
		"createdAt": ms(u.CreatedAt), "deactivatedAt": msPtr(u.DeactivatedAt), "externalDirectoryId": nil, "photo": nil,
	}
}

// documentJSON renders a file (kind docFile) or the file part of a
// resume.
func (s *Server) documentJSON(oppID string, kind docKind, d Document) map[string]any {
	ext := strings.TrimPrefix(path.Ext(d.Name), ".")
	return map[string]any{
		"id": d.ID, "name": d.Name, "ext": ext, "size": len(d.Data), "status": "processed",
		"uploadedAt":  ms(d.UploadedAt),
		"downloadUrl": s.URL + "/opportunities/" + oppID + "/" + string(kind) + "/" + d.ID + "/download",
	}
}

func (s *Server) resumeJSON(oppID string, d Document) map[string]any {
	parsed := map[string]any{"positions": []any{}, "schools": []any{}}
	if d.Parsed {
		parsed["positions"] = []any{map[string]any{"org": "Parsed Org", "title": "Parsed Title"}}
	}
	return map[string]any{
		"id": d.ID, "createdAt": ms(d.UploadedAt), "file": s.documentJSON(oppID, docResume, d), "parsedData": parsed,
	}
}

func (s *Server) stageTextLocked(id string) string {
	for _, st := range s.stages {
		if st.ID == id {
			return st.Text
		}
	}
	return ""
}

func (s *Server) postingLocationLocked(id string) string {
	if p, ok := s.postingLocked(id); ok {
		return p.Location
	}
	return ""
}
