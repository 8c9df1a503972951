package greenhousetest

import (
	"net/http"
	"slices"
	"strconv"
	"strings"
)

// listCandidates serves GET /v3/candidates: email (case-insensitive here;
// unconfirmed), tag, private, last_activity_at, and the common filters.
// There is no job filter: a job's candidates are found through its
// applications.
func (c *call) listCandidates() {
	lq, ok := c.readList("/candidates", []string{"email", "tag", "private"}, []string{"last_activity_at"})
	if !ok {
		return
	}
	email, tag, private := strings.TrimSpace(lq.q.Get("email")), lq.q.Get("tag"), lq.q.Get("private")
	s := c.s
	s.mu.Lock()
	defer s.mu.Unlock()
	page(c, "/candidates", lq, s.data.candidates, candID, func(x Candidate) bool {
		switch {
		case !lq.keep(x.ID, x.CreatedAt, x.UpdatedAt),
			!holds(lq.times["last_activity_at"], x.LastActivityAt),
			email != "" && !slices.ContainsFunc(x.Emails, func(e Contact) bool { return strings.EqualFold(e.Value, email) }),
			tag != "" && !slices.Contains(x.Tags, tag),
			private != "" && strconv.FormatBool(x.Private) != private:
			return false
		}
		return true
	}, func(x Candidate) any { return candidateJSON(x) })
}

type contactIn struct {
	Value string `json:"value"`
	Type  string `json:"type"`
}

// candidateIn is POST /v3/candidates's body (facts §3.4).
type candidateIn struct {
	FirstName            *string     `json:"first_name"`
	LastName             *string     `json:"last_name"`
	PreferredName        *string     `json:"preferred_name"`
	Company              *string     `json:"company"`
	Title                *string     `json:"title"`
	EmailAddresses       []contactIn `json:"email_addresses"`
	PhoneNumbers         []contactIn `json:"phone_numbers"`
	Addresses            []contactIn `json:"addresses"`
	WebsiteAddresses     []contactIn `json:"website_addresses"`
	SocialMediaAddresses []contactIn `json:"social_media_addresses"`
	Tags                 []string    `json:"tags"`
	CustomFields         []any       `json:"custom_fields"`
	Application          *struct {
		JobID         *int64 `json:"job_id"`
		SourceID      *int64 `json:"source_id"`
		RecruiterID   *int64 `json:"recruiter_id"`
		CoordinatorID *int64 `json:"coordinator_id"`
	} `json:"application"`
}

var (
	emailTypes = []string{"personal", "work", "other"}
	phoneTypes = []string{"home", "work", "mobile", "skype", "other"}
)

// createCandidate serves POST /v3/candidates: the candidate, and with a
// nested application its one application, which lands on the job's first
// stage. 201 with {"candidate": ..., "application": ...|null}, or the
// candidate alone with Options.FlatCandidate (the shape is unconfirmed).
// Greenhouse does not refuse an email it already has, and neither does
// the fake.
func (c *call) createCandidate() {
	var in candidateIn
	if !c.decodeBody(&in) {
		return
	}
	var errs []any
	if in.FirstName == nil || strings.TrimSpace(*in.FirstName) == "" {
		errs = append(errs, fieldError("first_name", "can't be blank"))
	}
	if in.LastName == nil || strings.TrimSpace(*in.LastName) == "" {
		errs = append(errs, fieldError("last_name", "can't be blank"))
	}
	errs = append(errs, checkContacts("email_addresses", in.EmailAddresses, emailTypes)...)
	errs = append(errs, checkContacts("phone_numbers", in.PhoneNumbers, phoneTypes)...)
	s := c.s
	s.mu.Lock()
	defer s.mu.Unlock()
	var job Job
	if in.Application != nil {
		found := false
		if in.Application.JobID != nil {
			job, found = s.jobLocked(*in.Application.JobID)
		}
		if !found {
			// Unconfirmed: what Greenhouse answers for an unknown job. It
			// is assumed to accept closed and draft jobs (undocumented), so
			// refusing those is the client's rule.
			errs = append(errs, fieldError("application.job_id", "must be the id of a job"))
		}
	}
	if len(errs) > 0 {
		writeUnprocessable(c.w, errs...)
		return
	}
	cand := Candidate{FirstName: strings.TrimSpace(*in.FirstName), LastName: strings.TrimSpace(*in.LastName),
		Tags: in.Tags, CreatedAt: c.now}
	if in.Company != nil {
		cand.Company = *in.Company
	}
	if in.Title != nil {
		cand.Title = *in.Title
	}
	for _, e := range in.EmailAddresses {
		cand.Emails = append(cand.Emails, Contact(e))
	}
	for _, p := range in.PhoneNumbers {
		cand.Phones = append(cand.Phones, Contact(p))
	}
	cand = s.addCandidateLocked(cand)
	var app any
	if in.Application != nil {
		a := Application{CandidateID: cand.ID, JobID: job.ID, CreatedAt: c.now}
		if in.Application.SourceID != nil {
			a.SourceID = *in.Application.SourceID
		}
		app = s.applicationJSON(s.addApplicationLocked(a))
	}
	if s.opts.FlatCandidate {
		writeJSON(c.w, http.StatusCreated, candidateJSON(cand))
		return
	}
	writeJSON(c.w, http.StatusCreated, map[string]any{"candidate": candidateJSON(cand), "application": app})
}

// checkContacts checks typed contacts: a value, and a type from types on
// every entry.
func checkContacts(field string, cs []contactIn, types []string) []any {
	var errs []any
	for i, c := range cs {
		at := field + "[" + strconv.Itoa(i) + "]"
		if strings.TrimSpace(c.Value) == "" {
			errs = append(errs, fieldError(at+".value", "can't be blank"))
		}
		if !slices.Contains(types, c.Type) {
			errs = append(errs, fieldError(at+".type", "must be one of "+strings.Join(types, ", ")))
		}
	}
	return errs
}
