package workable

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/atsbridge/atsbridge/ats"
)

// Client is the live Workable provider. Create one per process with New:
// its rate limiter and connection pool are shared by every request that
// goes through it, which is what keeps the process within the token's
// limit.
type Client struct {
	cfg     settings
	baseURL string // scheme://host/path, no trailing slash
	auth    string
	ua      string
	hc      *http.Client
	log     *slog.Logger
	gate    *gate
	lookups lookups
}

var _ ats.Provider = (*Client)(nil)

// Tuning of the request loop.
const (
	// maxGetRetries is how many times a GET is retried after a 5xx or a
	// network error.
	maxGetRetries = 2
	// maxBackoff caps one backoff sleep.
	maxBackoff = 2 * time.Second
	// max429Retries is how many 429 answers one call waits out.
	max429Retries = 3
	// maxWait bounds the waiting (rate limit, backoff) of a call whose
	// context has no deadline; API Gateway gives up after 29 s anyway.
	maxWait = 30 * time.Second
	// maxBody caps what is read of one answer.
	maxBody = 16 << 20
)

// New validates cfg and returns a ready Client. Errors name the variable to
// fix (ATS_API_KEY, WORKABLE_COMPANY, ATS_BASE_URL, ...) and never contain
// the token.
func New(cfg Config) (*Client, error) {
	s, err := validate(cfg)
	if err != nil {
		return nil, fmt.Errorf("workable: %w", err)
	}
	c := &Client{
		cfg:     s,
		baseURL: s.base.String(),
		auth:    "Bearer " + s.Token,
		ua:      "atsbridge/" + s.Version + " (+https://github.com/atsbridge/atsbridge)",
		log:     s.Logger,
		gate:    newGate(s.RateLimit, s.RateWindow),
	}
	if c.log == nil {
		c.log = slog.New(slog.DiscardHandler)
	}
	noRedirect := func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }
	if s.HTTPClient != nil {
		hc := *s.HTTPClient
		hc.CheckRedirect = noRedirect
		c.hc = &hc
	} else {
		t := http.DefaultTransport.(*http.Transport).Clone()
		// Keep enough idle connections for every request the rate limit
		// lets run at once, so bursts reuse connections instead of dialling.
		t.MaxIdleConnsPerHost = min(max(16, s.RateLimit), 256)
		t.MaxIdleConns = 256
		c.hc = &http.Client{Transport: t, CheckRedirect: noRedirect}
	}
	return c, nil
}

// String describes the client without its token.
func (c *Client) String() string { return "workable.Client{" + c.baseURL + "}" }

// GoString is String for %#v, which would otherwise print every field,
// the Authorization header value included.
func (c *Client) GoString() string { return c.String() }

// request is one logical upstream call; do may send it several times.
type request struct {
	op     string // what we were doing, for messages and logs: "list jobs"
	method string
	path   string // escaped, below the base URL: "/jobs/9CD658E13E"
	query  url.Values
	body   any
}

// get and post are the two shapes of call the provider makes.
func (c *Client) get(ctx context.Context, op, path string, query url.Values, out any) error {
	return c.do(ctx, &request{op: op, method: http.MethodGet, path: path, query: query}, out)
}

func (c *Client) post(ctx context.Context, op, path string, body, out any) error {
	return c.do(ctx, &request{op: op, method: http.MethodPost, path: path, body: body}, out)
}

// do sends rq within the rate limit, retries what is safe, and decodes a
// 2xx answer into out (when out is not nil; a *[]byte gets the body as it
// is). Every failure is an *ats.Error.
//
// GETs are retried on 5xx and network errors with capped exponential
// backoff and jitter. Writes are not: a write that failed half way may have
// been applied, and Workable offers no idempotency key. A 429 is retried for
// every method, since Workable refused the request without acting on it,
// once the wait fits in the deadline.
func (c *Client) do(ctx context.Context, rq *request, out any) error {
	var payload []byte
	if rq.body != nil {
		b, err := json.Marshal(rq.body)
		if err != nil {
			return fmt.Errorf("workable: %s: encode body: %w", rq.op, err)
		}
		payload = b
	}
	deadline, ok := ctx.Deadline()
	if !ok {
		deadline = time.Now().Add(maxWait)
	}
	retries, limited := 0, 0
	for {
		if err := ctx.Err(); err != nil {
			// Spent by earlier calls or backoff: do not take a slot of the
			// limiter (a window's worth of quota) for a request that cannot
			// be sent.
			return notSent(rq, err)
		}
		if err := c.gate.acquire(ctx, deadline); err != nil {
			// Nothing was sent: the request waited for a slot of our own
			// limiter until its deadline or cancellation. The gate's budget
			// and the context's deadline end together, so both read as the
			// rate limit, never as "Workable did not answer".
			retryAfter := c.cfg.RateWindow
			var we *waitError
			if errors.As(err, &we) {
				retryAfter = we.retryAfter
			} else if !errors.Is(err, context.DeadlineExceeded) {
				return notSent(rq, err)
			}
			c.log.LogAttrs(ctx, slog.LevelWarn, "workable rate limit: no slot before the deadline",
				slog.String("op", rq.op), slog.Duration("retry_after", retryAfter))
			return rateLimited(rq, retryAfter, err)
		}
		ans, err := c.exchange(ctx, rq, payload)
		c.gate.release()
		c.observe(ans.header)
		status, body := ans.status, ans.body

		switch {
		case errors.Is(err, errTooLarge):
			return malformed(rq, err)
		case err != nil:
			if rq.method == http.MethodGet && ctx.Err() == nil && retries < maxGetRetries && c.backoff(ctx, rq, deadline, retries, "network error") {
				retries++
				continue
			}
			return c.transportError(ctx, rq, err, ans.perCallTimedOut)

		case status == http.StatusTooManyRequests:
			wait := c.retryAfter(ans.header)
			if limited < max429Retries && time.Now().Add(wait).Before(deadline) {
				limited++
				c.log.LogAttrs(ctx, slog.LevelWarn, "workable answered 429; waiting",
					slog.String("op", rq.op), slog.Duration("wait", wait))
				c.gate.pause(time.Now().Add(wait))
				continue
			}
			return rateLimited(rq, wait, &upstreamError{op: rq.op, method: rq.method, path: rq.path, status: status})

		case status >= 500 && rq.method == http.MethodGet && retries < maxGetRetries:
			if c.backoff(ctx, rq, deadline, retries, "HTTP "+strconv.Itoa(status)) {
				retries++
				continue
			}
			return c.statusError(rq, status, body)

		case status < 200 || status > 299:
			return c.statusError(rq, status, body)
		}

		if out == nil || len(bytes.TrimSpace(body)) == 0 && isRaw(out) {
			return nil
		}
		if b, ok := out.(*[]byte); ok {
			*b = body // the caller decodes it, as lists stream their records
			return nil
		}
		if err := json.Unmarshal(body, out); err != nil {
			return malformed(rq, err)
		}
		return nil
	}
}

func isRaw(out any) bool {
	_, ok := out.(*json.RawMessage)
	return ok
}

// errTooLarge is an answer over maxBody, which no list page comes near.
var errTooLarge = errors.New("answer larger than 16 MiB")

// answer is what one HTTP exchange brought back.
type answer struct {
	status int
	header http.Header
	body   []byte
	// perCallTimedOut is set when Config.Timeout, not the caller's
	// deadline, cut the exchange short.
	perCallTimedOut bool
}

// exchange sends one HTTP request under the per-call timeout and reads
// the whole answer, so that the connection goes back to the pool.
func (c *Client) exchange(ctx context.Context, rq *request, payload []byte) (answer, error) {
	callCtx, cancel := context.WithTimeout(ctx, c.cfg.Timeout)
	defer cancel()
	u := c.baseURL + rq.path
	if len(rq.query) > 0 {
		u += "?" + rq.query.Encode()
	}
	var rd io.Reader
	if payload != nil {
		rd = bytes.NewReader(payload)
	}
	req, err := http.NewRequestWithContext(callCtx, rq.method, u, rd)
	if err != nil {
		return answer{}, err
	}
	req.Header.Set("Authorization", c.auth)
	req.Header.Set("User-Agent", c.ua)
	req.Header.Set("Accept", "application/json")
	if payload != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	start := time.Now()
	timedOut := func() bool { return ctx.Err() == nil && errors.Is(callCtx.Err(), context.DeadlineExceeded) }
	res, err := c.hc.Do(req)
	if err != nil {
		c.log.LogAttrs(ctx, slog.LevelDebug, "workable call failed",
			slog.String("op", rq.op), slog.String("method", rq.method), slog.String("path", rq.path),
			slog.Duration("duration", time.Since(start)), slog.String("error", unwrapURLError(err).Error()))
		return answer{perCallTimedOut: timedOut()}, err
	}
	defer res.Body.Close()
	body, err := io.ReadAll(io.LimitReader(res.Body, maxBody+1))
	if err == nil && len(body) > maxBody {
		return answer{status: res.StatusCode, header: res.Header, body: nil}, errTooLarge
	}
	c.log.LogAttrs(ctx, slog.LevelDebug, "workable call",
		slog.String("op", rq.op), slog.String("method", rq.method), slog.String("path", rq.path),
		slog.Int("status", res.StatusCode), slog.Duration("duration", time.Since(start)),
		slog.String("rate_remaining", res.Header.Get("X-Rate-Limit-Remaining")))
	if err != nil {
		return answer{header: res.Header, perCallTimedOut: timedOut()}, err
	}
	return answer{status: res.StatusCode, header: res.Header, body: body}, nil
}

// backoff sleeps before retry number n+1 and reports whether to retry: not
// when the sleep would pass the deadline or ctx ends meanwhile.
func (c *Client) backoff(ctx context.Context, rq *request, deadline time.Time, n int, reason string) bool {
	d := min(c.cfg.RetryWait<<n, maxBackoff)
	d = d/2 + rand.N(d/2+1) // jitter, so that concurrent retries spread out
	if !time.Now().Add(d).Before(deadline) {
		return false
	}
	c.log.LogAttrs(ctx, slog.LevelWarn, "workable call failed; retrying",
		slog.String("op", rq.op), slog.String("path", rq.path), slog.String("reason", reason),
		slog.Int("retry", n+1), slog.Duration("wait", d))
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return true
	case <-ctx.Done():
		return false
	}
}

// observe reads X-Rate-Limit-Remaining and -Reset: when the window is used
// up (by us or by another process with the same token) every request waits
// for the reset. The pause is capped at one window, so that a skewed clock
// cannot stall the client.
func (c *Client) observe(h http.Header) {
	if h == nil || strings.TrimSpace(h.Get("X-Rate-Limit-Remaining")) != "0" {
		return
	}
	if reset, ok := parseReset(h.Get("X-Rate-Limit-Reset")); ok {
		now := time.Now()
		if reset.After(now) {
			c.gate.pause(minTime(reset, now.Add(c.cfg.RateWindow)))
		}
	}
}

// retryAfter is how long to wait after a 429: Retry-After (seconds or an
// HTTP date) when sent, else until X-Rate-Limit-Reset (capped at one
// window), else one tenth of the window.
func (c *Client) retryAfter(h http.Header) time.Duration {
	now := time.Now()
	if v := strings.TrimSpace(h.Get("Retry-After")); v != "" {
		if n, err := strconv.Atoi(v); err == nil && n >= 0 {
			return time.Duration(n) * time.Second
		}
		if t, err := http.ParseTime(v); err == nil && t.After(now) {
			return t.Sub(now)
		}
	}
	if reset, ok := parseReset(h.Get("X-Rate-Limit-Reset")); ok && reset.After(now) {
		return min(reset.Sub(now), c.cfg.RateWindow)
	}
	return c.cfg.RateWindow / 10
}

// parseReset reads X-Rate-Limit-Reset, Unix seconds (decimals accepted).
func parseReset(v string) (time.Time, bool) {
	f, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
	if err != nil || f <= 0 {
		return time.Time{}, false
	}
	return time.UnixMilli(int64(f * 1000)), true
}

func minTime(a, b time.Time) time.Time {
	if a.Before(b) {
		return a
	}
	return b
}
