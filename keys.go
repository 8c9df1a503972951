package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/atsbridge/atsbridge/caller"
	"github.com/atsbridge/atsbridge/router"
)

// keyAdmin is what the keys command uses of the store.
type keyAdmin interface {
	CreateKey(ctx context.Context, k caller.Key) error
	Keys(ctx context.Context) ([]caller.Key, error)
	RevokeKey(ctx context.Context, id string, at time.Time) (caller.Key, error)
}

const keysUsage = `usage:
  atsbridge keys create --name NAME [--scope read|write] [--rate N/s|N/m|N/h]
  atsbridge keys list
  atsbridge keys revoke ID
The store is the one the environment configures (STORE, DATA_DIR, DYNAMODB_TABLE, ...), as for the server.`

// runKeys manages API keys in the configured store: create prints the new
// key once, on stdout alone (so KEY=$(atsbridge keys create ...) keeps
// it), with what was created on stderr; list shows every key without the
// key itself; revoke ends one.
func runKeys(ctx context.Context, args []string, cfg Config, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		return errors.New("keys: name a command\n" + keysUsage)
	}
	// The store's own notes (the AWS SDK's warnings) go to stderr, and
	// only when they matter.
	logger := slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	open := func() (appStore, error) { return openStore(ctx, cfg, logger) }
	switch args[0] {
	case "create":
		return keysCreate(ctx, args[1:], cfg, open, stdout, stderr)
	case "list":
		if len(args) > 1 {
			return errors.New("keys list takes no arguments\n" + keysUsage)
		}
		return keysList(ctx, cfg, open, stdout)
	case "revoke":
		if len(args) != 2 {
			return errors.New("keys revoke takes one key id (see keys list)\n" + keysUsage)
		}
		return keysRevoke(ctx, args[1], cfg, open, stderr)
	}
	return fmt.Errorf("keys: unknown command %q\n%s", args[0], keysUsage)
}

func keysCreate(ctx context.Context, args []string, cfg Config, open func() (appStore, error), stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("keys create", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	name := fs.String("name", "", "who or what the key is for")
	scopeFlag := fs.String("scope", string(caller.ScopeWrite), "read or write")
	rateFlag := fs.String("rate", "", "the key's own limit, N/s, N/m or N/h (default RATE_LIMIT)")
	if err := fs.Parse(args); err != nil {
		return fmt.Errorf("keys create: %w\n%s", err, keysUsage)
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("keys create: unexpected %q\n%s", fs.Arg(0), keysUsage)
	}
	*name = strings.TrimSpace(*name)
	if *name == "" || len(*name) > 100 {
		return errors.New("keys create: --name is required (1 to 100 characters): who or what the key is for\n" + keysUsage)
	}
	scope, err := caller.ParseScope(*scopeFlag)
	if err != nil {
		return fmt.Errorf("keys create: --scope: %w", err)
	}
	var rate caller.Rate
	if *rateFlag != "" {
		if rate, err = caller.ParseRate(*rateFlag); err != nil {
			return fmt.Errorf("keys create: --rate: %w", err)
		}
	}
	s, err := open()
	if err != nil {
		return err
	}
	defer s.Close()
	secret, k := caller.NewKey(*name, scope, rate, time.Now())
	if err := s.CreateKey(ctx, k); err != nil {
		return fmt.Errorf("keys create: %w", err)
	}
	fmt.Fprintln(stdout, secret)
	fmt.Fprintf(stderr, "Created %s %q (scope %s, rate %s) in %s. The key above is shown only this once: keep it now.\n",
		k.ID, k.Name, k.Scope, rateText(k.Rate, cfg.RateLimit), storeName(cfg))
	return nil
}

func keysList(ctx context.Context, cfg Config, open func() (appStore, error), stdout io.Writer) error {
	s, err := open()
	if err != nil {
		return err
	}
	defer s.Close()
	keys, err := s.Keys(ctx)
	if err != nil {
		return fmt.Errorf("keys list: %w", err)
	}
	tw := tabwriter.NewWriter(stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tNAME\tPREFIX\tSCOPE\tRATE\tCREATED\tLAST USED\tREVOKED")
	for _, k := range keys {
		fmt.Fprintf(tw, "%s\t%s\t%s...\t%s\t%s\t%s\t%s\t%s\n", k.ID, k.Name, k.Prefix, k.Scope, rateText(k.Rate, cfg.RateLimit),
			when(k.CreatedAt), when(k.LastUsedAt), when(k.RevokedAt))
	}
	return tw.Flush()
}

func keysRevoke(ctx context.Context, id string, cfg Config, open func() (appStore, error), stderr io.Writer) error {
	s, err := open()
	if err != nil {
		return err
	}
	defer s.Close()
	k, err := s.RevokeKey(ctx, id, time.Now())
	if errors.Is(err, caller.ErrNoKey) {
		return fmt.Errorf("keys revoke: no key %q in %s; see keys list", id, storeName(cfg))
	}
	if err != nil {
		return fmt.Errorf("keys revoke: %w", err)
	}
	fmt.Fprintf(stderr, "Revoked %s %q at %s. Running instances refuse it within their key cache's lifetime (AUTH_CACHE_TTL, %s unless set).\n",
		k.ID, k.Name, when(k.RevokedAt), router.DefaultKeyCacheTTL)
	return nil
}

func rateText(r, def caller.Rate) string {
	if r.IsZero() {
		return def.String() + " (RATE_LIMIT)"
	}
	return r.String()
}

func when(t time.Time) string {
	if t.IsZero() {
		return "-"
	}
	return t.UTC().Format(time.RFC3339)
}

// storeName says which store a command worked on, for its messages.
func storeName(cfg Config) string {
	switch cfg.Store {
	case "dynamodb":
		return "DynamoDB table " + cfg.DynamoTable
	case "memory":
		return "the memory store (gone when this command ends: use STORE=sqlite or dynamodb)"
	}
	return "SQLite file " + cfg.DataDir + "/preview.db"
}
