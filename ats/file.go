package ats

import "io"

// File is a document sent with a candidate (a resume). ContentType is the
// sniffed type, not the one the caller claimed.
type File struct {
	Filename    string
	ContentType string
	Data        []byte
}

// Download is a candidate's file as a provider can hand it out: either its
// bytes (Body, to be closed by the caller) or a URL of the provider's own
// where the caller can fetch it (a signed, expiring link).
type Download struct {
	Filename    string
	ContentType string
	// Size is the length of Body in bytes, or -1 when unknown.
	Size int64
	Body io.ReadCloser
	URL  string
}

// ResumeNotAttached is the error for a create that half succeeded: the
// candidate exists in the ATS (candidateID), but the resume did not reach
// it. The code is the upload's own (an upstream failure keeps its code and
// status; anything else is INTERNAL); the message says plainly what exists
// and what to retry, so that the caller does not create the candidate
// twice. who names the ATS ("Greenhouse").
func ResumeNotAttached(candidateID, who string, cause error) *Error {
	e := AsError(cause)
	return &Error{
		Code: e.Code,
		Message: "Candidate " + candidateID + " was created, but " + who + " did not take the resume (" + e.Message +
			"); send only the resume again with POST /candidates/" + candidateID + "/resume, not the candidate.",
		Details:    []Detail{{Field: "resume", Problem: "was not attached", ExistingID: candidateID}},
		RetryAfter: e.RetryAfter,
		Err:        cause,
	}
}
