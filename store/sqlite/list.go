package sqlite

import (
	"context"
	"strings"
	"time"

	"github.com/atsbridge/atsbridge/ats"
)

// ListJobs returns one page of the jobs matching q, in (created_at, id) order.
func (s *Store) ListJobs(ctx context.Context, q ats.JobQuery) (ats.Page[ats.Job], error) {
	var f filter
	in(&f, "status", q.Statuses)
	if q.Department != "" {
		f.add("department_fold = ?", fold(q.Department))
	}
	if q.Location != "" {
		l := fold(q.Location)
		f.add("(location_text_fold = ? OR city_fold = ? OR country_fold = ?)", l, l, l)
	}
	if q.Q != "" {
		f.add(`title_fold LIKE ? ESCAPE '\'`, "%"+escapeLike(fold(q.Q))+"%")
	}
	f.after("created_at", q.CreatedAfter)
	f.after("updated_at", q.UpdatedAfter)

	var p ats.Page[ats.Job]
	err := s.inRead(ctx, func(r readTx) error {
		var err error
		p, err = listPage(ctx, r, listSpec{table: "jobs", columns: jobColumns, timeColumn: "created_at"}, f, q.Window,
			scanJob, func(j ats.Job) listKey { return listKey{nanos(j.CreatedAt), j.ID} })
		return err
	})
	if err != nil {
		return ats.Page[ats.Job]{}, failed(ctx, "list jobs", err)
	}
	return p, nil
}

// ListCandidates returns one page of the candidates matching q, in
// (created_at, id) order, each with its application ids.
func (s *Store) ListCandidates(ctx context.Context, q ats.CandidateQuery) (ats.Page[ats.Candidate], error) {
	var f filter
	if q.Email != "" {
		f.add("email_fold = ?", ats.EmailKey(q.Email))
	}
	if q.JobID != "" {
		f.add("id IN (SELECT candidate_id FROM applications WHERE job_id = ?)", q.JobID)
	}
	f.after("created_at", q.CreatedAfter)
	f.after("updated_at", q.UpdatedAfter)

	var p ats.Page[ats.Candidate]
	err := s.inRead(ctx, func(r readTx) error {
		var err error
		p, err = listPage(ctx, r, listSpec{table: "candidates", columns: candidateColumns, timeColumn: "created_at"}, f, q.Window,
			scanCandidate, func(c ats.Candidate) listKey { return listKey{nanos(c.CreatedAt), c.ID} })
		if err != nil {
			return err
		}
		ptrs := make([]*ats.Candidate, len(p.Items))
		for i := range p.Items {
			ptrs[i] = &p.Items[i]
		}
		return fillApplicationIDs(ctx, r, ptrs)
	})
	if err != nil {
		return ats.Page[ats.Candidate]{}, failed(ctx, "list candidates", err)
	}
	return p, nil
}

// ListApplications returns one page of the applications matching q, in
// (applied_at, id) order.
func (s *Store) ListApplications(ctx context.Context, q ats.ApplicationQuery) (ats.Page[ats.Application], error) {
	var f filter
	if q.JobID != "" {
		f.add("job_id = ?", q.JobID)
	}
	if q.CandidateID != "" {
		f.add("candidate_id = ?", q.CandidateID)
	}
	in(&f, "stage_kind", q.StageKinds)
	in(&f, "status", q.Statuses)
	f.after("applied_at", q.CreatedAfter)
	f.after("updated_at", q.UpdatedAfter)

	var p ats.Page[ats.Application]
	err := s.inRead(ctx, func(r readTx) error {
		var err error
		p, err = listPage(ctx, r, listSpec{table: "applications", columns: applicationColumns, timeColumn: "applied_at"}, f, q.Window,
			scanApplication, func(a ats.Application) listKey { return listKey{nanos(a.AppliedAt), a.ID} })
		return err
	})
	if err != nil {
		return ats.Page[ats.Application]{}, failed(ctx, "list applications", err)
	}
	return p, nil
}

// idOrder is preview.CompareIDs in SQL: ids order as numbers, a shorter id
// first (cand_999 before cand_1000), then as text. The list-order indexes
// (schema version 2) hold the same expressions, so no list sorts.
const idOrder = `length(id), id`

// listSpec names what listPage reads: a table, the columns the scan
// function expects, and the time column that orders it (with id).
type listSpec struct {
	table, columns, timeColumn string
}

// listPage reads one window of the rows matching f. Page mode is
// LIMIT/OFFSET; cursor mode is keyset on (time, id) after the row the
// continuation names, ids in idOrder. Both read one row more than the limit to know
// HasMore exactly, and Total counts every match with the same filters.
func listPage[T any](ctx context.Context, r readTx, spec listSpec, f filter, w ats.Window,
	scan func(scanner) (T, error), key func(T) listKey) (ats.Page[T], error) {
	limit := w.Limit
	if limit <= 0 {
		limit = ats.DefaultLimit
	}
	total := 0
	if err := r.queryRow(ctx, `SELECT COUNT(*) FROM `+spec.table+f.where(), f.args...).Scan(&total); err != nil {
		return ats.Page[T]{}, err
	}

	offset := 0
	if w.PageMode() {
		offset = (w.Page - 1) * limit
	} else if w.Cursor != "" {
		k, err := decodeContinuation(w.Cursor)
		if err != nil {
			return ats.Page[T]{}, err
		}
		f.add("("+spec.timeColumn+", length(id), id) > (?, ?, ?)", k.at, len(k.id), k.id)
	}
	query := `SELECT ` + spec.columns + ` FROM ` + spec.table + f.where() +
		` ORDER BY ` + spec.timeColumn + `, ` + idOrder + ` LIMIT ? OFFSET ?`
	rows, err := r.query(ctx, query, append(f.args, limit+1, offset)...)
	if err != nil {
		return ats.Page[T]{}, err
	}
	defer rows.Close()
	items := make([]T, 0, min(limit+1, 101))
	for rows.Next() {
		it, err := scan(rows)
		if err != nil {
			return ats.Page[T]{}, err
		}
		items = append(items, it)
	}
	if err := rows.Err(); err != nil {
		return ats.Page[T]{}, err
	}

	p := ats.Page[T]{Items: items, Total: &total}
	if len(items) > limit {
		p.Items = items[:limit]
		p.HasMore = true
		p.Next = encodeContinuation(key(p.Items[limit-1]))
	}
	return p, nil
}

// filter collects the conditions and arguments of a WHERE clause.
type filter struct {
	conds []string
	args  []any
}

func (f *filter) add(cond string, args ...any) {
	f.conds = append(f.conds, cond)
	f.args = append(f.args, args...)
}

// in matches any of vals; no values means no condition.
func in[V ~string](f *filter, column string, vals []V) {
	if len(vals) == 0 {
		return
	}
	args := make([]any, len(vals))
	for i, v := range vals {
		args[i] = string(v)
	}
	f.add(column+" IN ("+placeholders(len(vals))+")", args...)
}

// after is a strict "later than" bound; nil means no bound.
func (f *filter) after(column string, bound *time.Time) {
	if bound != nil {
		f.add(column+" > ?", nanos(*bound))
	}
}

func (f *filter) where() string {
	if len(f.conds) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(f.conds, " AND ")
}

// escapeLike makes s match itself literally in a LIKE pattern with ESCAPE '\'.
func escapeLike(s string) string {
	return strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(s)
}
