package lever

import (
	"context"
	"log/slog"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/upstream"
)

// Lifetimes of the lookups. Each saves upstream calls, which the
// rate limit makes dear.
const (
	// catalogTTL: stages and archive reasons change when an admin edits
	// them.
	catalogTTL = 5 * time.Minute
	// catalogRefresh is how soon a catalog may be read again because a
	// caller named a stage or reason it does not have (one added in Lever
	// meanwhile): often enough to see new ones, never a call per request.
	catalogRefresh = 30 * time.Second
	// usersPages bounds the walk of GET /users for the acting user.
	usersPages = 10
)

// lookups keeps what the provider needs besides the records themselves:
// the user writes act as (for the life of the process), the account's
// stages and archive reasons, and postings' states.
type lookups struct {
	user     *upstream.Actor
	catalog  upstream.Lookup[catalog]
	postings *upstream.JobStates
}

func (l *lookups) init(s settings) {
	l.user = upstream.NewActor(s.UserID, "Lever")
	l.catalog = upstream.Lookup[catalog]{Who: "Lever", TTL: catalogTTL, Clock: s.Clock}
	l.postings = upstream.NewJobStates("Lever", s.Clock)
}

// userID is the user writes act as (perform_as): LEVER_USER_ID, or else the
// first active admin (super admin or admin; else the first active user) of
// GET /users, looked up once and kept for the life of the process.
func (c *Client) userID(ctx context.Context) (string, error) {
	return c.look.user.Get(ctx, func(ctx context.Context) (string, error) {
		id, err := c.findUser(ctx)
		if err != nil {
			return "", err
		}
		c.log.LogAttrs(ctx, slog.LevelInfo, "lever user for writes found", slog.String("user_id", id))
		return id, nil
	})
}

func (c *Client) findUser(ctx context.Context) (string, error) {
	fetch := fetchPages[wireUser](c, "list users", "/users", nil, false)
	offset, fallback := "", ""
	for range usersPages {
		p, err := fetch(ctx, offset, paging.PageSize)
		if err != nil {
			return "", c.api.LookupFailed(err, "users", "to find whom writes act as",
				"set LEVER_USER_ID to the id of the Lever user who should appear as the author of atsbridge's writes.")
		}
		for _, r := range p.recs {
			u := r.W
			if u.ID == "" || u.DeactivatedAt.Ptr() != nil {
				continue
			}
			switch strings.ToLower(u.AccessRole) {
			case "super admin", "admin", "super_admin":
				return u.ID, nil
			}
			if fallback == "" {
				fallback = u.ID
			}
		}
		if p.last() {
			break
		}
		offset = p.next
	}
	if fallback != "" {
		return fallback, nil
	}
	return "", ats.Errorf(ats.CodeUpstreamRejected,
		"Lever lists no active user for atsbridge to act as; set LEVER_USER_ID to the id of the user who should appear as the author of atsbridge's writes.")
}

// catalog returns the account's stages and archive reasons, kept for
// catalogTTL; stale reads them again when the kept ones are older than
// catalogRefresh (a caller named a stage or reason they lack).
func (c *Client) catalog(ctx context.Context, stale bool) (catalog, error) {
	maxAge := catalogTTL
	if stale {
		maxAge = catalogRefresh
	}
	return c.look.catalog.Newer(ctx, "catalog", maxAge, func(ctx context.Context) (catalog, error) {
		var cat catalog
		stages, err := readAll[wireStage](ctx, c, "list stages", "/stages", nil)
		if err != nil {
			return catalog{}, err
		}
		reasons, err := readAll[wireArchiveReason](ctx, c, "list archive reasons", "/archive_reasons", nil)
		if err != nil {
			return catalog{}, err
		}
		cat.stages = stages
		cat.reasonOrder = reasons
		cat.reasons = make(map[string]wireArchiveReason, len(reasons))
		for _, r := range reasons {
			cat.reasons[r.ID] = r
		}
		return cat, nil
	})
}

// readAll reads every page of a short list (stages, archive reasons),
// at most usersPages of them.
func readAll[W any](ctx context.Context, c *Client, op, path string, q url.Values) ([]W, error) {
	fetch := fetchPages[W](c, op, path, q, false)
	var out []W
	offset := ""
	for range usersPages {
		p, err := fetch(ctx, offset, paging.PageSize)
		if err != nil {
			return nil, err
		}
		for _, r := range p.recs {
			out = append(out, r.W)
		}
		if p.last() {
			break
		}
		offset = p.next
	}
	return out, nil
}

// posting reads one posting; its NOT_FOUND names the job.
func (c *Client) posting(ctx context.Context, op, id string) (wirePosting, []byte, error) {
	var p wirePosting
	if !validID(id) {
		return p, nil, ats.NotFound("job", id)
	}
	raw, err := c.get(ctx, op, "/postings/"+url.PathEscape(id), nil, &p)
	if err != nil {
		return p, nil, upstream.NotFoundAs(err, "job", id)
	}
	return p, raw, nil
}

// requireOpenPosting checks that a posting exists and takes applications
// (published or internal) before a candidate is added to it
// (upstream.JobStates): Lever itself takes opportunities on any posting.
func (c *Client) requireOpenPosting(ctx context.Context, id string) error {
	return c.look.postings.RequireOpen(ctx, id, "open (published or internal) postings", func(ctx context.Context) (ats.JobStatus, error) {
		p, _, err := c.posting(ctx, "check posting", id)
		return jobStatus(p.State), err
	})
}

// stageByID finds a stage of the account.
func (cat catalog) stageByID(id string) (wireStage, bool) {
	i := slices.IndexFunc(cat.stages, func(s wireStage) bool { return s.ID == id })
	if i < 0 {
		return wireStage{}, false
	}
	return cat.stages[i], true
}
