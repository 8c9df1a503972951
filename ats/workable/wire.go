package workable

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"
	"time"
)

// The types below read Workable's JSON (providers.md A4). They are lenient
// where the facts are: absent and null fields read as empty, and ids are
// accepted as strings or numbers.

// wireJob is a job of GET /jobs and GET /jobs/{shortcode}.
type wireJob struct {
	ID              flexString    `json:"id"`
	Title           string        `json:"title"`
	Shortcode       flexString    `json:"shortcode"`
	State           string        `json:"state"`
	Department      string        `json:"department"`
	URL             string        `json:"url"`
	ApplicationURL  string        `json:"application_url"`
	WorkplaceType   string        `json:"workplace_type"`
	Location        *wireLocation `json:"location"`
	EmploymentType  string        `json:"employment_type"`
	Description     string        `json:"description"`
	FullDescription string        `json:"full_description"`
	CreatedAt       wireTime      `json:"created_at"`
	UpdatedAt       wireTime      `json:"updated_at"`
}

type wireLocation struct {
	LocationStr   string `json:"location_str"`
	Country       string `json:"country"`
	CountryCode   string `json:"country_code"`
	Region        string `json:"region"`
	RegionCode    string `json:"region_code"`
	City          string `json:"city"`
	Telecommuting bool   `json:"telecommuting"`
	WorkplaceType string `json:"workplace_type"`
}

// wireCandidate is a candidate record: one person in one job (or in the
// talent pool, with no job).
type wireCandidate struct {
	ID             flexString  `json:"id"`
	Name           string      `json:"name"`
	FirstName      string      `json:"firstname"`
	LastName       string      `json:"lastname"`
	Headline       string      `json:"headline"`
	Email          string      `json:"email"`
	Phone          string      `json:"phone"`
	Job            *wireJobRef `json:"job"`
	Stage          string      `json:"stage"`
	StageKind      string      `json:"stage_kind"`
	Disqualified   bool        `json:"disqualified"`
	Withdrew       bool        `json:"withdrew"`
	DisqualifiedAt *wireTime   `json:"disqualified_at"`
	HiredAt        *wireTime   `json:"hired_at"`
	Domain         string      `json:"domain"`
	CommonSource   string      `json:"common_source"`
	Tags           []string    `json:"tags"`
	ResumeURL      string      `json:"resume_url"`
	CreatedAt      wireTime    `json:"created_at"`
	UpdatedAt      wireTime    `json:"updated_at"`
}

type wireJobRef struct {
	Shortcode flexString `json:"shortcode"`
	Title     string     `json:"title"`
}

// jobShortcode is the job the record belongs to, "" in the talent pool.
func (w *wireCandidate) jobShortcode() string {
	if w.Job == nil {
		return ""
	}
	return string(w.Job.Shortcode)
}

// wireStage is a stage of GET /stages and GET /jobs/{shortcode}/stages.
type wireStage struct {
	Slug     string `json:"slug"`
	Name     string `json:"name"`
	Kind     string `json:"kind"`
	Position int    `json:"position"`
}

// wireReason is a disqualification reason of GET /disqualification_reasons.
type wireReason struct {
	ID                flexString `json:"id"`
	Description       string     `json:"description"`
	CandidateWithdrew bool       `json:"candidate_withdrew"`
	Position          int        `json:"position"`
}

// wireMember is a member of GET /members.
type wireMember struct {
	ID     flexString `json:"id"`
	Roles  []string   `json:"roles"`
	Role   string     `json:"role"`
	Active *bool      `json:"active"`
	Status string     `json:"status"`
}

// flexString reads a JSON string or number as a string; ids look numeric
// often enough that a number in some answer would not surprise.
type flexString string

func (f *flexString) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	switch {
	case string(b) == "null":
		*f = ""
	case len(b) > 0 && b[0] == '"':
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
		*f = flexString(s)
	default:
		var n json.Number
		if err := json.Unmarshal(b, &n); err != nil {
			return fmt.Errorf("id: %w", err)
		}
		*f = flexString(n.String())
	}
	return nil
}

// wireTime reads Workable's timestamps: ISO 8601 strings with or without
// fractions or offset, the compact ISO form, or Unix seconds; null and ""
// read as the zero time. Values are kept in UTC.
type wireTime time.Time

func (t *wireTime) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	if string(b) == "null" || string(b) == `""` {
		*t = wireTime{}
		return nil
	}
	if len(b) > 0 && b[0] != '"' {
		f, err := strconv.ParseFloat(string(b), 64)
		if err != nil {
			return fmt.Errorf("timestamp %s: %w", b, err)
		}
		*t = wireTime(time.UnixMilli(int64(f * 1000)).UTC())
		return nil
	}
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04:05.999999999", "20060102T150405Z0700", "2006-01-02"} {
		if v, err := time.Parse(layout, s); err == nil {
			*t = wireTime(v.UTC())
			return nil
		}
	}
	return fmt.Errorf("timestamp %q is not ISO 8601", s)
}

func (t wireTime) time() time.Time { return time.Time(t).UTC() }

// timePtr is the time or nil when absent.
func (t *wireTime) timePtr() *time.Time {
	if t == nil || time.Time(*t).IsZero() {
		return nil
	}
	v := t.time()
	return &v
}
