package greenhouse

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"github.com/jonboulle/clockwork"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/upstream"
	"github.com/atsbridge/atsbridge/ats/wire"
)

// Client is the live Greenhouse provider. Create one per process with New:
// its access token, lookups, rate gate and connection pool are shared by
// every request that goes through it, which is what keeps the process
// within the credential's limit.
type Client struct {
	cfg     settings
	api     *upstream.Client
	tokens  *tokenSource
	log     *slog.Logger
	clock   clockwork.Clock
	lookups lookups
	// locks serialises the check-then-write of creates per email and per
	// candidate and job.
	locks keyLock
}

var _ ats.Provider = (*Client)(nil)

// What the shared upstream client needs to know of Greenhouse
// (greenhouse-v3.md §6).
var (
	// rateHeaders: X-RateLimit-Limit, -Remaining and -Reset (Unix seconds)
	// on every answer, errors included.
	rateHeaders = upstream.RateHeaders{Remaining: "X-RateLimit-Remaining", Reset: "X-RateLimit-Reset"}
	// errorFormat: {"message": "...", "errors": [...]} whose entries are
	// strings, {"field": "message"} objects, or v1's {"message", "field"}.
	errorFormat = upstream.ErrorFormat{Message: []string{"message"}, Problems: "errors", Fields: map[string]string{
		"title": "headline", "application.job_id": "job_id", "rejection_reason_id": "reason_id", "to_stage_id": "stage_id",
	}}
)

// parseError reads an error answer. Greenhouse's message is often only
// the status's name ("Unprocessable Content", "Unauthorized") with what is
// wrong in errors, so the message then names those, for a caller who
// reads only it.
func parseError(body []byte) (string, []ats.Detail) {
	msg, details := errorFormat.Parse(body)
	generic := []string{"unprocessable content", "unprocessable entity", "unauthorized", "forbidden", "bad request", ""}
	if slices.Contains(generic, strings.ToLower(strings.TrimSpace(msg))) && len(details) > 0 {
		var parts []string
		for _, d := range details[:min(3, len(details))] {
			parts = append(parts, strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(d.Field+" "+d.Problem), ".")))
		}
		msg = strings.Join(parts, "; ")
	}
	return msg, details
}

// New validates cfg and returns a ready Client. Errors name the variable to
// fix (GREENHOUSE_CLIENT_ID, GREENHOUSE_CLIENT_SECRET, ATS_BASE_URL, ...)
// and never contain the secret. It makes no request: the first token is
// fetched by the first request that needs one.
func New(cfg Config) (*Client, error) {
	s, problems := check(cfg)
	if len(problems) > 0 {
		return nil, fmt.Errorf("greenhouse: %w", errors.Join(problems...))
	}
	if s.Logger == nil {
		s.Logger = slog.New(slog.DiscardHandler)
	}
	log := s.Logger
	tokens, err := newTokenSource(s, log)
	if err != nil {
		return nil, fmt.Errorf("greenhouse: %w", err)
	}
	headers := rateHeaders
	if s.followLimit {
		headers.Limit = "X-RateLimit-Limit"
	}
	api, err := upstream.New(upstream.Config{
		Name: "Greenhouse", BaseURL: s.base, Auth: upstream.Tokens(tokens), AuthHint: authHint,
		Rate: upstream.Rate{Limit: s.RateLimit, Window: s.RateWindow}, RateHeaders: headers, ParseError: parseError,
		Options: s.Options,
	})
	if err != nil {
		return nil, fmt.Errorf("greenhouse: %w", err)
	}
	c := &Client{cfg: s, api: api, tokens: tokens, log: log, clock: s.Clock}
	if c.clock == nil {
		c.clock = clockwork.NewRealClock()
	}
	c.lookups.init(c.clock)
	return c, nil
}

// String describes the client without its credentials.
func (c *Client) String() string { return "greenhouse.Client{" + c.cfg.base.String() + "}" }

// GoString is String for %#v, which would otherwise print every field.
func (c *Client) GoString() string { return c.String() }

// post sends body to path and decodes the answer into out (nil for the
// 204s of pipeline actions). Writes are never retried after a failure:
// Greenhouse has no idempotency key, so a retry could create twice.
func (c *Client) post(ctx context.Context, op, path string, body, out any) error {
	return c.api.DoJSON(ctx, &upstream.Request{Op: op, Method: http.MethodPost, Path: path, JSON: body}, out)
}

// byIDs reads the records with ids of one list (at most 50 ids: Greenhouse's
// limit for ids), following Link next should there be more than a page.
func byIDs[W any](ctx context.Context, c *Client, op, path string, ids []string, extra url.Values) ([]record[W], error) {
	q := url.Values{}
	for k, vs := range extra {
		q[k] = vs
	}
	q.Set("ids", joinIDs(ids))
	q.Set("per_page", strconv.Itoa(maxPerPage))
	return all[W](ctx, c, op, path, q, true)
}

// all reads every record of a list, following Link next. It is for
// lookups and single reads, whose lists are short; maxLookupPages bounds
// it.
func all[W any](ctx context.Context, c *Client, op, path string, q url.Values, keepRaw bool) ([]record[W], error) {
	var out []record[W]
	req := pageRequest{path: path, query: q}
	for range maxLookupPages {
		recs, next, err := fetchPage[W](ctx, c, op, req, keepRaw)
		if err != nil {
			return nil, err
		}
		out = append(out, recs...)
		if next == "" {
			return out, nil
		}
		if req, err = c.follow(op, req, next); err != nil {
			return nil, err
		}
	}
	return nil, &ats.Error{
		Code:    ats.CodeUpstreamUnavailable,
		Message: fmt.Sprintf("Greenhouse's list for %s has more than %d pages, more than atsbridge reads for one lookup.", op, maxLookupPages),
		Err:     fmt.Errorf("greenhouse: %s: more than %d pages", op, maxLookupPages),
	}
}

// one reads the record with id of a list (GET /v3/<list>?ids=<id>; there
// is no single-record GET); a generic NOT_FOUND when there is none, for
// the caller to name.
func one[W any](ctx context.Context, c *Client, op, path, id string, extra url.Values) (W, json.RawMessage, error) {
	var zero W
	if !validID(id) {
		return zero, nil, ats.Errorf(ats.CodeNotFound, "Greenhouse has no such record.")
	}
	recs, err := byIDs[W](ctx, c, op, path, []string{id}, extra)
	if err != nil {
		return zero, nil, err
	}
	for _, r := range recs {
		if idOf(r.Raw) == id {
			return r.W, r.Raw, nil
		}
	}
	return zero, nil, ats.Errorf(ats.CodeNotFound, "Greenhouse has no such record.")
}

// idOf reads a raw record's id.
func idOf(raw json.RawMessage) string {
	var r struct {
		ID wire.ID `json:"id"`
	}
	_ = json.Unmarshal(raw, &r)
	return string(r.ID)
}

// validID accepts Greenhouse's ids: decimal integers, which is also all
// that may go into a query's ids list.
func validID(s string) bool {
	if s == "" || len(s) > 19 || s[0] == '0' {
		return false
	}
	for _, c := range []byte(s) {
		if c < '0' || c > '9' {
			return false
		}
	}
	_, err := strconv.ParseInt(s, 10, 64)
	return err == nil
}
