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
//	                               the text); country_code null
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
package greenhouse
