// Package previewtest runs the provider conformance suite (ats/atstest) on
// the preview sandbox over a store. Each store's tests call Run with a way
// to open a fresh, empty store, as they call storetest.Run for the store
// contract: storetest holds a store to the Store interface, this holds the
// sandbox it serves to ats.Provider's contract, over the seed users get.
package previewtest

import (
	"cmp"
	"context"
	"errors"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/atstest"
	"github.com/atsbridge/atsbridge/ats/preview"
)

// Run opens the sandbox (seeded with preview.SeedData) over stores made by
// open, keeping resume files in Files made by files, and runs the
// conformance suite on it. totals is what the store reports in
// Page.Total.
func Run(t *testing.T, totals atstest.Totals, open func(t *testing.T) preview.Store, files func(t *testing.T) preview.Files) {
	t.Helper()
	fx := Fixture()
	fx.Totals = totals
	var mu sync.Mutex
	faulty := map[ats.Provider]*faultyFiles{}
	fx.Resumes.FailNextUpload = func(t *testing.T, p ats.Provider) {
		mu.Lock()
		defer mu.Unlock()
		f, ok := faulty[p]
		if !ok {
			t.Fatal("previewtest: FailNextUpload of a provider Run did not open")
		}
		f.failNext.Store(true)
	}
	atstest.Run(t, func(t *testing.T) ats.Provider {
		t.Helper()
		f := &faultyFiles{Files: files(t)}
		sb, err := preview.Open(t.Context(), open(t), time.Now, preview.WithFiles(f))
		if err != nil {
			t.Fatalf("open the sandbox: %v", err)
		}
		mu.Lock()
		faulty[sb] = f
		mu.Unlock()
		return sb
	}, fx)
}

// faultyFiles is a preview.Files whose next Put fails when failNext is
// set, as a full disk or an unreachable bucket would.
type faultyFiles struct {
	preview.Files
	failNext atomic.Bool
}

func (f *faultyFiles) Put(ctx context.Context, id string, file ats.File) error {
	if f.failNext.CompareAndSwap(true, false) {
		return errors.New("previewtest: the resume file could not be written (injected)")
	}
	return f.Files.Put(ctx, id, file)
}

// Fixture is the sandbox's seed as the suite reads it: lists in (created_at,
// id) order for jobs and candidates and (applied_at, id) for applications,
// a candidate's application ids in the same order, new records appended
// (the sandbox stamps them with the current time, after the seed), emails
// unique in the whole sandbox, each job's pipeline and the sandbox's
// rejection reasons. Totals is left for Run to set.
func Fixture() atstest.Fixture {
	ds := preview.SeedData()
	jobs, cands, apps := slices.Clone(ds.Jobs), slices.Clone(ds.Candidates), slices.Clone(ds.Applications)
	slices.SortStableFunc(jobs, func(a, b ats.Job) int {
		return cmp.Or(a.CreatedAt.Compare(b.CreatedAt), preview.CompareIDs(a.ID, b.ID))
	})
	slices.SortStableFunc(cands, func(a, b ats.Candidate) int {
		return cmp.Or(a.CreatedAt.Compare(b.CreatedAt), preview.CompareIDs(a.ID, b.ID))
	})
	slices.SortStableFunc(apps, func(a, b ats.Application) int {
		return cmp.Or(a.AppliedAt.Compare(b.AppliedAt), preview.CompareIDs(a.ID, b.ID))
	})
	appIDs := map[string][]string{}
	for _, a := range apps {
		appIDs[a.CandidateID] = append(appIDs[a.CandidateID], a.ID)
	}
	for i := range cands {
		cands[i].ApplicationIDs = appIDs[cands[i].ID]
	}
	stages := map[string][]ats.JobStage{}
	for _, j := range jobs {
		stages[j.ID] = preview.Pipeline(j)
	}
	return atstest.Fixture{
		Jobs: jobs, Candidates: cands, Applications: apps,
		NewRecords: atstest.AppendsNew,
		Writes:     &atstest.Writes{Emails: atstest.EmailsUnique},
		// The sandbox stores the file before the record: an upload that
		// fails leaves nothing.
		Resumes: &atstest.Resumes{Delivery: atstest.Bytes, FailedUpload: atstest.LeavesNothing},
		// The sandbox takes a rejection without a reason, and sends no
		// email (so it cannot be asked to).
		Pipeline: &atstest.Pipeline{Stages: stages, Reasons: preview.RejectionReasons(), Notify: atstest.NotifyNotSupported},
	}
}
