package greenhousetest

import (
	"slices"
	"strconv"
)

var jobStatuses = []string{"open", "closed", "draft"}

// listJobs serves GET /v3/jobs: status, department_id, office_id,
// requisition_id, confidential, and the common filters.
func (c *call) listJobs() {
	lq, ok := c.readList("/jobs", []string{"status", "department_id", "office_id", "requisition_id", "confidential"},
		[]string{"opened_at", "closed_at"})
	if !ok {
		return
	}
	status := lq.q.Get("status")
	if status != "" && !slices.Contains(jobStatuses, status) {
		writeUnprocessable(c.w, fieldError("status", "must be one of open, closed, draft"))
		return
	}
	dept, err1 := optInt(lq.q.Get("department_id"))
	office, err2 := optInt(lq.q.Get("office_id"))
	if err1 != nil || err2 != nil {
		writeUnprocessable(c.w, fieldError("department_id", "must be an integer"))
		return
	}
	s := c.s
	s.mu.Lock()
	defer s.mu.Unlock()
	page(c, "/jobs", lq, s.data.jobs, jobID, func(j Job) bool {
		switch {
		case !lq.keep(j.ID, j.CreatedAt, j.UpdatedAt),
			status != "" && j.Status != status,
			dept != 0 && j.DepartmentID != dept,
			office != 0 && !slices.Contains(j.OfficeIDs, office),
			lq.q.Get("requisition_id") != "" && j.RequisitionID != lq.q.Get("requisition_id"),
			lq.q.Get("confidential") != "" && strconv.FormatBool(j.Confidential) != lq.q.Get("confidential"):
			return false
		}
		return true
	}, s.jobJSON)
}

// listDepartments serves GET /v3/departments.
func (c *call) listDepartments() {
	lq, ok := c.readList("/departments", nil, nil)
	if !ok {
		return
	}
	s := c.s
	s.mu.Lock()
	defer s.mu.Unlock()
	page(c, "/departments", lq, s.data.departments, func(d Department) int64 { return d.ID },
		func(d Department) bool { return lq.ids == nil || lq.ids[d.ID] }, departmentJSON)
}

// listOffices serves GET /v3/offices.
func (c *call) listOffices() {
	lq, ok := c.readList("/offices", nil, nil)
	if !ok {
		return
	}
	s := c.s
	s.mu.Lock()
	defer s.mu.Unlock()
	page(c, "/offices", lq, s.data.offices, func(o Office) int64 { return o.ID },
		func(o Office) bool { return lq.ids == nil || lq.ids[o.ID] }, officeJSON)
}

// listJobPosts serves GET /v3/job_posts: job_ids, live.
func (c *call) listJobPosts() {
	lq, ok := c.readList("/job_posts", []string{"job_ids", "live"}, nil)
	if !ok {
		return
	}
	s := c.s
	s.mu.Lock()
	defer s.mu.Unlock()
	page(c, "/job_posts", lq, s.data.posts, func(p JobPost) int64 { return p.ID }, func(p JobPost) bool {
		return lq.keep(p.ID, p.CreatedAt, p.UpdatedAt) && lq.inSet("job_ids", p.JobID) &&
			(lq.q.Get("live") == "" || strconv.FormatBool(p.Live) == lq.q.Get("live"))
	}, jobPostJSON)
}

// listStages serves GET /v3/job_interview_stages: job_ids. Stages are
// records like any other, so they come by id descending too; their
// pipeline order is sort_order.
func (c *call) listStages() {
	lq, ok := c.readList("/job_interview_stages", []string{"job_ids"}, nil)
	if !ok {
		return
	}
	s := c.s
	s.mu.Lock()
	defer s.mu.Unlock()
	page(c, "/job_interview_stages", lq, s.data.stages, func(st Stage) int64 { return st.ID }, func(st Stage) bool {
		return lq.keep(st.ID, st.CreatedAt, st.UpdatedAt) && lq.inSet("job_ids", st.JobID)
	}, stageJSON)
}

func optInt(v string) (int64, error) {
	if v == "" {
		return 0, nil
	}
	return strconv.ParseInt(v, 10, 64)
}
