//go:build lambda

package main

import (
	"context"
	"errors"
)

// The Lambda build (-tags lambda) leaves the SQLite store out: in the
// cloud the sandbox lives in DynamoDB (a SQLite file would be one
// instance's /tmp), and the pure-Go SQLite driver is about 4.4 MB of the
// binary that every cold start loads. loadConfig refuses STORE=sqlite in
// this build, so openSQLite is never reached.
const sqliteBuilt = false

func openSQLite(context.Context, string) (appStore, error) {
	return nil, errors.New("STORE=sqlite is not in this build (-tags lambda)")
}
