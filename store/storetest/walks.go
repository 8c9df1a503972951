package storetest

import (
	"fmt"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/atsbridge/atsbridge/ats"
)

// Guarantee is what a store promises about list walks (a cursor walk
// following next_cursor, or a page walk reading page 1, 2, ...) that run
// while records are being created. Run checks the promise the store makes.
type Guarantee int

const (
	// CommitOrder: a new record sorts after every record committed before
	// it, because the store numbers and dates it in the write's own atomic
	// step. So no walk, by cursor or by page, returns a record twice, and
	// a walk returns every record whose create was acknowledged before the
	// walk's last page was requested.
	CommitOrder Guarantee = iota + 1

	// StartOfWalk: the store cannot number and write a record in one
	// atomic step, so a record may commit behind a walk that has passed
	// its place. A cursor walk never returns a record twice; a walk of
	// either kind returns every record whose create was acknowledged
	// before the walk's first page was requested; a page walk may return a
	// record twice when records created meanwhile sort before its page.
	StartOfWalk
)

func (g Guarantee) String() string {
	switch g {
	case CommitOrder:
		return "CommitOrder"
	case StartOfWalk:
		return "StartOfWalk"
	}
	return fmt.Sprintf("Guarantee(%d)", int(g))
}

// The shape of testWalksWhileCreating: writers goroutines each create
// rounds candidates, each with an application, and apply each of them to
// a second job, while walks of walkLimit records a page run.
const (
	writers   = 8
	rounds    = 12
	walkLimit = 7 // the page size of the walks in issue 9's report
	walkedJob = "job_001"
	secondJob = "job_004"
	// ticksPerSecond is how many reads of the writers' clock share one
	// second, as requests arriving together share the sandbox's.
	ticksPerSecond = 4
)

// acked is the log of records whose create was acknowledged, per list, in
// the order the acknowledgements came. It only grows, so the length read
// at a moment names exactly the records acknowledged before it.
type acked struct {
	mu  sync.Mutex
	ids map[string][]string
}

func (a *acked) add(list string, ids ...string) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.ids[list] = append(a.ids[list], ids...)
}

// mark is how many records of list were acknowledged so far.
func (a *acked) mark(list string) int {
	a.mu.Lock()
	defer a.mu.Unlock()
	return len(a.ids[list])
}

// upTo returns the first n acknowledged records of list.
func (a *acked) upTo(list string, n int) []string {
	a.mu.Lock()
	defer a.mu.Unlock()
	return slices.Clone(a.ids[list][:n])
}

// idPage reads one page of a list and returns its ids.
type idPage func(w ats.Window) (ids []string, more bool, next string, err error)

// walked is one walk's result: the ids in the order they came, and how many
// records of the list were acknowledged before its first and before its
// last page was requested.
type walked struct {
	ids                     []string
	beforeFirst, beforeLast int
}

// walkWhile walks list l by cursor or by page, noting the acknowledgements
// before each page request.
func walkWhile(l idPage, byPage bool, log *acked, list string) (walked, error) {
	var w walked
	cursor := ""
	for page := 1; ; page++ {
		if page > 10000 {
			return w, fmt.Errorf("walk did not end after %d pages", page)
		}
		w.beforeLast = log.mark(list)
		if page == 1 {
			w.beforeFirst = w.beforeLast
		}
		win := ats.Window{Limit: walkLimit, Cursor: cursor}
		if byPage {
			win = ats.Window{Limit: walkLimit, Page: page}
		}
		ids, more, next, err := l(win)
		if err != nil {
			return w, fmt.Errorf("page %d: %w", page, err)
		}
		if len(ids) > walkLimit || (more && len(ids) != walkLimit) {
			return w, fmt.Errorf("page %d: got %d items with has_more %v; want a full page of %d exactly when more follow", page, len(ids), more, walkLimit)
		}
		w.ids = append(w.ids, ids...)
		if !more {
			return w, nil
		}
		cursor = next
	}
}

// sandboxClock hands out times as the sandbox does: whole seconds, read
// before the write, so that concurrent writers often share a second and
// one that read the clock earlier may commit later.
type sandboxClock struct{ ticks atomic.Int64 }

func (c *sandboxClock) now() time.Time {
	n := c.ticks.Add(1)
	return at(5000).Add(time.Duration(n/ticksPerSecond) * time.Second)
}

// testWalksWhileCreating walks the candidate and application lists (all of
// them, and a job's applications), by cursor and by page, over and over
// while writers create candidates with applications and apply existing
// candidates to a second job, and checks each walk against g.
func testWalksWhileCreating(t *testing.T, open opener, g Guarantee) {
	s := seeded(t, open)
	log := &acked{ids: map[string][]string{}}
	log.add("candidates", allCandidates...)
	log.add("applications", allApplications...)
	for _, a := range dataset().Applications {
		if a.JobID == walkedJob {
			log.add("applications_of_"+walkedJob, a.ID)
		}
	}

	lists := []struct {
		name string
		page idPage
	}{
		{"candidates", func(w ats.Window) ([]string, bool, string, error) {
			p, err := s.ListCandidates(ctx(t), ats.CandidateQuery{Window: w})
			return idsOf(p.Items, candidateID), p.HasMore, p.Next, err
		}},
		{"applications", func(w ats.Window) ([]string, bool, string, error) {
			p, err := s.ListApplications(ctx(t), ats.ApplicationQuery{Window: w})
			return idsOf(p.Items, applicationID), p.HasMore, p.Next, err
		}},
		{"applications_of_" + walkedJob, func(w ats.Window) ([]string, bool, string, error) {
			p, err := s.ListApplications(ctx(t), ats.ApplicationQuery{Window: w, JobID: walkedJob})
			return idsOf(p.Items, applicationID), p.HasMore, p.Next, err
		}},
	}

	clock := &sandboxClock{}
	var (
		wg       sync.WaitGroup
		writing  atomic.Int32
		errMu    sync.Mutex
		writeErr error
	)
	fail := func(err error) {
		errMu.Lock()
		defer errMu.Unlock()
		writeErr = err
	}
	writing.Store(writers)
	for w := range writers {
		wg.Go(func() {
			defer writing.Add(-1)
			for r := range rounds {
				first, second := walkedJob, secondJob
				if (w+r)%2 == 1 {
					first, second = second, first
				}
				cand, app, err := createCandidate(ctx(t), s, fmt.Sprintf("walk-%d-%d@example.com", w, r), first, clock.now())
				if err != nil {
					fail(fmt.Errorf("writer %d: CreateCandidate: %w", w, err))
					return
				}
				log.add("candidates", cand)
				logApplication(log, app, first)
				app2, err := createApplication(ctx(t), s, cand, second, clock.now())
				if err != nil {
					fail(fmt.Errorf("writer %d: CreateApplication: %w", w, err))
					return
				}
				logApplication(log, app2, second)
			}
		})
	}

	type result struct {
		list   string
		byPage bool
		walked
	}
	var results []result
	for round := 0; ; round++ {
		done := writing.Load() == 0
		for _, l := range lists {
			for _, byPage := range []bool{false, true} {
				w, err := walkWhile(l.page, byPage, log, l.name)
				if err != nil {
					t.Fatalf("%s walk (by page %v): %v", l.name, byPage, err)
				}
				results = append(results, result{l.name, byPage, w})
			}
		}
		if done && round > 0 {
			break
		}
	}
	wg.Wait()
	if writeErr != nil {
		t.Fatal(writeErr)
	}

	for _, r := range results {
		mode := "cursor"
		if r.byPage {
			mode = "page"
		}
		what := fmt.Sprintf("%s walk of %s", mode, r.list)
		if d := duplicates(r.ids); len(d) > 0 && (g == CommitOrder || !r.byPage) {
			t.Errorf("%s returned %v twice; want no record twice (%s)", what, d, g)
		}
		must := r.beforeLast
		if g == StartOfWalk {
			must = r.beforeFirst
		}
		got := map[string]bool{}
		for _, id := range r.ids {
			got[id] = true
		}
		var missed []string
		for _, id := range log.upTo(r.list, must) {
			if !got[id] {
				missed = append(missed, id)
			}
		}
		if len(missed) > 0 {
			t.Errorf("%s missed %v, acknowledged before the walk's %s page was requested (%s)", what, missed, map[Guarantee]string{CommitOrder: "last", StartOfWalk: "first"}[g], g)
		}
		all := map[string]bool{}
		for _, id := range log.upTo(r.list, log.mark(r.list)) {
			all[id] = true
		}
		for _, id := range r.ids {
			if !all[id] {
				t.Errorf("%s returned %s, which no create acknowledged for this list", what, id)
			}
		}
	}
	t.Logf("%d walks while %d writers created %d candidates", len(results), writers, writers*rounds)
}

// logApplication notes an acknowledged application in the lists it joins.
func logApplication(log *acked, id, jobID string) {
	log.add("applications", id)
	if jobID == walkedJob {
		log.add("applications_of_"+walkedJob, id)
	}
}
