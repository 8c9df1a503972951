package upstream

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
	"time"
)

// Request is one logical call to the provider; Do may send it several
// times.
type Request struct {
	// Op says what we were doing, for messages and logs: "list jobs".
	Op     string
	Method string
	// Path is escaped and below the base URL: "/jobs/9CD658E13E".
	Path  string
	Query url.Values
	// Header adds headers to the request (Accept, Content-Type and the
	// credentials are set by the Client unless given here).
	Header http.Header
	// JSON, when not nil, is the body, encoded as JSON.
	JSON any
	// Body is the body as it is, of type ContentType (a multipart upload,
	// a form); it is ignored when JSON is set.
	Body        []byte
	ContentType string
	// Idempotent marks a write that may be sent again after a 5xx or a
	// network error (the provider documents an idempotency guarantee for
	// it). Other writes are never retried after a failure.
	Idempotent bool
}

// Response is a 2xx answer, read whole.
type Response struct {
	Status int
	Header http.Header
	Body   []byte
}

// retryable reports whether rq may be sent again after a failure that may
// have reached the provider.
func (rq *Request) retryable() bool {
	return rq.Method == http.MethodGet || rq.Method == http.MethodHead || rq.Idempotent
}

// write reports whether rq may change something upstream.
func (rq *Request) write() bool {
	return rq.Method != http.MethodGet && rq.Method != http.MethodHead
}

// payload is the body to send and its type.
func (rq *Request) payload() ([]byte, string, error) {
	switch {
	case rq.JSON != nil:
		b, err := json.Marshal(rq.JSON)
		return b, "application/json", err
	case rq.Body != nil:
		return rq.Body, rq.ContentType, nil
	}
	return nil, "", nil
}

// DoJSON is Do, decoding the answer's body into out (when out is not nil).
// An answer that is not the JSON expected is UPSTREAM_UNAVAILABLE; an empty
// answer leaves a *json.RawMessage empty.
func (c *Client) DoJSON(ctx context.Context, rq *Request, out any) error {
	res, err := c.Do(ctx, rq)
	if err != nil || out == nil {
		return err
	}
	if _, raw := out.(*json.RawMessage); raw && len(bytes.TrimSpace(res.Body)) == 0 {
		return nil
	}
	if err := json.Unmarshal(res.Body, out); err != nil {
		return c.Malformed(rq, err)
	}
	return nil
}

// Do sends rq within the rate gate, retries what is safe, and returns the
// 2xx answer. Every failure is an *ats.Error (see the package doc for the
// rules).
func (c *Client) Do(ctx context.Context, rq *Request) (*Response, error) {
	payload, ctype, err := rq.payload()
	if err != nil {
		return nil, fmt.Errorf("%s: %s: encode body: %w", c.prefix, rq.Op, err)
	}
	deadline, ok := ctx.Deadline()
	if !ok {
		// The waits (gate, backoff, 429) of a call without a deadline are
		// bounded all the same; each exchange is by the per-call timeout.
		deadline = c.clock.Now().Add(maxWait)
	}
	retries, limited, reauthorized := 0, 0, false
	for {
		if err := ctx.Err(); err != nil {
			// Spent by earlier calls or waits: do not take a turn of the
			// gate (a window's worth of quota) for a request that cannot
			// be sent.
			return nil, c.notSent(rq, err)
		}
		req, err := c.newRequest(ctx, rq, payload, ctype)
		if err != nil {
			return nil, err
		}
		if err := c.gate.acquire(ctx, deadline); err != nil {
			return nil, c.gateError(ctx, rq, err)
		}
		ans, err := c.exchange(ctx, rq, req)
		c.gate.release()
		c.observe(ans.header)

		switch status := ans.status; {
		case errors.Is(err, errTooLarge):
			return nil, c.Malformed(rq, err)
		case err != nil:
			if rq.retryable() && ctx.Err() == nil && retries < maxRetries && c.backoff(ctx, rq, deadline, retries, "network error") {
				retries++
				continue
			}
			return nil, c.transportError(ctx, rq, err, ans.perCallTimedOut)

		case status == http.StatusTooManyRequests:
			wait := c.retryAfter(ans.header, limited)
			if limited < max429Retries && c.clock.Now().Add(wait).Before(deadline) {
				limited++
				c.log.LogAttrs(ctx, slog.LevelWarn, "upstream answered 429; waiting", slog.String("provider", c.prefix),
					slog.String("op", rq.Op), slog.Duration("wait", wait))
				c.gate.pause(c.clock.Now().Add(wait))
				continue
			}
			return nil, c.rateLimited(rq, wait, c.statusCause(rq, status, ""))

		case status == http.StatusUnauthorized && !reauthorized && c.auth != nil && c.auth.Refused(req):
			// The credentials were refused, nothing was done: fresh ones
			// may succeed, once.
			reauthorized = true
			c.log.LogAttrs(ctx, slog.LevelInfo, "upstream refused the credentials; retrying with fresh ones",
				slog.String("provider", c.prefix), slog.String("op", rq.Op))
			continue

		case status >= 500 && rq.retryable() && retries < maxRetries:
			if c.backoff(ctx, rq, deadline, retries, "HTTP "+strconv.Itoa(status)) {
				retries++
				continue
			}
			return nil, c.statusError(rq, status, ans.body)

		case status < 200 || status > 299:
			return nil, c.statusError(rq, status, ans.body)
		}
		return &Response{Status: ans.status, Header: ans.header, Body: ans.body}, nil
	}
}

// newRequest builds one attempt of rq, with its credentials.
func (c *Client) newRequest(ctx context.Context, rq *Request, payload []byte, ctype string) (*http.Request, error) {
	u := c.baseURL + rq.Path
	if len(rq.Query) > 0 {
		u += "?" + rq.Query.Encode()
	}
	var body io.Reader
	if payload != nil {
		body = bytes.NewReader(payload)
	}
	req, err := http.NewRequest(rq.Method, u, body)
	if err != nil {
		return nil, fmt.Errorf("%s: %s: %s %s: %w", c.prefix, rq.Op, rq.Method, rq.Path, unwrapURLError(err))
	}
	req.Header.Set("User-Agent", c.ua)
	req.Header.Set("Accept", "application/json")
	if payload != nil && ctype != "" {
		req.Header.Set("Content-Type", ctype)
	}
	for k, vs := range rq.Header {
		req.Header[k] = vs
	}
	if c.auth != nil {
		// Before the gate: fetching a token must not hold a turn.
		if err := c.auth.Authorize(ctx, req); err != nil {
			return nil, c.authError(ctx, rq, err)
		}
	}
	return req, nil
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

// exchange sends one attempt under the per-call timeout and reads the
// whole answer, so that the connection goes back to the pool.
func (c *Client) exchange(ctx context.Context, rq *Request, req *http.Request) (answer, error) {
	callCtx, cancel := context.WithTimeout(ctx, c.timeout)
	defer cancel()
	req = req.WithContext(callCtx)
	start := time.Now()
	timedOut := func() bool { return ctx.Err() == nil && errors.Is(callCtx.Err(), context.DeadlineExceeded) }
	res, err := c.hc.Do(req)
	if err != nil {
		c.log.LogAttrs(ctx, slog.LevelDebug, "upstream call failed", slog.String("provider", c.prefix),
			slog.String("op", rq.Op), slog.String("method", rq.Method), slog.String("path", rq.Path),
			slog.Duration("duration", time.Since(start)), slog.String("error", unwrapURLError(err).Error()))
		return answer{perCallTimedOut: timedOut()}, err
	}
	defer res.Body.Close()
	body, err := io.ReadAll(io.LimitReader(res.Body, maxBody+1))
	if err == nil && len(body) > maxBody {
		return answer{status: res.StatusCode, header: res.Header}, errTooLarge
	}
	if c.log.Enabled(ctx, slog.LevelDebug) {
		attrs := []slog.Attr{slog.String("provider", c.prefix), slog.String("op", rq.Op), slog.String("method", rq.Method),
			slog.String("path", rq.Path), slog.Int("status", res.StatusCode), slog.Duration("duration", time.Since(start))}
		if c.headers.Remaining != "" {
			attrs = append(attrs, slog.String("rate_remaining", res.Header.Get(c.headers.Remaining)))
		}
		c.log.LogAttrs(ctx, slog.LevelDebug, "upstream call", attrs...)
	}
	if err != nil {
		return answer{header: res.Header, perCallTimedOut: timedOut()}, err
	}
	return answer{status: res.StatusCode, header: res.Header, body: body}, nil
}

// backoff waits before retry number n+1 and reports whether to retry: not
// when the wait would pass the deadline or ctx ends meanwhile.
func (c *Client) backoff(ctx context.Context, rq *Request, deadline time.Time, n int, reason string) bool {
	d := jitter(min(c.retryWait<<n, maxBackoff))
	if !c.clock.Now().Add(d).Before(deadline) {
		return false
	}
	c.log.LogAttrs(ctx, slog.LevelWarn, "upstream call failed; retrying", slog.String("provider", c.prefix),
		slog.String("op", rq.Op), slog.String("path", rq.Path), slog.String("reason", reason),
		slog.Int("retry", n+1), slog.Duration("wait", d))
	t := c.clock.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.Chan():
		return true
	case <-ctx.Done():
		return false
	}
}

// jitter spreads concurrent retries: a wait of d becomes one between d/2
// and d.
func jitter(d time.Duration) time.Duration {
	return d/2 + rand.N(d/2+1)
}
