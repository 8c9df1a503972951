package workable

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/upstream"
)

// Client is the live Workable provider. Create one per process with New:
// its rate limiter and connection pool (the shared upstream client's) are
// shared by every request that goes through it, which is what keeps the
// process within the token's limit.
type Client struct {
	cfg     settings
	up      *upstream.Client
	log     *slog.Logger
	lookups lookups
}

var _ ats.Provider = (*Client)(nil)

// What the shared upstream client needs to know of Workable (providers.md
// A1, A5).
var (
	// rateHeaders: X-Rate-Limit-Remaining and -Reset (Unix seconds) on
	// every answer. X-Rate-Limit-Limit is not followed: the token's limit
	// is WORKABLE_RATE_LIMIT.
	rateHeaders = upstream.RateHeaders{Remaining: "X-Rate-Limit-Remaining", Reset: "X-Rate-Limit-Reset"}
	// errorFormat: {"error": "...", "validation_errors": {"field":
	// ["problem", ...]}}, with Workable's field names renamed to ours.
	errorFormat = upstream.ErrorFormat{Message: []string{"error", "message"}, Problems: "validation_errors", Fields: map[string]string{
		"firstname": "first_name", "lastname": "last_name", "domain": "source",
		"target_job_shortcode": "job_id", "shortcode": "job_id",
	}}
)

// authHint ends the message of a refused token.
const authHint = "check ATS_API_KEY and that the token has the r_jobs, r_candidates and w_candidates scopes"

// New validates cfg and returns a ready Client. Errors name the variable to
// fix (ATS_API_KEY, WORKABLE_COMPANY, ATS_BASE_URL, ...) and never contain
// the token.
func New(cfg Config) (*Client, error) {
	s, problems := check(cfg)
	if len(problems) > 0 {
		return nil, fmt.Errorf("workable: %w", errors.Join(problems...))
	}
	up, err := upstream.New(upstream.Config{
		Name: "Workable", BaseURL: s.base, Auth: upstream.Bearer(s.Token), AuthHint: authHint,
		Rate: upstream.Rate{Limit: s.RateLimit, Window: s.RateWindow}, RateHeaders: rateHeaders, ParseError: errorFormat.Parse,
		Options: s.Options,
	})
	if err != nil {
		return nil, fmt.Errorf("workable: %w", err)
	}
	c := &Client{cfg: s, up: up, log: s.Logger}
	c.lookups.init(s)
	if c.log == nil {
		c.log = slog.New(slog.DiscardHandler)
	}
	return c, nil
}

// String describes the client without its token.
func (c *Client) String() string { return "workable.Client{" + c.cfg.base.String() + "}" }

// GoString is String for %#v, which would otherwise print every field,
// the Authorization header value included.
func (c *Client) GoString() string { return c.String() }

// get reads path into out (a *json.RawMessage keeps the answer as it is).
func (c *Client) get(ctx context.Context, op, path string, query url.Values, out any) error {
	return c.up.DoJSON(ctx, &upstream.Request{Op: op, Method: http.MethodGet, Path: path, Query: query}, out)
}

// post sends body as JSON and returns the answer as it is. Workable offers
// no idempotency key, so a post is never retried after a failure.
func (c *Client) post(ctx context.Context, op, path string, body any) ([]byte, error) {
	res, err := c.up.Do(ctx, &upstream.Request{Op: op, Method: http.MethodPost, Path: path, JSON: body})
	if err != nil {
		return nil, err
	}
	return res.Body, nil
}

// malformed is the error for a GET answer of path that is not the shape
// Workable documents.
func (c *Client) malformed(op, path string, cause error) error {
	return c.up.Malformed(&upstream.Request{Op: op, Method: http.MethodGet, Path: path}, cause)
}
