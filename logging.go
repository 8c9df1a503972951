package main

import (
	"io"
	"log/slog"
)

// newLogger logs JSON in Lambda (CloudWatch reads it as structured data)
// and readable text on a terminal; LOG_FORMAT overrides either.
func newLogger(cfg Config, w io.Writer) *slog.Logger {
	level := map[string]slog.Level{"debug": slog.LevelDebug, "info": slog.LevelInfo, "warn": slog.LevelWarn, "error": slog.LevelError}[cfg.LogLevel]
	opts := &slog.HandlerOptions{Level: level}
	if cfg.LogFormat == "json" {
		return slog.New(slog.NewJSONHandler(w, opts))
	}
	return slog.New(slog.NewTextHandler(w, opts))
}
