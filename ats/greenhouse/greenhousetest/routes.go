package greenhousetest

import (
	"net/http"
	"strconv"
	"strings"
)

// route is one endpoint: the scope it declares and its handler.
type route struct {
	scope string
	serve func(*call)
}

// routes maps "METHOD /path" (below BasePath, {id} for an id segment) to
// its endpoint. Every endpoint declares exactly one scope (facts §1.5).
var routes = map[string]route{
	"GET /jobs":                      {"harvest:jobs:list", (*call).listJobs},
	"GET /departments":               {"harvest:departments:list", (*call).listDepartments},
	"GET /offices":                   {"harvest:offices:list", (*call).listOffices},
	"GET /job_posts":                 {"harvest:job_posts:list", (*call).listJobPosts},
	"GET /job_interview_stages":      {"harvest:job_interview_stages:list", (*call).listStages},
	"GET /candidates":                {"harvest:candidates:list", (*call).listCandidates},
	"POST /candidates":               {"harvest:candidates:create", (*call).createCandidate},
	"GET /applications":              {"harvest:applications:list", (*call).listApplications},
	"POST /applications":             {"harvest:applications:create", (*call).createApplication},
	"POST /applications/{id}/move":   {"harvest:applications:move", (*call).moveApplication},
	"POST /applications/{id}/reject": {"harvest:applications:reject", (*call).rejectApplication},
	"POST /applications/{id}/unreject": {"harvest:applications:unreject",
		(*call).unrejectApplication},
	"GET /rejection_reasons": {"harvest:rejection_reasons:list", (*call).listRejectionReasons},
	"GET /attachments":       {"harvest:attachments:list", (*call).listAttachments},
	"POST /attachments":      {"harvest:attachments:create", (*call).createAttachment},
}

// Scopes lists every scope the fake's endpoints declare.
func Scopes() []string {
	var out []string
	for _, rt := range routes {
		out = append(out, rt.scope)
	}
	return out
}

// resolve finds the route of a request and its id parameters. There is no
// single-record GET (GET /v3/jobs/123 is assumed to be 404, unconfirmed).
func resolve(method, escapedPath string) (*route, []string) {
	if !strings.HasPrefix(escapedPath, BasePath+"/") {
		return nil, nil
	}
	segs := strings.Split(strings.TrimPrefix(escapedPath, BasePath+"/"), "/")
	var params []string
	for i, s := range segs {
		if _, err := strconv.ParseInt(s, 10, 64); err == nil && i > 0 {
			params = append(params, s)
			segs[i] = "{id}"
		}
	}
	rt, ok := routes[method+" /"+strings.Join(segs, "/")]
	if !ok {
		return nil, nil
	}
	return &rt, params
}

// pathID is the call's first id parameter.
func (c *call) pathID() int64 {
	n, _ := strconv.ParseInt(c.params[0], 10, 64)
	return n
}

// noContent answers 204, as move, reject and unreject do.
func (c *call) noContent() { c.w.WriteHeader(http.StatusNoContent) }
