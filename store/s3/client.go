package s3

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
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

// client makes the few S3 REST calls that Files needs (HeadBucket,
// CreateBucket, PutObject, GetObject, DeleteObject), signed with SigV4 by
// the AWS SDK's signer. It is not the SDK's S3 client: that one is about
// 1.2 MB of the Lambda bootstrap, for five calls of a few lines each.
type client struct {
	http   *http.Client
	creds  aws.CredentialsProvider
	signer *v4.Signer
	region string
	// base is the URL of the bucket: https://<bucket>.s3.<region>.amazonaws.com
	// (virtual-hosted style), or <endpoint>/<bucket> (path style).
	base   url.URL
	logger *slog.Logger
	// retryWait is the wait before the first retry; each further retry
	// waits twice as long, up to maxRetryWaits of it.
	retryWait time.Duration
}

const (
	// maxAttempts bounds the calls of one operation: the first and three
	// retries, as the AWS SDK's standard retryer does.
	maxAttempts = 4
	// defaultRetryWait and maxRetryWaits shape the backoff between them:
	// about 0.2, 0.4 and 0.8 s, each shortened at random down to half,
	// and never over 2 s.
	defaultRetryWait = 200 * time.Millisecond
	maxRetryWaits    = 10
	// maxErrorBody is how much of an error answer is read for its Code and
	// Message.
	maxErrorBody = 64 << 10
	// maxErrorMessage caps the Message an Error keeps.
	maxErrorMessage = 512
)

// newClient builds the client of bucket: virtual-hosted style on the
// region's S3 endpoint, or path style below endpoint when it is set (a
// local S3-compatible server).
func newClient(bucket, endpoint, region string, creds aws.CredentialsProvider, hc *http.Client, logger *slog.Logger) (*client, error) {
	c := &client{
		creds:     creds,
		signer:    v4.NewSigner(func(o *v4.SignerOptions) { o.DisableURIPathEscaping = true }),
		region:    region,
		logger:    logger,
		retryWait: defaultRetryWait,
	}
	// S3 answers some errors with a redirect to another endpoint; a
	// redirected request would need signing anew, so the 3xx is the answer.
	c.http = &http.Client{}
	if hc != nil {
		copied := *hc
		c.http = &copied
	}
	c.http.CheckRedirect = func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }
	switch {
	case endpoint != "":
		u, err := url.Parse(endpoint)
		if err != nil || u.Scheme != "http" && u.Scheme != "https" || u.Host == "" {
			return nil, fmt.Errorf("endpoint %q is not an http(s) URL", endpoint)
		}
		c.base = url.URL{Scheme: u.Scheme, Host: u.Host, Path: strings.TrimSuffix(u.Path, "/") + "/" + bucket}
	case strings.Contains(bucket, "."):
		// A dotted name does not match the certificate of *.s3.<region>.amazonaws.com.
		c.base = url.URL{Scheme: "https", Host: "s3." + region + "." + dnsSuffix(region), Path: "/" + bucket}
	default:
		c.base = url.URL{Scheme: "https", Host: bucket + ".s3." + region + "." + dnsSuffix(region)}
	}
	return c, nil
}

// dnsSuffix is the domain of AWS endpoints in region's partition.
func dnsSuffix(region string) string {
	if strings.HasPrefix(region, "cn-") {
		return "amazonaws.com.cn"
	}
	return "amazonaws.com"
}

// call is one S3 request: the bucket itself when key is "".
type call struct {
	op     string // the S3 operation, for logs
	method string
	key    string
	header http.Header // more headers to send and sign
	body   []byte
}

// do sends cl, retrying what S3 asks to retry (5xx, SlowDown and other
// throttling, a failed connection) up to maxAttempts calls, and no later
// than ctx's deadline. It returns the response of a 2xx answer, whose body
// is the caller's to close; any other answer is an *Error.
func (c *client) do(ctx context.Context, cl call) (*http.Response, error) {
	sum := sha256.Sum256(cl.body)
	payloadHash := hex.EncodeToString(sum[:])
	for attempt := 0; ; attempt++ {
		res, err := c.send(ctx, cl, payloadHash)
		if err == nil {
			return res, nil
		}
		if attempt+1 >= maxAttempts || ctx.Err() != nil || !retryable(err) || !c.backoff(ctx, cl.op, attempt, err) {
			return nil, err
		}
	}
}

// send makes one signed attempt of cl.
func (c *client) send(ctx context.Context, cl call, payloadHash string) (*http.Response, error) {
	creds, err := c.creds.Retrieve(ctx)
	if err != nil {
		return nil, fmt.Errorf("AWS credentials: %w", err)
	}
	var body io.Reader
	if len(cl.body) > 0 {
		body = bytes.NewReader(cl.body)
	}
	u := c.objectURL(cl.key)
	req, err := http.NewRequestWithContext(ctx, cl.method, u.String(), body)
	if err != nil {
		return nil, err
	}
	for k, v := range cl.header {
		req.Header[k] = v
	}
	req.Header.Set("User-Agent", "atsbridge (store/s3)")
	// Without it Go's transport would ask for gzip and unzip the body
	// itself, and an object stored gzip-encoded would no longer be
	// byte for byte what was put.
	req.Header.Set("Accept-Encoding", "identity")
	// S3 requires the payload's hash in this header (and checks the body
	// against it); the signer signs it with the other x-amz- headers.
	req.Header.Set("X-Amz-Content-Sha256", payloadHash)
	if err := c.signer.SignHTTP(ctx, creds, req, payloadHash, "s3", c.region, time.Now()); err != nil {
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

// objectURL is the URL of key in the bucket, or of the bucket when key is
// "". Its path is URI-encoded by SigV4's rules, which the request line
// and the signature then both use.
func (c *client) objectURL(key string) *url.URL {
	u := c.base
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
// RFC 3986 and "/", as SigV4 requires of an S3 key (it encodes a key once,
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

// Error is an answer of S3 other than a success: its HTTP status and the
// Code and Message of its XML error body. An answer without a body (to a
// HEAD) has a Code made of its status text ("NotFound", "Forbidden").
// Nothing of the request's signature or credentials is in it.
type Error struct {
	Status    int
	Code      string
	Message   string
	RequestID string
}

func (e *Error) Error() string {
	s := fmt.Sprintf("S3 answered %d %s", e.Status, e.Code)
	if e.Message != "" {
		s += ": " + e.Message
	}
	if e.RequestID != "" {
		s += " (request id " + e.RequestID + ")"
	}
	return s
}

// answerError reads the error answer res into an *Error.
func (c *client) answerError(res *http.Response) *Error {
	e := &Error{Status: res.StatusCode, RequestID: res.Header.Get("X-Amz-Request-Id")}
	raw, _ := io.ReadAll(io.LimitReader(res.Body, maxErrorBody))
	var body struct {
		Code      string `xml:"Code"`
		Message   string `xml:"Message"`
		RequestID string `xml:"RequestId"`
	}
	if len(bytes.TrimSpace(raw)) > 0 && xml.Unmarshal(raw, &body) == nil {
		e.Code, e.Message = body.Code, body.Message
		if e.RequestID == "" {
			e.RequestID = body.RequestID
		}
	}
	if e.Code == "" {
		e.Code = strings.ReplaceAll(http.StatusText(res.StatusCode), " ", "")
	}
	if e.Message == "" {
		// A HEAD of a bucket in another region says which one.
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
// S3 asking to slow down or failing on its side, or the connection
// failing; not a refusal (403), a missing key or missing credentials.
func retryable(err error) bool {
	var e *Error
	if errors.As(err, &e) {
		switch e.Code {
		case "SlowDown", "Throttling", "ThrottlingException", "RequestThrottled", "RequestLimitExceeded",
			"RequestTimeout", "InternalError", "ServiceUnavailable":
			return true
		}
		return e.Status == http.StatusTooManyRequests || e.Status >= 500 && e.Status != http.StatusNotImplemented
	}
	var ue *url.Error
	var ne net.Error
	return errors.As(err, &ue) || errors.As(err, &ne)
}

// backoff waits before retry number attempt+1 of op and reports whether to
// make it: not when the wait would end past ctx's deadline, nor when ctx
// ends meanwhile.
func (c *client) backoff(ctx context.Context, op string, attempt int, err error) bool {
	d := min(c.retryWait<<attempt, maxRetryWaits*c.retryWait)
	d = d/2 + rand.N(d/2+1)
	if deadline, ok := ctx.Deadline(); ok && time.Now().Add(d).After(deadline) {
		return false
	}
	c.logger.LogAttrs(ctx, slog.LevelWarn, "s3: call failed; retrying", slog.String("op", op),
		slog.String("error", err.Error()), slog.Int("retry", attempt+1), slog.Duration("wait", d))
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return true
	case <-ctx.Done():
		return false
	}
}
