package workable

import (
	"context"
	"fmt"
	"log/slog"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/atsbridge/atsbridge/ats"
)

// Cache lifetimes of the lookups. Each saves upstream calls, which the
// rate limit makes dear.
const (
	// stagesTTL: stages change when an admin edits the pipeline.
	stagesTTL = 5 * time.Minute
	// jobStateTTL: a job closing is seen within a minute by creates.
	jobStateTTL = time.Minute
)

// lookups caches what the provider needs to look up besides the records
// themselves: the member writes act as, the account's stages, and whether
// a job is open.
type lookups struct {
	memberMu ctxMutex
	memberID string

	stagesMu ctxMutex
	stages   []wireStage
	stagesAt time.Time

	jobsMu sync.Mutex
	jobs   map[string]jobState
}

type jobState struct {
	status ats.JobStatus
	at     time.Time
}

// memberID is the member copies act as: WORKABLE_MEMBER_ID, or else the
// first active admin (else the first active member) of GET /members,
// looked up once and kept for the life of the process.
func (c *Client) memberID(ctx context.Context) (string, error) {
	if c.cfg.MemberID != "" {
		return c.cfg.MemberID, nil
	}
	l := &c.lookups
	rq := &request{op: "list members", method: "GET", path: "/members"}
	if err := l.memberMu.lock(ctx); err != nil {
		return "", c.transportError(ctx, rq, err, false)
	}
	defer l.memberMu.unlock()
	if l.memberID != "" {
		return l.memberID, nil
	}
	var res struct {
		Members []wireMember `json:"members"`
	}
	if err := c.get(ctx, rq.op, rq.path, nil, &res); err != nil {
		return "", membersError(err)
	}
	var pick string
	for _, m := range res.Members {
		active := (m.Active == nil || *m.Active) && (m.Status == "" || strings.EqualFold(m.Status, "active"))
		if !active || m.ID == "" {
			continue
		}
		if slices.Contains(m.Roles, "admin") || m.Role == "admin" {
			pick = string(m.ID)
			break
		}
		if pick == "" {
			pick = string(m.ID)
		}
	}
	if pick == "" {
		return "", ats.Errorf(ats.CodeUpstreamRejected,
			"Workable lists no active member for atsbridge to act as; set WORKABLE_MEMBER_ID to the id of the member who should appear as the actor.")
	}
	c.log.LogAttrs(ctx, slog.LevelDebug, "workable member for writes found", slog.String("member_id", pick))
	l.memberID = pick
	return pick, nil
}

// stageSlugs returns the slugs of the account's stages of kind k, from
// GET /stages, cached for stagesTTL.
func (c *Client) stageSlugs(ctx context.Context, k ats.StageKind) ([]string, error) {
	l := &c.lookups
	if err := l.stagesMu.lock(ctx); err != nil {
		return nil, c.transportError(ctx, &request{op: "list stages", method: "GET", path: "/stages"}, err, false)
	}
	defer l.stagesMu.unlock()
	if l.stages == nil || time.Since(l.stagesAt) > stagesTTL {
		var res struct {
			Stages []wireStage `json:"stages"`
		}
		if err := c.get(ctx, "list stages", "/stages", nil, &res); err != nil {
			switch ats.ErrorCode(err) {
			case ats.CodeUpstreamAuthFailed, ats.CodeNotFound, ats.CodeUpstreamRejected:
				// Workable will keep refusing (a scope the token lacks):
				// remember that there is nothing to learn, so that every
				// stage filter does not spend a call of the rate limit on
				// it; the filters are applied here meanwhile.
				l.stages, l.stagesAt = []wireStage{}, time.Now()
			}
			return nil, err
		}
		l.stages, l.stagesAt = res.Stages, time.Now()
		if l.stages == nil {
			l.stages = []wireStage{}
		}
	}
	var out []string
	for _, s := range l.stages {
		if s.Slug != "" && stageKind(s.Kind, s.Name) == k {
			out = append(out, s.Slug)
		}
	}
	return out, nil
}

// requireOpenJob checks that a job exists and is published before a
// candidate is added to it: atsbridge's contract is JOB_NOT_OPEN for
// closed, draft and archived jobs, and what Workable does with candidates
// added to those is not documented. States are cached for jobStateTTL, so
// bulk imports into one job pay once.
func (c *Client) requireOpenJob(ctx context.Context, shortcode string) error {
	l := &c.lookups
	l.jobsMu.Lock()
	st, ok := l.jobs[shortcode]
	l.jobsMu.Unlock()
	if !ok || time.Since(st.at) > jobStateTTL {
		w, _, err := c.job(ctx, "check job", shortcode)
		if err != nil {
			return err
		}
		st = jobState{status: jobStatus(w.State), at: time.Now()}
		l.jobsMu.Lock()
		if l.jobs == nil {
			l.jobs = map[string]jobState{}
		}
		l.jobs[shortcode] = st
		l.jobsMu.Unlock()
	}
	if st.status != ats.JobOpen {
		return ats.Errorf(ats.CodeJobNotOpen, "Job %q is %s on Workable; candidates can only apply to open (published) jobs.", shortcode, st.status)
	}
	return nil
}

// membersError explains a failed GET /members: the token may lack the
// scope for it, or the account may not offer it, and either way setting
// WORKABLE_MEMBER_ID avoids the lookup. A NOT_FOUND here is about the
// endpoint, not about anything the caller named, so it is not passed on as
// one.
func membersError(err error) error {
	code := ats.ErrorCode(err)
	const hint = "set WORKABLE_MEMBER_ID to the id of the Workable member who should appear as the actor of atsbridge's writes."
	switch code {
	case ats.CodeUpstreamAuthFailed:
	case ats.CodeNotFound, ats.CodeUpstreamRejected:
		code = ats.CodeUpstreamUnavailable
	default:
		return err
	}
	status := ""
	if ue := upstreamCause(err); ue != nil {
		status = fmt.Sprintf(" (HTTP %d%s)", ue.status, prefixed(": ", ue.message))
	}
	return &ats.Error{Code: code, Err: err,
		Message: "Workable did not list its members" + status + ", which atsbridge reads to find whom copies act as; " + hint}
}

func prefixed(prefix, s string) string {
	if s == "" {
		return ""
	}
	return prefix + s
}

// ctxMutex is a mutex whose lock gives up when the context ends: a request
// queued behind another's slow lookup still answers by its own deadline.
// The zero value is unlocked.
type ctxMutex struct {
	once sync.Once
	ch   chan struct{}
}

func (m *ctxMutex) lock(ctx context.Context) error {
	m.once.Do(func() { m.ch = make(chan struct{}, 1) })
	select {
	case m.ch <- struct{}{}:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func (m *ctxMutex) unlock() { <-m.ch }
