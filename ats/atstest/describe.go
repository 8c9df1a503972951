package atstest

import (
	"fmt"
	"strings"
	"time"

	"github.com/atsbridge/atsbridge/ats"
)

// The describe functions name a query the way the API's query string
// would, for messages.

func describeJobQuery(q ats.JobQuery) string {
	var parts []string
	if len(q.Statuses) > 0 {
		parts = append(parts, "status="+join(q.Statuses))
	}
	parts = addText(parts, "department", q.Department)
	parts = addText(parts, "location", q.Location)
	parts = addText(parts, "q", q.Q)
	parts = addTime(parts, "created_after", q.CreatedAfter)
	parts = addTime(parts, "updated_after", q.UpdatedAfter)
	return strings.Join(parts, "&")
}

func describeCandidateQuery(q ats.CandidateQuery) string {
	var parts []string
	parts = addText(parts, "email", q.Email)
	parts = addText(parts, "job_id", q.JobID)
	parts = addTime(parts, "created_after", q.CreatedAfter)
	parts = addTime(parts, "updated_after", q.UpdatedAfter)
	return strings.Join(parts, "&")
}

func describeApplicationQuery(q ats.ApplicationQuery) string {
	var parts []string
	parts = addText(parts, "job_id", q.JobID)
	parts = addText(parts, "candidate_id", q.CandidateID)
	if len(q.StageKinds) > 0 {
		parts = append(parts, "stage="+join(q.StageKinds))
	}
	if len(q.Statuses) > 0 {
		parts = append(parts, "status="+join(q.Statuses))
	}
	parts = addTime(parts, "created_after", q.CreatedAfter)
	parts = addTime(parts, "updated_after", q.UpdatedAfter)
	return strings.Join(parts, "&")
}

func join[V ~string](vs []V) string {
	s := make([]string, len(vs))
	for i, v := range vs {
		s[i] = string(v)
	}
	return strings.Join(s, ",")
}

func addText(parts []string, key, v string) []string {
	if v == "" {
		return parts
	}
	return append(parts, fmt.Sprintf("%s=%s", key, v))
}

func addTime(parts []string, key string, t *time.Time) []string {
	if t == nil {
		return parts
	}
	return append(parts, key+"="+t.Format(time.RFC3339Nano))
}
