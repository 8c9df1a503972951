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
// # Pipeline stages
//
// The sandbox's stages, with their normalized kinds:
//
//	stage id             name             kind
//	stg_sourced          Sourced          sourced
//	stg_applied          Applied          applied
//	stg_phone_screen     Phone Screen     screening
//	stg_assessment       Assessment       assessment
//	stg_interview        Interview        interview
//	stg_final_interview  Final Interview  interview
//	stg_reference_check  Reference Check  other
//	stg_offer            Offer            offer
//	stg_hired            Hired            hired
//
// New applications start in Applied, active. An application is hired
// exactly when it is in Hired; rejected ones carry rejected_at, hired ones
// hired_at.
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
