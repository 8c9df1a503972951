//go:build !lambda

package main

import (
	"context"

	"github.com/atsbridge/atsbridge/store/sqlite"
)

// sqliteBuilt says whether this build has the SQLite store. The Lambda
// build (-tags lambda, see store_nosqlite.go) leaves it out.
const sqliteBuilt = true

var _ appStore = (*sqlite.Store)(nil)

// openSQLite opens the SQLite store on the file at path.
func openSQLite(ctx context.Context, path string) (appStore, error) {
	return sqlite.Open(ctx, path)
}
