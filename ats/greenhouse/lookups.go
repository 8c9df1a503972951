package greenhouse

import (
	"context"
	"log/slog"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/jonboulle/clockwork"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/upstream"
)

// Lifetimes of the lookups. Each saves upstream calls, which the
// rate limit makes dear; each changes when an admin edits the account.
const (
	// namesTTL: departments and offices.
	namesTTL = 5 * time.Minute
	// pipelinesTTL: a job's interview stages.
	pipelinesTTL = 5 * time.Minute
	// reasonsTTL: rejection reasons.
	reasonsTTL = 5 * time.Minute
)

// lookups keeps what the provider looks up besides the records
// themselves: department and office names, jobs' pipelines, rejection
// reasons, and whether a job is open.
type lookups struct {
	names     upstream.Lookup[names]
	pipelines upstream.Lookup[pipeline]
	reasons   upstream.Lookup[*reasonSet]
	jobs      *upstream.JobStates
	// pipelinesFlight reads the pipelines of up to 50 jobs in one call,
	// once for the callers that need the same jobs.
	pipelinesFlight upstream.Flight[struct{}]
}

func (l *lookups) init(clock clockwork.Clock) {
	l.names = upstream.Lookup[names]{Who: "Greenhouse", TTL: namesTTL, Clock: clock}
	l.pipelines = upstream.Lookup[pipeline]{Who: "Greenhouse", TTL: pipelinesTTL, Clock: clock}
	l.pipelinesFlight = upstream.Flight[struct{}]{Who: "Greenhouse"}
	l.reasons = upstream.Lookup[*reasonSet]{Who: "Greenhouse", TTL: reasonsTTL, Clock: clock}
	l.jobs = upstream.NewJobStates("Greenhouse", clock)
}

// refusedForGood reports whether a lookup's error means Greenhouse will
// keep refusing it (a scope the credential lacks, an endpoint it does not
// have), so that the lookup is treated as empty for the cache's lifetime
// instead of failing, or spending a call on, every request that needs it.
func refusedForGood(err error) bool {
	switch ats.ErrorCode(err) {
	case ats.CodeUpstreamAuthFailed, ats.CodeNotFound:
		return upstream.StatusOf(err) != nil // Greenhouse's answer, not a token failure
	}
	return false
}

// namesOf returns department and office names, from GET /v3/departments
// and GET /v3/offices, kept for namesTTL. A list the credential may not
// read is left empty (jobs then have no department or location), and the
// refusal logged.
func (c *Client) namesOf(ctx context.Context) (names, error) {
	return c.lookups.names.Get(ctx, "names", func(ctx context.Context) (names, error) {
		n := names{departments: map[string]string{}, offices: map[string]wireOffice{}}
		depts, err := all[wireDepartment](ctx, c, "list departments", "/departments", url.Values{"per_page": {strconv.Itoa(maxPerPage)}}, false)
		if err != nil && !refusedForGood(err) {
			return names{}, err
		}
		c.logRefusal(ctx, "departments", err)
		for _, d := range depts {
			n.departments[d.id] = d.W.Name
		}
		offices, err := all[wireOffice](ctx, c, "list offices", "/offices", url.Values{"per_page": {strconv.Itoa(maxPerPage)}}, false)
		if err != nil && !refusedForGood(err) {
			return names{}, err
		}
		c.logRefusal(ctx, "offices", err)
		for _, o := range offices {
			n.offices[o.id] = o.W
		}
		return n, nil
	})
}

func (c *Client) logRefusal(ctx context.Context, what string, err error) {
	if err != nil {
		c.log.LogAttrs(ctx, slog.LevelWarn, "greenhouse refused a lookup; going on without it",
			slog.String("lookup", what), slog.String("error", err.Error()))
	}
}

// pipelinesOf returns the pipelines of jobs, from GET
// /v3/job_interview_stages?job_ids= (50 jobs a call), kept for
// pipelinesTTL; fresh reads them again (to check a stage id the kept ones
// do not know before calling it unknown).
func (c *Client) pipelinesOf(ctx context.Context, jobs []string, fresh bool) (map[string]pipeline, error) {
	l := &c.lookups
	jobs = slices.Compact(slices.Sorted(slices.Values(jobs)))
	var missing []string
	for _, j := range jobs {
		if _, ok := l.pipelines.Peek(j); fresh || !ok {
			missing = append(missing, j)
		}
	}
	for _, chunk := range chunks(missing) {
		_, err := l.pipelinesFlight.Do(ctx, strings.Join(chunk, ","), func(ctx context.Context) (struct{}, error) {
			q := url.Values{"job_ids": {joinIDs(chunk)}, "per_page": {strconv.Itoa(maxPerPage)}}
			stages, err := all[wireStage](ctx, c, "list job stages", "/job_interview_stages", q, false)
			if err != nil {
				return struct{}{}, err
			}
			ws := make([]wireStage, 0, len(stages))
			for _, s := range stages {
				ws = append(ws, s.W)
			}
			for _, j := range chunk {
				l.pipelines.Put(j, newPipeline(j, ws))
			}
			return struct{}{}, nil
		})
		if err != nil {
			return nil, err
		}
	}
	out := make(map[string]pipeline, len(jobs))
	for _, j := range jobs {
		out[j], _ = l.pipelines.Peek(j)
	}
	return out, nil
}

// reasonSet is the account's rejection reasons, in Greenhouse's order and
// by id; refused is Greenhouse's refusal to list them, if it did.
type reasonSet struct {
	list    []wireReason
	byID    map[string]wireReason
	refused error
}

// reasonsOf returns the rejection reasons, Greenhouse's defaults included
// (GET /v3/rejection_reasons?include_defaults=true), kept for reasonsTTL;
// fresh reads them again. When the credential may not list them the set
// is empty and says why (rejected applications then read as rejected,
// never withdrawn).
func (c *Client) reasonsOf(ctx context.Context, fresh bool) (*reasonSet, error) {
	maxAge := reasonsTTL
	if fresh {
		maxAge = 0
	}
	return c.lookups.reasons.Newer(ctx, "reasons", maxAge, func(ctx context.Context) (*reasonSet, error) {
		q := url.Values{"include_defaults": {"true"}, "per_page": {strconv.Itoa(maxPerPage)}}
		recs, err := all[wireReason](ctx, c, "list rejection reasons", "/rejection_reasons", q, false)
		if err != nil && !refusedForGood(err) {
			return nil, err
		}
		c.logRefusal(ctx, "rejection reasons", err)
		rs := &reasonSet{byID: make(map[string]wireReason, len(recs)), refused: err}
		for _, r := range recs {
			rs.list = append(rs.list, r.W)
			rs.byID[r.id] = r.W
		}
		return rs, nil
	})
}

// reasonKinds turns the reasons into the mapping's lookup; an unknown
// reason is a rejection.
func reasonKinds(rs map[string]wireReason) func(string) ats.ReasonKind {
	return func(id string) ats.ReasonKind {
		if r, ok := rs[id]; ok {
			return reasonKind(&r)
		}
		return ats.ReasonRejected
	}
}

// requireOpenJob checks that a job exists and is open before a candidate
// is applied to it (upstream.JobStates): Greenhouse is not known to refuse
// closed or draft jobs.
func (c *Client) requireOpenJob(ctx context.Context, id string) error {
	return c.lookups.jobs.RequireOpen(ctx, id, "open jobs", func(ctx context.Context) (ats.JobStatus, error) {
		w, _, err := one[wireJob](ctx, c, "check job", "/jobs", id, nil)
		return jobStatus(w.Status), upstream.NotFoundAs(err, "job", id)
	})
}
