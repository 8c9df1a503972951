package router_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/preview"
	"github.com/atsbridge/atsbridge/router/routertest"
	"github.com/atsbridge/atsbridge/store/memory"
)

// The router's tests exercise the HTTP layer over routertest.Provider, a
// mock that answers what each test says. What the sandbox does with a
// request is the sandbox's and the stores' to test (ats/atstest,
// store/storetest); only a small end-to-end set (e2e_test.go) runs the
// router over the real sandbox.

// newAPI is the real router, in preview mode, over the mock p.
func newAPI(p *routertest.Provider) *routertest.API {
	return routertest.New(p, routertest.Config("preview"))
}

// newSandboxAPI is the real router over the real preview sandbox on a
// fresh memory store.
func newSandboxAPI(t testing.TB) *routertest.API {
	t.Helper()
	return newSandboxAPIOn(t, memory.New())
}

// newSandboxAPIOn is the real router over the preview sandbox on s, its
// resume files in memory.
func newSandboxAPIOn(t testing.TB, s preview.Store) *routertest.API {
	t.Helper()
	sb, err := preview.Open(context.Background(), s, time.Now, preview.WithFiles(memory.NewFiles()))
	if err != nil {
		t.Fatalf("open sandbox: %v", err)
	}
	return routertest.New(sb, routertest.Config("preview"))
}

// jobs serves the given jobs as a provider over a fixed list would, and
// records every query it was asked.
func jobs(items []ats.Job, queries *[]ats.JobQuery) *routertest.Provider {
	return &routertest.Provider{ListJobsFn: func(_ context.Context, q ats.JobQuery) (ats.Page[ats.Job], error) {
		if queries != nil {
			*queries = append(*queries, q)
		}
		return routertest.Slice(items, q.Window)
	}}
}

// numberedJobs returns n sample jobs with the ids job_001 ... .
func numberedJobs(n int) []ats.Job {
	out := make([]ats.Job, n)
	for i := range out {
		out[i] = routertest.SampleJob()
		out[i].ID = fmt.Sprintf("job_%03d", i+1)
	}
	return out
}
