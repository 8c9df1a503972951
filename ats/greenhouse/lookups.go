package greenhouse

import (
	"context"
	"log/slog"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/jonboulle/clockwork"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/upstream"
)

// Cache lifetimes of the lookups. Each saves upstream calls, which the
// rate limit makes dear; each changes when an admin edits the account.
const (
	// namesTTL: departments and offices.
	namesTTL = 5 * time.Minute
	// pipelinesTTL: a job's interview stages.
	pipelinesTTL = 5 * time.Minute
	// reasonsTTL: rejection reasons.
	reasonsTTL = 5 * time.Minute
	// jobStateTTL: a job closing is seen within a minute by creates.
	jobStateTTL = time.Minute
)

// lookups caches what the provider looks up besides the records
// themselves: department and office names, jobs' pipelines, rejection
// reasons, and whether a job is open. Concurrent requests that need the
// same lookup share one call (upstream.Flight), each waiting by its own
// deadline.
type lookups struct {
	clock clockwork.Clock

	mu        sync.Mutex
	names     names
	namesAt   time.Time
	pipelines map[string]cachedPipeline
	reasons   *reasonSet
	reasonsAt time.Time
	jobs      map[string]jobState

	namesFlight     upstream.Flight[names]
	pipelinesFlight upstream.Flight[struct{}]
	reasonsFlight   upstream.Flight[*reasonSet]
}

type cachedPipeline struct {
	p  pipeline
	at time.Time
}

type jobState struct {
	status ats.JobStatus
	at     time.Time
}

func (l *lookups) init(clock clockwork.Clock) {
	if clock == nil {
		clock = clockwork.NewRealClock()
	}
	l.clock = clock
	l.pipelines = map[string]cachedPipeline{}
	l.jobs = map[string]jobState{}
	for _, f := range []*string{&l.namesFlight.Who, &l.pipelinesFlight.Who, &l.reasonsFlight.Who} {
		*f = "Greenhouse"
	}
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
// and GET /v3/offices, cached for namesTTL. A list the credential may not
// read is left empty (jobs then have no department or location), and the
// refusal logged.
func (c *Client) namesOf(ctx context.Context) (names, error) {
	l := &c.lookups
	l.mu.Lock()
	n, at := l.names, l.namesAt
	l.mu.Unlock()
	if n.departments != nil && l.clock.Since(at) < namesTTL {
		return n, nil
	}
	return l.namesFlight.Do(ctx, "names", func(ctx context.Context) (names, error) {
		n := names{departments: map[string]string{}, offices: map[string]wireOffice{}}
		depts, err := all[wireDepartment](ctx, c, "list departments", "/departments", url.Values{"per_page": {strconv.Itoa(maxPerPage)}}, false)
		if err != nil && !refusedForGood(err) {
			return names{}, err
		}
		c.logRefusal(ctx, "departments", err)
		for _, d := range depts {
			n.departments[d.id] = d.w.Name
		}
		offices, err := all[wireOffice](ctx, c, "list offices", "/offices", url.Values{"per_page": {strconv.Itoa(maxPerPage)}}, false)
		if err != nil && !refusedForGood(err) {
			return names{}, err
		}
		c.logRefusal(ctx, "offices", err)
		for _, o := range offices {
			n.offices[o.id] = o.w
		}
		l.mu.Lock()
		l.names, l.namesAt = n, l.clock.Now()
		l.mu.Unlock()
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
// /v3/job_interview_stages?job_ids= (50 jobs a call), cached for
// pipelinesTTL; fresh skips the cache (to check a stage id the cache does
// not know before calling it unknown).
func (c *Client) pipelinesOf(ctx context.Context, jobs []string, fresh bool) (map[string]pipeline, error) {
	l := &c.lookups
	jobs = slices.Compact(slices.Sorted(slices.Values(jobs)))
	missing := func() []string {
		l.mu.Lock()
		defer l.mu.Unlock()
		var out []string
		for _, j := range jobs {
			if cp, ok := l.pipelines[j]; fresh || !ok || l.clock.Since(cp.at) >= pipelinesTTL {
				out = append(out, j)
			}
		}
		return out
	}
	for _, chunk := range chunks(missing()) {
		_, err := l.pipelinesFlight.Do(ctx, strings.Join(chunk, ","), func(ctx context.Context) (struct{}, error) {
			q := url.Values{"job_ids": {joinIDs(chunk)}, "per_page": {strconv.Itoa(maxPerPage)}}
			stages, err := all[wireStage](ctx, c, "list job stages", "/job_interview_stages", q, false)
			if err != nil {
				return struct{}{}, err
			}
			ws := make([]wireStage, 0, len(stages))
			for _, s := range stages {
				ws = append(ws, s.w)
			}
			now := l.clock.Now()
			l.mu.Lock()
			for _, j := range chunk {
				l.pipelines[j] = cachedPipeline{p: newPipeline(j, ws), at: now}
			}
			l.mu.Unlock()
			return struct{}{}, nil
		})
		if err != nil {
			return nil, err
		}
	}
	out := make(map[string]pipeline, len(jobs))
	l.mu.Lock()
	defer l.mu.Unlock()
	for _, j := range jobs {
		out[j] = l.pipelines[j].p
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
// (GET /v3/rejection_reasons?include_defaults=true), cached for
// reasonsTTL; fresh skips the cache. When the credential may not list
// them the set is empty and says why (rejected applications then read as
// rejected, never withdrawn).
func (c *Client) reasonsOf(ctx context.Context, fresh bool) (*reasonSet, error) {
	l := &c.lookups
	l.mu.Lock()
	rs, at := l.reasons, l.reasonsAt
	l.mu.Unlock()
	if rs != nil && !fresh && l.clock.Since(at) < reasonsTTL {
		return rs, nil
	}
	return l.reasonsFlight.Do(ctx, "reasons", func(ctx context.Context) (*reasonSet, error) {
		q := url.Values{"include_defaults": {"true"}, "per_page": {strconv.Itoa(maxPerPage)}}
		recs, err := all[wireReason](ctx, c, "list rejection reasons", "/rejection_reasons", q, false)
		if err != nil && !refusedForGood(err) {
			return nil, err
		}
		c.logRefusal(ctx, "rejection reasons", err)
		rs := &reasonSet{byID: make(map[string]wireReason, len(recs)), refused: err}
		for _, r := range recs {
			rs.list = append(rs.list, r.w)
			rs.byID[r.id] = r.w
		}
		l.mu.Lock()
		l.reasons, l.reasonsAt = rs, l.clock.Now()
		l.mu.Unlock()
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
// is applied to it: atsbridge's contract is JOB_NOT_OPEN for closed and
// draft jobs, and Greenhouse is not known to refuse them. States are
// cached for jobStateTTL, so bulk imports into one job pay once.
func (c *Client) requireOpenJob(ctx context.Context, id string) error {
	l := &c.lookups
	l.mu.Lock()
	st, ok := l.jobs[id]
	l.mu.Unlock()
	if !ok || l.clock.Since(st.at) >= jobStateTTL {
		w, _, err := one[wireJob](ctx, c, "check job", "/jobs", id, nil)
		if err != nil {
			return notFoundAs(err, "job", id)
		}
		st = jobState{status: jobStatus(w.Status), at: l.clock.Now()}
		l.mu.Lock()
		l.jobs[id] = st
		l.mu.Unlock()
	}
	if st.status != ats.JobOpen {
		return ats.Errorf(ats.CodeJobNotOpen, "Job %q is %s on Greenhouse; candidates can only apply to open jobs.", id, st.status)
	}
	return nil
}
