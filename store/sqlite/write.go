package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/preview"
)

// CreateCandidate numbers and stores c and, when app is not nil, its
// application, in one transaction: a refused application leaves no
// candidate behind, and a refused write uses up no number. Inside the
// transaction (which holds the file's write lock) the records take the
// next numbers of their sequences and are dated no earlier than the latest
// of their lists, so they land after every record committed before them.
//
// attach runs inside the transaction, once the candidate is numbered and
// its email is known to be free, before the rows are written; when the
// transaction then fails (rolled back, its number given back), attach's
// undo runs.
func (s *Store) CreateCandidate(ctx context.Context, c *ats.Candidate, app *ats.Application, attach preview.Attach) error {
	nc := *c
	var na *ats.Application
	if app != nil {
		a := *app
		na = &a
	}
	var undo func(context.Context) error
	err := s.inWrite(ctx, func(tx *sql.Tx) error {
		if na != nil {
			if err := checkJobOpen(ctx, tx, na.JobID); err != nil {
				return err
			}
		}
		latest, err := latestCreated(ctx, tx, na != nil)
		if err != nil {
			return err
		}
		preview.NotBefore(latest, &nc, na)
		if nc.ID, err = nextID(ctx, tx, preview.SeqCandidate); err != nil {
			return err
		}
		if attach != nil {
			// The email first: a refused create should not write a file.
			if existing, err := candidateWithEmail(ctx, tx, nc.Email); err != nil {
				return err
			} else if existing != "" {
				return preview.CandidateExists(existing)
			}
			if undo, err = attach(ctx, &nc); err != nil {
				return err
			}
		}
		args, err := candidateArgs(nc)
		if err != nil {
			return err
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
			existing, err := candidateWithEmail(ctx, tx, nc.Email)
			if err != nil {
				return err
			}
			return preview.CandidateExists(existing)
		}
		if na != nil {
			na.CandidateID = nc.ID
			if na.ID, err = nextID(ctx, tx, preview.SeqApplication); err != nil {
				return err
			}
			if _, err := tx.ExecContext(ctx, insertApplication, applicationArgs(*na)...); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil && undo != nil {
		err = errors.Join(err, undoAttach(ctx, undo))
	}
	if err != nil {
		return failed(ctx, "create candidate", err)
	}
	*c = nc
	if app != nil {
		*app = *na
	}
	return nil
}

// undoTimeout bounds the undoing of an Attach after a failed create.
const undoTimeout = 10 * time.Second

// undoAttach runs an Attach's undo on a context of its own: the request
// that failed may have ended already, and its file must not stay behind.
func undoAttach(ctx context.Context, undo func(context.Context) error) error {
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), undoTimeout)
	defer cancel()
	if err := undo(ctx); err != nil {
		return fmt.Errorf("undo: %w", err)
	}
	return nil
}

// candidateWithEmail is the id of the candidate with this email, or "".
func candidateWithEmail(ctx context.Context, tx *sql.Tx, email string) (string, error) {
	var id string
	err := tx.QueryRowContext(ctx, `SELECT id FROM candidates WHERE email_fold = ?`, ats.EmailKey(email)).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	return id, err
}

// SetResumeURL sets a candidate's resume_url and moves its updated_at on,
// in one write transaction.
func (s *Store) SetResumeURL(ctx context.Context, id string, url *string, at time.Time) (ats.Candidate, error) {
	err := s.inWrite(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `UPDATE candidates SET resume_url = ?, updated_at = max(updated_at, ?) WHERE id = ?`,
			url, nanos(at), id)
		if err != nil {
			return err
		}
		if n, err := res.RowsAffected(); err != nil {
			return err
		} else if n == 0 {
			return ats.NotFound("candidate", id)
		}
		return nil
	})
	if err != nil {
		return ats.Candidate{}, failed(ctx, "set resume url", err)
	}
	return s.Candidate(ctx, id)
}

// CreateApplication numbers and stores app when its candidate and open job
// exist and the candidate has not applied to the job yet, dated as
// CreateCandidate dates an application.
func (s *Store) CreateApplication(ctx context.Context, app *ats.Application) error {
	na := *app
	err := s.inWrite(ctx, func(tx *sql.Tx) error {
		var one int
		switch err := tx.QueryRowContext(ctx, `SELECT 1 FROM candidates WHERE id = ?`, na.CandidateID).Scan(&one); {
		case errors.Is(err, sql.ErrNoRows):
			return ats.NotFound("candidate", na.CandidateID)
		case err != nil:
			return err
		}
		if err := checkJobOpen(ctx, tx, na.JobID); err != nil {
			// An existing application is the more useful answer than the
			// job's state: the caller learns where the candidate already is.
			if ats.ErrorCode(err) == ats.CodeJobNotOpen {
				if existing, found, err := existingApplication(ctx, tx, na); err != nil {
					return err
				} else if found {
					return preview.ApplicationExists(existing)
				}
			}
			return err
		}
		latest, err := latestApplied(ctx, tx)
		if err != nil {
			return err
		}
		preview.NotBefore(latest, nil, &na)
		if na.ID, err = nextID(ctx, tx, preview.SeqApplication); err != nil {
			return err
		}
		res, err := tx.ExecContext(ctx, insertApplication+` ON CONFLICT (candidate_id, job_id) DO NOTHING`, applicationArgs(na)...)
		if err != nil {
			return err
		}
		if n, err := res.RowsAffected(); err != nil {
			return err
		} else if n == 0 {
			existing, _, err := existingApplication(ctx, tx, na)
			if err != nil {
				return err
			}
			return preview.ApplicationExists(existing)
		}
		return nil
	})
	if err != nil {
		return failed(ctx, "create application", err)
	}
	*app = na
	return nil
}

// nextID takes the next number of q inside the write transaction tx, so
// numbers follow the order in which writes commit, and a write that rolls
// back gives its number back.
func nextID(ctx context.Context, tx *sql.Tx, q preview.Sequence) (string, error) {
	var n int64
	err := tx.QueryRowContext(ctx, `INSERT INTO sequences (name, value) VALUES (?, 1)
		ON CONFLICT (name) DO UPDATE SET value = value + 1 RETURNING value`, string(q)).Scan(&n)
	if err != nil {
		return "", fmt.Errorf("next %s number: %w", q, err)
	}
	return q.ID(n), nil
}

// latestCreated is the latest creation time among candidates and, with
// apps, the latest applied time among applications: what a new candidate
// (and its application) must not be dated before. Each is one step down
// the list-order index.
func latestCreated(ctx context.Context, tx *sql.Tx, apps bool) (time.Time, error) {
	var n int64
	if err := tx.QueryRowContext(ctx, `SELECT coalesce(max(created_at), 0) FROM candidates`).Scan(&n); err != nil {
		return time.Time{}, fmt.Errorf("latest candidate: %w", err)
	}
	latest := fromNanos(n)
	if apps {
		a, err := latestApplied(ctx, tx)
		if err != nil {
			return time.Time{}, err
		}
		if a.After(latest) {
			latest = a
		}
	}
	return latest, nil
}

// latestApplied is the latest applied time among applications.
func latestApplied(ctx context.Context, tx *sql.Tx) (time.Time, error) {
	var n int64
	if err := tx.QueryRowContext(ctx, `SELECT coalesce(max(applied_at), 0) FROM applications`).Scan(&n); err != nil {
		return time.Time{}, fmt.Errorf("latest application: %w", err)
	}
	return fromNanos(n), nil
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

// UpdateApplication applies change to the application id inside one write
// transaction: the file's write lock, held from BEGIN IMMEDIATE to the
// commit, keeps every other writer (of any process) out between the read
// change is given and the write, and the update is dated no earlier than
// the latest update committed before it.
func (s *Store) UpdateApplication(ctx context.Context, id string, change preview.Change) (ats.Application, error) {
	var out ats.Application
	err := s.inWrite(ctx, func(tx *sql.Tx) error {
		stored, err := scanApplication(tx.QueryRowContext(ctx, `SELECT `+applicationColumns+` FROM applications WHERE id = ?`, id))
		if errors.Is(err, sql.ErrNoRows) {
			return ats.NotFound("application", id)
		}
		if err != nil {
			return err
		}
		var latest int64
		if err := tx.QueryRowContext(ctx, `SELECT coalesce(max(updated_at), 0) FROM applications`).Scan(&latest); err != nil {
			return fmt.Errorf("latest update: %w", err)
		}
		next, write, err := change(stored, fromNanos(latest))
		if err != nil || !write {
			out = stored
			return err
		}
		next = preview.Updated(stored, next)
		_, err = tx.ExecContext(ctx, `UPDATE applications SET stage_id = ?, stage_name = ?, stage_kind = ?, status = ?,
			rejected_at = ?, hired_at = ?, updated_at = ? WHERE id = ?`,
			next.Stage.ID, next.Stage.Name, string(next.Stage.Kind), string(next.Status),
			nanosPtr(next.RejectedAt), nanosPtr(next.HiredAt), nanos(next.UpdatedAt), id)
		out = next
		return err
	})
	if err != nil {
		return ats.Application{}, failed(ctx, "update application", err)
	}
	return out, nil
}
