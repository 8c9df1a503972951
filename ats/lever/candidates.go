package lever

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strings"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/upstream"
	"github.com/atsbridge/atsbridge/ats/wire"
)

// Lookup budgets of contacts.
const (
	// contactsPerCall is how many contact_id filters one call carries (the
	// query stays well under common URL limits).
	contactsPerCall = 50
	// contactPages bounds the pages read for one lookup of contacts.
	contactPages = 10
)

// ListCandidates serves GET /candidates by walking GET /opportunities and
// serving each contact once, at its first opportunity in Lever's order
// (see contacts.go), so that every filtered list keeps the unfiltered
// list's order. email goes upstream (Lever keeps emails on the contact, so
// it selects all of the person's opportunities). The other filters are
// the candidate's as a whole, so they are applied here while the page
// fills (job_id: an application to the job; created_after: the first
// opportunity; updated_after: the latest change of any). Each stretch of
// opportunities read costs one more call that reads all opportunities of
// their contacts (contact_id filters): a page is two calls when it fills
// from one upstream page.
func (c *Client) ListCandidates(ctx context.Context, q ats.CandidateQuery) (ats.Page[ats.Candidate], error) {
	up := opportunityQuery()
	email := ats.EmailKey(q.Email)
	if email != "" {
		up.Set("email", email)
	}
	inScope := func(o *wireOpportunity) bool {
		return email == "" || slices.ContainsFunc(o.Emails, func(e string) bool { return ats.EmailKey(e) == email })
	}
	keep := func(g *contact, cand *ats.Candidate) bool {
		return (q.JobID == "" || slices.ContainsFunc(g.opps, func(o *wireOpportunity) bool { return onPosting(o, q.JobID) })) &&
			ats.After(cand.CreatedAt, q.CreatedAfter) && ats.After(cand.UpdatedAt, q.UpdatedAfter)
	}
	spec := listSpec[wireOpportunity, ats.Candidate]{
		op: "list candidates", local: true,
		filters: q.FilterKey(),
		fetch:   fetchPages[wireOpportunity](c, "list candidates", "/opportunities", up, q.IncludeRaw),
		convert: func(ctx context.Context, recs []upstream.Record[wireOpportunity]) ([]*ats.Candidate, error) {
			if err := c.fillPostings(ctx, recs); err != nil {
				return nil, err
			}
			// recs may be part of a page: even when email selected every
			// opportunity of the person, some may lie outside recs.
			theirs, err := c.opportunitiesOf(ctx, contactIDs(recs), q.IncludeRaw)
			if err != nil {
				return nil, err
			}
			return candidatesOn(recs, byContact(recs, theirs), inScope, keep, q.IncludeRaw), nil
		},
	}
	return walk(ctx, spec, q.Window)
}

// Candidate serves GET /candidates/{id}: every opportunity of the contact
// (GET /opportunities?contact_id=), one call for most people.
func (c *Client) Candidate(ctx context.Context, id string, opts ats.ReadOptions) (ats.Candidate, error) {
	g, err := c.contact(ctx, id, opts.IncludeRaw)
	if err != nil {
		return ats.Candidate{}, err
	}
	return toCandidate(*g, opts.IncludeRaw), nil
}

// contact reads one contact with all its opportunities; NOT_FOUND names
// the candidate.
func (c *Client) contact(ctx context.Context, id string, keepRaw bool) (*contact, error) {
	if !validID(id) {
		return nil, ats.NotFound("candidate", id)
	}
	recs, err := c.opportunitiesOf(ctx, []string{id}, keepRaw)
	if err != nil {
		return nil, err
	}
	g := byContact(recs)[id]
	if g == nil {
		return nil, ats.NotFound("candidate", id)
	}
	return g, nil
}

// opportunityQuery is the base of every opportunity list: applications
// expanded (they name the posting), confidential ones included where the
// key may see them.
func opportunityQuery() url.Values {
	return url.Values{"expand": {"applications"}, "confidentiality": {"all"}}
}

// opportunitiesOf reads every opportunity of the contacts ids, with
// contact_id filters, contactsPerCall contacts a call. Whether Lever takes
// several contact_id at once is UNCONFIRMED: a contact the combined answer
// leaves out is asked for alone, and an answer that holds contacts not
// asked for (Lever ignored the filter) is refused rather than read as
// complete.
func (c *Client) opportunitiesOf(ctx context.Context, ids []string, keepRaw bool) ([]upstream.Record[wireOpportunity], error) {
	var out []upstream.Record[wireOpportunity]
	for chunk := range slices.Chunk(ids, contactsPerCall) {
		recs, err := c.opportunitiesOfChunk(ctx, chunk, keepRaw)
		if err != nil {
			return nil, err
		}
		out = append(out, recs...)
		if len(chunk) == 1 {
			continue
		}
		for _, id := range chunk {
			if slices.ContainsFunc(recs, func(r upstream.Record[wireOpportunity]) bool { return r.W.Contact.ID == id }) {
				continue
			}
			alone, err := c.opportunitiesOfChunk(ctx, []string{id}, keepRaw)
			if err != nil {
				return nil, err
			}
			out = append(out, alone...)
		}
	}
	return out, nil
}

func (c *Client) opportunitiesOfChunk(ctx context.Context, ids []string, keepRaw bool) ([]upstream.Record[wireOpportunity], error) {
	q := opportunityQuery()
	q["contact_id"] = ids
	fetch := fetchPages[wireOpportunity](c, "list opportunities of contacts", "/opportunities", q, keepRaw)
	var out []upstream.Record[wireOpportunity]
	offset := ""
	for range contactPages {
		p, err := fetch(ctx, offset, paging.PageSize)
		if err != nil {
			return nil, err
		}
		for _, r := range p.recs {
			if !slices.Contains(ids, r.W.Contact.ID) {
				return nil, &ats.Error{
					Code:    ats.CodeUpstreamUnavailable,
					Message: "Lever did not filter opportunities by contact, which atsbridge needs to read a candidate; try again shortly.",
					Err:     fmt.Errorf("lever: list opportunities of contacts: the answer holds another contact"),
				}
			}
		}
		if err := c.fillPostings(ctx, p.recs); err != nil {
			return nil, err
		}
		out = append(out, p.recs...)
		if p.last() {
			return out, nil
		}
		offset = p.next
	}
	return out, nil
}

// fillPostings reads the applications of opportunities whose applications
// came as bare ids (Lever did not expand them), since only they name the
// posting: one call per such opportunity, none when Lever expands.
func (c *Client) fillPostings(ctx context.Context, recs []upstream.Record[wireOpportunity]) error {
	for i := range recs {
		o := &recs[i].W
		if !o.unexpanded() {
			continue
		}
		apps, err := readAll[wireAppRef](ctx, c, "list applications of opportunity", "/opportunities/"+url.PathEscape(o.ID)+"/applications", nil)
		if err != nil {
			return err
		}
		for j := range apps {
			apps[j].expanded = true
		}
		o.Applications = apps
	}
	return nil
}

// onPosting reports whether o applies to posting.
func onPosting(o *wireOpportunity, posting string) bool {
	return slices.ContainsFunc(o.Applications, func(a wireAppRef) bool { return a.Posting.ID == posting })
}

// opportunityBody is the body of POST /opportunities (providers.md C2).
type opportunityBody struct {
	Name     string      `json:"name,omitempty"`
	Headline string      `json:"headline,omitempty"`
	Stage    string      `json:"stage,omitempty"`
	Phones   []wirePhone `json:"phones,omitempty"`
	Emails   []string    `json:"emails,omitempty"`
	Links    []string    `json:"links,omitempty"`
	Tags     []string    `json:"tags,omitempty"`
	Sources  []string    `json:"sources,omitempty"`
	Origin   string      `json:"origin,omitempty"`
	Postings []string    `json:"postings,omitempty"`
	Contact  string      `json:"contact,omitempty"`
}

// CreateCandidate serves POST /candidates with POST /opportunities,
// acting as the configured or looked-up user (perform_as). With a job_id
// the opportunity applies to that posting (origin applied, in the
// account's applicant-new stage when it has one), after a check that the
// posting is open; without one it is a general lead (origin sourced).
//
// Lever files people by email under one contact, and atsbridge serves a
// contact as one candidate: an email Lever already knows is
// CANDIDATE_EXISTS with that contact's id (one lookup by email first), and
// the person is applied to further jobs with POST /applications. The
// lookup and the create are two calls, so two creates racing with one new
// email both succeed, and Lever files them under one contact with two
// opportunities.
//
// A resume goes with the create, in Lever's multipart form (resumeFile,
// and parse=true when asked), and is checked for afterwards; see
// attachCreatedResume. The write is not retried after a failure (it may
// have happened).
func (c *Client) CreateCandidate(ctx context.Context, in ats.CandidateInput) (ats.Candidate, error) {
	body := opportunityBody{
		Name: strings.TrimSpace(wire.First(in.Name, in.FirstName+" "+in.LastName)), Emails: []string{in.Email},
		Tags: in.Tags, Origin: "sourced",
	}
	if in.Headline != nil {
		body.Headline = *in.Headline
	}
	if in.Phone != nil {
		body.Phones = []wirePhone{{Value: *in.Phone}}
	}
	if in.Source != nil {
		body.Sources = []string{*in.Source}
	}
	if in.ResumeURL != nil {
		body.Links = []string{*in.ResumeURL}
	}
	if in.JobID != "" {
		if !validID(in.JobID) {
			return ats.Candidate{}, ats.NotFound("job", in.JobID)
		}
		if err := c.requireOpenPosting(ctx, in.JobID); err != nil {
			return ats.Candidate{}, err
		}
		stage, err := c.applicantStage(ctx)
		if err != nil {
			return ats.Candidate{}, err
		}
		body.Postings, body.Origin, body.Stage = []string{in.JobID}, "applied", stage
	}
	if id, err := c.contactByEmail(ctx, in.Email); err != nil {
		return ats.Candidate{}, err
	} else if id != "" {
		return ats.Candidate{}, &ats.Error{
			Code:    ats.CodeCandidateExists,
			Message: "A candidate with this email already exists on Lever, which keeps one contact per email; apply them to the job with POST /applications.",
			Details: []ats.Detail{{Field: "email", ExistingID: id}},
		}
	}
	o, err := c.createOpportunity(ctx, body, in.Resume, in.ParseResume)
	if err != nil {
		if in.JobID != "" && ats.ErrorCode(err) == ats.CodeNotFound {
			return ats.Candidate{}, upstream.NotFoundAs(err, "job", in.JobID)
		}
		return ats.Candidate{}, err
	}
	cand := toCandidate(contact{id: o.Contact.ID, opps: []*wireOpportunity{o}}, false)
	if in.Resume != nil {
		if err := c.attachCreatedResume(ctx, o.ID, *in.Resume); err != nil {
			return cand, ats.ResumeNotAttached(cand.ID, "Lever", err)
		}
	}
	return cand, nil
}

// applicantStage is the stage new applicants go to: the built-in
// applicant-new when the account has it, else Lever's default (none sent).
func (c *Client) applicantStage(ctx context.Context) (string, error) {
	cat, err := c.catalog(ctx, false)
	if err != nil {
		return "", err
	}
	if _, ok := cat.stageByID("applicant-new"); ok {
		return "applicant-new", nil
	}
	return "", nil
}

// contactByEmail is the contact Lever files this email under, or "".
func (c *Client) contactByEmail(ctx context.Context, email string) (string, error) {
	q := opportunityQuery()
	q.Del("expand")
	q.Set("email", ats.EmailKey(email))
	p, err := fetchPages[wireOpportunity](c, "find contact by email", "/opportunities", q, false)(ctx, "", 1)
	if err != nil {
		return "", err
	}
	for _, r := range p.recs {
		if slices.ContainsFunc(r.W.Emails, func(e string) bool { return ats.EmailKey(e) == ats.EmailKey(email) }) {
			return r.W.Contact.ID, nil
		}
	}
	return "", nil
}

// createOpportunity sends POST /opportunities as JSON, or as multipart
// with the resume, and reads the new opportunity from the answer (201
// {"data": <opportunity>} on record; any 2xx is success). An answer that
// does not hold the opportunity is not reported as a plain failure, which
// would invite a duplicate: the error says that the create happened.
func (c *Client) createOpportunity(ctx context.Context, body opportunityBody, resume *ats.File, parse bool) (*wireOpportunity, error) {
	q, err := c.actor(ctx)
	if err != nil {
		return nil, err
	}
	q.Set("expand", "applications")
	rq := &upstream.Request{Op: "create opportunity", Method: http.MethodPost, Path: "/opportunities", Query: q, JSON: body}
	if resume != nil {
		if parse {
			q.Set("parse", "true")
		}
		b, ctype, err := multipartOpportunity(body, *resume)
		if err != nil {
			return nil, err
		}
		rq.JSON, rq.Body, rq.ContentType = nil, b, ctype
	}
	res, err := c.api.Do(ctx, rq)
	if err != nil {
		return nil, err
	}
	o, err := decodeData[wireOpportunity](res.Body)
	if err == nil && (o.ID == "" || o.Contact.ID == "") {
		err = errors.New("no id or contact in the answer")
	}
	if err != nil {
		return nil, &ats.Error{Code: ats.CodeUpstreamUnavailable,
			Message: "Lever accepted the candidate but its answer could not be read; list candidates by email to find them before sending it again.",
			Err:     fmt.Errorf("lever: create opportunity: %w", err)}
	}
	if err := c.fillPostings(ctx, []upstream.Record[wireOpportunity]{{W: o}}); err != nil {
		return nil, err
	}
	return &o, nil
}
