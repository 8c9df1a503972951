package greenhousetest

import (
	"net/http"
	"slices"
	"strconv"
	"time"
)

// applicationStatusFilter maps the status filter's values to the statuses
// answers carry: the filter says active where answers say in_process.
// paused, completed and unvisited appear in a later generated client; the
// fake accepts them and matches nothing.
var applicationStatusFilter = map[string]string{
	"active": StatusInProcess, "rejected": StatusRejected, "hired": StatusHired, "converted": StatusConverted,
	"paused": "", "completed": "", "unvisited": "",
}

// listApplications serves GET /v3/applications: candidate_ids, job_ids,
// prospective_job_ids, stage_ids, status, stage_name, prospect,
// last_activity_at and the common filters.
func (c *call) listApplications() {
	lq, ok := c.readList("/applications",
		[]string{"candidate_ids", "job_ids", "prospective_job_ids", "stage_ids", "status", "stage_name", "prospect"},
		[]string{"last_activity_at"})
	if !ok {
		return
	}
	status, filtered := "", lq.q.Has("status")
	if filtered {
		var known bool
		status, known = applicationStatusFilter[lq.q.Get("status")]
		if !known {
			// Filtering on in_process, the value answers carry, is a 422.
			writeUnprocessable(c.w, fieldError("status", "must be one of active, rejected, hired, converted, paused, completed, unvisited"))
			return
		}
	}
	prospect := lq.q.Get("prospect")
	stageName := lq.q.Get("stage_name")
	s := c.s
	s.mu.Lock()
	defer s.mu.Unlock()
	page(c, "/applications", lq, s.data.applications, appID, func(a Application) bool {
		switch {
		case !lq.keep(a.ID, a.CreatedAt, a.UpdatedAt),
			!holds(lq.times["last_activity_at"], a.LastActivityAt),
			!lq.inSet("candidate_ids", a.CandidateID),
			!lq.inSet("job_ids", a.JobID),
			!lq.inSet("stage_ids", a.StageID),
			lq.sets["prospective_job_ids"] != nil && !slices.ContainsFunc(a.ProspectiveJobIDs, func(id int64) bool { return lq.sets["prospective_job_ids"][id] }),
			filtered && a.Status != status,
			prospect != "" && strconv.FormatBool(a.Prospect) != prospect,
			stageName != "" && s.stageNameLocked(a.StageID) != stageName:
			return false
		}
		return true
	}, s.applicationJSON)
}

func (s *Server) stageNameLocked(id int64) string {
	if i := find(s.data.stages, id, func(st Stage) int64 { return st.ID }); i >= 0 {
		return s.data.stages[i].Name
	}
	return ""
}

// applicationIn is POST /v3/applications's body: a candidate application
// or a prospect application (a oneOf in the spec).
type applicationIn struct {
	CandidateID         *int64     `json:"candidate_id"`
	JobID               *int64     `json:"job_id"`
	InitialStageID      *int64     `json:"initial_stage_id"`
	SourceID            *int64     `json:"source_id"`
	ReferrerID          *int64     `json:"referrer_id"`
	RecruiterID         *int64     `json:"recruiter_id"`
	CoordinatorID       *int64     `json:"coordinator_id"`
	CreatedAt           *time.Time `json:"created_at"`
	CustomFields        []any      `json:"custom_fields"`
	Prospect            *bool      `json:"prospect"`
	JobIDs              []int64    `json:"job_ids"`
	ProspectPoolID      *int64     `json:"prospect_pool_id"`
	ProspectPoolStageID *int64     `json:"prospect_pool_stage_id"`
	ProspectOwnerID     *int64     `json:"prospect_owner_id"`
	ProspectiveDeptID   *int64     `json:"prospective_department_id"`
	ProspectiveOfficeID *int64     `json:"prospective_office_id"`
}

// createApplication serves POST /v3/applications and answers 201 with the
// application. Greenhouse is not known to refuse a second application of
// one candidate to one job, and the fake does not.
func (c *call) createApplication() {
	var in applicationIn
	if !c.decodeBody(&in) {
		return
	}
	s := c.s
	s.mu.Lock()
	defer s.mu.Unlock()
	var errs []any
	if in.CandidateID == nil || find(s.data.candidates, *in.CandidateID, candID) < 0 {
		errs = append(errs, fieldError("candidate_id", "must be the id of a candidate"))
	}
	a := Application{CreatedAt: c.now}
	if in.Prospect != nil && *in.Prospect {
		a.Prospect, a.ProspectiveJobIDs = true, in.JobIDs
	} else {
		job, found := Job{}, false
		if in.JobID != nil {
			job, found = s.jobLocked(*in.JobID)
		}
		if !found {
			errs = append(errs, fieldError("job_id", "must be the id of a job"))
		}
		a.JobID = job.ID
		if in.InitialStageID != nil {
			if !slices.ContainsFunc(s.jobStagesLocked(job.ID), func(st Stage) bool { return st.ID == *in.InitialStageID }) {
				errs = append(errs, fieldError("initial_stage_id", "must be a stage of the job"))
			}
			a.StageID = *in.InitialStageID
		}
	}
	if len(errs) > 0 {
		writeUnprocessable(c.w, errs...)
		return
	}
	a.CandidateID = *in.CandidateID
	if in.SourceID != nil {
		a.SourceID = *in.SourceID
	}
	if in.CreatedAt != nil {
		a.CreatedAt = *in.CreatedAt
	}
	writeJSON(c.w, http.StatusCreated, s.applicationJSON(s.addApplicationLocked(a)))
}

// application is the call's application for a pipeline action, or false
// after answering 404.
func (c *call) application() (*Application, bool) {
	i := find(c.s.data.applications, c.pathID(), appID)
	if i < 0 {
		writeNotFound(c.w)
		return nil, false
	}
	return &c.s.data.applications[i], true
}

// touch records an action on a.
func (c *call) touch(a *Application) {
	a.UpdatedAt, a.LastActivityAt, a.MovedBy = c.now, c.now, c.sub
}

// moveApplication serves POST /v3/applications/{id}/move {from_stage_id,
// to_stage_id?, to_job_id?, email_from_user_id?} and answers 204.
// from_stage_id must be the current stage (a guard against stale moves);
// without to_stage_id and to_job_id the application advances to the next
// stage. Moving an application that is not in process is assumed to be a
// 422 (unconfirmed).
func (c *call) moveApplication() {
	var in struct {
		FromStageID     *int64 `json:"from_stage_id"`
		ToStageID       *int64 `json:"to_stage_id"`
		ToJobID         *int64 `json:"to_job_id"`
		EmailFromUserID *int64 `json:"email_from_user_id"`
	}
	if !c.decodeBody(&in) {
		return
	}
	s := c.s
	s.mu.Lock()
	defer s.mu.Unlock()
	a, ok := c.application()
	if !ok {
		return
	}
	switch {
	case in.FromStageID == nil:
		writeUnprocessable(c.w, fieldError("from_stage_id", "is required"))
		return
	case a.Prospect || a.Status != StatusInProcess:
		writeUnprocessable(c.w, "Only an active candidate application can be moved.")
		return
	case *in.FromStageID != a.StageID:
		writeUnprocessable(c.w, fieldError("from_stage_id", "is not the application's current stage"))
		return
	}
	job := a.JobID
	if in.ToJobID != nil {
		if _, found := s.jobLocked(*in.ToJobID); !found {
			writeUnprocessable(c.w, fieldError("to_job_id", "must be the id of a job"))
			return
		}
		job = *in.ToJobID
	}
	stages := s.jobStagesLocked(job)
	at := slices.IndexFunc(stages, func(st Stage) bool { return st.ID == a.StageID })
	var to int64
	switch {
	case in.ToStageID != nil:
		if !slices.ContainsFunc(stages, func(st Stage) bool { return st.ID == *in.ToStageID }) {
			writeUnprocessable(c.w, fieldError("to_stage_id", "must be a stage of the job"))
			return
		}
		to = *in.ToStageID
	case in.ToJobID != nil && len(stages) > 0:
		to = stages[0].ID
	case at >= 0 && at+1 < len(stages):
		to = stages[at+1].ID
	default:
		writeUnprocessable(c.w, "The application is in the job's last stage and cannot advance.")
		return
	}
	a.JobID, a.StageID = job, to
	c.touch(a)
	c.noContent()
}

// rejectApplication serves POST /v3/applications/{id}/reject
// {rejection_reason_id, notes?, rejection_email?, custom_fields?} and
// answers 204. The reason is required. An email is only scheduled when
// rejection_email is sent; the fake records it on the application.
func (c *call) rejectApplication() {
	var in struct {
		RejectionReasonID *int64         `json:"rejection_reason_id"`
		Notes             *string        `json:"notes"`
		RejectionEmail    map[string]any `json:"rejection_email"`
		CustomFields      []any          `json:"custom_fields"`
	}
	if !c.decodeBody(&in) {
		return
	}
	s := c.s
	s.mu.Lock()
	defer s.mu.Unlock()
	a, ok := c.application()
	if !ok {
		return
	}
	if in.RejectionReasonID == nil {
		writeUnprocessable(c.w, fieldError("rejection_reason_id", "is required"))
		return
	}
	if _, found := s.reasonLocked(*in.RejectionReasonID); !found {
		writeUnprocessable(c.w, fieldError("rejection_reason_id", "must be the id of a rejection reason"))
		return
	}
	if a.Status != StatusInProcess {
		writeUnprocessable(c.w, "Only an active application can be rejected; this one is "+a.Status+".")
		return
	}
	if in.RejectionEmail != nil {
		// Whether Greenhouse needs email_template_id (or picks the default
		// rejection template) is unconfirmed; the fake takes either, and
		// needs the sender.
		if _, ok := in.RejectionEmail["email_from_user_id"]; !ok {
			writeUnprocessable(c.w, fieldError("rejection_email.email_from_user_id", "is required"))
			return
		}
	}
	a.Status, a.RejectedAt, a.RejectionReasonID = StatusRejected, new(c.now), *in.RejectionReasonID
	a.RejectionNotes, a.RejectionEmail = "", in.RejectionEmail
	if in.Notes != nil {
		a.RejectionNotes = *in.Notes
	}
	c.touch(a)
	c.noContent()
}

// unrejectApplication serves POST /v3/applications/{id}/unreject {} and
// answers 204: the application is in process again, at its stage.
func (c *call) unrejectApplication() {
	var in struct{}
	if !c.decodeBody(&in) {
		return
	}
	s := c.s
	s.mu.Lock()
	defer s.mu.Unlock()
	a, ok := c.application()
	if !ok {
		return
	}
	if a.Status != StatusRejected {
		writeUnprocessable(c.w, "Only a rejected application can be unrejected.")
		return
	}
	a.Status, a.RejectedAt, a.RejectionReasonID, a.RejectionNotes, a.RejectionEmail = StatusInProcess, nil, 0, "", nil
	c.touch(a)
	c.noContent()
}

// listRejectionReasons serves GET /v3/rejection_reasons; Greenhouse's
// built-in reasons only with include_defaults=true.
func (c *call) listRejectionReasons() {
	lq, ok := c.readList("/rejection_reasons", []string{"include_defaults"}, nil)
	if !ok {
		return
	}
	defaults := lq.q.Get("include_defaults") == "true"
	s := c.s
	s.mu.Lock()
	defer s.mu.Unlock()
	page(c, "/rejection_reasons", lq, s.data.reasons, func(r RejectionReason) int64 { return r.ID },
		func(r RejectionReason) bool { return (lq.ids == nil || lq.ids[r.ID]) && (defaults || !r.Default) },
		rejectionReasonJSON)
}
