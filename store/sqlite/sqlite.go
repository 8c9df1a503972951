// Package sqlite is the preview.Store on a local SQLite file: the default
// store of `go run .`, so the sandbox keeps what callers created across
// restarts. It uses the pure-Go driver modernc.org/sqlite (no cgo), so the
// binary still cross-compiles with CGO_ENABLED=0.
//
// Concurrency: the file is in WAL mode, so readers never block the writer
// nor each other. Writes go through their own *sql.DB with a single
// connection and BEGIN IMMEDIATE transactions: writers of this process queue
// in Go instead of racing for the lock, and a writer of another process
// holding the file waits on the busy timeout rather than failing with
// SQLITE_BUSY. Every rule that must hold under concurrent writers (unique
// emails, one application per candidate and job) is a UNIQUE index, checked
// inside the write transaction.
//
// A new record takes its number from the sequences table and is dated no
// earlier than the latest record of its lists inside that same transaction,
// so it sorts after every record committed before it, by any process: no
// list walk, by cursor or by page, skips or repeats a record while others
// are created (storetest.CommitOrder). Lists order ids as numbers
// (length(id), id; see idOrder). An update of an application (a pipeline
// action) reads the row, decides and writes in one such transaction, dated
// no earlier than the latest updated_at committed before it.
//
// The store versions its data (ats.Versioned, versions.go): triggers count
// every change to each resource's tables in the changing transaction, and
// a check reads the counters only when the file's wal-index header (or,
// where it is not mapped, PRAGMA data_version) says that something was
// committed since it last did, by this process or another. The router
// keeps its answers to reads while their resource's version holds.
package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync/atomic"
	"time"

	_ "modernc.org/sqlite" // registers the "sqlite" database/sql driver

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/preview"
)

// busyTimeoutMS is how long a statement waits for another process's write
// lock. Write transactions here last well under a millisecond, so this is
// only reached when something is badly wrong.
const busyTimeoutMS = 10000

// Store is a preview.Store on one SQLite file. It is safe for concurrent
// use, also with other Stores (or processes) on the same file.
type Store struct {
	read     *sql.DB // a pool of query-only connections
	write    *sql.DB // one connection; every write is serialized through it
	stmts    *stmtCache
	versions *versionWatch // holds one connection of read
	// nextSweep is when expired caller rows are next deleted, unix
	// nanoseconds (callers.go).
	nextSweep atomic.Int64
}

var (
	_ preview.Store = (*Store)(nil)
	_ ats.Versioned = (*Store)(nil)
)

// Open opens the SQLite file at path, creating it and its directory when
// absent, and brings its schema up to date.
func Open(ctx context.Context, path string) (*Store, error) {
	if path == "" || path == ":memory:" || strings.HasPrefix(path, "file:") {
		// Two pools on an in-memory database would be two databases.
		return nil, fmt.Errorf("sqlite: open: %q is not a file path; use the memory store for a sandbox that is not kept", path)
	}
	if strings.ContainsRune(path, '?') {
		return nil, fmt.Errorf("sqlite: open %s: the path must not contain '?'", path)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return nil, fmt.Errorf("sqlite: open: create directory: %w", err)
	}
	common := fmt.Sprintf("_pragma=busy_timeout(%d)&_pragma=foreign_keys(1)", busyTimeoutMS)

	// The writer opens first: it switches the file to WAL (a persistent
	// setting) and creates the schema before any reader looks at it.
	write, err := sql.Open("sqlite", path+"?"+common+"&_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)&_txlock=immediate")
	if err != nil {
		return nil, fmt.Errorf("sqlite: open %s: %w", path, err)
	}
	write.SetMaxOpenConns(1)
	write.SetMaxIdleConns(1)
	write.SetConnMaxIdleTime(0)
	write.SetConnMaxLifetime(0)
	if err := migrateWhenFree(ctx, write); err != nil {
		_ = write.Close()
		return nil, fmt.Errorf("sqlite: open %s: %w", path, err)
	}

	read, err := sql.Open("sqlite", path+"?"+common+"&_pragma=query_only(1)")
	if err != nil {
		_ = write.Close()
		return nil, fmt.Errorf("sqlite: open %s: %w", path, err)
	}
	// One connection more than the queries use, which the version checks
	// keep.
	n := max(4, runtime.GOMAXPROCS(0)) + 1
	read.SetMaxOpenConns(n)
	read.SetMaxIdleConns(n)
	read.SetConnMaxIdleTime(0)
	read.SetConnMaxLifetime(0)
	if err := read.PingContext(ctx); err != nil {
		_ = write.Close()
		_ = read.Close()
		return nil, fmt.Errorf("sqlite: open %s: %w", path, err)
	}
	versions, err := newVersionWatch(ctx, read, path)
	if err != nil {
		_ = write.Close()
		_ = read.Close()
		return nil, fmt.Errorf("sqlite: open %s: %w", path, err)
	}
	return &Store{read: read, write: write, stmts: newStmtCache(read), versions: versions}, nil
}

// migrateWhenFree runs migrate, retrying while another process holds the
// file. Two processes opening a new file at once race to switch it to WAL,
// and SQLite answers that switch with SQLITE_BUSY at once instead of
// waiting on the busy timeout, so the wait is done here.
func migrateWhenFree(ctx context.Context, db *sql.DB) error {
	deadline := time.Now().Add(busyTimeoutMS * time.Millisecond)
	wait := 5 * time.Millisecond
	for {
		err := migrate(ctx, db)
		if err == nil || !isBusy(err) || time.Now().After(deadline) {
			return err
		}
		select {
		case <-ctx.Done():
			return err
		case <-time.After(wait):
		}
		wait = min(2*wait, 200*time.Millisecond)
	}
}

// isBusy reports whether err is SQLite's "database is locked" (SQLITE_BUSY
// or SQLITE_LOCKED, with any extended code).
func isBusy(err error) bool {
	var coded interface{ Code() int }
	if errors.As(err, &coded) {
		c := coded.Code() & 0xff
		return c == 5 || c == 6
	}
	return false
}

// Close releases both pools. SQLite checkpoints the WAL into the main file
// when the last connection of the last process closes.
func (s *Store) Close() error {
	return errors.Join(s.stmts.close(), s.versions.close(), s.read.Close(), s.write.Close())
}

// inWrite runs fn in one BEGIN IMMEDIATE transaction and commits it when fn
// returns nil. Any error rolls everything back, so a refused write leaves
// nothing behind.
func (s *Store) inWrite(ctx context.Context, fn func(tx *sql.Tx) error) error {
	tx, err := s.write.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	if err := fn(tx); err != nil {
		_ = tx.Rollback()
		return err
	}
	return tx.Commit()
}

// inRead runs fn in one read transaction, so the queries of one call (a
// page, its total and its candidates' application ids) see one snapshot.
func (s *Store) inRead(ctx context.Context, fn func(r readTx) error) error {
	tx, err := s.read.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return err
	}
	var misses []string
	err = fn(readTx{tx: tx, cache: s.stmts, misses: &misses})
	_ = tx.Rollback()
	s.stmts.warm(ctx, misses)
	return err
}
