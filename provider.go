package main

import (
	"context"
	"fmt"
	"log/slog"
	"path/filepath"
	"time"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/preview"
	"github.com/atsbridge/atsbridge/router"
	"github.com/atsbridge/atsbridge/store/disk"
	"github.com/atsbridge/atsbridge/store/dynamodb"
	"github.com/atsbridge/atsbridge/store/memory"
	"github.com/atsbridge/atsbridge/store/s3"
)

// appStore is the one store of the program, opened once in run and handed
// to what needs it: the preview sandbox (its records), the router's caller
// layer (keys, rate windows, Idempotency-Key records) and the keys
// command. Every store package implements all of it.
type appStore interface {
	preview.Store
	router.Callers
	keyAdmin
}

var (
	_ appStore = (*memory.Store)(nil)
	_ appStore = (*dynamodb.Store)(nil)
	// and *sqlite.Store, in store_sqlite.go: the Lambda build has none.
)

// openProvider builds the provider the configuration asks for: the live
// provider (opened by its descriptor's configuration, see ats/registry), or
// the preview sandbox over s, which it seeds on first use.
func openProvider(ctx context.Context, cfg Config, logger *slog.Logger, s appStore) (ats.Provider, error) {
	if cfg.Mode == ats.ModeLive {
		if cfg.Live == nil {
			return nil, fmt.Errorf("ATS_PROVIDER=%s has no live integration yet", cfg.Provider)
		}
		return cfg.Live.Open(ats.OpenDeps{Logger: logger, Version: version()})
	}
	files, err := openFiles(ctx, cfg, logger)
	if err != nil {
		return nil, err
	}
	var opts []preview.Option
	if files != nil {
		opts = append(opts, preview.WithFiles(files))
	} else {
		logger.Info("the sandbox keeps no resume files: uploads answer NOT_SUPPORTED", "reason", "STORE=dynamodb without RESUME_BUCKET")
	}
	seedCtx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()
	sb, err := preview.Open(seedCtx, s, time.Now, opts...)
	if err != nil {
		return nil, fmt.Errorf("open the preview sandbox: %w", err)
	}
	return sb, nil
}

// openStore opens the program's store (STORE), in every mode: live mode
// keeps its callers' keys, limits and Idempotency-Key records there too.
func openStore(ctx context.Context, cfg Config, logger *slog.Logger) (appStore, error) {
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
		s, err := openSQLite(ctx, path)
		if err != nil {
			return nil, fmt.Errorf("open SQLite file %s (DATA_DIR): %w", path, err)
		}
		return s, nil
	}
}

// routerConfig is what the router needs to know, from the configuration
// and the store.
func routerConfig(cfg Config, s appStore) router.Config {
	return router.Config{
		Provider: cfg.Provider, Mode: string(cfg.Mode), Stage: cfg.Stage, Version: version(), CursorKey: []byte(cfg.CursorSecret),
		Callers: s, Auth: cfg.Auth, DefaultRate: cfg.RateLimit, KeyCacheTTL: cfg.KeyCacheTTL, CORSOrigins: cfg.CORSOrigins,
	}
}

// openFiles opens where the sandbox keeps resume files: a directory next to
// the SQLite file, memory with the memory store, the RESUME_BUCKET bucket
// with DynamoDB (nil, none, without one).
func openFiles(ctx context.Context, cfg Config, logger *slog.Logger) (preview.Files, error) {
	switch cfg.Store {
	case "memory":
		return memory.NewFiles(), nil
	case "dynamodb":
		if cfg.ResumeBucket == "" {
			return nil, nil
		}
		f, err := s3.Open(ctx, s3.Config{
			Bucket: cfg.ResumeBucket, Endpoint: cfg.S3Endpoint, Region: cfg.AWSRegion,
			EnvCredentials: cfg.AWSCredentials, Logger: logger,
		})
		if err != nil {
			return nil, fmt.Errorf("open S3 bucket RESUME_BUCKET=%s: %w", cfg.ResumeBucket, err)
		}
		return f, nil
	default:
		dir := filepath.Join(cfg.DataDir, "resumes")
		f, err := disk.Open(dir)
		if err != nil {
			return nil, fmt.Errorf("open the resume directory %s (DATA_DIR): %w", dir, err)
		}
		return f, nil
	}
}
