package dynamodb

import (
	"bytes"
	"context"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws/retry"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/preview"
)

// faults is the HTTP transport of a store's client in these tests: it
// passes requests on to dynalite, except those a test chooses, which it
// answers as DynamoDB or the network would fail them. The store and the
// SDK (its retries and error types included) run unchanged above it.
type faults struct {
	next  http.RoundTripper
	mu    sync.Mutex
	rules []*fault
}

// fault answers the requests of operation op whose body holds match.
type fault struct {
	op, match string
	status    int    // the answer's status
	body      string // the answer's body
	hits      int
}

// serverError is DynamoDB failing on its side; the SDK retries it.
func serverError(op, match string) *fault {
	return &fault{op: op, match: match, status: http.StatusInternalServerError,
		body: `{"__type":"com.amazonaws.dynamodb.v20120810#InternalServerError","message":"injected by the test"}`}
}

// refusedCondition is a conditional write DynamoDB refused.
func refusedCondition(op, match string) *fault {
	return &fault{op: op, match: match, status: http.StatusBadRequest,
		body: `{"__type":"com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException","message":"The conditional request failed"}`}
}

// noItem is a read that finds nothing.
func noItem(op, match string) *fault {
	return &fault{op: op, match: match, status: http.StatusOK, body: `{}`}
}

func (f *faults) set(rules ...*fault) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.rules = rules
}

// hits is how many requests rule r answered.
func (f *faults) hits(r *fault) int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return r.hits
}

func (f *faults) RoundTrip(r *http.Request) (*http.Response, error) {
	op := strings.TrimPrefix(r.Header.Get("X-Amz-Target"), "DynamoDB_20120810.")
	var body []byte
	if r.Body != nil {
		var err error
		if body, err = io.ReadAll(r.Body); err != nil {
			return nil, err
		}
		_ = r.Body.Close()
		r.Body = io.NopCloser(bytes.NewReader(body))
	}
	f.mu.Lock()
	var hit *fault
	for _, rule := range f.rules {
		if rule.op == op && bytes.Contains(body, []byte(rule.match)) {
			hit = rule
			hit.hits++
			break
		}
	}
	f.mu.Unlock()
	if hit == nil {
		return f.next.RoundTrip(r)
	}
	return &http.Response{
		StatusCode: hit.status, Status: http.StatusText(hit.status), Proto: "HTTP/1.1", ProtoMajor: 1, ProtoMinor: 1,
		Header:        http.Header{"Content-Type": {"application/x-amz-json-1.0"}},
		Body:          io.NopCloser(strings.NewReader(hit.body)),
		ContentLength: int64(len(hit.body)), Request: r,
	}, nil
}

// openFaulty opens a seeded store on dynalite whose client goes through a
// faults transport. The SDK keeps its DynamoDB retry policy (4 attempts),
// with its waits between attempts cut to nothing.
func openFaulty(t *testing.T, ds func() preview.Dataset) (*Store, *faults, *logBuffer) {
	t.Helper()
	f := &faults{next: http.DefaultTransport.(*http.Transport).Clone()}
	s, _ := openTest(t, func(o *dynamodb.Options) {
		o.HTTPClient = &http.Client{Transport: f}
		o.Retryer = retry.AddWithMaxBackoffDelay(o.Retryer, time.Nanosecond)
	})
	logs := &logBuffer{}
	s.logger = slog.New(slog.NewTextHandler(logs, nil))
	if err := s.Seed(context.Background(), ds); err != nil {
		t.Fatalf("Seed: %v", err)
	}
	return s, f, logs
}

// logBuffer is a goroutine-safe log sink.
type logBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *logBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *logBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// TestCreateFailures fails each read a create depends on, and the claim
// that keeps changing hands, at the HTTP layer under the real client: the
// create answers an error (INTERNAL: these are failures of ours or of
// AWS, logged with the request id), the table holds what it held, and the
// same create succeeds or is refused as it should once the fault is gone.
func TestCreateFailures(t *testing.T) {
	badNext := func() preview.Dataset {
		ds := smallDataset()
		ds.Next[preview.SeqCandidate] = 1 // cand_001 is the seed's own
		return ds
	}
	cases := []struct {
		name  string
		seed  func() preview.Dataset
		fault *fault
		// write is the create under the fault; after is what the same
		// create answers without it.
		write     func(s *Store) error
		wantIn    string // in the error, naming the step
		after     ats.Code
		afterKind map[string]int
	}{
		{
			name: "job_read_of_create_candidate", seed: smallDataset,
			fault: serverError("GetItem", `"JOB#job_001"`),
			write: func(s *Store) error {
				return s.CreateCandidate(context.Background(), newCandidate(t, s, "new@example.com"), newApplication(t, s, "", "job_001"), nil)
			},
			wantIn: "read job", afterKind: plus(map[string]int{typeCandidate: 1, typeEmail: 1, typeApplication: 1, typePair: 1}),
		},
		{
			name: "candidate_and_job_read_of_create_application", seed: smallDataset,
			fault: serverError("BatchGetItem", `"JOB#job_003"`),
			write: func(s *Store) error {
				return s.CreateApplication(context.Background(), newApplication(t, s, "cand_007", "job_003"))
			},
			wantIn: "read candidate and job", afterKind: plus(map[string]int{typeApplication: 1, typePair: 1}),
		},
		{
			name: "email_claim_read_after_the_claim_was_refused", seed: smallDataset,
			fault: serverError("GetItem", `"EMAIL#first@example.com"`),
			write: func(s *Store) error {
				return s.CreateCandidate(context.Background(), newCandidate(t, s, "First@example.com"), nil, nil)
			},
			wantIn: "claim email", after: ats.CodeCandidateExists, afterKind: seedKinds,
		},
		{
			name: "pair_claim_read_of_a_taken_pair", seed: smallDataset,
			fault: serverError("GetItem", `"PAIR#cand_001#job_001"`),
			write: func(s *Store) error {
				return s.CreateApplication(context.Background(), newApplication(t, s, "cand_001", "job_001"))
			},
			wantIn: "read claim", after: ats.CodeApplicationExists, afterKind: seedKinds,
		},
		{
			name: "read_back_after_a_refused_record_put", seed: badNext,
			fault: serverError("GetItem", `"CAND#cand_001"`),
			write: func(s *Store) error {
				return s.CreateCandidate(context.Background(), newCandidate(t, s, "taken-id@example.com"), nil, nil)
			},
			// The failed create used up cand_001's number; the same
			// create then takes cand_002, which is free.
			wantIn: "create candidate", afterKind: plus(map[string]int{typeCandidate: 1, typeEmail: 1}),
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			s, f, _ := openFaulty(t, tc.seed)
			f.set(tc.fault)
			err := tc.write(s)
			if code(err) != ats.CodeInternal || !strings.Contains(err.Error(), tc.wantIn) {
				t.Fatalf("create with a failing %s: got %v, want INTERNAL naming %q", tc.fault.op, err, tc.wantIn)
			}
			if n := f.hits(tc.fault); n != 4 {
				t.Errorf("failed %s calls: got %d, want 4 (the SDK's attempts)", tc.fault.op, n)
			}
			wantKinds(t, s, seedKinds)
			checkTotals(t, s, 2, 1)

			f.set()
			if err := tc.write(s); code(err) != tc.after {
				t.Fatalf("the same create without the fault: got %v, want code %q", err, tc.after)
			}
			wantKinds(t, s, tc.afterKind)
		})
	}
}

// TestClaimContention makes an email's claim change hands on every look:
// each conditional put is refused and each read of the claim finds none
// (another request took it and let it go). The store gives up after a few
// rounds with an error rather than looping, and leaves nothing behind.
func TestClaimContention(t *testing.T) {
	s, f, _ := openFaulty(t, smallDataset)
	put := refusedCondition("PutItem", `"EMAIL#contended@example.com"`)
	get := noItem("GetItem", `"EMAIL#contended@example.com"`)
	f.set(put, get)
	c := newCandidate(t, s, "contended@example.com")
	err := s.CreateCandidate(context.Background(), c, newApplication(t, s, "", "job_001"), nil)
	if !errors.Is(err, errContended) || code(err) != ats.CodeInternal {
		t.Fatalf("create under contention: got %v, want INTERNAL wrapping %v", err, errContended)
	}
	if n := f.hits(put); n != 4 {
		t.Errorf("claim attempts: got %d, want 4", n)
	}
	wantKinds(t, s, seedKinds)
	f.set()
	if err := s.CreateCandidate(context.Background(), c, newApplication(t, s, "", "job_001"), nil); err != nil {
		t.Fatalf("the same create once the claim is free: got %v, want success", err)
	}
}

// TestDroppedCounterUpdate fails the bump of the candidates counter after
// a create: the create still succeeds (the record is stored), the failure
// is logged as an error naming the counter, and meta.total is short by
// exactly the number of logged failures, which stays so (the bound the
// package doc gives).
func TestDroppedCounterUpdate(t *testing.T) {
	s, f, logs := openFaulty(t, smallDataset)
	bump := serverError("UpdateItem", `"COUNT#candidate"`)
	f.set(bump)
	c := newCandidate(t, s, "counted@example.com")
	if err := s.CreateCandidate(context.Background(), c, newApplication(t, s, "", "job_001"), nil); err != nil {
		t.Fatalf("create whose counter bump fails: got %v, want success", err)
	}
	if _, err := s.Candidate(context.Background(), c.ID); err != nil {
		t.Errorf("the created candidate: got %v, want it", err)
	}
	failed := strings.Count(logs.String(), "level=ERROR msg=\"dynamodb: list counter not bumped; its total is now one short\" counter=candidate")
	if failed != 1 {
		t.Fatalf("logged counter failures: got %d in %q, want 1 naming the candidate counter", failed, logs.String())
	}
	if strings.Contains(logs.String(), c.Email) {
		t.Errorf("log carries the candidate's email: %q", logs.String())
	}
	// The applications counter was bumped; the candidates total is one
	// short of the three stored candidates, and stays so.
	checkTotals(t, s, 3-failed, 2)
	f.set()
	if err := s.CreateCandidate(context.Background(), newCandidate(t, s, "counted2@example.com"), nil, nil); err != nil {
		t.Fatal(err)
	}
	checkTotals(t, s, 4-failed, 2)
	wantKinds(t, s, plus(map[string]int{typeCandidate: 2, typeEmail: 2, typeApplication: 1, typePair: 1}))
}
