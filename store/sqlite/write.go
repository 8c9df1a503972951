package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/preview"
)

// CreateCandidate stores c and, when app is not nil, its application, in one
// transaction: a refused application leaves no candidate behind.
func (s *Store) CreateCandidate(ctx context.Context, c ats.Candidate, app *ats.Application) error {
	if app != nil && app.CandidateID != c.ID {
		return fmt.Errorf("sqlite: create candidate: application %s belongs to candidate %s, not %s", app.ID, app.CandidateID, c.ID)
	}
	args, err := candidateArgs(c)
	if err != nil {
		return fmt.Errorf("sqlite: create candidate: %w", err)
	}
	err = s.inWrite(ctx, func(tx *sql.Tx) error {
		if app != nil {
			if err := checkJobOpen(ctx, tx, app.JobID); err != nil {
				return err
			}
		}
		// The UNIQUE index on the folded email decides; the write lock held
		// since BEGIN IMMEDIATE makes the lookup of the winner race-free.
		res, err := tx.ExecContext(ctx, insertCandidate+` ON CONFLICT (email_fold) DO NOTHING`, args...)
		if err != nil {
			return err
		}
		if n, err := res.RowsAffected(); err != nil {
			return err
		} else if n == 0 {
			var existing string
			if err := tx.QueryRowContext(ctx, `SELECT id FROM candidates WHERE email_fold = ?`, ats.EmailKey(c.Email)).Scan(&existing); err != nil {
				return err
			}
			return preview.CandidateExists(existing)
		}
		if app != nil {
			if _, err := tx.ExecContext(ctx, insertApplication, applicationArgs(*app)...); err != nil {
				return err
			}
		}
		return nil
	})
	return failed(ctx, "create candidate", err)
}

// CreateApplication stores app when its candidate and open job exist and
// the candidate has not applied to the job yet.
func (s *Store) CreateApplication(ctx context.Context, app ats.Application) error {
	err := s.inWrite(ctx, func(tx *sql.Tx) error {
		var one int
		switch err := tx.QueryRowContext(ctx, `SELECT 1 FROM candidates WHERE id = ?`, app.CandidateID).Scan(&one); {
		case errors.Is(err, sql.ErrNoRows):
			return ats.NotFound("candidate", app.CandidateID)
		case err != nil:
			return err
		}
		if err := checkJobOpen(ctx, tx, app.JobID); err != nil {
			// An existing application is the more useful answer than the
			// job's state: the caller learns where the candidate already is.
			if ats.ErrorCode(err) == ats.CodeJobNotOpen {
				if existing, found, err := existingApplication(ctx, tx, app); err != nil {
					return err
				} else if found {
					return preview.ApplicationExists(existing)
				}
			}
			return err
		}
		res, err := tx.ExecContext(ctx, insertApplication+` ON CONFLICT (candidate_id, job_id) DO NOTHING`, applicationArgs(app)...)
		if err != nil {
			return err
		}
		if n, err := res.RowsAffected(); err != nil {
			return err
		} else if n == 0 {
			existing, _, err := existingApplication(ctx, tx, app)
			if err != nil {
				return err
			}
			return preview.ApplicationExists(existing)
		}
		return nil
	})
	return failed(ctx, "create application", err)
}

// checkJobOpen returns NOT_FOUND for an unknown job and JOB_NOT_OPEN for one
// that does not take applications.
func checkJobOpen(ctx context.Context, tx *sql.Tx, id string) error {
	var status string
	switch err := tx.QueryRowContext(ctx, `SELECT status FROM jobs WHERE id = ?`, id).Scan(&status); {
	case errors.Is(err, sql.ErrNoRows):
		return ats.NotFound("job", id)
	case err != nil:
		return err
	}
	if ats.JobStatus(status) != ats.JobOpen {
		return preview.JobNotOpen(id, ats.JobStatus(status))
	}
	return nil
}

// existingApplication finds the application of app's candidate to app's job.
func existingApplication(ctx context.Context, tx *sql.Tx, app ats.Application) (string, bool, error) {
	var id string
	err := tx.QueryRowContext(ctx, `SELECT id FROM applications WHERE candidate_id = ? AND job_id = ?`, app.CandidateID, app.JobID).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return "", false, nil
	}
	return id, err == nil, err
}

// failed is the error of operation op that failed with err (nil for nil),
// wrapped with op for the logs: the typed interruption when the call's
// context ended (see preview.Interrupted; database/sql answers with
// ctx.Err(), the driver with "interrupted"), typed errors as they are.
func failed(ctx context.Context, op string, err error) error {
	if err == nil {
		return nil
	}
	if e := preview.Interrupted(ctx, err); e != nil {
		err = e
	}
	return fmt.Errorf("sqlite: %s: %w", op, err)
}
