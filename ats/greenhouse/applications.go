package greenhouse

import (
	"context"
	"encoding/json"
	"fmt"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/upstream"
)

// appLookups is what mapping applications needs beyond the records: the
// pipelines of jobs whose stage names say no kind, and rejection reasons.
type appLookups struct {
	pipelines map[string]pipeline
	reasons   func(string) ats.ReasonKind
}

// loadApps fills l for the applications ws: the pipelines of their jobs
// whose stage name is not recognised, and the reasons when one is
// rejected. Lookups are cached, so a page of known names costs nothing.
func (c *Client) loadApps(ctx context.Context, l *appLookups, ws []*wireApplication) error {
	var jobs []string
	rejected := false
	for _, w := range ws {
		if !included(w) {
			continue
		}
		if _, name := w.stage(); !known(name) {
			if _, ok := l.pipelines[w.job()]; !ok {
				jobs = append(jobs, w.job())
			}
		}
		rejected = rejected || strings.EqualFold(w.Status, "rejected")
	}
	if len(jobs) > 0 {
		ps, err := c.pipelinesOf(ctx, jobs, false)
		if err != nil {
			return err
		}
		if l.pipelines == nil {
			l.pipelines = map[string]pipeline{}
		}
		for j, p := range ps {
			l.pipelines[j] = p
		}
	}
	if rejected && l.reasons == nil {
		rs, err := c.reasonsOf(ctx, false)
		if err != nil {
			return err
		}
		l.reasons = reasonKinds(rs.byID)
	}
	return nil
}

func known(stageName string) bool {
	_, ok := ats.KindOfStageName(stageName)
	return ok
}

// kind is the kind of an application's stage: its name's, else its place
// in the job's pipeline.
func (l *appLookups) kind(w *wireApplication) ats.StageKind {
	id, name := w.stage()
	if k, ok := ats.KindOfStageName(name); ok {
		return k
	}
	return l.pipelines[w.job()].kindOf(id, name)
}

func (l *appLookups) status(w *wireApplication) ats.ApplicationStatus {
	return applicationStatus(w, l.reasons)
}

func (l *appLookups) application(w *wireApplication, raw json.RawMessage, includeRaw bool) ats.Application {
	return toApplication(w, l.kind(w), l.reasons, raw, includeRaw)
}

// ListApplications serves GET /applications from GET /v3/applications
// with prospect=false (prospect applications are not served). job_id and
// candidate_id go upstream as job_ids and candidate_ids, one Greenhouse
// status as status (active for in_process; withdrawn is a rejection whose
// reason says the candidate withdrew), created_after (else updated_after)
// as a pipe filter. Stage kinds are atsbridge's, so they, several
// statuses and the other time filter are applied here while the page
// fills.
func (c *Client) ListApplications(ctx context.Context, q ats.ApplicationQuery) (ats.Page[ats.Application], error) {
	empty := ats.Page[ats.Application]{Items: []ats.Application{}}
	kinds := slices.Compact(slices.Sorted(slices.Values(q.StageKinds)))
	statuses := slices.Compact(slices.Sorted(slices.Values(q.Statuses)))
	filters := q.FilterKey()
	up := url.Values{"prospect": {"false"}}
	for _, f := range []struct{ id, key string }{{q.JobID, "job_ids"}, {q.CandidateID, "candidate_ids"}} {
		if f.id == "" {
			continue
		}
		if !validID(f.id) {
			if q.Cursor != "" && !q.PageMode() {
				if _, err := resume(upstream.Fingerprint("list applications", filters), q.Cursor); err != nil {
					return empty, err
				}
			}
			return empty, nil
		}
		up.Set(f.key, f.id)
	}
	local := len(kinds) > 0 && len(kinds) < len(ats.StageKinds)
	wire := map[string]bool{}
	for _, st := range statuses {
		wire[map[ats.ApplicationStatus]string{
			ats.ApplicationActive: "active", ats.ApplicationRejected: "rejected",
			ats.ApplicationWithdrawn: "rejected", ats.ApplicationHired: "hired",
		}[st]] = true
	}
	switch {
	case len(statuses) == 0 || len(statuses) == len(ats.ApplicationStatuses):
	case len(wire) == 1:
		for s := range wire {
			up.Set("status", s)
		}
		// rejected alone or withdrawn alone: the reason tells them apart.
		local = local || wire["rejected"] && len(statuses) == 1
	default:
		local = true
	}
	local = setTimes(up, q.CreatedAfter, q.UpdatedAfter) || local

	var l appLookups
	spec := listSpec[wireApplication, ats.Application]{
		op: "list applications", path: "/applications", query: up, local: local, raw: q.IncludeRaw, filters: filters,
		load: func(ctx context.Context, recs []record[wireApplication]) error {
			ws := make([]*wireApplication, 0, len(recs))
			for i := range recs {
				ws = append(ws, &recs[i].W)
			}
			return c.loadApps(ctx, &l, ws)
		},
		keep: func(w *wireApplication) bool {
			return included(w) && q.Matches(l.application(w, nil, false))
		},
		convert: func(w *wireApplication, raw json.RawMessage) ats.Application {
			return l.application(w, raw, q.IncludeRaw)
		},
	}
	return walk(ctx, c, spec, q.Window)
}

// Application serves GET /applications/{id} from GET
// /v3/applications?ids={id}. A prospect or converted application is not
// one of atsbridge's: NOT_FOUND, saying so.
func (c *Client) Application(ctx context.Context, id string, opts ats.ReadOptions) (ats.Application, error) {
	w, raw, err := c.application(ctx, "get application", id)
	if err != nil {
		return ats.Application{}, err
	}
	var l appLookups
	if err := c.loadApps(ctx, &l, []*wireApplication{&w}); err != nil {
		return ats.Application{}, err
	}
	return l.application(&w, raw, opts.IncludeRaw), nil
}

// application reads one candidate application; NOT_FOUND names it.
func (c *Client) application(ctx context.Context, op, id string) (wireApplication, json.RawMessage, error) {
	w, raw, err := one[wireApplication](ctx, c, op, "/applications", id, nil)
	if err != nil {
		return w, nil, upstream.NotFoundAs(err, "application", id)
	}
	if !included(&w) {
		nf := ats.NotFound("application", id)
		nf.Message = fmt.Sprintf("Greenhouse application %q is a prospect application (no single job), which atsbridge does not serve.", id)
		if strings.EqualFold(w.Status, "converted") {
			nf.Message = fmt.Sprintf("Greenhouse application %q is a converted prospect application; the candidate application it became is served instead.", id)
		}
		return w, nil, nf
	}
	return w, raw, nil
}

// CreateApplication serves POST /applications with POST /v3/applications
// {candidate_id, job_id}. The candidate and the job are checked first
// (NOT_FOUND, JOB_NOT_OPEN), and so is an application of the candidate to
// the job, whatever its status: Greenhouse is not known to refuse a
// second one, atsbridge does (APPLICATION_EXISTS with its id). Greenhouse
// keeps sources as source ids, so in.Source is not sent. The write is not
// retried after a failure (it may have happened).
func (c *Client) CreateApplication(ctx context.Context, in ats.ApplicationInput) (ats.Application, error) {
	if _, _, err := one[wireCandidate](ctx, c, "get candidate", "/candidates", in.CandidateID, nil); err != nil {
		return ats.Application{}, upstream.NotFoundAs(err, "candidate", in.CandidateID)
	}
	if !validID(in.JobID) {
		return ats.Application{}, ats.NotFound("job", in.JobID)
	}
	if err := c.requireOpenJob(ctx, in.JobID); err != nil {
		return ats.Application{}, err
	}
	unlock, err := c.locks.lock(ctx, "application:"+in.CandidateID+":"+in.JobID)
	if err != nil {
		return ats.Application{}, ats.Interrupted(err, "another request for this application")
	}
	defer unlock()
	if id, err := c.applicationTo(ctx, in.CandidateID, in.JobID); err != nil {
		return ats.Application{}, err
	} else if id != "" {
		return ats.Application{}, &ats.Error{
			Code:    ats.CodeApplicationExists,
			Message: fmt.Sprintf("Candidate %q has already applied to job %q on Greenhouse.", in.CandidateID, in.JobID),
			Details: []ats.Detail{{Field: "job_id", Problem: "already applied", ExistingID: id}},
		}
	}
	body := map[string]any{"candidate_id": json.Number(in.CandidateID), "job_id": json.Number(in.JobID)}
	var res json.RawMessage
	if err := c.post(ctx, "create application", "/applications", body, &res); err != nil {
		return ats.Application{}, err
	}
	w, raw, err := c.createdApplication(ctx, res, in.CandidateID, in.JobID)
	if err != nil {
		return ats.Application{}, err
	}
	var l appLookups
	if err := c.loadApps(ctx, &l, []*wireApplication{&w}); err != nil {
		return ats.Application{}, err
	}
	return l.application(&w, raw, false), nil
}

// applicationTo returns the id of the candidate's application to the job,
// or "" when there is none.
func (c *Client) applicationTo(ctx context.Context, candidate, job string) (string, error) {
	q := url.Values{"candidate_ids": {candidate}, "job_ids": {job}, "prospect": {"false"}, "per_page": {"100"}}
	apps, err := all[wireApplication](ctx, c, "find application", "/applications", q, false)
	if err != nil {
		return "", err
	}
	for _, a := range apps {
		if included(&a.W) && a.W.job() == job && string(a.W.CandidateID) == candidate {
			return a.id, nil
		}
	}
	return "", nil
}

// createdApplication reads the new application from the create's answer:
// the application object (or {"application": {...}}); should Greenhouse
// answer with less, the application exists all the same, so it is looked
// up rather than reported as a failure that invites a duplicate.
func (c *Client) createdApplication(ctx context.Context, res json.RawMessage, candidate, job string) (wireApplication, json.RawMessage, error) {
	raw := unwrap(res, "application")
	var w wireApplication
	if json.Unmarshal(raw, &w) == nil && w.ID != "" && included(&w) {
		return w, raw, nil
	}
	id := string(w.ID)
	if id == "" {
		id, _ = c.applicationTo(ctx, candidate, job)
	}
	if id != "" {
		if w, raw, err := c.application(ctx, "get created application", id); err == nil {
			return w, raw, nil
		}
	}
	return wireApplication{}, nil, &ats.Error{
		Code:    ats.CodeUpstreamUnavailable,
		Message: "Greenhouse accepted the application but its answer could not be read; list the candidate's applications before trying again.",
		Err:     fmt.Errorf("greenhouse: create application: unreadable answer"),
	}
}

// unwrap returns body[key] when body is an object with that key holding
// an object, else body: Greenhouse's create answers come wrapped or flat.
func unwrap(body json.RawMessage, key string) json.RawMessage {
	var env map[string]json.RawMessage
	if json.Unmarshal(body, &env) == nil {
		if v, ok := env[key]; ok && len(v) > 0 && v[0] == '{' {
			return v
		}
	}
	return body
}

// idNumber is a validated id as a JSON number.
func idNumber(id string) json.Number {
	if _, err := strconv.ParseInt(id, 10, 64); err != nil {
		return "0"
	}
	return json.Number(id)
}
