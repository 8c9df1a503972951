package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"sync"
	"sync/atomic"
	"time"

	"github.com/atsbridge/atsbridge/ats"
)

// Versions (ats.Versioned): each resource has a counter in the versions
// table that triggers raise in the transaction of every insert, update and
// delete of its tables (schema version 3), so every write counts, from
// this process or any other on the file, whichever code path wrote it.
//
// Reading the counters on every request would be a query per request, so a
// check goes in steps, each only when the one before cannot tell:
//
//  1. The wal-index header (walheader.go), when the file is mapped: while
//     it is what it was before the counters were last read, nothing was
//     committed since, and those counters are current. No lock, no query.
//  2. PRAGMA data_version on a connection kept for the checks: it changes
//     when another connection committed since this one last asked. Writes
//     of this process go through the write pool, another connection, so
//     they count as well.
//  3. Only then the versions table itself.
//
// Steps 2 and 3 run under a mutex. A caller may take the result of a check
// that started after it arrived, since any write acknowledged before it
// arrived had committed by then; callers queued behind a check share the
// next one.

// versionResources are the resources the versions table counts, in the
// order of versionState.n.
var versionResources = [...]string{ats.ResourceJob, ats.ResourceCandidate, ats.ResourceApplication}

type versionCounts = [len(versionResources)]uint64

// versionState is the result of one successful check.
type versionState struct {
	n         versionCounts
	header    walHeader // the wal-index header read before n
	hasHeader bool
	checkedAt time.Time // when the check started
}

// versionWatch checks the file for writes.
type versionWatch struct {
	wal   *walIndex
	state atomic.Pointer[versionState] // nil until the first check, and after close

	mu          sync.Mutex // guards what follows: one query at a time
	conn        *sql.Conn
	dataVersion *sql.Stmt // PRAGMA data_version
	counters    *sql.Stmt // the versions table
	closed      bool
	dv          int64
}

func newVersionWatch(ctx context.Context, db *sql.DB, path string) (*versionWatch, error) {
	conn, err := db.Conn(ctx)
	if err != nil {
		return nil, fmt.Errorf("versions: %w", err)
	}
	return &versionWatch{conn: conn, wal: mapWALIndex(path)}, nil
}

// prepare prepares the queries on the watch's connection, once.
func (w *versionWatch) prepare(ctx context.Context) error {
	if w.counters != nil {
		return nil
	}
	dv, err := w.conn.PrepareContext(ctx, `PRAGMA data_version`)
	if err != nil {
		return err
	}
	counters, err := w.conn.PrepareContext(ctx, `SELECT resource, n FROM versions`)
	if err != nil {
		_ = dv.Close()
		return err
	}
	w.dataVersion, w.counters = dv, counters
	return nil
}

// DataVersion implements ats.Versioned: the counter of resource's reads as
// of a check of the file that started after the call did.
func (s *Store) DataVersion(ctx context.Context, resource string) (uint64, bool) {
	for i, r := range versionResources {
		if r == resource {
			n, ok := s.versions.check(ctx)
			return n[i], ok
		}
	}
	return 0, false
}

// check returns the counters as of a check that started after the call.
func (w *versionWatch) check(ctx context.Context) (versionCounts, bool) {
	if st := w.state.Load(); st != nil && st.hasHeader {
		if h, ok := w.wal.header(); ok && h == st.header {
			return st.n, true
		}
	}
	arrived := time.Now()
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.closed {
		return versionCounts{}, false
	}
	st := w.state.Load()
	if st != nil && st.checkedAt.After(arrived) {
		return st.n, true
	}
	next := &versionState{checkedAt: time.Now()}
	next.header, next.hasHeader = w.wal.header()
	// The queries take microseconds and leave the connection as they
	// found it; they are not worth interrupting when a request is
	// cancelled.
	ctx = context.WithoutCancel(ctx)
	var dv int64
	if err := w.prepare(ctx); err != nil {
		return versionCounts{}, false
	}
	if err := w.dataVersion.QueryRowContext(ctx).Scan(&dv); err != nil {
		w.state.Store(nil)
		return versionCounts{}, false
	}
	if st != nil && dv == w.dv {
		next.n = st.n
	} else {
		n, err := w.readCounters(ctx)
		if err != nil {
			w.state.Store(nil)
			return versionCounts{}, false
		}
		next.n, w.dv = n, dv
	}
	w.state.Store(next)
	return next.n, true
}

// readCounters reads the versions table.
func (w *versionWatch) readCounters(ctx context.Context) (versionCounts, error) {
	var n versionCounts
	rows, err := w.counters.QueryContext(ctx)
	if err != nil {
		return n, err
	}
	defer rows.Close()
	for rows.Next() {
		var resource string
		var v int64
		if err := rows.Scan(&resource, &v); err != nil {
			return n, err
		}
		for i, r := range versionResources {
			if r == resource {
				n[i] = uint64(v)
			}
		}
	}
	return n, rows.Err()
}

// close releases the connection and the mapping; later checks answer not
// ok.
func (w *versionWatch) close() error {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.closed {
		return nil
	}
	w.closed = true
	w.state.Store(nil)
	w.wal.unmap()
	if w.dataVersion != nil {
		_ = w.dataVersion.Close()
	}
	if w.counters != nil {
		_ = w.counters.Close()
	}
	return w.conn.Close()
}
