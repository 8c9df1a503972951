package lever

import (
	"encoding/json"
	"html"
	"slices"
	"strings"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/country"
	"github.com/atsbridge/atsbridge/ats/wire"
)

// The mapping from Lever's records to atsbridge's; the package doc has it
// as a table.

// jobStatus maps a posting state. published and internal postings take
// applications (internal ones from employees and through the API), so both
// are open; pending is a draft awaiting approval; rejected is a posting
// whose approval was refused, never to be published, so archived. A state
// Lever may add later reads as closed: nobody should be sent to apply to a
// posting we do not understand.
func jobStatus(state string) ats.JobStatus {
	switch strings.ToLower(state) {
	case "published", "internal":
		return ats.JobOpen
	case "draft", "pending":
		return ats.JobDraft
	case "rejected":
		return ats.JobArchived
	default:
		return ats.JobClosed
	}
}

// leverStates are the posting states of a status, for the state filter.
func leverStates(s ats.JobStatus) []string {
	switch s {
	case ats.JobOpen:
		return []string{"published", "internal"}
	case ats.JobDraft:
		return []string{"draft", "pending"}
	case ats.JobArchived:
		return []string{"rejected"}
	default:
		return []string{"closed"}
	}
}

// workplace maps workplaceType; unspecified (and anything else) is null.
func workplace(v string) *string {
	switch strings.ToLower(strings.NewReplacer("_", "-", " ", "-").Replace(v)) {
	case "on-site", "onsite":
		return new(ats.WorkplaceOnSite)
	case "hybrid":
		return new(ats.WorkplaceHybrid)
	case "remote":
		return new(ats.WorkplaceRemote)
	}
	return nil
}

// department is the posting's department, else its team: accounts that
// predate Lever's departments file postings under teams only.
func department(c wireCategories) *string {
	return wire.Optional(wire.First(c.Department, c.Team))
}

// location maps the posting's free-text location (categories.location,
// else allLocations joined with "; "). Lever keeps no address, so the parts
// are read from the text's commas: with two parts or more the first is the
// city; a last part that names the country (or its code) is the country,
// and what lies between is the region ("San Francisco, CA": city San
// Francisco, region CA). The country is the English name of the posting's
// country code, else a last part that is a country's name.
func location(p *wirePosting) ats.Location {
	text := strings.TrimSpace(p.Categories.Location)
	if text == "" {
		text = strings.Join(nonEmpty(p.Categories.AllLocations), "; ")
	}
	code := strings.ToUpper(strings.TrimSpace(p.Country))
	name := country.Name(code)
	l := ats.Location{Text: text, CountryCode: wire.Optional(code)}
	var parts []string
	for part := range strings.SplitSeq(p.Categories.Location, ",") {
		parts = append(parts, strings.TrimSpace(part))
	}
	if len(parts) >= 2 {
		l.City = wire.Optional(parts[0])
		rest := parts[1:]
		last := rest[len(rest)-1]
		switch {
		case name != "" && (strings.EqualFold(last, name) || strings.EqualFold(last, code)):
			rest = rest[:len(rest)-1]
		case name == "" && country.Code(last) != "":
			name, rest = last, rest[:len(rest)-1]
		}
		l.Region = wire.Optional(strings.Join(rest, ", "))
	}
	l.Country = wire.Optional(name)
	return l
}

func nonEmpty(v []string) []string {
	var out []string
	for _, s := range v {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// description joins the posting's content as HTML: the description, each
// list under its heading, and the closing; plain text is escaped when
// Lever sent no HTML.
func description(c wireContent) *string {
	var b strings.Builder
	b.WriteString(orHTML(c.DescriptionHTML, c.Description))
	for _, l := range c.Lists {
		if l.Text != "" {
			b.WriteString("<h3>" + html.EscapeString(l.Text) + "</h3>")
		}
		if l.Content != "" {
			b.WriteString("<ul>" + l.Content + "</ul>")
		}
	}
	b.WriteString(orHTML(c.ClosingHTML, c.Closing))
	return wire.Optional(b.String())
}

func orHTML(h, plain string) string {
	if strings.TrimSpace(h) != "" {
		return h
	}
	if strings.TrimSpace(plain) == "" {
		return ""
	}
	return "<p>" + html.EscapeString(plain) + "</p>"
}

// toJob maps a posting; detail adds the description, which atsbridge
// serves on single reads only.
func toJob(p *wirePosting, raw json.RawMessage, detail, includeRaw bool) ats.Job {
	j := ats.Job{
		ID:             p.ID,
		Title:          p.Text,
		Status:         jobStatus(p.State),
		Department:     department(p.Categories),
		Location:       location(p),
		Workplace:      workplace(p.WorkplaceType),
		EmploymentType: wire.Optional(p.Categories.Commitment),
		URL:            wire.Optional(p.URLs.Show),
		ApplyURL:       wire.Optional(p.URLs.Apply),
		CreatedAt:      p.CreatedAt.UTC(),
		UpdatedAt:      p.UpdatedAt.UTC(),
	}
	if detail {
		j.Description = description(p.Content)
	}
	if includeRaw {
		j.Raw = raw
	}
	return j
}

// catalog is what the mapping needs to know of the account: stage names
// and pipeline order (GET /stages) and archive reasons (GET
// /archive_reasons).
type catalog struct {
	stages      []wireStage
	reasons     map[string]wireArchiveReason
	reasonOrder []wireArchiveReason
}

// stageName is the stage's name from /stages; an expanded stage's own
// text wins, and an id /stages does not know reads as itself.
func (c catalog) stageName(s ref) string {
	if s.Text != "" {
		return s.Text
	}
	for _, st := range c.stages {
		if st.ID == s.ID {
			return st.Text
		}
	}
	return s.ID
}

// stage maps an opportunity's stage.
func (c catalog) stage(s ref) ats.Stage {
	name := c.stageName(s)
	return ats.Stage{ID: s.ID, Name: name, Kind: stageKind(s.ID, name)}
}

// stageKind infers a stage's kind. Lever has no kinds: the built-in ids
// say it (lead-* sourced, applicant-new applied, offer offer), else the
// words of the name (ats.KindOfStageName), else other.
func stageKind(id, name string) ats.StageKind {
	switch {
	case strings.HasPrefix(id, "lead-"):
		return ats.StageSourced
	case id == "applicant-new":
		return ats.StageApplied
	case id == "offer":
		return ats.StageOffer
	}
	if k, ok := ats.KindOfStageName(name); ok {
		return k
	}
	return ats.StageOther
}

// reasonKind is what a non-hired archive reason records: a withdrawal
// when its name says the candidate withdrew or declined, "other" when it
// is named Other, else a rejection.
func reasonKind(r wireArchiveReason) ats.ReasonKind {
	n := strings.ToLower(r.Text)
	switch {
	case strings.Contains(n, "withdr"), strings.Contains(n, "declin"):
		return ats.ReasonWithdrawn
	case strings.TrimSpace(n) == "other":
		return ats.ReasonOther
	}
	return ats.ReasonRejected
}

// status maps an archive state: not archived is active; a reason of type
// hired is hired; any other reason (unknown ones included) is a rejection,
// or a withdrawal when the reason's kind says so.
func (c catalog) status(a *wireArchived) ats.ApplicationStatus {
	if a == nil {
		return ats.ApplicationActive
	}
	r, ok := c.reasons[a.Reason]
	switch {
	case ok && strings.EqualFold(r.Type, "hired"):
		return ats.ApplicationHired
	case ok && reasonKind(r) == ats.ReasonWithdrawn:
		return ats.ApplicationWithdrawn
	}
	return ats.ApplicationRejected
}

// toApplication maps an opportunity on a posting; ok is false for a
// general lead (no posting), which is a person, not an application.
func (c catalog) toApplication(o *wireOpportunity, raw json.RawMessage, includeRaw bool) (ats.Application, bool) {
	posting := o.postingID()
	if posting == "" {
		return ats.Application{}, false
	}
	a := ats.Application{
		ID:          o.ID,
		CandidateID: o.Contact.ID,
		JobID:       posting,
		Stage:       c.stage(o.Stage),
		Status:      c.status(o.Archived),
		Source:      firstOf(o.Sources),
		AppliedAt:   o.CreatedAt.UTC(),
		UpdatedAt:   o.UpdatedAt.UTC(),
	}
	if o.Archived != nil {
		at := o.Archived.ArchivedAt.Ptr()
		if a.Status == ats.ApplicationHired {
			a.HiredAt = at
		} else {
			a.RejectedAt = at
		}
	}
	if includeRaw {
		a.Raw = raw
	}
	return a, true
}

// contact is one person as atsbridge sees Lever: the contact's id and its
// opportunities, oldest first.
type contact struct {
	id   string
	opps []*wireOpportunity
	raws []json.RawMessage
}

// toCandidate maps a contact. The person's fields (name, emails, phones,
// headline) are the contact's and read the same on each opportunity; the
// newest opportunity's are used. Tags gather every opportunity's, source
// is the first source of the oldest, application_ids the opportunities on
// a posting (oldest first), created_at the oldest opportunity's and
// updated_at the latest change of any. raw is {"contact": id,
// "opportunities": [Lever's objects]}.
func toCandidate(c contact, includeRaw bool) ats.Candidate {
	newest := c.opps[len(c.opps)-1]
	first, last, _ := strings.Cut(strings.TrimSpace(newest.Name), " ")
	out := ats.Candidate{
		ID: c.id, FirstName: first, LastName: strings.TrimSpace(last), Name: strings.TrimSpace(newest.Name),
		Headline: wire.Optional(newest.Headline), Tags: []string{}, ApplicationIDs: []string{},
		CreatedAt: c.opps[0].CreatedAt.UTC(),
	}
	if len(newest.Emails) > 0 {
		out.Email = newest.Emails[0]
	}
	if len(newest.Phones) > 0 {
		out.Phone = wire.Optional(newest.Phones[0].Value)
	}
	for _, o := range c.opps {
		if out.Source == nil {
			out.Source = firstOf(o.Sources)
		}
		for _, t := range o.Tags {
			if !slices.Contains(out.Tags, t) {
				out.Tags = append(out.Tags, t)
			}
		}
		if o.postingID() != "" {
			out.ApplicationIDs = append(out.ApplicationIDs, o.ID)
		}
		if u := o.UpdatedAt.UTC(); u.After(out.UpdatedAt) {
			out.UpdatedAt = u
		}
	}
	if includeRaw {
		b, err := json.Marshal(struct {
			Contact       string            `json:"contact"`
			Opportunities []json.RawMessage `json:"opportunities"`
		}{c.id, c.raws})
		if err == nil {
			out.Raw = b
		}
	}
	return out
}

func firstOf(v []string) *string {
	for _, s := range v {
		if o := wire.Optional(s); o != nil {
			return o
		}
	}
	return nil
}
