// Package preview is the sandbox ATS served when no provider credentials
// are configured ("preview mode"). It behaves like a real ATS: a realistic
// seeded dataset, validation, uniqueness rules and job states, persisted
// through a Store (SQLite locally, DynamoDB in the cloud, memory in tests).
//
// ID formats follow the seed: jobs "job_063", candidates "cand_001",
// applications "app_0001". New records continue the sequences.
//
// # Seed
//
// SeedData is generated from a fixed PCG seed with integer arithmetic only,
// so it is identical on every run and machine: Fernwood, a fictional
// software company, with 130 jobs (about 70% open; job_063 is open) in 11
// departments and 24 locations (21 cities, 3 remote regions), 320
// candidates at example.com and example.org, and 871 applications, all
// dated in the year before SeedEpoch. Ids follow creation time, so lists in (created_at, id) order
// read job_001, job_002, ... Some candidates have no application, and
// cand_001 has none to job_063, so the README's examples work on a fresh
// sandbox.
//
// # Pipelines and reasons
//
// Every job has a pipeline of 7 or 8 stages from Sourced to Hired, chosen
// by its team as a template would be (pipelines.go), so teams name their
// stages their own way:
//
//	template      jobs                        its own stages
//	engineering   Engineering                 Recruiter Screen, Take-home, Technical Interview
//	design        Design                      Portfolio Review
//	analytical    Data, Product               Case Study
//	commercial    Sales, Customer Success     Reference Check (kind other)
//	short         internships, temporary      (7 stages: one interview)
//	standard      every other team            Phone Screen, Assessment, Interview, Final Interview
//
// Every pipeline has Sourced, Applied, Offer and Hired; stage ids (stg_*)
// are shared by the templates a stage is in, so a stage of one job may not
// be one of another. New applications start in Applied, active. An
// application is hired exactly when it is in Hired; rejected and withdrawn
// ones carry rejected_at, hired ones hired_at. The seed places
// applications in stages of their own job's pipeline. Ten rejection
// reasons (rsn_*) cover the kinds rejected, withdrawn and other.
//
// # Pipeline actions
//
// actions.go holds the rules of moves, rejections and restores (those of
// ats.Provider); the Store applies each as one atomic step
// (UpdateApplication), so they hold under concurrent requests on every
// store. A reason is optional; a reason of kind withdrawn records a
// withdrawal. The sandbox keeps neither the reason nor the note (the
// application has no field for them), and sends no email, so
// notify_candidate is NOT_SUPPORTED. An action is dated by the clock in
// whole seconds, a second after the application's previous change when
// the clock has not moved on, and (SQLite, memory) never before the latest
// change already stored, so changes are dated in the order they commit.
//
// # Rules
//
// The Sandbox derives names (a single name splits at its first space:
// "Ana María López" is first "Ana", last "María López") and timestamps
// (UTC, whole seconds); the Store numbers new records from the seed's
// sequences and enforces uniqueness of emails (compared case-insensitively)
// and of (candidate, job) pairs, and that applications go to existing, open
// jobs, atomically. Job lists leave out descriptions;
// the job detail has them. With IncludeRaw, raw is the record as the
// sandbox holds it, since the sandbox has no dialect of its own.
package preview
