package greenhouse

import (
	"context"
	"encoding/json"
	"fmt"
	"net/url"
	"slices"
	"strings"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/wire"
)

// candidateBody is POST /v3/candidates's body. The nested application
// makes the candidate and their first application in one call (the
// application lands on the job's first stage).
type candidateBody struct {
	FirstName      string           `json:"first_name"`
	LastName       string           `json:"last_name"`
	Title          *string          `json:"title,omitempty"`
	EmailAddresses []wireContact    `json:"email_addresses"`
	PhoneNumbers   []wireContact    `json:"phone_numbers,omitempty"`
	Tags           []string         `json:"tags,omitempty"`
	Application    *applicationBody `json:"application,omitempty"`
}

type applicationBody struct {
	JobID json.Number `json:"job_id"`
}

// CreateCandidate serves POST /candidates with POST /v3/candidates: with
// a job_id the candidate and their application in one call, without one
// the candidate alone. Greenhouse accepts an email it already has, so
// atsbridge looks the email up first (GET /v3/candidates?email=) and
// answers CANDIDATE_EXISTS with the existing id; creates of one email are
// serialised within the process, so that two at once cannot both pass the
// check. The job is checked first (NOT_FOUND, JOB_NOT_OPEN). A resume
// (file or resume_url) goes to the new application as a resume
// attachment; Greenhouse keeps files on applications only, so a resume
// without job_id is refused before anything is written. in.Source is not
// sent (Greenhouse keeps sources as source ids). The write is not retried
// after a failure (it may have happened).
func (c *Client) CreateCandidate(ctx context.Context, in ats.CandidateInput) (ats.Candidate, error) {
	first, last, err := splitName(in)
	if err != nil {
		return ats.Candidate{}, err
	}
	if (in.Resume != nil || in.ResumeURL != nil) && in.JobID == "" {
		return ats.Candidate{}, ats.Invalid("Greenhouse keeps files on applications, not on candidates: send job_id with the resume, or add the resume after applying (POST /candidates/{id}/resume).",
			ats.Detail{Field: "job_id", Problem: "is required with a resume on Greenhouse"})
	}
	if in.JobID != "" {
		if !validID(in.JobID) {
			return ats.Candidate{}, ats.NotFound("job", in.JobID)
		}
		if err := c.requireOpenJob(ctx, in.JobID); err != nil {
			return ats.Candidate{}, err
		}
	}
	unlock, err := c.locks.lock(ctx, "email:"+ats.EmailKey(in.Email))
	if err != nil {
		return ats.Candidate{}, ats.Interrupted(err, "another create with this email")
	}
	defer unlock()
	if id, err := c.candidateWithEmail(ctx, in.Email); err != nil {
		return ats.Candidate{}, err
	} else if id != "" {
		return ats.Candidate{}, &ats.Error{
			Code:    ats.CodeCandidateExists,
			Message: "A candidate with this email already exists on Greenhouse.",
			Details: []ats.Detail{{Field: "email", Problem: "already exists", ExistingID: id}},
		}
	}

	body := candidateBody{
		FirstName: first, LastName: last, Title: in.Headline, Tags: in.Tags,
		EmailAddresses: []wireContact{{Value: strings.TrimSpace(in.Email), Type: "personal"}},
	}
	if in.Phone != nil && strings.TrimSpace(*in.Phone) != "" {
		body.PhoneNumbers = []wireContact{{Value: strings.TrimSpace(*in.Phone), Type: "mobile"}}
	}
	if in.JobID != "" {
		body.Application = &applicationBody{JobID: json.Number(in.JobID)}
	}
	var res json.RawMessage
	if err := c.post(ctx, "create candidate", "/candidates", body, &res); err != nil {
		return ats.Candidate{}, err
	}
	w, appID, err := c.createdCandidate(ctx, res, in.Email)
	if err != nil {
		return ats.Candidate{}, err
	}
	id := string(w.ID)
	appIDs := []string{}
	if in.JobID != "" {
		if appID == "" {
			// A flat answer: the nested application is looked up.
			if appID, err = c.applicationTo(ctx, id, in.JobID); err != nil {
				return ats.Candidate{}, err
			}
		}
		if appID != "" {
			appIDs = []string{appID}
		}
	}
	cand := toCandidate(&w, appIDs, nil, false)
	if in.Resume != nil || in.ResumeURL != nil {
		if appID == "" {
			return cand, ats.ResumeNotAttached(id, "Greenhouse", &ats.Error{Code: ats.CodeUpstreamUnavailable,
				Message: "its answer named no application to attach the resume to"})
		}
		if err := c.attach(ctx, appID, in.Resume, in.ResumeURL); err != nil {
			return cand, ats.ResumeNotAttached(id, "Greenhouse", err)
		}
	}
	return cand, nil
}

// splitName is the first and last name Greenhouse requires: first_name and
// last_name when given, else name split before its last word.
func splitName(in ats.CandidateInput) (first, last string, err error) {
	first, last = strings.TrimSpace(in.FirstName), strings.TrimSpace(in.LastName)
	if first == "" && last == "" {
		words := strings.Fields(in.Name)
		if len(words) > 1 {
			first, last = strings.Join(words[:len(words)-1], " "), words[len(words)-1]
		} else {
			first = strings.Join(words, "")
		}
	}
	if first == "" || last == "" {
		field := "name"
		if in.Name == "" {
			field = map[bool]string{true: "first_name", false: "last_name"}[first == ""]
		}
		return "", "", ats.Invalid("Greenhouse requires a first and a last name: send first_name and last_name, or a name of two words or more.",
			ats.Detail{Field: field, Problem: "needs a first and a last name on Greenhouse"})
	}
	return first, last, nil
}

// candidateWithEmail returns the id of the oldest candidate having email
// among their addresses, or "". Greenhouse's email filter is read as a
// superset (its case rules are unconfirmed) and checked here.
func (c *Client) candidateWithEmail(ctx context.Context, email string) (string, error) {
	q := url.Values{"email": {strings.TrimSpace(email)}, "per_page": {"100"}}
	recs, err := all[wireCandidate](ctx, c, "find candidate by email", "/candidates", q, false)
	if err != nil {
		return "", err
	}
	var ids []string
	for _, r := range recs {
		if hasEmail(&r.W, email) {
			ids = append(ids, r.id)
		}
	}
	if len(ids) == 0 {
		return "", nil
	}
	return slices.MinFunc(ids, compareIDs), nil
}

// compareIDs orders decimal ids numerically.
func compareIDs(a, b string) int {
	if len(a) != len(b) {
		return len(a) - len(b)
	}
	return strings.Compare(a, b)
}

// createdCandidate reads the new candidate (and the nested application's
// id, when the answer has it) from the create's answer, wrapped
// {"candidate", "application"} or flat (the shape is unconfirmed). Should
// Greenhouse answer with less, the candidate exists all the same, so it is
// looked up by email rather than reported as a failure that invites a
// duplicate.
func (c *Client) createdCandidate(ctx context.Context, res json.RawMessage, email string) (wireCandidate, string, error) {
	var w wireCandidate
	if json.Unmarshal(unwrap(res, "candidate"), &w) == nil && w.ID != "" {
		var env struct {
			Application *struct {
				ID wire.ID `json:"id"`
			} `json:"application"`
		}
		_ = json.Unmarshal(res, &env)
		appID := ""
		if env.Application != nil {
			appID = string(env.Application.ID)
		}
		return w, appID, nil
	}
	q := url.Values{"email": {strings.TrimSpace(email)}, "per_page": {"100"}}
	recs, err := all[wireCandidate](ctx, c, "find created candidate", "/candidates", q, false)
	if err == nil {
		var newest *record[wireCandidate]
		for i := range recs {
			if hasEmail(&recs[i].W, email) && (newest == nil || compareIDs(recs[i].id, newest.id) > 0) {
				newest = &recs[i]
			}
		}
		if newest != nil {
			return newest.W, "", nil
		}
	}
	return wireCandidate{}, "", &ats.Error{
		Code:    ats.CodeUpstreamUnavailable,
		Message: "Greenhouse accepted the candidate but its answer could not be read; list candidates by email to find the new record before sending it again.",
		Err:     fmt.Errorf("greenhouse: create candidate: unreadable answer"),
	}
}
