package ats

import "fmt"

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

// The refusals of the pipeline actions, written once so that every
// provider answers them with the same code, field and hint. who names the
// ATS in messages ("Greenhouse", "the sandbox").

// ApplicationClosed is the refusal of an action on an application whose
// outcome is decided: rejected, withdrawn or hired. action says what was
// refused ("moved", "rejected", "restored"). A rejected or withdrawn one
// can be restored first; a hired one stays as it is.
func ApplicationClosed(id string, status ApplicationStatus, action, who string) *Error {
	e := Errorf(CodeApplicationClosed, "Application %q is %s on %s, so it cannot be %s.", id, status, who, action)
	if status != ApplicationHired {
		e.Message += " Restore it first with POST /applications/" + id + "/restore."
	}
	return e
}

// StageNotInJob is the refusal of a move to a stage that is not one of the
// application's job.
func StageNotInJob(stageID, jobID, who string) *Error {
	return Invalid(fmt.Sprintf("Stage %q is not a stage of job %q on %s; list them with GET /jobs/%s/stages.", stageID, jobID, who, jobID),
		Detail{Field: "stage_id", Problem: "is not a stage of the application's job"})
}

// ReasonRequired is the refusal of a rejection without a reason, where the
// ATS requires one.
func ReasonRequired(who string) *Error {
	return Invalid(fmt.Sprintf("%s requires a reason to reject with; list them with GET /rejection_reasons.", who),
		Detail{Field: "reason_id", Problem: "is required on " + who})
}

// UnknownReason is the refusal of a rejection with a reason the ATS does
// not list.
func UnknownReason(reasonID, who string) *Error {
	return Invalid(fmt.Sprintf("%s has no rejection reason %q; list them with GET /rejection_reasons.", who, reasonID),
		Detail{Field: "reason_id", Problem: "is not one of the rejection reasons"})
}
