package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/atsbridge/atsbridge/ats"
)

// Job returns one job.
func (s *Store) Job(ctx context.Context, id string) (ats.Job, error) {
	var j ats.Job
	err := s.inRead(ctx, func(r readTx) error {
		var err error
		j, err = scanJob(r.queryRow(ctx, `SELECT `+jobColumns+` FROM jobs WHERE id = ?`, id))
		return err
	})
	if errors.Is(err, sql.ErrNoRows) {
		return ats.Job{}, ats.NotFound("job", id)
	}
	if err != nil {
		return ats.Job{}, failed(ctx, "job", err)
	}
	return j, nil
}

// Candidate returns one candidate with its application ids.
func (s *Store) Candidate(ctx context.Context, id string) (ats.Candidate, error) {
	var c ats.Candidate
	err := s.inRead(ctx, func(r readTx) error {
		var err error
		c, err = scanCandidate(r.queryRow(ctx, `SELECT `+candidateColumns+` FROM candidates WHERE id = ?`, id))
		if err != nil {
			return err
		}
		return fillApplicationIDs(ctx, r, []*ats.Candidate{&c})
	})
	if errors.Is(err, sql.ErrNoRows) {
		return ats.Candidate{}, ats.NotFound("candidate", id)
	}
	if err != nil {
		return ats.Candidate{}, failed(ctx, "candidate", err)
	}
	return c, nil
}

// Application returns one application.
func (s *Store) Application(ctx context.Context, id string) (ats.Application, error) {
	var a ats.Application
	err := s.inRead(ctx, func(r readTx) error {
		var err error
		a, err = scanApplication(r.queryRow(ctx, `SELECT `+applicationColumns+` FROM applications WHERE id = ?`, id))
		return err
	})
	if errors.Is(err, sql.ErrNoRows) {
		return ats.Application{}, ats.NotFound("application", id)
	}
	if err != nil {
		return ats.Application{}, failed(ctx, "application", err)
	}
	return a, nil
}

// fillApplicationIDs sets the ApplicationIDs of cands, in (applied_at, id)
// order, with one query for the whole page.
func fillApplicationIDs(ctx context.Context, r readTx, cands []*ats.Candidate) error {
	if len(cands) == 0 {
		return nil
	}
	byID := make(map[string]*ats.Candidate, len(cands))
	args := make([]any, 0, len(cands))
	for _, c := range cands {
		byID[c.ID] = c
		args = append(args, c.ID)
	}
	ids, err := json.Marshal(args)
	if err != nil {
		return err
	}
	// One query text for any page size, so it is prepared once.
	rows, err := r.query(ctx, `SELECT candidate_id, id FROM applications
		WHERE candidate_id IN (SELECT value FROM json_each(?)) ORDER BY candidate_id, applied_at, `+idOrder, string(ids))
	if err != nil {
		return fmt.Errorf("application ids: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var candID, appID string
		if err := rows.Scan(&candID, &appID); err != nil {
			return fmt.Errorf("application ids: %w", err)
		}
		c := byID[candID]
		c.ApplicationIDs = append(c.ApplicationIDs, appID)
	}
	return rows.Err()
}

// placeholders returns "?, ?, ..." for n arguments.
func placeholders(n int) string {
	return strings.TrimSuffix(strings.Repeat("?, ", n), ", ")
}
