package levertest

import (
	"crypto/sha256"
	"fmt"
	"slices"
	"strings"
	"time"
)

// Posting is a job posting as the fake stores it.
type Posting struct {
	ID   string
	Text string
	// State is published, internal, closed, draft, pending or rejected
	// (the documented set is UNCONFIRMED; these are the values the facts
	// name).
	State        string
	Confidential bool
	Department   string
	Team         string
	Location     string
	AllLocations []string
	Commitment   string
	Level        string
	// Country is a country code ("US").
	Country string
	// WorkplaceType is unspecified, on-site, remote or hybrid.
	WorkplaceType   string
	Tags            []string
	Description     string
	DescriptionHTML string
	Lists           []PostingList
	Closing         string
	Owner           string
	CreatedAt       time.Time
	UpdatedAt       time.Time
}

// PostingList is one list of a posting's content (requirements, ...).
type PostingList struct {
	Text    string
	Content string
}

// Contact is the person behind opportunities: Lever keeps one contact per
// email address and shares it between the person's opportunities.
type Contact struct {
	ID       string
	Name     string
	Headline string
	Location string
	Emails   []string
	Phones   []Phone
}

// Phone is a phone number of a contact.
type Phone struct {
	Type  string
	Value string
}

// Opportunity is one candidacy of a contact. When added, Name, Headline,
// Location, Emails and Phones describe the person: the fake files the
// opportunity under the contact with one of the emails (Lever's dedupe),
// or under ContactID when set, or under a new contact.
type Opportunity struct {
	ID        string
	ContactID string
	Name      string
	Headline  string
	Location  string
	Emails    []string
	Phones    []Phone
	// StageID is the stage the opportunity is in (see Stages).
	StageID string
	// Archived is set when the opportunity is archived, with a reason of
	// type hired or non-hired.
	Archived *Archive
	// Applications tie the opportunity to postings (one each); none makes
	// it a general lead.
	Applications []Application
	StageChanges []StageChange
	Tags         []string
	Sources      []string
	Links        []string
	// Origin is applied, sourced, referred, university, internal or agency.
	Origin         string
	Owner          string
	Resumes        []Document
	Files          []Document
	Notes          []string
	CreatedAt      time.Time
	UpdatedAt      time.Time
	LastAdvancedAt time.Time
}

// Postings lists the ids of the postings the opportunity applies to.
func (o Opportunity) Postings() []string {
	var out []string
	for _, a := range o.Applications {
		if a.PostingID != "" {
			out = append(out, a.PostingID)
		}
	}
	return out
}

// Archive is an opportunity's archive state.
type Archive struct {
	Reason string
	At     time.Time
}

// Application ties an opportunity to a posting.
type Application struct {
	ID        string
	PostingID string
	// Type is posting (applied on the job site), user (added by a user) or
	// referral.
	Type      string
	CreatedAt time.Time
}

// StageChange is one entry of an opportunity's stage history.
type StageChange struct {
	ToStageID    string
	ToStageIndex int
	At           time.Time
	UserID       string
}

// Document is a resume or a file of an opportunity.
type Document struct {
	ID          string
	Name        string
	ContentType string
	Data        []byte
	// Parsed is set on resumes that came with parse=true.
	Parsed     bool
	UploadedAt time.Time
}

// Stage is a pipeline stage of the account (Lever's stages are
// account-wide, in pipeline order).
type Stage struct {
	ID   string
	Text string
}

// ArchiveReason is a reason opportunities are archived with.
type ArchiveReason struct {
	ID   string
	Text string
	// Type is hired or non-hired.
	Type string
	// Status is active or inactive.
	Status string
}

// User is a Lever user, the actor of writes (perform_as).
type User struct {
	ID       string
	Name     string
	Username string
	Email    string
	// AccessRole is super admin, admin, team member, limited team member
	// or interviewer.
	AccessRole    string
	DeactivatedAt *time.Time
	CreatedAt     time.Time
}

// Ids of the account's stages that are not built in, for tests.
const (
	StageRecruiterScreen = "c9a1b3e2-53f4-4d0a-9e51-0a5c2d7f1001"
	StagePhoneInterview  = "c9a1b3e2-53f4-4d0a-9e51-0a5c2d7f1002"
	StageAssessment      = "c9a1b3e2-53f4-4d0a-9e51-0a5c2d7f1003"
	StageOnsite          = "c9a1b3e2-53f4-4d0a-9e51-0a5c2d7f1004"
	StageReferences      = "c9a1b3e2-53f4-4d0a-9e51-0a5c2d7f1005"
)

// DefaultStages is a Lever pipeline: the built-in lead and applicant
// stages and offer, account stages with UUIDs between them, and one with a
// non-ASCII name that says nothing of its kind.
func DefaultStages() []Stage {
	return []Stage{
		{ID: "lead-new", Text: "New lead"},
		{ID: "lead-reached-out", Text: "Reached out"},
		{ID: "lead-responded", Text: "Responded"},
		{ID: "applicant-new", Text: "New applicant"},
		{ID: StageRecruiterScreen, Text: "Recruiter screen"},
		{ID: StagePhoneInterview, Text: "Phone interview"},
		{ID: StageAssessment, Text: "Take-home assessment"},
		{ID: StageOnsite, Text: "On-site interview"},
		{ID: StageReferences, Text: "Vérification des références"},
		{ID: "offer", Text: "Offer"},
	}
}

// Ids of the default archive reasons, for tests.
const (
	ReasonHired          = "a7e0c1d4-0b6e-4c59-8f0e-7d9b3e2a2001"
	ReasonUnderqualified = "a7e0c1d4-0b6e-4c59-8f0e-7d9b3e2a2002"
	ReasonWithdrew       = "a7e0c1d4-0b6e-4c59-8f0e-7d9b3e2a2003"
	ReasonAnother        = "a7e0c1d4-0b6e-4c59-8f0e-7d9b3e2a2004"
	ReasonTiming         = "a7e0c1d4-0b6e-4c59-8f0e-7d9b3e2a2005"
	ReasonTropJunior     = "a7e0c1d4-0b6e-4c59-8f0e-7d9b3e2a2006"
	ReasonOld            = "a7e0c1d4-0b6e-4c59-8f0e-7d9b3e2a2007"
)

// DefaultArchiveReasons has one hired reason, non-hired ones (a withdrawal
// among them, one with a non-ASCII name), and an inactive one.
func DefaultArchiveReasons() []ArchiveReason {
	return []ArchiveReason{
		{ID: ReasonHired, Text: "Hired", Type: "hired", Status: "active"},
		{ID: ReasonUnderqualified, Text: "Underqualified", Type: "non-hired", Status: "active"},
		{ID: ReasonWithdrew, Text: "Candidate withdrew", Type: "non-hired", Status: "active"},
		{ID: ReasonAnother, Text: "Went with another candidate", Type: "non-hired", Status: "active"},
		{ID: ReasonTiming, Text: "Timing", Type: "non-hired", Status: "active"},
		{ID: ReasonTropJunior, Text: "Profil trop junior — à revoir", Type: "non-hired", Status: "active"},
		{ID: ReasonOld, Text: "Old reason", Type: "non-hired", Status: "inactive"},
	}
}

// Ids of the default users, for tests.
const (
	UserFormerAdmin = "5e1d0a9b-7c3f-4e2a-b1d8-3f6a9c0e3001"
	UserTeamMember  = "5e1d0a9b-7c3f-4e2a-b1d8-3f6a9c0e3002"
	UserAdmin       = "5e1d0a9b-7c3f-4e2a-b1d8-3f6a9c0e3003"
	UserSuperAdmin  = "5e1d0a9b-7c3f-4e2a-b1d8-3f6a9c0e3004"
)

// DefaultUsers has a deactivated super admin first and an active team
// member second, so that a client picking the first user, or the first
// admin, blindly is caught: the first active admin is UserAdmin.
func DefaultUsers() []User {
	gone := seedBase.Add(-24 * time.Hour)
	return []User{
		{ID: UserFormerAdmin, Name: "Former Admin", Username: "former", Email: "former@acme.example", AccessRole: "super admin", DeactivatedAt: &gone, CreatedAt: seedBase.Add(-900 * time.Hour)},
		{ID: UserTeamMember, Name: "Tara Team", Username: "tara", Email: "tara@acme.example", AccessRole: "team member", CreatedAt: seedBase.Add(-800 * time.Hour)},
		{ID: UserAdmin, Name: "Ada Admin", Username: "ada", Email: "ada@acme.example", AccessRole: "admin", CreatedAt: seedBase.Add(-700 * time.Hour)},
		{ID: UserSuperAdmin, Name: "Sam Super", Username: "sam", Email: "sam@acme.example", AccessRole: "super admin", CreatedAt: seedBase.Add(-600 * time.Hour)},
	}
}

// newID returns the next id: a UUID derived from a counter, so that runs
// are reproducible. The caller holds s.mu.
func (s *Server) newID() string {
	s.seq++
	h := sha256.Sum256(fmt.Appendf(nil, "levertest-%d", s.seq))
	h[6] = h[6]&0x0f | 0x40 // version 4
	h[8] = h[8]&0x3f | 0x80 // RFC 4122 variant
	return fmt.Sprintf("%x-%x-%x-%x-%x", h[0:4], h[4:6], h[6:8], h[8:10], h[10:16])
}

// now is the fake's clock at millisecond precision, Lever's.
func (s *Server) now() time.Time { return s.opts.Now().UTC().Truncate(time.Millisecond) }

// AddPosting stores p, giving it an id and times when they are empty, and
// returns it as stored.
func (s *Server) AddPosting(p Posting) Posting {
	s.mu.Lock()
	defer s.mu.Unlock()
	if p.ID == "" {
		p.ID = s.newID()
	}
	if p.State == "" {
		p.State = "published"
	}
	if p.WorkplaceType == "" {
		p.WorkplaceType = "unspecified"
	}
	if p.CreatedAt.IsZero() {
		p.CreatedAt = s.now()
	}
	if p.UpdatedAt.IsZero() {
		p.UpdatedAt = p.CreatedAt
	}
	if p.Location != "" && len(p.AllLocations) == 0 {
		p.AllLocations = []string{p.Location}
	}
	s.postings = insertSorted(s.postings, p, func(p Posting) (time.Time, string) { return p.CreatedAt, p.ID })
	return p
}

// AddOpportunity stores o under its contact (see Opportunity), giving it
// ids, a stage and times when they are empty, and returns it as stored.
// Applications must name postings the fake has.
func (s *Server) AddOpportunity(o Opportunity) Opportunity {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.addOpportunityLocked(o)
}

func (s *Server) addOpportunityLocked(o Opportunity) Opportunity {
	if o.ID == "" {
		o.ID = s.newID()
	}
	if o.CreatedAt.IsZero() {
		o.CreatedAt = s.now()
	}
	if o.UpdatedAt.IsZero() {
		o.UpdatedAt = o.CreatedAt
	}
	if o.StageID == "" {
		o.StageID = "lead-new"
		if len(o.Applications) > 0 {
			o.StageID = "applicant-new"
		}
	}
	if o.Origin == "" {
		o.Origin = "sourced"
	}
	if o.Owner == "" {
		o.Owner = UserAdmin
	}
	for i := range o.Applications {
		a := &o.Applications[i]
		if _, ok := s.postingLocked(a.PostingID); !ok {
			panic("levertest: AddOpportunity: no posting " + a.PostingID)
		}
		if a.ID == "" {
			a.ID = s.newID()
		}
		if a.Type == "" {
			a.Type = "user"
		}
		if a.CreatedAt.IsZero() {
			a.CreatedAt = o.CreatedAt
		}
	}
	if len(o.StageChanges) == 0 {
		o.StageChanges = []StageChange{{ToStageID: o.StageID, ToStageIndex: s.stageIndexLocked(o.StageID), At: o.CreatedAt, UserID: o.Owner}}
	}
	if o.LastAdvancedAt.IsZero() {
		o.LastAdvancedAt = o.StageChanges[len(o.StageChanges)-1].At
	}
	c := s.contactForLocked(o)
	o.ContactID = c.ID
	s.opportunities = insertSorted(s.opportunities, o, func(o Opportunity) (time.Time, string) { return o.CreatedAt, o.ID })
	return s.withContact(o)
}

// contactForLocked finds or makes the contact of a new opportunity:
// ContactID when set, else the contact that has one of its emails (Lever
// dedupes people by email), else a new one. A known contact gains the
// emails and phones it did not have. The caller holds s.mu.
func (s *Server) contactForLocked(o Opportunity) *Contact {
	c := s.contacts[o.ContactID]
	if c == nil && o.ContactID != "" {
		c = &Contact{ID: o.ContactID}
		s.contacts[c.ID] = c
	}
	if c == nil {
		c = s.contactByEmailLocked(o.Emails)
	}
	if c == nil {
		c = &Contact{ID: s.newID()}
		s.contacts[c.ID] = c
	}
	if c.Name == "" {
		c.Name = o.Name
	}
	if c.Headline == "" {
		c.Headline = o.Headline
	}
	if c.Location == "" {
		c.Location = o.Location
	}
	for _, e := range o.Emails {
		if !slices.ContainsFunc(c.Emails, func(x string) bool { return strings.EqualFold(x, e) }) {
			c.Emails = append(c.Emails, e)
		}
	}
	for _, p := range o.Phones {
		if !slices.ContainsFunc(c.Phones, func(x Phone) bool { return x.Value == p.Value }) {
			c.Phones = append(c.Phones, p)
		}
	}
	return c
}

func (s *Server) contactByEmailLocked(emails []string) *Contact {
	for _, e := range emails {
		for _, c := range s.contacts {
			if slices.ContainsFunc(c.Emails, func(x string) bool { return strings.EqualFold(x, strings.TrimSpace(e)) }) {
				return c
			}
		}
	}
	return nil
}

// withContact fills o's person fields from its contact. The caller holds
// s.mu.
func (s *Server) withContact(o Opportunity) Opportunity {
	if c := s.contacts[o.ContactID]; c != nil {
		o.Name, o.Headline, o.Location = c.Name, c.Headline, c.Location
		o.Emails = append([]string(nil), c.Emails...)
		o.Phones = append([]Phone(nil), c.Phones...)
	}
	return o
}

// Postings returns a snapshot of every posting, in list order.
func (s *Server) Postings() []Posting {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Clone(s.postings)
}

// Opportunities returns a snapshot of every opportunity, in list order,
// with the person fields of its contact.
func (s *Server) Opportunities() []Opportunity {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]Opportunity, len(s.opportunities))
	for i, o := range s.opportunities {
		out[i] = s.withContact(o)
	}
	return out
}

// Opportunity returns one opportunity by id.
func (s *Server) Opportunity(id string) (Opportunity, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	i := s.opportunityIndexLocked(id)
	if i < 0 {
		return Opportunity{}, false
	}
	return s.withContact(s.opportunities[i]), true
}

// Stages returns the account's stages in pipeline order.
func (s *Server) Stages() []Stage {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Clone(s.stages)
}

// ArchiveReasons returns the account's archive reasons.
func (s *Server) ArchiveReasons() []ArchiveReason {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Clone(s.reasons)
}

// SetUsers replaces the account's users; /users lists them by creation.
func (s *Server) SetUsers(us []User) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.users = nil
	for _, u := range us {
		s.users = insertSorted(s.users, u, func(u User) (time.Time, string) { return u.CreatedAt, u.ID })
	}
}

// insertSorted inserts v keeping list ascending by (time, id), the order
// the fake lists records in.
func insertSorted[T any](list []T, v T, key func(T) (time.Time, string)) []T {
	less := func(a, b T) bool {
		ta, ia := key(a)
		tb, ib := key(b)
		return ta.Before(tb) || ta.Equal(tb) && ia < ib
	}
	i := len(list)
	for i > 0 && less(v, list[i-1]) {
		i--
	}
	return slices.Insert(list, i, v)
}

// Locked lookups. The caller holds s.mu.

func (s *Server) postingLocked(id string) (Posting, bool) {
	for _, p := range s.postings {
		if p.ID == id {
			return p, true
		}
	}
	return Posting{}, false
}

func (s *Server) opportunityIndexLocked(id string) int {
	for i, o := range s.opportunities {
		if o.ID == id {
			return i
		}
	}
	return -1
}

func (s *Server) userLocked(id string) (User, bool) {
	for _, u := range s.users {
		if u.ID == id {
			return u, true
		}
	}
	return User{}, false
}

func (s *Server) stageIndexLocked(id string) int {
	for i, st := range s.stages {
		if st.ID == id {
			return i
		}
	}
	return -1
}

func (s *Server) reasonLocked(id string) (ArchiveReason, bool) {
	for _, r := range s.reasons {
		if r.ID == id {
			return r, true
		}
	}
	return ArchiveReason{}, false
}

// confidentialLocked reports whether o applies to a confidential posting,
// which makes the opportunity confidential too.
func (s *Server) confidentialLocked(o Opportunity) bool {
	for _, id := range o.Postings() {
		if p, ok := s.postingLocked(id); ok && p.Confidential {
			return true
		}
	}
	return false
}
