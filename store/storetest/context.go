package storetest

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/preview"
)

// call is one store method with its arguments bound; email names the
// candidate a create writes ("" for other calls), so the test can look for
// what a refused create left.
type call struct {
	name  string
	email string
	do    func(c context.Context) error
}

// calls returns one call of every store method; n makes the creates'
// emails unique.
func calls(t *testing.T, s preview.Store, n int) []call {
	w := ats.Window{Limit: 5}
	email := func(what string) string { return fmt.Sprintf("ended-%s-%d@example.com", what, n) }
	return []call{
		{"Job", "", func(c context.Context) error { _, err := s.Job(c, "job_001"); return err }},
		{"Candidate", "", func(c context.Context) error { _, err := s.Candidate(c, "cand_001"); return err }},
		{"Application", "", func(c context.Context) error { _, err := s.Application(c, "app_0001"); return err }},
		{"ListJobs", "", func(c context.Context) error { _, err := s.ListJobs(c, ats.JobQuery{Window: w}); return err }},
		{"ListJobs_by_status", "", func(c context.Context) error {
			_, err := s.ListJobs(c, ats.JobQuery{Window: w, Statuses: []ats.JobStatus{ats.JobOpen, ats.JobClosed}})
			return err
		}},
		{"ListCandidates", "", func(c context.Context) error {
			_, err := s.ListCandidates(c, ats.CandidateQuery{Window: w})
			return err
		}},
		{"ListCandidates_by_job", "", func(c context.Context) error {
			_, err := s.ListCandidates(c, ats.CandidateQuery{Window: w, JobID: "job_001"})
			return err
		}},
		{"ListApplications_page_2", "", func(c context.Context) error {
			_, err := s.ListApplications(c, ats.ApplicationQuery{Window: ats.Window{Limit: 5, Page: 2}})
			return err
		}},
		{"CreateCandidate", email("candidate"), func(c context.Context) error {
			_, _, err := createCandidate(c, s, email("candidate"), "job_001", at(1000))
			return err
		}},
		{"UpdateApplication", "", func(c context.Context) error {
			stage := ats.Stage{ID: "stage_interview", Name: fmt.Sprintf("Interview %d", n), Kind: ats.StageInterview}
			_, err := s.UpdateApplication(c, "app_0013", moveTo(stage, at(1000)))
			return err
		}},
		{"CreateApplication", "", func(c context.Context) error {
			// Of a new candidate, created on a live context.
			cand, _, err := createCandidate(ctx(t), s, email("applicant"), "", at(1000))
			if err != nil {
				return fmt.Errorf("create the applicant: %w", err)
			}
			_, err = createApplication(c, s, cand, "job_007", at(1000))
			return err
		}},
	}
}

// testContextEnded checks what every store method answers when its
// context has ended: the typed interruption of ats.Interrupted (a client
// that hung up is REQUEST_CANCELED, a deadline that passed is
// UPSTREAM_TIMEOUT), with the context's error still wrapped, never a raw
// context error or an untyped one that would be INTERNAL; and a create
// refused that way writes nothing.
func testContextEnded(t *testing.T, open opener) {
	s := seeded(t, open)
	ended := []struct {
		name  string
		ctx   func() context.Context
		code  ats.Code
		cause error
	}{
		{"cancelled", func() context.Context {
			c, cancel := context.WithCancel(ctx(t))
			cancel()
			return c
		}, ats.CodeCanceled, context.Canceled},
		{"deadline_passed", func() context.Context {
			c, cancel := context.WithDeadline(ctx(t), time.Now().Add(-time.Second))
			t.Cleanup(cancel)
			return c
		}, ats.CodeUpstreamTimeout, context.DeadlineExceeded},
	}
	for i, e := range ended {
		for _, c := range calls(t, s, i) {
			t.Run(e.name+"/"+c.name, func(t *testing.T) {
				err := c.do(e.ctx())
				wantCode(t, err, e.code)
				if !errors.Is(err, e.cause) {
					t.Errorf("got %v, want it to wrap %v", err, e.cause)
				}
				if _, bare := err.(*ats.Error); bare {
					t.Errorf("got the bare %v, want it wrapped with the store and the operation for the logs", err)
				}
			})
		}
	}
	t.Run("nothing_written", func(t *testing.T) {
		// Only the two applicants, created on a live context.
		counts(t, s, len(allJobs), len(allCandidates)+len(ended), len(allApplications))
		if a := readApplication(t, s, "app_0013"); a.Stage.Name != "Applied" || !a.UpdatedAt.Equal(at(40)) {
			t.Errorf("app_0013 after updates on ended contexts: stage %q updated %v, want Applied, %v (unchanged)", a.Stage.Name, a.UpdatedAt, at(40))
		}
	})

	// A context that ends while the store works, at many points of the
	// call: the answer is the call's result or a typed interruption, and a
	// create either happened whole or left nothing.
	for i, e := range ended {
		for k, after := range []int32{0, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144} {
			for _, c := range calls(t, s, 100*(i+1)+k) {
				t.Run(fmt.Sprintf("%s_during_call/after_%d/%s", e.name, after, c.name), func(t *testing.T) {
					err := c.do(endsAfter(ctx(t), after, e.cause))
					if err != nil && ats.ErrorCode(err) != e.code {
						t.Fatalf("got %v (code %s), want success or %s", err, ats.ErrorCode(err), e.code)
					}
					if c.email == "" {
						return
					}
					p, lerr := s.ListCandidates(ctx(t), ats.CandidateQuery{Window: ats.Window{Limit: 5}, Email: c.email})
					if lerr != nil {
						t.Fatalf("ListCandidates by email: %v", lerr)
					}
					if got, want := len(p.Items), map[bool]int{true: 1}[err == nil]; got != want {
						t.Errorf("candidates with the email after a create that returned %v: got %d, want %d", err, got, want)
					}
				})
			}
		}
	}
}

// endingCtx is a context that ends (with cause) once it has been asked
// whether it ended more than after times: a deadline or a hang-up that
// comes at a chosen point of a store call, without timing.
type endingCtx struct {
	context.Context
	after int32
	asked atomic.Int32
	cause error
	once  sync.Once
	done  chan struct{}
}

func endsAfter(parent context.Context, after int32, cause error) *endingCtx {
	return &endingCtx{Context: parent, after: after, cause: cause, done: make(chan struct{})}
}

func (c *endingCtx) tick() {
	if c.asked.Add(1) > c.after {
		c.once.Do(func() { close(c.done) })
	}
}

func (c *endingCtx) Done() <-chan struct{} {
	c.tick()
	return c.done
}

func (c *endingCtx) Err() error {
	c.tick()
	select {
	case <-c.done:
		return c.cause
	default:
		return nil
	}
}
