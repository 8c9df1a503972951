// Command atsbridge serves the atsbridge API: locally as an HTTP server on
// :3000 (go run .), or as one AWS Lambda function behind API Gateway when
// started by the Lambda runtime. Both run the same router.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/atsbridge/atsbridge/envelope"
	"github.com/atsbridge/atsbridge/router"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, os.Args, os.Getenv, os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "atsbridge:", err)
		os.Exit(1)
	}
}

// run wires config -> store -> provider -> router and serves until ctx is
// done, or, with the arguments keys ..., manages API keys in the
// configured store (keys.go). It takes its whole world as arguments so
// tests can run the real program on a free port and stop it by
// cancelling ctx.
func run(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	keys := len(args) > 1 && args[1] == "keys"
	if len(args) > 1 && !keys {
		return fmt.Errorf("unknown argument %q; usage: atsbridge (no arguments: the environment configures it, see the README), or atsbridge keys create|list|revoke", args[1])
	}
	getenv, err := withSecret(ctx, getenv)
	if err != nil {
		return err
	}
	cfg, err := loadConfig(getenv)
	if err != nil {
		return err
	}
	if keys {
		return runKeys(ctx, args[2:], cfg, stdout, stderr)
	}
	logger := newLogger(cfg, stdout)
	logger.Info("starting", "version", version(), "provider", cfg.Provider, "mode", cfg.Mode, "store", cfg.Store, "stage", cfg.Stage, "auth", cfg.Auth)
	if cfg.ModeReason != "" {
		logger.Info("serving the preview sandbox", "reason", cfg.ModeReason)
	}

	// Take the port before opening the store: when it is taken the
	// program stops before it creates, migrates or seeds one. In Lambda
	// there is no port.
	var ln net.Listener
	if !cfg.InLambda {
		ln, err = net.Listen("tcp", ":"+cfg.Port)
		if err != nil {
			return fmt.Errorf("listen on PORT=%s: %w", cfg.Port, err)
		}
		defer ln.Close() // after a failed start; Shutdown has closed it otherwise
	}

	s, err := openStore(ctx, cfg, logger)
	if err != nil {
		return err
	}
	defer func() {
		if err := s.Close(); err != nil {
			logger.Error("closing the store", "error", err)
		}
	}()
	p, err := openProvider(ctx, cfg, logger, s)
	if err != nil {
		return err
	}

	handler := router.New(logger, routerConfig(cfg, s), p)

	if cfg.InLambda {
		return serveLambda(ctx, handler, envelope.Origin{Provider: cfg.Provider, Mode: string(cfg.Mode)}, logger)
	}
	return serveHTTP(ctx, ln, cfg.Stage, handler, logger)
}

// serveHTTP serves on ln until ctx is done, then stops accepting, lets
// in-flight requests finish (up to 15 s) and returns.
func serveHTTP(ctx context.Context, ln net.Listener, stage string, handler http.Handler, logger *slog.Logger) error {
	srv := &http.Server{
		Handler:                      handler,
		DisableGeneralOptionsHandler: true,
		ReadHeaderTimeout:            10 * time.Second,
		ReadTimeout:                  30 * time.Second,
		WriteTimeout:                 60 * time.Second,
		IdleTimeout:                  120 * time.Second,
		ErrorLog:                     slog.NewLogLogger(logger.Handler(), slog.LevelWarn),
	}
	port := ln.Addr().(*net.TCPAddr).Port
	logger.Info("listening", "addr", fmt.Sprintf("http://localhost:%d", port), "try", fmt.Sprintf("http://localhost:%d/%s/jobs", port, stage),
		"dashboard", fmt.Sprintf("http://localhost:%d/ui/", port))

	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	logger.Info("shutting down")
	shutdownCtx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 15*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdownCtx); err != nil {
		return fmt.Errorf("shutdown: %w", err)
	}
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	logger.Info("stopped")
	return nil
}
