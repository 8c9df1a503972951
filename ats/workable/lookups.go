package workable

import (
	"context"
	"log/slog"
	"slices"
	"strings"
	"time"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/upstream"
)

// Lifetimes of the lookups. Each saves upstream calls, which the
// rate limit makes dear.
const (
	// stagesTTL: stages change when an admin edits the pipeline.
	stagesTTL = 5 * time.Minute
)

// lookups keeps what the provider needs to look up besides the records
// themselves: the member writes act as (for the life of the process), the
// account's stages, each job's pipeline and the disqualification reasons
// (pipelineTTL), and whether a job is open.
type lookups struct {
	member    *upstream.Actor
	stages    upstream.Lookup[[]wireStage]
	jobStages upstream.Lookup[[]wireStage]
	reasons   upstream.Lookup[[]wireReason]
	jobs      *upstream.JobStates
}

func (l *lookups) init(s settings) {
	l.member = upstream.NewActor(s.MemberID, "Workable")
	l.stages = upstream.Lookup[[]wireStage]{Who: "Workable", TTL: stagesTTL, Clock: s.Clock}
	l.jobStages = upstream.Lookup[[]wireStage]{Who: who, TTL: pipelineTTL, Clock: s.Clock}
	l.reasons = upstream.Lookup[[]wireReason]{Who: who, TTL: pipelineTTL, Clock: s.Clock}
	l.jobs = upstream.NewJobStates("Workable", s.Clock)
}

// memberID is the member copies act as: WORKABLE_MEMBER_ID, or else the
// first active admin (else the first active member) of GET /members,
// looked up once and kept for the life of the process.
func (c *Client) memberID(ctx context.Context) (string, error) {
	return c.lookups.member.Get(ctx, func(ctx context.Context) (string, error) {
		var res struct {
			Members []wireMember `json:"members"`
		}
		if err := c.get(ctx, "list members", "/members", nil, &res); err != nil {
			return "", c.up.LookupFailed(err, "members", "to find whom copies act as",
				"set WORKABLE_MEMBER_ID to the id of the Workable member who should appear as the actor of atsbridge's writes.")
		}
		pick := pickMember(res.Members)
		if pick == "" {
			return "", ats.Errorf(ats.CodeUpstreamRejected,
				"Workable lists no active member for atsbridge to act as; set WORKABLE_MEMBER_ID to the id of the member who should appear as the actor.")
		}
		c.log.LogAttrs(ctx, slog.LevelDebug, "workable member for writes found", slog.String("member_id", pick))
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
// GET /stages, kept for stagesTTL.
func (c *Client) stageSlugs(ctx context.Context, k ats.StageKind) ([]string, error) {
	l := &c.lookups.stages
	stages, err := l.Get(ctx, "stages", func(ctx context.Context) ([]wireStage, error) {
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
				l.Put("stages", []wireStage{})
			}
			return nil, err
		}
		if res.Stages == nil {
			res.Stages = []wireStage{}
		}
		return res.Stages, nil
	})
	if err != nil {
		return nil, err
	}
	var out []string
	for _, s := range stages {
		if s.Slug != "" && stageKind(s.Kind, s.Name) == k {
			out = append(out, s.Slug)
		}
	}
	return out, nil
}

// requireOpenJob checks that a job exists and is published before a
// candidate is added to it (upstream.JobStates): what Workable does with
// candidates added to closed, draft or archived jobs is not documented.
func (c *Client) requireOpenJob(ctx context.Context, shortcode string) error {
	return c.lookups.jobs.RequireOpen(ctx, shortcode, "open (published) jobs", func(ctx context.Context) (ats.JobStatus, error) {
		w, _, err := c.job(ctx, "check job", shortcode)
		return jobStatus(w.State), err
	})
}
