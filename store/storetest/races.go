package storetest

import (
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/preview"
)

// racers is how many goroutines race for the same write.
const racers = 50

// testRaces checks that the rules hold under concurrent writers: exactly
// one of many identical writes succeeds, the rest get the conflict naming
// the winner, and no write is lost.
func testRaces(t *testing.T, open opener) {
	t.Run("same_email_50_goroutines", func(t *testing.T) {
		s := seeded(t, open)
		cands := make([]ats.Candidate, racers)
		for i := range cands {
			email := "race@example.com"
			if i%2 == 1 {
				email = strings.ToUpper(email)
			}
			cands[i] = newCandidate(email, at(1000))
		}
		errs := race(func(i int) error { return s.CreateCandidate(ctx(t), &cands[i], nil, nil) })
		winner := oneWinner(t, errs, func(i int) string { return cands[i].ID })
		for i, err := range errs {
			if err != nil {
				t.Run(fmt.Sprintf("loser_%d", i), func(t *testing.T) { wantExisting(t, err, ats.CodeCandidateExists, winner) })
			}
		}
		p, err := s.ListCandidates(ctx(t), ats.CandidateQuery{Window: ats.Window{Limit: 100}, Email: "Race@Example.com"})
		if err != nil {
			t.Fatalf("ListCandidates by email: %v", err)
		}
		sameIDs(t, "candidates with the raced email", idsOf(p.Items, candidateID), []string{winner})
		counts(t, s, len(allJobs), len(allCandidates)+1, len(allApplications))
	})

	t.Run("same_pair_50_goroutines", func(t *testing.T) {
		s := seeded(t, open)
		apps := make([]ats.Application, racers)
		for i := range apps {
			apps[i] = newApplication("cand_011", "job_001", at(1000))
		}
		errs := race(func(i int) error { return s.CreateApplication(ctx(t), &apps[i]) })
		winner := oneWinner(t, errs, func(i int) string { return apps[i].ID })
		for i, err := range errs {
			if err != nil {
				t.Run(fmt.Sprintf("loser_%d", i), func(t *testing.T) { wantExisting(t, err, ats.CodeApplicationExists, winner) })
			}
		}
		c, err := s.Candidate(ctx(t), "cand_011")
		if err != nil {
			t.Fatalf("Candidate(cand_011): %v", err)
		}
		sameIDs(t, "cand_011 application ids", c.ApplicationIDs, []string{winner})
		counts(t, s, len(allJobs), len(allCandidates), len(allApplications)+1)
	})

	t.Run("distinct_writes_50_goroutines_none_lost", func(t *testing.T) {
		s := seeded(t, open)
		var mu sync.Mutex
		var cands, apps []string
		errs := race(func(i int) error {
			c, a, err := createCandidate(ctx(t), s, fmt.Sprintf("person%d@example.com", i), "job_004", at(1000+i))
			if err != nil {
				return err
			}
			// And a second application through the other write path.
			b, err := createApplication(ctx(t), s, c, "job_007", at(2000+i))
			mu.Lock()
			defer mu.Unlock()
			cands, apps = append(cands, c), append(apps, a, b)
			return err
		})
		if err := errors.Join(errs...); err != nil {
			t.Fatalf("concurrent distinct writes: got %v, want all to succeed", err)
		}
		counts(t, s, len(allJobs), len(allCandidates)+racers, len(allApplications)+2*racers)
		// Each record got a number of its own, after the seed's.
		for _, ids := range [][]string{cands, apps} {
			if d := duplicates(ids); len(d) > 0 {
				t.Errorf("ids handed out twice: %v", d)
			}
		}
		for _, id := range cands {
			if preview.CompareIDs(id, preview.SeqCandidate.ID(maxSeededCandidate)) <= 0 {
				t.Errorf("new candidate %s: want a number after the seed's %d", id, maxSeededCandidate)
			}
		}
		for _, id := range apps {
			if preview.CompareIDs(id, preview.SeqApplication.ID(maxSeededApplication)) <= 0 {
				t.Errorf("new application %s: want a number after the seed's %d", id, maxSeededApplication)
			}
		}
	})
}

// race runs write for racers goroutines released together and returns
// their errors by index.
func race(write func(i int) error) []error {
	errs := make([]error, racers)
	start := make(chan struct{})
	var wg sync.WaitGroup
	for i := range racers {
		wg.Go(func() {
			<-start
			errs[i] = write(i)
		})
	}
	close(start)
	wg.Wait()
	return errs
}

// oneWinner checks that exactly one write succeeded and returns its id.
func oneWinner(t *testing.T, errs []error, id func(i int) string) string {
	t.Helper()
	winner := ""
	wins := 0
	for i, err := range errs {
		if err == nil {
			winner = id(i)
			wins++
		}
	}
	if wins != 1 {
		t.Fatalf("successful writes: got %d, want exactly 1 of %d", wins, len(errs))
	}
	return winner
}
