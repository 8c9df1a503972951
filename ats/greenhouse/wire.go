package greenhouse

import (
	"encoding/json"
	"time"

	"github.com/atsbridge/atsbridge/ats/wire"
)

// The types below read Harvest v3's JSON (greenhouse-v3.md §5). They are
// lenient where the facts are not sure: absent and null fields read as
// empty, ids are accepted as numbers or strings, and where v3 renamed a v1
// field the v1 name is read too, as a fallback.

// wireJob is a job of GET /v3/jobs.
type wireJob struct {
	ID            wire.ID                    `json:"id"`
	Name          string                     `json:"name"`
	Status        string                     `json:"status"`
	Confidential  bool                       `json:"confidential"`
	DepartmentID  wire.ID                    `json:"department_id"`
	OfficeIDs     []wire.ID                  `json:"office_ids"`
	CustomFields  map[string]json.RawMessage `json:"custom_fields"`
	RequisitionID wire.ID                    `json:"requisition_id"`
	CreatedAt     wire.Time                  `json:"created_at"`
	UpdatedAt     wire.Time                  `json:"updated_at"`
}

// wireDepartment is a department of GET /v3/departments.
type wireDepartment struct {
	ID   wire.ID `json:"id"`
	Name string  `json:"name"`
}

// wireOffice is an office of GET /v3/offices. location is {"name": ...} in
// v1, and read as a plain string too.
type wireOffice struct {
	ID       wire.ID      `json:"id"`
	Name     string       `json:"name"`
	Location wireLocation `json:"location"`
}

type wireLocation struct{ Name string }

func (l *wireLocation) UnmarshalJSON(b []byte) error {
	var s string
	if json.Unmarshal(b, &s) == nil {
		l.Name = s
		return nil
	}
	var o *struct {
		Name string `json:"name"`
	}
	if err := json.Unmarshal(b, &o); err != nil {
		return err
	}
	if o != nil {
		l.Name = o.Name
	}
	return nil
}

// wireJobPost is a post of GET /v3/job_posts (shape unconfirmed for v3;
// v1's names are read).
type wireJobPost struct {
	ID          wire.ID `json:"id"`
	JobID       wire.ID `json:"job_id"`
	Live        *bool   `json:"live"`
	Active      *bool   `json:"active"`
	Internal    bool    `json:"internal"`
	External    *bool   `json:"external"`
	Content     string  `json:"content"`
	Description string  `json:"description"`
	AbsoluteURL string  `json:"absolute_url"`
}

// wireStage is a stage of GET /v3/job_interview_stages. v1 ordered
// stages by priority; v3 has sort_order.
type wireStage struct {
	ID        wire.ID `json:"id"`
	JobID     wire.ID `json:"job_id"`
	Name      string  `json:"name"`
	SortOrder *int    `json:"sort_order"`
	Priority  *int    `json:"priority"`
	Active    *bool   `json:"active"`
}

// order is the stage's place in its job's pipeline.
func (s *wireStage) order() int {
	switch {
	case s.SortOrder != nil:
		return *s.SortOrder
	case s.Priority != nil:
		return *s.Priority
	}
	return 0
}

// wireContact is one typed email address or phone number.
type wireContact struct {
	Value string `json:"value"`
	Type  string `json:"type"`
}

// wireCandidate is a candidate of GET /v3/candidates. An anonymised
// candidate may come as {"message": ...} alone.
type wireCandidate struct {
	ID             wire.ID       `json:"id"`
	FirstName      string        `json:"first_name"`
	LastName       string        `json:"last_name"`
	Company        string        `json:"company"`
	Title          string        `json:"title"`
	EmailAddresses []wireContact `json:"email_addresses"`
	PhoneNumbers   []wireContact `json:"phone_numbers"`
	Tags           []string      `json:"tags"`
	CreatedAt      wire.Time     `json:"created_at"`
	UpdatedAt      wire.Time     `json:"updated_at"`
}

// wireApplication is an application of GET /v3/applications.
type wireApplication struct {
	ID                  wire.ID    `json:"id"`
	CandidateID         wire.ID    `json:"candidate_id"`
	JobID               wire.ID    `json:"job_id"`
	Prospect            bool       `json:"prospect"`
	Status              string     `json:"status"`
	StageID             wire.ID    `json:"stage_id"`
	JobInterviewStageID wire.ID    `json:"job_interview_stage_id"`
	StageName           string     `json:"stage_name"`
	CurrentStage        *wireRef   `json:"current_stage"` // v1
	Jobs                []wireRef  `json:"jobs"`          // v1
	RejectedAt          *wire.Time `json:"rejected_at"`
	RejectionReasonID   wire.ID    `json:"rejection_reason_id"`
	HiredAt             *wire.Time `json:"hired_at"` // not in the facts; read if sent
	CreatedAt           wire.Time  `json:"created_at"`
	AppliedAt           wire.Time  `json:"applied_at"` // v1
	UpdatedAt           wire.Time  `json:"updated_at"`
	LastActivityAt      wire.Time  `json:"last_activity_at"`
}

// wireRef is v1's embedded {id, name}.
type wireRef struct {
	ID   wire.ID `json:"id"`
	Name string  `json:"name"`
}

// job is the application's job id ("" for a prospect application).
func (a *wireApplication) job() string {
	if a.JobID != "" {
		return string(a.JobID)
	}
	if len(a.Jobs) == 1 && !a.Prospect {
		return string(a.Jobs[0].ID)
	}
	return ""
}

// stage is the application's stage id and name, from whichever fields the
// answer has.
func (a *wireApplication) stage() (id, name string) {
	id, name = string(a.StageID), a.StageName
	if id == "" {
		id = string(a.JobInterviewStageID)
	}
	if a.CurrentStage != nil {
		id = wire.First(id, string(a.CurrentStage.ID))
		name = wire.First(name, a.CurrentStage.Name)
	}
	return id, name
}

// appliedAt is created_at (v3), else applied_at (v1).
func (a *wireApplication) appliedAt() time.Time {
	if t := a.CreatedAt.UTC(); !t.IsZero() {
		return t
	}
	return a.AppliedAt.UTC()
}

// wireReason is a rejection reason of GET /v3/rejection_reasons. Its type
// is {"id", "name"} in v1, and read as a plain string too.
type wireReason struct {
	ID   wire.ID      `json:"id"`
	Name string       `json:"name"`
	Type wireLocation `json:"type"` // the same {name} or "name" shape
}

// wireAttachment is an attachment of GET and POST /v3/attachments.
type wireAttachment struct {
	ID            wire.ID   `json:"id"`
	ApplicationID wire.ID   `json:"application_id"`
	CandidateID   wire.ID   `json:"candidate_id"`
	Type          string    `json:"type"`
	Filename      string    `json:"filename"`
	URL           string    `json:"url"`
	ContentType   string    `json:"content_type"`
	CreatedAt     wire.Time `json:"created_at"`
}
