package dynamodb

import (
	"context"
	"errors"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
	"github.com/aws/smithy-go/middleware"

	"github.com/atsbridge/atsbridge/ats"
)

// partial makes batch calls behave as DynamoDB does under load and dynalite
// never does: it sends only part of each BatchWriteItem or BatchGetItem and
// reports the rest back as UnprocessedItems or UnprocessedKeys.
type partial struct {
	mu sync.Mutex
	// keep says how many of n requests or keys one call processes; nil
	// processes all.
	keep func(n int) int
	// before, when set, runs before each batch call (of either kind).
	before func()
}

func (p *partial) set(keep func(n int) int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.keep = keep
}

// half of a batch is processed per call, at least one item.
func half(n int) int { return (n + 1) / 2 }

// one item per call.
func one(int) int { return 1 }

// none: DynamoDB takes nothing, however often it is asked.
func none(int) int { return 0 }

// option installs p on a client.
func (p *partial) option(o *dynamodb.Options) {
	o.APIOptions = append(o.APIOptions, func(st *middleware.Stack) error {
		return st.Initialize.Add(middleware.InitializeMiddlewareFunc("partial",
			func(ctx context.Context, in middleware.InitializeInput, next middleware.InitializeHandler) (middleware.InitializeOutput, middleware.Metadata, error) {
				p.mu.Lock()
				keep, before := p.keep, p.before
				p.mu.Unlock()
				switch params := in.Parameters.(type) {
				case *dynamodb.BatchWriteItemInput:
					if before != nil {
						before()
					}
					if keep != nil {
						return partialWrite(ctx, in, next, params, keep)
					}
				case *dynamodb.BatchGetItemInput:
					if before != nil {
						before()
					}
					if keep != nil {
						return partialGet(ctx, in, next, params, keep)
					}
				}
				return next.HandleInitialize(ctx, in)
			}), middleware.After)
	})
}

// only returns the single entry of a batch's map by table: the store's
// batches always name one table.
func only[V any](m map[string]V) (string, V) {
	for k, v := range m {
		return k, v
	}
	var zero V
	return "", zero
}

func partialWrite(ctx context.Context, in middleware.InitializeInput, next middleware.InitializeHandler,
	params *dynamodb.BatchWriteItemInput, keep func(int) int) (middleware.InitializeOutput, middleware.Metadata, error) {
	table, reqs := only(params.RequestItems)
	k := min(keep(len(reqs)), len(reqs))
	out := middleware.InitializeOutput{Result: &dynamodb.BatchWriteItemOutput{}}
	var md middleware.Metadata
	if k > 0 {
		sent := *params
		sent.RequestItems = map[string][]types.WriteRequest{table: reqs[:k]}
		in.Parameters = &sent
		var err error
		if out, md, err = next.HandleInitialize(ctx, in); err != nil {
			return out, md, err
		}
	}
	if k < len(reqs) {
		out.Result.(*dynamodb.BatchWriteItemOutput).UnprocessedItems = map[string][]types.WriteRequest{table: slices.Clone(reqs[k:])}
	}
	return out, md, nil
}

func partialGet(ctx context.Context, in middleware.InitializeInput, next middleware.InitializeHandler,
	params *dynamodb.BatchGetItemInput, keep func(int) int) (middleware.InitializeOutput, middleware.Metadata, error) {
	table, ka := only(params.RequestItems)
	k := min(keep(len(ka.Keys)), len(ka.Keys))
	out := middleware.InitializeOutput{Result: &dynamodb.BatchGetItemOutput{}}
	var md middleware.Metadata
	if k > 0 {
		sent, part := *params, ka
		part.Keys = ka.Keys[:k]
		sent.RequestItems = map[string]types.KeysAndAttributes{table: part}
		in.Parameters = &sent
		var err error
		if out, md, err = next.HandleInitialize(ctx, in); err != nil {
			return out, md, err
		}
	}
	if k < len(ka.Keys) {
		rest := ka
		rest.Keys = slices.Clone(ka.Keys[k:])
		out.Result.(*dynamodb.BatchGetItemOutput).UnprocessedKeys = map[string]types.KeysAndAttributes{table: rest}
	}
	return out, md, nil
}

// TestUnprocessedBatchesAreRetried checks that what DynamoDB leaves
// unprocessed in a batch is asked for again until done: a seed is complete,
// an application finds its candidate and job, a job's candidates are all
// listed.
func TestUnprocessedBatchesAreRetried(t *testing.T) {
	cases := []struct {
		name string
		keep func(int) int
		// run does the work with partial batches and checks its result.
		run func(t *testing.T, s *Store)
		op  string
		// minCalls is the fewest calls of op the work can take this way.
		minCalls int
	}{
		{
			name: "seed_half_of_each_write_batch", keep: half, op: "BatchWriteItem", minCalls: 4, // 9 items: 5, 2, 1, 1
			run: func(t *testing.T, s *Store) {
				if err := s.Seed(context.Background(), smallDataset); err != nil {
					t.Fatalf("Seed: %v", err)
				}
				wantKinds(t, s, seedKinds)
			},
		},
		{
			name: "create_application_one_key_per_read", keep: one, op: "BatchGetItem", minCalls: 3, // candidate, job, pair claim
			run: func(t *testing.T, s *Store) {
				a := newApplication(t, s, "cand_007", "job_003")
				if err := s.CreateApplication(context.Background(), a); err != nil {
					t.Fatalf("CreateApplication: got %v, want success", err)
				}
				if _, err := s.Application(context.Background(), a.ID); err != nil {
					t.Errorf("application after create: got %v, want it", err)
				}
				dup := newApplication(t, s, "cand_001", "job_001")
				if err := s.CreateApplication(context.Background(), dup); code(err) != ats.CodeApplicationExists {
					t.Errorf("application for a taken pair: got %v, want APPLICATION_EXISTS", err)
				}
			},
		},
		{
			name: "candidates_of_a_job_one_key_per_read", keep: one, op: "BatchGetItem", minCalls: 2,
			run: func(t *testing.T, s *Store) {
				p, err := s.ListCandidates(context.Background(), ats.CandidateQuery{JobID: "job_001", Window: ats.Window{Limit: 10}})
				if err != nil {
					t.Fatalf("ListCandidates: %v", err)
				}
				var got []string
				for _, c := range p.Items {
					got = append(got, c.ID)
				}
				if want := []string{"cand_001", "cand_007"}; !slices.Equal(got, want) {
					t.Errorf("candidates of job_001: got %v, want %v", got, want)
				}
			},
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			p := &partial{}
			s, rec := openTest(t, p.option)
			s.backoffBase = time.Millisecond
			if tc.op == "BatchGetItem" {
				if err := s.Seed(context.Background(), smallDataset); err != nil {
					t.Fatal(err)
				}
				// A second applicant to job_001, so its candidates take two keys.
				if err := s.CreateApplication(context.Background(), newApplication(t, s, "cand_007", "job_001")); err != nil {
					t.Fatal(err)
				}
			}
			p.set(tc.keep)
			rec.reset()
			tc.run(t, s)
			if got := rec.counts()[tc.op]; got < tc.minCalls {
				t.Errorf("%s calls: got %d, want at least %d (the unprocessed part sent again)", tc.op, got, tc.minCalls)
			}
		})
	}
}

// TestUnprocessedBatchesAreBounded checks the other side: a batch DynamoDB
// never takes ends with UPSTREAM_RATE_LIMITED after a bounded number of
// calls, and sooner when the caller's context ends.
func TestUnprocessedBatchesAreBounded(t *testing.T) {
	s, _ := seededTest(t)
	s.backoffBase = time.Millisecond
	its, err := seedItems(smallDataset())
	if err != nil {
		t.Fatal(err)
	}
	keys := []item{key(candidatePK("cand_001"), skCandidate), key(jobPK("job_001"), skJob)}
	cases := []struct {
		name     string
		cancelAt int // cancel the context before this call; 0: never
		call     func(ctx context.Context, s *Store) error
		want     ats.Code
		calls    int
	}{
		{"write", 0, func(ctx context.Context, s *Store) error { return s.writeBatch(ctx, its) }, ats.CodeUpstreamRateLimited, maxRounds},
		{"read", 0, func(ctx context.Context, s *Store) error { _, err := s.batchGet(ctx, keys); return err }, ats.CodeUpstreamRateLimited, maxRounds},
		{"write_cancelled", 3, func(ctx context.Context, s *Store) error { return s.writeBatch(ctx, its) }, ats.CodeCanceled, 3},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			calls := 0
			p := &partial{keep: none, before: func() {
				calls++
				if calls == tc.cancelAt {
					cancel()
				}
			}}
			// A second client on the same table, with p installed.
			ps, _ := openTestOn(t, s, p.option)
			ps.backoffBase = time.Millisecond
			err := tc.call(ctx, ps)
			if code(err) != tc.want {
				t.Fatalf("got %v, want code %s", err, tc.want)
			}
			if tc.cancelAt > 0 && !errors.Is(err, context.Canceled) {
				t.Errorf("got %v, want the context's cancellation", err)
			}
			var e *ats.Error
			if tc.want == ats.CodeUpstreamRateLimited && (!errors.As(err, &e) || e.RetryAfter <= 0) {
				t.Errorf("Retry-After: got %v, want a positive wait", err)
			}
			if calls != tc.calls {
				t.Errorf("batch calls: got %d, want %d", calls, tc.calls)
			}
		})
	}
}

// TestBatchGetRepeatedKeys asks for one item twice in a batch, which
// DynamoDB (and dynalite) refuse as a whole: the store asks once and
// answers both.
func TestBatchGetRepeatedKeys(t *testing.T) {
	s, rec := seededTest(t)
	k := key(candidatePK("cand_001"), skCandidate)
	found, err := s.batchGet(context.Background(), []item{k, key(jobPK("job_001"), skJob), k})
	if err != nil {
		t.Fatalf("batchGet with a repeated key: got %v, want the items", err)
	}
	if len(found) != 2 || found[candidatePK("cand_001")] == nil || found[jobPK("job_001")] == nil {
		t.Errorf("found: got %d items, want cand_001 and job_001", len(found))
	}
	if got := rec.counts()["BatchGetItem"]; got != 1 {
		t.Errorf("BatchGetItem calls: got %d, want 1", got)
	}
}
