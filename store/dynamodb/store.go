package dynamodb

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync/atomic"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"

	"github.com/atsbridge/atsbridge/ats/preview"
	"github.com/atsbridge/atsbridge/awsenv"
)

// Config says which table to use and where.
type Config struct {
	// Table is the table name (DYNAMODB_TABLE).
	Table string
	// Endpoint, when set, is a local DynamoDB-compatible server
	// (DYNAMODB_ENDPOINT): dummy credentials are used unless
	// EnvCredentials, and the table is created if absent.
	Endpoint string
	// EnvCredentials makes a store with an Endpoint sign with the AWS
	// credentials of the process (awsenv), as one without does; the program
	// sets it when its environment has AWS_ACCESS_KEY_ID.
	EnvCredentials bool
	// Region overrides the region of the AWS configuration (awsenv).
	Region string
	// Logger receives what the store notes without failing a call (a list
	// counter it could not bump) and the AWS SDK's own warnings; nil means
	// slog.Default().
	Logger *slog.Logger
}

// Store is a preview.Store on one DynamoDB table. It is safe for concurrent
// use, also by many processes on the same table.
type Store struct {
	db     *dynamodb.Client
	table  *string
	closed atomic.Bool
	logger *slog.Logger

	// now is the clock of claim and seed-lease timestamps.
	now func() time.Time
	// staleAfter is how old a uniqueness claim must be before a claim
	// without its record counts as left behind by a crashed request.
	staleAfter time.Duration
	// seedLease is how long a seeder may work before another process may
	// take the seed over.
	seedLease time.Duration
	// backoffBase is the first wait before another round of a batch that
	// DynamoDB left partly unprocessed, and of a seeder polling another.
	backoffBase time.Duration
}

var _ preview.Store = (*Store)(nil)

// Defaults of the timing knobs. staleAfter is well above the 29 s API
// Gateway limit on a request plus the time a failed request takes to undo
// its writes, so a claim that old without its record has no live owner.
const (
	defaultStaleAfter = time.Minute
	defaultSeedLease  = 30 * time.Second
	// defaultBackoffBase doubles per round up to 40 times itself (1 s).
	defaultBackoffBase = 25 * time.Millisecond
	// tableWait bounds how long Open waits for a created table to be active.
	tableWait = 2 * time.Minute
)

// errClosed is returned by every call after Close.
var errClosed = errors.New("dynamodb: store is closed")

// Open connects to the table cfg names. With cfg.Endpoint set it creates the
// table when it does not exist and waits until it is active; without it the
// AWS configuration of the process is used (awsenv: on Lambda the
// function's role) and the table must already exist.
func Open(ctx context.Context, cfg Config) (*Store, error) {
	return open(ctx, cfg)
}

// open is Open with extra client options, which tests use to observe or
// disturb the calls the store makes.
func open(ctx context.Context, cfg Config, optFns ...func(*dynamodb.Options)) (*Store, error) {
	if cfg.Table == "" {
		return nil, errors.New("dynamodb: no table name")
	}
	load := awsenv.Options{Region: cfg.Region}
	if cfg.Endpoint != "" && !cfg.EnvCredentials {
		// A local server accepts any signature, but the SDK refuses to
		// sign without credentials.
		load.Credentials = credentials.NewStaticCredentialsProvider("local", "local", "")
	}
	awsCfg, err := awsenv.Load(ctx, load)
	if err != nil {
		return nil, fmt.Errorf("dynamodb: load AWS configuration: %w", err)
	}
	if awsCfg.Region == "" {
		if cfg.Endpoint == "" {
			return nil, errors.New("dynamodb: no AWS region; set AWS_REGION")
		}
		awsCfg.Region = "us-east-1" // any region works against a local server
	}
	// The retryer is the SDK's default for DynamoDB (see errors.go); it
	// honours ctx while it waits. On Lambda the region comes from
	// AWS_REGION and the credentials from the function's role, in the
	// variables Lambda sets (awsenv); without an endpoint the SDK
	// resolves the regional one.
	logger := cfg.Logger
	if logger == nil {
		logger = slog.Default()
	}
	opts := []func(*dynamodb.Options){classifyErrors, func(o *dynamodb.Options) { o.Logger = sdkLogger{logger} }}
	if cfg.Endpoint != "" {
		opts = append(opts, func(o *dynamodb.Options) { o.BaseEndpoint = aws.String(cfg.Endpoint) })
	}
	opts = append(opts, optFns...)
	s := &Store{
		db:          dynamodb.NewFromConfig(awsCfg, opts...),
		table:       aws.String(cfg.Table),
		logger:      logger,
		now:         time.Now,
		staleAfter:  defaultStaleAfter,
		seedLease:   defaultSeedLease,
		backoffBase: defaultBackoffBase,
	}
	if err := s.ensureTable(ctx, cfg.Endpoint != ""); err != nil {
		return nil, err
	}
	return s, nil
}

// Close makes every later call fail. The SDK client holds nothing that needs
// releasing beyond idle connections.
func (s *Store) Close() error {
	s.closed.Store(true)
	return nil
}

// usable fails when the store is closed or ctx is done, before any call,
// naming op for the logs.
func (s *Store) usable(ctx context.Context, op string) error {
	err := errClosed
	if !s.closed.Load() {
		err = classify(ctx, ctx.Err())
	}
	if err != nil {
		return fmt.Errorf("dynamodb: %s: %w", op, err)
	}
	return nil
}

// ensureTable checks that the table exists; when create is set it creates
// a missing table and waits until it and its indexes are active.
func (s *Store) ensureTable(ctx context.Context, create bool) error {
	out, err := s.db.DescribeTable(ctx, &dynamodb.DescribeTableInput{TableName: s.table})
	var notFound *types.ResourceNotFoundException
	switch {
	case errors.As(err, &notFound) && !create:
		return fmt.Errorf("dynamodb: table %s does not exist; deploy the stack that creates it", *s.table)
	case errors.As(err, &notFound):
		_, err = s.db.CreateTable(ctx, TableInput(*s.table))
		var inUse *types.ResourceInUseException
		if err != nil && !errors.As(err, &inUse) { // in use: another process created it first
			return fmt.Errorf("dynamodb: create table %s: %w", *s.table, err)
		}
		return s.waitActive(ctx)
	case err != nil:
		return fmt.Errorf("dynamodb: describe table %s: %w", *s.table, err)
	case !active(out.Table):
		if !create {
			return nil // a deployed table that is updating still serves reads and writes
		}
		return s.waitActive(ctx)
	}
	return nil
}

// waitActive polls until the table and all its indexes are active. The
// SDK's waiter sleeps at least 20 s between polls, far longer than a local
// server takes.
func (s *Store) waitActive(ctx context.Context) error {
	ctx, cancel := context.WithTimeout(ctx, tableWait)
	defer cancel()
	delay := 10 * time.Millisecond
	for {
		out, err := s.db.DescribeTable(ctx, &dynamodb.DescribeTableInput{TableName: s.table})
		var notFound *types.ResourceNotFoundException
		switch {
		case err == nil && active(out.Table):
			return nil
		case err != nil && !errors.As(err, &notFound):
			return fmt.Errorf("dynamodb: wait for table %s: %w", *s.table, err)
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("dynamodb: table %s did not become active: %w", *s.table, ctx.Err())
		case <-time.After(delay):
		}
		delay = min(2*delay, time.Second)
	}
}

// active reports whether t and every index of t can take traffic.
func active(t *types.TableDescription) bool {
	if t == nil || t.TableStatus != types.TableStatusActive {
		return false
	}
	for _, g := range t.GlobalSecondaryIndexes {
		if g.IndexStatus != types.IndexStatusActive {
			return false
		}
	}
	return true
}
