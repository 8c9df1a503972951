package lever_test

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/lever"
	"github.com/atsbridge/atsbridge/ats/lever/levertest"
)

// The client has CONTRACT_B's methods with their signatures, which
// ats.Provider gains once the pipeline and resume routes land.
var _ interface {
	JobStages(ctx context.Context, jobID string) ([]ats.JobStage, error)
	MoveApplication(ctx context.Context, id string, in ats.MoveInput) (ats.Application, error)
	RejectApplication(ctx context.Context, id string, in ats.RejectInput) (ats.Application, error)
	RestoreApplication(ctx context.Context, id string) (ats.Application, error)
	RejectionReasons(ctx context.Context) ([]ats.RejectionReason, error)
	AttachResume(ctx context.Context, candidateID string, f ats.File) error
	CandidateResume(ctx context.Context, candidateID string) (ats.Download, error)
} = (*lever.Client)(nil)

func TestJobStages(t *testing.T) {
	h := newHarness(t, unlimited(), nil)
	stages, err := h.client.JobStages(ctx(t), h.data.Backend.ID)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for i, s := range stages {
		if s.Position != i {
			t.Errorf("%s: position %d, want %d", s.ID, s.Position, i)
		}
		got = append(got, s.ID+"="+string(s.Kind))
	}
	want := []string{"lead-new=sourced", "lead-reached-out=sourced", "lead-responded=sourced", "applicant-new=applied",
		levertest.StageRecruiterScreen + "=screening", levertest.StagePhoneInterview + "=interview",
		levertest.StageAssessment + "=assessment", levertest.StageOnsite + "=interview", levertest.StageReferences + "=other", "offer=offer"}
	if !slices.Equal(got, want) {
		t.Errorf("got %v\nwant %v", got, want)
	}
	_, err = h.client.JobStages(ctx(t), "c0ffee00-0000-4000-8000-000000000000")
	wantCode(t, err, ats.CodeNotFound)
}

func TestRejectionReasons(t *testing.T) {
	h := newHarness(t, unlimited(), nil)
	rs, err := h.client.RejectionReasons(ctx(t))
	if err != nil {
		t.Fatal(err)
	}
	want := []ats.RejectionReason{
		{ID: levertest.ReasonUnderqualified, Name: "Underqualified", Kind: ats.ReasonRejected},
		{ID: levertest.ReasonWithdrew, Name: "Candidate withdrew", Kind: ats.ReasonWithdrawn},
		{ID: levertest.ReasonAnother, Name: "Went with another candidate", Kind: ats.ReasonRejected},
		{ID: levertest.ReasonTiming, Name: "Timing", Kind: ats.ReasonRejected},
		{ID: levertest.ReasonTropJunior, Name: "Profil trop junior — à revoir", Kind: ats.ReasonRejected},
	}
	if !slices.Equal(rs, want) {
		t.Errorf("got %+v\nwant %+v (no hired reason, no inactive one)", rs, want)
	}
}

func TestMoveApplication(t *testing.T) {
	h := newHarness(t, unlimited(), nil)
	d := h.data
	before, _ := h.client.Application(ctx(t), d.Hanako.ID, ats.ReadOptions{})
	a, err := h.client.MoveApplication(ctx(t), d.Hanako.ID, ats.MoveInput{StageID: "offer"})
	if err != nil {
		t.Fatal(err)
	}
	o, _ := h.fake.Opportunity(d.Hanako.ID)
	if a.Stage.ID != "offer" || a.Stage.Kind != ats.StageOffer || o.StageID != "offer" || !a.UpdatedAt.After(before.UpdatedAt) ||
		a.JobID != d.Munich.ID || o.StageChanges[len(o.StageChanges)-1].UserID != levertest.UserAdmin {
		t.Errorf("got %+v, stored %+v", a, o)
	}
	// Moving to the stage it is in writes nothing.
	puts := h.fake.Count("PUT", "")
	if a, err := h.client.MoveApplication(ctx(t), d.Hanako.ID, ats.MoveInput{StageID: "offer"}); err != nil || a.Stage.ID != "offer" {
		t.Errorf("no-op move: got %+v, %v", a, err)
	}
	if n := h.fake.Count("PUT", ""); n != puts {
		t.Errorf("a no-op move wrote %d times", n-puts)
	}

	_, err = h.client.MoveApplication(ctx(t), d.Hanako.ID, ats.MoveInput{StageID: "no-such-stage"})
	if e := wantCode(t, err, ats.CodeInputInvalid); len(e.Details) != 1 || e.Details[0].Field != "stage_id" || !strings.Contains(e.Message, "/stages") {
		t.Errorf("unknown stage: got %+v", e)
	}
	for _, id := range []string{d.Jose.ID, d.Zoe.ID, d.JaneSales.ID} {
		_, err = h.client.MoveApplication(ctx(t), id, ats.MoveInput{StageID: "offer"})
		wantCode(t, err, "APPLICATION_CLOSED")
	}
	for _, id := range []string{d.JaneLead.ID, "c0ffee00-0000-4000-8000-000000000000"} {
		_, err = h.client.MoveApplication(ctx(t), id, ats.MoveInput{StageID: "offer"})
		wantCode(t, err, ats.CodeNotFound)
	}
	if n := h.fake.Count("PUT", ""); n != puts {
		t.Errorf("refused moves wrote %d times", n-puts)
	}
}

func TestRejectAndRestore(t *testing.T) {
	h := newHarness(t, unlimited(), nil)
	d := h.data
	id := d.JaneBackend.ID
	for _, tt := range []struct {
		name  string
		in    ats.RejectInput
		code  ats.Code
		field string
	}{
		{"no reason", ats.RejectInput{}, ats.CodeInputInvalid, "reason_id"},
		{"unknown reason", ats.RejectInput{ReasonID: "nope"}, ats.CodeInputInvalid, "reason_id"},
		{"a hired reason", ats.RejectInput{ReasonID: levertest.ReasonHired}, ats.CodeInputInvalid, "reason_id"},
		{"an inactive reason", ats.RejectInput{ReasonID: levertest.ReasonOld}, ats.CodeInputInvalid, "reason_id"},
		{"notify the candidate", ats.RejectInput{ReasonID: levertest.ReasonTiming, NotifyCandidate: true}, ats.CodeNotSupported, ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := h.client.RejectApplication(ctx(t), id, tt.in)
			e := wantCode(t, err, tt.code)
			if tt.field != "" && (len(e.Details) != 1 || e.Details[0].Field != tt.field || !strings.Contains(e.Message, "/rejection_reasons")) {
				t.Errorf("got %+v", e)
			}
		})
	}
	if n := h.fake.Count("PUT", ""); n != 0 {
		t.Fatalf("refused rejections wrote %d times", n)
	}

	a, err := h.client.RejectApplication(ctx(t), id, ats.RejectInput{ReasonID: levertest.ReasonUnderqualified, Note: new("Needs more Go")})
	if err != nil {
		t.Fatal(err)
	}
	o, _ := h.fake.Opportunity(id)
	if a.Status != ats.ApplicationRejected || a.RejectedAt == nil || o.Archived == nil || o.Archived.Reason != levertest.ReasonUnderqualified ||
		!slices.Equal(o.Notes, []string{"Needs more Go"}) || a.Stage.ID != levertest.StagePhoneInterview {
		t.Errorf("got %+v, stored %+v", a, o)
	}
	_, err = h.client.RejectApplication(ctx(t), id, ats.RejectInput{ReasonID: levertest.ReasonTiming})
	wantCode(t, err, "APPLICATION_CLOSED")

	a, err = h.client.RestoreApplication(ctx(t), id)
	if err != nil {
		t.Fatal(err)
	}
	if o, _ := h.fake.Opportunity(id); a.Status != ats.ApplicationActive || a.RejectedAt != nil || o.Archived != nil || a.Stage.ID != levertest.StagePhoneInterview {
		t.Errorf("restore: got %+v", a)
	}
	puts := h.fake.Count("PUT", "")
	if _, err := h.client.RestoreApplication(ctx(t), id); err != nil {
		t.Fatal(err)
	}
	if n := h.fake.Count("PUT", ""); n != puts {
		t.Errorf("restoring an active application wrote %d times", n-puts)
	}

	a, err = h.client.RejectApplication(ctx(t), id, ats.RejectInput{ReasonID: levertest.ReasonWithdrew})
	if err != nil || a.Status != ats.ApplicationWithdrawn {
		t.Errorf("withdraw: got %+v, %v", a, err)
	}
}

func TestRejectWhoseNoteFailsSaysItRejected(t *testing.T) {
	h := newHarness(t, unlimited(), nil)
	id := h.data.Hanako.ID
	h.fake.Inject(levertest.Fault{Method: "POST", Path: "/opportunities/" + id + "/notes", Status: 500})
	_, err := h.client.RejectApplication(ctx(t), id, ats.RejectInput{ReasonID: levertest.ReasonTiming, Note: new("n")})
	e := wantCode(t, err, ats.CodeUpstreamUnavailable)
	if !strings.Contains(e.Message, "was rejected") {
		t.Errorf("message %q does not say the rejection happened", e.Message)
	}
	if o, _ := h.fake.Opportunity(id); o.Archived == nil {
		t.Error("the opportunity is not archived")
	}
}
