package greenhouse_test

import (
	"encoding/json"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/jonboulle/clockwork"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/greenhouse"
	"github.com/atsbridge/atsbridge/ats/greenhouse/greenhousetest"
)

// pipelineFixture is a job with Greenhouse's default plan, an application
// in its first stage, a hired one, and two reasons to reject with, on a
// clock the test moves so that updated_at visibly changes.
type pipelineFixture struct {
	*harness
	clock   *clockwork.FakeClock
	job     greenhousetest.Job
	other   greenhousetest.Job
	stages  []greenhousetest.Stage
	app     greenhousetest.Application
	hired   greenhousetest.Application
	reason  greenhousetest.RejectionReason
	withdew greenhousetest.RejectionReason
}

func newPipelineFixture(t *testing.T, mod func(*greenhouse.Config)) *pipelineFixture {
	clock := clockwork.NewFakeClockAt(time.Date(2026, 9, 30, 12, 0, 0, 0, time.UTC))
	fo := fastOptions()
	fo.Now = clock.Now
	h := newHarness(t, fo, mod)
	f := &pipelineFixture{harness: h, clock: clock}
	f.job = h.fake.AddJob(greenhousetest.Job{Name: "Engineer"})
	f.other = h.fake.AddJob(greenhousetest.Job{Name: "Elsewhere"})
	f.stages = h.fake.JobStages(f.job.ID)
	cand := h.fake.AddCandidate(greenhousetest.Candidate{FirstName: "A", LastName: "B"})
	f.app = h.fake.AddApplication(greenhousetest.Application{CandidateID: cand.ID, JobID: f.job.ID})
	f.hired = h.fake.AddApplication(greenhousetest.Application{CandidateID: cand.ID, JobID: f.other.ID, Status: greenhousetest.StatusHired})
	f.reason = h.fake.AddRejectionReason(greenhousetest.RejectionReason{Name: "Lacking skills", Type: "We rejected them"})
	f.withdew = h.fake.AddRejectionReason(greenhousetest.RejectionReason{Name: "Took another offer", Type: "They rejected us", Default: true})
	clock.Advance(time.Hour)
	return f
}

// lastBody is the body of the last POST to path.
func (f *pipelineFixture) lastBody(t *testing.T, path string) map[string]json.RawMessage {
	t.Helper()
	var body map[string]json.RawMessage
	for _, r := range f.fake.Requests() {
		if r.Method == "POST" && r.Path == path {
			body = nil
			_ = json.Unmarshal(r.Body, &body)
		}
	}
	return body
}

func TestJobStages(t *testing.T) {
	f := newPipelineFixture(t, nil)
	f.fake.AddStage(greenhousetest.Stage{JobID: f.job.ID, Name: "Retired Screen", SortOrder: 2, Inactive: true})
	got, err := f.client.JobStages(ctx(t), id(f.job.ID))
	if err != nil {
		t.Fatal(err)
	}
	want := []ats.JobStage{}
	kinds := []ats.StageKind{ats.StageApplied, ats.StageScreening, ats.StageInterview, ats.StageAssessment, ats.StageInterview, ats.StageOther, ats.StageOffer}
	for i, st := range f.stages {
		want = append(want, ats.JobStage{ID: id(st.ID), Name: st.Name, Kind: kinds[i], Position: i})
	}
	if !slices.Equal(got, want) {
		t.Errorf("got  %+v\nwant %+v", got, want)
	}
	// A stage named for no kind takes its place's: the same kind as the
	// applications at it read (TestStageKindFromThePipeline).
	custom := f.fake.AddJob(greenhousetest.Job{Name: "Custom"}, "Welcome", "Recruiter Screen", "Face to Face", "Culture Fit", "Offer")
	js, err := f.client.JobStages(ctx(t), id(custom.ID))
	if err != nil || len(js) != 5 || js[0].Kind != ats.StageApplied || js[3].Kind != ats.StageInterview || js[3].Position != 3 {
		t.Errorf("stages: %+v %v", js, err)
	}
	empty := f.fake.AddJob(greenhousetest.Job{Name: "No plan"}, []string{}...)
	if got, err := f.client.JobStages(ctx(t), id(empty.ID)); err != nil || got == nil || len(got) != 0 {
		t.Errorf("a job without stages: got %v %v, want []", got, err)
	}
	for _, bad := range []string{"4012999", "nope"} {
		_, err := f.client.JobStages(ctx(t), bad)
		if e := wantCode(t, err, ats.CodeNotFound); !strings.Contains(e.Message, "job") {
			t.Errorf("%s: %q does not name the job", bad, e.Message)
		}
	}
}

func TestMoveApplication(t *testing.T) {
	f := newPipelineFixture(t, nil)
	path := "/applications/" + id(f.app.ID) + "/move"

	// To the stage it is in: nothing is written.
	a, err := f.client.MoveApplication(ctx(t), id(f.app.ID), ats.MoveInput{StageID: id(f.stages[0].ID)})
	if err != nil || a.Stage.ID != id(f.stages[0].ID) || f.fake.Count("POST", path) != 0 {
		t.Fatalf("same stage: got %+v %v, %d moves", a, err, f.fake.Count("POST", path))
	}
	before := a.UpdatedAt

	a, err = f.client.MoveApplication(ctx(t), id(f.app.ID), ats.MoveInput{StageID: id(f.stages[4].ID)})
	if err != nil {
		t.Fatal(err)
	}
	if a.Stage.ID != id(f.stages[4].ID) || a.Stage.Name != "Face to Face" || a.Stage.Kind != ats.StageInterview || !a.UpdatedAt.After(before) {
		t.Errorf("after the move: got %+v", a)
	}
	body := f.lastBody(t, path)
	if string(body["from_stage_id"]) != id(f.stages[0].ID) || string(body["to_stage_id"]) != id(f.stages[4].ID) {
		t.Errorf("move body: %s", mustJSON(body))
	}
	if got, _ := f.fake.Application(f.app.ID); got.MovedBy != strconv.Itoa(greenhousetest.AdminUserID) {
		t.Errorf("the move was made as %q, want GREENHOUSE_USER_ID", got.MovedBy)
	}

	otherStage := f.fake.JobStages(f.other.ID)[1]
	for _, tt := range []struct {
		name, app, stage string
		code             ats.Code
		field            string
	}{
		{"a stage of another job", id(f.app.ID), id(otherStage.ID), ats.CodeInputInvalid, "stage_id"},
		{"not a stage id", id(f.app.ID), "screen", ats.CodeInputInvalid, "stage_id"},
		{"a hired application", id(f.hired.ID), id(otherStage.ID), "APPLICATION_CLOSED", ""},
		{"an unknown application", "4299999999", id(f.stages[1].ID), ats.CodeNotFound, ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			f.fake.ResetRequests()
			_, err := f.client.MoveApplication(ctx(t), tt.app, ats.MoveInput{StageID: tt.stage})
			e := wantCode(t, err, tt.code)
			if tt.field != "" && (len(e.Details) != 1 || e.Details[0].Field != tt.field || !strings.Contains(e.Message, "/stages")) {
				t.Errorf("got %q %+v", e.Message, e.Details)
			}
			if n := f.fake.Count("POST", ""); n != 0 {
				t.Errorf("%d writes, want none", n)
			}
		})
	}
	// A stage added since the cache was filled is found.
	added := f.fake.AddStage(greenhousetest.Stage{JobID: f.job.ID, Name: "New Round", SortOrder: 9})
	if a, err := f.client.MoveApplication(ctx(t), id(f.app.ID), ats.MoveInput{StageID: id(added.ID)}); err != nil || a.Stage.ID != id(added.ID) {
		t.Errorf("a new stage: got %+v %v", a, err)
	}
}

func TestRejectAndRestore(t *testing.T) {
	f := newPipelineFixture(t, nil)
	app := id(f.app.ID)
	reject := "/applications/" + app + "/reject"
	for _, tt := range []struct {
		name  string
		in    ats.RejectInput
		field string
		says  string
	}{
		{"no reason", ats.RejectInput{Note: new("n")}, "reason_id", "GET /rejection_reasons"},
		{"an unknown reason", ats.RejectInput{ReasonID: "8899999"}, "reason_id", "GET /rejection_reasons"},
		{"not a reason id", ats.RejectInput{ReasonID: "skills"}, "reason_id", "GET /rejection_reasons"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := f.client.RejectApplication(ctx(t), app, tt.in)
			e := wantCode(t, err, ats.CodeInputInvalid)
			if len(e.Details) != 1 || e.Details[0].Field != tt.field || !strings.Contains(e.Message, tt.says) {
				t.Errorf("got %q %+v", e.Message, e.Details)
			}
		})
	}
	if n := f.fake.Count("POST", reject); n != 0 {
		t.Fatalf("%d rejects sent for refused input", n)
	}

	a, err := f.client.RejectApplication(ctx(t), app, ats.RejectInput{ReasonID: id(f.reason.ID), Note: new("Not this time")})
	if err != nil {
		t.Fatal(err)
	}
	if a.Status != ats.ApplicationRejected || a.RejectedAt == nil || !a.RejectedAt.Equal(f.clock.Now()) || !a.UpdatedAt.Equal(f.clock.Now()) {
		t.Errorf("after the reject: %+v", a)
	}
	body := f.lastBody(t, reject)
	if string(body["rejection_reason_id"]) != id(f.reason.ID) || string(body["notes"]) != `"Not this time"` || body["rejection_email"] != nil {
		t.Errorf("reject body %s: want the reason, the note and no rejection email", mustJSON(body))
	}
	_, err = f.client.RejectApplication(ctx(t), app, ats.RejectInput{ReasonID: id(f.reason.ID)})
	if e := wantCode(t, err, "APPLICATION_CLOSED"); !strings.Contains(e.Message, "/restore") {
		t.Errorf("rejecting twice: %q does not say how to restore", e.Message)
	}
	_, err = f.client.MoveApplication(ctx(t), app, ats.MoveInput{StageID: id(f.stages[2].ID)})
	wantCode(t, err, "APPLICATION_CLOSED")

	f.clock.Advance(time.Minute)
	a, err = f.client.RestoreApplication(ctx(t), app)
	if err != nil || a.Status != ats.ApplicationActive || a.RejectedAt != nil || a.Stage.ID != id(f.stages[0].ID) || !a.UpdatedAt.Equal(f.clock.Now()) {
		t.Errorf("after the restore: %+v %v", a, err)
	}
	a, err = f.client.RestoreApplication(ctx(t), app)
	if err != nil || a.Status != ats.ApplicationActive || f.fake.Count("POST", "/applications/"+app+"/unreject") != 1 {
		t.Errorf("restoring an active one: %+v %v, %d unrejects, want no write", a, err, f.fake.Count("POST", "/applications/"+app+"/unreject"))
	}
	_, err = f.client.RestoreApplication(ctx(t), id(f.hired.ID))
	wantCode(t, err, "APPLICATION_CLOSED")

	// A default reason ("They rejected us") makes it withdrawn.
	a, err = f.client.RejectApplication(ctx(t), app, ats.RejectInput{ReasonID: id(f.withdew.ID)})
	if err != nil || a.Status != ats.ApplicationWithdrawn {
		t.Errorf("withdrawn: %+v %v", a, err)
	}
}

func TestRejectionEmailOnlyWhenAskedFor(t *testing.T) {
	f := newPipelineFixture(t, nil)
	app := id(f.app.ID)
	if _, err := f.client.RejectApplication(ctx(t), app, ats.RejectInput{ReasonID: id(f.reason.ID), NotifyCandidate: true}); err != nil {
		t.Fatal(err)
	}
	got, _ := f.fake.Application(f.app.ID)
	if got.RejectionEmail["email_from_user_id"] != float64(greenhousetest.AdminUserID) || got.RejectionEmail["send_email_at"] == nil {
		t.Errorf("rejection_email %v: want one from GREENHOUSE_USER_ID", got.RejectionEmail)
	}

	// Without GREENHOUSE_USER_ID there is nobody to send it from.
	g := newPipelineFixture(t, func(c *greenhouse.Config) { c.UserID = "" })
	_, err := g.client.RejectApplication(ctx(t), id(g.app.ID), ats.RejectInput{ReasonID: id(g.reason.ID), NotifyCandidate: true})
	if e := wantCode(t, err, ats.CodeInputInvalid); e.Details[0].Field != "notify_candidate" || !strings.Contains(e.Message, "GREENHOUSE_USER_ID") {
		t.Errorf("got %q %+v", e.Message, e.Details)
	}
	if a, err := g.client.RejectApplication(ctx(t), id(g.app.ID), ats.RejectInput{ReasonID: id(g.reason.ID)}); err != nil || a.Status != ats.ApplicationRejected {
		t.Errorf("without notification it works as the service user: %+v %v", a, err)
	}
	if got, _ := g.fake.Application(g.app.ID); got.MovedBy != "" {
		t.Errorf("acted as %q, want the service user", got.MovedBy)
	}
}

func TestRejectionReasons(t *testing.T) {
	f := newPipelineFixture(t, nil)
	got, err := f.client.RejectionReasons(ctx(t))
	if err != nil {
		t.Fatal(err)
	}
	want := []ats.RejectionReason{
		{ID: id(f.withdew.ID), Name: "Took another offer", Kind: ats.ReasonWithdrawn},
		{ID: id(f.reason.ID), Name: "Lacking skills", Kind: ats.ReasonRejected},
	}
	if !slices.Equal(got, want) {
		t.Errorf("got %+v, want %+v (Greenhouse's defaults included)", got, want)
	}
}

// Without the scope to list reasons, GET /rejection_reasons says so, and
// a reject still works: Greenhouse's own refusal of an unknown reason is
// INPUT_INVALID on reason_id, and a rejected application reads as
// rejected (whether the candidate withdrew cannot be told).
func TestRejectWithoutTheReasonsScope(t *testing.T) {
	fo := fastOptions()
	fo.Scopes = slices.DeleteFunc(greenhousetest.Scopes(), func(s string) bool { return s == "harvest:rejection_reasons:list" })
	h := newHarness(t, fo, nil)
	job := h.fake.AddJob(greenhousetest.Job{Name: "Engineer"})
	cand := h.fake.AddCandidate(greenhousetest.Candidate{FirstName: "A", LastName: "B"})
	app := h.fake.AddApplication(greenhousetest.Application{CandidateID: cand.ID, JobID: job.ID})
	withdrew := h.fake.AddRejectionReason(greenhousetest.RejectionReason{Name: "Took another offer", Type: "They rejected us"})

	_, err := h.client.RejectionReasons(ctx(t))
	wantCode(t, err, ats.CodeUpstreamAuthFailed)
	_, err = h.client.RejectApplication(ctx(t), id(app.ID), ats.RejectInput{ReasonID: "8899999"})
	if e := wantCode(t, err, ats.CodeInputInvalid); len(e.Details) != 1 || e.Details[0].Field != "reason_id" {
		t.Errorf("unknown reason: %q %+v", e.Message, e.Details)
	}
	a, err := h.client.RejectApplication(ctx(t), id(app.ID), ats.RejectInput{ReasonID: id(withdrew.ID)})
	if err != nil || a.Status != ats.ApplicationRejected {
		t.Errorf("got %+v %v, want it rejected", a, err)
	}
}
