package workable_test

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/jonboulle/clockwork"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/workable"
	"github.com/atsbridge/atsbridge/ats/workable/workabletest"
)

// pipelineHarness is a fake with one job of its own pipeline (Take-home
// between the screen and the interview), a second job with the account's,
// and candidate records in them.
func pipelineHarness(t *testing.T) (*harness, workabletest.Job, workabletest.Job) {
	t.Helper()
	h := newHarness(t, fastOptions(), nil)
	own := []workabletest.Stage{
		{Slug: "applied", Name: "Applied", Kind: "applied", Position: 1},
		{Slug: "phone-screen", Name: "Phone Screen", Kind: "phone-screen", Position: 2},
		{Slug: "take-home", Name: "Take-home", Kind: "assessment", Position: 3},
		{Slug: "interview", Name: "Interview", Kind: "interview", Position: 4},
		{Slug: "hired", Name: "Hired", Kind: "hired", Position: 5},
	}
	eng := h.fake.AddJob(workabletest.Job{Title: "Go Engineer", Stages: own})
	sales := h.fake.AddJob(workabletest.Job{Title: "Account Executive"})
	for _, c := range []workabletest.Candidate{
		{ID: "0000aa01", Name: "Active One", Email: "one@example.com", JobShortcode: eng.Shortcode, StageSlug: "phone-screen"},
		{ID: "0000aa02", Name: "Rejected Two", Email: "two@example.com", JobShortcode: eng.Shortcode, StageSlug: "interview", Disqualified: true},
		{ID: "0000aa03", Name: "Hired Three", Email: "three@example.com", JobShortcode: eng.Shortcode, StageSlug: "hired"},
		{ID: "0000aa04", Name: "Active Four", Email: "four@example.com", JobShortcode: sales.Shortcode, StageSlug: "applied"},
		{ID: "0000aa05", Name: "Pool Five", Email: "five@example.com"},
	} {
		h.fake.AddCandidate(c)
	}
	h.fake.ResetRequests()
	return h, eng, sales
}

// writes are the fake's requests other than GETs.
func writes(h *harness) []workabletest.Request {
	var out []workabletest.Request
	for _, r := range h.fake.Requests() {
		if r.Method != "GET" {
			out = append(out, r)
		}
	}
	return out
}

func body(t *testing.T, r workabletest.Request) map[string]any {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal(r.Body, &m); err != nil {
		t.Fatalf("%s %s: body %s is not JSON: %v", r.Method, r.Path, r.Body, err)
	}
	return m
}

// A job's stages come from its own pipeline, slugs as ids, Workable's kinds
// mapped, and are read once per job for the cache's lifetime.
func TestJobStagesPerJobCached(t *testing.T) {
	h, eng, sales := pipelineHarness(t)
	for range 3 {
		got, err := h.client.JobStages(ctx(t), eng.Shortcode)
		if err != nil {
			t.Fatal(err)
		}
		want := []ats.JobStage{
			{ID: "applied", Name: "Applied", Kind: ats.StageApplied, Position: 0},
			{ID: "phone-screen", Name: "Phone Screen", Kind: ats.StageScreening, Position: 1},
			{ID: "take-home", Name: "Take-home", Kind: ats.StageAssessment, Position: 2},
			{ID: "interview", Name: "Interview", Kind: ats.StageInterview, Position: 3},
			{ID: "hired", Name: "Hired", Kind: ats.StageHired, Position: 4},
		}
		if g, w := jsonOf(t, got), jsonOf(t, want); g != w {
			t.Fatalf("stages of %s: got %s, want %s", eng.Shortcode, g, w)
		}
	}
	if _, err := h.client.JobStages(ctx(t), sales.Shortcode); err != nil {
		t.Fatal(err)
	}
	if n, m := h.fake.Count("GET", "/jobs/"+eng.Shortcode+"/stages"), h.fake.Count("GET", "/jobs/"+sales.Shortcode+"/stages"); n != 1 || m != 1 {
		t.Errorf("upstream stage reads: %d and %d, want one per job", n, m)
	}
	_, err := h.client.JobStages(ctx(t), "NOSUCHJOB1")
	wantCode(t, err, ats.CodeNotFound)
}

func jsonOf(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestMoveApplication(t *testing.T) {
	h, eng, _ := pipelineHarness(t)

	a, err := h.client.MoveApplication(ctx(t), "0000aa01", ats.MoveInput{StageID: "take-home"})
	if err != nil {
		t.Fatal(err)
	}
	if a.Stage != (ats.Stage{ID: "take-home", Name: "Take-home", Kind: ats.StageAssessment}) || a.Status != ats.ApplicationActive {
		t.Errorf("moved: %+v", a)
	}
	w := writes(h)
	if len(w) != 1 || w[0].Path != "/candidates/0000aa01/move" {
		t.Fatalf("writes: %+v, want one POST /candidates/0000aa01/move", w)
	}
	if b := body(t, w[0]); b["target_stage"] != "take-home" || b["member_id"] != "1f395d" {
		t.Errorf("move body %v, want the slug and the first active admin", b)
	}
	if n := h.fake.Count("GET", "/candidates/0000aa01"); n != 2 {
		t.Errorf("%d reads of the record, want 2 (before, and after the answer without it)", n)
	}

	// The stage it is in: no write.
	h.fake.ResetRequests()
	if _, err := h.client.MoveApplication(ctx(t), "0000aa01", ats.MoveInput{StageID: "take-home"}); err != nil {
		t.Fatal(err)
	}
	// A stage of the account's pipeline that this job lacks: the job's
	// stages are asked for again before the refusal, and nothing is written.
	_, err = h.client.MoveApplication(ctx(t), "0000aa01", ats.MoveInput{StageID: "assessment"})
	e := wantCode(t, err, ats.CodeInputInvalid)
	if len(e.Details) != 1 || e.Details[0].Field != "stage_id" || !strings.Contains(e.Message, "GET /jobs/"+eng.Shortcode+"/stages") {
		t.Errorf("refusal %+v", e)
	}
	if n := h.fake.Count("GET", "/jobs/"+eng.Shortcode+"/stages"); n != 1 {
		t.Errorf("%d fresh stage reads before refusing, want 1", n)
	}
	// Closed records and records in no job.
	_, err = h.client.MoveApplication(ctx(t), "0000aa02", ats.MoveInput{StageID: "applied"})
	wantCode(t, err, ats.CodeApplicationClosed)
	_, err = h.client.MoveApplication(ctx(t), "0000aa03", ats.MoveInput{StageID: "applied"})
	wantCode(t, err, ats.CodeApplicationClosed)
	_, err = h.client.MoveApplication(ctx(t), "0000aa05", ats.MoveInput{StageID: "applied"})
	wantCode(t, err, ats.CodeNotFound)
	if w := writes(h); len(w) != 0 {
		t.Errorf("writes: %+v, want none", w)
	}

	// Into the hired stage: Workable hires.
	a, err = h.client.MoveApplication(ctx(t), "0000aa01", ats.MoveInput{StageID: "hired"})
	if err != nil || a.Status != ats.ApplicationHired || a.HiredAt == nil {
		t.Errorf("moved to hired: %+v, %v; want hired", a, err)
	}
}

func TestRejectApplication(t *testing.T) {
	h, _, _ := pipelineHarness(t)
	note := "Strong, but we need more Go.\nMaybe next year."
	a, err := h.client.RejectApplication(ctx(t), "0000aa01", ats.RejectInput{ReasonID: "d1b1", Note: &note})
	if err != nil {
		t.Fatal(err)
	}
	if a.Status != ats.ApplicationWithdrawn || a.RejectedAt == nil || a.Stage.ID != "phone-screen" {
		t.Errorf("rejected with a withdrawal reason: %+v; want withdrawn where it was", a)
	}
	w := writes(h)
	if len(w) != 1 || w[0].Path != "/candidates/0000aa01/disqualify" {
		t.Fatalf("writes: %+v, want one POST /candidates/0000aa01/disqualify", w)
	}
	if b := body(t, w[0]); b["disqualify_reason_id"] != "d1b1" || b["withdrew"] != true || b["disqualify_note"] != note || b["member_id"] != "1f395d" {
		t.Errorf("disqualify body %v", b)
	}
	if c, _ := h.fake.Candidate("0000aa01"); c.DisqualifyNote != note {
		t.Errorf("Workable kept the note %q", c.DisqualifyNote)
	}

	// Without a reason: only the member, no category.
	h.fake.ResetRequests()
	a, err = h.client.RejectApplication(ctx(t), "0000aa04", ats.RejectInput{})
	if err != nil || a.Status != ats.ApplicationRejected {
		t.Fatalf("rejected without a reason: %+v, %v", a, err)
	}
	if b := body(t, writes(h)[0]); len(b) != 1 || b["member_id"] == nil {
		t.Errorf("disqualify body without a reason: %v, want member_id alone", b)
	}

	h.fake.ResetRequests()
	long := strings.Repeat("n", 257)
	_, err = h.client.RejectApplication(ctx(t), "0000aa01", ats.RejectInput{Note: &long})
	if e := wantCode(t, err, ats.CodeInputInvalid); e.Details[0].Field != "note" {
		t.Errorf("a long note: %+v, want a detail on note", e)
	}
	_, err = h.client.RejectApplication(ctx(t), "0000aa01", ats.RejectInput{NotifyCandidate: true})
	wantCode(t, err, ats.CodeNotSupported)
	if n := len(h.fake.Requests()); n != 0 {
		t.Errorf("%d requests for refusals decided on the input, want none", n)
	}
	_, err = h.client.RejectApplication(ctx(t), "0000aa02", ats.RejectInput{})
	wantCode(t, err, ats.CodeApplicationClosed)

	// An unknown reason: the reasons are read once more, fresh, before
	// the refusal.
	h2, _, _ := pipelineHarness(t)
	if _, err := h2.client.RejectionReasons(ctx(t)); err != nil {
		t.Fatal(err)
	}
	_, err = h2.client.RejectApplication(ctx(t), "0000aa01", ats.RejectInput{ReasonID: "nope"})
	if e := wantCode(t, err, ats.CodeInputInvalid); e.Details[0].Field != "reason_id" {
		t.Errorf("an unknown reason: %+v", e)
	}
	if n := h2.fake.Count("GET", "/disqualification_reasons"); n != 2 {
		t.Errorf("%d reason reads, want 2 (the cache, then fresh before refusing)", n)
	}
	if w := writes(h2); len(w) != 0 {
		t.Errorf("writes %+v, want none", w)
	}
}

func TestRestoreApplication(t *testing.T) {
	h, _, _ := pipelineHarness(t)
	a, err := h.client.RestoreApplication(ctx(t), "0000aa02")
	if err != nil || a.Status != ats.ApplicationActive || a.Stage.ID != "interview" || a.RejectedAt != nil {
		t.Fatalf("restored: %+v, %v; want active in Interview", a, err)
	}
	w := writes(h)
	if len(w) != 1 || w[0].Path != "/candidates/0000aa02/revert" || body(t, w[0])["member_id"] != "1f395d" {
		t.Fatalf("writes: %+v, want one POST /candidates/0000aa02/revert", w)
	}
	h.fake.ResetRequests()
	if _, err := h.client.RestoreApplication(ctx(t), "0000aa01"); err != nil {
		t.Fatal(err)
	}
	_, err = h.client.RestoreApplication(ctx(t), "0000aa03")
	wantCode(t, err, ats.CodeApplicationClosed)
	if w := writes(h); len(w) != 0 {
		t.Errorf("writes %+v for an active and a hired record, want none", w)
	}
}

// Reasons are the account's, in position order, of kind withdrawn when
// Workable files them under "candidate withdrew".
func TestRejectionReasons(t *testing.T) {
	h, _, _ := pipelineHarness(t)
	got, err := h.client.RejectionReasons(ctx(t))
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 5 || got[0] != (ats.RejectionReason{ID: "d1a1", Name: "Lacks experience", Kind: ats.ReasonRejected}) ||
		got[3] != (ats.RejectionReason{ID: "d1b1", Name: "Accepted another offer", Kind: ats.ReasonWithdrawn}) {
		t.Errorf("reasons: %+v", got)
	}
	if _, err := h.client.RejectionReasons(ctx(t)); err != nil {
		t.Fatal(err)
	}
	if n := h.fake.Count("GET", "/disqualification_reasons"); n != 1 {
		t.Errorf("%d upstream reads for two lists, want 1 (cached)", n)
	}
}

// A job's stages and the reasons are kept for five minutes of the client's
// clock (Config.Clock), then read again.
func TestPipelineCacheExpiresOnClientClock(t *testing.T) {
	clock := clockwork.NewFakeClockAt(time.Now())
	h := newHarness(t, fastOptions(), func(c *workable.Config) { c.Clock = clock })
	job := h.fake.AddJob(workabletest.Job{Title: "Go Engineer"})
	stagesPath := "/jobs/" + job.Shortcode + "/stages"
	read := func() {
		t.Helper()
		if _, err := h.client.JobStages(ctx(t), job.Shortcode); err != nil {
			t.Fatal(err)
		}
		if _, err := h.client.RejectionReasons(ctx(t)); err != nil {
			t.Fatal(err)
		}
	}
	read()
	clock.Advance(4 * time.Minute)
	read()
	if n, m := h.fake.Count("GET", stagesPath), h.fake.Count("GET", "/disqualification_reasons"); n != 1 || m != 1 {
		t.Fatalf("reads within five minutes: stages %d, reasons %d, want 1 and 1", n, m)
	}
	clock.Advance(time.Minute)
	read()
	if n, m := h.fake.Count("GET", stagesPath), h.fake.Count("GET", "/disqualification_reasons"); n != 2 || m != 2 {
		t.Errorf("reads after five minutes: stages %d, reasons %d, want 2 and 2", n, m)
	}
}
