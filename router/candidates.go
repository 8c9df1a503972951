package router

import (
	"context"
	"net/http"
	"strconv"
	"strings"

	"github.com/atsbridge/atsbridge/ats"
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
}

func (c candidateInput) Valid(context.Context) []ats.Detail {
	var p problems
	p.text("name", c.Name, maxNameLen)
	p.text("first_name", c.FirstName, maxNameLen)
	p.text("last_name", c.LastName, maxNameLen)
	if c.Name == nil && (c.FirstName == nil || c.LastName == nil) {
		switch {
		case c.FirstName == nil && c.LastName == nil:
			p.add("name", "is required (or give first_name and last_name)")
		case c.FirstName == nil:
			p.add("first_name", "is required with last_name (or give name)")
		default:
			p.add("last_name", "is required with first_name (or give name)")
		}
	}
	if len(p) == 0 && c.Name != nil && (c.FirstName != nil || c.LastName != nil) && !nameAgrees(*c.Name, c.FirstName, c.LastName) {
		p.add("name", "disagrees with first_name and last_name; give name alone, or first_name and last_name, or name as first_name, any middle names, then last_name")
	}
	p.email("email", c.Email)
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
		Email: strings.TrimSpace(*c.Email), Phone: trimmed(c.Phone), Headline: trimmed(c.Headline),
		Source: trimmed(c.Source), ResumeURL: c.ResumeURL,
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

func (a *api) createCandidate() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		in, err := decodeValid[candidateInput](r)
		if err != nil {
			a.fail(w, r, err)
			return
		}
		c, err := a.p.CreateCandidate(r.Context(), in.domain())
		if err != nil {
			a.fail(w, r, err)
			return
		}
		w.Header().Set("Location", pathPrefix(r)+"/candidates/"+c.ID)
		a.ok(w, r, http.StatusCreated, c)
	})
}

func (a *api) listCandidates() http.Handler {
	filters := []string{"email", "job_id", "created_after", "updated_after"}
	return serveList(a, ats.ResourceCandidate, "GET /candidates", filters, func(lp *listParams) func(context.Context) (ats.Page[ats.Candidate], error) {
		var q ats.CandidateQuery
		q.Email = lp.email("email")
		q.JobID = lp.id("job_id")
		q.CreatedAfter = lp.time("created_after")
		q.UpdatedAfter = lp.time("updated_after")
		return func(ctx context.Context) (ats.Page[ats.Candidate], error) {
			q.Window, q.IncludeRaw = lp.window, lp.includeRaw
			return a.p.ListCandidates(ctx, q)
		}
	})
}

func (a *api) getCandidate() http.Handler {
	return serveOne(a, ats.ResourceCandidate, func(ctx context.Context, id string, opts ats.ReadOptions) (ats.Candidate, error) {
		return a.p.Candidate(ctx, id, opts)
	})
}

func trimmed(s *string) *string {
	if s == nil {
		return nil
	}
	t := strings.TrimSpace(*s)
	return &t
}
