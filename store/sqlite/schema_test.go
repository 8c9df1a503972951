package sqlite

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/preview"
)

// TestMigrationToNumericIDOrder opens a file written at schema version 1,
// where ids ordered as text, with records that share their time across a
// rollover (cand_999, cand_1000): the new version migrates the file at
// open, and lists then order the ids as numbers.
func TestMigrationToNumericIDOrder(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "preview.db")
	same := time.Date(2025, 6, 1, 12, 0, 0, 0, time.UTC)

	all := migrations
	t.Cleanup(func() { migrations = all })
	migrations = all[:1]
	old, err := Open(ctx, path)
	if err != nil {
		t.Fatalf("open at version 1: %v", err)
	}
	var ds preview.Dataset
	for _, id := range []string{"cand_1000", "cand_999", "cand_1001"} {
		ds.Candidates = append(ds.Candidates, ats.Candidate{ID: id, Email: id + "@example.com", Tags: []string{}, CreatedAt: same, UpdatedAt: same})
	}
	if err := old.Seed(ctx, func() preview.Dataset { return ds }); err != nil {
		t.Fatalf("Seed at version 1: %v", err)
	}
	if err := old.Close(); err != nil {
		t.Fatal(err)
	}

	migrations = all
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatalf("open with version %d: %v", len(all), err)
	}
	defer s.Close()
	var version string
	if err := s.read.QueryRowContext(ctx, `SELECT value FROM meta WHERE key = ?`, metaSchemaVersion).Scan(&version); err != nil {
		t.Fatal(err)
	}
	if version != fmt.Sprint(len(all)) {
		t.Errorf("schema version after open: got %s, want %d", version, len(all))
	}
	var got []string
	cursor := ""
	for {
		p, err := s.ListCandidates(ctx, ats.CandidateQuery{Window: ats.Window{Limit: 1, Cursor: cursor}})
		if err != nil {
			t.Fatalf("ListCandidates: %v", err)
		}
		for _, c := range p.Items {
			got = append(got, c.ID)
		}
		if !p.HasMore {
			break
		}
		cursor = p.Next
	}
	if want := []string{"cand_999", "cand_1000", "cand_1001"}; !slices.Equal(got, want) {
		t.Errorf("candidates after the migration: got %v, want %v", got, want)
	}
}

// TestListQueriesReadIndexOrder checks that the list queries, ordered with
// ids as numbers, are served in index order: a query plan that sorts
// ("USE TEMP B-TREE FOR ORDER BY") would read every match for each page.
func TestListQueriesReadIndexOrder(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(t.TempDir(), "preview.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	keyset := func(col string) string { return "(" + col + ", length(id), id) > (1, 8, 'cand_001')" }
	cases := map[string]string{
		"jobs":                     `SELECT id FROM jobs ORDER BY created_at, ` + idOrder + ` LIMIT 21`,
		"jobs_after_cursor":        `SELECT id FROM jobs WHERE ` + keyset("created_at") + ` ORDER BY created_at, ` + idOrder + ` LIMIT 21`,
		"jobs_by_status":           `SELECT id FROM jobs WHERE status IN ('open') ORDER BY created_at, ` + idOrder + ` LIMIT 21`,
		"candidates":               `SELECT id FROM candidates ORDER BY created_at, ` + idOrder + ` LIMIT 21`,
		"candidates_after_cursor":  `SELECT id FROM candidates WHERE ` + keyset("created_at") + ` ORDER BY created_at, ` + idOrder + ` LIMIT 21`,
		"applications":             `SELECT id FROM applications ORDER BY applied_at, ` + idOrder + ` LIMIT 21`,
		"applications_page_30":     `SELECT id FROM applications ORDER BY applied_at, ` + idOrder + ` LIMIT 21 OFFSET 580`,
		"applications_after":       `SELECT id FROM applications WHERE ` + keyset("applied_at") + ` ORDER BY applied_at, ` + idOrder + ` LIMIT 21`,
		"applications_of_a_job":    `SELECT id FROM applications WHERE job_id = 'job_001' ORDER BY applied_at, ` + idOrder + ` LIMIT 21`,
		"applications_of_a_person": `SELECT id FROM applications WHERE candidate_id = 'cand_001' ORDER BY applied_at, ` + idOrder + ` LIMIT 21`,
	}
	for name, q := range cases {
		t.Run(name, func(t *testing.T) {
			plan := queryPlan(t, s, q)
			if strings.Contains(plan, "TEMP B-TREE") || !strings.Contains(plan, "INDEX") {
				t.Errorf("plan of %s: %s; want an index read in list order, no sort", q, plan)
			}
		})
	}
	// The total of a jobs list filtered by status and department reads the
	// department's jobs, the fewer.
	q := `SELECT COUNT(*) FROM jobs WHERE status IN ('open') AND department_fold = 'sales' AND title_fold LIKE '%a%' ESCAPE '\'`
	if plan := queryPlan(t, s, q); !strings.Contains(plan, "jobs_department") {
		t.Errorf("plan of %s: %s; want the department index", q, plan)
	}
}

// queryPlan returns SQLite's plan for q, its steps joined by "; ".
func queryPlan(t *testing.T, s *Store, q string) string {
	t.Helper()
	rows, err := s.read.QueryContext(context.Background(), `EXPLAIN QUERY PLAN `+q)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var plan []string
	for rows.Next() {
		var id, parent, unused int
		var detail string
		if err := rows.Scan(&id, &parent, &unused, &detail); err != nil {
			t.Fatal(err)
		}
		plan = append(plan, detail)
	}
	return strings.Join(plan, "; ")
}
