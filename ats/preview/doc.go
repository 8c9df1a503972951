// Package preview is the sandbox ATS served when no provider credentials
// are configured ("preview mode"). It behaves like a real ATS: a realistic
// seeded dataset, validation, uniqueness rules and job states, persisted
// through a Store (SQLite locally, DynamoDB in the cloud, memory in tests).
//
// ID formats follow the seed: jobs "job_063", candidates "cand_001",
// applications "app_0001". New records continue the sequences.
package preview
