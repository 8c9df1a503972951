package storetest

import (
	"errors"
	"testing"

	"github.com/atsbridge/atsbridge/ats"
)

// testVersions: a store that versions its data (ats.Versioned; the router
// then keeps its answers while a version holds) raises the version of
// every resource whose reads a write changes, before the write returns,
// and only those: a candidate's reads show its application ids, so a new
// application counts for candidates too, a move in the pipeline does not,
// and no write of the sandbox changes jobs. A refused write changes
// nothing. A store without versions has nothing to
// check here: the router keeps no answers of its reads.
func testVersions(t *testing.T, open opener) {
	s := seeded(t, open)
	v, ok := s.(ats.Versioned)
	if !ok {
		return
	}
	c := ctx(t)
	resources := []string{ats.ResourceJob, ats.ResourceCandidate, ats.ResourceApplication}
	versions := func() map[string]uint64 {
		t.Helper()
		out := map[string]uint64{}
		for _, r := range resources {
			n, ok := v.DataVersion(c, r)
			if !ok {
				t.Fatalf("DataVersion(%s): not ok on an open store", r)
			}
			out[r] = n
		}
		return out
	}
	// step runs a write and checks which versions it raised.
	step := func(name string, write func() error, raised ...string) {
		t.Helper()
		before := versions()
		if err := write(); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		after := versions()
		for _, r := range resources {
			want := after[r] == before[r]
			for _, up := range raised {
				if up == r {
					want = after[r] > before[r]
				}
			}
			if !want {
				t.Errorf("%s: %s version went from %d to %d; want it raised exactly for %v", name, r, before[r], after[r], raised)
			}
		}
	}

	step("no write", func() error { return nil })
	step("refused create", func() error {
		_, _, err := createCandidate(c, s, "ADA@example.com", "", at(60))
		if ats.ErrorCode(err) != ats.CodeCandidateExists {
			t.Errorf("create with a taken email: got %v, want CANDIDATE_EXISTS", err)
		}
		return nil
	})
	step("candidate", func() error {
		_, _, err := createCandidate(c, s, "versions.alone@example.com", "", at(61))
		return err
	}, ats.ResourceCandidate)
	step("candidate with an application", func() error {
		_, _, err := createCandidate(c, s, "versions.applied@example.com", "job_001", at(62))
		return err
	}, ats.ResourceCandidate, ats.ResourceApplication)
	step("application", func() error {
		_, err := createApplication(c, s, "cand_001", "job_007", at(63))
		return err
	}, ats.ResourceCandidate, ats.ResourceApplication)

	step("resume attached", func() error {
		_, err := s.SetResumeURL(c, "cand_002", str("/candidates/cand_002/resume"), at(64))
		return err
	}, ats.ResourceCandidate)
	step("move in the pipeline", func() error {
		_, err := s.UpdateApplication(c, "app_0001", moveTo(ats.Stage{ID: "stage_interview", Name: "Interview", Kind: ats.StageInterview}, at(900)))
		return err
	}, ats.ResourceApplication)
	step("refused update", func() error {
		if _, err := s.UpdateApplication(c, "app_0004", reject(at(901))); !errors.Is(err, errRefused) {
			t.Errorf("rejecting a rejected application: got %v, want the change's refusal", err)
		}
		return nil
	})

	if _, ok := v.DataVersion(c, "team"); ok {
		t.Errorf("DataVersion of an unknown resource: ok, want not ok")
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if _, ok := v.DataVersion(c, ats.ResourceJob); ok {
		t.Errorf("DataVersion after Close: ok, want not ok (nothing is read from a closed store)")
	}
}
