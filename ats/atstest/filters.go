package atstest

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/atsbridge/atsbridge/ats"
)

// listCase is one filtered list and the oracle's answer to it.
type listCase struct {
	name string // the rule, as the subtest is named
	l    lister
	want []string
	// wrong is what a usual mistake would answer (a case-sensitive
	// comparison, a substring for an exact match, the country code taken
	// for a location); nil when the rule has none. A case whose want and
	// wrong agree cannot catch that mistake, so the fixture is refused.
	wrong []string
	// lacks, when set, says what the fixture would need for this rule.
	lacks string
}

// testFilters checks every filter alone and in combinations against the
// oracle, by cursor walk and by page walk.
func testFilters(t *testing.T, s *suite) {
	for _, set := range []struct {
		name  string
		cases []listCase
	}{
		{"jobs", jobCases(s.d, s.read)},
		{"candidates", candidateCases(s.d, s.read)},
		{"applications", applicationCases(s.d, s.read)},
	} {
		s.run(t, set.name, func(t *testing.T) {
			for _, c := range set.cases {
				s.run(t, c.name, func(t *testing.T) { checkCase(t, s.d, c) })
			}
		})
	}
}

// checkCase reads c's list whole by cursor and by page, in pages of
// MaxLimit, and compares both with the oracle.
func checkCase(t *testing.T, d *data, c listCase) {
	t.Helper()
	if c.lacks != "" {
		t.Fatalf("the fixture lacks %s, so this rule cannot be tested", c.lacks)
	}
	if c.wrong != nil && slices.Equal(c.want, c.wrong) {
		t.Fatalf("%s: the fixture cannot tell this rule from its usual mistake (both answer %s); add records where they differ",
			c.l.name, short(c.want))
	}
	sameIDs(t, c.l.name+", cursor walk", walkCursor(t, c.l, ats.MaxLimit, len(c.want), d.Totals, nil), c.want)
	sameIDs(t, c.l.name+", page walk", walkPages(t, c.l, ats.MaxLimit, len(c.want), d.Totals, nil), c.want)
}

// jobCases are the rules of the job filters.
func jobCases(d *data, p ats.Provider) []listCase {
	var cs []listCase
	add := func(name string, q ats.JobQuery, wrong func(ats.Job) bool) {
		c := listCase{name: name, l: jobsOf(p, "?"+describeJobQuery(q), q), want: d.wantJobs(q)}
		if wrong != nil {
			c.wrong = where(d.Jobs, wrong, func(j ats.Job) string { return j.ID })
		}
		cs = append(cs, c)
	}
	lacking := func(name, what string) { cs = append(cs, listCase{name: name, lacks: what}) }
	sts := func(v ...ats.JobStatus) []ats.JobStatus { return v }

	for _, st := range ats.JobStatuses {
		add("status_"+string(st), ats.JobQuery{Statuses: sts(st)}, nil)
	}
	if a, b := twoPresent(ats.JobStatuses, func(st ats.JobStatus) bool { return len(d.jobsWith(st)) > 0 }); b != "" {
		add("statuses_any_of", ats.JobQuery{Statuses: sts(a, b)}, func(j ats.Job) bool { return j.Status == a })
	} else {
		lacking("statuses_any_of", "jobs in two statuses")
	}
	add("statuses_all", ats.JobQuery{Statuses: ats.JobStatuses}, nil)
	add("statuses_repeated", ats.JobQuery{Statuses: sts(ats.JobOpen, ats.JobOpen)}, nil)

	if dept, ok := pick(d.Jobs, func(j ats.Job) (string, bool) { return deref(j.Department), hasLetters(deref(j.Department)) }); ok {
		add("department_exact", ats.JobQuery{Department: dept}, nil)
		add("department_ignores_case", ats.JobQuery{Department: swapCase(dept)},
			func(j ats.Job) bool { return deref(j.Department) == swapCase(dept) })
		add("department_is_exact_not_a_prefix", ats.JobQuery{Department: dropLast(dept)},
			func(j ats.Job) bool { return strings.HasPrefix(fold(deref(j.Department)), fold(dropLast(dept))) })
		add("department_unknown", ats.JobQuery{Department: "No Such Department"}, nil)
	} else {
		lacking("department", "a job with a department")
	}
	if dept, ok := pick(d.Jobs, func(j ats.Job) (string, bool) { return deref(j.Department), nonASCII(deref(j.Department)) }); ok {
		add("department_ignores_case_beyond_ascii", ats.JobQuery{Department: strings.ToUpper(dept)},
			func(j ats.Job) bool { return asciiFold(deref(j.Department)) == asciiFold(strings.ToUpper(dept)) })
	}

	loc, ok := pick(d.Jobs, func(j ats.Job) (ats.Location, bool) {
		l := j.Location
		return l, l.City != nil && l.Country != nil && l.CountryCode != nil && hasLetters(l.Text)
	})
	if ok {
		add("location_city", ats.JobQuery{Location: swapCase(*loc.City)}, nil)
		add("location_country", ats.JobQuery{Location: strings.ToLower(*loc.Country)}, nil)
		add("location_whole_text", ats.JobQuery{Location: strings.ToUpper(loc.Text)}, nil)
		add("location_is_exact_not_a_prefix", ats.JobQuery{Location: dropLast(*loc.City)},
			func(j ats.Job) bool {
				return strings.HasPrefix(fold(deref(j.Location.City)), fold(dropLast(*loc.City)))
			})
	} else {
		lacking("location", "a job with a city, a country, a country code and a location text")
	}
	if code, ok := pick(d.Jobs, func(j ats.Job) (string, bool) {
		c := deref(j.Location.CountryCode)
		return c, c != "" && !atLocation(j.Location, c)
	}); ok {
		for _, c := range []string{strings.ToUpper(code), strings.ToLower(code)} {
			add("location_country_code_never_matches_"+c, ats.JobQuery{Location: c},
				func(j ats.Job) bool { return atLocation(j.Location, c) || sameText(deref(j.Location.CountryCode), c) })
		}
	} else {
		lacking("location_country_code_never_matches", "a job whose country code is not also its city, country or text")
	}
	if region, ok := pick(d.Jobs, func(j ats.Job) (string, bool) {
		r := deref(j.Location.Region)
		return r, r != "" && !atLocation(j.Location, r)
	}); ok {
		add("location_region_never_matches", ats.JobQuery{Location: region},
			func(j ats.Job) bool {
				return atLocation(j.Location, region) || sameText(deref(j.Location.Region), region)
			})
	} else {
		lacking("location_region_never_matches", "a job whose region is not also its city, country or text")
	}
	if place, ok := pick(d.Jobs, func(j ats.Job) (string, bool) {
		for _, v := range []string{deref(j.Location.City), deref(j.Location.Country), j.Location.Text} {
			if nonASCII(v) && strings.ToUpper(v) != v {
				return v, true
			}
		}
		return "", false
	}); ok {
		add("location_ignores_case_beyond_ascii", ats.JobQuery{Location: strings.ToUpper(place)}, func(j ats.Job) bool {
			l, up := j.Location, asciiFold(strings.ToUpper(place))
			return asciiFold(l.Text) == up || asciiFold(deref(l.City)) == up || asciiFold(deref(l.Country)) == up
		})
	} else {
		lacking("location_ignores_case_beyond_ascii", `a job whose city, country or location text has a non-ASCII letter ("Zürich")`)
	}

	if word, ok := pick(d.Jobs, func(j ats.Job) (string, bool) { return middle(j.Title), hasLetters(middle(j.Title)) }); ok {
		add("q_title_contains_ignoring_case", ats.JobQuery{Q: swapCase(word)},
			func(j ats.Job) bool { return strings.Contains(j.Title, swapCase(word)) })
	} else {
		lacking("q_title_contains_ignoring_case", "a job with a title")
	}
	if word, ok := pick(d.Jobs, func(j ats.Job) (string, bool) {
		for _, w := range strings.Fields(j.Title) {
			if nonASCII(w) && strings.ToUpper(w) != w {
				return w, true
			}
		}
		return "", false
	}); ok {
		add("q_ignores_case_beyond_ascii", ats.JobQuery{Q: strings.ToUpper(word)},
			func(j ats.Job) bool { return strings.Contains(asciiFold(j.Title), asciiFold(strings.ToUpper(word))) })
	}
	// A store that builds SQL LIKE patterns must escape its wildcards.
	everyJob := func(ats.Job) bool { return true }
	add("q_percent_is_literal", ats.JobQuery{Q: "%"}, everyJob)
	add("q_underscore_is_literal", ats.JobQuery{Q: "_"}, everyJob)
	add("q_no_match", ats.JobQuery{Q: "zqxj no such title"}, nil)

	created := func(j ats.Job) time.Time { return j.CreatedAt }
	updated := func(j ats.Job) time.Time { return j.UpdatedAt }
	for _, tf := range []struct {
		name string
		at   func(ats.Job) time.Time
		set  func(*ats.JobQuery, *time.Time)
	}{
		{"created_after", created, func(q *ats.JobQuery, b *time.Time) { q.CreatedAfter = b }},
		{"updated_after", updated, func(q *ats.JobQuery, b *time.Time) { q.UpdatedAfter = b }},
	} {
		for _, b := range bounds(d.Jobs, tf.at) {
			q := ats.JobQuery{}
			tf.set(&q, b.at)
			var wrong func(ats.Job) bool
			if b.strict {
				wrong = func(j ats.Job) bool { return !tf.at(j).Before(*b.at) }
			}
			add(tf.name+"_"+b.name, q, wrong)
		}
	}

	if loc.City != nil && loc.Country != nil {
		add("status_and_location", ats.JobQuery{Statuses: sts(ats.JobOpen), Location: *loc.Country}, nil)
	}
	if dept, ok := pick(d.Jobs, func(j ats.Job) (string, bool) { return deref(j.Department), j.Department != nil }); ok {
		add("statuses_and_department", ats.JobQuery{Statuses: sts(ats.JobOpen, ats.JobClosed), Department: strings.ToUpper(dept)}, nil)
		if mid, ok := median(d.Jobs, created); ok {
			add("department_and_created_after", ats.JobQuery{Department: dept, CreatedAfter: &mid}, nil)
		}
	}
	if word, ok := pick(d.Jobs, func(j ats.Job) (string, bool) { return middle(j.Title), hasLetters(middle(j.Title)) }); ok {
		add("q_and_statuses", ats.JobQuery{Q: word, Statuses: sts(ats.JobOpen, ats.JobDraft)}, nil)
	}
	return cs
}

// candidateCases are the rules of the candidate filters.
func candidateCases(d *data, p ats.Provider) []listCase {
	var cs []listCase
	add := func(name string, q ats.CandidateQuery, wrong func(ats.Candidate) bool) {
		c := listCase{name: name, l: candidatesOf(p, "?"+describeCandidateQuery(q), q), want: d.wantCandidates(q)}
		if wrong != nil {
			c.wrong = where(d.Candidates, wrong, func(c ats.Candidate) string { return c.ID })
		}
		cs = append(cs, c)
	}
	lacking := func(name, what string) { cs = append(cs, listCase{name: name, lacks: what}) }

	if email, ok := pick(d.Candidates, func(c ats.Candidate) (string, bool) { return c.Email, hasLetters(c.Email) }); ok {
		add("email_ignores_case", ats.CandidateQuery{Email: swapCase(email)},
			func(c ats.Candidate) bool { return c.Email == swapCase(email) })
		add("email_is_exact_not_a_prefix", ats.CandidateQuery{Email: dropLast(email)},
			func(c ats.Candidate) bool {
				return strings.HasPrefix(ats.EmailKey(c.Email), ats.EmailKey(dropLast(email)))
			})
	} else {
		lacking("email", "a candidate with an email")
	}
	if email, ok := pick(d.Candidates, func(c ats.Candidate) (string, bool) { return c.Email, c.Email != strings.ToLower(c.Email) }); ok {
		add("email_stored_in_mixed_case", ats.CandidateQuery{Email: strings.ToLower(email)},
			func(c ats.Candidate) bool { return c.Email == strings.ToLower(email) })
	}
	add("email_unknown", ats.CandidateQuery{Email: "nobody.at.all@example.invalid"}, nil)

	jobs := jobsByApplicants(d)
	if len(jobs) > 0 {
		add("job_id", ats.CandidateQuery{JobID: jobs[0]}, nil)
		add("job_id_other", ats.CandidateQuery{JobID: jobs[len(jobs)-1]}, nil)
	} else {
		lacking("job_id", "an application")
	}
	if j, ok := pick(d.Jobs, func(j ats.Job) (string, bool) { return j.ID, !slices.Contains(jobs, j.ID) }); ok {
		add("job_id_without_applications", ats.CandidateQuery{JobID: j}, nil)
	}
	add("job_id_unknown", ats.CandidateQuery{JobID: d.unknownIDs(ids(d.Jobs, func(j ats.Job) string { return j.ID }))[0]}, nil)

	for _, tf := range []struct {
		name string
		at   func(ats.Candidate) time.Time
		set  func(*ats.CandidateQuery, *time.Time)
	}{
		{"created_after", func(c ats.Candidate) time.Time { return c.CreatedAt }, func(q *ats.CandidateQuery, b *time.Time) { q.CreatedAfter = b }},
		{"updated_after", func(c ats.Candidate) time.Time { return c.UpdatedAt }, func(q *ats.CandidateQuery, b *time.Time) { q.UpdatedAfter = b }},
	} {
		for _, b := range bounds(d.Candidates, tf.at) {
			q := ats.CandidateQuery{}
			tf.set(&q, b.at)
			var wrong func(ats.Candidate) bool
			if b.strict {
				wrong = func(c ats.Candidate) bool { return !tf.at(c).Before(*b.at) }
			}
			add(tf.name+"_"+b.name, q, wrong)
		}
	}

	if a, ok := pick(d.Applications, func(a ats.Application) (ats.Application, bool) { return a, true }); ok {
		c := d.cands[a.CandidateID]
		add("email_and_job_id", ats.CandidateQuery{Email: strings.ToUpper(c.Email), JobID: a.JobID}, nil)
		if other, ok := pick(d.Jobs, func(j ats.Job) (string, bool) { return j.ID, !d.applied(c, j.ID) }); ok {
			add("email_and_other_job_id", ats.CandidateQuery{Email: c.Email, JobID: other}, nil)
		}
	}
	if len(jobs) > 0 {
		if mid, ok := median(d.Candidates, func(c ats.Candidate) time.Time { return c.CreatedAt }); ok {
			add("job_id_and_created_after", ats.CandidateQuery{JobID: jobs[0], CreatedAfter: &mid}, nil)
		}
	}
	return cs
}

// applicationCases are the rules of the application filters.
func applicationCases(d *data, p ats.Provider) []listCase {
	var cs []listCase
	add := func(name string, q ats.ApplicationQuery, wrong func(ats.Application) bool) {
		c := listCase{name: name, l: applicationsOf(p, "?"+describeApplicationQuery(q), q), want: d.wantApplications(q)}
		if wrong != nil {
			c.wrong = where(d.Applications, wrong, func(a ats.Application) string { return a.ID })
		}
		cs = append(cs, c)
	}
	lacking := func(name, what string) { cs = append(cs, listCase{name: name, lacks: what}) }
	kinds := func(v ...ats.StageKind) []ats.StageKind { return v }
	sts := func(v ...ats.ApplicationStatus) []ats.ApplicationStatus { return v }

	jobs := jobsByApplicants(d)
	if len(jobs) > 0 {
		add("job_id", ats.ApplicationQuery{JobID: jobs[0]}, nil)
		add("job_id_other", ats.ApplicationQuery{JobID: jobs[len(jobs)-1]}, nil)
	} else {
		lacking("job_id", "an application")
	}
	add("job_id_unknown", ats.ApplicationQuery{JobID: d.unknownIDs(ids(d.Jobs, func(j ats.Job) string { return j.ID }))[0]}, nil)
	if c, ok := pick(d.Candidates, func(c ats.Candidate) (string, bool) { return c.ID, len(d.appsOf[c.ID]) > 0 }); ok {
		add("candidate_id", ats.ApplicationQuery{CandidateID: c}, nil)
	}
	if c, ok := pick(d.Candidates, func(c ats.Candidate) (string, bool) { return c.ID, len(d.appsOf[c.ID]) > 1 }); ok {
		add("candidate_id_with_several", ats.ApplicationQuery{CandidateID: c}, nil)
	}
	if c, ok := pick(d.Candidates, func(c ats.Candidate) (string, bool) { return c.ID, len(d.appsOf[c.ID]) == 0 }); ok {
		add("candidate_id_without_applications", ats.ApplicationQuery{CandidateID: c}, nil)
	}
	add("candidate_id_unknown", ats.ApplicationQuery{CandidateID: d.unknownIDs(ids(d.Candidates, func(c ats.Candidate) string { return c.ID }))[0]}, nil)

	present := func(k ats.StageKind) bool {
		return slices.ContainsFunc(d.Applications, func(a ats.Application) bool { return a.Stage.Kind == k })
	}
	for _, k := range ats.StageKinds {
		add("stage_"+string(k), ats.ApplicationQuery{StageKinds: kinds(k)}, nil)
	}
	if a, b := twoPresent(ats.StageKinds, present); b != "" {
		add("stages_any_of", ats.ApplicationQuery{StageKinds: kinds(a, b)}, func(x ats.Application) bool { return x.Stage.Kind == a })
	} else {
		lacking("stages_any_of", "applications in two stage kinds")
	}
	hasStatus := func(st ats.ApplicationStatus) bool {
		return slices.ContainsFunc(d.Applications, func(a ats.Application) bool { return a.Status == st })
	}
	for _, st := range ats.ApplicationStatuses {
		add("status_"+string(st), ats.ApplicationQuery{Statuses: sts(st)}, nil)
	}
	if a, b := twoPresent(ats.ApplicationStatuses, hasStatus); b != "" {
		add("statuses_any_of", ats.ApplicationQuery{Statuses: sts(a, b)}, func(x ats.Application) bool { return x.Status == a })
	} else {
		lacking("statuses_any_of", "applications in two statuses")
	}
	add("statuses_all", ats.ApplicationQuery{Statuses: ats.ApplicationStatuses}, nil)

	applied := func(a ats.Application) time.Time { return a.AppliedAt }
	updated := func(a ats.Application) time.Time { return a.UpdatedAt }
	for _, b := range bounds(d.Applications, applied) {
		var wrong func(ats.Application) bool
		if b.strict {
			wrong = func(a ats.Application) bool { return !a.AppliedAt.Before(*b.at) }
		}
		add("created_after_"+b.name, ats.ApplicationQuery{CreatedAfter: b.at}, wrong)
	}
	if mid, ok := median(d.Applications, applied); ok {
		// created_after reads applied_at, not updated_at.
		add("created_after_is_applied_at", ats.ApplicationQuery{CreatedAfter: &mid},
			func(a ats.Application) bool { return a.UpdatedAt.After(mid) })
	}
	for _, b := range bounds(d.Applications, updated) {
		var wrong func(ats.Application) bool
		if b.strict {
			wrong = func(a ats.Application) bool { return !a.UpdatedAt.Before(*b.at) }
		}
		add("updated_after_"+b.name, ats.ApplicationQuery{UpdatedAfter: b.at}, wrong)
	}

	if len(jobs) > 0 {
		add("job_id_and_status", ats.ApplicationQuery{JobID: jobs[0], Statuses: sts(ats.ApplicationActive)}, nil)
		add("job_id_stages_and_statuses", ats.ApplicationQuery{JobID: jobs[0],
			StageKinds: kinds(ats.StageApplied, ats.StageInterview, ats.StageSourced), Statuses: sts(ats.ApplicationActive, ats.ApplicationRejected)}, nil)
	}
	if a, ok := pick(d.Applications, func(a ats.Application) (ats.Application, bool) { return a, true }); ok {
		add("candidate_id_and_stage", ats.ApplicationQuery{CandidateID: a.CandidateID, StageKinds: kinds(a.Stage.Kind)}, nil)
		add("candidate_id_and_job_id", ats.ApplicationQuery{CandidateID: a.CandidateID, JobID: a.JobID}, nil)
		if mid, ok := median(d.Applications, updated); ok {
			add("updated_after_and_job_id", ats.ApplicationQuery{UpdatedAfter: &mid, JobID: a.JobID}, nil)
		}
	}
	return cs
}

// bound is one time filter value of a rule.
type bound struct {
	name string
	at   *time.Time
	// strict marks a bound equal to a record's time, which a ">="
	// comparison would wrongly include.
	strict bool
}

// bounds are the time filter values every time filter is tried with: a
// record's own time (strict: that record is left out), a nanosecond
// earlier (it is in), the same instant in another zone, and the latest
// time of all (nothing is after it).
func bounds[T any](records []T, at func(T) time.Time) []bound {
	mid, ok := median(records, at)
	if !ok {
		return nil
	}
	hi := mid
	for _, r := range records {
		hi = maxTime(hi, at(r))
	}
	tp := func(t time.Time) *time.Time { return &t }
	return []bound{
		{"is_strict", tp(mid), true},
		{"nanosecond_before", tp(mid.Add(-time.Nanosecond)), false},
		{"in_another_zone", tp(mid.In(time.FixedZone("UTC+05:30", 5*3600+1800))), true},
		{"after_everything", tp(hi), false},
	}
}

// median is the middle record's time.
func median[T any](records []T, at func(T) time.Time) (time.Time, bool) {
	if len(records) == 0 {
		return time.Time{}, false
	}
	ts := make([]time.Time, 0, len(records))
	for _, r := range records {
		ts = append(ts, at(r))
	}
	slices.SortFunc(ts, func(a, b time.Time) int { return a.Compare(b) })
	return ts[len(ts)/2], true
}

func maxTime(a, b time.Time) time.Time {
	if b.After(a) {
		return b
	}
	return a
}

// jobsByApplicants is the ids of the jobs with applications, most
// applications first (ties in fixture order).
func jobsByApplicants(d *data) []string {
	n := map[string]int{}
	for _, a := range d.Applications {
		n[a.JobID]++
	}
	var out []string
	for _, j := range d.Jobs {
		if n[j.ID] > 0 {
			out = append(out, j.ID)
		}
	}
	slices.SortStableFunc(out, func(a, b string) int { return n[b] - n[a] })
	return out
}

// where is the ids of the records keep accepts.
func where[T any](records []T, keep func(T) bool, id func(T) string) []string {
	out := []string{}
	for _, r := range records {
		if keep(r) {
			out = append(out, id(r))
		}
	}
	return out
}

// pick returns the first value get accepts.
func pick[T, V any](records []T, get func(T) (V, bool)) (V, bool) {
	for _, r := range records {
		if v, ok := get(r); ok {
			return v, true
		}
	}
	var zero V
	return zero, false
}

// twoPresent returns the first two values present, or "" as the second.
func twoPresent[V ~string](all []V, present func(V) bool) (V, V) {
	var got []V
	for _, v := range all {
		if present(v) {
			got = append(got, v)
		}
	}
	if len(got) < 2 {
		return "", ""
	}
	return got[0], got[1]
}
