package main

import (
	"context"
	"fmt"
	"log/slog"
	"path/filepath"
	"time"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/preview"
	"github.com/atsbridge/atsbridge/store/dynamodb"
	"github.com/atsbridge/atsbridge/store/memory"
	"github.com/atsbridge/atsbridge/store/sqlite"
)

// openProvider builds the provider the configuration asks for: the live
// provider (opened by its descriptor's configuration, see ats/registry), or
// the preview sandbox over the configured store. The returned close
// function releases the store.
func openProvider(ctx context.Context, cfg Config, logger *slog.Logger) (ats.Provider, func() error, error) {
	if cfg.Mode == ats.ModeLive {
		if cfg.Live == nil {
			return nil, nil, fmt.Errorf("ATS_PROVIDER=%s has no live integration yet", cfg.Provider)
		}
		p, err := cfg.Live.Open(ats.OpenDeps{Logger: logger, Version: version()})
		if err != nil {
			return nil, nil, err
		}
		return p, func() error { return nil }, nil
	}

	s, err := openStore(ctx, cfg, logger)
	if err != nil {
		return nil, nil, err
	}
	seedCtx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()
	sb, err := preview.Open(seedCtx, s, time.Now)
	if err != nil {
		_ = s.Close()
		return nil, nil, fmt.Errorf("open the preview sandbox: %w", err)
	}
	return sb, s.Close, nil
}

// openStore opens the sandbox's persistence.
func openStore(ctx context.Context, cfg Config, logger *slog.Logger) (preview.Store, error) {
	switch cfg.Store {
	case "memory":
		return memory.New(), nil
	case "dynamodb":
		s, err := dynamodb.Open(ctx, dynamodb.Config{
			Table: cfg.DynamoTable, Endpoint: cfg.DynamoEndpoint, Region: cfg.AWSRegion,
			EnvCredentials: cfg.AWSCredentials, Logger: logger,
		})
		if err != nil {
			return nil, fmt.Errorf("open DynamoDB table DYNAMODB_TABLE=%s: %w", cfg.DynamoTable, err)
		}
		return s, nil
	default:
		path := filepath.Join(cfg.DataDir, "preview.db")
		s, err := sqlite.Open(ctx, path)
		if err != nil {
			return nil, fmt.Errorf("open SQLite file %s (DATA_DIR): %w", path, err)
		}
		return s, nil
	}
}
