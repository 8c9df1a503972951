package greenhousetest

import (
	"slices"
	"time"
)

// The records the fake keeps. Ids are Greenhouse's integers; 0 in an
// optional id field means none (sent as null). Tests build records with the
// Add methods, which fill ids and times left empty, and read them back with
// the snapshot methods.

// User is a Greenhouse user a token can act as (sub).
type User struct {
	ID        int64
	Name      string
	SiteAdmin bool
}

// Department is a department; jobs point at one by id.
type Department struct {
	ID       int64
	Name     string
	ParentID int64
}

// Office is an office; jobs point at several by id. Location is the
// office's location name ("Berlin, Germany"), empty for none.
type Office struct {
	ID       int64
	Name     string
	Location string
	ParentID int64
}

// Job is a job. Status is open, closed or draft.
type Job struct {
	ID             int64
	Name           string
	Status         string
	RequisitionID  string
	Confidential   bool
	DepartmentID   int64
	OfficeIDs      []int64
	EmploymentType string // the employment_type custom field, "" for none
	OpenedAt       *time.Time
	ClosedAt       *time.Time
	CreatedAt      time.Time
	UpdatedAt      time.Time
}

// JobPost is a job's candidate-facing post, where its description lives.
type JobPost struct {
	ID              int64
	JobID           int64
	Title           string
	Content         string // HTML
	InternalContent string
	Live            bool
	Internal        bool
	CreatedAt       time.Time
	UpdatedAt       time.Time
}

// Stage is one of a job's interview stages (job_interview_stages).
type Stage struct {
	ID        int64
	JobID     int64
	Name      string
	SortOrder int
	// Inactive stages are listed with active: false.
	Inactive  bool
	CreatedAt time.Time
	UpdatedAt time.Time
}

// Contact is one typed email address or phone number.
type Contact struct {
	Value string
	Type  string
}

// Candidate is a person.
type Candidate struct {
	ID             int64
	FirstName      string
	LastName       string
	Company        string
	Title          string
	Emails         []Contact
	Phones         []Contact
	Tags           []string
	Private        bool
	LastActivityAt time.Time
	CreatedAt      time.Time
	UpdatedAt      time.Time
}

// Application statuses as Greenhouse answers them.
const (
	StatusInProcess = "in_process"
	StatusRejected  = "rejected"
	StatusHired     = "hired"
	StatusConverted = "converted"
)

// Application is one candidate in one job, or a prospect application
// (Prospect, JobID 0, ProspectiveJobIDs).
type Application struct {
	ID                int64
	CandidateID       int64
	JobID             int64
	Prospect          bool
	ProspectiveJobIDs []int64
	// Status is in_process, rejected, hired or converted.
	Status            string
	StageID           int64
	SourceID          int64
	RejectionReasonID int64
	RejectedAt        *time.Time
	// RejectionNotes and RejectionEmail record the last reject's body.
	RejectionNotes string
	RejectionEmail map[string]any
	// MovedBy is the sub of the token of the last move, reject or unreject
	// ("" for the service user).
	MovedBy        string
	LastActivityAt time.Time
	CreatedAt      time.Time
	UpdatedAt      time.Time
}

// RejectionReason is a reason to reject with. Type is Greenhouse's
// rejection reason type: "We rejected them", "They rejected us" or "None
// specified". Default reasons are Greenhouse's built-in ones, listed only
// with include_defaults=true.
type RejectionReason struct {
	ID      int64
	Name    string
	Type    string
	Default bool
}

// Attachment is a file on an application. Data holds uploaded content;
// SourceURL the url Greenhouse was asked to download instead.
type Attachment struct {
	ID            int64
	ApplicationID int64
	CandidateID   int64
	Type          string
	Filename      string
	ContentType   string
	Visibility    string
	Data          []byte
	SourceURL     string
	CreatedAt     time.Time
	UpdatedAt     time.Time
}

// store holds the account's records, each list ascending by id.
type store struct {
	users        map[int64]User
	departments  []Department
	offices      []Office
	jobs         []Job
	posts        []JobPost
	stages       []Stage
	candidates   []Candidate
	applications []Application
	reasons      []RejectionReason
	attachments  []Attachment
	next         map[string]int64
}

// Where each kind's ids start. Candidate, application and attachment ids
// are above 2^31, as Greenhouse's can be, so that a client reading them
// into 32 bits shows.
var idBase = map[string]int64{
	"department": 4500000, "office": 4600000, "job": 4012000, "post": 4700000,
	"stage": 7700000, "candidate": 3100000000, "application": 4200000000,
	"reason": 8800000, "attachment": 9900000000,
}

func newStore() store {
	st := store{users: map[int64]User{
		AdminUserID: {ID: AdminUserID, Name: "Ada Admin", SiteAdmin: true},
		BasicUserID: {ID: BasicUserID, Name: "Basil Basic"},
	}, next: map[string]int64{}}
	for k, v := range idBase {
		st.next[k] = v
	}
	return st
}

// id draws the next id of a kind unless one is given. A given id moves
// the sequence past it, so that later drawn ids stay unique and ascending.
func (st *store) id(kind string, given int64) int64 {
	if given != 0 {
		st.next[kind] = max(st.next[kind], given)
		return given
	}
	st.next[kind]++
	return st.next[kind]
}

// insert adds v to list keeping it ascending by id.
func insert[T any](list []T, v T, id func(T) int64) []T {
	i, _ := slices.BinarySearchFunc(list, id(v), func(x T, want int64) int {
		switch {
		case id(x) < want:
			return -1
		case id(x) > want:
			return 1
		}
		return 0
	})
	return slices.Insert(list, i, v)
}

// find returns the index of the record with id, or -1.
func find[T any](list []T, id int64, idOf func(T) int64) int {
	return slices.IndexFunc(list, func(x T) bool { return idOf(x) == id })
}

func (s *Server) stamp(t time.Time) time.Time {
	if t.IsZero() {
		return s.opts.Now().UTC().Truncate(time.Millisecond)
	}
	return t.UTC()
}

// AddUser adds a user tokens can act as.
func (s *Server) AddUser(u User) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.data.users[u.ID] = u
}

// AddDepartment stores d and returns it as stored.
func (s *Server) AddDepartment(d Department) Department {
	s.mu.Lock()
	defer s.mu.Unlock()
	d.ID = s.data.id("department", d.ID)
	s.data.departments = insert(s.data.departments, d, func(d Department) int64 { return d.ID })
	return d
}

// AddOffice stores o and returns it as stored.
func (s *Server) AddOffice(o Office) Office {
	s.mu.Lock()
	defer s.mu.Unlock()
	o.ID = s.data.id("office", o.ID)
	s.data.offices = insert(s.data.offices, o, func(o Office) int64 { return o.ID })
	return o
}

// DefaultPipeline is the stage names a job gets when AddJob is given none:
// Greenhouse's default interview plan.
var DefaultPipeline = []string{
	"Application Review", "Preliminary Phone Screen", "Phone Interview", "Take Home Test",
	"Face to Face", "Reference Check", "Offer",
}

// AddJob stores j with the stages named (in pipeline order; nil for
// DefaultPipeline) and returns the job as stored. Status defaults to open.
func (s *Server) AddJob(j Job, stages ...string) Job {
	s.mu.Lock()
	defer s.mu.Unlock()
	j.ID = s.data.id("job", j.ID)
	if j.Status == "" {
		j.Status = "open"
	}
	j.CreatedAt = s.stamp(j.CreatedAt)
	if j.UpdatedAt.IsZero() {
		j.UpdatedAt = j.CreatedAt
	}
	j.OfficeIDs = slices.Clone(j.OfficeIDs)
	s.data.jobs = insert(s.data.jobs, j, func(j Job) int64 { return j.ID })
	if stages == nil {
		stages = DefaultPipeline
	}
	for i, name := range stages {
		st := Stage{ID: s.data.id("stage", 0), JobID: j.ID, Name: name, SortOrder: i, CreatedAt: j.CreatedAt, UpdatedAt: j.CreatedAt}
		s.data.stages = insert(s.data.stages, st, func(st Stage) int64 { return st.ID })
	}
	return j
}

// AddStage stores an extra stage (e.g. an inactive one) and returns it.
func (s *Server) AddStage(st Stage) Stage {
	s.mu.Lock()
	defer s.mu.Unlock()
	st.ID = s.data.id("stage", st.ID)
	st.CreatedAt = s.stamp(st.CreatedAt)
	if st.UpdatedAt.IsZero() {
		st.UpdatedAt = st.CreatedAt
	}
	s.data.stages = insert(s.data.stages, st, func(st Stage) int64 { return st.ID })
	return st
}

// AddJobPost stores p and returns it as stored.
func (s *Server) AddJobPost(p JobPost) JobPost {
	s.mu.Lock()
	defer s.mu.Unlock()
	p.ID = s.data.id("post", p.ID)
	p.CreatedAt = s.stamp(p.CreatedAt)
	if p.UpdatedAt.IsZero() {
		p.UpdatedAt = p.CreatedAt
	}
	s.data.posts = insert(s.data.posts, p, func(p JobPost) int64 { return p.ID })
	return p
}

// AddCandidate stores c and returns it as stored.
func (s *Server) AddCandidate(c Candidate) Candidate {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.addCandidateLocked(c)
}

func (s *Server) addCandidateLocked(c Candidate) Candidate {
	c.ID = s.data.id("candidate", c.ID)
	c.CreatedAt = s.stamp(c.CreatedAt)
	if c.UpdatedAt.IsZero() {
		c.UpdatedAt = c.CreatedAt
	}
	if c.LastActivityAt.IsZero() {
		c.LastActivityAt = c.UpdatedAt
	}
	c.Emails, c.Phones, c.Tags = slices.Clone(c.Emails), slices.Clone(c.Phones), slices.Clone(c.Tags)
	s.data.candidates = insert(s.data.candidates, c, func(c Candidate) int64 { return c.ID })
	return c
}

// AddApplication stores a and returns it as stored. A candidate
// application without a stage lands on its job's first stage; Status
// defaults to in_process.
func (s *Server) AddApplication(a Application) Application {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.addApplicationLocked(a)
}

func (s *Server) addApplicationLocked(a Application) Application {
	a.ID = s.data.id("application", a.ID)
	if a.Status == "" {
		a.Status = StatusInProcess
	}
	if !a.Prospect && a.StageID == 0 {
		if st := s.jobStagesLocked(a.JobID); len(st) > 0 {
			a.StageID = st[0].ID
		}
	}
	a.CreatedAt = s.stamp(a.CreatedAt)
	if a.UpdatedAt.IsZero() {
		a.UpdatedAt = a.CreatedAt
	}
	if a.LastActivityAt.IsZero() {
		a.LastActivityAt = a.UpdatedAt
	}
	a.ProspectiveJobIDs = slices.Clone(a.ProspectiveJobIDs)
	s.data.applications = insert(s.data.applications, a, func(a Application) int64 { return a.ID })
	return a
}

// AddRejectionReason stores r and returns it as stored.
func (s *Server) AddRejectionReason(r RejectionReason) RejectionReason {
	s.mu.Lock()
	defer s.mu.Unlock()
	r.ID = s.data.id("reason", r.ID)
	s.data.reasons = insert(s.data.reasons, r, func(r RejectionReason) int64 { return r.ID })
	return r
}

// AddAttachment stores a file on an application and returns it as stored.
func (s *Server) AddAttachment(a Attachment) Attachment {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.addAttachmentLocked(a)
}

func (s *Server) addAttachmentLocked(a Attachment) Attachment {
	a.ID = s.data.id("attachment", a.ID)
	if i := find(s.data.applications, a.ApplicationID, appID); i >= 0 && a.CandidateID == 0 {
		a.CandidateID = s.data.applications[i].CandidateID
	}
	a.CreatedAt = s.stamp(a.CreatedAt)
	if a.UpdatedAt.IsZero() {
		a.UpdatedAt = a.CreatedAt
	}
	// A new resume or cover letter reclassifies the previous one as other.
	if a.Type == "resume" || a.Type == "cover_letter" {
		for i := range s.data.attachments {
			if p := &s.data.attachments[i]; p.ApplicationID == a.ApplicationID && p.Type == a.Type {
				p.Type, p.UpdatedAt = "other", a.CreatedAt
			}
		}
	}
	s.data.attachments = insert(s.data.attachments, a, func(a Attachment) int64 { return a.ID })
	return a
}

// Snapshots, ascending by id.

// Jobs returns every job.
func (s *Server) Jobs() []Job { return snapshot(s, func() []Job { return s.data.jobs }) }

// Departments returns every department.
func (s *Server) Departments() []Department {
	return snapshot(s, func() []Department { return s.data.departments })
}

// Offices returns every office.
func (s *Server) Offices() []Office { return snapshot(s, func() []Office { return s.data.offices }) }

// Stages returns every job's stages.
func (s *Server) Stages() []Stage { return snapshot(s, func() []Stage { return s.data.stages }) }

// JobStages returns a job's active stages in pipeline order.
func (s *Server) JobStages(jobID int64) []Stage {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.jobStagesLocked(jobID)
}

// Candidates returns every candidate.
func (s *Server) Candidates() []Candidate {
	return snapshot(s, func() []Candidate { return s.data.candidates })
}

// Applications returns every application, prospect ones included.
func (s *Server) Applications() []Application {
	return snapshot(s, func() []Application { return s.data.applications })
}

// RejectionReasons returns every reason, default ones included.
func (s *Server) RejectionReasons() []RejectionReason {
	return snapshot(s, func() []RejectionReason { return s.data.reasons })
}

// Attachments returns every attachment.
func (s *Server) Attachments() []Attachment {
	return snapshot(s, func() []Attachment { return s.data.attachments })
}

// Application returns the application with id.
func (s *Server) Application(id int64) (Application, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if i := find(s.data.applications, id, appID); i >= 0 {
		return s.data.applications[i], true
	}
	return Application{}, false
}

func snapshot[T any](s *Server, list func() []T) []T {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Clone(list())
}

// Locked lookups. The caller holds s.mu.

func appID(a Application) int64 { return a.ID }
func jobID(j Job) int64         { return j.ID }
func candID(c Candidate) int64  { return c.ID }

// jobStagesLocked is the job's active stages by sort order.
func (s *Server) jobStagesLocked(job int64) []Stage {
	var out []Stage
	for _, st := range s.data.stages {
		if st.JobID == job && !st.Inactive {
			out = append(out, st)
		}
	}
	slices.SortStableFunc(out, func(a, b Stage) int { return a.SortOrder - b.SortOrder })
	return out
}

func (s *Server) jobLocked(id int64) (Job, bool) {
	if i := find(s.data.jobs, id, jobID); i >= 0 {
		return s.data.jobs[i], true
	}
	return Job{}, false
}

func (s *Server) reasonLocked(id int64) (RejectionReason, bool) {
	if i := find(s.data.reasons, id, func(r RejectionReason) int64 { return r.ID }); i >= 0 {
		return s.data.reasons[i], true
	}
	return RejectionReason{}, false
}
