package atstest

import (
	"context"
	"io"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/atsbridge/atsbridge/ats/upstream"
)

// LiveOptions are the shared client's options for a live provider under
// test: a per-call timeout that no ordinary test reaches, retries a few
// milliseconds apart, LiveVersion, and debug logs into logs. When the test
// ends, logs must hold none of secrets (a credential never reaches a log).
func LiveOptions(t testing.TB, logs interface {
	io.Writer
	String() string
}, secrets ...string) upstream.Options {
	t.Cleanup(func() {
		for _, s := range secrets {
			if s != "" && strings.Contains(logs.String(), s) {
				t.Errorf("a credential appears in the client's logs:\n%s", logs.String())
			}
		}
	})
	return upstream.Options{Timeout: 2 * time.Second, RetryWait: 5 * time.Millisecond, Version: LiveVersion,
		Logger: slog.New(slog.NewJSONHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug}))}
}

// Context is a test context with a generous deadline, so that a hang
// fails the test instead of the whole run.
func Context(t testing.TB) context.Context {
	c, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	t.Cleanup(cancel)
	return c
}
