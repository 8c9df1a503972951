package router

import (
	"context"
	"strings"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/resume"
)

// fillFromResume serves POST /candidates with parse_resume: the resume is
// parsed (resume.Parse) and fills the fields the caller left out (name,
// email, phone, headline), each only with a value that passes the checks
// the caller's own would; the parse's structured data goes to in.Profile
// for the providers that take it.
//
// A resume that cannot be read is no failure while the caller's fields
// make a complete candidate (name and email): the candidate is created
// from them, with the file. Otherwise the answer is 422
// RESUME_UNREADABLE naming each field that is missing, with the reason
// the file could not be read; and when the file was read but lacks a
// field, 400 INPUT_INVALID naming it.
func fillFromResume(ctx context.Context, in *ats.CandidateInput, up *resumeUpload) error {
	if up == nil {
		return ats.Invalid("parse_resume needs a resume to read: send the file in resume.",
			ats.Detail{Field: "parse_resume", Problem: "needs a resume file"})
	}
	res, perr := resume.Parse(ctx, up.Data)
	if perr != nil && ctx.Err() != nil {
		return perr
	}
	if perr == nil {
		c := res.Candidate
		if in.Name == "" && in.FirstName == "" && in.LastName == "" && acceptable(c.Name, maxNameLen) {
			in.Name = strings.Join(strings.Fields(c.Name), " ")
		}
		if in.Email == "" && c.Email != "" && emailProblem(c.Email) == "" {
			in.Email = c.Email
		}
		if in.Phone == nil && acceptable(c.Phone, 50) {
			in.Phone = new(strings.TrimSpace(c.Phone))
		}
		if in.Headline == nil && acceptable(c.Headline, 255) {
			in.Headline = new(strings.TrimSpace(c.Headline))
		}
		in.Profile = res.Profile()
	}
	var missing []ats.Detail
	var names []string
	why := "the resume does not give one"
	if perr != nil {
		why = "the resume could not be read to fill it in"
	}
	if in.Name == "" && (in.FirstName == "" || in.LastName == "") {
		missing = append(missing, ats.Detail{Field: "name", Problem: "is required: " + why})
		names = append(names, "name")
	}
	if in.Email == "" {
		missing = append(missing, ats.Detail{Field: "email", Problem: "is required: " + why})
		names = append(names, "email")
	}
	switch {
	case len(missing) == 0:
		return nil
	case perr != nil:
		return &ats.Error{Code: ats.CodeResumeUnreadable, Details: missing, Err: perr,
			Message: "The resume could not be read to fill in " + strings.Join(names, " and ") + " (" +
				strings.TrimSuffix(ats.AsError(perr).Message, ".") + "); send them with the file."}
	}
	return ats.Invalid("The resume does not give the candidate's "+strings.Join(names, " and ")+"; send them with the file.", missing...)
}

// acceptable reports whether a value from a parse passes the checks a
// caller's value of the field would (problems.text).
func acceptable(v string, max int) bool {
	if strings.TrimSpace(v) == "" {
		return false
	}
	var p problems
	p.text("field", &v, max)
	return len(p) == 0
}
