package workable

import (
	"encoding/json"
	"strings"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/wire"
)

// The mapping from Workable's records to atsbridge's; the package doc has
// it as a table.

// jobStatus maps a Workable job state. A state Workable may add later reads
// as closed: nobody should be sent to apply to a job we do not understand.
func jobStatus(state string) ats.JobStatus {
	switch strings.ToLower(state) {
	case "published":
		return ats.JobOpen
	case "draft":
		return ats.JobDraft
	case "archived":
		return ats.JobArchived
	default:
		return ats.JobClosed
	}
}

// workableState is the state filter value for a status.
func workableState(s ats.JobStatus) string {
	switch s {
	case ats.JobOpen:
		return "published"
	default:
		return string(s) // closed, draft, archived are spelled alike
	}
}

// workplace normalizes workplace_type (root, else location's); a job
// without one that is marked telecommuting is remote.
func workplace(w *wireJob) *string {
	v := w.WorkplaceType
	if v == "" && w.Location != nil {
		v = w.Location.WorkplaceType
	}
	switch strings.ToLower(strings.NewReplacer("-", "_", " ", "_").Replace(v)) {
	case "on_site", "onsite":
		return new(ats.WorkplaceOnSite)
	case "hybrid":
		return new(ats.WorkplaceHybrid)
	case "remote":
		return new(ats.WorkplaceRemote)
	}
	if w.Location != nil && w.Location.Telecommuting {
		return new(ats.WorkplaceRemote)
	}
	return nil
}

// toJob maps a job; detail adds the description (lists do not carry it).
func toJob(w *wireJob, raw json.RawMessage, detail, includeRaw bool) ats.Job {
	j := ats.Job{
		ID:             string(w.Shortcode),
		Title:          w.Title,
		Status:         jobStatus(w.State),
		Department:     wire.Optional(w.Department),
		Workplace:      workplace(w),
		EmploymentType: wire.Optional(w.EmploymentType),
		URL:            wire.Optional(w.URL),
		ApplyURL:       wire.Optional(w.ApplicationURL),
		CreatedAt:      w.CreatedAt.UTC(),
		UpdatedAt:      w.UpdatedAt.UTC(),
	}
	if l := w.Location; l != nil {
		j.Location = ats.Location{
			Text:        l.LocationStr,
			City:        wire.Optional(l.City),
			Region:      wire.Optional(wire.First(l.Region, l.RegionCode)),
			Country:     wire.Optional(l.Country),
			CountryCode: wire.Optional(l.CountryCode),
		}
		if j.Location.Text == "" {
			j.Location.Text = strings.Join(nonEmpty(l.City, l.Country), ", ")
		}
	}
	if detail {
		j.Description = wire.Optional(wire.First(w.FullDescription, w.Description))
	}
	if includeRaw {
		j.Raw = raw
	}
	return j
}

// toCandidate maps a candidate record to the person. Workable keeps one
// record per person and job, so the record is also the person's only
// application: application_ids is [id], or [] in the talent pool.
func toCandidate(w *wireCandidate, raw json.RawMessage, includeRaw bool) ats.Candidate {
	first, last := w.FirstName, w.LastName
	if first == "" && last == "" {
		first, last, _ = strings.Cut(strings.TrimSpace(w.Name), " ")
	}
	name := w.Name
	if name == "" {
		name = strings.TrimSpace(first + " " + last)
	}
	c := ats.Candidate{
		ID: string(w.ID), FirstName: first, LastName: last, Name: name, Email: w.Email,
		Phone: wire.Optional(w.Phone), Headline: wire.Optional(w.Headline), Source: source(w),
		Tags: w.Tags, ResumeURL: wire.Optional(w.ResumeURL), ApplicationIDs: []string{},
		CreatedAt: w.CreatedAt.UTC(), UpdatedAt: w.UpdatedAt.UTC(),
	}
	if c.Tags == nil {
		c.Tags = []string{}
	}
	if w.Job != nil {
		c.ApplicationIDs = []string{string(w.ID)}
	}
	if includeRaw {
		c.Raw = raw
	}
	return c
}

// toApplication maps a candidate record to the application it is. The
// caller makes sure the record has a job.
func toApplication(w *wireCandidate, raw json.RawMessage, includeRaw bool) ats.Application {
	a := ats.Application{
		ID:          string(w.ID),
		CandidateID: string(w.ID),
		JobID:       w.jobShortcode(),
		Stage:       ats.Stage{ID: slugOf(w.Stage), Name: w.Stage, Kind: stageKind(w.StageKind, w.Stage)},
		Status:      applicationStatus(w),
		Source:      source(w),
		AppliedAt:   w.CreatedAt.UTC(),
		HiredAt:     w.HiredAt.Ptr(),
		UpdatedAt:   w.UpdatedAt.UTC(),
	}
	if a.Status == ats.ApplicationRejected || a.Status == ats.ApplicationWithdrawn {
		a.RejectedAt = w.DisqualifiedAt.Ptr()
	}
	if includeRaw {
		a.Raw = raw
	}
	return a
}

// applicationStatus: withdrawal is a kind of disqualification in Workable
// (the withdrew flag of /disqualify), so it is checked first.
func applicationStatus(w *wireCandidate) ats.ApplicationStatus {
	switch {
	case w.Withdrew:
		return ats.ApplicationWithdrawn
	case w.Disqualified:
		return ats.ApplicationRejected
	case w.HiredAt.Ptr() != nil || stageKind(w.StageKind, w.Stage) == ats.StageHired:
		return ats.ApplicationHired
	default:
		return ats.ApplicationActive
	}
}

// stageKind maps Workable's stage_kind (the standard kind behind a stage
// an account may have renamed); without one, the stage's name says it
// (ats.KindOfStageName), as for every provider.
func stageKind(kind, name string) ats.StageKind {
	switch slugOf(kind) {
	case "sourced":
		return ats.StageSourced
	case "applied":
		return ats.StageApplied
	case "phone-screen", "screening", "screen":
		return ats.StageScreening
	case "assessment":
		return ats.StageAssessment
	case "interview":
		return ats.StageInterview
	case "offer":
		return ats.StageOffer
	case "hired":
		return ats.StageHired
	case "":
		if k, ok := ats.KindOfStageName(name); ok {
			return k
		}
	}
	return ats.StageOther
}

// slugOf derives a stage slug from a name the way Workable's default
// slugs read ("Phone Screen" -> "phone-screen").
func slugOf(s string) string {
	return strings.Join(strings.Fields(strings.ToLower(strings.NewReplacer("_", " ", "-", " ").Replace(s))), "-")
}

// source is where the candidate came from: Workable's normalized
// common_source, else the domain given at creation.
func source(w *wireCandidate) *string {
	return wire.Optional(wire.First(w.CommonSource, w.Domain))
}

func nonEmpty(ss ...string) []string {
	var out []string
	for _, s := range ss {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}
