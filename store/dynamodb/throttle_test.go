package dynamodb

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws/retry"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"

	"github.com/atsbridge/atsbridge/ats"
)

// fakeDynamo is a DynamoDB endpoint on loopback for what dynalite never
// does: throttle. It answers DescribeTable with an active table and every
// other operation as answer says, counting calls per operation.
type fakeDynamo struct {
	mu    sync.Mutex
	calls map[string]int
	// answer gives the status and JSON body of call n (1-based) of op.
	answer func(op string, n int) (int, string)
}

func (f *fakeDynamo) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	_, _ = io.Copy(io.Discard, r.Body)
	op := strings.TrimPrefix(r.Header.Get("X-Amz-Target"), "DynamoDB_20120810.")
	f.mu.Lock()
	if f.calls == nil {
		f.calls = map[string]int{}
	}
	f.calls[op]++
	n := f.calls[op]
	f.mu.Unlock()
	status, body := http.StatusOK, `{"Table":{"TableName":"fake","TableStatus":"ACTIVE"}}`
	if op != "DescribeTable" {
		status, body = f.answer(op, n)
	}
	w.Header().Set("Content-Type", "application/x-amz-json-1.0")
	w.WriteHeader(status)
	_, _ = io.WriteString(w, body)
}

func (f *fakeDynamo) count(op string) int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.calls[op]
}

// awsError is the body DynamoDB sends with an error of type code.
func awsError(code string) string {
	return `{"__type":"com.amazonaws.dynamodb.v20120810#` + code + `","message":"injected by the test"}`
}

const jobItemJSON = `{"Item":{"pk":{"S":"JOB#job_001"},"sk":{"S":"JOB"},"type":{"S":"job"},"id":{"S":"job_001"},` +
	`"doc":{"S":"{\"id\":\"job_001\",\"title\":\"Welder\",\"status\":\"open\"}"}}}`

// openFake opens a store on f. The client keeps the SDK's DynamoDB retry
// defaults (attempt count, what is retried, the retry quota); only its
// waits between attempts are cut to nothing, to keep the test fast.
func openFake(t *testing.T, f *fakeDynamo) *Store {
	t.Helper()
	srv := httptest.NewServer(f)
	t.Cleanup(srv.Close)
	noWait := func(o *dynamodb.Options) { o.Retryer = retry.AddWithMaxBackoffDelay(o.Retryer, time.Nanosecond) }
	s, err := open(context.Background(), Config{Table: "fake", Endpoint: srv.URL, Region: "us-east-1"}, noWait)
	if err != nil {
		t.Fatalf("open: %v", err)
	}
	s.backoffBase = time.Millisecond
	return s
}

// deadlineCtx is a context whose deadline passes when expire is called,
// which makes "the deadline passed while the SDK was about to retry"
// happen at a known point instead of at a time.
type deadlineCtx struct {
	context.Context
	done chan struct{}
	once sync.Once
}

func newDeadlineCtx() *deadlineCtx {
	return &deadlineCtx{Context: context.Background(), done: make(chan struct{})}
}

func (c *deadlineCtx) Done() <-chan struct{} { return c.done }

func (c *deadlineCtx) Err() error {
	select {
	case <-c.done:
		return context.DeadlineExceeded
	default:
		return nil
	}
}

func (c *deadlineCtx) expire() { c.once.Do(func() { close(c.done) }) }

// TestThrottling checks what a client sees when DynamoDB throttles: the SDK
// retries (4 attempts, the DynamoDB client's default) and a brief burst
// goes unnoticed; throttling that outlasts the retries is
// UPSTREAM_RATE_LIMITED with a Retry-After, not INTERNAL; a batch write
// refused whole goes on after the SDK gave up; the request's deadline
// stops the retrying.
func TestThrottling(t *testing.T) {
	throttle := func(code string, times int, then string) func(string, int) (int, string) {
		return func(_ string, n int) (int, string) {
			if times < 0 || n <= times {
				return http.StatusBadRequest, awsError(code)
			}
			return http.StatusOK, then
		}
	}
	readJob := func(ctx context.Context, s *Store) error {
		j, err := s.Job(ctx, "job_001")
		if err == nil && j.Title != "Welder" {
			return errors.New("wrong job: " + j.Title)
		}
		return err
	}
	cases := []struct {
		name   string
		answer func(op string, n int) (int, string)
		call   func(ctx context.Context, s *Store) error
		// expire makes the call's deadline pass at its first request.
		expire bool
		op     string
		calls  int
		want   ats.Code
	}{
		{"read_throttled_twice", throttle("ThrottlingException", 2, jobItemJSON), readJob, false, "GetItem", 3, ""},
		{"read_throttled_throughout", throttle("ThrottlingException", -1, ""), readJob, false, "GetItem", 4, ats.CodeUpstreamRateLimited},
		{"read_over_provisioned_throughput", throttle("ProvisionedThroughputExceededException", -1, ""), readJob, false, "GetItem", 4, ats.CodeUpstreamRateLimited},
		{"read_over_account_limit", throttle("RequestLimitExceeded", -1, ""), readJob, false, "GetItem", 4, ats.CodeUpstreamRateLimited},
		{"server_error_is_no_throttle", func(string, int) (int, string) {
			return http.StatusInternalServerError, awsError("InternalServerError")
		}, readJob, false, "GetItem", 4, ats.CodeInternal},
		{"create_throttled_throughout", throttle("ThrottlingException", -1, ""), func(ctx context.Context, s *Store) error {
			return s.CreateApplication(ctx, &ats.Application{CandidateID: "cand_001", JobID: "job_001"})
		}, false, "BatchGetItem", 4, ats.CodeUpstreamRateLimited},
		{"batch_write_refused_past_the_sdk_retries", throttle("ThrottlingException", 5, `{"UnprocessedItems":{}}`), func(ctx context.Context, s *Store) error {
			return s.writeBatch(ctx, []item{key("JOB#job_001", skJob)})
		}, false, "BatchWriteItem", 6, ""},
		{"deadline_while_throttled", throttle("ThrottlingException", -1, ""), readJob, true, "GetItem", 1, ats.CodeUpstreamTimeout},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			ctx := newDeadlineCtx()
			f := &fakeDynamo{answer: func(op string, n int) (int, string) {
				if tc.expire {
					ctx.expire()
				}
				return tc.answer(op, n)
			}}
			s := openFake(t, f)
			err := tc.call(ctx, s)
			if got := code(err); got != tc.want {
				t.Fatalf("got %v (code %q), want code %q", err, got, tc.want)
			}
			if got := f.count(tc.op); got != tc.calls {
				t.Errorf("%s calls: got %d, want %d", tc.op, got, tc.calls)
			}
			var e *ats.Error
			if tc.want == ats.CodeUpstreamRateLimited && (!errors.As(err, &e) || e.RetryAfter <= 0) {
				t.Errorf("Retry-After: got %v, want a positive wait", err)
			}
		})
	}
}
