package ats

// CandidateInput is a validated request to create a candidate, optionally
// applying them to JobID in the same step. The router validates shape and
// format; providers enforce the ATS's own rules (uniqueness, job state).
type CandidateInput struct {
	FirstName string
	LastName  string
	Name      string
	Email     string
	JobID     string
	Phone     *string
	Headline  *string
	Source    *string
	Tags      []string
	ResumeURL *string
	// Resume, when set, is sent to the ATS with the candidate, in the
	// provider's way (see ResumeNotAttached for a partial failure).
	Resume *File
	// ParseResume asks providers whose ATS parses resumes itself (Lever's
	// parse=true) to do so; atsbridge's own parse has already filled the
	// fields the caller left out.
	ParseResume bool
	// Profile is structured data from atsbridge's parse of Resume, for
	// the providers whose ATS takes it; empty without a parse.
	Profile Profile
}

// ApplicationInput is a validated request to apply an existing candidate to a job.
type ApplicationInput struct {
	CandidateID string
	JobID       string
	Source      *string
}
