package router

import (
	"context"
	"mime"
	"net/http"
	"strconv"
	"strings"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/resume"
)

const (
	maxNameLen = 200
	maxTags    = 50
)

// candidateInput is the body of POST /candidates.
type candidateInput struct {
	Name      *string  `json:"name"`
	FirstName *string  `json:"first_name"`
	LastName  *string  `json:"last_name"`
	Email     *string  `json:"email"`
	JobID     *string  `json:"job_id"`
	Phone     *string  `json:"phone"`
	Headline  *string  `json:"headline"`
	Source    *string  `json:"source"`
	Tags      []string `json:"tags"`
	ResumeURL *string  `json:"resume_url"`
	// Resume is the file in JSON; a form sends it as the part "resume".
	Resume      *resumeFileInput `json:"resume"`
	ParseResume *bool            `json:"parse_resume"`
}

// parse reports whether the caller asked to fill fields from the resume.
func (c candidateInput) parse() bool { return c.ParseResume != nil && *c.ParseResume }

// Valid checks the fields. With parse_resume a missing name or email is
// no problem yet: the parse may give it (see fillFromResume).
func (c candidateInput) Valid(context.Context) []ats.Detail {
	var p problems
	p.text("name", c.Name, maxNameLen)
	p.text("first_name", c.FirstName, maxNameLen)
	p.text("last_name", c.LastName, maxNameLen)
	if c.Name == nil && (c.FirstName == nil || c.LastName == nil) {
		switch {
		case c.FirstName == nil && c.LastName == nil:
			if !c.parse() {
				p.add("name", "is required (or give first_name and last_name)")
			}
		case c.FirstName == nil:
			p.add("first_name", "is required with last_name (or give name)")
		default:
			p.add("last_name", "is required with first_name (or give name)")
		}
	}
	if len(p) == 0 && c.Name != nil && (c.FirstName != nil || c.LastName != nil) && !nameAgrees(*c.Name, c.FirstName, c.LastName) {
		p.add("name", "disagrees with first_name and last_name; give name alone, or first_name and last_name, or name as first_name, any middle names, then last_name")
	}
	if c.Email != nil || !c.parse() {
		p.email("email", c.Email)
	}
	p.id("job_id", c.JobID, false)
	p.text("phone", c.Phone, 50)
	p.text("headline", c.Headline, 255)
	p.text("source", c.Source, 100)
	p.url("resume_url", c.ResumeURL)
	if len(c.Tags) > maxTags {
		p.add("tags", "must have at most %d tags", maxTags)
	}
	for i, t := range c.Tags {
		p.text("tags["+strconv.Itoa(i)+"]", &t, 100)
	}
	if c.Resume != nil {
		c.Resume.check(&p, "resume")
		if c.ResumeURL != nil {
			p.add("resume_url", "must not be given with resume: send the file, or a link to it, not both")
		}
	}
	return p
}

// nameAgrees reports whether a full name is the given first name, any
// middle names, then the given last name, word by word and ignoring case:
// "Karan Singh Mehta" agrees with Karan and Mehta, "Karan Mehta" does not
// agree with Priya. Providers store all three, so a disagreement would
// show one person under two names.
func nameAgrees(name string, first, last *string) bool {
	words := strings.Fields(name)
	var f, l []string
	if first != nil {
		f = strings.Fields(*first)
	}
	if last != nil {
		l = strings.Fields(*last)
	}
	if len(f)+len(l) > len(words) {
		return false
	}
	same := func(a, b []string) bool {
		for i := range a {
			if !strings.EqualFold(a[i], b[i]) {
				return false
			}
		}
		return true
	}
	return same(f, words[:len(f)]) && same(l, words[len(words)-len(l):])
}

func (c candidateInput) domain() ats.CandidateInput {
	in := ats.CandidateInput{
		Phone: trimmed(c.Phone), Headline: trimmed(c.Headline),
		Source: trimmed(c.Source), ResumeURL: c.ResumeURL, ParseResume: c.parse(),
	}
	if c.Email != nil {
		in.Email = strings.TrimSpace(*c.Email)
	}
	if c.Name != nil {
		in.Name = strings.TrimSpace(*c.Name)
	}
	if c.FirstName != nil {
		in.FirstName = strings.TrimSpace(*c.FirstName)
	}
	if c.LastName != nil {
		in.LastName = strings.TrimSpace(*c.LastName)
	}
	if c.JobID != nil {
		in.JobID = *c.JobID
	}
	in.Tags = []string{}
	for _, t := range c.Tags {
		in.Tags = append(in.Tags, strings.TrimSpace(t))
	}
	return in
}

// createCandidate serves POST /candidates: JSON, or multipart/form-data
// with the same fields and the file in the part "resume". A candidate the
// provider created though its resume did not follow (ats.ResumeNotAttached)
// is answered with that error, and its Location, so the caller sends the
// file alone rather than the candidate again.
func (a *api) createCandidate() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		in, up, err := readCandidate(w, r)
		if err != nil {
			a.fail(w, r, err)
			return
		}
		out := in.domain()
		if up != nil {
			out.Resume = new(up.file())
		}
		if in.parse() {
			if err := fillFromResume(r.Context(), &out, up); err != nil {
				a.fail(w, r, err)
				return
			}
		}
		c, err := a.p.CreateCandidate(r.Context(), out)
		if c.ID != "" {
			w.Header().Set("Location", pathPrefix(r)+"/candidates/"+c.ID)
		}
		if err != nil {
			a.fail(w, r, err)
			return
		}
		a.ok(w, r, http.StatusCreated, localResumeURL(r.Context(), c))
	})
}

// readCandidate reads POST /candidates's body, JSON or a form, into one
// validated input, and the resume file sniffed (nil without one).
func readCandidate(w http.ResponseWriter, r *http.Request) (candidateInput, *resumeUpload, error) {
	var in candidateInput
	if r.ContentLength > MaxResumeBodyBytes {
		return in, nil, resumeLimit.tooLarge("")
	}
	if err := refuseQuery(r, "takes its input in the body"); err != nil {
		return in, nil, err
	}
	raiseBodyLimit(w, r, MaxResumeBodyBytes)
	var up *resumeUpload
	ct := r.Header.Get("Content-Type")
	mt, params, err := mime.ParseMediaType(ct)
	switch {
	case ct == "" || err == nil && (mt == "application/json" || strings.HasSuffix(mt, "+json") || mt == "multipart/form-data"):
	default:
		return in, nil, ats.Errorf(ats.CodeUnsupportedMediaType, "Send the candidate as JSON (Content-Type: application/json), or as multipart/form-data with the resume in the part \"resume\" (got %q).", truncate(ct, 60))
	}
	if mt == "multipart/form-data" {
		form, err := readForm(r, params["boundary"])
		if err != nil {
			return in, nil, err
		}
		if in, err = decodeForm[candidateInput](r.Context(), form.fields); err != nil {
			return in, nil, err
		}
		up = form.file
		if up != nil && in.ResumeURL != nil {
			return in, nil, ats.Invalid("The request body has 1 invalid field(s); see details.",
				ats.Detail{Field: "resume_url", Problem: "must not be given with resume: send the file, or a link to it, not both"})
		}
	} else {
		if in, err = decodeValidUpTo[candidateInput](r, resumeLimit); err != nil {
			return in, nil, err
		}
		if in.Resume != nil {
			u := in.Resume.upload()
			up = &u
		}
	}
	if up != nil {
		var err error
		if up.Format, err = resume.Sniff(up.Data); err != nil {
			return in, nil, err
		}
	}
	return in, up, nil
}

func (a *api) listCandidates() http.Handler {
	filters := []string{"email", "job_id", "created_after", "updated_after"}
	return serveList(a, always(showsCandidates), "GET /candidates", filters, func(lp *listParams) func(context.Context) (ats.Page[ats.Candidate], error) {
		var q ats.CandidateQuery
		q.Email = lp.email("email")
		q.JobID = lp.id("job_id")
		q.CreatedAfter = lp.time("created_after")
		q.UpdatedAfter = lp.time("updated_after")
		return func(ctx context.Context) (ats.Page[ats.Candidate], error) {
			q.Window, q.IncludeRaw = lp.window, lp.includeRaw
			p, err := a.p.ListCandidates(ctx, q)
			for i := range p.Items {
				p.Items[i] = localResumeURL(ctx, p.Items[i])
			}
			return p, err
		}
	})
}

func (a *api) getCandidate() http.Handler {
	return serveOne(a, always(showsCandidates), "candidate", func(ctx context.Context, id string, opts ats.ReadOptions) (ats.Candidate, error) {
		c, err := a.p.Candidate(ctx, id, opts)
		return localResumeURL(ctx, c), err
	})
}

// localResumeURL puts the request's stage prefix before a resume_url that
// is a path of this API (the sandbox's, for a file it keeps: see
// preview.ResumePath), as before a Location, so the client can follow it.
// Every other resume_url is an absolute URL (the caller's, checked when it
// was sent; the ATS's) and stays as it is.
func localResumeURL(ctx context.Context, c ats.Candidate) ats.Candidate {
	if c.ResumeURL != nil && strings.HasPrefix(*c.ResumeURL, "/") {
		c.ResumeURL = new(pathPrefixOf(ctx) + *c.ResumeURL)
	}
	return c
}

func trimmed(s *string) *string {
	if s == nil {
		return nil
	}
	t := strings.TrimSpace(*s)
	return &t
}
