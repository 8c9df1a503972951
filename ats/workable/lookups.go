package workable

import (
	"context"
	"log/slog"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/upstream"
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
// a job is open. Concurrent requests that need the same lookup share one
// upstream call (upstream.Flight), and each waits for it only until its
// own deadline.
type lookups struct {
	member upstream.Flight[string]
	stages upstream.Flight[[]wireStage]
	job    upstream.Flight[jobState]

	mu       sync.Mutex
	memberID string
	stageSet []wireStage
	stagesAt time.Time
	jobs     map[string]jobState
}

func (l *lookups) init() {
	l.jobs = map[string]jobState{}
	l.member.Who, l.stages.Who, l.job.Who = "Workable", "Workable", "Workable"
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
	known := func() string {
		l.mu.Lock()
		defer l.mu.Unlock()
		return l.memberID
	}
	if id := known(); id != "" {
		return id, nil
	}
	return l.member.Do(ctx, "members", func(ctx context.Context) (string, error) {
		if id := known(); id != "" { // found by a lookup that just ended
			return id, nil
		}
		var res struct {
			Members []wireMember `json:"members"`
		}
		if err := c.get(ctx, "list members", "/members", nil, &res); err != nil {
			return "", membersError(err)
		}
		pick := pickMember(res.Members)
		if pick == "" {
			return "", ats.Errorf(ats.CodeUpstreamRejected,
				"Workable lists no active member for atsbridge to act as; set WORKABLE_MEMBER_ID to the id of the member who should appear as the actor.")
		}
		c.log.LogAttrs(ctx, slog.LevelDebug, "workable member for writes found", slog.String("member_id", pick))
		l.mu.Lock()
		l.memberID = pick
		l.mu.Unlock()
		return pick, nil
	})
}

// pickMember is the first active admin, else the first active member.
func pickMember(members []wireMember) string {
	var pick string
	for _, m := range members {
		active := (m.Active == nil || *m.Active) && (m.Status == "" || strings.EqualFold(m.Status, "active"))
		if !active || m.ID == "" {
			continue
		}
		if slices.Contains(m.Roles, "admin") || m.Role == "admin" {
			return string(m.ID)
		}
		if pick == "" {
			pick = string(m.ID)
		}
	}
	return pick
}

// stageSlugs returns the slugs of the account's stages of kind k, from
// GET /stages, cached for stagesTTL.
func (c *Client) stageSlugs(ctx context.Context, k ats.StageKind) ([]string, error) {
	l := &c.lookups
	cached := func() ([]wireStage, bool) {
		l.mu.Lock()
		defer l.mu.Unlock()
		return l.stageSet, l.stageSet != nil && time.Since(l.stagesAt) <= stagesTTL
	}
	stages, fresh := cached()
	if !fresh {
		var err error
		stages, err = l.stages.Do(ctx, "stages", func(ctx context.Context) ([]wireStage, error) {
			if stages, fresh := cached(); fresh {
				return stages, nil
			}
			var res struct {
				Stages []wireStage `json:"stages"`
			}
			if err := c.get(ctx, "list stages", "/stages", nil, &res); err != nil {
				switch ats.ErrorCode(err) {
				case ats.CodeUpstreamAuthFailed, ats.CodeNotFound, ats.CodeUpstreamRejected:
					// Workable will keep refusing (a scope the token
					// lacks): remember that there is nothing to learn, so
					// that every stage filter does not spend a call of the
					// rate limit on it; the filters are applied here
					// meanwhile.
					l.setStages([]wireStage{})
				}
				return nil, err
			}
			if res.Stages == nil {
				res.Stages = []wireStage{}
			}
			l.setStages(res.Stages)
			return res.Stages, nil
		})
		if err != nil {
			return nil, err
		}
	}
	var out []string
	for _, s := range stages {
		if s.Slug != "" && stageKind(s.Kind, s.Name) == k {
			out = append(out, s.Slug)
		}
	}
	return out, nil
}

// setStages caches the account's stages.
func (l *lookups) setStages(stages []wireStage) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.stageSet, l.stagesAt = stages, time.Now()
}

// requireOpenJob checks that a job exists and is published before a
// candidate is added to it: atsbridge's contract is JOB_NOT_OPEN for
// closed, draft and archived jobs, and what Workable does with candidates
// added to those is not documented. States are cached for jobStateTTL, so
// bulk imports into one job pay once.
func (c *Client) requireOpenJob(ctx context.Context, shortcode string) error {
	l := &c.lookups
	cached := func() (jobState, bool) {
		l.mu.Lock()
		defer l.mu.Unlock()
		st, ok := l.jobs[shortcode]
		return st, ok && time.Since(st.at) <= jobStateTTL
	}
	st, fresh := cached()
	if !fresh {
		var err error
		st, err = l.job.Do(ctx, shortcode, func(ctx context.Context) (jobState, error) {
			if st, fresh := cached(); fresh {
				return st, nil
			}
			w, _, err := c.job(ctx, "check job", shortcode)
			if err != nil {
				return jobState{}, err
			}
			st := jobState{status: jobStatus(w.State), at: time.Now()}
			l.mu.Lock()
			l.jobs[shortcode] = st
			l.mu.Unlock()
			return st, nil
		})
		if err != nil {
			return err
		}
	}
	if st.status != ats.JobOpen {
		return ats.Errorf(ats.CodeJobNotOpen, "Job %q is %s on Workable; candidates can only apply to open (published) jobs.", shortcode, st.status)
	}
	return nil
}
