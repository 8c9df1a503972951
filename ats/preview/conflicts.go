package preview

import "github.com/atsbridge/atsbridge/ats"

// The errors of the Store contract's rules, written once so every store
// answers a conflict with the same code, message and details. They name
// records by id only: emails are personal data and stay out of errors.

// CandidateExists is the conflict for a taken email.
func CandidateExists(existingID string) *ats.Error {
	return &ats.Error{
		Code:    ats.CodeCandidateExists,
		Message: "A candidate with this email already exists.",
		Details: []ats.Detail{{Field: "email", ExistingID: existingID}},
	}
}

// ApplicationExists is the conflict for a candidate who already applied to
// the job.
func ApplicationExists(existingID string) *ats.Error {
	return &ats.Error{
		Code:    ats.CodeApplicationExists,
		Message: "This candidate has already applied to this job.",
		Details: []ats.Detail{{Field: "job_id", ExistingID: existingID}},
	}
}

// JobNotOpen is the conflict for applying to a job that is closed, draft
// or archived.
func JobNotOpen(jobID string, status ats.JobStatus) *ats.Error {
	return ats.Errorf(ats.CodeJobNotOpen, "Job %q is %s and does not accept applications.", jobID, status)
}
