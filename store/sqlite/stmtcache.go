package sqlite

import (
	"context"
	"database/sql"
	"sync"
)

// maxCachedStatements bounds the cache; the queries differ only by which
// filters are present, so real traffic needs a few dozen.
const maxCachedStatements = 256

// stmtCache keeps prepared read statements by SQL text. Parsing and
// planning a query costs more than running it on a page of rows, and
// database/sql reuses a statement already prepared on a transaction's
// connection, so each pooled connection prepares each query once.
type stmtCache struct {
	db *sql.DB
	mu sync.Mutex
	m  map[string]*sql.Stmt
}

func newStmtCache(db *sql.DB) *stmtCache {
	return &stmtCache{db: db, m: map[string]*sql.Stmt{}}
}

func (c *stmtCache) get(query string) *sql.Stmt {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.m[query]
}

// warm prepares queries for later transactions. It must run outside any
// transaction: preparing takes a pool connection, and a transaction that
// waited for one while holding another could starve the pool.
func (c *stmtCache) warm(ctx context.Context, queries []string) {
	for _, q := range queries {
		c.mu.Lock()
		skip := c.m == nil || c.m[q] != nil || len(c.m) >= maxCachedStatements
		c.mu.Unlock()
		if skip {
			continue
		}
		st, err := c.db.PrepareContext(ctx, q)
		if err != nil {
			continue // the transaction already ran it; it stays uncached
		}
		c.mu.Lock()
		if c.m == nil || c.m[q] != nil {
			_ = st.Close()
		} else {
			c.m[q] = st
		}
		c.mu.Unlock()
	}
}

// close releases every cached statement; later warm calls cache nothing.
func (c *stmtCache) close() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, st := range c.m {
		_ = st.Close()
	}
	c.m = nil
	return nil
}

// readTx is one read transaction that takes its statements from the cache
// and notes the queries it had to prepare itself.
type readTx struct {
	tx     *sql.Tx
	cache  *stmtCache
	misses *[]string
}

// stmt returns query prepared on r's transaction.
func (r readTx) stmt(ctx context.Context, query string) (*sql.Stmt, error) {
	if st := r.cache.get(query); st != nil {
		return r.tx.StmtContext(ctx, st), nil
	}
	*r.misses = append(*r.misses, query)
	return r.tx.PrepareContext(ctx, query) // closed with the transaction
}

func (r readTx) query(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	st, err := r.stmt(ctx, query)
	if err != nil {
		return nil, err
	}
	return st.QueryContext(ctx, args...)
}

func (r readTx) queryRow(ctx context.Context, query string, args ...any) scanner {
	st, err := r.stmt(ctx, query)
	if err != nil {
		return errRow{err}
	}
	return st.QueryRowContext(ctx, args...)
}

// errRow is a row whose query could not be prepared.
type errRow struct{ err error }

func (e errRow) Scan(...any) error { return e.err }
