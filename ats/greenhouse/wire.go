package greenhouse

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// The types below read Harvest v3's JSON (greenhouse-v3.md §5). They are
// lenient where the facts are not sure: absent and null fields read as
// empty, ids are accepted as numbers or strings, and where v3 renamed a v1
// field the v1 name is read too, as a fallback.

// wireJob is a job of GET /v3/jobs.
type wireJob struct {
	ID            flexID                     `json:"id"`
	Name          string                     `json:"name"`
	Status        string                     `json:"status"`
	Confidential  bool                       `json:"confidential"`
	DepartmentID  flexID                     `json:"department_id"`
	OfficeIDs     []flexID                   `json:"office_ids"`
	CustomFields  map[string]json.RawMessage `json:"custom_fields"`
	RequisitionID flexString                 `json:"requisition_id"`
	CreatedAt     wireTime                   `json:"created_at"`
	UpdatedAt     wireTime                   `json:"updated_at"`
}

// wireDepartment is a department of GET /v3/departments.
type wireDepartment struct {
	ID   flexID `json:"id"`
	Name string `json:"name"`
}

// wireOffice is an office of GET /v3/offices. location is {"name": ...} in
// v1, and read as a plain string too.
type wireOffice struct {
	ID       flexID       `json:"id"`
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
	ID          flexID `json:"id"`
	JobID       flexID `json:"job_id"`
	Live        *bool  `json:"live"`
	Active      *bool  `json:"active"`
	Internal    bool   `json:"internal"`
	External    *bool  `json:"external"`
	Content     string `json:"content"`
	Description string `json:"description"`
	AbsoluteURL string `json:"absolute_url"`
}

// wireStage is a stage of GET /v3/job_interview_stages. v1 ordered
// stages by priority; v3 has sort_order.
type wireStage struct {
	ID        flexID `json:"id"`
	JobID     flexID `json:"job_id"`
	Name      string `json:"name"`
	SortOrder *int   `json:"sort_order"`
	Priority  *int   `json:"priority"`
	Active    *bool  `json:"active"`
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
	ID             flexID        `json:"id"`
	FirstName      string        `json:"first_name"`
	LastName       string        `json:"last_name"`
	Company        string        `json:"company"`
	Title          string        `json:"title"`
	EmailAddresses []wireContact `json:"email_addresses"`
	PhoneNumbers   []wireContact `json:"phone_numbers"`
	Tags           []string      `json:"tags"`
	CreatedAt      wireTime      `json:"created_at"`
	UpdatedAt      wireTime      `json:"updated_at"`
}

// wireApplication is an application of GET /v3/applications.
type wireApplication struct {
	ID                  flexID    `json:"id"`
	CandidateID         flexID    `json:"candidate_id"`
	JobID               flexID    `json:"job_id"`
	Prospect            bool      `json:"prospect"`
	Status              string    `json:"status"`
	StageID             flexID    `json:"stage_id"`
	JobInterviewStageID flexID    `json:"job_interview_stage_id"`
	StageName           string    `json:"stage_name"`
	CurrentStage        *wireRef  `json:"current_stage"` // v1
	Jobs                []wireRef `json:"jobs"`          // v1
	RejectedAt          *wireTime `json:"rejected_at"`
	RejectionReasonID   flexID    `json:"rejection_reason_id"`
	HiredAt             *wireTime `json:"hired_at"` // not in the facts; read if sent
	CreatedAt           wireTime  `json:"created_at"`
	AppliedAt           wireTime  `json:"applied_at"` // v1
	UpdatedAt           wireTime  `json:"updated_at"`
	LastActivityAt      wireTime  `json:"last_activity_at"`
}

// wireRef is v1's embedded {id, name}.
type wireRef struct {
	ID   flexID `json:"id"`
	Name string `json:"name"`
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
		id = firstNonEmpty(id, string(a.CurrentStage.ID))
		name = firstNonEmpty(name, a.CurrentStage.Name)
	}
	return id, name
}

// appliedAt is created_at (v3), else applied_at (v1).
func (a *wireApplication) appliedAt() time.Time {
	if t := a.CreatedAt.time(); !t.IsZero() {
		return t
	}
	return a.AppliedAt.time()
}

// wireReason is a rejection reason of GET /v3/rejection_reasons. Its type
// is {"id", "name"} in v1, and read as a plain string too.
type wireReason struct {
	ID   flexID       `json:"id"`
	Name string       `json:"name"`
	Type wireLocation `json:"type"` // the same {name} or "name" shape
}

// wireAttachment is an attachment of GET and POST /v3/attachments.
type wireAttachment struct {
	ID            flexID   `json:"id"`
	ApplicationID flexID   `json:"application_id"`
	CandidateID   flexID   `json:"candidate_id"`
	Type          string   `json:"type"`
	Filename      string   `json:"filename"`
	URL           string   `json:"url"`
	ContentType   string   `json:"content_type"`
	CreatedAt     wireTime `json:"created_at"`
}

// flexID reads an id sent as a JSON number or string (null reads as "").
// Numbers are kept as written, so ids beyond 2^53 survive.
type flexID string

func (f *flexID) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	switch {
	case string(b) == "null":
		*f = ""
	case len(b) > 0 && b[0] == '"':
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
		*f = flexID(strings.TrimSpace(s))
	default:
		var n json.Number
		if err := json.Unmarshal(b, &n); err != nil {
			return fmt.Errorf("id: %w", err)
		}
		*f = flexID(n.String())
	}
	return nil
}

// flexString reads a string, or a number as its text.
type flexString string

func (f *flexString) UnmarshalJSON(b []byte) error {
	var id flexID
	if err := id.UnmarshalJSON(b); err != nil {
		return err
	}
	*f = flexString(id)
	return nil
}

// wireTime reads Greenhouse's timestamps: ISO 8601 with or without
// fraction, with Z or an offset with or without colon; null and "" read
// as the zero time. Values are kept in UTC.
type wireTime time.Time

func (t *wireTime) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	if string(b) == "null" || string(b) == `""` {
		*t = wireTime{}
		return nil
	}
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("timestamp: %w", err)
	}
	v, err := parseTime(s)
	if err != nil {
		return err
	}
	*t = wireTime(v)
	return nil
}

// timeLayouts are the forms of ISO 8601 that Greenhouse's answers and the
// token endpoint's expires_at may take.
var timeLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04:05.999999999Z0700", // +0000, Airbyte's %z
	"2006-01-02T15:04:05.999999999",      // no zone: UTC
	"2006-01-02 15:04:05.999999999Z07:00",
	"2006-01-02 15:04:05.999999999 -0700",
	"2006-01-02 15:04:05.999999999 MST",
}

// parseTime reads a timestamp in any of timeLayouts, or Unix seconds.
func parseTime(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	for _, layout := range timeLayouts {
		if v, err := time.Parse(layout, s); err == nil {
			return v.UTC(), nil
		}
	}
	if f, err := strconv.ParseFloat(s, 64); err == nil && f > 0 {
		return time.UnixMilli(int64(f * 1000)).UTC(), nil
	}
	return time.Time{}, fmt.Errorf("timestamp %q is not ISO 8601", s)
}

func (t wireTime) time() time.Time { return time.Time(t).UTC() }

// timePtr is the time, or nil when absent.
func (t *wireTime) timePtr() *time.Time {
	if t == nil || time.Time(*t).IsZero() {
		return nil
	}
	v := t.time()
	return &v
}
