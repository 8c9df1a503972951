package memory

import (
	"slices"
	"time"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/preview"
)

// The clones keep callers from changing stored records through shared
// pointers and slices, in either direction.

func cloneJob(j ats.Job) ats.Job {
	j.Department = cloneStr(j.Department)
	j.Location.City = cloneStr(j.Location.City)
	j.Location.Region = cloneStr(j.Location.Region)
	j.Location.Country = cloneStr(j.Location.Country)
	j.Location.CountryCode = cloneStr(j.Location.CountryCode)
	j.Workplace = cloneStr(j.Workplace)
	j.EmploymentType = cloneStr(j.EmploymentType)
	j.Description = cloneStr(j.Description)
	j.URL = cloneStr(j.URL)
	j.ApplyURL = cloneStr(j.ApplyURL)
	j.Raw = slices.Clone(j.Raw)
	return j
}

func cloneCandidate(c ats.Candidate) ats.Candidate {
	c.Phone = cloneStr(c.Phone)
	c.Headline = cloneStr(c.Headline)
	c.Source = cloneStr(c.Source)
	c.ResumeURL = cloneStr(c.ResumeURL)
	c.Tags = slices.Clone(c.Tags)
	c.ApplicationIDs = slices.Clone(c.ApplicationIDs)
	c.Raw = slices.Clone(c.Raw)
	return preview.EmptyLists(c)
}

func cloneApplication(a ats.Application) ats.Application {
	a.Source = cloneStr(a.Source)
	a.RejectedAt = cloneTime(a.RejectedAt)
	a.HiredAt = cloneTime(a.HiredAt)
	a.Raw = slices.Clone(a.Raw)
	return a
}

func cloneStr(p *string) *string {
	if p == nil {
		return nil
	}
	v := *p
	return &v
}

func cloneTime(p *time.Time) *time.Time {
	if p == nil {
		return nil
	}
	v := *p
	return &v
}
