package workable

import (
	"github.com/atsbridge/atsbridge/ats/wire"
)

// The types below read Workable's JSON (providers.md A4). They are lenient
// where the facts are: absent and null fields read as empty, and ids are
// accepted as strings or numbers.

// wireJob is a job of GET /jobs and GET /jobs/{shortcode}.
type wireJob struct {
	ID              wire.ID       `json:"id"`
	Title           string        `json:"title"`
	Shortcode       wire.ID       `json:"shortcode"`
	State           string        `json:"state"`
	Department      string        `json:"department"`
	URL             string        `json:"url"`
	ApplicationURL  string        `json:"application_url"`
	WorkplaceType   string        `json:"workplace_type"`
	Location        *wireLocation `json:"location"`
	EmploymentType  string        `json:"employment_type"`
	Description     string        `json:"description"`
	FullDescription string        `json:"full_description"`
	CreatedAt       wire.Time     `json:"created_at"`
	UpdatedAt       wire.Time     `json:"updated_at"`
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
	ID             wire.ID     `json:"id"`
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
	DisqualifiedAt *wire.Time  `json:"disqualified_at"`
	HiredAt        *wire.Time  `json:"hired_at"`
	Domain         string      `json:"domain"`
	CommonSource   string      `json:"common_source"`
	Tags           []string    `json:"tags"`
	ResumeURL      string      `json:"resume_url"`
	CreatedAt      wire.Time   `json:"created_at"`
	UpdatedAt      wire.Time   `json:"updated_at"`
}

type wireJobRef struct {
	Shortcode wire.ID `json:"shortcode"`
	Title     string  `json:"title"`
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
	ID                wire.ID `json:"id"`
	Description       string  `json:"description"`
	CandidateWithdrew bool    `json:"candidate_withdrew"`
	Position          int     `json:"position"`
}

// wireMember is a member of GET /members.
type wireMember struct {
	ID     wire.ID  `json:"id"`
	Roles  []string `json:"roles"`
	Role   string   `json:"role"`
	Active *bool    `json:"active"`
	Status string   `json:"status"`
}
