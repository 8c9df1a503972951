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
// The calls are plain S3 REST requests, signed and retried by awscall,
// not the AWS SDK's S3 client, which would be a tenth of the Lambda
// bootstrap for five calls. S3's refusals are *awscall.Error values with
// S3's code (AccessDenied, SlowDown, ...).
package s3

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/aws/aws-sdk-go-v2/credentials"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/preview"
	"github.com/atsbridge/atsbridge/awscall"
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
	// on AWS, at https://<bucket>.s3.<region>.amazonaws.com.
	Endpoint string
	// EnvCredentials makes a Files with an Endpoint sign with the AWS
	// credentials of the process (awsenv).
	EnvCredentials bool
	// Region overrides the region of the AWS configuration (awsenv).
	Region string
	// Logger receives a warning for each call retried; nil means
	// slog.Default().
	Logger *slog.Logger
	// HTTPClient, when set, carries the calls (tests route them to a
	// loopback server); nil means a client of awscall's own.
	HTTPClient *http.Client
}

// Files is a preview.Files on one bucket. It is safe for concurrent use.
type Files struct {
	client *awscall.Client
	// bucket is the bucket's URL: https://<bucket>.s3.<region>.amazonaws.com
	// (virtual-hosted style), or <endpoint>/<bucket> (path style).
	bucket url.URL
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
	bucket, err := bucketURL(cfg.Bucket, cfg.Endpoint, awsCfg.Region)
	if err != nil {
		return nil, fmt.Errorf("s3: %w", err)
	}
	logger := cfg.Logger
	if logger == nil {
		logger = slog.Default()
	}
	f := &Files{
		client: awscall.New("s3", awsCfg.Region, awsCfg.Credentials, awscall.Options{HTTPClient: cfg.HTTPClient, Logger: logger}),
		bucket: bucket,
	}
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

// bucketURL is the URL of bucket: virtual-hosted style on the region's S3
// endpoint, or path style below endpoint when it is set (a local
// S3-compatible server).
func bucketURL(bucket, endpoint, region string) (url.URL, error) {
	switch {
	case endpoint != "":
		u, err := url.Parse(endpoint)
		if err != nil || u.Scheme != "http" && u.Scheme != "https" || u.Host == "" {
			return url.URL{}, fmt.Errorf("endpoint %q is not an http(s) URL", endpoint)
		}
		return url.URL{Scheme: u.Scheme, Host: u.Host, Path: strings.TrimSuffix(u.Path, "/") + "/" + bucket}, nil
	case strings.Contains(bucket, "."):
		// A dotted name does not match the certificate of *.s3.<region>.amazonaws.com.
		return url.URL{Scheme: "https", Host: "s3." + region + "." + awscall.DNSSuffix(region), Path: "/" + bucket}, nil
	}
	return url.URL{Scheme: "https", Host: bucket + ".s3." + region + "." + awscall.DNSSuffix(region)}, nil
}

// objectURL is the URL of key in the bucket, or of the bucket when key is
// "". Its path is URI-encoded by SigV4's rules for S3, which the request
// line and the signature then both use.
func (f *Files) objectURL(key string) *url.URL {
	u := f.bucket
	if key == "" {
		if u.Path == "" {
			u.Path = "/"
		}
		return &u
	}
	u.RawPath = uriEncode(u.Path) + "/" + uriEncode(key)
	u.Path += "/" + key
	return &u
}

// uriEncode escapes every byte of p but the unreserved characters of
// RFC 3986 and "/", as SigV4 requires of an S3 key (S3 encodes a key once,
// where other services encode the path twice).
func uriEncode(p string) string {
	const hexDigits = "0123456789ABCDEF"
	var b strings.Builder
	for i := 0; i < len(p); i++ {
		ch := p[i]
		if 'A' <= ch && ch <= 'Z' || 'a' <= ch && ch <= 'z' || '0' <= ch && ch <= '9' ||
			ch == '-' || ch == '_' || ch == '.' || ch == '~' || ch == '/' {
			b.WriteByte(ch)
			continue
		}
		b.WriteByte('%')
		b.WriteByte(hexDigits[ch>>4])
		b.WriteByte(hexDigits[ch&15])
	}
	return b.String()
}

// do makes op on key ("" for the bucket).
func (f *Files) do(ctx context.Context, op, method, key string, header http.Header, body []byte) (*http.Response, error) {
	return f.client.Do(ctx, awscall.Request{Op: op, Method: method, URL: f.objectURL(key), Header: header, Body: body})
}

// bucketCall makes a call on the bucket itself and discards its answer.
func (f *Files) bucketCall(ctx context.Context, op, method string) error {
	res, err := f.do(ctx, op, method, "", nil, nil)
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
	res, err := f.do(ctx, "PutObject", http.MethodPut, key(id), h, file.Data)
	if err != nil {
		return failed(ctx, "put "+id, err)
	}
	return res.Body.Close()
}

// Get streams candidate id's object: Body reads from S3 as the caller
// reads it.
func (f *Files) Get(ctx context.Context, id string) (ats.Download, error) {
	res, err := f.do(ctx, "GetObject", http.MethodGet, key(id), nil, nil)
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
	res, err := f.do(ctx, "DeleteObject", http.MethodDelete, key(id), nil, nil)
	if err != nil {
		return failed(ctx, "delete "+id, err)
	}
	return res.Body.Close()
}

// failed names op in err, typed as an interruption when ctx ended, and as
// UPSTREAM_RATE_LIMITED or UPSTREAM_UNAVAILABLE (503 with Retry-After) when
// S3 kept throttling or failing through the retries: the client can try
// again later, which a bare INTERNAL would not tell it.
func failed(ctx context.Context, op string, err error) error {
	switch {
	case preview.Interrupted(ctx, err) != nil:
		err = preview.Interrupted(ctx, err)
	case awscall.Throttled(err):
		err = &ats.Error{Code: ats.CodeUpstreamRateLimited, RetryAfter: busyRetryAfter,
			Message: "The sandbox's file storage is busy right now; retry after the Retry-After delay.", Err: err}
	case awscall.Unavailable(err):
		err = &ats.Error{Code: ats.CodeUpstreamUnavailable, RetryAfter: busyRetryAfter,
			Message: "The sandbox's file storage is failing right now; retry after the Retry-After delay.", Err: err}
	}
	return fmt.Errorf("s3: %s: %w", op, err)
}

// busyRetryAfter is the Retry-After of a throttled or failing S3.
const busyRetryAfter = 2 * time.Second

// notFound reports whether err says that the key or the bucket does not
// exist (GetObject's NoSuchKey, HeadBucket's bare 404).
func notFound(err error) bool {
	switch awscall.ErrorCode(err) {
	case "NoSuchKey", "NotFound", "NoSuchBucket":
		return true
	}
	return false
}

func alreadyThere(err error) bool {
	switch awscall.ErrorCode(err) {
	case "BucketAlreadyOwnedByYou", "BucketAlreadyExists":
		return true
	}
	return false
}

func orDefault(s, fallback string) string {
	if s == "" {
		return fallback
	}
	return s
}
