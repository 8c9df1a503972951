package workabletest

import (
	"fmt"
	"strings"
	"time"
)

// Job is a job as the fake stores it. Zero-valued optional fields are sent
// as null.
type Job struct {
	// ID is the internal hex id lists are sorted and paged by.
	ID string
	// Shortcode is the id clients address a job by.
	Shortcode      string
	Title          string
	State          string // draft, published, closed, archived
	Department     string
	City           string
	Region         string
	Country        string
	CountryCode    string
	Workplace      string // on_site, hybrid, remote
	EmploymentType string
	Description    string
	// Stages is the job's own pipeline; nil is the account's (Stages).
	Stages    []Stage
	CreatedAt time.Time
	UpdatedAt time.Time
}

// Candidate is a candidate record as the fake stores it: one person in one
// job (JobShortcode), or in the talent pool (JobShortcode "").
type Candidate struct {
	ID           string
	Name         string
	FirstName    string
	LastName     string
	Email        string
	Phone        string
	Headline     string
	JobShortcode string
	// StageSlug is the stage the candidate is in (see Stages).
	StageSlug      string
	Disqualified   bool
	Withdrew       bool
	DisqualifiedAt *time.Time
	// DisqualifyReasonID and DisqualifyNote are what /disqualify was
	// given; the reason's description is the record's
	// disqualification_reason.
	DisqualifyReasonID string
	DisqualifyNote     string
	HiredAt            *time.Time
	Sourced            bool
	Domain             string
	Tags               []string
	ResumeURL          string
	// OriginatingID is set on copies made by /candidates/{id}/copy.
	OriginatingID string
	// Resume is the file sent with a create or a PATCH ({name, data}),
	// nil without one; the record's resume_url is then a signed link of
	// the fake's that serves it.
	Resume *File
	// Education, Experience, Skills and SocialProfiles are the structured
	// data a create sent, as JSON, echoed in single-candidate answers.
	Education      []any
	Experience     []any
	Skills         []any
	SocialProfiles []any
	CreatedAt      time.Time
	UpdatedAt      time.Time
}

// File is a candidate's resume as Workable received it.
type File struct {
	Name string
	Data []byte
}

// Stage is a pipeline stage: responses name it, filters take the slug.
type Stage struct {
	Slug     string
	Name     string
	Kind     string
	Position int
}

// Reason is a disqualification reason of the account (GET
// /disqualification_reasons).
type Reason struct {
	ID          string
	Description string
	// Withdrew files the reason under "candidate withdrew", else under
	// "candidate rejected".
	Withdrew bool
	Position int
}

// DefaultReasons are an account's disqualification reasons, of both
// categories.
func DefaultReasons() []Reason {
	return []Reason{
		{ID: "d1a1", Description: "Lacks experience", Position: 1},
		{ID: "d1a2", Description: "Not a culture add", Position: 2},
		{ID: "d1a3", Description: "Salary expectations", Position: 3},
		{ID: "d1b1", Description: "Accepted another offer", Withdrew: true, Position: 4},
		{ID: "d1b2", Description: "Not interested anymore", Withdrew: true, Position: 5},
	}
}

// Member is an account member, the actor of writes (member_id).
type Member struct {
	ID     string
	Name   string
	Email  string
	Roles  []string
	Active bool
}

// defaultStages is Workable's default pipeline plus one renamed custom
// stage, so that a stage kind can have two slugs.
func defaultStages() []Stage {
	return []Stage{
		{Slug: "sourced", Name: "Sourced", Kind: "sourced", Position: 0},
		{Slug: "applied", Name: "Applied", Kind: "applied", Position: 1},
		{Slug: "phone-screen", Name: "Phone Screen", Kind: "phone-screen", Position: 2},
		{Slug: "assessment", Name: "Assessment", Kind: "assessment", Position: 3},
		{Slug: "interview", Name: "Interview", Kind: "interview", Position: 4},
		{Slug: "technical-interview", Name: "Technical Interview", Kind: "interview", Position: 5},
		{Slug: "offer", Name: "Offer", Kind: "offer", Position: 6},
		{Slug: "hired", Name: "Hired", Kind: "hired", Position: 7},
	}
}

// defaultMembers has an inactive member first, so a client that picks the
// first member blindly is caught.
func defaultMembers() []Member {
	return []Member{
		{ID: "0a1b2c", Name: "Former Recruiter", Email: "former@acme.example", Roles: []string{"recruiter"}, Active: false},
		{ID: "1f395d", Name: "Alex Admin", Email: "alex@acme.example", Roles: []string{"admin"}, Active: true},
		{ID: "2c4e6a", Name: "Hana Hiring", Email: "hana@acme.example", Roles: []string{"hiring_manager"}, Active: true},
	}
}

// Seed times start here so that created_at filters have something to cut.
var seedBase = time.Date(2026, 1, 5, 9, 0, 0, 0, time.UTC)

var (
	seedDepartments = []string{"Engineering", "Sales", "Marketing", "Support"}
	seedPlaces      = []struct{ city, region, country, code, workplace string }{
		{"London", "England", "United Kingdom", "GB", "on_site"},
		{"Berlin", "Berlin", "Germany", "DE", "hybrid"},
		{"Athens", "Attica", "Greece", "GR", "remote"},
		{"Boston", "Massachusetts", "United States", "US", "on_site"},
	}
	seedTitles = []string{"Backend Engineer", "Account Executive", "Product Marketer", "Support Specialist", "Data Analyst"}
)

// SeedJobs adds n generated jobs: mostly published, every 5th closed, every
// 7th draft, every 11th archived; departments, places and titles cycle.
// It returns the jobs added.
func (s *Server) SeedJobs(n int) []Job {
	out := make([]Job, 0, n)
	for range n {
		s.mu.Lock()
		i := s.nextJob + 1
		s.mu.Unlock()
		state := "published"
		switch {
		case i%11 == 0:
			state = "archived"
		case i%7 == 0:
			state = "draft"
		case i%5 == 0:
			state = "closed"
		}
		p := seedPlaces[i%len(seedPlaces)]
		created := seedBase.Add(time.Duration(i) * time.Hour)
		out = append(out, s.AddJob(Job{
			Title:      fmt.Sprintf("%s %03d", seedTitles[i%len(seedTitles)], i),
			State:      state,
			Department: seedDepartments[i%len(seedDepartments)],
			City:       p.city, Region: p.region, Country: p.country, CountryCode: p.code, Workplace: p.workplace,
			EmploymentType: "Full-time",
			Description:    fmt.Sprintf("<p>Job %d: build things that matter.</p>", i),
			CreatedAt:      created,
			UpdatedAt:      created.Add(time.Duration(i) * time.Minute),
		}))
	}
	return out
}

// AddJob stores j, giving it the next id and a shortcode when they are
// empty, and returns it as stored.
func (s *Server) AddJob(j Job) Job {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.nextJob++
	if j.ID == "" {
		j.ID = fmt.Sprintf("%06x", 0x5b0000+s.nextJob)
	}
	if j.Shortcode == "" {
		j.Shortcode = fmt.Sprintf("%010X", 0x9CD658E000+s.nextJob*0x1F)
	}
	if j.State == "" {
		j.State = "published"
	}
	if j.CreatedAt.IsZero() {
		j.CreatedAt = s.opts.Now().UTC().Truncate(time.Second)
	}
	if j.UpdatedAt.IsZero() {
		j.UpdatedAt = j.CreatedAt
	}
	s.jobs = insertSorted(s.jobs, j, func(j Job) string { return j.ID })
	return j
}

// SeedCandidates adds n generated candidates spread over the published
// jobs: stages cycle through the pipeline; every 6th is disqualified, every
// 13th withdrew, and those in the hired stage have hired_at. It returns the
// candidates added. Seed jobs first.
func (s *Server) SeedCandidates(n int) []Candidate {
	var open []string
	for _, j := range s.Jobs() {
		if j.State == "published" {
			open = append(open, j.Shortcode)
		}
	}
	if len(open) == 0 {
		panic("workabletest: SeedCandidates needs published jobs; call SeedJobs first")
	}
	stages := defaultStages()
	out := make([]Candidate, 0, n)
	for range n {
		s.mu.Lock()
		i := s.nextCand + 1
		s.mu.Unlock()
		first, last := fmt.Sprintf("Person%03d", i), "Example"
		created := seedBase.Add(time.Duration(i) * 30 * time.Minute)
		c := Candidate{
			Name: first + " " + last, FirstName: first, LastName: last,
			Email:        fmt.Sprintf("person%03d@example.com", i),
			Phone:        fmt.Sprintf("+3021000%05d", i),
			Headline:     "Professional " + seedTitles[i%len(seedTitles)],
			JobShortcode: open[i%len(open)],
			StageSlug:    stages[i%len(stages)].Slug,
			Domain:       "indeed.com",
			Tags:         []string{"seed"},
			CreatedAt:    created,
			UpdatedAt:    created.Add(time.Hour),
		}
		switch {
		case i%13 == 0:
			c.Disqualified, c.Withdrew = true, true
			c.DisqualifiedAt = new(created.Add(2 * time.Hour))
		case i%6 == 0:
			c.Disqualified = true
			c.DisqualifiedAt = new(created.Add(2 * time.Hour))
		}
		if c.StageSlug == "hired" {
			c.HiredAt = new(created.Add(3 * time.Hour))
		}
		out = append(out, s.AddCandidate(c))
	}
	return out
}

// AddCandidate stores c, giving it the next id when empty, and returns it
// as stored.
func (s *Server) AddCandidate(c Candidate) Candidate {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.addCandidateLocked(c)
}

func (s *Server) addCandidateLocked(c Candidate) Candidate {
	s.nextCand++
	if c.ID == "" {
		c.ID = fmt.Sprintf("%08x", 0x27270000+s.nextCand)
	}
	if c.StageSlug == "" {
		c.StageSlug = "applied"
	}
	if c.CreatedAt.IsZero() {
		c.CreatedAt = s.opts.Now().UTC().Truncate(time.Second)
	}
	if c.UpdatedAt.IsZero() {
		c.UpdatedAt = c.CreatedAt
	}
	if c.Name == "" {
		c.Name = strings.TrimSpace(c.FirstName + " " + c.LastName)
	}
	s.candidates = insertSorted(s.candidates, c, func(c Candidate) string { return c.ID })
	return c
}

// Jobs returns a snapshot of every job, ascending by id.
func (s *Server) Jobs() []Job {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Job(nil), s.jobs...)
}

// Candidates returns a snapshot of every candidate record, ascending by id.
func (s *Server) Candidates() []Candidate {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Candidate(nil), s.candidates...)
}

// Stages returns the account's pipeline stages.
func (s *Server) Stages() []Stage {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Stage(nil), s.stages...)
}

// Reasons returns the account's disqualification reasons.
func (s *Server) Reasons() []Reason {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Reason(nil), s.reasons...)
}

// Candidate returns the candidate record with id, as stored.
func (s *Server) Candidate(id string) (Candidate, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	i := s.candidateIndex(id)
	if i < 0 {
		return Candidate{}, false
	}
	return s.candidates[i], true
}

// SetMembers replaces the account's members.
func (s *Server) SetMembers(ms []Member) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.members = append([]Member(nil), ms...)
}

// insertSorted inserts v keeping list ascending by id; ids of one kind have
// a fixed width, so string order is id order.
func insertSorted[T any](list []T, v T, id func(T) string) []T {
	i := len(list)
	for i > 0 && id(list[i-1]) > id(v) {
		i--
	}
	list = append(list, v)
	copy(list[i+1:], list[i:])
	list[i] = v
	return list
}

// Locked lookups. The caller holds s.mu.

func (s *Server) jobByShortcode(code string) (Job, bool) {
	for _, j := range s.jobs {
		if j.Shortcode == code {
			return j, true
		}
	}
	return Job{}, false
}

func (s *Server) candidateIndex(id string) int {
	for i, c := range s.candidates {
		if c.ID == id {
			return i
		}
	}
	return -1
}

// stagesOf is the pipeline of the job with shortcode: its own, else the
// account's.
func (s *Server) stagesOf(shortcode string) []Stage {
	if j, ok := s.jobByShortcode(shortcode); ok && j.Stages != nil {
		return j.Stages
	}
	return s.stages
}

// stageBySlug is the stage slug of the job's pipeline (or of the account's).
func (s *Server) stageBySlug(shortcode, slug string) Stage {
	for _, st := range append(s.stagesOf(shortcode), s.stages...) {
		if st.Slug == slug {
			return st
		}
	}
	return Stage{Slug: slug, Name: slug, Kind: slug}
}

func (s *Server) reasonByID(id string) (Reason, bool) {
	for _, r := range s.reasons {
		if r.ID == id {
			return r, true
		}
	}
	return Reason{}, false
}
