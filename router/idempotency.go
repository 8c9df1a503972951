package router

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"maps"
	"net/http"
	"slices"
	"strings"
	"time"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/caller"
	"github.com/atsbridge/atsbridge/envelope"
)

// maxIdempotentBody is the largest body idempotent reads to fingerprint:
// the largest any route takes (a resume upload); the route's own limit
// still applies when it reads.
const maxIdempotentBody = MaxResumeBodyBytes

// maxStoredResponse bounds the response kept for a replay, well inside a
// DynamoDB item (400 KB). A larger response is sent but not kept, and the
// Idempotency-Key is released.
const maxStoredResponse = 256 << 10

// idempotentRunBound bounds the work of a request that holds an
// Idempotency-Key record, well inside the record's lease, so a live
// request never loses its record to a retry.
const idempotentRunBound = caller.Lease / 2

// bookkeepingBound bounds the store calls made apart from a request's own
// context: the writes after the work is done, and the key reads that
// concurrent requests share (sharedRead).
const bookkeepingBound = 10 * time.Second

// notKept are the statuses of requests refused before the provider was
// called, whose Idempotency-Key stays free for a corrected retry: bad
// input, no or a wrong key, a body too large or of the wrong type, a
// caller over its limit, the ATS limiting us (it refused the call), and a
// client that went away.
var notKept = []int{
	http.StatusBadRequest, http.StatusUnauthorized, http.StatusForbidden, http.StatusRequestEntityTooLarge,
	http.StatusUnsupportedMediaType, http.StatusTooManyRequests, http.StatusServiceUnavailable, envelope.StatusClientClosed,
}

// perRequestHeaders are response headers that describe this request, not
// the result a replay repeats: the replay sets its own.
var perRequestHeaders = []string{"Ratelimit", "Ratelimit-Policy", "Vary", "Idempotent-Replayed"}

// idempotent makes a POST with an Idempotency-Key safe to retry (IETF
// httpapi-idempotency-key-header, with Stripe's semantics): the first
// request's response is kept for caller.Retention under (caller,
// Idempotency-Key) with a fingerprint of its method, path and body; a
// repeat with the same fingerprint gets that response again
// (Idempotent-Replayed: true) without reaching the provider; another
// request with the key is 422 IDEMPOTENCY_KEY_REUSED; a repeat while the
// first runs is 409 IDEMPOTENCY_IN_PROGRESS. The first request runs to
// its end even when its client hangs up (bounded by idempotentRunBound),
// so that a retry finds its result rather than a half-done write.
func (a *api) idempotent(next http.Handler) http.Handler {
	if a.callers == nil {
		return next
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		values, sent := r.Header["Idempotency-Key"]
		if r.Method != http.MethodPost || !sent {
			next.ServeHTTP(w, r)
			return
		}
		key, err := idempotencyKey(values)
		if err != nil {
			a.fail(w, r, err)
			return
		}
		body, err := readForFingerprint(w, r)
		if err != nil {
			a.fail(w, r, err)
			return
		}
		now := a.now()
		rec := caller.Record{
			Caller: callerFrom(r.Context()), Key: key,
			Fingerprint: caller.Fingerprint(r.Method, r.URL.Path+"?"+r.URL.RawQuery, body),
			Token:       caller.NewToken(),
			LeaseUntil:  now.Add(caller.Lease), ExpiresAt: now.Add(caller.Retention),
		}
		cur, taken, err := a.callers.ClaimIdempotency(r.Context(), rec, now)
		switch {
		case err != nil:
			a.fail(w, r, err)
		case !taken && cur.Fingerprint != rec.Fingerprint:
			a.fail(w, r, ats.Errorf(ats.CodeIdempotencyKeyReused,
				"This Idempotency-Key was used with another request (method, path or body) in the last 24 hours; use a new key for a new request."))
		case !taken && !cur.Done:
			a.fail(w, r, &ats.Error{Code: ats.CodeIdempotencyInProgress, RetryAfter: time.Second,
				Message: "The first request with this Idempotency-Key is still running; retry after the Retry-After delay to get its response."})
		case !taken:
			noteReplay(r.Context())
			replay(w, cur)
		default:
			a.runIdempotent(w, r, next, rec)
		}
	})
}

// runIdempotent runs the request that took rec, keeps its response (or
// frees the key when the request was refused before the provider was
// called), then sends it: a client that got the answer and retries finds
// it kept.
func (a *api) runIdempotent(w http.ResponseWriter, r *http.Request, next http.Handler, rec caller.Record) {
	ctx, cancel := context.WithTimeout(context.WithoutCancel(r.Context()), idempotentRunBound)
	defer cancel()
	if dl, ok := r.Context().Deadline(); ok {
		ctx, cancel = context.WithDeadline(ctx, dl)
		defer cancel()
	}
	res := &bufferedResponse{header: w.Header().Clone()}
	func() {
		// A panic is answered by recoverPanic, outside; the key is freed.
		defer func() {
			if v := recover(); v != nil {
				a.releaseIdempotency(r, rec)
				panic(v)
			}
		}()
		next.ServeHTTP(res, r.WithContext(ctx))
	}()
	if res.status == 0 {
		res.status = http.StatusOK
	}
	if slices.Contains(notKept, res.status) || res.body.Len() > maxStoredResponse {
		a.releaseIdempotency(r, rec)
	} else {
		rec.Status, rec.Body = res.status, res.body.Bytes()
		rec.Header = res.header.Clone()
		for _, h := range perRequestHeaders {
			rec.Header.Del(h)
		}
		for h := range rec.Header {
			if strings.HasPrefix(h, "Access-Control-") {
				rec.Header.Del(h)
			}
		}
		bctx, cancel := context.WithTimeout(context.WithoutCancel(r.Context()), bookkeepingBound)
		defer cancel()
		if err := a.callers.FinishIdempotency(bctx, rec); err != nil {
			a.log.WarnContext(r.Context(), "idempotency record not kept", "request_id", requestIDFrom(r.Context()), "error", err.Error())
		}
	}
	maps.Copy(w.Header(), res.header)
	w.WriteHeader(res.status)
	_, _ = w.Write(res.body.Bytes())
}

func (a *api) releaseIdempotency(r *http.Request, rec caller.Record) {
	ctx, cancel := context.WithTimeout(context.WithoutCancel(r.Context()), bookkeepingBound)
	defer cancel()
	if err := a.callers.ReleaseIdempotency(ctx, rec.Caller, rec.Key, rec.Token); err != nil {
		a.log.WarnContext(r.Context(), "idempotency key not released", "request_id", requestIDFrom(r.Context()), "error", err.Error())
	}
}

// replay sends a kept response as it was first sent, marked as a replay.
func replay(w http.ResponseWriter, rec caller.Record) {
	h := w.Header()
	maps.Copy(h, rec.Header)
	h.Set("Idempotent-Replayed", "true")
	w.WriteHeader(rec.Status)
	_, _ = w.Write(rec.Body)
}

// idempotencyKey reads the header's one value: 1 to caller.MaxKeyLength
// visible ASCII characters, optionally as a quoted string (the draft's
// Structured Field form, "abc", is the same key as abc).
func idempotencyKey(values []string) (string, error) {
	invalid := func(problem string) error {
		return ats.Invalid("The Idempotency-Key header is invalid; see details.", ats.Detail{Field: "Idempotency-Key", Problem: problem})
	}
	if len(values) != 1 {
		return "", invalid("must be sent once")
	}
	k := strings.TrimSpace(values[0])
	if len(k) >= 2 && k[0] == '"' && k[len(k)-1] == '"' {
		k = k[1 : len(k)-1]
	}
	switch {
	case k == "":
		return "", invalid("must not be empty")
	case len(k) > caller.MaxKeyLength:
		return "", invalid(fmt.Sprintf("must be at most %d characters, not %d", caller.MaxKeyLength, len(k)))
	}
	for i := 0; i < len(k); i++ {
		if k[i] < 0x20 || k[i] > 0x7e {
			return "", invalid("must be printable ASCII, such as a UUID")
		}
	}
	return k, nil
}

// readForFingerprint reads the whole body as sent (before any decoding),
// up to maxIdempotentBody, and puts it back for the handler behind the
// same limits limitBody set.
func readForFingerprint(w http.ResponseWriter, r *http.Request) ([]byte, error) {
	if r.Body == nil || r.Body == http.NoBody {
		return nil, nil
	}
	src := r.Body
	if b, ok := src.(limitedBody); ok {
		src = b.raw
	}
	over := ats.Errorf(ats.CodeBodyTooLarge, "The request body is larger than %d bytes, more than any route takes.", maxIdempotentBody)
	if r.ContentLength > maxIdempotentBody {
		return nil, over
	}
	body, err := io.ReadAll(io.LimitReader(src, maxIdempotentBody+1))
	switch {
	case err != nil:
		return nil, ats.Invalid("The request body could not be read.", ats.Detail{Field: "body", Problem: "could not be read"})
	case len(body) > maxIdempotentBody:
		return nil, over
	}
	r.Body = limitedBody{
		ReadCloser: http.MaxBytesReader(w, io.NopCloser(bytes.NewReader(body)), MaxBodyBytes),
		raw:        io.NopCloser(bytes.NewReader(body)),
	}
	return body, nil
}

// bufferedResponse keeps what a handler writes, to be kept and then sent.
type bufferedResponse struct {
	header http.Header
	status int
	body   bytes.Buffer
}

func (b *bufferedResponse) Header() http.Header { return b.header }

func (b *bufferedResponse) WriteHeader(code int) {
	if b.status == 0 {
		b.status = code
	}
}

func (b *bufferedResponse) Write(p []byte) (int, error) {
	if b.status == 0 {
		b.status = http.StatusOK
	}
	return b.body.Write(p)
}
