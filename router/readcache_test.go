package router_test

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"maps"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/preview"
	"github.com/atsbridge/atsbridge/router/routertest"
	"github.com/atsbridge/atsbridge/store/sqlite"
)

// The read cache: answers of a provider that versions its data are kept
// while the version of their resource holds, and never outlive a write a
// client saw acknowledged, in this process or in another on the same file.

// versioned is a mock provider with versions the test moves by hand.
type versioned struct {
	*routertest.Provider
	mu       sync.Mutex
	versions map[string]uint64
	ok       bool
}

func (v *versioned) DataVersion(_ context.Context, resource string) (uint64, bool) {
	v.mu.Lock()
	defer v.mu.Unlock()
	return v.versions[resource], v.ok
}

func (v *versioned) bump(resource string) {
	v.mu.Lock()
	defer v.mu.Unlock()
	v.versions[resource]++
}

// TestReadCacheKeepsAnswersPerVersion: a second equal read is answered
// without asking the provider, with the same bytes but its own request id;
// a new version of the resource, another query, an error or a provider
// that cannot tell its version asks again; another resource's version
// leaves the answer kept.
func TestReadCacheKeepsAnswersPerVersion(t *testing.T) {
	var jobLists, jobReads atomic.Int64
	items := numberedJobs(30)
	p := &versioned{versions: map[string]uint64{}, ok: true, Provider: &routertest.Provider{
		ListJobsFn: func(_ context.Context, q ats.JobQuery) (ats.Page[ats.Job], error) {
			jobLists.Add(1)
			return routertest.Slice(items, q.Window)
		},
		JobFn: func(_ context.Context, id string, _ ats.ReadOptions) (ats.Job, error) {
			jobReads.Add(1)
			if id != "job_001" {
				return ats.Job{}, ats.NotFound("job", id)
			}
			return items[0], nil
		},
	}}
	a := routertest.New(p, routertest.Config("preview"))
	get := func(target string, wantCalls int64, calls *atomic.Int64) routertest.Response {
		t.Helper()
		before := calls.Load()
		res := a.Do(t, "GET", target, "")
		if got := calls.Load() - before; got != wantCalls {
			t.Errorf("GET %s: the provider was asked %d time(s), want %d", target, got, wantCalls)
		}
		return res
	}

	first := get("/jobs?limit=20", 1, &jobLists)
	second := get("/jobs?limit=20", 0, &jobLists)
	if first.Env.RequestID == second.Env.RequestID || !bytes.Equal(withoutRequestID(t, first.Body), withoutRequestID(t, second.Body)) {
		t.Errorf("kept answer: request ids %s and %s, bodies equal %v; want own ids and equal bodies",
			first.Env.RequestID, second.Env.RequestID, bytes.Equal(withoutRequestID(t, first.Body), withoutRequestID(t, second.Body)))
	}
	if second.Header.Get("ETag") != first.Header.Get("ETag") {
		t.Errorf("kept answer: ETag %s, want %s", second.Header.Get("ETag"), first.Header.Get("ETag"))
	}
	get("/dev/jobs?limit=20", 1, &jobLists) // under the stage prefix: its own answer (see TestCachedReadsKeepTheirPrefix)
	get("/dev/jobs?limit=20", 0, &jobLists)
	get("/jobs?limit=5", 1, &jobLists)
	get("/jobs?limit=20&include=raw", 1, &jobLists)
	get("/jobs?limit=20", 0, &jobLists)

	p.bump(ats.ResourceCandidate)
	get("/jobs?limit=20", 0, &jobLists)
	items[0].Title = "Retitled"
	p.bump(ats.ResourceJob)
	if res := get("/jobs?limit=20", 1, &jobLists); !bytes.Contains(res.Body, []byte("Retitled")) {
		t.Errorf("after a new job version: %s, want the new title", res.Body)
	}
	get("/jobs?limit=20", 0, &jobLists)

	get("/jobs/job_001", 1, &jobReads)
	get("/jobs/job_001", 0, &jobReads)
	get("/jobs/job_999", 1, &jobReads).Want(t, 404, "NOT_FOUND")
	get("/jobs/job_999", 1, &jobReads).Want(t, 404, "NOT_FOUND")
	get("/jobs?limit=0", 0, &jobLists).Want(t, 400, "INPUT_INVALID")

	p.mu.Lock()
	p.ok = false
	p.mu.Unlock()
	get("/jobs?limit=20", 1, &jobLists)
	get("/jobs?limit=20", 1, &jobLists)
}

// TestCachedCountsSeeNewApplications: GET /jobs?include=counts shows the
// jobs' active applications, so its kept answer goes with a new
// application, however the parameter is spelled; /jobs without counts
// stays kept.
func TestCachedCountsSeeNewApplications(t *testing.T) {
	a := newSandboxAPI(t)
	count := func(target string) int {
		t.Helper()
		var jobs []struct {
			ID     string `json:"id"`
			Counts *struct {
				Active int `json:"active"`
			} `json:"application_counts"`
		}
		a.Do(t, "GET", target, "").Data(t, &jobs)
		for _, j := range jobs {
			if j.ID == "job_063" && j.Counts != nil {
				return j.Counts.Active
			}
		}
		t.Fatalf("GET %s: no counts of job_063", target)
		return 0
	}
	targets := []string{"/jobs?include=counts&limit=100", "/jobs?include=raw%2Ccounts&limit=100", "/jobs?include=c%6Funts&limit=100"}
	before := map[string]int{}
	for _, target := range targets {
		before[target] = count(target)
		count(target) // kept
	}
	plain := a.Do(t, "GET", "/jobs?limit=100", "").Header.Get("ETag")
	a.Do(t, "POST", "/candidates", `{"job_id":"job_063","name":"Counted Once","email":"counted.once@example.com"}`).Want(t, 201, "")
	for _, target := range targets {
		if got := count(target); got != before[target]+1 {
			t.Errorf("GET %s after a new application to job_063: %d active, want %d", target, got, before[target]+1)
		}
	}
	if res := a.Do(t, "GET", "/jobs?limit=100", "", "If-None-Match", plain); res.Status != http.StatusNotModified {
		t.Errorf("GET /jobs without counts after an application: %d, want 304 (unchanged)", res.Status)
	}
}

// TestCachedReadsKeepTheirPrefix: a candidate whose resume the sandbox
// keeps has a resume_url under the stage prefix the request came in
// under; kept answers do not mix the two.
func TestCachedReadsKeepTheirPrefix(t *testing.T) {
	a := newSandboxAPI(t)
	pdf := corpusFile(t, "resumes/chen-chromium-one.pdf")
	if res := a.Do(t, "POST", "/candidates/cand_001/resume", string(pdf), "Content-Type", "application/pdf"); res.Status >= 300 {
		t.Fatalf("attach: %d %s", res.Status, res.Body)
	}
	for range 2 { // the second round is answered from the cache
		for _, prefix := range []string{"", "/dev"} {
			var c ats.Candidate
			a.Do(t, "GET", prefix+"/candidates/cand_001", "").Data(t, &c)
			var list []ats.Candidate
			a.Do(t, "GET", prefix+"/candidates?limit=1", "").Data(t, &list)
			want := prefix + "/candidates/cand_001/resume"
			if len(list) != 1 {
				t.Fatalf("under %q: %d candidates, want 1", prefix, len(list))
			}
			if deref(c.ResumeURL) != want || deref(list[0].ResumeURL) != want {
				t.Errorf("under %q: resume_url %s, and %s in the list; want %s", prefix, deref(c.ResumeURL), deref(list[0].ResumeURL), want)
			}
		}
	}
}

func deref(s *string) string {
	if s == nil {
		return "<nil>"
	}
	return *s
}

// TestCachedReadsSeeAcknowledgedWrites: clients that create and then read
// hot lists and records, concurrently, over SQLite, each always find
// every record whose create was acknowledged before their read began:
// their own and everyone else's.
func TestCachedReadsSeeAcknowledgedWrites(t *testing.T) {
	s, err := sqlite.Open(t.Context(), filepath.Join(t.TempDir(), "preview.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Close() })
	a := newSandboxAPIOn(t, s)
	since := "2026-11-02T00:00:00Z" // after the seed: the list holds only this test's candidates

	var (
		mu    sync.Mutex
		acked = map[string]bool{} // candidate ids whose create was answered
	)
	snapshot := func() map[string]bool {
		mu.Lock()
		defer mu.Unlock()
		return maps.Clone(acked)
	}
	const writers, creates = 4, 15
	var wg, readers sync.WaitGroup
	done := make(chan struct{})
	for w := range writers {
		wg.Go(func() {
			for i := range creates {
				res := a.Do(t, "POST", "/candidates", fmt.Sprintf(`{"job_id":"job_063","name":"Cache Client","email":"cache.%d.%d@example.com"}`, w, i))
				if res.Status != http.StatusCreated {
					t.Errorf("create: %d %s", res.Status, res.Body)
					return
				}
				var c ats.Candidate
				res.Data(t, &c)
				mu.Lock()
				acked[c.ID] = true
				mu.Unlock()

				want := snapshot()
				var list []ats.Candidate
				a.Do(t, "GET", "/candidates?limit=100&created_after="+since, "").Data(t, &list)
				if missing := missingIDs(want, list, func(c ats.Candidate) string { return c.ID }); len(missing) > 0 {
					t.Errorf("GET /candidates after acknowledged creates misses %v", missing)
				}
				var apps []ats.Application
				a.Do(t, "GET", "/applications?job_id=job_063&limit=100&created_after="+since, "").Data(t, &apps)
				if len(apps) < len(want) {
					t.Errorf("GET /applications?job_id=job_063: %d applications, want at least the %d acknowledged", len(apps), len(want))
				}
				var own ats.Candidate
				a.Do(t, "GET", "/candidates/"+c.ID, "").Data(t, &own)
				if len(own.ApplicationIDs) != 1 {
					t.Errorf("GET /candidates/%s: application ids %v, want its one application", c.ID, own.ApplicationIDs)
				}
			}
		})
	}
	// Readers keep the same reads hot in between, until the writers end.
	for range 2 {
		readers.Go(func() {
			for {
				select {
				case <-done:
					return
				default:
				}
				want := snapshot()
				var list []ats.Candidate
				a.Do(t, "GET", "/candidates?limit=100&created_after="+since, "").Data(t, &list)
				if missing := missingIDs(want, list, func(c ats.Candidate) string { return c.ID }); len(missing) > 0 {
					t.Errorf("reader: GET /candidates misses acknowledged %v", missing)
				}
			}
		})
	}
	wg.Wait()
	close(done)
	readers.Wait()
	if n := len(snapshot()); n != writers*creates {
		t.Errorf("%d creates acknowledged, want %d", n, writers*creates)
	}
}

// missingIDs lists the ids of want that items lacks, sorted.
func missingIDs[T any](want map[string]bool, items []T, id func(T) string) []string {
	have := map[string]bool{}
	for _, it := range items {
		have[id(it)] = true
	}
	var out []string
	for w := range want {
		if !have[w] {
			out = append(out, w)
		}
	}
	slices.Sort(out)
	return out
}

// TestCachedReadsSeeAnotherProcess: another process writing to the same
// SQLite file (this test binary run again as TestWriterProcess) changes
// what the reads this process keeps answer, from the first read after its
// write was acknowledged: the lists, and the candidate whose application
// it created.
func TestCachedReadsSeeAnotherProcess(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a second process")
	}
	path := filepath.Join(t.TempDir(), "preview.db")
	s, err := sqlite.Open(t.Context(), path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Close() })
	a := newSandboxAPIOn(t, s) // seeds the file before the writer opens it

	cmd := exec.Command(os.Args[0], "-test.run=^TestWriterProcess$", "-test.count=1")
	cmd.Env = append(os.Environ(), writerDBEnv+"="+path)
	cmd.Stderr = os.Stderr
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		_ = stdin.Close() // the writer ends at the end of its input
		if err := cmd.Wait(); err != nil {
			t.Errorf("writer process: %v", err)
		}
	})
	replies := bufio.NewScanner(stdout)
	ask := func(command string) string {
		t.Helper()
		if _, err := fmt.Fprintln(stdin, command); err != nil {
			t.Fatal(err)
		}
		for replies.Scan() {
			if id, ok := strings.CutPrefix(replies.Text(), "done "); ok {
				return id
			}
			if msg, ok := strings.CutPrefix(replies.Text(), "error "); ok {
				t.Fatalf("writer: %s: %s", command, msg)
			}
		}
		t.Fatalf("writer ended without answering %q: %v", command, replies.Err())
		return ""
	}

	const list = "/candidates?limit=100&created_after=2026-11-02T00:00:00Z"
	var cand ats.Candidate
	a.Do(t, "GET", "/candidates/cand_001", "").Data(t, &cand)
	before := len(cand.ApplicationIDs)
	acked := map[string]bool{}
	for i := range 10 {
		a.Do(t, "GET", list, "") // keep the list's answer in the cache
		a.Do(t, "GET", list, "")
		acked[ask(fmt.Sprintf("candidate other.process.%d@example.com", i))] = true
		var got []ats.Candidate
		a.Do(t, "GET", list, "").Data(t, &got)
		if missing := missingIDs(acked, got, func(c ats.Candidate) string { return c.ID }); len(missing) > 0 {
			t.Fatalf("after the other process's create %d: the list misses %v", i, missing)
		}
	}
	app := ask("application cand_001 job_063")
	a.Do(t, "GET", "/candidates/cand_001", "").Data(t, &cand)
	if len(cand.ApplicationIDs) != before+1 || !slices.Contains(cand.ApplicationIDs, app) {
		t.Errorf("GET /candidates/cand_001 after the other process applied them: %v, want %d ids with %s", cand.ApplicationIDs, before+1, app)
	}
}

// writerDBEnv names the SQLite file TestWriterProcess writes to.
const writerDBEnv = "ATSBRIDGE_TEST_WRITER_DB"

// TestWriterProcess is the other process of TestCachedReadsSeeAnotherProcess,
// not a test of its own: it opens the sandbox on the file in writerDBEnv
// and, for each line of its input, "candidate EMAIL" or "application
// CANDIDATE JOB", creates that record and answers "done ID" once the
// create is acknowledged.
func TestWriterProcess(t *testing.T) {
	path := os.Getenv(writerDBEnv)
	if path == "" {
		t.Skip("the writer process of TestCachedReadsSeeAnotherProcess; runs only when it starts it")
	}
	ctx := context.Background()
	s, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	sb, err := preview.Open(ctx, s, time.Now)
	if err != nil {
		t.Fatal(err)
	}
	in := bufio.NewScanner(os.Stdin)
	for in.Scan() {
		f := strings.Fields(in.Text())
		var id string
		var err error
		switch {
		case len(f) == 2 && f[0] == "candidate":
			var c ats.Candidate
			c, err = sb.CreateCandidate(ctx, ats.CandidateInput{Name: "Other Process", Email: f[1], JobID: "job_063"})
			id = c.ID
		case len(f) == 3 && f[0] == "application":
			var app ats.Application
			app, err = sb.CreateApplication(ctx, ats.ApplicationInput{CandidateID: f[1], JobID: f[2]})
			id = app.ID
		default:
			err = fmt.Errorf("unknown command %q", in.Text())
		}
		if err != nil {
			fmt.Printf("error %v\n", err)
			continue
		}
		fmt.Printf("done %s\n", id)
	}
}
