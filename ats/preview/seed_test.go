package preview_test

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/mail"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/preview"
)

// seedFingerprint is the SHA-256 of the seed as JSON. It pins the seed
// across machines and Go versions: the generator uses integer arithmetic
// only, so any change here means the seed itself changed. When you change
// the seed on purpose, update this value; existing sandboxes keep their old
// seed (Seed runs once per store).
const seedFingerprint = "c982575f4e9f3e7191818b49f77f38f230af9c727375499a5b9dd9ab3b3d11b8"

func TestSeedIsDeterministic(t *testing.T) {
	a, b := preview.SeedData(), preview.SeedData()
	if !reflect.DeepEqual(a, b) {
		t.Fatal("two SeedData calls differ; want equal datasets")
	}
	// The records; Next follows from them (TestSeedNext).
	raw, err := json.Marshal(struct {
		Jobs         []ats.Job
		Candidates   []ats.Candidate
		Applications []ats.Application
	}{a.Jobs, a.Candidates, a.Applications})
	if err != nil {
		t.Fatalf("marshal seed: %v", err)
	}
	sum := sha256.Sum256(raw)
	if got := hex.EncodeToString(sum[:]); got != seedFingerprint {
		t.Errorf("seed fingerprint: got %s, want %s (update seedFingerprint if you changed the seed on purpose)", got, seedFingerprint)
	}
}

// TestSeedNext checks that the seed's sequences continue right after its
// highest ids, which the seed numbers from one without gaps.
func TestSeedNext(t *testing.T) {
	ds := preview.SeedData()
	want := map[preview.Sequence]int64{
		preview.SeqCandidate:   int64(len(ds.Candidates)) + 1,
		preview.SeqApplication: int64(len(ds.Applications)) + 1,
	}
	if !reflect.DeepEqual(ds.Next, want) {
		t.Errorf("Next: got %v, want %v", ds.Next, want)
	}
	last := map[preview.Sequence]string{
		preview.SeqCandidate:   ds.Candidates[len(ds.Candidates)-1].ID,
		preview.SeqApplication: ds.Applications[len(ds.Applications)-1].ID,
	}
	for q, id := range last {
		if got := q.ID(ds.Next[q] - 1); got != id {
			t.Errorf("%s: the number before Next is %s, want the seed's last id %s", q, got, id)
		}
	}
	if got := preview.SeqCandidate.ID(ds.Next[preview.SeqCandidate]); got != "cand_321" {
		t.Errorf("first new candidate: got %s, want cand_321 (the README's example)", got)
	}
	if got := preview.SeqApplication.ID(ds.Next[preview.SeqApplication]); got != "app_0872" {
		t.Errorf("first new application: got %s, want app_0872 (the README's example)", got)
	}
}

func TestSeedJobs(t *testing.T) {
	ds := preview.SeedData()
	if len(ds.Jobs) < 120 {
		t.Fatalf("jobs: got %d, want at least 120", len(ds.Jobs))
	}
	departments := map[string]bool{}
	cities := map[string]bool{}
	statuses := map[ats.JobStatus]int{}
	workplaces := map[string]bool{}
	employment := map[string]bool{}
	remoteLocations := 0
	countryCode := regexp.MustCompile(`^[A-Z]{2}$`)
	for i, j := range ds.Jobs {
		if want := fmt.Sprintf("job_%03d", i+1); j.ID != want {
			t.Fatalf("job #%d: got id %q, want %q", i, j.ID, want)
		}
		if j.Title == "" {
			t.Errorf("%s: empty title", j.ID)
		}
		if !slices.Contains(ats.JobStatuses, j.Status) {
			t.Errorf("%s: got status %q, want one of %v", j.ID, j.Status, ats.JobStatuses)
		}
		statuses[j.Status]++
		if j.Department == nil || *j.Department == "" {
			t.Errorf("%s: no department", j.ID)
		} else {
			departments[*j.Department] = true
		}
		checkLocation(t, j, countryCode)
		if j.Location.City != nil {
			cities[*j.Location.City] = true
		}
		if strings.HasPrefix(j.Location.Text, "Remote") {
			remoteLocations++
			if j.Workplace == nil || *j.Workplace != ats.WorkplaceRemote {
				t.Errorf("%s at %q: got workplace %v, want remote", j.ID, j.Location.Text, j.Workplace)
			}
		}
		if j.Workplace == nil || !slices.Contains([]string{ats.WorkplaceOnSite, ats.WorkplaceHybrid, ats.WorkplaceRemote}, *j.Workplace) {
			t.Errorf("%s: got workplace %v, want on_site, hybrid or remote", j.ID, j.Workplace)
		} else {
			workplaces[*j.Workplace] = true
		}
		if j.EmploymentType == nil || !slices.Contains(employmentTypes, *j.EmploymentType) {
			t.Errorf("%s: got employment type %v, want one of %v", j.ID, j.EmploymentType, employmentTypes)
		} else {
			employment[*j.EmploymentType] = true
		}
		if j.Description == nil || strings.Count(*j.Description, "\n\n") < 3 || strings.Contains(*j.Description, "<") {
			t.Errorf("%s: want a plain-text description of several paragraphs, got %q", j.ID, deref(j.Description))
		} else if !strings.Contains(*j.Description, j.Title) {
			t.Errorf("%s: description does not mention the title %q", j.ID, j.Title)
		}
		if want := "https://jobs.example.com/jobs/" + j.ID; deref(j.URL) != want {
			t.Errorf("%s: got url %q, want %q", j.ID, deref(j.URL), want)
		}
		if want := "https://jobs.example.com/jobs/" + j.ID + "/apply"; deref(j.ApplyURL) != want {
			t.Errorf("%s: got apply_url %q, want %q", j.ID, deref(j.ApplyURL), want)
		}
		checkSeedTimes(t, j.ID, j.CreatedAt, j.UpdatedAt)
		if j.Raw != nil {
			t.Errorf("%s: seed carries raw; want none", j.ID)
		}
	}
	if len(departments) < 8 {
		t.Errorf("departments: got %d, want at least 8", len(departments))
	}
	if len(cities) < 15 {
		t.Errorf("cities: got %d, want at least 15", len(cities))
	}
	if remoteLocations == 0 {
		t.Error("got no remote locations, want a few")
	}
	if share := statuses[ats.JobOpen] * 100 / len(ds.Jobs); share < 60 || share > 80 {
		t.Errorf("open jobs: got %d%%, want about 70%%", share)
	}
	for _, s := range ats.JobStatuses {
		if statuses[s] == 0 {
			t.Errorf("got no %s jobs, want some", s)
		}
	}
	if len(workplaces) != 3 {
		t.Errorf("workplaces: got %v, want all three", workplaces)
	}
	if len(employment) != len(employmentTypes) {
		t.Errorf("employment types: got %v, want all of %v", employment, employmentTypes)
	}
	if j := ds.Jobs[62]; j.ID != "job_063" || j.Status != ats.JobOpen {
		t.Errorf("job_063: got %s %s, want open (the README applies to it)", j.ID, j.Status)
	}
	checkCreationOrder(t, "jobs", ds.Jobs, func(j ats.Job) (string, time.Time) { return j.ID, j.CreatedAt })
}

var employmentTypes = []string{"full_time", "part_time", "contract", "temporary", "internship"}

// checkLocation checks that a job's location reads like a real ATS's.
func checkLocation(t *testing.T, j ats.Job, countryCode *regexp.Regexp) {
	t.Helper()
	l := j.Location
	if l.Text == "" {
		t.Errorf("%s: empty location text", j.ID)
	}
	if l.CountryCode != nil && !countryCode.MatchString(*l.CountryCode) {
		t.Errorf("%s: got country_code %q, want an ISO 3166 alpha-2 code", j.ID, *l.CountryCode)
	}
	if (l.Country == nil) != (l.CountryCode == nil) {
		t.Errorf("%s: got country %v with code %v, want both or neither", j.ID, l.Country, l.CountryCode)
	}
	if l.City != nil {
		if !strings.HasPrefix(l.Text, *l.City) || l.Country == nil || !strings.HasSuffix(l.Text, *l.Country) {
			t.Errorf("%s: got location text %q for %v, %v; want it to read \"City, ..., Country\"", j.ID, l.Text, *l.City, deref(l.Country))
		}
	}
}

func TestSeedCandidates(t *testing.T) {
	ds := preview.SeedData()
	if len(ds.Candidates) < 300 {
		t.Fatalf("candidates: got %d, want at least 300", len(ds.Candidates))
	}
	emails := map[string]string{}
	sources := map[string]bool{}
	var phones, headlines, resumes, tagged int
	localPart := regexp.MustCompile(`^[a-z]+\.[a-z]+[0-9]*$`)
	for i, c := range ds.Candidates {
		if want := fmt.Sprintf("cand_%03d", i+1); c.ID != want {
			t.Fatalf("candidate #%d: got id %q, want %q", i, c.ID, want)
		}
		if c.FirstName == "" || c.LastName == "" || c.Name != c.FirstName+" "+c.LastName {
			t.Errorf("%s: got name %q from first %q and last %q, want \"first last\"", c.ID, c.Name, c.FirstName, c.LastName)
		}
		addr, err := mail.ParseAddress(c.Email)
		local, domain, _ := strings.Cut(c.Email, "@")
		switch {
		case err != nil || addr.Address != c.Email:
			t.Errorf("%s: email %q does not parse as an address: %v", c.ID, c.Email, err)
		case domain != "example.com" && domain != "example.org":
			t.Errorf("%s: email %q, want it at example.com or example.org", c.ID, c.Email)
		case !localPart.MatchString(local):
			t.Errorf("%s: email %q, want first.last style in lower-case ASCII", c.ID, c.Email)
		}
		if c.Email == "karan@example.com" {
			t.Errorf("%s has karan@example.com, which the README creates on a fresh start", c.ID)
		}
		if other, ok := emails[strings.ToLower(c.Email)]; ok {
			t.Errorf("%s and %s share email %q; want unique", other, c.ID, c.Email)
		}
		emails[strings.ToLower(c.Email)] = c.ID
		if c.Phone != nil {
			phones++
			if !strings.HasPrefix(*c.Phone, "+") {
				t.Errorf("%s: got phone %q, want international format", c.ID, *c.Phone)
			}
		}
		if c.Headline != nil {
			headlines++
		}
		if c.Source == nil || !slices.Contains(candidateSources, *c.Source) {
			t.Errorf("%s: got source %v, want one of %v", c.ID, c.Source, candidateSources)
		} else {
			sources[*c.Source] = true
		}
		if c.Tags == nil {
			t.Errorf("%s: nil tags, want a list", c.ID)
		}
		if len(c.Tags) > 0 {
			tagged++
		}
		if c.ResumeURL != nil {
			resumes++
			if !strings.HasPrefix(*c.ResumeURL, "https://example.com/") {
				t.Errorf("%s: got resume_url %q, want an example.com URL", c.ID, *c.ResumeURL)
			}
		}
		if len(c.ApplicationIDs) != 0 {
			t.Errorf("%s: got application ids %v in the seed, want them left to the store", c.ID, c.ApplicationIDs)
		}
		checkSeedTimes(t, c.ID, c.CreatedAt, c.UpdatedAt)
	}
	n := len(ds.Candidates)
	for what, got := range map[string]int{"phones": phones, "headlines": headlines, "resumes": resumes, "tags": tagged} {
		if got == 0 || got == n {
			t.Errorf("%s: %d of %d candidates have them; want most or some, as in real data", what, got, n)
		}
	}
	if len(sources) < 4 {
		t.Errorf("sources: got %v, want a realistic mix", sources)
	}
	checkCreationOrder(t, "candidates", ds.Candidates, func(c ats.Candidate) (string, time.Time) { return c.ID, c.CreatedAt })
}

var candidateSources = []string{"Careers site", "LinkedIn", "Referral", "Indeed", "Agency", "Glassdoor", "Sourced", "Job fair", "GitHub"}

func TestSeedApplications(t *testing.T) {
	ds := preview.SeedData()
	if len(ds.Applications) < 800 {
		t.Fatalf("applications: got %d, want at least 800", len(ds.Applications))
	}
	jobs := map[string]ats.Job{}
	for _, j := range ds.Jobs {
		jobs[j.ID] = j
	}
	cands := map[string]ats.Candidate{}
	for _, c := range ds.Candidates {
		cands[c.ID] = c
	}
	kinds := map[ats.StageKind]int{}
	statuses := map[ats.ApplicationStatus]int{}
	pairs := map[[2]string]string{}
	applied := map[string]bool{}
	for i, a := range ds.Applications {
		if want := fmt.Sprintf("app_%04d", i+1); a.ID != want {
			t.Fatalf("application #%d: got id %q, want %q", i, a.ID, want)
		}
		j, okJ := jobs[a.JobID]
		c, okC := cands[a.CandidateID]
		if !okJ || !okC {
			t.Errorf("%s: refers to job %q / candidate %q that the seed lacks", a.ID, a.JobID, a.CandidateID)
			continue
		}
		applied[a.CandidateID] = true
		if other, ok := pairs[[2]string{a.CandidateID, a.JobID}]; ok {
			t.Errorf("%s and %s both apply %s to %s; want one application per pair", other, a.ID, a.CandidateID, a.JobID)
		}
		pairs[[2]string{a.CandidateID, a.JobID}] = a.ID
		if j.Status == ats.JobDraft {
			t.Errorf("%s: applies to draft %s, which was never published", a.ID, j.ID)
		}
		if !slices.Contains(preview.Pipeline(j), ats.JobStage{ID: a.Stage.ID, Name: a.Stage.Name, Kind: a.Stage.Kind,
			Position: slices.IndexFunc(preview.Pipeline(j), func(s ats.JobStage) bool { return s.ID == a.Stage.ID })}) {
			t.Errorf("%s: got stage %+v, want one of %s's pipeline", a.ID, a.Stage, j.ID)
		}
		kinds[a.Stage.Kind]++
		statuses[a.Status]++
		if (a.Status == ats.ApplicationHired) != (a.Stage.Kind == ats.StageHired) {
			t.Errorf("%s: got status %s at stage %s; want hired exactly at the hired stage", a.ID, a.Status, a.Stage.Kind)
		}
		if (a.Status == ats.ApplicationHired) != (a.HiredAt != nil) {
			t.Errorf("%s: got status %s with hired_at %v; want hired_at exactly when hired", a.ID, a.Status, a.HiredAt)
		}
		if closed := a.Status == ats.ApplicationRejected || a.Status == ats.ApplicationWithdrawn; closed != (a.RejectedAt != nil) {
			t.Errorf("%s: got status %s with rejected_at %v; want rejected_at exactly when rejected or withdrawn", a.ID, a.Status, a.RejectedAt)
		}
		if !a.AppliedAt.After(j.CreatedAt) || !a.AppliedAt.After(c.CreatedAt) {
			t.Errorf("%s: applied at %v, want after the job's (%v) and the candidate's (%v) creation", a.ID, a.AppliedAt, j.CreatedAt, c.CreatedAt)
		}
		checkSeedTimes(t, a.ID, a.AppliedAt, a.UpdatedAt)
		for _, at := range []*time.Time{a.RejectedAt, a.HiredAt} {
			if at != nil && (at.Before(a.AppliedAt) || a.UpdatedAt.Before(*at)) {
				t.Errorf("%s: decided at %v, want between applied_at %v and updated_at %v", a.ID, *at, a.AppliedAt, a.UpdatedAt)
			}
		}
		if a.Source == nil || *a.Source == "" {
			t.Errorf("%s: no source", a.ID)
		}
	}
	for _, k := range ats.StageKinds {
		if kinds[k] == 0 {
			t.Errorf("got no application at stage kind %s, want every kind", k)
		}
	}
	for _, s := range ats.ApplicationStatuses {
		if statuses[s] == 0 {
			t.Errorf("got no %s application, want every status", s)
		}
	}
	if len(applied) == len(ds.Candidates) {
		t.Error("every candidate has an application; want some in the talent pool only")
	}
	if a := ds.Applications[0]; a.Status != ats.ApplicationActive || a.Stage.Kind == ats.StageHired {
		t.Errorf("app_0001: got %s at %s; want active, so that the README can move, reject and restore it", a.Status, a.Stage.ID)
	}
	if id, ok := pairs[[2]string{"cand_001", "job_063"}]; ok {
		t.Errorf("%s applies cand_001 to job_063; the README creates that application", id)
	}
	checkCreationOrder(t, "applications", ds.Applications, func(a ats.Application) (string, time.Time) { return a.ID, a.AppliedAt })
}

// checkSeedTimes checks that a record's times lie in the year before the
// epoch, in UTC whole seconds, and that it was updated no earlier than
// created.
func checkSeedTimes(t *testing.T, id string, created, updated time.Time) {
	t.Helper()
	from := preview.SeedEpoch.AddDate(-1, 0, 0)
	for _, ts := range []time.Time{created, updated} {
		if ts.Before(from) || !ts.Before(preview.SeedEpoch) {
			t.Errorf("%s: got time %v, want within the year before %v", id, ts, preview.SeedEpoch)
		}
		if ts.Location() != time.UTC || ts.Nanosecond() != 0 {
			t.Errorf("%s: got time %v, want UTC whole seconds", id, ts)
		}
	}
	if updated.Before(created) {
		t.Errorf("%s: updated %v before created %v", id, updated, created)
	}
}

// checkCreationOrder checks that ids follow creation time, so the lists'
// (created_at, id) order reads job_001, job_002, ... as in a real ATS.
func checkCreationOrder[T any](t *testing.T, what string, items []T, key func(T) (string, time.Time)) {
	t.Helper()
	sorted := slices.Clone(items)
	slices.SortStableFunc(sorted, func(a, b T) int {
		ida, ta := key(a)
		idb, tb := key(b)
		if c := ta.Compare(tb); c != 0 {
			return c
		}
		return strings.Compare(ida, idb)
	})
	for i := range items {
		got, _ := key(sorted[i])
		want, _ := key(items[i])
		if got != want {
			t.Errorf("%s: position %d in (time, id) order is %s, want %s (ids follow creation)", what, i+1, got, want)
			return
		}
	}
}

func deref(p *string) string {
	if p == nil {
		return "<nil>"
	}
	return *p
}
