package workable

import (
	"context"
	"encoding/json"
	"fmt"
	"net/url"
	"strings"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/upstream"
)

// ListCandidates serves GET /candidates from GET /candidates: email,
// job_id (as shortcode), created_after and updated_after all go upstream,
// and are checked again here (case-insensitive email, strictly-after
// times). Each Workable record is one person in one job, so a person who
// applied to two jobs is listed twice, once per record.
func (c *Client) ListCandidates(ctx context.Context, q ats.CandidateQuery) (ats.Page[ats.Candidate], error) {
	if q.JobID != "" && !validID(q.JobID) {
		return ats.Page[ats.Candidate]{Items: []ats.Candidate{}}, nil
	}
	up := url.Values{}
	if q.Email != "" {
		up.Set("email", q.Email)
	}
	if q.JobID != "" {
		up.Set("shortcode", q.JobID)
	}
	setTime(up, "created_after", q.CreatedAfter)
	setTime(up, "updated_after", q.UpdatedAfter)
	spec := listSpec[wireCandidate, ats.Candidate]{
		op: "list candidates", path: "/candidates", key: "candidates", query: up, raw: q.IncludeRaw,
		filters: q.FilterKey(),
		keep: func(w *wireCandidate, c ats.Candidate) bool {
			return (q.JobID == "" || w.jobShortcode() == q.JobID) && q.Matches(c)
		},
		id: func(w *wireCandidate) string { return string(w.ID) },
		convert: func(w *wireCandidate, raw json.RawMessage) ats.Candidate {
			return toCandidate(w, raw, q.IncludeRaw)
		},
	}
	return walk(ctx, c, spec, q.Window)
}

// Candidate serves GET /candidates/{id} from GET /candidates/{id}.
func (c *Client) Candidate(ctx context.Context, id string, opts ats.ReadOptions) (ats.Candidate, error) {
	w, raw, err := c.candidate(ctx, "get candidate", id)
	if err != nil {
		return ats.Candidate{}, upstream.NotFoundAs(err, "candidate", id)
	}
	return toCandidate(&w, raw, opts.IncludeRaw), nil
}

// candidate reads one candidate record; its NOT_FOUND is generic, for the
// caller to name.
func (c *Client) candidate(ctx context.Context, op, id string) (wireCandidate, json.RawMessage, error) {
	if !validID(id) {
		return wireCandidate{}, nil, ats.Errorf(ats.CodeNotFound, "Workable has no such record.")
	}
	var body json.RawMessage
	if err := c.get(ctx, op, "/candidates/"+url.PathEscape(id), nil, &body); err != nil {
		return wireCandidate{}, nil, err
	}
	return c.unwrapCandidate(op, body)
}

// unwrapCandidate reads {"candidate": {...}}, the shape of single-candidate
// answers; a bare candidate object is accepted too.
func (c *Client) unwrapCandidate(op string, body json.RawMessage) (wireCandidate, json.RawMessage, error) {
	bad := func(err error) (wireCandidate, json.RawMessage, error) {
		return wireCandidate{}, nil, c.malformed(op, "/candidates/{id}", err)
	}
	var env struct {
		Candidate json.RawMessage `json:"candidate"`
	}
	if err := json.Unmarshal(body, &env); err != nil {
		return bad(err)
	}
	raw := env.Candidate
	if len(raw) == 0 || string(raw) == "null" {
		raw = body
	}
	var w wireCandidate
	if err := json.Unmarshal(raw, &w); err != nil {
		return bad(err)
	}
	if w.ID == "" {
		return bad(fmt.Errorf("candidate without id"))
	}
	return w, raw, nil
}

// candidateBody is the body of Workable's create endpoints. sourced sits
// at the root: false makes the candidate an applicant (Applied stage, and
// Workable's confirmation email) instead of v3's default, sourced.
type candidateBody struct {
	Sourced   *bool           `json:"sourced,omitempty"`
	Candidate candidateFields `json:"candidate"`
}

type candidateFields struct {
	Name      string   `json:"name,omitempty"`
	FirstName string   `json:"firstname,omitempty"`
	LastName  string   `json:"lastname,omitempty"`
	Email     string   `json:"email"`
	Phone     *string  `json:"phone,omitempty"`
	Headline  *string  `json:"headline,omitempty"`
	Domain    *string  `json:"domain,omitempty"`
	Tags      []string `json:"tags,omitempty"`
	ResumeURL *string  `json:"resume_url,omitempty"`
	// Resume and the structured data: see resumes.go.
	Resume            *wireFile        `json:"resume,omitempty"`
	EducationEntries  []wireEducation  `json:"education_entries,omitempty"`
	ExperienceEntries []wireExperience `json:"experience_entries,omitempty"`
	Skills            []string         `json:"skills,omitempty"`
	SocialProfiles    []wireSocial     `json:"social_profiles,omitempty"`
}

// CreateCandidate serves POST /candidates. With a job_id the candidate
// applies to that job (POST /jobs/{shortcode}/candidates with "sourced":
// false), after a check that the job is open; without one they join the
// talent pool (POST /talent_pool/candidates). Workable's "already exists"
// is CANDIDATE_EXISTS, with the existing record's id when a lookup finds
// it. A resume and the parse's structured data go in the same body (see
// resumes.go), so the create takes both or neither. The write is not
// retried after a failure (it may have happened).
func (c *Client) CreateCandidate(ctx context.Context, in ats.CandidateInput) (ats.Candidate, error) {
	body := candidateBody{Candidate: candidateFields{
		Name: in.Name, FirstName: in.FirstName, LastName: in.LastName, Email: in.Email,
		Phone: in.Phone, Headline: in.Headline, Domain: in.Source, Tags: in.Tags, ResumeURL: in.ResumeURL,
		Resume: toWireFile(in.Resume),
	}}
	body.Candidate.setProfile(in.Profile)
	path, op := "/talent_pool/candidates", "create talent-pool candidate"
	if in.JobID != "" {
		if !validID(in.JobID) {
			return ats.Candidate{}, ats.NotFound("job", in.JobID)
		}
		if err := c.requireOpenJob(ctx, in.JobID); err != nil {
			return ats.Candidate{}, err
		}
		body.Sourced = new(false)
		path, op = "/jobs/"+url.PathEscape(in.JobID)+"/candidates", "create candidate"
	}
	res, err := c.post(ctx, op, path, body) // as sent: created reads it, whatever it is
	if err != nil {
		if duplicate(err) {
			return ats.Candidate{}, c.exists(ctx, ats.CodeCandidateExists, in.Email, in.JobID, err)
		}
		if in.JobID != "" {
			return ats.Candidate{}, upstream.NotFoundAs(err, "job", in.JobID)
		}
		return ats.Candidate{}, err
	}
	w, raw, err := c.created(ctx, op, res, in.Email, in.JobID)
	if err != nil {
		return ats.Candidate{}, err
	}
	return toCandidate(&w, raw, false), nil
}

// created reads the new record from a create's 2xx answer. The recorded
// answer is {"status": "created", "candidate": {...}}; should Workable
// answer with less (an empty body, a bare status), the candidate exists
// all the same, so it is looked up by email in the job rather than
// reported as a failure that invites a second, duplicate create.
func (c *Client) created(ctx context.Context, op string, res []byte, email, shortcode string) (wireCandidate, json.RawMessage, error) {
	w, raw, err := c.unwrapCandidate(op, res)
	if err == nil {
		return w, raw, nil
	}
	if id := c.findInJob(ctx, email, shortcode); id != "" {
		if w, raw, rerr := c.candidate(ctx, "get created candidate", id); rerr == nil {
			return w, raw, nil
		}
	}
	return wireCandidate{}, nil, &ats.Error{
		Code:    ats.CodeUpstreamUnavailable,
		Message: "Workable accepted the candidate but its answer could not be read; list candidates by email to find the new record before sending it again.",
		Err:     err,
	}
}

// exists builds the 409 for a duplicate, looking up the id of the record
// that exists (best effort: one call, and the 409 stands without it).
// Neither message nor log carries the email.
func (c *Client) exists(ctx context.Context, code ats.Code, email, shortcode string, cause error) error {
	where := "the talent pool"
	if shortcode != "" {
		where = fmt.Sprintf("job %q", shortcode)
	}
	what := "A candidate"
	if code == ats.CodeApplicationExists {
		what = "An application of this person"
	}
	e := &ats.Error{
		Code:    code,
		Message: fmt.Sprintf("%s with this email already exists in %s on Workable.", what, where),
		Details: []ats.Detail{{Field: "email", Problem: "already exists in " + where, ExistingID: c.findInJob(ctx, email, shortcode)}},
		Err:     cause,
	}
	if code == ats.CodeApplicationExists {
		e.Details[0].Field = "job_id"
	}
	return e
}

// findInJob returns the id of the record with this email in the job (or,
// for "", the talent pool), or "" when none is found or the lookup fails.
func (c *Client) findInJob(ctx context.Context, email, shortcode string) string {
	q := url.Values{"email": {email}, "limit": {"100"}}
	if shortcode != "" {
		q.Set("shortcode", shortcode)
	}
	var res struct {
		Candidates []wireCandidate `json:"candidates"`
	}
	if err := c.get(ctx, "find existing candidate", "/candidates", q, &res); err != nil {
		return ""
	}
	for _, w := range res.Candidates {
		if strings.EqualFold(w.Email, email) && w.jobShortcode() == shortcode {
			return string(w.ID)
		}
	}
	return ""
}
