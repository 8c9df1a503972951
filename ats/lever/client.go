package lever

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"strconv"
	"sync/atomic"
	"time"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/upstream"
)

// Client is the live Lever provider. Create one per process with New: its
// rate gate and connection pool are shared by every request that goes
// through it, which is what keeps the process within the key's limit.
type Client struct {
	cfg  settings
	api  *upstream.Client
	log  *slog.Logger
	look lookups
	// noConfidential is set once Lever refused this key confidential
	// data (see fetchPages).
	noConfidential atomic.Bool
}

var _ ats.Provider = (*Client)(nil)

// New validates cfg and returns a ready Client. Errors name the variable to
// fix (ATS_API_KEY, ATS_BASE_URL, LEVER_USER_ID, ...) and never contain the
// key.
func New(cfg Config) (*Client, error) {
	s, problems := check(cfg)
	if len(problems) > 0 {
		return nil, fmt.Errorf("lever: %w", errors.Join(problems...))
	}
	api, err := upstream.New(upstream.Config{
		Name:    "Lever",
		BaseURL: s.base,
		Auth:    upstream.Basic(s.APIKey, ""),
		AuthHint: "check ATS_API_KEY and that the key may read postings, opportunities, stages, archive reasons, users and resumes, " +
			"and write opportunities, notes and files",
		Rate:       s.rate(),
		ParseError: upstream.ErrorFormat{Message: []string{"message", "code"}}.Parse,
		Options:    s.Options,
	})
	if err != nil {
		return nil, err
	}
	c := &Client{cfg: s, api: api, log: s.Logger}
	c.look.init(s)
	if c.log == nil {
		c.log = slog.New(slog.DiscardHandler)
	}
	return c, nil
}

// String describes the client without its key.
func (c *Client) String() string { return "lever.Client{" + c.cfg.base.String() + "}" }

// GoString is String for %#v, which would otherwise print every field.
func (c *Client) GoString() string { return c.String() }

// read sends rq and reads the record of its answer, {"data": {...}}, into
// out, returning the record's JSON. A 2xx answer without a record is
// malformed.
func (c *Client) read(ctx context.Context, rq *upstream.Request, out any) (json.RawMessage, error) {
	res, err := c.api.Do(ctx, rq)
	if err != nil {
		return nil, err
	}
	raw, err := dataOf(res.Body)
	if err == nil {
		err = json.Unmarshal(raw, out)
	}
	if err != nil {
		return nil, c.api.Malformed(rq, err)
	}
	return raw, nil
}

// dataOf is the record of a single answer, {"data": {...}}.
func dataOf(body []byte) (json.RawMessage, error) {
	var env struct {
		Data json.RawMessage `json:"data"`
	}
	if err := json.Unmarshal(body, &env); err != nil {
		return nil, err
	}
	if len(env.Data) == 0 || string(env.Data) == "null" {
		return nil, errors.New("no data in the answer")
	}
	return env.Data, nil
}

// decodeData reads the record of a single answer as W.
func decodeData[W any](body []byte) (W, error) {
	var w W
	raw, err := dataOf(body)
	if err == nil {
		err = json.Unmarshal(raw, &w)
	}
	return w, err
}

// get reads one record below the base URL.
func (c *Client) get(ctx context.Context, op, path string, q url.Values, out any) (json.RawMessage, error) {
	return c.read(ctx, &upstream.Request{Op: op, Method: http.MethodGet, Path: path, Query: q}, out)
}

// fetchPages returns the fetch of a list walk: path with the filters q,
// from Lever's offset token. The token is Lever's "next" as Lever sent it,
// already URL-encoded: it is decoded once here, so that encoding the query
// puts it back on the wire as it came, never encoded twice.
//
// Lists ask for confidential records too (confidentiality=all), which
// Lever serves when the key may see them. Should Lever refuse the request
// instead (403; which it does is unconfirmed), the list is asked again
// without, and when that succeeds, all lists are from then on.
func fetchPages[W any](c *Client, op, path string, q url.Values, keepRaw bool) fetchFunc[W] {
	return func(ctx context.Context, offset string, limit int) (listPage[W], error) {
		query := withPage(q, offset, limit)
		asked := query.Get("confidentiality") != ""
		if asked && c.noConfidential.Load() {
			query.Del("confidentiality")
			asked = false
		}
		rq := &upstream.Request{Op: op, Method: http.MethodGet, Path: path, Query: query}
		res, err := c.api.Do(ctx, rq)
		if se := upstream.StatusOf(err); asked && se != nil && se.Status == http.StatusForbidden {
			// Only a list that Lever serves without the parameter shows
			// that the parameter was refused, not the list.
			query.Del("confidentiality")
			if res, err = c.api.Do(ctx, rq); err == nil && !c.noConfidential.Swap(true) {
				c.log.LogAttrs(ctx, slog.LevelInfo, "lever refused confidential data to this key; listing without it",
					slog.String("op", op))
			}
		}
		if err != nil {
			return listPage[W]{}, err
		}
		p, err := decodeList[W](res.Body, keepRaw)
		if err != nil {
			return listPage[W]{}, c.api.Malformed(rq, err)
		}
		return p, nil
	}
}

// withPage is q with limit and the offset token.
func withPage(q url.Values, offset string, limit int) url.Values {
	out := make(url.Values, len(q)+2)
	for k, vs := range q {
		out[k] = append([]string(nil), vs...)
	}
	out.Set("limit", strconv.Itoa(limit))
	if offset != "" {
		if tok, err := url.QueryUnescape(offset); err == nil {
			offset = tok
		}
		out.Set("offset", offset)
	}
	return out
}

// actor is the query of a write: perform_as, the user it acts as.
func (c *Client) actor(ctx context.Context) (url.Values, error) {
	id, err := c.userID(ctx)
	if err != nil {
		return nil, err
	}
	return url.Values{"perform_as": {id}}, nil
}

// msOf is a time filter's value: epoch milliseconds, rounded down, so that
// Lever answers a superset that the query's Matches (ats.After) then trims.
func msOf(t time.Time) string { return strconv.FormatInt(t.UnixMilli(), 10) }

func setMs(q url.Values, key string, t *time.Time) {
	if t != nil {
		q.Set(key, msOf(*t))
	}
}
