package atstest

import (
	"fmt"
	"slices"
	"strings"

	"github.com/atsbridge/atsbridge/ats"
)

// Fixture describes, in atsbridge's normalized form, the data a provider
// under test serves and what the suite may assume about it. A fake server
// can supply one as well as a store can: it lists records and declares
// capabilities, nothing else.
//
// The suite reads these fields of the records, and checks that the provider
// serves the same values in them (other fields may be left zero):
//
//   - Job: ID, Title, Status, Department, Location (all five fields),
//     CreatedAt, UpdatedAt;
//   - Candidate: ID, Email, ApplicationIDs (in the order the provider
//     gives them), CreatedAt, UpdatedAt;
//   - Application: ID, CandidateID, JobID, Stage.Kind, Status, AppliedAt,
//     UpdatedAt.
//
// Every rule draws its cases from this data (a department to ask for, an
// open job to apply to, a pair that already exists), and the suite fails a
// fixture that lacks what a rule needs, rather than letting the rule pass
// without testing anything.
type Fixture struct {
	// Jobs, Candidates and Applications are every record the provider
	// serves, each in the provider's list order (the order of its
	// unfiltered list).
	Jobs         []ats.Job
	Candidates   []ats.Candidate
	Applications []ats.Application

	// NewRecords says where the provider's lists put a record created
	// after a walk began.
	NewRecords Placement
	// Totals says which lists report Page.Total.
	Totals Totals
	// Writes describes the provider's create rules; nil when the provider
	// (or its fake) cannot create records, and the write groups are
	// skipped.
	Writes *Writes

	// Resumes describes what the provider does with resume files; nil
	// skips the Resumes group, which also needs Writes.
	Resumes *Resumes
	// Pipeline describes the provider's pipeline actions; every provider
	// has them (an ATS that cannot do one answers NOT_SUPPORTED, which is
	// itself a rule), so it is required.
	Pipeline *Pipeline

	// Known lists the rules the provider is known to break while a fix is
	// under way elsewhere, each with why and where it is tracked; keys are
	// subtest paths below Run ("Deadlines/cancelled/job", or a whole set:
	// "Deadlines/cancelled"). A known rule is skipped with its reason, so
	// every -v run shows it; an entry that names no rule fails the run,
	// so none outlives a rename. Remove the entry with the fix. This is
	// for bugs found in code another change is rewriting, not for rules a
	// provider chooses not to keep: the contract has no opt-outs.
	Known map[string]string
}

// Placement is where a provider's list order puts new records.
type Placement int

const (
	// AppendsNew is an oldest-first order: a record created during a walk
	// is seen once, at its end, by cursor and page walks alike, and the
	// walk skips and repeats nothing (preview; Workable's since_id).
	AppendsNew Placement = iota + 1
	// PrependsNew is a newest-first order: a cursor walk under way does
	// not see a record created meanwhile and skips and repeats nothing
	// that existed when it began. Page walks may shift, so they are not
	// held to it (Greenhouse).
	PrependsNew
)

// Totals says which lists carry Page.Total. Wherever a total is given it
// must be exact.
type Totals int

const (
	// TotalsNever: no list has a total (the ATS does not count).
	TotalsNever Totals = iota + 1
	// TotalsUnfiltered: lists without filters have one; filtered lists may.
	TotalsUnfiltered
	// TotalsAlways: every list has one.
	TotalsAlways
)

// Writes describes what a provider does with creates.
type Writes struct {
	// Emails is where the provider refuses a second candidate with an
	// email it has.
	Emails EmailScope
}

// EmailScope is how far candidate emails are unique.
type EmailScope int

const (
	// EmailsUnique: one candidate per email in the whole account; any
	// create with a taken email is CANDIDATE_EXISTS (preview).
	EmailsUnique EmailScope = iota + 1
	// EmailsUniquePerJob: one record per email in each job, and among the
	// candidates without a job; the same person may apply to another job
	// as a new record (Workable).
	EmailsUniquePerJob
	// EmailsRepeat: the ATS accepts the same email twice and never answers
	// CANDIDATE_EXISTS.
	EmailsRepeat
)

// Pipeline describes what the provider's pipeline actions serve and
// require. The rules act on the fixture's Applications: active ones are
// moved, rejected and restored (each by one rule), closed ones are refused.
type Pipeline struct {
	// Stages is every job's pipeline, by job id, as JobStages lists it.
	Stages map[string][]ats.JobStage
	// Reasons is what RejectionReasons lists, in its order: at least one
	// of kind rejected.
	Reasons []ats.RejectionReason
	// ReasonRequired says that a rejection without a reason is refused
	// (INPUT_INVALID naming reason_id).
	ReasonRequired bool
	// Notify says what a rejection with NotifyCandidate does.
	Notify Notify
	// Tick, where set, moves the ATS's clock on by a second; the rules
	// call it before each action. It is for an ATS that stamps updated_at
	// in whole seconds (Workable), where two actions on one application
	// within a second carry the same time; the provider's README says so.
	Tick func()
}

// Notify is what a provider does with RejectInput.NotifyCandidate.
type Notify int

const (
	// NotifySends: the ATS is asked to email the candidate, and the
	// rejection goes ahead (Greenhouse).
	NotifySends Notify = iota + 1
	// NotifyNotSupported: the ATS cannot send one when asked, so the
	// rejection is refused with NOT_SUPPORTED and nothing changes
	// (Workable, Lever, the sandbox).
	NotifyNotSupported
)

// data is a checked fixture with the lookups the rules need.
type data struct {
	Fixture
	jobs  map[string]ats.Job
	cands map[string]ats.Candidate
	apps  map[string]ats.Application
	// appsOf is each candidate's applications, in fixture order.
	appsOf map[string][]ats.Application
}

// check validates fx: unique ids, references that resolve, and declared
// capabilities. Errors name the record at fault.
func check(fx Fixture) (*data, error) {
	d := &data{
		Fixture: fx,
		jobs:    map[string]ats.Job{}, cands: map[string]ats.Candidate{}, apps: map[string]ats.Application{},
		appsOf: map[string][]ats.Application{},
	}
	var errs []string
	bad := func(format string, args ...any) { errs = append(errs, fmt.Sprintf(format, args...)) }
	for _, j := range fx.Jobs {
		if _, dup := d.jobs[j.ID]; dup || j.ID == "" {
			bad("job id %q is empty or listed twice", j.ID)
		}
		d.jobs[j.ID] = j
	}
	d.Candidates = slices.Clone(fx.Candidates)
	for i, c := range d.Candidates {
		if _, dup := d.cands[c.ID]; dup || c.ID == "" {
			bad("candidate id %q is empty or listed twice", c.ID)
		}
		if c.ApplicationIDs == nil {
			// A candidate without applications has [] in the API.
			d.Candidates[i].ApplicationIDs = []string{}
			c = d.Candidates[i]
		}
		d.cands[c.ID] = c
	}
	for _, a := range fx.Applications {
		if _, dup := d.apps[a.ID]; dup || a.ID == "" {
			bad("application id %q is empty or listed twice", a.ID)
		}
		if _, ok := d.jobs[a.JobID]; !ok {
			bad("application %s names job %q, which is not in Jobs", a.ID, a.JobID)
		}
		if _, ok := d.cands[a.CandidateID]; !ok {
			bad("application %s names candidate %q, which is not in Candidates", a.ID, a.CandidateID)
		}
		d.apps[a.ID] = a
		d.appsOf[a.CandidateID] = append(d.appsOf[a.CandidateID], a)
	}
	for _, c := range d.Candidates {
		var want []string
		for _, a := range d.appsOf[c.ID] {
			want = append(want, a.ID)
		}
		got := slices.Clone(c.ApplicationIDs)
		slices.Sort(got)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			bad("candidate %s has ApplicationIDs %v, but the applications naming it are %v", c.ID, c.ApplicationIDs, want)
		}
	}
	if fx.NewRecords != AppendsNew && fx.NewRecords != PrependsNew {
		bad("NewRecords is not set: declare AppendsNew or PrependsNew")
	}
	if fx.Totals < TotalsNever || fx.Totals > TotalsAlways {
		bad("Totals is not set: declare TotalsNever, TotalsUnfiltered or TotalsAlways")
	}
	if w := fx.Writes; w != nil && (w.Emails < EmailsUnique || w.Emails > EmailsRepeat) {
		bad("Writes.Emails is not set: declare EmailsUnique, EmailsUniquePerJob or EmailsRepeat")
	}
	if r := fx.Resumes; r != nil {
		if fx.Writes == nil {
			bad("Resumes needs Writes: its rules create candidates")
		}
		if r.Delivery != Bytes && r.Delivery != URL {
			bad("Resumes.Delivery is not set: declare Bytes or URL")
		}
		if r.FailedUpload != LeavesNothing && r.FailedUpload != LeavesCandidate {
			bad("Resumes.FailedUpload is not set: declare LeavesNothing or LeavesCandidate")
		}
	}
	errs = append(errs, checkPipeline(fx)...)
	if len(errs) > 0 {
		return nil, fmt.Errorf("atstest: the fixture is inconsistent:\n\t%s", strings.Join(errs, "\n\t"))
	}
	return d, nil
}

// jobsWith returns the fixture's jobs with status st, in list order.
func (d *data) jobsWith(st ats.JobStatus) []ats.Job {
	var out []ats.Job
	for _, j := range d.Jobs {
		if j.Status == st {
			out = append(out, j)
		}
	}
	return out
}

// applied reports whether any candidate with c's email has an application
// to job: the same person, whichever record of theirs it is.
func (d *data) applied(c ats.Candidate, job string) bool {
	for _, a := range d.Applications {
		if a.JobID == job && ats.EmailKey(d.cands[a.CandidateID].Email) == ats.EmailKey(c.Email) {
			return true
		}
	}
	return false
}

// unknownIDs are ids of resource that the provider must not know: the
// fixture's own ids with digits appended (so they keep the provider's id
// shape: "job_063" -> "job_0639999", a Workable shortcode stays hex, a
// Greenhouse id numeric) and a few that fit no shape.
func (d *data) unknownIDs(known []string) []string {
	out := []string{}
	for _, id := range []string{first(known), last(known)} {
		if id != "" {
			out = append(out, id+"9999")
		}
	}
	out = append(out, "0", "no-such-id", "../jobs", "zürich")
	return slices.DeleteFunc(slices.Compact(out), func(id string) bool {
		_, j := d.jobs[id]
		_, c := d.cands[id]
		_, a := d.apps[id]
		return j || c || a
	})
}

func first(ids []string) string {
	if len(ids) == 0 {
		return ""
	}
	return ids[0]
}

func last(ids []string) string {
	if len(ids) == 0 {
		return ""
	}
	return ids[len(ids)-1]
}

// checkPipeline validates fx.Pipeline: every job's stages, in position
// order, of known kinds; reasons of known kinds, one at least of kind
// rejected; a declared Notify.
func checkPipeline(fx Fixture) []string {
	p := fx.Pipeline
	if p == nil {
		return []string{"Pipeline is not set: declare the provider's stages, reasons and rules"}
	}
	var errs []string
	for _, j := range fx.Jobs {
		stages, ok := p.Stages[j.ID]
		if !ok || len(stages) == 0 {
			errs = append(errs, fmt.Sprintf("Pipeline.Stages lacks job %s", j.ID))
		}
		for i, st := range stages {
			if st.ID == "" || st.Position != i || !slices.Contains(ats.StageKinds, st.Kind) {
				errs = append(errs, fmt.Sprintf("Pipeline.Stages[%s][%d] = %+v: want an id, position %d and a stage kind", j.ID, i, st, i))
			}
		}
	}
	for _, r := range p.Reasons {
		if r.ID == "" || !slices.Contains(ats.ReasonKinds, r.Kind) {
			errs = append(errs, fmt.Sprintf("Pipeline.Reasons has %+v: want an id and a reason kind", r))
		}
	}
	if !slices.ContainsFunc(p.Reasons, func(r ats.RejectionReason) bool { return r.Kind == ats.ReasonRejected }) {
		errs = append(errs, "Pipeline.Reasons has no reason of kind rejected to reject with")
	}
	if p.Notify != NotifySends && p.Notify != NotifyNotSupported {
		errs = append(errs, "Pipeline.Notify is not set: declare NotifySends or NotifyNotSupported")
	}
	return errs
}
