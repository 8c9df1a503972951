// Package awscall makes signed HTTP calls to AWS services: SigV4 by the
// AWS SDK's signer (aws/signer/v4), with the credentials and region the
// process has (awsenv), retried where the service asks for it.
//
// It stands in for the SDK's service clients where the program makes a
// handful of calls: each of those clients is hundreds of kilobytes of the
// Lambda bootstrap (S3's 1.2 MB for the five calls of the resume store,
// Secrets Manager's 0.26 MB for one read at cold start), which every cold
// start loads. The DynamoDB store, which makes many kinds of calls, keeps
// the SDK's client.
//
// awscall imports nothing of atsbridge.
package awscall

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"net"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	v4 "github.com/aws/aws-sdk-go-v2/aws/signer/v4"
)

const (
	// maxAttempts bounds the calls of one request: the first and two
	// retries, as the AWS SDK's standard retryer does.
	maxAttempts = 3
	// DefaultRetryWait and maxRetryWaits shape the backoff between them:
	// about 0.2 and 0.4 s, each shortened at random down to half, and
	// never over ten times the first.
	DefaultRetryWait = 200 * time.Millisecond
	maxRetryWaits    = 10
	// maxErrorBody is how much of an error answer is read for its code
	// and message.
	maxErrorBody = 64 << 10
	// maxErrorMessage caps the Message an Error keeps.
	maxErrorMessage = 512
)

// Client signs and sends requests to one AWS service in one region. It is
// safe for concurrent use.
type Client struct {
	service string
	region  string
	creds   aws.CredentialsProvider
	http    *http.Client
	signer  *v4.Signer
	logger  *slog.Logger
	// RetryWait is the wait before the first retry; each further retry
	// waits twice as long. Set it, if at all, before the first call.
	RetryWait time.Duration
}

// Options adjusts a Client.
type Options struct {
	// HTTPClient, when set, carries the calls (tests route them to a
	// loopback server); nil means a client of the package's own.
	// Redirects are not followed either way: a redirected request would
	// need signing anew, so the 3xx is the answer.
	HTTPClient *http.Client
	// Logger receives a warning for each retry; nil means none.
	Logger *slog.Logger
}

// New returns a Client of service (its signing name: "s3",
// "secretsmanager") in region, signing with creds.
func New(service, region string, creds aws.CredentialsProvider, o Options) *Client {
	c := &Client{
		service: service,
		region:  region,
		creds:   creds,
		http:    &http.Client{},
		// The path is signed as it is sent: callers encode it as their
		// service signs it (S3 once, where SigV4's default is twice).
		signer:    v4.NewSigner(func(so *v4.SignerOptions) { so.DisableURIPathEscaping = true }),
		logger:    o.Logger,
		RetryWait: DefaultRetryWait,
	}
	if o.HTTPClient != nil {
		copied := *o.HTTPClient
		c.http = &copied
	}
	c.http.CheckRedirect = func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }
	return c
}

// DNSSuffix is the domain of the AWS endpoints of region's partition.
func DNSSuffix(region string) string {
	if strings.HasPrefix(region, "cn-") {
		return "amazonaws.com.cn"
	}
	return "amazonaws.com"
}

// Request is one call.
type Request struct {
	// Op names the operation ("PutObject"), for logs.
	Op     string
	Method string
	// URL is where to send it; a RawPath, when set, is sent and signed as
	// it is.
	URL *url.URL
	// Header holds headers to send and sign.
	Header http.Header
	Body   []byte
}

// Do sends rq, signed, retrying what the service asks to retry (5xx,
// throttling, a failed connection) up to three calls in all, and none that
// would start past ctx's deadline. It returns the response of a 2xx
// answer, whose body is the caller's to close; any other answer is an
// *Error.
func (c *Client) Do(ctx context.Context, rq Request) (*http.Response, error) {
	sum := sha256.Sum256(rq.Body)
	payloadHash := hex.EncodeToString(sum[:])
	for attempt := 0; ; attempt++ {
		res, err := c.send(ctx, rq, payloadHash)
		if err == nil {
			return res, nil
		}
		if attempt+1 >= maxAttempts || ctx.Err() != nil || !retryable(err) || !c.backoff(ctx, rq.Op, attempt, err) {
			return nil, err
		}
	}
}

// send makes one signed attempt of rq.
func (c *Client) send(ctx context.Context, rq Request, payloadHash string) (*http.Response, error) {
	creds, err := c.creds.Retrieve(ctx)
	if err != nil {
		return nil, fmt.Errorf("AWS credentials: %w", err)
	}
	var body io.Reader
	if len(rq.Body) > 0 {
		body = bytes.NewReader(rq.Body)
	}
	req, err := http.NewRequestWithContext(ctx, rq.Method, rq.URL.String(), body)
	if err != nil {
		return nil, err
	}
	for k, v := range rq.Header {
		req.Header[k] = v
	}
	req.Header.Set("User-Agent", "atsbridge")
	// Without it Go's transport would ask for gzip and unzip the body
	// itself: a file stored gzip-encoded would not come back byte for
	// byte.
	req.Header.Set("Accept-Encoding", "identity")
	// S3 requires the payload's hash in this header and checks the body
	// against it; other services ignore it.
	req.Header.Set("X-Amz-Content-Sha256", payloadHash)
	if err := c.signer.SignHTTP(ctx, creds, req, payloadHash, c.service, c.region, time.Now()); err != nil {
		return nil, fmt.Errorf("sign: %w", err)
	}
	res, err := c.http.Do(req)
	if err != nil {
		return nil, err
	}
	if res.StatusCode >= 200 && res.StatusCode < 300 {
		return res, nil
	}
	defer res.Body.Close()
	return nil, c.answerError(res)
}

// Error is an answer of an AWS service other than a success: its HTTP
// status, and the code and message of its error body (S3's XML, or the
// JSON of the JSON protocols). An answer without a body (to a HEAD) has a
// Code made of its status text ("NotFound", "Forbidden"). Nothing of the
// request's signature or credentials is in it.
type Error struct {
	Service   string
	Status    int
	Code      string
	Message   string
	RequestID string
}

func (e *Error) Error() string {
	s := fmt.Sprintf("%s answered %d %s", e.Service, e.Status, e.Code)
	if e.Message != "" {
		s += ": " + e.Message
	}
	if e.RequestID != "" {
		s += " (request id " + e.RequestID + ")"
	}
	return s
}

// ErrorCode returns the Code of the *Error in err's chain, or "".
func ErrorCode(err error) string {
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return ""
}

// answerError reads the error answer res into an *Error.
func (c *Client) answerError(res *http.Response) *Error {
	e := &Error{Service: c.service, Status: res.StatusCode, RequestID: res.Header.Get("X-Amz-Request-Id")}
	if e.RequestID == "" {
		e.RequestID = res.Header.Get("X-Amzn-Requestid")
	}
	raw, _ := io.ReadAll(io.LimitReader(res.Body, maxErrorBody))
	raw = bytes.TrimSpace(raw)
	switch {
	case len(raw) > 0 && raw[0] == '<':
		var body struct {
			Code      string `xml:"Code"`
			Message   string `xml:"Message"`
			RequestID string `xml:"RequestId"`
		}
		if xml.Unmarshal(raw, &body) == nil {
			e.Code, e.Message = body.Code, body.Message
			if e.RequestID == "" {
				e.RequestID = body.RequestID
			}
		}
	case len(raw) > 0 && raw[0] == '{':
		var body struct {
			Type         string `json:"__type"`
			Message      string `json:"message"`
			MessageUpper string `json:"Message"`
		}
		if json.Unmarshal(raw, &body) == nil {
			// "com.amazonaws.secretsmanager#ThrottlingException"
			e.Code = body.Type[strings.LastIndexByte(body.Type, '#')+1:]
			e.Message = body.Message
			if e.Message == "" {
				e.Message = body.MessageUpper
			}
		}
	}
	if e.Code == "" {
		// "ThrottlingException:http://internal.amazon.com/coral/..."
		e.Code, _, _ = strings.Cut(res.Header.Get("X-Amzn-Errortype"), ":")
	}
	if e.Code == "" {
		e.Code = strings.ReplaceAll(http.StatusText(res.StatusCode), " ", "")
	}
	if e.Message == "" {
		// S3's answer to a HEAD of a bucket in another region says which.
		if r := res.Header.Get("X-Amz-Bucket-Region"); r != "" && r != c.region {
			e.Message = "the bucket is in region " + r + ", not " + c.region
		}
	}
	if len(e.Message) > maxErrorMessage {
		e.Message = e.Message[:maxErrorMessage] + "..."
	}
	return e
}

// retryable reports whether another attempt may succeed where err failed:
// the service asking to slow down or failing on its side, or the
// connection failing; not a refusal, a missing resource or missing
// credentials.
func retryable(err error) bool {
	if Throttled(err) || Unavailable(err) {
		return true
	}
	var ue *url.Error
	var ne net.Error
	return errors.As(err, &ue) || errors.As(err, &ne)
}

// Throttled reports whether err is the service asking its caller to slow
// down (S3's 503 SlowDown, a JSON service's ThrottlingException, a 429).
func Throttled(err error) bool {
	var e *Error
	if !errors.As(err, &e) {
		return false
	}
	switch e.Code {
	case "SlowDown", "Throttling", "ThrottlingException", "ThrottledException", "RequestThrottled",
		"RequestThrottledException", "TooManyRequestsException", "RequestLimitExceeded":
		return true
	}
	return e.Status == http.StatusTooManyRequests
}

// Unavailable reports whether err is the service failing on its side (a
// 5xx other than 501, or an internal-error code), as opposed to refusing
// the request.
func Unavailable(err error) bool {
	var e *Error
	if !errors.As(err, &e) || Throttled(err) {
		return false
	}
	switch e.Code {
	case "RequestTimeout", "RequestTimeoutException", "InternalError", "InternalFailure",
		"InternalServiceError", "ServiceUnavailable":
		return true
	}
	return e.Status >= 500 && e.Status != http.StatusNotImplemented
}

// backoff waits before retry number attempt+1 of op and reports whether to
// make it: not when the wait would end past ctx's deadline, nor when ctx
// ends meanwhile.
func (c *Client) backoff(ctx context.Context, op string, attempt int, err error) bool {
	d := min(c.RetryWait<<attempt, maxRetryWaits*c.RetryWait)
	d = d/2 + rand.N(d/2+1)
	if deadline, ok := ctx.Deadline(); ok && time.Now().Add(d).After(deadline) {
		return false
	}
	if c.logger != nil {
		c.logger.LogAttrs(ctx, slog.LevelWarn, c.service+": call failed; retrying", slog.String("op", op),
			slog.String("error", err.Error()), slog.Int("retry", attempt+1), slog.Duration("wait", d))
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return true
	case <-ctx.Done():
		return false
	}
}
