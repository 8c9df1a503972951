package main

import (
	"os"
	"sync"
	"testing"

	"github.com/atsbridge/atsbridge/store/dynamodb/dynalitetest"
)

// cleanups are what the test process leaves behind for all its tests to
// share (built binaries, the dynalite server), undone once all have run.
var cleanups struct {
	mu  sync.Mutex
	fns []func()
}

// afterAll registers f to run when every test of the process has run.
func afterAll(f func()) {
	cleanups.mu.Lock()
	defer cleanups.mu.Unlock()
	cleanups.fns = append(cleanups.fns, f)
}

func TestMain(m *testing.M) {
	if env := os.Getenv(childEnvVar); env != "" {
		os.Exit(runChild(env))
	}
	code := m.Run()
	cleanups.mu.Lock()
	for i := len(cleanups.fns) - 1; i >= 0; i-- {
		cleanups.fns[i]()
	}
	cleanups.mu.Unlock()
	dynalitetest.Stop()
	os.Exit(code)
}
