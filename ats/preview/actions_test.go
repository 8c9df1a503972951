package preview_test

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/preview"
	"github.com/atsbridge/atsbridge/store/memory"
)

// TestPipelines checks every seeded job's pipeline: 7 or 8 stages, every
// kind from sourced to hired in pipeline order, Applied (where new
// applications start) among them, positions in order; and that teams have
// their own stage names.
func TestPipelines(t *testing.T) {
	names := map[string]bool{}
	for _, j := range preview.SeedData().Jobs {
		p := preview.Pipeline(j)
		if len(p) < 7 || len(p) > 8 {
			t.Errorf("%s: %d stages, want 7 or 8", j.ID, len(p))
		}
		var kinds []ats.StageKind
		for i, s := range p {
			if s.Position != i {
				t.Errorf("%s: stage %s at %d says position %d", j.ID, s.ID, i, s.Position)
			}
			if len(kinds) == 0 || kinds[len(kinds)-1] != s.Kind {
				kinds = append(kinds, s.Kind)
			}
			names[s.Name] = true
		}
		want := []ats.StageKind{ats.StageSourced, ats.StageApplied, ats.StageScreening, ats.StageAssessment, ats.StageInterview}
		if !slices.Equal(kinds[:5], want) || !slices.Equal(kinds[len(kinds)-2:], []ats.StageKind{ats.StageOffer, ats.StageHired}) {
			t.Errorf("%s: kinds %v, want sourced to interview, ..., offer, hired", j.ID, kinds)
		}
		if p[1].ID != "stg_applied" {
			t.Errorf("%s: second stage %s, want stg_applied, where new applications start", j.ID, p[1].ID)
		}
	}
	for _, own := range []string{"Technical Interview", "Take-home", "Portfolio Review", "Case Study", "Reference Check"} {
		if !names[own] {
			t.Errorf("no job has a %q stage; want teams with their own stage names", own)
		}
	}
}

// racingStore is a memory store on which another request rejects the
// application right before the first update applies: the race a check
// outside the atomic step would lose, played deterministically.
type racingStore struct {
	*memory.Store
	raced bool
}

func (s *racingStore) UpdateApplication(ctx context.Context, id string, change preview.Change) (ats.Application, error) {
	if !s.raced {
		s.raced = true
		if _, err := s.Store.UpdateApplication(ctx, id, func(a ats.Application, notBefore time.Time) (ats.Application, bool, error) {
			a.Status, a.RejectedAt, a.UpdatedAt = ats.ApplicationRejected, &a.UpdatedAt, a.UpdatedAt.Add(time.Second)
			return a, true, nil
		}); err != nil {
			return ats.Application{}, err
		}
	}
	return s.Store.UpdateApplication(ctx, id, change)
}

// A move or a rejection whose application was rejected between the
// sandbox's first read and its write is refused, and the rejection stays.
func TestActionsCheckInTheAtomicStep(t *testing.T) {
	for _, act := range []struct {
		name string
		do   func(sb *preview.Sandbox) error
	}{
		{"move", func(sb *preview.Sandbox) error {
			_, err := sb.MoveApplication(t.Context(), "app_0001", ats.MoveInput{StageID: "stg_interview"})
			return err
		}},
		{"reject", func(sb *preview.Sandbox) error {
			_, err := sb.RejectApplication(t.Context(), "app_0001", ats.RejectInput{ReasonID: "rsn_other_offer"})
			return err
		}},
	} {
		t.Run(act.name, func(t *testing.T) {
			s := &racingStore{Store: memory.New()}
			sb, err := preview.Open(t.Context(), s, func() time.Time { return clockTime })
			if err != nil {
				t.Fatal(err)
			}
			wantCode(t, act.do(sb), ats.CodeApplicationClosed)
			a, err := sb.Application(t.Context(), "app_0001", ats.ReadOptions{})
			if err != nil || a.Status != ats.ApplicationRejected || a.Stage.ID != "stg_phone_screen" {
				t.Errorf("after the race: %+v, %v; want rejected where it was", a, err)
			}
		})
	}
}

// Actions are dated by the sandbox's clock in whole UTC seconds, a second
// after the previous change when the clock has not moved on, and a move to
// the Hired stage hires.
func TestActionDates(t *testing.T) {
	sb := openSandbox(t)
	now := clockTime.UTC().Truncate(time.Second)
	moved, err := sb.MoveApplication(t.Context(), "app_0001", ats.MoveInput{StageID: "stg_interview"})
	if err != nil || !moved.UpdatedAt.Equal(now) || moved.UpdatedAt.Location() != time.UTC {
		t.Fatalf("move: %+v, %v; want updated_at %v", moved, err, now)
	}
	rejected, err := sb.RejectApplication(t.Context(), "app_0001", ats.RejectInput{ReasonID: "rsn_other_offer"})
	if err != nil || rejected.Status != ats.ApplicationWithdrawn || !rejected.UpdatedAt.Equal(now.Add(time.Second)) || !rejected.RejectedAt.Equal(rejected.UpdatedAt) {
		t.Fatalf("reject with a withdrawal reason: %+v, %v; want withdrawn a second later", rejected, err)
	}
	restored, err := sb.RestoreApplication(t.Context(), "app_0001")
	if err != nil || restored.Status != ats.ApplicationActive || restored.RejectedAt != nil || !restored.UpdatedAt.Equal(now.Add(2*time.Second)) {
		t.Fatalf("restore: %+v, %v", restored, err)
	}
	hired, err := sb.MoveApplication(t.Context(), "app_0001", ats.MoveInput{StageID: "stg_hired"})
	if err != nil || hired.Status != ats.ApplicationHired || hired.HiredAt == nil || !hired.HiredAt.Equal(hired.UpdatedAt) {
		t.Fatalf("move to Hired: %+v, %v; want hired", hired, err)
	}
	_, err = sb.RestoreApplication(t.Context(), "app_0001")
	wantCode(t, err, ats.CodeApplicationClosed)
}
