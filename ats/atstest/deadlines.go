package atstest

import (
	"context"
	"testing"
	"time"

	"github.com/atsbridge/atsbridge/ats"
)

// endedContexts are the two ways a request's context ends, with the code
// ats.Interrupted gives each.
var endedContexts = []struct {
	name string
	ctx  func(t *testing.T) context.Context
	code ats.Code
}{
	{"cancelled", func(t *testing.T) context.Context {
		c, cancel := context.WithCancel(t.Context())
		cancel()
		return c
	}, ats.CodeCanceled},
	{"deadline_passed", func(t *testing.T) context.Context {
		c, cancel := context.WithDeadline(t.Context(), time.Now().Add(-time.Second))
		t.Cleanup(cancel)
		return c
	}, ats.CodeUpstreamTimeout},
}

// testDeadlines checks that a request whose context has already ended gets
// the typed error of ats.Interrupted from every method (UPSTREAM_TIMEOUT for
// a deadline that passed, REQUEST_CANCELED for a cancelled request), never
// ctx.Err() itself nor an untyped error, which the API would answer as
// INTERNAL; and that a create given such a context creates nothing.
func testDeadlines(t *testing.T, s *suite) {
	d, p := s.d, s.read
	if len(d.Jobs) == 0 || len(d.Candidates) == 0 || len(d.Applications) == 0 {
		t.Fatal("the fixture needs a job, a candidate and an application to read")
	}
	job, cand, app := d.Jobs[0].ID, d.Candidates[0].ID, d.Applications[0].ID
	reads := []struct {
		name string
		call func(ctx context.Context) error
	}{
		{"list_jobs", func(ctx context.Context) error {
			_, err := p.ListJobs(ctx, ats.JobQuery{Window: ats.Window{Limit: 5}})
			return err
		}},
		{"list_jobs_filtered", func(ctx context.Context) error {
			_, err := p.ListJobs(ctx, ats.JobQuery{Window: ats.Window{Limit: 5, Page: 2}, Statuses: []ats.JobStatus{ats.JobOpen, ats.JobClosed}, Q: "e"})
			return err
		}},
		{"job", func(ctx context.Context) error {
			_, err := p.Job(ctx, job, ats.ReadOptions{IncludeRaw: true})
			return err
		}},
		{"list_candidates", func(ctx context.Context) error {
			_, err := p.ListCandidates(ctx, ats.CandidateQuery{Window: ats.Window{Limit: 5}, JobID: job})
			return err
		}},
		{"candidate", func(ctx context.Context) error {
			_, err := p.Candidate(ctx, cand, ats.ReadOptions{})
			return err
		}},
		{"list_applications", func(ctx context.Context) error {
			_, err := p.ListApplications(ctx, ats.ApplicationQuery{Window: ats.Window{Limit: 5}})
			return err
		}},
		{"list_applications_of_candidate", func(ctx context.Context) error {
			_, err := p.ListApplications(ctx, ats.ApplicationQuery{Window: ats.Window{Limit: 5}, CandidateID: cand})
			return err
		}},
		{"application", func(ctx context.Context) error {
			_, err := p.Application(ctx, app, ats.ReadOptions{})
			return err
		}},
	}
	for _, e := range endedContexts {
		s.run(t, e.name, func(t *testing.T) {
			for _, r := range reads {
				s.run(t, r.name, func(t *testing.T) {
					wantCode(t, r.name, r.call(e.ctx(t)), e.code)
				})
			}
			if s.write == nil {
				return
			}
			s.run(t, "create_candidate_creates_nothing", func(t *testing.T) {
				w := s.writer(t)
				in := w.newCandidate("deadline-" + e.name)
				in.JobID = w.openJob(t)
				_, err := s.write.CreateCandidate(e.ctx(t), in)
				wantCode(t, "create candidate", err, e.code)
				w.noCandidate(t, in.Email)
			})
			s.run(t, "create_application_creates_nothing", func(t *testing.T) {
				w := s.writer(t)
				c, j := w.freshPair(t)
				before := w.applicationsOf(t, c.ID)
				_, err := s.write.CreateApplication(e.ctx(t), ats.ApplicationInput{CandidateID: c.ID, JobID: j.ID})
				wantCode(t, "create application", err, e.code)
				sameIDs(t, "applications of "+c.ID+" after the refused create", w.applicationsOf(t, c.ID), before)
			})
		})
	}
}
