package ats

// JobStage is one stage of a job's pipeline (GET /jobs/{id}/stages). The
// stages of a job are listed in pipeline order; Position is the stage's
// place in it, 0 for the first.
type JobStage struct {
	ID       string    `json:"id"`
	Name     string    `json:"name"`
	Kind     StageKind `json:"kind"`
	Position int       `json:"position"`
}

// ReasonKind says what a rejection reason records: the company's decision,
// the candidate's withdrawal, or something else.
type ReasonKind string

// The kinds every provider maps its rejection (archive, disqualification)
// reasons into.
const (
	ReasonRejected  ReasonKind = "rejected"
	ReasonWithdrawn ReasonKind = "withdrawn"
	ReasonOther     ReasonKind = "other"
)

// ReasonKinds lists every valid ReasonKind.
var ReasonKinds = []ReasonKind{ReasonRejected, ReasonWithdrawn, ReasonOther}

// RejectionReason is a reason an application can be rejected with
// (GET /rejection_reasons).
type RejectionReason struct {
	ID   string     `json:"id"`
	Name string     `json:"name"`
	Kind ReasonKind `json:"kind"`
}

// MoveInput is a validated request to move an application to another
// stage of its job.
type MoveInput struct {
	StageID string
}

// RejectInput is a validated request to reject an application. ReasonID
// and Note are optional unless the provider requires a reason. The
// candidate is notified (where the ATS emails on rejection) only when
// NotifyCandidate is set.
type RejectInput struct {
	ReasonID        string
	Note            *string
	NotifyCandidate bool
}
