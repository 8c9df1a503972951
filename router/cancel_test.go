package router_test

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/router/routertest"
)

// blocking is a provider whose list and create block until the request's
// context ends, then fail the way fail says: providers and stores report
// an ended context in every form, typed or not.
func blocking(started chan<- struct{}, fail func(ctx context.Context) error) *routertest.Provider {
	wait := func(ctx context.Context) error {
		started <- struct{}{}
		<-ctx.Done()
		return fail(ctx)
	}
	return &routertest.Provider{
		ListJobsFn: func(ctx context.Context, _ ats.JobQuery) (ats.Page[ats.Job], error) {
			return ats.Page[ats.Job]{}, wait(ctx)
		},
		CreateCandidateFn: func(ctx context.Context, _ ats.CandidateInput) (ats.Candidate, error) {
			return ats.Candidate{}, wait(ctx)
		},
	}
}

// endedForms are the ways a provider or store reports that its context
// ended.
var endedForms = map[string]func(ctx context.Context) error{
	"raw":     func(ctx context.Context) error { return ctx.Err() },
	"wrapped": func(ctx context.Context) error { return fmt.Errorf("sqlite: list jobs: %w", ctx.Err()) },
	"typed":   func(ctx context.Context) error { return ats.Interrupted(ctx.Err(), "the store") },
	"untyped driver error": func(context.Context) error {
		return errors.New("interrupted (9)") // what SQLite says when its query is interrupted
	},
	"upstream error": func(ctx context.Context) error {
		return &ats.Error{Code: ats.CodeUpstreamUnavailable, Message: "Workable did not answer.", Err: ctx.Err()}
	},
}

// TestClientHangUpIsNotAServerError sends requests over real HTTP to a
// provider that blocks, hangs up while it waits, and checks the log: one
// INFO access line with status 499 per request, and no error or warning,
// whatever form the provider's failure takes.
func TestClientHangUpIsNotAServerError(t *testing.T) {
	for name, form := range endedForms {
		t.Run(name, func(t *testing.T) {
			started := make(chan struct{})
			a := newAPI(blocking(started, form))
			finished := make(chan struct{}, 2)
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				a.Handler.ServeHTTP(w, r)
				finished <- struct{}{}
			}))
			defer srv.Close()

			for _, req := range []struct{ method, path, body string }{
				{"GET", "/jobs", ""},
				{"POST", "/dev/candidates", `{"name":"Karan","email":"karan@example.com"}`},
			} {
				ctx, cancel := context.WithCancel(context.Background())
				r := routertest.NewRequest(ctx, req.method, srv.URL+req.path, req.body)
				r.RequestURI = ""
				errc := make(chan error, 1)
				go func() {
					res, err := srv.Client().Do(r)
					if err == nil {
						_ = res.Body.Close()
					}
					errc <- err
				}()
				<-started
				cancel()
				if err := <-errc; !errors.Is(err, context.Canceled) {
					t.Errorf("%s %s: client got %v, want its own cancellation", req.method, req.path, err)
				}
				<-finished
			}

			lines := a.Logs.Records(t, "")
			if len(lines) != 2 {
				t.Fatalf("got %d log lines, want one access line per request:\n%s", len(lines), a.Logs.String())
			}
			for _, l := range lines {
				if l["msg"] != "request" || l["level"] != "INFO" || l["status"] != float64(499) {
					t.Errorf("log line %v, want the access line at INFO with status 499", l)
				}
			}
		})
	}
}

// TestDeadlineIsUpstreamTimeout checks the other way a context ends: a
// deadline that passes while the provider works is 504 UPSTREAM_TIMEOUT,
// whatever form the provider's failure takes.
func TestDeadlineIsUpstreamTimeout(t *testing.T) {
	for name, form := range endedForms {
		if name == "upstream error" {
			continue // a typed error stays what the provider said
		}
		t.Run(name, func(t *testing.T) {
			a := newAPI(&routertest.Provider{ListJobsFn: func(ctx context.Context, _ ats.JobQuery) (ats.Page[ats.Job], error) {
				<-ctx.Done()
				return ats.Page[ats.Job]{}, form(ctx)
			}})
			ctx, cancel := context.WithDeadline(context.Background(), time.Now().Add(-time.Second))
			defer cancel()
			a.Send(t, routertest.NewRequest(ctx, "GET", "/jobs", "")).WantError(t, 504, "UPSTREAM_TIMEOUT", "")
			for _, l := range a.Logs.Records(t, "") {
				if l["level"] == "ERROR" {
					t.Errorf("a deadline is logged as an error: %v", l)
				}
			}
		})
	}
}

// TestClientErrorsStandAfterAHangUp checks the other side of the rule: an
// answer decided on the request itself (a bad body, an unknown id, a
// conflict) is what it is, also when the client has gone by the time it
// is sent; only what the hang-up caused is a 499.
func TestClientErrorsStandAfterAHangUp(t *testing.T) {
	p := known()
	p.CreateCandidateFn = func(context.Context, ats.CandidateInput) (ats.Candidate, error) {
		return ats.Candidate{}, &ats.Error{Code: ats.CodeCandidateExists, Message: "Exists.", Details: []ats.Detail{{Field: "email", ExistingID: "cand_001"}}}
	}
	a := newAPI(p)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	for _, tt := range []struct {
		method, path, body string
		status             int
	}{
		{"POST", "/candidates", `{"name":"Karan"}`, 400},
		{"GET", "/jobs/job_999", "", 404},
		{"POST", "/candidates", `{"name":"Karan","email":"karan@example.com"}`, 409},
	} {
		a.Send(t, routertest.NewRequest(ctx, tt.method, tt.path, tt.body)).Want(t, tt.status, map[int]string{400: "INPUT_INVALID", 404: "NOT_FOUND", 409: "CANDIDATE_EXISTS"}[tt.status])
	}
}
