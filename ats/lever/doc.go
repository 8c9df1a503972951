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
package lever
