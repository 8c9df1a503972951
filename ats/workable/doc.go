// Package workable is atsbridge's live provider for Workable, over the SPI
// v3 API (https://{company}.workable.com/spi/v3, or ATS_BASE_URL).
//
// # Mapping
//
// A Workable candidate record is one person in one job: it is both an
// atsbridge Candidate (the person's fields) and an Application (the job,
// stage and outcome), with the same id. A person in two jobs is two
// records, linked in Workable by copying (POST /applications).
//
//	atsbridge                      Workable
//	---------                      --------
//	Job.id                         job shortcode (not its internal id)
//	Job.title                      title
//	Job.status                     state: published -> open, closed -> closed,
//	                               draft -> draft, archived -> archived
//	                               (any other state -> closed)
//	Job.department                 department
//	Job.location.text              location.location_str (else "city, country")
//	Job.location.city/country      location.city / location.country
//	Job.location.region            location.region, else location.region_code
//	Job.location.country_code      location.country_code
//	Job.workplace                  workplace_type (root, else location's):
//	                               on_site / hybrid / remote; telecommuting
//	                               without a type -> remote
//	Job.employment_type            employment_type (GET /jobs/{id} only;
//	                               null in lists, which do not carry it)
//	Job.description                full_description, else description
//	                               (GET /jobs/{id} only)
//	Job.url / Job.apply_url        url / application_url
//	Job.created_at / updated_at    created_at / updated_at (UTC)
//
//	Candidate.id                   candidate id (hex string)
//	Candidate.first_name/last_name firstname / lastname (else split name)
//	Candidate.name/email/phone     name / email / phone
//	Candidate.headline             headline
//	Candidate.source               common_source, else domain
//	Candidate.tags / resume_url    tags / resume_url (single reads only;
//	                               [] and null in lists)
//	Candidate.application_ids      [id]; [] for a talent-pool record (no job)
//
//	Application.id, candidate_id   candidate id (the record is both)
//	Application.job_id             job.shortcode
//	Application.stage.name         stage (Workable answers the stage name)
//	Application.stage.id           the name as a slug ("Phone Screen" ->
//	                               "phone-screen"), Workable's default slugs
//	Application.stage.kind         stage_kind: sourced, applied,
//	                               phone-screen -> screening, assessment,
//	                               interview, offer, hired; other -> other
//	Application.status             withdrew -> withdrawn, disqualified ->
//	                               rejected, hired_at set or kind hired ->
//	                               hired, else active
//	Application.applied_at         created_at
//	Application.rejected_at        disqualified_at (single reads only)
//	Application.hired_at           hired_at
//	raw (?include=raw)             Workable's own JSON object of the record
//
// Writes: POST /candidates with job_id is POST /jobs/{shortcode}/candidates
// with "sourced": false at the root (the person applied; Workable's v3
// default would file them as sourced and send no confirmation), without
// job_id POST /talent_pool/candidates; name, firstname/lastname, email,
// phone, headline, tags, resume_url are passed, source as domain. POST
// /applications is POST /candidates/{id}/copy with target_job_shortcode and
// member_id (WORKABLE_MEMBER_ID, else the first active admin of GET
// /members, looked up once; if the token may not list members, the error
// says to set WORKABLE_MEMBER_ID). Any 2xx answer is success (200 is on
// record for creates, 201 is not); an answer without the new record is
// made good by looking it up by email in the job, never reported as a
// failure that would invite a duplicate write. Both check first that the
// job is published (JOB_NOT_OPEN otherwise; states cached for a minute):
// atsbridge's
// contract refuses applications to jobs that are not open, whatever Workable
// would do with them (undocumented). Workable's 422 "already
// exists" (and any 409) becomes 409 CANDIDATE_EXISTS / APPLICATION_EXISTS,
// with the existing record's id in details when one lookup finds it.
//
// # Pipeline actions
//
//	atsbridge                      Workable
//	---------                      --------
//	GET /jobs/{id}/stages          GET /jobs/{shortcode}/stages: id = slug,
//	                               name, kind (stage kind mapping above),
//	                               in position order
//	GET /rejection_reasons         GET /disqualification_reasons: id,
//	                               name = description, kind withdrawn when
//	                               candidate_withdrew, else rejected
//	move                           POST /candidates/{id}/move {member_id,
//	                               target_stage: slug}
//	reject                         POST /candidates/{id}/disqualify
//	                               {member_id, disqualify_reason_id,
//	                               disqualify_note, withdrew: the reason's kind
//	                               is withdrawn}
//	restore                        POST /candidates/{id}/revert {member_id}
//
// Stages (per job) and reasons are cached for 5 minutes (pipelineTTL); a
// stage or reason the cache lacks is asked for again before the request
// is refused. Each action reads the record first (NOT_FOUND, a talent-pool
// record is no application, APPLICATION_CLOSED for disqualified and hired
// ones, the stage it is in already: no write), acts as the member writes
// act as (see Writes), and reads the record again, since Workable answers
// 200 without it. A reason is optional; a note is at most 256 characters
// (Workable's limit: INPUT_INVALID on note beyond). Workable's API sends
// the candidate nothing on a disqualification and cannot be asked to, so
// notify_candidate is NOT_SUPPORTED; a move may trigger the account's own
// stage automations (emails included), which the API cannot turn off.
// Workable has no guard for its actions, so an action racing another on
// the same record lands after it; Workable keeps a disqualified record
// disqualified when it is moved. Its updated_at has whole seconds: two
// actions on one record within a second carry the same time.
//
// # Lists
//
// Workable pages by since_id (inclusive; ids ascending) and at most 100
// records a call. atsbridge's continuation is the since_id of the first
// record not yet returned, so walks neither lose nor repeat records; the
// router signs it together with a fingerprint of the filters. A cursor page
// without filters of ours is one upstream call (limit+1 records, the extra
// one only telling whether more exist). Filters Workable lacks are applied
// here while the page fills: for jobs department (case-insensitive equal),
// location (equal to the location text, city or country, never the country code) and
// q (case-insensitive part of the title), and several statuses at once
// (one goes upstream as state); for applications statuses, and stage kinds
// unless exactly one of the account's stages (GET /stages, cached 5 min)
// has the kind asked for, whose slug then goes upstream (if /stages is
// refused, kinds are filtered here, and the refusal is remembered for the
// cache's lifetime). Applications are always filtered here, since the
// talent pool's people (in no job) come in the same upstream list. Such a
// page reads up to 5 upstream pages of 100; a page that is still short
// then says has_more with a cursor to continue, and a full page looks up
// to 3 pages further for the next match, so that has_more is exact.
// Every filter, upstream or not, is checked again on each record, since
// paging.next need not repeat the filters (the recorded link has only
// limit and since_id). applications?candidate_id=X is one read of record
// X. Page mode (?page=N) has no upstream counterpart and walks from the
// start, so it reaches the first 1000 records (page*limit <= 1000), and
// with filters of ours the matches among the first 1100; beyond, use the
// cursor. meta.total is never set: Workable does not count. Time filters
// go upstream in whole seconds and are also checked here as strictly
// after.
// paging.next is resolved against the page it came with (a relative link
// is on ATS_BASE_URL's host; dot segments are removed) and followed only
// below ATS_BASE_URL (same scheme, host and path), so the token is never
// sent anywhere else; redirects are not followed either. A 404 on a list every account has
// (GET /jobs, GET /candidates) means the configuration points at no
// account and is 502 UPSTREAM_UNAVAILABLE naming WORKABLE_COMPANY and
// ATS_BASE_URL; a list scoped to a job Workable does not know is empty.
//
// # Limits, retries, errors
//
// The request loop, the rate gate, redaction and the mapping of answers to
// typed errors are the shared client's (ats/upstream); what Workable adds
// is its limit, its headers, its error body and its hints. One Client per
// process: all its requests share one limiter of WORKABLE_RATE_LIMIT
// requests (default 10) per 10 s. It holds N slots, each free again one
// window after its answer arrived, so that no window of Workable's ever sees
// more than N of our requests; X-Rate-Limit-Remaining 0 pauses every request
// until X-Rate-Limit-Reset. A request that cannot get a slot, or whose 429
// wait (Retry-After, else the reset, else an exponential backoff) would
// outlast its deadline (or 30 s without one), fails at once with
// UPSTREAM_RATE_LIMITED and Retry-After; nothing was sent then, and a request
// whose context has already ended is not sent and takes no slot. Waiting for
// another request's lookup (members, stages, a job's state) also ends at the
// caller's deadline, and concurrent requests share one lookup. GETs are
// retried twice on 5xx and network errors with capped exponential backoff
// and jitter, within the deadline; writes are never retried after a failure
// (they may have happened), only after a 429, which Workable answers without
// acting. Each upstream exchange is bounded by Config.Timeout (10 s) and the
// caller's deadline.
//
//	Workable answer                 atsbridge
//	401, 403                        502 UPSTREAM_AUTH_FAILED, Workable's message
//	404, 410                        404 NOT_FOUND, naming the resource
//	                                (a list's 404: 502, see Lists)
//	422                             422 UPSTREAM_REJECTED, validation_errors as details
//	                                (409 *_EXISTS for "already exists")
//	409 on a create or copy         409 CANDIDATE_EXISTS / APPLICATION_EXISTS
//	other 4xx (400, 409 elsewhere)  422 UPSTREAM_REJECTED, Workable's message
//	429 past the deadline           503 UPSTREAM_RATE_LIMITED + Retry-After
//	5xx, 3xx, network, bad JSON     502 UPSTREAM_UNAVAILABLE (an HTML page
//	                                from a proxy: its status text only)
//	504, timeout, deadline          504 UPSTREAM_TIMEOUT
//	the caller hung up              499 REQUEST_CANCELED (logged only)
//
// The token goes only into the Authorization header: messages, logs and
// error causes carry the operation and path, never the token or the query
// string (which can hold an email), and Workable's own messages are passed
// on with the token and email addresses redacted. Continuations leave the
// list's filters out (they travel in URLs), and the Client prints as its
// base URL in every fmt verb.
package workable
