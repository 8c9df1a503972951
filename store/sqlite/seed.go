package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/atsbridge/atsbridge/ats/preview"
)

// Seed writes data() in one transaction together with a marker row, unless the
// marker is already there. A crash mid-seed rolls the whole seed back, and
// concurrent cold starts queue on the write lock, so the seed is written
// exactly once. Rows whose id (or email, or candidate and job) is already
// taken are skipped rather than duplicated.
func (s *Store) Seed(ctx context.Context, data func() preview.Dataset) error {
	err := s.inWrite(ctx, func(tx *sql.Tx) error {
		var at string
		switch err := tx.QueryRowContext(ctx, `SELECT value FROM meta WHERE key = ?`, metaSeeded).Scan(&at); {
		case err == nil:
			return nil
		case !errors.Is(err, sql.ErrNoRows):
			return err
		}
		ds := data()
		if err := insertAll(ctx, tx, insertJob, len(ds.Jobs), func(i int) ([]any, error) { return jobArgs(ds.Jobs[i]), nil }); err != nil {
			return fmt.Errorf("jobs: %w", err)
		}
		if err := insertAll(ctx, tx, insertCandidate, len(ds.Candidates), func(i int) ([]any, error) { return candidateArgs(ds.Candidates[i]) }); err != nil {
			return fmt.Errorf("candidates: %w", err)
		}
		if err := insertAll(ctx, tx, insertApplication, len(ds.Applications), func(i int) ([]any, error) { return applicationArgs(ds.Applications[i]), nil }); err != nil {
			return fmt.Errorf("applications: %w", err)
		}
		// A sequence's value is the last number handed out; a repeated
		// seed never sets it back.
		for q, next := range ds.Next {
			if _, err := tx.ExecContext(ctx, `INSERT INTO sequences (name, value) VALUES (?, ?)
				ON CONFLICT (name) DO UPDATE SET value = max(value, excluded.value)`, string(q), next-1); err != nil {
				return fmt.Errorf("sequence %s: %w", q, err)
			}
		}
		_, err := tx.ExecContext(ctx, `INSERT INTO meta (key, value) VALUES (?, ?)`, metaSeeded, time.Now().UTC().Format(time.RFC3339))
		return err
	})
	return failed(ctx, "seed", err)
}

// insertAll runs one prepared insert per row, skipping rows that collide
// with a stored one.
func insertAll(ctx context.Context, tx *sql.Tx, insert string, n int, args func(i int) ([]any, error)) error {
	stmt, err := tx.PrepareContext(ctx, insert+` ON CONFLICT DO NOTHING`)
	if err != nil {
		return err
	}
	defer stmt.Close()
	for i := range n {
		a, err := args(i)
		if err != nil {
			return err
		}
		if _, err := stmt.ExecContext(ctx, a...); err != nil {
			return fmt.Errorf("row %d: %w", i, err)
		}
	}
	return nil
}
