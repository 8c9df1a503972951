// Package upstream is the HTTP client every live provider shares, and the
// kit a provider is built from. A provider package (ats/workable,
// ats/greenhouse, ats/lever) describes its API to a Client once, in a
// Config: its name, base URL, credentials, documented rate limit, rate
// headers and error bodies; it then keeps only its wire types (read with
// ats/wire), its mapping and its quirks. Every failure the Client returns
// is an *ats.Error.
//
// # The kit
//
// What every provider needs besides requests is here too, once:
//
//   - configuration: Options (the settings every provider's Config embeds),
//     ParseBaseURL, Redacted and Spaced for its variables;
//   - lists: Paging (the page-mode reach and the budgets of a walk, the
//     errors past them, CursorInvalid), Fingerprint, Mark, Seal and
//     Paging.Open for continuations, CloneQuery, Record with DecodeObject
//     and DecodeArray for list answers, EndsEarly, NotFoundAs;
//   - lookups: Lookup (values kept for a TTL, fetched once for concurrent
//     callers), Actor (the user writes act as), JobStates (JOB_NOT_OPEN,
//     a job's state kept for a minute), LookupFailed, and Flight under
//     them.
//
// Each walk (since_id, Link next, offset tokens) and each wire shape stays
// in its provider.
//
// # Requests
//
// One Client per provider and process: its rate gate and connection pool are
// shared by every request that goes through it. Each HTTP exchange is bounded
// by Config.Timeout inside the request's deadline; the waits of a request
// whose context has no deadline end within 30 s, about what API Gateway
// allows. GETs (and writes
// the Request marks Idempotent) are retried twice on 5xx and network errors,
// with capped exponential backoff and jitter, within the deadline; other
// writes are never retried after a failure, since they may have been applied.
// A 429 is waited out for every method (the provider refused without acting),
// up to three times, for as long as Retry-After says, else until the
// provider's reset header (at most one window), else with exponential
// backoff, as long as the wait ends before the deadline; otherwise the answer
// is UPSTREAM_RATE_LIMITED with RetryAfter, at once. A 401 makes Auth drop
// its credentials and the request is sent once more with fresh ones when Auth
// says that can help (a token source can; a static key cannot). A context
// that ends follows ats.Interrupted (deadline: UPSTREAM_TIMEOUT; cancelled:
// REQUEST_CANCELED), with a message that says whether the request was sent
// ("may have been applied") or not ("nothing was changed").
//
// # Rate gate
//
// The gate keeps the process within the provider's documented limit (see
// gate.go for the sliding window's reasoning): N requests per window for
// providers that count in windows (Workable, Greenhouse), or a token bucket
// for providers that document one (Lever). A reset header saying the budget
// is used up (by us or by another process sharing the credentials) pauses
// every request until then; a limit header (Greenhouse's X-RateLimit-Limit)
// resizes the window. A request that cannot get its turn before its deadline
// is told at once, with how long to wait; a request whose context has ended is
// not sent and takes no turn.
//
// # Hygiene
//
// Credentials go only to the base URL's host: redirects are not followed, and
// next-page links (Follow, NextLink for RFC 8288 Link headers) are followed
// only below the base URL. Logs and error causes carry the operation and the
// path, never the query string (it can hold an email) nor a credential. The
// provider's own messages are passed on with its credentials and email
// addresses redacted, control characters dropped and the length capped.
// Answers are read whole (so connections are reused) up to 16 MiB.
package upstream
