//go:build !lambda

package main

import (
	"context"

	"github.com/atsbridge/atsbridge/ats/preview"
	"github.com/atsbridge/atsbridge/store/sqlite"
)

// sqliteBuilt says whether this build has the SQLite store. The Lambda
// build (-tags lambda, see store_nosqlite.go) leaves it out.
const sqliteBuilt = true

// openSQLite opens the SQLite store on the file at path.
func openSQLite(ctx context.Context, path string) (preview.Store, error) {
	return sqlite.Open(ctx, path)
}
