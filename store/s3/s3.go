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
//
// The calls are plain S3 REST requests signed with SigV4 (client.go), not
// the AWS SDK's S3 client, which would be a tenth of the Lambda bootstrap.
package s3

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"

	"github.com/aws/aws-sdk-go-v2/credentials"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/preview"
	"github.com/atsbridge/atsbridge/awsenv"
)

// Prefix is the key prefix of the resume objects. The stack's lifecycle
// rule applies to it.
const Prefix = "resumes/"

// metaFilename is the metadata header holding the caller's file name.
const metaFilename = "X-Amz-Meta-Filename"

// Config says which bucket to use and where.
type Config struct {
	// Bucket is the bucket name (RESUME_BUCKET).
	Bucket string
	// Endpoint, when set, is a local S3-compatible server (S3_ENDPOINT):
	// path-style addressing, dummy credentials unless EnvCredentials, and
	// the bucket is created if absent. Without it the bucket is reached
	// on AWS, https://<bucket>.s3.<region>.amazonaws.com.
	Endpoint string
	// EnvCredentials makes a Files with an Endpoint sign with the AWS
	// credentials of the process (awsenv).
	EnvCredentials bool
	// Region overrides the region of the AWS configuration (awsenv).
	Region string
	// Logger receives the warnings of calls retried; nil means
	// slog.Default().
	Logger *slog.Logger
	// HTTPClient, when set, carries the calls (tests route them to a
	// loopback server); nil means a client of the package's own. Redirects
	// are not followed either way.
	HTTPClient *http.Client
}

// Files is a preview.Files on one bucket. It is safe for concurrent use.
type Files struct {
	client *client
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
		// A local server accepts any signature, but a request is signed
		// with some credentials all the same.
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
	if awsCfg.Credentials == nil {
		return nil, errors.New("s3: no AWS credentials")
	}
	logger := cfg.Logger
	if logger == nil {
		logger = slog.Default()
	}
	c, err := newClient(cfg.Bucket, cfg.Endpoint, awsCfg.Region, awsCfg.Credentials, cfg.HTTPClient, logger)
	if err != nil {
		return nil, fmt.Errorf("s3: %w", err)
	}
	f := &Files{client: c}
	err = f.bucketCall(ctx, "HeadBucket", http.MethodHead)
	if err != nil && cfg.Endpoint != "" && notFound(err) {
		if err = f.bucketCall(ctx, "CreateBucket", http.MethodPut); alreadyThere(err) {
			err = nil
		}
	}
	if err != nil {
		return nil, fmt.Errorf("s3: bucket %s: %w", cfg.Bucket, err)
	}
	return f, nil
}

// bucketCall makes a call on the bucket itself and discards its answer.
func (f *Files) bucketCall(ctx context.Context, op, method string) error {
	res, err := f.client.do(ctx, call{op: op, method: method})
	if err != nil {
		return err
	}
	return res.Body.Close()
}

func key(candidateID string) string { return Prefix + candidateID }

// Put stores f as candidate id's object, replacing any earlier one.
func (f *Files) Put(ctx context.Context, id string, file ats.File) error {
	h := http.Header{}
	h.Set("Content-Type", orDefault(file.ContentType, "application/octet-stream"))
	h.Set(metaFilename, url.PathEscape(file.Filename))
	res, err := f.client.do(ctx, call{op: "PutObject", method: http.MethodPut, key: key(id), header: h, body: file.Data})
	if err != nil {
		return failed(ctx, "put "+id, err)
	}
	return res.Body.Close()
}

// Get streams candidate id's object: Body reads from S3 as the caller
// reads it.
func (f *Files) Get(ctx context.Context, id string) (ats.Download, error) {
	res, err := f.client.do(ctx, call{op: "GetObject", method: http.MethodGet, key: key(id)})
	if err != nil {
		if notFound(err) {
			return ats.Download{}, fmt.Errorf("s3: get %s: %w", id, preview.ErrNoFile)
		}
		return ats.Download{}, failed(ctx, "get "+id, err)
	}
	name := res.Header.Get(metaFilename)
	if unescaped, err := url.PathUnescape(name); err == nil {
		name = unescaped
	}
	return ats.Download{Filename: name, ContentType: res.Header.Get("Content-Type"), Size: res.ContentLength, Body: res.Body}, nil
}

// Delete removes candidate id's object; a missing one is no error (S3
// answers a delete of a missing key with success).
func (f *Files) Delete(ctx context.Context, id string) error {
	res, err := f.client.do(ctx, call{op: "DeleteObject", method: http.MethodDelete, key: key(id)})
	if err != nil {
		return failed(ctx, "delete "+id, err)
	}
	return res.Body.Close()
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
	var e *Error
	return errors.As(err, &e) && (e.Code == "NoSuchKey" || e.Code == "NotFound" || e.Code == "NoSuchBucket")
}

func alreadyThere(err error) bool {
	var e *Error
	return errors.As(err, &e) && (e.Code == "BucketAlreadyOwnedByYou" || e.Code == "BucketAlreadyExists")
}

func orDefault(s, fallback string) string {
	if s == "" {
		return fallback
	}
	return s
}
