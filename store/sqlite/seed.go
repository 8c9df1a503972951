package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"strings"
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
		var maxCand, maxApp int64
		for _, c := range ds.Candidates {
			maxCand = max(maxCand, idSuffix(c.ID))
		}
		for _, a := range ds.Applications {
			maxApp = max(maxApp, idSuffix(a.ID))
		}
		for seq, v := range map[preview.Sequence]int64{preview.SeqCandidate: maxCand, preview.SeqApplication: maxApp} {
			if _, err := tx.ExecContext(ctx, `INSERT INTO sequences (name, value) VALUES (?, ?)
				ON CONFLICT (name) DO UPDATE SET value = max(value, excluded.value)`, string(seq), v); err != nil {
				return fmt.Errorf("sequence %s: %w", seq, err)
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

// idSuffix is the number after the last underscore of a seed id
// ("cand_040" -> 40), or 0 for an id without one.
func idSuffix(id string) int64 {
	n, err := strconv.ParseInt(id[strings.LastIndexByte(id, '_')+1:], 10, 64)
	if err != nil {
		return 0
	}
	return n
}

// NextID returns the next value of seq. The single upsert statement takes
// the write lock for its whole run, so values are unique across goroutines
// and processes.
func (s *Store) NextID(ctx context.Context, seq preview.Sequence) (int64, error) {
	var n int64
	err := s.write.QueryRowContext(ctx, `INSERT INTO sequences (name, value) VALUES (?, 1)
		ON CONFLICT (name) DO UPDATE SET value = value + 1 RETURNING value`, string(seq)).Scan(&n)
	if err != nil {
		return 0, failed(ctx, "next id "+string(seq), err)
	}
	return n, nil
}
