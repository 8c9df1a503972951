package s3_test

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/johannesboyne/gofakes3"
	"github.com/johannesboyne/gofakes3/backend/s3mem"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/preview"
	"github.com/atsbridge/atsbridge/awscall"
	"github.com/atsbridge/atsbridge/store/s3"
)

// The credentials the tests' process has, as a Lambda function has its
// role's: in environment variables, with a session token.
const (
	testKeyID   = "ASIAROLEKEYEXAMPLE"
	testSecret  = "role/SECRET+key/EXAMPLE"
	testSession = "role-session-token-EXAMPLE"
	testRegion  = "eu-west-1"
	testBucket  = "atsbridge-resumes"
)

// awsEnv gives the process the environment of a Lambda function and
// nothing from this machine's AWS configuration.
func awsEnv(t *testing.T) {
	t.Helper()
	none := filepath.Join(t.TempDir(), "none")
	for k, v := range map[string]string{
		"AWS_ACCESS_KEY_ID": testKeyID, "AWS_SECRET_ACCESS_KEY": testSecret, "AWS_SESSION_TOKEN": testSession,
		"AWS_REGION": testRegion, "AWS_DEFAULT_REGION": "", "AWS_PROFILE": "",
		"AWS_CONFIG_FILE": none, "AWS_SHARED_CREDENTIALS_FILE": none, "AWS_EC2_METADATA_DISABLED": "true",
	} {
		t.Setenv(k, v)
	}
}

// awsS3 is a loopback stand-in for S3 on AWS: it answers over TLS as
// <bucket>.s3.eu-west-1.amazonaws.com, refuses every request whose SigV4
// signature does not verify (403 SignatureDoesNotMatch, as S3 does), and
// serves the rest from gofakes3.
type awsS3 struct {
	client  *http.Client // dials the stand-in whatever the host
	backend *s3mem.Backend

	mu       sync.Mutex
	secret   string // what S3 knows of the key
	hosts    []string
	signed   [][]string // SignedHeaders of each request
	problems []string
}

func startAWSS3(t *testing.T) *awsS3 {
	t.Helper()
	a := &awsS3{backend: s3mem.New(), secret: testSecret}
	if err := a.backend.CreateBucket(testBucket); err != nil {
		t.Fatal(err)
	}
	fake := gofakes3.New(a.backend, gofakes3.WithHostBucket(true)).Server()
	srv := httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		a.mu.Lock()
		signed, err := verifySigV4(r, body, a.secret)
		a.hosts = append(a.hosts, r.Host)
		a.signed = append(a.signed, signed)
		if err != nil {
			a.problems = append(a.problems, fmt.Sprintf("%s %s: %v", r.Method, r.URL.Path, err))
		}
		a.mu.Unlock()
		if err != nil {
			w.Header().Set("Content-Type", "application/xml")
			w.WriteHeader(http.StatusForbidden)
			fmt.Fprint(w, `<?xml version="1.0" encoding="UTF-8"?><Error><Code>SignatureDoesNotMatch</Code>`+
				`<Message>The request signature we calculated does not match the signature you provided. Check your key and signing method.</Message>`+
				`<StringToSign>AWS4-HMAC-SHA256</StringToSign><SignatureProvided>0123abcd</SignatureProvided><RequestId>TESTREQ1</RequestId></Error>`)
			return
		}
		r.Body = io.NopCloser(bytes.NewReader(body))
		fake.ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)
	tr := srv.Client().Transport.(*http.Transport).Clone()
	tr.TLSClientConfig.ServerName = "example.com" // the test certificate's name
	addr := srv.Listener.Addr().String()
	tr.DialContext = func(ctx context.Context, network, _ string) (net.Conn, error) {
		var d net.Dialer
		return d.DialContext(ctx, network, addr)
	}
	a.client = &http.Client{Transport: tr}
	return a
}

func (a *awsS3) setSecret(secret string) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.secret = secret
}

// verifySigV4 checks r's Authorization header as S3 does, from the
// specification rather than the SDK's signer: the credential scope, the
// headers that must be signed, the payload's hash, and the signature
// recomputed with secret. It returns the signed header names.
func verifySigV4(r *http.Request, body []byte, secret string) ([]string, error) {
	const algorithm = "AWS4-HMAC-SHA256"
	auth, ok := strings.CutPrefix(r.Header.Get("Authorization"), algorithm+" ")
	if !ok {
		return nil, fmt.Errorf("authorization %q is not %s", r.Header.Get("Authorization"), algorithm)
	}
	fields := map[string]string{}
	for f := range strings.SplitSeq(auth, ",") {
		k, v, _ := strings.Cut(strings.TrimSpace(f), "=")
		fields[k] = v
	}
	amzDate := r.Header.Get("X-Amz-Date")
	if _, err := time.Parse("20060102T150405Z", amzDate); err != nil {
		return nil, fmt.Errorf("x-amz-date %q: %v", amzDate, err)
	}
	scope := strings.Join([]string{amzDate[:8], testRegion, "s3", "aws4_request"}, "/")
	if fields["Credential"] != testKeyID+"/"+scope {
		return nil, fmt.Errorf("credential %q, want %s/%s", fields["Credential"], testKeyID, scope)
	}
	signed := strings.Split(fields["SignedHeaders"], ";")
	must := []string{"host", "x-amz-content-sha256", "x-amz-date"}
	for name := range r.Header {
		if l := strings.ToLower(name); strings.HasPrefix(l, "x-amz-") {
			must = append(must, l) // S3 requires every x-amz- header signed
		}
	}
	for _, h := range must {
		if !slices.Contains(signed, h) {
			return signed, fmt.Errorf("header %s not signed (SignedHeaders %s)", h, fields["SignedHeaders"])
		}
	}
	sum := sha256.Sum256(body)
	payloadHash := hex.EncodeToString(sum[:])
	if got := r.Header.Get("X-Amz-Content-Sha256"); got != payloadHash {
		return signed, fmt.Errorf("x-amz-content-sha256 %q, body's hash %s", got, payloadHash)
	}
	rawPath, query, _ := strings.Cut(r.RequestURI, "?")
	if query != "" {
		return signed, fmt.Errorf("unexpected query %q", query)
	}
	if want := uriEncode(r.URL.Path); rawPath != want {
		return signed, fmt.Errorf("path sent as %q, want it URI-encoded once as %q", rawPath, want)
	}
	var canonHeaders strings.Builder
	for _, h := range signed {
		var v string
		switch h {
		case "host":
			v = r.Host
		case "content-length":
			v = strconv.FormatInt(r.ContentLength, 10)
		default:
			var vs []string
			for _, s := range r.Header.Values(h) {
				vs = append(vs, strings.Join(strings.Fields(s), " "))
			}
			v = strings.Join(vs, ",")
		}
		canonHeaders.WriteString(h + ":" + v + "\n")
	}
	canonical := strings.Join([]string{r.Method, rawPath, "", canonHeaders.String(), fields["SignedHeaders"], payloadHash}, "\n")
	creqHash := sha256.Sum256([]byte(canonical))
	toSign := strings.Join([]string{algorithm, amzDate, scope, hex.EncodeToString(creqHash[:])}, "\n")
	key := []byte("AWS4" + secret)
	for _, part := range strings.Split(scope, "/") {
		key = hmacSHA256(key, part)
	}
	if want := hex.EncodeToString(hmacSHA256(key, toSign)); fields["Signature"] != want {
		return signed, fmt.Errorf("signature %s, want %s for canonical request:\n%s", fields["Signature"], want, canonical)
	}
	return signed, nil
}

func hmacSHA256(key []byte, data string) []byte {
	m := hmac.New(sha256.New, key)
	m.Write([]byte(data))
	return m.Sum(nil)
}

// uriEncode is SigV4's encoding of an S3 path: every byte but A-Z a-z 0-9
// - _ . ~ and / as %XX.
func uriEncode(p string) string {
	var b strings.Builder
	for _, c := range []byte(p) {
		if 'A' <= c && c <= 'Z' || 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || strings.IndexByte("-_.~/", c) >= 0 {
			b.WriteByte(c)
		} else {
			fmt.Fprintf(&b, "%%%02X", c)
		}
	}
	return b.String()
}

// TestSignedForAWS: without S3_ENDPOINT the files go to the bucket on AWS,
// https://<bucket>.s3.<region>.amazonaws.com, and every request is signed
// so that S3 accepts it, with the credentials and region the process has,
// its session token included, whatever characters the key holds.
func TestSignedForAWS(t *testing.T) {
	awsEnv(t)
	a := startAWSS3(t)
	f, err := s3.Open(t.Context(), s3.Config{Bucket: testBucket, HTTPClient: a.client})
	if err != nil {
		t.Fatalf("open: %v", err)
	}
	id := "cand_321 +ü!*'()=&$@,;:?#[]%2F~"
	in := ats.File{Filename: "Lebenslauf Müller.pdf", ContentType: "application/pdf", Data: []byte("%PDF-1.7\n")}
	if err := f.Put(t.Context(), id, in); err != nil {
		t.Fatalf("Put: %v", err)
	}
	d, err := f.Get(t.Context(), id)
	if err != nil {
		t.Fatalf("Get: %v", err)
	}
	got, _ := io.ReadAll(d.Body)
	d.Body.Close()
	if d.Filename != in.Filename || d.ContentType != in.ContentType || !bytes.Equal(got, in.Data) {
		t.Errorf("Get: %q %q %q, want %q %q %q", d.Filename, d.ContentType, got, in.Filename, in.ContentType, in.Data)
	}
	if _, err := a.backend.HeadObject(testBucket, s3.Prefix+id); err != nil {
		t.Errorf("object %q in the bucket: %v", s3.Prefix+id, err)
	}
	if err := f.Delete(t.Context(), id); err != nil {
		t.Fatalf("Delete: %v", err)
	}
	if _, err := f.Get(t.Context(), id); !errors.Is(err, preview.ErrNoFile) {
		t.Errorf("Get after Delete: %v, want preview.ErrNoFile", err)
	}

	a.mu.Lock()
	defer a.mu.Unlock()
	if len(a.problems) > 0 {
		t.Errorf("requests S3 would refuse:\n%s", strings.Join(a.problems, "\n"))
	}
	for i, h := range a.hosts {
		if h != testBucket+".s3."+testRegion+".amazonaws.com" {
			t.Errorf("request %d went to host %q, want the bucket's virtual host", i, h)
		}
		if !slices.Contains(a.signed[i], "x-amz-security-token") {
			t.Errorf("request %d: session token not signed (SignedHeaders %v)", i, a.signed[i])
		}
	}
	if len(a.hosts) != 5 { // HeadBucket, PutObject, GetObject, DeleteObject, GetObject
		t.Errorf("%d requests, want 5: %v", len(a.hosts), a.hosts)
	}
}

// TestWrongSecretRefused is the other side of TestSignedForAWS: a
// request signed with another secret than S3 knows is refused as S3
// refuses it, and the typed error carries neither secret nor signature
// (S3's error body quotes the string it signed).
func TestWrongSecretRefused(t *testing.T) {
	awsEnv(t)
	a := startAWSS3(t)
	f, err := s3.Open(t.Context(), s3.Config{Bucket: testBucket, HTTPClient: a.client})
	if err != nil {
		t.Fatalf("open: %v", err)
	}
	a.setSecret("rotated/SECRET+key/EXAMPLE")
	err = f.Put(t.Context(), "cand_321", pdf)
	var e *awscall.Error
	if !errors.As(err, &e) || e.Status != http.StatusForbidden || e.Code != "SignatureDoesNotMatch" || e.RequestID != "TESTREQ1" {
		t.Fatalf("Put: %v, want the 403 SignatureDoesNotMatch as an *awscall.Error", err)
	}
	for _, leak := range []string{"SECRET", testSession, "0123abcd", "AWS4-HMAC-SHA256"} {
		if strings.Contains(err.Error(), leak) {
			t.Errorf("error %q contains %q", err, leak)
		}
	}
	// HeadBucket's refusal has no body: its status names it.
	_, err = s3.Open(t.Context(), s3.Config{Bucket: testBucket, HTTPClient: a.client})
	if !errors.As(err, &e) || e.Status != http.StatusForbidden || e.Code != "Forbidden" || !strings.Contains(err.Error(), testBucket) {
		t.Errorf("Open: %v, want S3's bare 403 naming the bucket", err)
	}
}

// faultyS3 is gofakes3 on loopback (path style) behind a fault: fault
// sees each request first and answers it itself by returning true.
type faultyS3 struct {
	URL string

	mu   sync.Mutex
	puts int
}

func startFaultyS3(t *testing.T, fault func(w http.ResponseWriter, r *http.Request, put int) bool) *faultyS3 {
	t.Helper()
	s := &faultyS3{}
	fake := gofakes3.New(s3mem.New()).Server()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		put := 0
		if r.Method == http.MethodPut && strings.Count(r.URL.Path, "/") > 1 { // PutObject, not CreateBucket
			s.mu.Lock()
			s.puts++
			put = s.puts
			s.mu.Unlock()
			if fault(w, r, put) {
				return
			}
		}
		if r.Method == http.MethodGet && fault(w, r, 0) {
			return
		}
		fake.ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)
	s.URL = srv.URL
	return s
}

func (s *faultyS3) Puts() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.puts
}

// s3Error answers as S3 does when it refuses a call.
func s3Error(w http.ResponseWriter, status int, code, message string) {
	w.Header().Set("Content-Type", "application/xml")
	w.Header().Set("X-Amz-Request-Id", "TESTREQ2")
	w.WriteHeader(status)
	fmt.Fprintf(w, `<?xml version="1.0" encoding="UTF-8"?>`+"\n"+`<Error><Code>%s</Code><Message>%s</Message><RequestId>TESTREQ2</RequestId><HostId>aGVsbG8=</HostId></Error>`, code, message)
}

func openFaulty(t *testing.T, s *faultyS3) *s3.Files {
	t.Helper()
	f, err := s3.Open(t.Context(), s3.Config{Bucket: testBucket, Endpoint: s.URL})
	if err != nil {
		t.Fatalf("open: %v", err)
	}
	s3.SetRetryWait(f, time.Millisecond)
	return f
}

var pdf = ats.File{Filename: "cv.pdf", ContentType: "application/pdf", Data: []byte("%PDF-1.7 cv")}

// TestSlowDownRetried: S3 asking to slow down (503 SlowDown) is retried,
// and the upload then succeeds.
func TestSlowDownRetried(t *testing.T) {
	s := startFaultyS3(t, func(w http.ResponseWriter, r *http.Request, put int) bool {
		if put == 1 {
			s3Error(w, http.StatusServiceUnavailable, "SlowDown", "Please reduce your request rate.")
			return true
		}
		return false
	})
	f := openFaulty(t, s)
	if err := f.Put(t.Context(), "cand_321", pdf); err != nil {
		t.Fatalf("Put after one SlowDown: %v, want success", err)
	}
	if n := s.Puts(); n != 2 {
		t.Errorf("%d PutObject calls, want 2 (one refused, one retried)", n)
	}
	d, err := f.Get(t.Context(), "cand_321")
	if err != nil {
		t.Fatalf("Get: %v", err)
	}
	defer d.Body.Close()
	if got, _ := io.ReadAll(d.Body); !bytes.Equal(got, pdf.Data) {
		t.Errorf("Get read %q, want %q", got, pdf.Data)
	}
}

// TestSlowDownBounded: an S3 that keeps throttling, or keeps failing on
// its side, is retried a bounded number of times; then the API's caller is
// told to come back later (UPSTREAM_RATE_LIMITED or UPSTREAM_UNAVAILABLE,
// with a Retry-After), not given a bare INTERNAL, and S3's own answer stays
// in the error's chain for the log.
func TestSlowDownBounded(t *testing.T) {
	for _, tc := range []struct {
		status     int
		code, text string
		want       ats.Code
	}{
		{http.StatusServiceUnavailable, "SlowDown", "Please reduce your request rate.", ats.CodeUpstreamRateLimited},
		{http.StatusInternalServerError, "InternalError", "We encountered an internal error. Please try again.", ats.CodeUpstreamUnavailable},
	} {
		t.Run(tc.code, func(t *testing.T) {
			s := startFaultyS3(t, func(w http.ResponseWriter, r *http.Request, put int) bool {
				if put > 0 {
					s3Error(w, tc.status, tc.code, tc.text)
					return true
				}
				return false
			})
			f := openFaulty(t, s)
			err := f.Put(t.Context(), "cand_321", pdf)
			var e *awscall.Error
			if !errors.As(err, &e) || e.Code != tc.code || e.Status != tc.status {
				t.Fatalf("Put: %v, want S3's %d %s as an *awscall.Error in the chain", err, tc.status, tc.code)
			}
			var typed *ats.Error
			if code := ats.ErrorCode(err); code != tc.want || !errors.As(err, &typed) || typed.RetryAfter <= 0 {
				t.Errorf("code %s (%v), want %s with a Retry-After", code, err, tc.want)
			}
			if n := s.Puts(); n != 3 {
				t.Errorf("%d PutObject calls, want 3 (the first and two retries)", n)
			}
		})
	}
}

// TestAccessDenied: a refusal (403 AccessDenied: the role lacks a grant)
// is not retried, and its XML body becomes the typed error with S3's code
// and message, for a read as for a write (a read is not "no file").
func TestAccessDenied(t *testing.T) {
	s := startFaultyS3(t, func(w http.ResponseWriter, r *http.Request, put int) bool {
		s3Error(w, http.StatusForbidden, "AccessDenied", "Access Denied")
		return true
	})
	f := openFaulty(t, s)
	putErr := f.Put(t.Context(), "cand_321", pdf)
	_, getErr := f.Get(t.Context(), "cand_321")
	for op, err := range map[string]error{"Put": putErr, "Get": getErr} {
		var e *awscall.Error
		if !errors.As(err, &e) || e.Status != http.StatusForbidden || e.Code != "AccessDenied" || e.Message != "Access Denied" || e.RequestID != "TESTREQ2" {
			t.Errorf("%s: %v (%#v), want S3's 403 AccessDenied \"Access Denied\" as an *awscall.Error", op, err, e)
		}
		if errors.Is(err, preview.ErrNoFile) || ats.ErrorCode(err) != ats.CodeInternal {
			t.Errorf("%s: %v, code %s; want INTERNAL, not ErrNoFile", op, err, ats.ErrorCode(err))
		}
	}
	if n := s.Puts(); n != 1 {
		t.Errorf("%d PutObject calls, want 1: a refusal is not retried", n)
	}
}

// TestCancelStops: a cancelled request stops the S3 call it is waiting on
// and the retries after it, and the error says the client cancelled.
func TestCancelStops(t *testing.T) {
	t.Run("during_the_call", func(t *testing.T) {
		received := make(chan struct{}, 1)
		s := startFaultyS3(t, func(w http.ResponseWriter, r *http.Request, put int) bool {
			if put == 0 {
				return false
			}
			// Read the body, so that the server notices the client
			// hanging up, then answer nothing.
			_, _ = io.Copy(io.Discard, r.Body)
			received <- struct{}{}
			<-r.Context().Done()
			return true
		})
		f := openFaulty(t, s)
		ctx, cancel := context.WithCancel(t.Context())
		go func() {
			<-received
			cancel()
		}()
		err := f.Put(ctx, "cand_321", pdf)
		if code := ats.ErrorCode(err); code != ats.CodeCanceled {
			t.Errorf("Put cancelled mid-call: %v (code %s), want REQUEST_CANCELED", err, code)
		}
		if n := s.Puts(); n != 1 {
			t.Errorf("%d PutObject calls, want 1", n)
		}
	})
	t.Run("during_the_backoff", func(t *testing.T) {
		received := make(chan struct{}, 1)
		s := startFaultyS3(t, func(w http.ResponseWriter, r *http.Request, put int) bool {
			if put == 0 {
				return false
			}
			s3Error(w, http.StatusServiceUnavailable, "SlowDown", "Please reduce your request rate.")
			received <- struct{}{}
			return true
		})
		f := openFaulty(t, s)
		s3.SetRetryWait(f, time.Hour)
		ctx, cancel := context.WithCancel(t.Context())
		go func() {
			<-received
			cancel()
		}()
		err := f.Put(ctx, "cand_321", pdf)
		if code := ats.ErrorCode(err); code != ats.CodeCanceled {
			t.Errorf("Put cancelled while waiting to retry: %v (code %s), want REQUEST_CANCELED", err, code)
		}
		if n := s.Puts(); n != 1 {
			t.Errorf("%d PutObject calls, want 1", n)
		}
	})
	t.Run("a_wait_past_the_deadline", func(t *testing.T) {
		s := startFaultyS3(t, func(w http.ResponseWriter, r *http.Request, put int) bool {
			if put == 0 {
				return false
			}
			s3Error(w, http.StatusServiceUnavailable, "SlowDown", "Please reduce your request rate.")
			return true
		})
		f := openFaulty(t, s)
		s3.SetRetryWait(f, time.Hour)
		ctx, cancel := context.WithTimeout(t.Context(), time.Minute)
		defer cancel()
		err := f.Put(ctx, "cand_321", pdf)
		var e *awscall.Error
		if !errors.As(err, &e) || e.Code != "SlowDown" {
			t.Errorf("Put whose retry would end past the deadline: %v, want S3's SlowDown at once", err)
		}
		if n := s.Puts(); n != 1 {
			t.Errorf("%d PutObject calls, want 1", n)
		}
	})
}

// TestBucketInAnotherRegion: a bucket in another region than AWS_REGION
// stops Open with a message that names the bucket's region (S3's 301 to a
// HEAD has no body, only a header saying it).
func TestBucketInAnotherRegion(t *testing.T) {
	awsEnv(t)
	a := startAWSS3(t)
	hc := &http.Client{Transport: roundTripper(func(r *http.Request) (*http.Response, error) {
		if r.Method != http.MethodHead {
			return a.client.Transport.RoundTrip(r)
		}
		h := http.Header{"X-Amz-Bucket-Region": {"us-west-2"}, "X-Amz-Request-Id": {"TESTREQ3"}}
		return &http.Response{StatusCode: http.StatusMovedPermanently, Header: h, Body: http.NoBody, Request: r}, nil
	})}
	_, err := s3.Open(t.Context(), s3.Config{Bucket: testBucket, HTTPClient: hc})
	var e *awscall.Error
	if !errors.As(err, &e) || e.Status != http.StatusMovedPermanently || !strings.Contains(err.Error(), "us-west-2") {
		t.Errorf("Open: %v, want S3's 301 naming the bucket's region us-west-2", err)
	}
}

type roundTripper func(*http.Request) (*http.Response, error)

func (f roundTripper) RoundTrip(r *http.Request) (*http.Response, error) { return f(r) }
