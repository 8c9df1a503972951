package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"
)

// migrations are the schema steps in order; migrations[i] takes the schema
// from version i to i+1. Steps are only ever appended, so any file written
// by an earlier version is brought up to date at open.
//
// Timestamps are unix nanoseconds (INTEGER), so ordering and strict
// "after" filters are exact to the nanosecond. The *_fold columns hold the
// Go-lower-cased value that case-insensitive filters and the email
// uniqueness compare: SQLite's own lower() and NOCASE fold ASCII only, and
// "ZÜRICH" must find "Zürich".
var migrations = []string{
	`
CREATE TABLE jobs (
	id                 TEXT PRIMARY KEY,
	title              TEXT NOT NULL,
	title_fold         TEXT NOT NULL,
	status             TEXT NOT NULL,
	department         TEXT,
	department_fold    TEXT,
	location_text      TEXT NOT NULL,
	location_text_fold TEXT NOT NULL,
	city               TEXT,
	city_fold          TEXT,
	region             TEXT,
	country            TEXT,
	country_fold       TEXT,
	country_code       TEXT,
	workplace          TEXT,
	employment_type    TEXT,
	description        TEXT,
	url                TEXT,
	apply_url          TEXT,
	created_at         INTEGER NOT NULL,
	updated_at         INTEGER NOT NULL
) STRICT;
CREATE INDEX jobs_order         ON jobs (created_at, id);
CREATE INDEX jobs_status        ON jobs (status, created_at, id);
CREATE INDEX jobs_department    ON jobs (department_fold);
CREATE INDEX jobs_location_text ON jobs (location_text_fold);
CREATE INDEX jobs_city          ON jobs (city_fold);
CREATE INDEX jobs_country       ON jobs (country_fold);
CREATE INDEX jobs_updated       ON jobs (updated_at);

CREATE TABLE candidates (
	id         TEXT PRIMARY KEY,
	first_name TEXT NOT NULL,
	last_name  TEXT NOT NULL,
	name       TEXT NOT NULL,
	email      TEXT NOT NULL,
	email_fold TEXT NOT NULL,
	phone      TEXT,
	headline   TEXT,
	source     TEXT,
	tags       TEXT NOT NULL, -- JSON array of strings
	resume_url TEXT,
	created_at INTEGER NOT NULL,
	updated_at INTEGER NOT NULL
) STRICT;
CREATE UNIQUE INDEX candidates_email ON candidates (email_fold);
CREATE INDEX candidates_order        ON candidates (created_at, id);
CREATE INDEX candidates_updated      ON candidates (updated_at);

CREATE TABLE applications (
	id           TEXT PRIMARY KEY,
	candidate_id TEXT NOT NULL REFERENCES candidates (id),
	job_id       TEXT NOT NULL REFERENCES jobs (id),
	stage_id     TEXT NOT NULL,
	stage_name   TEXT NOT NULL,
	stage_kind   TEXT NOT NULL,
	status       TEXT NOT NULL,
	source       TEXT,
	applied_at   INTEGER NOT NULL,
	rejected_at  INTEGER,
	hired_at     INTEGER,
	updated_at   INTEGER NOT NULL
) STRICT;
CREATE UNIQUE INDEX applications_pair ON applications (candidate_id, job_id);
CREATE INDEX applications_order       ON applications (applied_at, id);
CREATE INDEX applications_candidate   ON applications (candidate_id, applied_at, id);
CREATE INDEX applications_job         ON applications (job_id, applied_at, id);
CREATE INDEX applications_stage       ON applications (stage_kind);
CREATE INDEX applications_status      ON applications (status);
CREATE INDEX applications_updated     ON applications (updated_at);

CREATE TABLE sequences (
	name  TEXT PRIMARY KEY,
	value INTEGER NOT NULL
) STRICT;
`,
	// Version 2: ids order as numbers (idOrder), so the list-order indexes
	// hold length(id) before id. jobs_department is rebuilt after
	// jobs_status, keeping their order of creation: without statistics
	// SQLite breaks the tie between the two for a count filtered by status
	// and department by that order, and the department index is the one
	// that reads fewer rows (TestListQueriesReadIndexOrder).
	`
DROP INDEX jobs_order;
DROP INDEX jobs_status;
DROP INDEX candidates_order;
DROP INDEX applications_order;
DROP INDEX applications_candidate;
DROP INDEX applications_job;
CREATE INDEX jobs_order             ON jobs (created_at, length(id), id);
CREATE INDEX jobs_status            ON jobs (status, created_at, length(id), id);
DROP INDEX jobs_department;
CREATE INDEX jobs_department        ON jobs (department_fold);
CREATE INDEX candidates_order       ON candidates (created_at, length(id), id);
CREATE INDEX applications_order     ON applications (applied_at, length(id), id);
CREATE INDEX applications_candidate ON applications (candidate_id, applied_at, length(id), id);
CREATE INDEX applications_job       ON applications (job_id, applied_at, length(id), id);
`,
	// Version 3: what the caller layer keeps (callers.go). Keys hold only
	// their hash; windows and idempotency records carry the time after
	// which they are deleted (expires_at, unix nanoseconds).
	`
CREATE TABLE api_keys (
	id           TEXT PRIMARY KEY,
	name         TEXT NOT NULL,
	prefix       TEXT NOT NULL,
	hash         TEXT NOT NULL UNIQUE,
	scope        TEXT NOT NULL,
	rate         TEXT NOT NULL, -- caller.Rate as N/unit, '' for the default
	created_at   INTEGER NOT NULL,
	last_used_at INTEGER,
	revoked_at   INTEGER
) STRICT;

CREATE TABLE rate_windows (
	key_id     TEXT NOT NULL,
	start      INTEGER NOT NULL,
	per        INTEGER NOT NULL,
	n          INTEGER NOT NULL,
	expires_at INTEGER NOT NULL,
	PRIMARY KEY (key_id, start, per)
) STRICT, WITHOUT ROWID;
CREATE INDEX rate_windows_expiry ON rate_windows (expires_at);

CREATE TABLE idempotency (
	caller      TEXT NOT NULL,
	key         TEXT NOT NULL,
	fingerprint TEXT NOT NULL,
	token       TEXT NOT NULL,
	done        INTEGER NOT NULL,
	lease_until INTEGER NOT NULL,
	expires_at  INTEGER NOT NULL,
	status      INTEGER NOT NULL,
	header      TEXT NOT NULL, -- JSON object of the response headers
	body        BLOB NOT NULL,
	PRIMARY KEY (caller, key)
) STRICT;
CREATE INDEX idempotency_expiry ON idempotency (expires_at);
`,
	// Version 4: a version per resource, counted by triggers in the
	// transaction of every change to its tables, whoever writes (see
	// versions.go). A candidate's reads show its application ids (in
	// applied_at order) and filter by the jobs applied to, so an
	// application that comes, goes, or changes one of those columns counts
	// for candidates too; a move in the pipeline does not.
	`
CREATE TABLE versions (
	resource TEXT PRIMARY KEY,
	n        INTEGER NOT NULL
) STRICT;
INSERT INTO versions (resource, n) VALUES ('job', 1), ('candidate', 1), ('application', 1);
CREATE TRIGGER jobs_inserted AFTER INSERT ON jobs BEGIN
	UPDATE versions SET n = n + 1 WHERE resource = 'job'; END;
CREATE TRIGGER jobs_updated AFTER UPDATE ON jobs BEGIN
	UPDATE versions SET n = n + 1 WHERE resource = 'job'; END;
CREATE TRIGGER jobs_deleted AFTER DELETE ON jobs BEGIN
	UPDATE versions SET n = n + 1 WHERE resource = 'job'; END;
CREATE TRIGGER candidates_inserted AFTER INSERT ON candidates BEGIN
	UPDATE versions SET n = n + 1 WHERE resource = 'candidate'; END;
CREATE TRIGGER candidates_updated AFTER UPDATE ON candidates BEGIN
	UPDATE versions SET n = n + 1 WHERE resource = 'candidate'; END;
CREATE TRIGGER candidates_deleted AFTER DELETE ON candidates BEGIN
	UPDATE versions SET n = n + 1 WHERE resource = 'candidate'; END;
CREATE TRIGGER applications_inserted AFTER INSERT ON applications BEGIN
	UPDATE versions SET n = n + 1 WHERE resource IN ('application', 'candidate'); END;
CREATE TRIGGER applications_updated AFTER UPDATE ON applications BEGIN
	UPDATE versions SET n = n + 1 WHERE resource = 'application'; END;
CREATE TRIGGER applications_moved AFTER UPDATE ON applications
	WHEN OLD.id IS NOT NEW.id OR OLD.candidate_id IS NOT NEW.candidate_id
		OR OLD.job_id IS NOT NEW.job_id OR OLD.applied_at IS NOT NEW.applied_at BEGIN
	UPDATE versions SET n = n + 1 WHERE resource = 'candidate'; END;
CREATE TRIGGER applications_deleted AFTER DELETE ON applications BEGIN
	UPDATE versions SET n = n + 1 WHERE resource IN ('application', 'candidate'); END;
`,
}

// The meta table's keys.
const (
	metaSchemaVersion = "schema_version"
	metaSeeded        = "seeded_at" // present once Seed has committed
)

// migrate brings the schema to the newest version in one write
// transaction, so two processes opening a new file at once create it once.
func migrate(ctx context.Context, db *sql.DB) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	defer func() { _ = tx.Rollback() }()
	if _, err := tx.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT`); err != nil {
		return fmt.Errorf("migrate: create meta table: %w", err)
	}
	version := 0
	var v string
	switch err := tx.QueryRowContext(ctx, `SELECT value FROM meta WHERE key = ?`, metaSchemaVersion).Scan(&v); {
	case errors.Is(err, sql.ErrNoRows):
	case err != nil:
		return fmt.Errorf("migrate: read schema version: %w", err)
	default:
		if version, err = strconv.Atoi(v); err != nil {
			return fmt.Errorf("migrate: schema version %q is not a number", v)
		}
	}
	if version > len(migrations) {
		return fmt.Errorf("migrate: the file has schema version %d, newer than this build's %d; use a newer atsbridge or another DATA_DIR", version, len(migrations))
	}
	for i := version; i < len(migrations); i++ {
		if _, err := tx.ExecContext(ctx, migrations[i]); err != nil {
			return fmt.Errorf("migrate: to version %d: %w", i+1, err)
		}
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
		metaSchemaVersion, strconv.Itoa(len(migrations))); err != nil {
		return fmt.Errorf("migrate: write schema version: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("migrate: commit: %w", err)
	}
	return nil
}
