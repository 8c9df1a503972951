// Package s3 is a preview.Files in an S3 bucket: the resume files of the
// deployed sandbox (STORE=dynamodb), in the private, encrypted bucket that
// the CDK stack creates (RESUME_BUCKET), whose lifecycle rule expires them.
//
// One object per candidate, keyed by the candidate's id below a prefix
// ("resumes/cand_321"), never by the name the caller gave: that name
// travels in the object's metadata, percent-encoded (S3 metadata is
// ASCII), and the sniffed type in its Content-Type. A PutObject replaces
// an object atomically, so a reader gets the old file or the new one,
// whole. Encryption at rest is the bucket's default (SSE-S3); the stack
// refuses requests without TLS.
package s3

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"strings"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/credentials"
	s3api "github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/s3/types"
	"github.com/aws/smithy-go"
	"github.com/aws/smithy-go/logging"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/preview"
	"github.com/atsbridge/atsbridge/awsenv"
)

// Prefix is the key prefix of the resume objects. The stack's lifecycle
// rule applies to it.
const Prefix = "resumes/"

// metaFilename is the metadata key holding the caller's file name.
const metaFilename = "filename"

// Config says which bucket to use and where.
type Config struct {
	// Bucket is the bucket name (RESUME_BUCKET).
	Bucket string
	// Endpoint, when set, is a local S3-compatible server (S3_ENDPOINT):
	// path-style addressing, dummy credentials unless EnvCredentials, and
	// the bucket is created if absent.
	Endpoint string
	// EnvCredentials makes a Files with an Endpoint sign with the AWS
	// credentials of the process (awsenv).
	EnvCredentials bool
	// Region overrides the region of the AWS configuration (awsenv).
	Region string
	// Logger receives the AWS SDK's own warnings; nil means slog.Default().
	Logger *slog.Logger
}

// Files is a preview.Files on one bucket. It is safe for concurrent use.
type Files struct {
	client *s3api.Client
	bucket string
}

var _ preview.Files = (*Files)(nil)

// Open connects to the bucket cfg names and checks that it can be reached
// (HeadBucket), so a wrong name or a missing grant stops the program at
// start rather than failing the first upload. With cfg.Endpoint set a
// missing bucket is created.
func Open(ctx context.Context, cfg Config) (*Files, error) {
	if cfg.Bucket == "" {
		return nil, errors.New("s3: no bucket name")
	}
	load := awsenv.Options{Region: cfg.Region}
	if cfg.Endpoint != "" && !cfg.EnvCredentials {
		// A local server accepts any signature, but the SDK refuses to
		// sign without credentials.
		load.Credentials = credentials.NewStaticCredentialsProvider("local", "local", "")
	}
	awsCfg, err := awsenv.Load(ctx, load)
	if err != nil {
		return nil, fmt.Errorf("s3: load AWS configuration: %w", err)
	}
	if awsCfg.Region == "" {
		if cfg.Endpoint == "" {
			return nil, errors.New("s3: no AWS region; set AWS_REGION")
		}
		awsCfg.Region = "us-east-1"
	}
	logger := cfg.Logger
	if logger == nil {
		logger = slog.Default()
	}
	client := s3api.NewFromConfig(awsCfg, func(o *s3api.Options) {
		o.Logger = sdkLogger{logger}
		// Objects written without a checksum (by a local server) are read
		// without one; that is no news worth a warning per read.
		o.DisableLogOutputChecksumValidationSkipped = true
		if cfg.Endpoint != "" {
			o.BaseEndpoint = aws.String(cfg.Endpoint)
			o.UsePathStyle = true
		}
	})
	f := &Files{client: client, bucket: cfg.Bucket}
	_, err = client.HeadBucket(ctx, &s3api.HeadBucketInput{Bucket: &f.bucket})
	if err != nil && cfg.Endpoint != "" && notFound(err) {
		if _, err = client.CreateBucket(ctx, &s3api.CreateBucketInput{Bucket: &f.bucket}); alreadyThere(err) {
			err = nil
		}
	}
	if err != nil {
		return nil, fmt.Errorf("s3: bucket %s: %w", cfg.Bucket, err)
	}
	return f, nil
}

func key(candidateID string) *string { return aws.String(Prefix + candidateID) }

// Put stores f as candidate id's object, replacing any earlier one.
func (f *Files) Put(ctx context.Context, id string, file ats.File) error {
	_, err := f.client.PutObject(ctx, &s3api.PutObjectInput{
		Bucket:        &f.bucket,
		Key:           key(id),
		Body:          bytes.NewReader(file.Data),
		ContentLength: aws.Int64(int64(len(file.Data))),
		ContentType:   aws.String(orDefault(file.ContentType, "application/octet-stream")),
		Metadata:      map[string]string{metaFilename: url.PathEscape(file.Filename)},
	})
	if err != nil {
		return failed(ctx, "put "+id, err)
	}
	return nil
}

// Get streams candidate id's object: Body reads from S3 as the caller
// reads it.
func (f *Files) Get(ctx context.Context, id string) (ats.Download, error) {
	out, err := f.client.GetObject(ctx, &s3api.GetObjectInput{Bucket: &f.bucket, Key: key(id)})
	if err != nil {
		if notFound(err) {
			return ats.Download{}, fmt.Errorf("s3: get %s: %w", id, preview.ErrNoFile)
		}
		return ats.Download{}, failed(ctx, "get "+id, err)
	}
	name := ""
	for k, v := range out.Metadata {
		if strings.EqualFold(k, metaFilename) {
			if name, err = url.PathUnescape(v); err != nil {
				name = v
			}
		}
	}
	size := int64(-1)
	if out.ContentLength != nil {
		size = *out.ContentLength
	}
	return ats.Download{Filename: name, ContentType: aws.ToString(out.ContentType), Size: size, Body: out.Body}, nil
}

// Delete removes candidate id's object; a missing one is no error (S3
// answers a delete of a missing key with success).
func (f *Files) Delete(ctx context.Context, id string) error {
	if _, err := f.client.DeleteObject(ctx, &s3api.DeleteObjectInput{Bucket: &f.bucket, Key: key(id)}); err != nil {
		return failed(ctx, "delete "+id, err)
	}
	return nil
}

// failed names op in err, typed as an interruption when ctx ended.
func failed(ctx context.Context, op string, err error) error {
	if e := preview.Interrupted(ctx, err); e != nil {
		err = e
	}
	return fmt.Errorf("s3: %s: %w", op, err)
}

// notFound reports whether err says that the key or the bucket does not
// exist (GetObject's NoSuchKey, HeadBucket's bare 404).
func notFound(err error) bool {
	var nsk *types.NoSuchKey
	var nf *types.NotFound
	var nsb *types.NoSuchBucket
	var api smithy.APIError
	return errors.As(err, &nsk) || errors.As(err, &nf) || errors.As(err, &nsb) ||
		errors.As(err, &api) && (api.ErrorCode() == "NoSuchKey" || api.ErrorCode() == "NotFound")
}

func alreadyThere(err error) bool {
	var owned *types.BucketAlreadyOwnedByYou
	var exists *types.BucketAlreadyExists
	return errors.As(err, &owned) || errors.As(err, &exists)
}

func orDefault(s, fallback string) string {
	if s == "" {
		return fallback
	}
	return s
}

// sdkLogger passes the AWS SDK's log entries to the program's logger
// instead of the SDK's own stderr logger (as store/dynamodb does).
type sdkLogger struct{ l *slog.Logger }

func (a sdkLogger) Logf(c logging.Classification, format string, v ...any) {
	level := slog.LevelDebug
	if c == logging.Warn {
		level = slog.LevelWarn
	}
	a.l.Log(context.Background(), level, "s3: aws sdk: "+fmt.Sprintf(format, v...))
}
