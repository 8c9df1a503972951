package sqlite

import (
	"database/sql"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/preview"
)

// The column lists the reads select, in the order the scan functions expect.
const (
	jobColumns = `id, title, status, department, location_text, city, region, country, country_code,
		workplace, employment_type, description, url, apply_url, created_at, updated_at`
	candidateColumns = `id, first_name, last_name, name, email, phone, headline, source, tags,
		resume_url, created_at, updated_at`
	applicationColumns = `id, candidate_id, job_id, stage_id, stage_name, stage_kind, status, source,
		applied_at, rejected_at, hired_at, updated_at`
)

// scanner is a *sql.Row or *sql.Rows.
type scanner interface{ Scan(dest ...any) error }

func scanJob(r scanner) (ats.Job, error) {
	var j ats.Job
	var status string
	var created, updated int64
	var dept, city, region, country, code, workplace, empType, desc, url, applyURL sql.NullString
	err := r.Scan(&j.ID, &j.Title, &status, &dept, &j.Location.Text, &city, &region, &country, &code,
		&workplace, &empType, &desc, &url, &applyURL, &created, &updated)
	if err != nil {
		return ats.Job{}, err
	}
	j.Status = ats.JobStatus(status)
	j.Department = strPtr(dept)
	j.Location.City, j.Location.Region, j.Location.Country, j.Location.CountryCode = strPtr(city), strPtr(region), strPtr(country), strPtr(code)
	j.Workplace, j.EmploymentType, j.Description = strPtr(workplace), strPtr(empType), strPtr(desc)
	j.URL, j.ApplyURL = strPtr(url), strPtr(applyURL)
	j.CreatedAt, j.UpdatedAt = fromNanos(created), fromNanos(updated)
	return j, nil
}

// scanCandidate reads a candidate without its application ids, which come
// from the applications table.
func scanCandidate(r scanner) (ats.Candidate, error) {
	var c ats.Candidate
	var created, updated int64
	var tags string
	var phone, headline, source, resume sql.NullString
	err := r.Scan(&c.ID, &c.FirstName, &c.LastName, &c.Name, &c.Email, &phone, &headline, &source, &tags,
		&resume, &created, &updated)
	if err != nil {
		return ats.Candidate{}, err
	}
	c.Phone, c.Headline, c.Source, c.ResumeURL = strPtr(phone), strPtr(headline), strPtr(source), strPtr(resume)
	if err := json.Unmarshal([]byte(tags), &c.Tags); err != nil {
		return ats.Candidate{}, fmt.Errorf("candidate %s: tags: %w", c.ID, err)
	}
	c.CreatedAt, c.UpdatedAt = fromNanos(created), fromNanos(updated)
	return preview.EmptyLists(c), nil
}

func scanApplication(r scanner) (ats.Application, error) {
	var a ats.Application
	var kind, status string
	var applied, updated int64
	var rejected, hired sql.NullInt64
	var source sql.NullString
	err := r.Scan(&a.ID, &a.CandidateID, &a.JobID, &a.Stage.ID, &a.Stage.Name, &kind, &status, &source,
		&applied, &rejected, &hired, &updated)
	if err != nil {
		return ats.Application{}, err
	}
	a.Stage.Kind, a.Status, a.Source = ats.StageKind(kind), ats.ApplicationStatus(status), strPtr(source)
	a.AppliedAt, a.UpdatedAt = fromNanos(applied), fromNanos(updated)
	a.RejectedAt, a.HiredAt = timePtr(rejected), timePtr(hired)
	return a, nil
}

// jobArgs are the insert arguments of j, matching insertJob.
func jobArgs(j ats.Job) []any {
	l := j.Location
	return []any{j.ID, j.Title, fold(j.Title), string(j.Status), j.Department, foldPtr(j.Department),
		l.Text, fold(l.Text), l.City, foldPtr(l.City), l.Region, l.Country, foldPtr(l.Country), l.CountryCode,
		j.Workplace, j.EmploymentType, j.Description, j.URL, j.ApplyURL, nanos(j.CreatedAt), nanos(j.UpdatedAt)}
}

const insertJob = `INSERT INTO jobs (id, title, title_fold, status, department, department_fold,
	location_text, location_text_fold, city, city_fold, region, country, country_fold, country_code,
	workplace, employment_type, description, url, apply_url, created_at, updated_at)
	VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`

// candidateArgs are the insert arguments of c, matching insertCandidate.
func candidateArgs(c ats.Candidate) ([]any, error) {
	tags := c.Tags
	if tags == nil {
		tags = []string{}
	}
	b, err := json.Marshal(tags)
	if err != nil {
		return nil, err
	}
	return []any{c.ID, c.FirstName, c.LastName, c.Name, c.Email, ats.EmailKey(c.Email), c.Phone, c.Headline, c.Source,
		string(b), c.ResumeURL, nanos(c.CreatedAt), nanos(c.UpdatedAt)}, nil
}

const insertCandidate = `INSERT INTO candidates (id, first_name, last_name, name, email, email_fold,
	phone, headline, source, tags, resume_url, created_at, updated_at)
	VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`

// applicationArgs are the insert arguments of a, matching insertApplication.
func applicationArgs(a ats.Application) []any {
	return []any{a.ID, a.CandidateID, a.JobID, a.Stage.ID, a.Stage.Name, string(a.Stage.Kind), string(a.Status),
		a.Source, nanos(a.AppliedAt), nanosPtr(a.RejectedAt), nanosPtr(a.HiredAt), nanos(a.UpdatedAt)}
}

const insertApplication = `INSERT INTO applications (id, candidate_id, job_id, stage_id, stage_name,
	stage_kind, status, source, applied_at, rejected_at, hired_at, updated_at)
	VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`

// fold is how case-insensitive filters compare text. Go's ToLower knows
// Unicode, where SQLite's lower() only knows ASCII.
func fold(s string) string { return strings.ToLower(s) }

func foldPtr(p *string) *string {
	if p == nil {
		return nil
	}
	f := fold(*p)
	return &f
}

func nanos(t time.Time) int64 { return t.UnixNano() }

func nanosPtr(t *time.Time) *int64 {
	if t == nil {
		return nil
	}
	n := t.UnixNano()
	return &n
}

func fromNanos(n int64) time.Time { return time.Unix(0, n).UTC() }

func timePtr(n sql.NullInt64) *time.Time {
	if !n.Valid {
		return nil
	}
	t := fromNanos(n.Int64)
	return &t
}

func strPtr(s sql.NullString) *string {
	if !s.Valid {
		return nil
	}
	return &s.String
}
