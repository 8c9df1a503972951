package greenhousetest

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"net/url"
	"time"
)

// The JSON shapes below use Harvest v3's field names (facts §5). Optional
// ids and times are null when absent, lists [] when empty. Renderers are
// called with s.mu held.

// ts writes a timestamp as Greenhouse does: UTC with milliseconds.
func ts(t time.Time) string { return t.UTC().Format("2006-01-02T15:04:05.000Z") }

func tsPtr(t *time.Time) *string {
	if t == nil {
		return nil
	}
	return new(ts(*t))
}

func idPtr(id int64) *int64 {
	if id == 0 {
		return nil
	}
	return &id
}

func strPtr(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func orEmpty[T any](list []T) []T {
	if list == nil {
		return []T{}
	}
	return list
}

func (s *Server) jobJSON(j Job) any {
	custom := map[string]any{}
	if j.EmploymentType != "" {
		custom["employment_type"] = map[string]any{"name": "Employment Type", "type": "single_select", "value": j.EmploymentType}
	}
	return map[string]any{
		"id": j.ID, "name": j.Name, "requisition_id": strPtr(j.RequisitionID), "notes": nil,
		"confidential": j.Confidential, "status": j.Status,
		"opened_at": tsPtr(j.OpenedAt), "closed_at": tsPtr(j.ClosedAt),
		"is_template": false, "copied_from_id": nil,
		"department_id": idPtr(j.DepartmentID), "office_ids": orEmpty(j.OfficeIDs),
		"custom_fields": custom,
		"created_at":    ts(j.CreatedAt), "updated_at": ts(j.UpdatedAt),
	}
}

// departmentJSON and officeJSON follow v1's shapes, which the facts do
// not give for v3 (unconfirmed).
func departmentJSON(d Department) any {
	return map[string]any{"id": d.ID, "name": d.Name, "parent_id": idPtr(d.ParentID), "child_ids": []int64{}, "external_id": nil}
}

func officeJSON(o Office) any {
	var loc any
	if o.Location != "" {
		loc = map[string]any{"name": o.Location}
	}
	return map[string]any{"id": o.ID, "name": o.Name, "location": loc, "parent_id": idPtr(o.ParentID),
		"child_ids": []int64{}, "external_id": nil, "primary_contact_user_id": nil}
}

// jobPostJSON follows v1's job post (unconfirmed for v3).
func jobPostJSON(p JobPost) any {
	return map[string]any{
		"id": p.ID, "job_id": p.JobID, "title": p.Title, "live": p.Live, "active": p.Live,
		"internal": p.Internal, "external": !p.Internal,
		"content": p.Content, "internal_content": strPtr(p.InternalContent),
		"created_at": ts(p.CreatedAt), "updated_at": ts(p.UpdatedAt),
	}
}

func stageJSON(st Stage) any {
	return map[string]any{"id": st.ID, "job_id": st.JobID, "name": st.Name, "sort_order": st.SortOrder,
		"active": !st.Inactive, "created_at": ts(st.CreatedAt), "updated_at": ts(st.UpdatedAt)}
}

func contactsJSON(cs []Contact) []any {
	out := []any{}
	for _, c := range cs {
		out = append(out, map[string]string{"value": c.Value, "type": c.Type})
	}
	return out
}

func candidateJSON(c Candidate) any {
	return map[string]any{
		"id": c.ID, "first_name": c.FirstName, "last_name": c.LastName, "preferred_name": nil,
		"company": strPtr(c.Company), "title": strPtr(c.Title), "private": c.Private, "can_email": true,
		"time_zone": nil, "last_activity_at": ts(c.LastActivityAt), "tags": orEmpty(c.Tags),
		"linked_user_ids": []int64{},
		"email_addresses": contactsJSON(c.Emails), "phone_numbers": contactsJSON(c.Phones),
		"addresses": []any{}, "website_addresses": []any{}, "social_media_addresses": []any{},
		"custom_fields": map[string]any{},
		"created_at":    ts(c.CreatedAt), "updated_at": ts(c.UpdatedAt),
	}
}

func (s *Server) applicationJSON(a Application) any {
	stageName := any(nil)
	if i := find(s.data.stages, a.StageID, func(st Stage) int64 { return st.ID }); i >= 0 {
		stageName = s.data.stages[i].Name
	}
	return map[string]any{
		"id": a.ID, "candidate_id": a.CandidateID, "job_id": idPtr(a.JobID), "job_post_id": nil,
		"prospect": a.Prospect, "prospective_job_ids": orEmpty(a.ProspectiveJobIDs),
		"status": a.Status, "stage_id": idPtr(a.StageID), "job_interview_stage_id": idPtr(a.StageID),
		"stage_name": stageName, "source_id": idPtr(a.SourceID), "referrer_id": nil, "recruiter_id": nil,
		"coordinator_id": nil, "agency_note_id": nil, "needs_decision": false,
		"rejected_at": tsPtr(a.RejectedAt), "rejection_reason_id": idPtr(a.RejectionReasonID),
		"last_activity_at": ts(a.LastActivityAt), "location_address": nil, "answers": []any{},
		"custom_fields": map[string]any{},
		"created_at":    ts(a.CreatedAt), "updated_at": ts(a.UpdatedAt),
	}
}

// typeIDs numbers Greenhouse's three rejection reason types.
var typeIDs = map[string]int{"We rejected them": 1, "They rejected us": 2, "None specified": 3}

// rejectionReasonJSON follows v1's reason {id, name, type {id, name}}
// (unconfirmed for v3).
func rejectionReasonJSON(r RejectionReason) any {
	return map[string]any{"id": r.ID, "name": r.Name, "type": map[string]any{"id": typeIDs[r.Type], "name": r.Type}}
}

// attachmentURLLife is how long an attachment's signed url works.
const attachmentURLLife = 7 * 24 * time.Hour

func (s *Server) attachmentJSON(a Attachment, now time.Time) any {
	return map[string]any{
		"id": a.ID, "application_id": a.ApplicationID, "candidate_id": a.CandidateID, "type": a.Type,
		"filename": a.Filename, "url": s.signedURL(a, now.Add(attachmentURLLife)),
		"created_at": ts(a.CreatedAt), "updated_at": ts(a.UpdatedAt),
	}
}

// signedURL is a presigned url (S3's query-string form) on the file host,
// valid until exp on the fake's clock.
func (s *Server) signedURL(a Attachment, exp time.Time) string {
	return fmt.Sprintf("%s/files/%d/%s?Expires=%d&Signature=%s",
		s.files.URL, a.ID, url.PathEscape(a.Filename), exp.Unix(), s.signature(a.ID, exp.Unix()))
}

func (s *Server) signature(id, exp int64) string {
	m := hmac.New(sha256.New, []byte(s.ClientSecret+"-files"))
	fmt.Fprintf(m, "%d:%d", id, exp)
	return hex.EncodeToString(m.Sum(nil))
}
