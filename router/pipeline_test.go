package router_test

import (
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/router/routertest"
)

// actions is a mock provider whose pipeline actions record what they were
// asked and answer the sample application.
type actions struct {
	moves    []ats.MoveInput
	rejects  []ats.RejectInput
	restores []string
	ids      []string
}

func (r *actions) provider() *routertest.Provider {
	ok := routertest.Answering(nil)
	return &routertest.Provider{
		MoveApplicationFn: func(ctx context.Context, id string, in ats.MoveInput) (ats.Application, error) {
			r.moves, r.ids = append(r.moves, in), append(r.ids, id)
			return ok.MoveApplicationFn(ctx, id, in)
		},
		RejectApplicationFn: func(ctx context.Context, id string, in ats.RejectInput) (ats.Application, error) {
			r.rejects, r.ids = append(r.rejects, in), append(r.ids, id)
			return ok.RejectApplicationFn(ctx, id, in)
		},
		RestoreApplicationFn: func(ctx context.Context, id string) (ats.Application, error) {
			r.restores, r.ids = append(r.restores, id), append(r.ids, id)
			return ok.RestoreApplicationFn(ctx, id)
		},
		JobStagesFn: func(ctx context.Context, id string) ([]ats.JobStage, error) {
			r.ids = append(r.ids, id)
			return routertest.SampleJobStages(), nil
		},
		RejectionReasonsFn: ok.RejectionReasonsFn,
	}
}

// Each refused body is refused before the provider is asked, with a detail
// naming the field.
func TestPipelineActionsRefuseBadInput(t *testing.T) {
	tests := []struct {
		name, target, body string
		headers            []string
		status             int
		code, field        string
		problem            string
	}{
		{"move without a stage", "/applications/app_0001/move", `{}`, nil, 400, "INPUT_INVALID", "stage_id", "is required"},
		{"move to a null stage", "/applications/app_0001/move", `{"stage_id":null}`, nil, 400, "INPUT_INVALID", "stage_id", "is required"},
		{"move to a number", "/applications/app_0001/move", `{"stage_id":5}`, nil, 400, "INPUT_INVALID", "stage_id", "must be a string"},
		{"move to a path", "/applications/app_0001/move", `{"stage_id":"../jobs"}`, nil, 400, "INPUT_INVALID", "stage_id", "must be an id"},
		{"move with a typo", "/applications/app_0001/move", `{"Stage_ID":"stg_interview"}`, nil, 400, "INPUT_INVALID", "Stage_ID", "case-sensitive: stage_id"},
		{"move without a body", "/applications/app_0001/move", ``, nil, 400, "INPUT_INVALID", "body", "must be a JSON object"},
		{"move with a query", "/applications/app_0001/move?stage_id=stg_interview", `{"stage_id":"stg_interview"}`, nil, 400, "INPUT_INVALID", "stage_id", "is not a parameter"},
		{"move as text", "/applications/app_0001/move", `stage_id=stg_interview`, []string{"Content-Type", "text/plain"}, 415, "UNSUPPORTED_MEDIA_TYPE", "", ""},
		{"move of a bad id", "/applications/app.0001/move", `{"stage_id":"stg_interview"}`, nil, 400, "INPUT_INVALID", "id", "must be letters"},
		{"reject with an empty reason", "/applications/app_0001/reject", `{"reason_id":""}`, nil, 400, "INPUT_INVALID", "reason_id", "must be an id"},
		{"reject with an empty note", "/applications/app_0001/reject", `{"note":"   "}`, nil, 400, "INPUT_INVALID", "note", "must not be empty"},
		{"reject with a long note", "/applications/app_0001/reject", `{"note":"` + strings.Repeat("n", 2001) + `"}`, nil, 400, "INPUT_INVALID", "note", "at most 2000"},
		{"reject with a control character", "/applications/app_0001/reject", `{"note":"a\u0007b"}`, nil, 400, "INPUT_INVALID", "note", "control characters"},
		{"reject with a bidi control", "/applications/app_0001/reject", `{"note":"ok\u202Eevil"}`, nil, 400, "INPUT_INVALID", "note", "bidirectional"},
		{"reject notifying as text", "/applications/app_0001/reject", `{"notify_candidate":"yes"}`, nil, 400, "INPUT_INVALID", "notify_candidate", "must be a boolean"},
		{"reject with a field it lacks", "/applications/app_0001/reject", `{"reason":"rsn_skills"}`, nil, 400, "INPUT_INVALID", "reason", "is not a known field"},
		{"restore with a field", "/applications/app_0001/restore", `{"stage_id":"stg_applied"}`, nil, 400, "INPUT_INVALID", "stage_id", "is not a known field"},
		{"restore with an array", "/applications/app_0001/restore", `[]`, nil, 400, "INPUT_INVALID", "body", "must be a JSON object"},
		{"restore with a query", "/applications/app_0001/restore?force=1", ``, nil, 400, "INPUT_INVALID", "force", "is not a parameter"},
		{"restore as text", "/applications/app_0001/restore", `x`, []string{"Content-Type", "text/plain"}, 415, "UNSUPPORTED_MEDIA_TYPE", "", ""},
		{"stages with paging", "/jobs/job_001/stages?limit=5", ``, nil, 400, "INPUT_INVALID", "limit", "without paging or filters"},
		{"stages of a bad id", "/jobs/job%20001/stages", ``, nil, 400, "INPUT_INVALID", "id", "must be letters"},
		{"reasons with a filter", "/rejection_reasons?kind=withdrawn", ``, nil, 400, "INPUT_INVALID", "kind", "without paging or filters"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := &actions{}
			a := newAPI(rec.provider())
			method := "POST"
			if strings.HasPrefix(tt.target, "/jobs") || strings.HasPrefix(tt.target, "/rejection") {
				method = "GET"
			}
			res := a.Do(t, method, tt.target, tt.body, tt.headers...)
			problem := res.WantError(t, tt.status, tt.code, tt.field)
			if !strings.Contains(problem, tt.problem) {
				t.Errorf("problem %q, want it to say %q", problem, tt.problem)
			}
			if len(rec.ids) != 0 {
				t.Errorf("the provider was asked about %v; a refused request must not reach it", rec.ids)
			}
		})
	}
}

// What the router hands the provider, and what it answers.
func TestPipelineActionsPassInputOn(t *testing.T) {
	rec := &actions{}
	a := newAPI(rec.provider())

	res := a.Do(t, "POST", "/dev/applications/app_0043/move", `{"stage_id":"stg_technical_interview"}`)
	res.Want(t, 200, "")
	var app ats.Application
	res.Data(t, &app)
	if app.Stage.ID != "stg_technical_interview" || len(rec.moves) != 1 || rec.moves[0].StageID != "stg_technical_interview" || rec.ids[0] != "app_0043" {
		t.Errorf("move: provider got %v %+v, answered %+v", rec.ids, rec.moves, app)
	}

	a.Do(t, "POST", "/applications/app_0043/reject", `{"reason_id":"rsn_skills","note":"  Not now.\r\nMaybe in spring.\t ","notify_candidate":true}`).Want(t, 200, "")
	a.Do(t, "POST", "/applications/app_0043/reject", `{}`).Want(t, 200, "")
	a.Do(t, "POST", "/applications/app_0043/reject", `{"notify_candidate":null}`).Want(t, 200, "")
	want := []ats.RejectInput{
		{ReasonID: "rsn_skills", Note: new("Not now.\r\nMaybe in spring."), NotifyCandidate: true},
		{}, {},
	}
	got, _ := json.Marshal(rec.rejects)
	wantJSON, _ := json.Marshal(want)
	if string(got) != string(wantJSON) {
		t.Errorf("rejects: provider got %s, want %s", got, wantJSON)
	}

	// Restore takes no body, or an empty object, as curl and PowerShell
	// send them.
	a.Do(t, "POST", "/applications/app_0043/restore", "").Want(t, 200, "")
	a.Do(t, "POST", "/applications/app_0043/restore", "{}").Want(t, 200, "")
	a.Do(t, "POST", "/applications/app_0043/restore", "", "Content-Type", "application/json").Want(t, 200, "")
	if len(rec.restores) != 3 {
		t.Errorf("restores: provider asked %d times, want 3", len(rec.restores))
	}

	res = a.Do(t, "GET", "/jobs/job_063/stages", "")
	res.Want(t, 200, "")
	var stages []ats.JobStage
	res.Data(t, &stages)
	if len(stages) != 4 || res.Env.Meta != nil || rec.ids[len(rec.ids)-1] != "job_063" {
		t.Errorf("GET /jobs/{id}/stages: %s; want the 4 stages without meta", res.Body)
	}
	res = a.Do(t, "GET", "/dev/rejection_reasons", "")
	res.Want(t, 200, "")
	if !strings.Contains(string(res.Env.Data), `"kind":"withdrawn"`) || res.Env.Meta != nil {
		t.Errorf("GET /rejection_reasons: %s", res.Body)
	}
	a.Do(t, "HEAD", "/rejection_reasons", "").Want(t, 200, "")
	res = a.Do(t, "GET", "/applications/app_0043/move", "")
	res.Want(t, 405, "METHOD_NOT_ALLOWED")
	if got := res.Header.Get("Allow"); got != "POST" {
		t.Errorf("Allow: got %q, want POST", got)
	}
}

// An empty list is [], and the provider's errors pass through typed.
func TestPipelineListsAndErrors(t *testing.T) {
	a := newAPI(&routertest.Provider{
		JobStagesFn: func(_ context.Context, id string) ([]ats.JobStage, error) {
			return nil, ats.NotFound("job", id)
		},
		RejectionReasonsFn: func(context.Context) ([]ats.RejectionReason, error) { return nil, nil },
		RejectApplicationFn: func(_ context.Context, id string, _ ats.RejectInput) (ats.Application, error) {
			return ats.Application{}, ats.ReasonRequired("Greenhouse")
		},
		MoveApplicationFn: func(_ context.Context, id string, in ats.MoveInput) (ats.Application, error) {
			return ats.Application{}, ats.ApplicationClosed(id, ats.ApplicationHired, "moved", "Workable")
		},
	})
	res := a.Do(t, "GET", "/rejection_reasons", "")
	res.Want(t, 200, "")
	if string(res.Env.Data) != "[]" {
		t.Errorf("an empty list: data %s, want []", res.Env.Data)
	}
	if msg := a.Do(t, "GET", "/jobs/job_999/stages", "").WantError(t, 404, "NOT_FOUND", ""); msg != "" {
		t.Errorf("unexpected detail %q", msg)
	}
	res = a.Do(t, "POST", "/applications/app_1/reject", `{}`)
	res.WantError(t, 400, "INPUT_INVALID", "reason_id")
	if !strings.Contains(res.Env.Message, "GET /rejection_reasons") {
		t.Errorf("message %q does not say where the reasons are", res.Env.Message)
	}
	res = a.Do(t, "POST", "/applications/app_1/move", `{"stage_id":"offer"}`)
	res.WantError(t, 409, "APPLICATION_CLOSED", "")
	if strings.Contains(res.Env.Message, "restore") {
		t.Errorf("message %q offers a restore of a hired application", res.Env.Message)
	}
}

// TestREADMEPipelineExamples runs the README's pipeline examples verbatim
// against a fresh sandbox, twice (as a reader who runs them again would),
// on the memory store and on a SQLite file.
func TestREADMEPipelineExamples(t *testing.T) {
	for _, store := range []struct {
		name string
		open func(t *testing.T) *routertest.API
	}{
		{"memory", func(t *testing.T) *routertest.API { return newSandboxAPI(t) }},
		{"sqlite", openSQLiteSandbox},
	} {
		t.Run(store.name, func(t *testing.T) {
			a := store.open(t)
			var before ats.Application
			a.Do(t, "GET", "/dev/applications/app_0001", "").Data(t, &before)
			if before.Status != ats.ApplicationActive || before.JobID != "job_001" || before.Stage.ID == "stg_interview" {
				t.Fatalf("app_0001 on a fresh sandbox: %+v; the README needs it active in job_001, not yet in stg_interview", before)
			}

			for round := 1; round <= 2; round++ {
				res := a.Do(t, "GET", "/dev/jobs/job_001/stages", "")
				res.Want(t, 200, "")
				var stages []ats.JobStage
				res.Data(t, &stages)
				if len(stages) < 6 || stages[0].Position != 0 || !containsStage(stages, "stg_interview") {
					t.Fatalf("job_001's stages: %s", res.Body)
				}

				var moved ats.Application
				res = a.Do(t, "POST", "/dev/applications/app_0001/move", `{"stage_id":"stg_interview"}`, "Content-Type", "application/json")
				res.Want(t, 200, "")
				res.Data(t, &moved)
				if moved.Stage.ID != "stg_interview" || moved.Stage.Name != "Interview" || moved.Status != ats.ApplicationActive {
					t.Errorf("round %d: moved %+v", round, moved)
				}
				if round == 1 && !moved.UpdatedAt.After(before.UpdatedAt) {
					t.Errorf("the move left updated_at at %v (was %v); want later", moved.UpdatedAt, before.UpdatedAt)
				}
				res = a.Do(t, "GET", "/dev/applications?updated_after="+before.UpdatedAt.Format("2006-01-02T15:04:05Z")+"&job_id=job_001&limit=100", "")
				if !strings.Contains(string(res.Env.Data), `"id":"app_0001"`) {
					t.Errorf("round %d: GET /applications?updated_after=<its old updated_at> lacks app_0001", round)
				}

				var rejected ats.Application
				res = a.Do(t, "POST", "/dev/applications/app_0001/reject", `{"reason_id":"rsn_experience","note":"Strong portfolio, but we need more experience with payments."}`, "Content-Type", "application/json")
				res.Want(t, 200, "")
				res.Data(t, &rejected)
				if rejected.Status != ats.ApplicationRejected || rejected.RejectedAt == nil || rejected.Stage.ID != "stg_interview" || !rejected.UpdatedAt.After(moved.UpdatedAt) {
					t.Errorf("round %d: rejected %+v after %+v", round, rejected, moved)
				}
				a.Do(t, "POST", "/dev/applications/app_0001/move", `{"stage_id":"stg_offer"}`).WantError(t, 409, "APPLICATION_CLOSED", "")
				a.Do(t, "POST", "/dev/applications/app_0001/reject", `{}`).WantError(t, 409, "APPLICATION_CLOSED", "")

				var restored ats.Application
				res = a.Do(t, "POST", "/dev/applications/app_0001/restore", "")
				res.Want(t, 200, "")
				res.Data(t, &restored)
				if restored.Status != ats.ApplicationActive || restored.RejectedAt != nil || restored.Stage.ID != "stg_interview" || !restored.UpdatedAt.After(rejected.UpdatedAt) {
					t.Errorf("round %d: restored %+v", round, restored)
				}
				res = a.Do(t, "POST", "/dev/applications/app_0001/restore", "{}")
				if string(res.Env.Data) != string(a.Do(t, "GET", "/dev/applications/app_0001", "").Env.Data) || !strings.Contains(string(res.Env.Data), restored.UpdatedAt.Format("2006-01-02T15:04:05Z")) {
					t.Errorf("round %d: restoring an active application changed it: %s, was %+v", round, res.Env.Data, restored)
				}
			}

			a.Do(t, "POST", "/dev/applications/app_0001/move", `{"stage_id":"stg_take_home"}`).WantError(t, 400, "INPUT_INVALID", "stage_id")
			a.Do(t, "POST", "/dev/applications/app_0001/reject", `{"reason_id":"rsn_bored"}`).WantError(t, 400, "INPUT_INVALID", "reason_id")
			a.Do(t, "POST", "/dev/applications/app_0001/reject", `{"notify_candidate":true}`).WantError(t, 501, "NOT_SUPPORTED", "")
			a.Do(t, "POST", "/dev/applications/app_9999/restore", "").WantError(t, 404, "NOT_FOUND", "")
			a.Do(t, "GET", "/dev/jobs/job_999/stages", "").WantError(t, 404, "NOT_FOUND", "")
			res := a.Do(t, "GET", "/dev/rejection_reasons", "")
			res.Want(t, 200, "")
			if !strings.Contains(string(res.Env.Data), `"id":"rsn_experience"`) {
				t.Errorf("GET /rejection_reasons lacks rsn_experience: %s", res.Body)
			}
		})
	}
}

func containsStage(stages []ats.JobStage, id string) bool {
	for _, s := range stages {
		if s.ID == id {
			return true
		}
	}
	return false
}
