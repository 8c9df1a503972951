package workable

import (
	"context"
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
	mu       sync.Mutex
	memberID string

	stagesMu sync.Mutex
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
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.memberID != "" {
		return l.memberID, nil
	}
	var res struct {
		Members []wireMember `json:"members"`
	}
	if err := c.get(ctx, "list members", "/members", nil, &res); err != nil {
		return "", err
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
	l.stagesMu.Lock()
	defer l.stagesMu.Unlock()
	if l.stages == nil || time.Since(l.stagesAt) > stagesTTL {
		var res struct {
			Stages []wireStage `json:"stages"`
		}
		if err := c.get(ctx, "list stages", "/stages", nil, &res); err != nil {
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
