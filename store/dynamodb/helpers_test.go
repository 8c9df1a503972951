package dynamodb

import (
	"context"
	"errors"
	"log/slog"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	awsmiddleware "github.com/aws/aws-sdk-go-v2/aws/middleware"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/smithy-go/middleware"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/preview"
	"github.com/atsbridge/atsbridge/store/dynamodb/dynalitetest"
)

// recorder sees every call the store makes: it counts operations by name
// and can fail chosen calls before they are sent, as a network error would,
// or after DynamoDB carried them out, as a lost answer would.
type recorder struct {
	mu   sync.Mutex
	ops  map[string]int
	fail func(op string, params any) error
	lose func(op string, params any) error
}

// option installs r on a client.
func (r *recorder) option(o *dynamodb.Options) {
	o.APIOptions = append(o.APIOptions, func(st *middleware.Stack) error {
		return st.Initialize.Add(middleware.InitializeMiddlewareFunc("recorder",
			func(ctx context.Context, in middleware.InitializeInput, next middleware.InitializeHandler) (middleware.InitializeOutput, middleware.Metadata, error) {
				op := awsmiddleware.GetOperationName(ctx)
				r.mu.Lock()
				if r.ops == nil {
					r.ops = map[string]int{}
				}
				r.ops[op]++
				fail, lose := r.fail, r.lose
				r.mu.Unlock()
				if fail != nil {
					if err := fail(op, in.Parameters); err != nil {
						return middleware.InitializeOutput{}, middleware.Metadata{}, err
					}
				}
				out, md, err := next.HandleInitialize(ctx, in)
				if err == nil && lose != nil {
					if lerr := lose(op, in.Parameters); lerr != nil {
						return middleware.InitializeOutput{}, md, lerr
					}
				}
				return out, md, err
			}), middleware.After)
	})
}

// reset forgets the counts so far.
func (r *recorder) reset() {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.ops = map[string]int{}
}

// counts returns a copy of the counts.
func (r *recorder) counts() map[string]int {
	r.mu.Lock()
	defer r.mu.Unlock()
	out := map[string]int{}
	for k, v := range r.ops {
		out[k] = v
	}
	return out
}

// setFail replaces the failure rule (nil: fail nothing).
func (r *recorder) setFail(f func(op string, params any) error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.fail = f
}

// setLose replaces the rule that turns a call DynamoDB carried out into a
// failure the store sees (nil: none).
func (r *recorder) setLose(f func(op string, params any) error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.lose = f
}

// quiet is the logger of stores under test: the SDK's warnings about
// requests a test cancels are expected there.
var quiet = slog.New(slog.DiscardHandler)

// errInjected is the failure tests inject.
var errInjected = errors.New("injected failure")

// openTest opens a store on a fresh dynalite table with a recorder, and
// any further client options after it.
func openTest(t testing.TB, opts ...func(*dynamodb.Options)) (*Store, *recorder) {
	t.Helper()
	rec := &recorder{}
	opts = append([]func(*dynamodb.Options){rec.option}, opts...)
	s, err := open(context.Background(), Config{Table: dynalitetest.Table(t), Endpoint: dynalitetest.Endpoint(t), Region: "us-east-1", Logger: quiet}, opts...)
	if err != nil {
		t.Fatalf("open: %v", err)
	}
	t.Cleanup(func() { _ = s.Close() })
	return s, rec
}

// openTestOn opens a second store on the table of s, with its own client
// options, as another process would.
func openTestOn(t testing.TB, s *Store, opts ...func(*dynamodb.Options)) (*Store, *recorder) {
	t.Helper()
	rec := &recorder{}
	opts = append([]func(*dynamodb.Options){rec.option}, opts...)
	o, err := open(context.Background(), Config{Table: *s.table, Endpoint: dynalitetest.Endpoint(t), Region: "us-east-1", Logger: quiet}, opts...)
	if err != nil {
		t.Fatalf("open: %v", err)
	}
	t.Cleanup(func() { _ = o.Close() })
	return o, rec
}

// seededTest opens a store holding the small dataset.
func seededTest(t testing.TB) (*Store, *recorder) {
	t.Helper()
	s, rec := openTest(t)
	if err := s.Seed(context.Background(), smallDataset); err != nil {
		t.Fatalf("Seed: %v", err)
	}
	rec.reset()
	return s, rec
}

var t0 = time.Date(2025, 6, 1, 8, 0, 0, 0, time.UTC)

func hours(n int) time.Time { return t0.Add(time.Duration(n) * time.Hour) }

func ptr[T any](v T) *T { return &v }

// smallDataset has an open and a closed job, two candidates and one
// application, with seed ids that leave gaps (cand_007, app_0012).
func smallDataset() preview.Dataset {
	job := func(id string, st ats.JobStatus, created int) ats.Job {
		return ats.Job{ID: id, Title: "Job " + id, Status: st, Department: ptr("Engineering"),
			Location: ats.Location{Text: "Remote"}, CreatedAt: hours(created), UpdatedAt: hours(created)}
	}
	cand := func(id, email string, created int) ats.Candidate {
		return ats.Candidate{ID: id, FirstName: "A", LastName: "B", Name: "A B", Email: email, Tags: []string{},
			CreatedAt: hours(created), UpdatedAt: hours(created)}
	}
	return preview.Dataset{
		Jobs: []ats.Job{job("job_001", ats.JobOpen, 0), job("job_002", ats.JobClosed, 1), job("job_003", ats.JobOpen, 2)},
		Candidates: []ats.Candidate{
			cand("cand_001", "first@example.com", 10), cand("cand_007", "second@example.com", 11),
		},
		Applications: []ats.Application{{
			ID: "app_0012", CandidateID: "cand_001", JobID: "job_001",
			Stage:  ats.Stage{ID: "s1", Name: "Applied", Kind: ats.StageApplied},
			Status: ats.ApplicationActive, AppliedAt: hours(20), UpdatedAt: hours(20),
		}},
		Next: map[preview.Sequence]int64{preview.SeqCandidate: 8, preview.SeqApplication: 13},
	}
}

// newCandidate builds a new candidate as the sandbox does; the store
// numbers it.
func newCandidate(_ testing.TB, _ *Store, email string) *ats.Candidate {
	at := hours(100)
	return &ats.Candidate{FirstName: "New", LastName: "Person", Name: "New Person",
		Email: email, Tags: []string{}, CreatedAt: at, UpdatedAt: at}
}

// newApplication builds a new application of candID ("" when it is created
// with its candidate) to jobID; the store numbers it.
func newApplication(_ testing.TB, _ *Store, candID, jobID string) *ats.Application {
	at := hours(200)
	return &ats.Application{CandidateID: candID, JobID: jobID,
		Stage:  ats.Stage{ID: "s1", Name: "Applied", Kind: ats.StageApplied},
		Status: ats.ApplicationActive, AppliedAt: at, UpdatedAt: at}
}

// tableItems reads the whole table (a test may scan; the store never does)
// and returns the items by kind, as partition keys.
func tableItems(t testing.TB, s *Store) map[string][]string {
	t.Helper()
	out := map[string][]string{}
	p := dynamodb.NewScanPaginator(s.db, &dynamodb.ScanInput{TableName: s.table, ConsistentRead: aws.Bool(true)})
	for p.HasMorePages() {
		page, err := p.NextPage(context.Background())
		if err != nil {
			t.Fatalf("scan: %v", err)
		}
		for _, it := range page.Items {
			kind := stringAttr(it, attrType)
			out[kind] = append(out[kind], stringAttr(it, AttrPK))
		}
	}
	return out
}

// wantKinds checks the number of items of each kind in the table.
func wantKinds(t testing.TB, s *Store, want map[string]int) {
	t.Helper()
	got := tableItems(t, s)
	for kind, n := range want {
		if len(got[kind]) != n {
			t.Errorf("%s items: got %d (%s), want %d", kind, len(got[kind]), strings.Join(got[kind], ", "), n)
		}
	}
}

// code returns the ats error code of err ("" for nil).
func code(err error) ats.Code { return ats.ErrorCode(err) }
