package ats

import (
	"encoding/json"
	"time"
)

// JobStatus is the normalized lifecycle state of a job.
type JobStatus string

// The job statuses every provider maps into.
const (
	JobOpen     JobStatus = "open"
	JobClosed   JobStatus = "closed"
	JobDraft    JobStatus = "draft"
	JobArchived JobStatus = "archived"
)

// JobStatuses lists every valid JobStatus, in documentation order.
var JobStatuses = []JobStatus{JobOpen, JobClosed, JobDraft, JobArchived}

// Location is where a job is based. Text is the human-readable form the ATS
// shows; the other fields are filled where the ATS knows them.
type Location struct {
	Text        string  `json:"text"`
	City        *string `json:"city"`
	Region      *string `json:"region"`
	Country     *string `json:"country"`
	CountryCode *string `json:"country_code"`
}

// Job is an opening in the ATS.
type Job struct {
	ID             string          `json:"id"`
	Title          string          `json:"title"`
	Status         JobStatus       `json:"status"`
	Department     *string         `json:"department"`
	Location       Location        `json:"location"`
	Workplace      *string         `json:"workplace"`
	EmploymentType *string         `json:"employment_type"`
	Description    *string         `json:"description,omitempty"`
	URL            *string         `json:"url"`
	ApplyURL       *string         `json:"apply_url"`
	CreatedAt      time.Time       `json:"created_at"`
	UpdatedAt      time.Time       `json:"updated_at"`
	Raw            json.RawMessage `json:"raw,omitempty"`
}

// Workplace values.
const (
	WorkplaceOnSite = "on_site"
	WorkplaceHybrid = "hybrid"
	WorkplaceRemote = "remote"
)

// Candidate is a person known to the ATS.
type Candidate struct {
	ID             string          `json:"id"`
	FirstName      string          `json:"first_name"`
	LastName       string          `json:"last_name"`
	Name           string          `json:"name"`
	Email          string          `json:"email"`
	Phone          *string         `json:"phone"`
	Headline       *string         `json:"headline"`
	Source         *string         `json:"source"`
	Tags           []string        `json:"tags"`
	ResumeURL      *string         `json:"resume_url"`
	ApplicationIDs []string        `json:"application_ids"`
	CreatedAt      time.Time       `json:"created_at"`
	UpdatedAt      time.Time       `json:"updated_at"`
	Raw            json.RawMessage `json:"raw,omitempty"`
}

// StageKind is the normalized kind of a pipeline stage; the stage's own name
// stays the ATS's.
type StageKind string

// The stage kinds every provider maps into.
const (
	StageSourced    StageKind = "sourced"
	StageApplied    StageKind = "applied"
	StageScreening  StageKind = "screening"
	StageAssessment StageKind = "assessment"
	StageInterview  StageKind = "interview"
	StageOffer      StageKind = "offer"
	StageHired      StageKind = "hired"
	StageOther      StageKind = "other"
)

// StageKinds lists every valid StageKind in pipeline order.
var StageKinds = []StageKind{StageSourced, StageApplied, StageScreening, StageAssessment, StageInterview, StageOffer, StageHired, StageOther}

// Stage is where an application sits in the job's pipeline.
type Stage struct {
	ID   string    `json:"id"`
	Name string    `json:"name"`
	Kind StageKind `json:"kind"`
}

// ApplicationStatus is the normalized outcome state of an application.
type ApplicationStatus string

// The application statuses every provider maps into.
const (
	ApplicationActive    ApplicationStatus = "active"
	ApplicationRejected  ApplicationStatus = "rejected"
	ApplicationHired     ApplicationStatus = "hired"
	ApplicationWithdrawn ApplicationStatus = "withdrawn"
)

// ApplicationStatuses lists every valid ApplicationStatus.
var ApplicationStatuses = []ApplicationStatus{ApplicationActive, ApplicationRejected, ApplicationHired, ApplicationWithdrawn}

// Application is one candidate in one job's pipeline.
type Application struct {
	ID          string            `json:"id"`
	CandidateID string            `json:"candidate_id"`
	JobID       string            `json:"job_id"`
	Stage       Stage             `json:"stage"`
	Status      ApplicationStatus `json:"status"`
	Source      *string           `json:"source"`
	AppliedAt   time.Time         `json:"applied_at"`
	RejectedAt  *time.Time        `json:"rejected_at"`
	HiredAt     *time.Time        `json:"hired_at"`
	UpdatedAt   time.Time         `json:"updated_at"`
	Raw         json.RawMessage   `json:"raw,omitempty"`
}
