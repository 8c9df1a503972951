package preview

import (
	"cmp"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"time"

	"github.com/atsbridge/atsbridge/ats"
)

// SeedEpoch is the moment the seed "was exported": every seeded timestamp
// lies in the year before it, so the data looks recent but is the same on
// every run and every machine.
var SeedEpoch = time.Date(2026, time.November, 1, 0, 0, 0, 0, time.UTC)

// The size of the seed.
const (
	seedJobs       = 130
	seedCandidates = 320
)

// The PCG seed of the generator. Changing it changes every seeded record,
// which existing sandboxes would not pick up (Seed runs once per store).
const (
	seedPCG1 = 0x5eed_a75b_2026_1101
	seedPCG2 = 0x0000_0000_0000_0063
)

const (
	day  = int64(24 * 60 * 60)
	hour = int64(60 * 60)
)

// SeedData returns the sandbox's seed dataset. It is generated, not stored,
// from a fixed pseudo-random sequence with integer arithmetic only, so two
// calls (and two machines) return equal data.
func SeedData() Dataset {
	g := &seeder{
		r:     rand.New(rand.NewPCG(seedPCG1, seedPCG2)),
		start: SeedEpoch.Unix() - 365*day,
		end:   SeedEpoch.Unix(),
	}
	jobs := g.jobs()
	cands := g.candidates()
	apps := g.applications(jobs, cands)

	ds := Dataset{}
	for _, j := range jobs {
		ds.Jobs = append(ds.Jobs, j.Job)
	}
	for _, c := range cands {
		ds.Candidates = append(ds.Candidates, c.Candidate)
	}
	ds.Applications = apps
	ds.Next = map[Sequence]int64{
		SeqCandidate:   int64(len(ds.Candidates)) + 1,
		SeqApplication: int64(len(ds.Applications)) + 1,
	}
	return ds
}

// seeder holds the random source and the seed's time range, in Unix seconds.
type seeder struct {
	r          *rand.Rand
	start, end int64
}

// seedJob is a job with what the generator needs to know about it later.
type seedJob struct {
	ats.Job
	dept    int
	created int64
	// lastApply is the last moment the job took applications: now for open
	// jobs, the closing time for closed and archived ones.
	lastApply int64
}

// seedCandidate is a candidate with the team their background fits.
type seedCandidate struct {
	ats.Candidate
	dept    int
	created int64
}

func (g *seeder) jobs() []seedJob {
	// Exact shares: about 70% open, the rest closed, draft or archived.
	var statuses []ats.JobStatus
	for _, n := range []struct {
		s ats.JobStatus
		n int
	}{{ats.JobOpen, 91}, {ats.JobClosed, 18}, {ats.JobDraft, 11}, {ats.JobArchived, 10}} {
		for range n.n {
			statuses = append(statuses, n.s)
		}
	}
	g.r.Shuffle(len(statuses), func(i, j int) { statuses[i], statuses[j] = statuses[j], statuses[i] })

	deptWeights := make([]weighted[int], len(departments))
	for i, d := range departments {
		deptWeights[i] = weighted[int]{i, d.weight}
	}
	siteWeights := make([]weighted[int], len(sites))
	for i, s := range sites {
		siteWeights[i] = weighted[int]{i, s.weight}
	}

	jobs := make([]seedJob, 0, len(statuses))
	for _, status := range statuses {
		d := pick(g.r, deptWeights)
		t := departments[d].titles[g.r.IntN(len(departments[d].titles))]
		s := sites[pick(g.r, siteWeights)]
		workplace := ats.WorkplaceRemote
		if !s.remote {
			workplace = pick(g.r, []weighted[string]{{ats.WorkplaceHybrid, 55}, {ats.WorkplaceOnSite, 40}, {ats.WorkplaceRemote, 5}})
		}
		employment := t.kind
		if employment == "" {
			employment = pick(g.r, employmentTypes)
		}
		j := seedJob{dept: d}
		j.Title = t.name
		j.Status = status
		j.Department = ptr(departments[d].name)
		j.Location = s.location()
		j.Workplace = ptr(workplace)
		j.EmploymentType = ptr(employment)
		j.Description = ptr(g.describe(departments[d], t, s, workplace, employment))
		g.jobTimes(&j)
		jobs = append(jobs, j)
	}

	// Ids follow creation order, as in a real ATS.
	slices.SortStableFunc(jobs, func(a, b seedJob) int { return cmp.Compare(a.created, b.created) })
	for i := range jobs {
		j := &jobs[i]
		j.ID = fmt.Sprintf("job_%03d", i+1)
		j.URL = ptr("https://jobs.example.com/jobs/" + j.ID)
		j.ApplyURL = ptr("https://jobs.example.com/jobs/" + j.ID + "/apply")
	}
	// The README applies to job_063, so it must take applications.
	if j := &jobs[62]; j.Status != ats.JobOpen {
		j.Status = ats.JobOpen
		j.lastApply = g.end - 1
		j.UpdatedAt = at(min(j.created+2*day, g.end-1))
	}
	return jobs
}

// jobTimes sets when j was created, last updated and took its last
// application, according to its status.
func (g *seeder) jobTimes(j *seedJob) {
	var updated int64
	switch j.Status {
	case ats.JobOpen:
		j.created = g.between(g.start+15*day, g.end-3*day)
		updated = g.between(j.created, min(j.created+90*day, g.end-1))
		j.lastApply = g.end - 1
	case ats.JobClosed:
		j.created = g.between(g.start, g.end-45*day)
		j.lastApply = min(j.created+g.between(20*day, 120*day), g.end-day)
		updated = j.lastApply
	case ats.JobArchived:
		j.created = g.between(g.start, g.end-150*day)
		j.lastApply = j.created + g.between(30*day, 100*day)
		updated = min(j.lastApply+g.between(0, 30*day), g.end-1)
	default: // draft: recent, never published
		j.created = g.between(g.end-40*day, g.end-day)
		updated = g.between(j.created, min(j.created+3*day, g.end-1))
		j.lastApply = j.created
	}
	j.CreatedAt, j.UpdatedAt = at(j.created), at(updated)
}

func (s site) location() ats.Location {
	l := ats.Location{Text: s.text}
	l.City, l.Region, l.Country, l.CountryCode = optional(s.city), optional(s.region), optional(s.country), optional(s.code)
	return l
}

// describe writes a plain-text posting of a few paragraphs for the job.
func (g *seeder) describe(d department, t title, s site, workplace, employment string) string {
	var b strings.Builder
	intros := []string{
		"%s makes scheduling and workforce software for teams that do not sit at desks: clinics, warehouses, restaurants and retail stores. More than 4,000 companies use it to plan shifts, track time and pay people correctly.",
		"%s helps shift-based businesses plan their people: over 4,000 companies in 30 countries use our software to schedule staff, record hours and run payroll without spreadsheets.",
		"At %s we build workforce management software for hospitals, logistics companies and retailers. Our customers employ more than two million shift workers, and we want every one of their shifts to be planned fairly.",
	}
	fmt.Fprintf(&b, intros[g.r.IntN(len(intros))], company)
	fmt.Fprintf(&b, " We are looking for %s %s to join our %s team.\n\n", article(t.name), t.name, d.name)
	b.WriteString(d.mission)
	b.WriteString("\n\nWhat you will do:\n")
	for _, i := range g.r.Perm(len(d.duties))[:4] {
		b.WriteString("- " + d.duties[i] + "\n")
	}
	b.WriteString("\nWhat we are looking for:\n- " + experience(t.name) + "\n")
	for _, i := range g.r.Perm(len(d.needs))[:3] {
		b.WriteString("- " + d.needs[i] + "\n")
	}
	b.WriteString("\n" + workplaceText(s, workplace) + " " + employmentText(employment) + " ")
	benefits := []string{
		"We offer a competitive salary, stock options, 30 days of paid holiday and a yearly learning budget.",
		"You get a competitive salary, equity, a generous parental leave policy and a budget for your home office.",
		"Benefits include a competitive salary, a pension plan, flexible hours and a yearly team retreat.",
	}
	b.WriteString(benefits[g.r.IntN(len(benefits))])
	return b.String()
}

// article returns "a" or "an" for how the title sounds, not how it is spelled.
func article(title string) string {
	for _, p := range []string{"FP&A", "HR ", "SEO", "iOS"} {
		if strings.HasPrefix(title, p) {
			return "an"
		}
	}
	if !strings.HasPrefix(title, "UX") && strings.ContainsRune("AEIOU", rune(title[0])) {
		return "an"
	}
	return "a"
}

func experience(title string) string {
	switch {
	case strings.Contains(title, "Intern"):
		return "You are a student or recent graduate and can join us for three to six months"
	case strings.HasPrefix(title, "Head of") || strings.Contains(title, "Lead") || strings.HasPrefix(title, "Staff") || strings.HasPrefix(title, "Group"):
		return "At least 8 years of relevant experience, including leading people or large projects"
	case strings.Contains(title, "Senior") || strings.Contains(title, "Manager") || strings.Contains(title, "Counsel"):
		return "5 or more years of relevant experience"
	default:
		return "2 or more years of relevant experience, or equivalent skills built another way"
	}
}

func workplaceText(s site, workplace string) string {
	switch {
	case s.remote && s.country == "":
		return "This role is fully remote; you can work from anywhere in Europe within three hours of Berlin time."
	case s.remote:
		return "This role is fully remote; you need to live and be allowed to work in " + withThe(s.country) + "."
	case workplace == ats.WorkplaceRemote:
		return "This role is remote, and you are welcome in our " + s.city + " office whenever you like."
	case workplace == ats.WorkplaceHybrid:
		return "This is a hybrid role: two to three days a week in our " + s.city + " office, the rest wherever you work best."
	default:
		return "This role is based in our " + s.city + " office."
	}
}

func withThe(country string) string {
	if country == "United States" || country == "United Kingdom" || country == "Netherlands" {
		return "the " + country
	}
	return country
}

func employmentText(employment string) string {
	switch employment {
	case "part_time":
		return "This is a part-time position of 20 to 30 hours a week."
	case "contract":
		return "This is a six-month contract with the option to extend."
	case "temporary":
		return "This is a temporary position for three months."
	case "internship":
		return "This is a paid internship."
	default:
		return "This is a full-time, permanent position."
	}
}

func (g *seeder) candidates() []seedCandidate {
	deptWeights := make([]weighted[int], len(departments))
	for i, d := range departments {
		deptWeights[i] = weighted[int]{i, d.weight}
	}
	used := map[string]bool{}
	cands := make([]seedCandidate, 0, seedCandidates)
	for range seedCandidates {
		grp := nameGroups[g.r.IntN(len(nameGroups))]
		first := grp.first[g.r.IntN(len(grp.first))]
		last := grp.last[g.r.IntN(len(grp.last))]
		d := pick(g.r, deptWeights)
		dept := departments[d]

		c := seedCandidate{dept: d}
		c.FirstName, c.LastName, c.Name = first, last, first+" "+last
		c.Email = uniqueEmail(used, emailLocal(first)+"."+emailLocal(last),
			pick(g.r, []weighted[string]{{"example.com", 85}, {"example.org", 15}}))
		if g.r.IntN(100) < 90 {
			c.Phone = ptr(g.phone(grp))
		}
		if g.r.IntN(100) < 88 {
			c.Headline = ptr(dept.headlines[g.r.IntN(len(dept.headlines))])
		}
		c.Source = ptr(pick(g.r, candidateSources))
		c.Tags = g.tags(dept)
		if g.r.IntN(100) < 65 {
			c.ResumeURL = ptr("") // filled once the id is known
		}
		c.created = g.between(g.start, g.end-day)
		c.CreatedAt = at(c.created)
		c.UpdatedAt = at(g.between(c.created, min(c.created+30*day, g.end-1)))
		cands = append(cands, c)
	}
	slices.SortStableFunc(cands, func(a, b seedCandidate) int { return cmp.Compare(a.created, b.created) })
	for i := range cands {
		c := &cands[i]
		c.ID = SeqCandidate.ID(int64(i + 1))
		if c.ResumeURL != nil {
			c.ResumeURL = ptr("https://example.com/resumes/" + c.ID + ".pdf")
		}
	}
	return cands
}

// emailLocal turns a name into the part of an address people type: lower
// case ASCII letters, accents folded, spaces and punctuation dropped.
func emailLocal(name string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(name) {
		switch {
		case r >= 'a' && r <= 'z':
			b.WriteRune(r)
		case foldASCII[r] != "":
			b.WriteString(foldASCII[r])
		}
	}
	return b.String()
}

// uniqueEmail returns local@domain, numbered (local2@domain, ...) when the
// address is taken, as people with common names do.
func uniqueEmail(used map[string]bool, local, domain string) string {
	email := local + "@" + domain
	for n := 2; used[email]; n++ {
		email = fmt.Sprintf("%s%d@%s", local, n, domain)
	}
	used[email] = true
	return email
}

// phone returns a number in the group's country; US numbers use the
// 555-01xx range reserved for fiction.
func (g *seeder) phone(grp nameGroup) string {
	if grp.phone == "+1" {
		areas := []string{"212", "415", "512", "646", "718", "312"}
		return fmt.Sprintf("+1 %s 555 01%02d", areas[g.r.IntN(len(areas))], g.r.IntN(100))
	}
	digits := make([]byte, grp.digits)
	digits[0] = byte('1' + g.r.IntN(9))
	for i := 1; i < len(digits); i++ {
		digits[i] = byte('0' + g.r.IntN(10))
	}
	return grp.phone + " " + string(digits[:3]) + " " + string(digits[3:])
}

// tags draws up to three distinct tags from the team's and the common ones.
func (g *seeder) tags(d department) []string {
	n := pick(g.r, []weighted[int]{{0, 35}, {1, 35}, {2, 20}, {3, 10}})
	pool := append(slices.Clone(d.tags), commonTags...)
	tags := []string{}
	for _, i := range g.r.Perm(len(pool))[:n] {
		tags = append(tags, pool[i])
	}
	return tags
}

func (g *seeder) applications(jobs []seedJob, cands []seedCandidate) []ats.Application {
	counts := []weighted[int]{{1, 18}, {2, 24}, {3, 22}, {4, 16}, {5, 11}, {6, 9}}
	var apps []ats.Application
	for _, c := range cands {
		if g.r.IntN(100) < 8 {
			continue // in the talent pool, never applied
		}
		want := pick(g.r, counts)
		applied := map[int]bool{}
		for try := 0; len(applied) < want && try < 40; try++ {
			// Most people are created in the ATS by their first
			// application; later ones follow over the next months.
			t := g.within(c.created+60, 3*day, g.end-hour)
			if len(applied) > 0 {
				t = g.within(c.created+hour, 150*day, g.end-hour)
			}
			ji, ok := g.openJobAt(jobs, c, t, applied)
			if !ok {
				continue
			}
			applied[ji] = true
			apps = append(apps, g.application(jobs[ji], c, t))
		}
	}
	slices.SortStableFunc(apps, func(a, b ats.Application) int {
		return cmp.Or(a.AppliedAt.Compare(b.AppliedAt), cmp.Compare(a.CandidateID, b.CandidateID), cmp.Compare(a.JobID, b.JobID))
	})
	for i := range apps {
		apps[i].ID = SeqApplication.ID(int64(i + 1))
	}
	// The README moves, rejects and restores app_0001, so it must be in
	// play: active, in its job's screening stage.
	if a := &apps[0]; a.Status != ats.ApplicationActive {
		for _, j := range jobs {
			if j.ID == a.JobID {
				a.Stage = stageAt(pipelineOf(j.Job), slotScreen)
			}
		}
		a.Status, a.RejectedAt, a.HiredAt = ats.ApplicationActive, nil, nil
	}
	return apps
}

// openJobAt picks a job that was taking applications at t and that c has
// not applied to yet, most often one in c's own field.
func (g *seeder) openJobAt(jobs []seedJob, c seedCandidate, t int64, applied map[int]bool) (int, bool) {
	var all, same []int
	for i := range jobs {
		j := &jobs[i]
		// Drafts were never published; cand_001 -> job_063 is the
		// README's example of a new application.
		if j.Status == ats.JobDraft || applied[i] || j.created+60 > t || t >= j.lastApply ||
			(c.ID == "cand_001" && j.ID == "job_063") {
			continue
		}
		all = append(all, i)
		if j.dept == c.dept {
			same = append(same, i)
		}
	}
	switch {
	case len(same) > 0 && g.r.IntN(100) < 75:
		return same[g.r.IntN(len(same))], true
	case len(all) > 0:
		return all[g.r.IntN(len(all))], true
	}
	return 0, false
}

// application applies c to j at the second applied and moves it through
// the pipeline to a consistent state.
func (g *seeder) application(j seedJob, c seedCandidate, applied int64) ats.Application {
	outcomes := closedOutcomes
	if j.Status == ats.JobOpen {
		outcomes = openOutcomes
	}
	a := ats.Application{CandidateID: c.ID, JobID: j.ID, Status: pick(g.r, outcomes), AppliedAt: at(applied)}
	pipeline := pipelineOf(j.Job)
	last := g.end - 1
	switch a.Status {
	case ats.ApplicationActive:
		a.Stage = stageAt(pipeline, pick(g.r, activeSlots))
		a.UpdatedAt = at(g.within(applied, 45*day, last))
	case ats.ApplicationRejected:
		a.Stage = stageAt(pipeline, pick(g.r, rejectedSlots))
		t := at(g.within(applied, 40*day, last))
		a.RejectedAt, a.UpdatedAt = &t, t
	case ats.ApplicationWithdrawn:
		// A withdrawal closes the application as a rejection does, and
		// is dated the same way.
		a.Stage = stageAt(pipeline, pick(g.r, withdrawnSlots))
		t := at(g.within(applied, 30*day, last))
		a.RejectedAt, a.UpdatedAt = &t, t
	case ats.ApplicationHired:
		a.Stage = stageAt(pipeline, slotHired)
		t := at(g.within(applied, 45*day, max(j.lastApply, applied)))
		a.HiredAt, a.UpdatedAt = &t, t
	}
	a.Source = ptr(*c.Source)
	if a.Stage.Kind == ats.StageSourced && *c.Source != "LinkedIn" {
		a.Source = ptr("Sourced")
	}
	return a
}

// between returns a second in [lo, hi]; lo when the range is empty.
func (g *seeder) between(lo, hi int64) int64 {
	if hi <= lo {
		return lo
	}
	return lo + g.r.Int64N(hi-lo+1)
}

// within returns a second from t to at most maxOffset later, not after limit.
func (g *seeder) within(t, maxOffset, limit int64) int64 {
	return g.between(t, min(t+maxOffset, limit))
}

// pick draws a value by weight.
func pick[T any](r *rand.Rand, ws []weighted[T]) T {
	total := 0
	for _, w := range ws {
		total += w.w
	}
	n := r.IntN(total)
	for _, w := range ws {
		if n < w.w {
			return w.v
		}
		n -= w.w
	}
	return ws[len(ws)-1].v
}

func at(sec int64) time.Time { return time.Unix(sec, 0).UTC() }

func ptr[T any](v T) *T { return &v }

// optional is nil for "", so unknown location parts are JSON null.
func optional(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}
