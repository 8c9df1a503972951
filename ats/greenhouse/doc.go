// Package greenhouse is atsbridge's live provider for Greenhouse, over the
// Harvest v3 API (https://harvest.greenhouse.io/v3, or ATS_BASE_URL) with
// OAuth2 client credentials. Harvest v1 and v2 were switched off on 31 Aug
// 2026; this package speaks v3 only.
//
// # Mapping
//
// A Greenhouse candidate is a person; an application is that person in one
// job. Ids are Greenhouse's integer ids as decimal strings.
//
//	atsbridge                      Greenhouse (Harvest v3)
//	---------                      -----------------------
//	Job.id                         job id
//	Job.title                      name
//	Job.status                     status: open, closed, draft (anything
//	                               else -> closed); never archived
//	Job.department                 the name of department_id, from
//	                               GET /v3/departments (cached 5 min)
//	Job.location.text              the location name of each of office_ids
//	                               (else the office's name), from
//	                               GET /v3/offices (cached 5 min), joined
//	                               with "; "
//	Job.location.city/region/      the first office's location name read
//	country                        as "City, Country" or "City, Region,
//	                               Country" (a one-part name fills only
//	                               the text)
//	Job.location.country_code      the ISO 3166 code of that country name
//	                               (ats/country), else null
//	Job.workplace                  null (Harvest has no such field)
//	Job.employment_type            custom field employment_type's value
//	Job.description                the content of the job's post (GET
//	                               /v3/job_posts?job_ids=; the first live
//	                               external post, else the first post);
//	                               GET /jobs/{id} only
//	Job.url / Job.apply_url        null / the post's absolute_url if sent
//	Job.created_at / updated_at    created_at / updated_at
//
//	Candidate.id                   candidate id
//	Candidate.first_name/last_name first_name / last_name
//	Candidate.name                 first_name + " " + last_name
//	Candidate.email / phone        the first email_addresses / phone_numbers
//	                               value
//	Candidate.headline             "title at company", or either alone
//	Candidate.source               null (Greenhouse keeps sources on
//	                               applications, as source ids)
//	Candidate.tags                 tags
//	Candidate.resume_url           null (GET /candidates/{id}/resume
//	                               redirects to the signed url)
//	Candidate.application_ids      ids of the candidate's candidate
//	                               applications (GET /v3/applications
//	                               ?candidate_ids=), prospects left out
//
//	Application.id                 application id
//	Application.candidate_id       candidate_id
//	Application.job_id             job_id
//	Application.stage.id / name    stage_id (else job_interview_stage_id) /
//	                               stage_name
//	Application.stage.kind         inferred (stagekind.go): from the stage
//	                               name's words, else from its place in the
//	                               job's pipeline (GET /v3/job_interview_
//	                               stages, cached 5 min); hired for a hired
//	                               application
//	Application.status             in_process -> active, hired -> hired,
//	                               rejected -> rejected, or withdrawn when
//	                               the rejection reason's type is "They
//	                               rejected us" (GET /v3/rejection_reasons,
//	                               cached 5 min); any other status -> active
//	Application.source             null (source_id only)
//	Application.applied_at         created_at
//	Application.rejected_at        rejected_at (rejected and withdrawn only)
//	Application.hired_at           hired_at when Greenhouse sends it, else
//	                               null (v3 documents none)
//	Application.updated_at         updated_at
//	raw (?include=raw)             Greenhouse's own JSON object
//
// Prospect applications (prospect: true, no job) and converted ones (a
// prospect record that became a candidate application, which is served
// itself) are not applications of atsbridge's: lists leave them out,
// application_ids too, and reading one by id is NOT_FOUND saying why.
//
// # Writes
//
// POST /candidates is POST /v3/candidates: with job_id the candidate and
// their application in one call (a nested application, which lands on the
// job's first stage), without it the candidate alone. Greenhouse requires a
// first and a last name, so a name of one word is refused (INPUT_INVALID)
// before anything is sent. Greenhouse accepts an email it already has;
// atsbridge looks it up first (GET /v3/candidates?email=) and answers
// CANDIDATE_EXISTS with the oldest such candidate's id, and serialises
// creates of one email within the process. POST /applications is POST
// /v3/applications, after checks that the candidate exists and has no
// application to the job (APPLICATION_EXISTS otherwise, whatever that
// application's status). Both refuse closed and draft jobs (JOB_NOT_OPEN;
// job states cached for a minute). A resume (file or resume_url) is an
// attachment of type resume on the new application (POST /v3/attachments,
// base64 content or the url, which Greenhouse fetches); Greenhouse keeps
// files on applications only, so a resume without job_id is refused first.
// Sources are source ids on Greenhouse, so source is not sent.
//
// Pipeline actions read the application first. Move sends from_stage_id
// (the stage just read: a move someone made meanwhile is refused by
// Greenhouse, not undone) and to_stage_id, checked against the job's
// stages; a move to the current stage writes nothing. Reject needs a
// rejection_reason_id (Greenhouse requires one) from GET
// /v3/rejection_reasons; the note goes as notes; rejection_email is sent
// only with notify_candidate, from GREENHOUSE_USER_ID. Restore is
// unreject. Move, reject and unreject answer 204, so the application is
// read again. Rejected and hired applications are APPLICATION_CLOSED to
// moves and rejects; a hired one cannot be restored.
//
// # Lists
//
// Greenhouse lists newest first (ids descending; no sort parameter), and
// so does atsbridge: a cursor walk neither skips nor repeats a record that
// existed when it began, and records created meanwhile, which sort before
// where the walk is, are not in it (walk again, or filter by
// created_after, to see them). Page mode counts from the newest record,
// so records created between two page requests shift later pages.
//
// A cursor page without filters of ours asks for per_page = limit and
// costs one call; its continuation is Greenhouse's Link next, followed
// unchanged and alone, and only below ATS_BASE_URL. Filters Greenhouse
// has go upstream: job status (one), department (as department_id, when
// the name is one department's), created_after as created_at=gt|T (else
// updated_after as updated_at=gt|T: Greenhouse refuses the two together),
// email, application status (one; active for in_process; rejected for
// withdrawn), job_ids, candidate_ids, prospect=false. Location, q, stage
// kinds, several statuses and the second time filter are ours: such a
// page reads upstream pages of 500, at most 5, and may end short with
// has_more; its continuation is the upstream page it ended in and the id
// of the last record looked at. Every filter is checked again on each
// record. candidates?job_id= reads the job's applications whole (500 a
// call, at most 10 calls) and the page's candidates by id (50 a call);
// with email or a time filter those calls too stop at 5 (page mode: 6,
// 300 candidates deep), and the page may end short with has_more.
// Page mode walks from the start and reaches the first 2500 records.
// Candidates cost one more call per 50 on the page (application_ids);
// applications whose stage names say no kind, one per 50 such jobs (their
// pipelines, cached); a page with rejected applications, the rejection
// reasons (cached). meta.total is never set: Greenhouse does not count.
//
// # Credentials, limits, errors
//
// Tokens come from GREENHOUSE_TOKEN_URL by client credentials (Basic
// client_id:client_secret, grant_type in the form body, sub =
// GREENHOUSE_USER_ID when set), are kept per process and renewed a tenth
// of their life (at most 5 minutes) before they expire, measured on
// Greenhouse's clock (expires_at in any ISO 8601 form less the answer's
// Date; else expires_in; else an hour). However many requests need a
// token, one token request is made. A 401 from the API drops the token and
// the request is sent once more with a new one; token errors are
// UPSTREAM_AUTH_FAILED with Greenhouse's words. The secret goes only to
// the token endpoint and the token only to the API, neither is ever
// logged or put in an error, and both are redacted from Greenhouse's
// messages.
//
// Requests go through the shared upstream client (ats/upstream): one rate
// gate per process of GREENHOUSE_RATE_LIMIT requests per 30 s (default 50,
// then whatever X-RateLimit-Limit announces unless the variable is set),
// X-RateLimit-Remaining 0 pausing every request until X-RateLimit-Reset,
// 429s waited out within the deadline (Retry-After), GETs retried twice on
// 5xx and network errors, writes never (Greenhouse has no idempotency key;
// the error says the write may have happened). 401 and 403 are
// UPSTREAM_AUTH_FAILED (scopes, site admin), 404 NOT_FOUND, 422
// UPSTREAM_REJECTED with Greenhouse's errors as details (and in the
// message), timeouts UPSTREAM_TIMEOUT, 5xx and malformed answers
// UPSTREAM_UNAVAILABLE.
package greenhouse
