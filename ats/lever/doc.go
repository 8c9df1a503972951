// Package lever is atsbridge's live provider for Lever, over the API v1
// (https://api.lever.co/v1, or ATS_BASE_URL).
//
// # Mapping
//
// Lever's unit is the opportunity: one candidacy of one person. The person
// is the opportunity's contact, shared by all their opportunities (Lever
// files opportunities under one contact per email address). atsbridge
// serves the contact as the Candidate (its id is the contact id) and each
// opportunity on a posting as an Application (its id is the opportunity
// id). An opportunity without a posting (a general lead) is part of the
// person, not an application. Lever has no per-job pipelines: the
// account's stages (GET /stages) are every posting's pipeline, and hired
// and rejected are archive states, not stages.
//
//	atsbridge                      Lever
//	---------                      -----
//	Job.id                         posting id
//	Job.title                      text
//	Job.status                     state: published, internal -> open;
//	                               closed -> closed; draft, pending ->
//	                               draft; rejected (approval refused) ->
//	                               archived; any other -> closed
//	Job.department                 categories.department, else .team
//	Job.location.text              categories.location (else allLocations
//	                               joined with "; ")
//	Job.location.city              the part of categories.location before
//	                               its first comma; region, country null
//	Job.location.country_code      country
//	Job.workplace                  workplaceType: on-site -> on_site,
//	                               hybrid, remote; unspecified -> null
//	Job.employment_type            categories.commitment
//	Job.description                content: descriptionHtml, each list under
//	                               its heading, closingHtml (single reads)
//	Job.url / Job.apply_url        urls.show / urls.apply
//	Job.created_at / updated_at    createdAt / updatedAt (epoch ms -> UTC)
//
//	Candidate.id                   contact id
//	Candidate.name, first/last     name (first word / the rest)
//	Candidate.email / phone        first of emails / of phones
//	Candidate.headline             headline
//	Candidate.source               first source of the oldest opportunity
//	Candidate.tags                 tags of every opportunity, once each
//	Candidate.resume_url           null (Lever's resume links need the key;
//	                               use GET /candidates/{id}/resume)
//	Candidate.application_ids      ids of the contact's opportunities on a
//	                               posting, oldest first
//	Candidate.created_at           createdAt of the oldest opportunity
//	Candidate.updated_at           the latest updatedAt of any
//
//	Application.id                 opportunity id
//	Application.candidate_id       contact
//	Application.job_id             posting of the opportunity's first
//	                               application (read with
//	                               expand=applications)
//	Application.stage.id / name    stage / its text from GET /stages
//	Application.stage.kind         lead-* -> sourced, applicant-new ->
//	                               applied, offer -> offer; else from the
//	                               name's words (see stageKind); other
//	Application.status             archived null -> active; archive reason
//	                               of type hired -> hired; a non-hired
//	                               reason naming a withdrawal or a
//	                               declined offer -> withdrawn; any other
//	                               -> rejected
//	Application.rejected_at        archived.archivedAt (rejected, withdrawn)
//	Application.hired_at           archived.archivedAt (hired)
//	Application.source             first of sources
//	Application.applied_at         createdAt
//	Application.updated_at         updatedAt
//	raw (?include=raw)             Lever's object; for a candidate
//	                               {"contact": id, "opportunities": [...]}
//
//	RejectionReason                active archive reasons of type non-hired:
//	                               kind withdrawn (withdrew, declined),
//	                               other (named Other), else rejected
//
// # Writes
//
// Every write acts as LEVER_USER_ID (perform_as), or else as the first
// active admin of GET /users, looked up once. POST /candidates is POST
// /opportunities: with a job_id on that posting (origin applied, stage
// applicant-new when the account has it), without one a general lead
// (origin sourced). Lever files people by email under one contact and
// atsbridge serves a contact as one candidate, so an email Lever knows
// (one lookup by email first) is CANDIDATE_EXISTS with the contact's id;
// POST /applications then adds an opportunity for that contact on another
// posting (APPLICATION_EXISTS when it has one there already). Both refuse
// postings that are not open (JOB_NOT_OPEN; states cached for a minute):
// Lever itself takes opportunities on any posting. A resume goes with the
// create as Lever's multipart form (resumeFile, parse=true when asked);
// since that field name is unconfirmed, the new opportunity's resumes are
// checked, and a resume Lever did not keep is uploaded as a file. Moves,
// rejections (archive with a non-hired reason, which Lever requires) and
// restores (unarchive) read the opportunity first, refuse archived ones
// (APPLICATION_CLOSED), write nothing when there is nothing to do, and
// answer the opportunity as Lever returns it.
//
// # Lists
//
// Lever pages by an opaque offset token that must come back with the limit
// it was issued for. atsbridge's continuation holds the token as Lever
// sent it, that limit, and how many records of its page were served; the
// token is decoded once before the query is encoded, so it reaches Lever
// as Lever wrote it, never encoded twice. hasNext without next is the end.
// A page without filters of ours asks Lever for exactly limit records:
// one call, and Lever's hasNext is ours. Filters Lever lacks are applied
// here over pages of 100, at most 5 per page of ours; a page that fills
// reads on for one more match, so has_more is exact unless the 5 calls run
// out first (then a short page says has_more). Page mode walks from the
// start and reaches 1000 records. Time filters go upstream in epoch
// milliseconds and are checked here again, strictly after. Confidential
// postings and opportunities are asked for (confidentiality=all) and come
// when the key may see them; should Lever refuse the list to the key
// instead (unconfirmed), it is asked again without, and from then on.
//
// Candidates walk opportunities and serve each contact once, at its first
// opportunity in Lever's order, with all the contact's opportunities read
// by one more call (contact_id filters, 50 a call; whether Lever takes
// several at once is unconfirmed, so a contact the answer leaves out is
// asked for alone). Only email goes upstream: a filter on opportunities
// would place a person at their first matching opportunity and break the
// order a filtered list shares with the unfiltered one.
//
// # Limits, retries, errors
//
// The shared upstream client keeps one token bucket per process: 10
// requests a second (LEVER_RATE_LIMIT), bursts of half Lever's 20, since
// a burst's first requests open connections and can reach Lever late,
// bunched with later ones (see settings.rate). Lever sends no rate headers
// and perhaps no Retry-After: a 429 is waited out with exponential
// backoff within the request's deadline, else UPSTREAM_RATE_LIMITED. GETs
// are retried on 5xx and network errors; writes are not (Lever has no
// idempotency key), except after a 429. Lever's {"code", "message"} error
// bodies give the message: 401 and 403 are UPSTREAM_AUTH_FAILED, 404
// NOT_FOUND naming the resource, other 4xx UPSTREAM_REJECTED, 5xx and
// malformed answers UPSTREAM_UNAVAILABLE, timeouts UPSTREAM_TIMEOUT.
package lever
