package router

import (
	"context"

	"golang.org/x/sync/errgroup"

	"github.com/atsbridge/atsbridge/ats"
)

// applicationCounts is what GET /jobs?include=counts adds to each job: its
// active applications. Active is exact when Exact is set; otherwise the
// job has more than countPages*ats.MaxLimit active applications and
// Active is that many (a dashboard shows "1000+").
type applicationCounts struct {
	Active int  `json:"active"`
	Exact  bool `json:"exact"`
}

const (
	// countPages bounds the list pages read to count one job's active
	// applications when the provider does not report a total: a live ATS
	// with a thousand applicants on a job costs ten calls, not a hundred.
	countPages = 10
	// countWorkers is how many jobs of a page are counted at once.
	countWorkers = 4
)

// countActive counts the active applications of each job, a few jobs at a
// time. The first failure fails the whole answer: a page of counts with
// holes would look like zeros.
func (a *api) countActive(ctx context.Context, jobs []ats.Job) ([]applicationCounts, error) {
	out := make([]applicationCounts, len(jobs))
	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(countWorkers)
	for i, j := range jobs {
		g.Go(func() (err error) {
			out[i], err = a.countApplications(gctx, ats.ApplicationQuery{JobID: j.ID, Statuses: []ats.ApplicationStatus{ats.ApplicationActive}})
			return err
		})
	}
	return out, g.Wait()
}

// countApplications counts the applications q matches through the
// provider's own list: its Total where it reports one (the sandbox's SQLite
// and memory stores: one query), else by reading up to countPages pages of
// ats.MaxLimit.
func (a *api) countApplications(ctx context.Context, q ats.ApplicationQuery) (applicationCounts, error) {
	q.Window = ats.Window{Limit: ats.MaxLimit}
	n := 0
	for range countPages {
		p, err := a.p.ListApplications(ctx, q)
		if err != nil {
			return applicationCounts{}, err
		}
		if p.Total != nil {
			return applicationCounts{Active: *p.Total, Exact: true}, nil
		}
		n += len(p.Items)
		if !p.HasMore {
			return applicationCounts{Active: n, Exact: true}, nil
		}
		q.Cursor = p.Next
	}
	return applicationCounts{Active: n}, nil
}
