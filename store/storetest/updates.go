package storetest

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/preview"
)

// latestSeededUpdate is the latest updated_at among the dataset's
// applications (app_0057's).
var latestSeededUpdate = at(50)

// errRefused is what the refusing changes below answer, as the sandbox's
// rules answer APPLICATION_CLOSED.
var errRefused = errors.New("storetest: refused")

// moveTo is a change that puts an active application in stage, dated at,
// and refuses any other (as a move of the sandbox does).
func moveTo(stage ats.Stage, at time.Time) preview.Change {
	return func(a ats.Application, _ time.Time) (ats.Application, bool, error) {
		if a.Status != ats.ApplicationActive {
			return a, false, errRefused
		}
		a.Stage, a.UpdatedAt = stage, at
		return a, true, nil
	}
}

// reject is a change that rejects an active application where it stands,
// dated at, and refuses any other.
func reject(at time.Time) preview.Change {
	return func(a ats.Application, _ time.Time) (ats.Application, bool, error) {
		if a.Status != ats.ApplicationActive {
			return a, false, errRefused
		}
		a.Status, a.RejectedAt, a.UpdatedAt = ats.ApplicationRejected, tm(at), at
		return a, true, nil
	}
}

// testUpdates checks UpdateApplication: an update is written whole, moves
// the application between the stage and status lists and into the
// updated_after lists, keeps the record's identity and list place, writes
// nothing when refused or told there is nothing to write, and is one
// atomic step under concurrent updates of the same application.
func testUpdates(t *testing.T, open opener, g Guarantee) {
	interview := ats.Stage{ID: "stage_interview", Name: "Interview", Kind: ats.StageInterview}

	t.Run("written_whole_and_listed", func(t *testing.T) {
		s := seeded(t, open)
		before := readApplication(t, s, "app_0001")
		got, err := s.UpdateApplication(ctx(t), "app_0001", moveTo(interview, at(900)))
		if err != nil {
			t.Fatalf("UpdateApplication: %v", err)
		}
		want := before
		want.Stage, want.UpdatedAt = interview, at(900)
		sameJSON(t, "the update's answer", got, want)
		sameJSON(t, "the application read back", readApplication(t, s, "app_0001"), want)
		inList(t, s, "interview stage", ats.ApplicationQuery{StageKinds: []ats.StageKind{ats.StageInterview}}, "app_0001", true)
		inList(t, s, "applied stage", ats.ApplicationQuery{StageKinds: []ats.StageKind{ats.StageApplied}}, "app_0001", false)
		inList(t, s, "updated after its old time", ats.ApplicationQuery{UpdatedAfter: tm(before.UpdatedAt)}, "app_0001", true)

		if _, err := s.UpdateApplication(ctx(t), "app_0001", reject(at(901))); err != nil {
			t.Fatalf("UpdateApplication (reject): %v", err)
		}
		want.Status, want.RejectedAt, want.UpdatedAt = ats.ApplicationRejected, tm(at(901)), at(901)
		sameJSON(t, "the rejected application read back", readApplication(t, s, "app_0001"), want)
		inList(t, s, "rejected", ats.ApplicationQuery{Statuses: []ats.ApplicationStatus{ats.ApplicationRejected}}, "app_0001", true)
		inList(t, s, "active", ats.ApplicationQuery{Statuses: []ats.ApplicationStatus{ats.ApplicationActive}}, "app_0001", false)
		inList(t, s, "updated after the move", ats.ApplicationQuery{UpdatedAfter: tm(at(900))}, "app_0001", true)
		inList(t, s, "updated after the rejection", ats.ApplicationQuery{UpdatedAfter: tm(at(901))}, "app_0001", false)

		// The record keeps its place: lists are by applied_at, which an
		// update does not change, and the candidate keeps its ids.
		sameIDs(t, "applications", walkCursor(t, applicationsOf(t, s), 5, applicationID), allApplications)
		c, err := s.Candidate(ctx(t), "cand_001")
		if err != nil {
			t.Fatalf("Candidate(cand_001): %v", err)
		}
		sameIDs(t, "cand_001 application ids", c.ApplicationIDs, applicationIDs["cand_001"])
		counts(t, s, len(allJobs), len(allCandidates), len(allApplications))
	})

	t.Run("identity_kept", func(t *testing.T) {
		s := seeded(t, open)
		before := readApplication(t, s, "app_0013")
		got, err := s.UpdateApplication(ctx(t), "app_0013", func(a ats.Application, _ time.Time) (ats.Application, bool, error) {
			a.ID, a.CandidateID, a.JobID, a.Source, a.AppliedAt = "app_9999", "cand_002", "job_002", str("changed"), at(1)
			a.Stage, a.UpdatedAt = interview, at(900)
			return a, true, nil
		})
		if err != nil {
			t.Fatalf("UpdateApplication: %v", err)
		}
		want := before
		want.Stage, want.UpdatedAt = interview, at(900)
		sameJSON(t, "the update's answer", got, want)
		sameJSON(t, "the application read back", readApplication(t, s, "app_0013"), want)
		sameIDs(t, "applications to job_007", walkCursor(t, func(w ats.Window) (ats.Page[ats.Application], error) {
			return s.ListApplications(ctx(t), ats.ApplicationQuery{Window: w, JobID: "job_007"})
		}, 5, applicationID), []string{"app_0007", "app_0013"})
	})

	t.Run("unknown_application", func(t *testing.T) {
		s := seeded(t, open)
		called := false
		_, err := s.UpdateApplication(ctx(t), "app_0999", func(a ats.Application, _ time.Time) (ats.Application, bool, error) {
			called = true
			return a, true, nil
		})
		wantNotFound(t, err, "application")
		if called {
			t.Error("the change was called for an unknown application")
		}
	})

	t.Run("refused_writes_nothing", func(t *testing.T) {
		s := seeded(t, open)
		before := readApplication(t, s, "app_0004") // rejected
		_, err := s.UpdateApplication(ctx(t), "app_0004", moveTo(interview, at(900)))
		if !errors.Is(err, errRefused) {
			t.Fatalf("got %v, want the change's own error", err)
		}
		sameJSON(t, "the application after the refusal", readApplication(t, s, "app_0004"), before)
	})

	t.Run("nothing_to_write", func(t *testing.T) {
		s := seeded(t, open)
		before := readApplication(t, s, "app_0010")
		got, err := s.UpdateApplication(ctx(t), "app_0010", func(a ats.Application, _ time.Time) (ats.Application, bool, error) {
			a.Stage, a.UpdatedAt = interview, at(900) // not to be written
			return a, false, nil
		})
		if err != nil {
			t.Fatalf("UpdateApplication: %v", err)
		}
		sameJSON(t, "the answer", got, before)
		sameJSON(t, "the application read back", readApplication(t, s, "app_0010"), before)
	})

	t.Run("not_before", func(t *testing.T) {
		s := seeded(t, open)
		var seen []time.Time
		record := func(a ats.Application, notBefore time.Time) (ats.Application, bool, error) {
			seen = append(seen, notBefore)
			a.Stage, a.UpdatedAt = interview, at(900)
			return a, true, nil
		}
		for _, id := range []string{"app_0001", "app_0013"} {
			seen = nil
			if _, err := s.UpdateApplication(ctx(t), id, record); err != nil {
				t.Fatalf("UpdateApplication(%s): %v", id, err)
			}
			if len(seen) != 1 {
				t.Fatalf("the change was called %d times without concurrent updates, want once", len(seen))
			}
		}
		// The second update was given the first's time: the latest update
		// committed. A store without transactions gives the zero time.
		want := at(900)
		if g == StartOfWalk {
			want = time.Time{}
		}
		if !seen[0].Equal(want) {
			t.Errorf("notBefore of an update after another dated %v: got %v, want %v (%s)", at(900), seen[0], want, g)
		}
	})

	t.Run("not_before_seed", func(t *testing.T) {
		s := seeded(t, open)
		var seen time.Time
		if _, err := s.UpdateApplication(ctx(t), "app_0001", func(a ats.Application, notBefore time.Time) (ats.Application, bool, error) {
			seen = notBefore
			return a, false, nil
		}); err != nil {
			t.Fatalf("UpdateApplication: %v", err)
		}
		want := latestSeededUpdate
		if g == StartOfWalk {
			want = time.Time{}
		}
		if !seen.Equal(want) {
			t.Errorf("notBefore on the dataset: got %v, want %v, the latest updated_at of its applications (%s)", seen, want, g)
		}
	})

	// No update is lost: racers each add one to a counter kept in the
	// stage's name, reading it and writing it back, all at once.
	t.Run("concurrent_updates_none_lost", func(t *testing.T) {
		s := seeded(t, open)
		var calls atomic.Int64
		errs := race(func(i int) error {
			_, err := s.UpdateApplication(ctx(t), "app_0013", func(a ats.Application, _ time.Time) (ats.Application, bool, error) {
				calls.Add(1)
				n, _ := strconv.Atoi(strings.TrimPrefix(a.Stage.Name, "count "))
				a.Stage = ats.Stage{ID: "stage_interview", Name: fmt.Sprintf("count %d", n+1), Kind: ats.StageInterview}
				a.UpdatedAt = at(1000 + i)
				return a, true, nil
			})
			return err
		})
		if err := errors.Join(errs...); err != nil {
			t.Fatalf("concurrent updates: got %v, want all to succeed", err)
		}
		if got := readApplication(t, s, "app_0013").Stage.Name; got != fmt.Sprintf("count %d", racers) {
			t.Errorf("after %d concurrent increments the counter reads %q, want %q: updates were lost", racers, got, fmt.Sprintf("count %d", racers))
		}
		t.Logf("%d updates called their change %d times", racers, calls.Load())
	})

	// Moves racing a rejection: the rejection is written once, and
	// nothing is written after it, so the application never ends active
	// after a rejection was acknowledged, nor in a stage other than the
	// one it was rejected in.
	t.Run("moves_racing_a_rejection", func(t *testing.T) {
		s := seeded(t, open)
		results := make([]ats.Application, racers)
		errs := race(func(i int) error {
			var err error
			if i%5 == 2 {
				results[i], err = s.UpdateApplication(ctx(t), "app_0015", reject(at(2000+i)))
				return err
			}
			stage := ats.Stage{ID: fmt.Sprintf("stage_%d", i), Name: fmt.Sprintf("Stage %d", i), Kind: ats.StageInterview}
			results[i], err = s.UpdateApplication(ctx(t), "app_0015", moveTo(stage, at(2000+i)))
			return err
		})
		var rejections []int
		for i, err := range errs {
			switch {
			case err == nil && i%5 == 2:
				rejections = append(rejections, i)
			case err != nil && !errors.Is(err, errRefused):
				t.Errorf("racer %d: got %v, want success or the change's refusal", i, err)
			}
		}
		if len(rejections) != 1 {
			t.Fatalf("successful rejections: got %d, want exactly 1 (the application is active until the first)", len(rejections))
		}
		final := readApplication(t, s, "app_0015")
		sameJSON(t, "the application after the race", final, results[rejections[0]])
		if final.Status != ats.ApplicationRejected {
			t.Errorf("after an acknowledged rejection the application is %s, want rejected", final.Status)
		}
		inList(t, s, "rejected", ats.ApplicationQuery{Statuses: []ats.ApplicationStatus{ats.ApplicationRejected}}, "app_0015", true)
		inList(t, s, "active", ats.ApplicationQuery{Statuses: []ats.ApplicationStatus{ats.ApplicationActive}}, "app_0015", false)
	})
}

// readApplication reads one application or fails the test.
func readApplication(t *testing.T, s preview.Store, id string) ats.Application {
	t.Helper()
	a, err := s.Application(ctx(t), id)
	if err != nil {
		t.Fatalf("Application(%s): %v", id, err)
	}
	return a
}

// inList checks whether the applications matching q (walked whole) hold id.
func inList(t *testing.T, s preview.Store, what string, q ats.ApplicationQuery, id string, want bool) {
	t.Helper()
	ids := walkCursor(t, func(w ats.Window) (ats.Page[ats.Application], error) {
		q.Window = w
		return s.ListApplications(ctx(t), q)
	}, 100, applicationID)
	if got := slices.Contains(ids, id); got != want {
		t.Errorf("applications %s: holding %s is %v, want %v (%v)", what, id, got, want, ids)
	}
}
