package dynamodb

import (
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/preview"
)

// item is one DynamoDB item as the SDK passes it.
type item = map[string]types.AttributeValue

// Attributes besides the keys. Records keep the domain value as JSON in
// attrDoc, so a record reads back exactly as it was written; the plain
// attributes next to it exist for the key design and for people reading the
// table in the console.
const (
	attrType     = "type"      // record or helper kind, see the type* constants
	attrID       = "id"        // record id
	attrDoc      = "doc"       // record as JSON
	attrJob      = "job"       // application: job id
	attrRef      = "ref"       // claim: id of the record holding the claim
	attrAt       = "at"        // claim: when it was taken, Unix nanoseconds
	attrN        = "n"         // counter and sequence value
	attrState    = "state"     // seed marker: seeding or done
	attrOwner    = "owner"     // seed marker: the seeder holding the lease
	attrLease    = "lease"     // seed marker: lease end, Unix nanoseconds
	attrApps     = "apps"      // candidate: its applications, a string set of appEntry values
	attrOwnsApps = "apps_kept" // candidate: 1 when attrApps is kept (items written before have none)
)

// Item kinds, stored in attrType.
const (
	typeJob         = "job"
	typeCandidate   = "candidate"
	typeApplication = "application"
	typeEmail       = "email_claim"
	typePair        = "pair_claim"
	typeCounter     = "counter"
	typeSequence    = "sequence"
	typeSeed        = "seed"
)

// Partition key values. Every item has its own partition; the sort key only
// repeats the kind, which leaves room for related items later.
func jobPK(id string) string         { return "JOB#" + id }
func candidatePK(id string) string   { return "CAND#" + id }
func applicationPK(id string) string { return "APP#" + id }
func emailPK(email string) string    { return "EMAIL#" + ats.EmailKey(email) }
func pairPK(candidateID, jobID string) string {
	return "PAIR#" + candidateID + "#" + jobID
}
func counterPK(kind string) string { return "COUNT#" + kind }
func sequencePK(seq string) string { return "SEQ#" + seq }

const seedPK = "SEED"

// Sort key values, one per kind.
const (
	skJob         = "JOB"
	skCandidate   = "CAND"
	skApplication = "APP"
	skEmail       = "EMAIL"
	skPair        = "PAIR"
	skCounter     = "COUNT"
	skSequence    = "SEQ"
	skSeed        = "SEED"
)

// Index partition values; the package doc lists which index holds which.
const (
	gpAllJobs         = "JOB"
	gpAllCandidates   = "CAND"
	gpAllApplications = "APP"
)

func gpJobStatus(s ats.JobStatus) string       { return "JOB#STATUS#" + string(s) }
func gpJobDepartment(d string) string          { return "JOB#DEPT#" + foldKey(d) }
func gpAppJob(jobID string) string             { return "APP#JOB#" + jobID }
func gpAppCandidate(candidateID string) string { return "APP#CAND#" + candidateID }
func gpAppStage(k ats.StageKind) string        { return "APP#STAGE#" + string(k) }
func gpAppStatus(s ats.ApplicationStatus) string {
	return "APP#STATUS#" + string(s)
}
func gpCandidateJob(jobID string) string { return "CAND#JOB#" + jobID }

// Counter kinds: one counter item per unfiltered list.
const (
	countJobs         = "job"
	countCandidates   = "candidate"
	countApplications = "application"
)

// sortTime is the fixed-width UTC form of t that makes index sort keys
// order by time first: every value has the same length, so byte order is
// time order.
const sortTime = "2006-01-02T15:04:05.000000000Z"

// orderKey is the index sort key of a record: its time, then its id in a
// form that sorts as numbers (preview.SortableID), so equal times fall back
// to the id order of the other stores.
func orderKey(t time.Time, id string) string {
	return t.UTC().Format(sortTime) + "#" + preview.SortableID(id)
}

// idOfOrderKey is the record id in an orderKey. Keys written before ids
// sorted as numbers have the bare id after '#'; ids never start with a
// digit, so the length prefix is told apart.
func idOfOrderKey(k string) string {
	_, id, _ := strings.Cut(k, "#")
	if sortable, rest, ok := cutSortableID(id); ok && rest == "" {
		return sortable
	}
	return id
}

// cutSortableID reads the preview.SortableID that s starts with (three
// digits of length, then the id) and returns the id and what follows it;
// ok is false when s does not start with one.
func cutSortableID(s string) (id, rest string, ok bool) {
	if len(s) < 3 || strings.Trim(s[:3], "0123456789") != "" {
		return "", s, false
	}
	n, _ := strconv.Atoi(s[:3])
	if n == 0 || len(s) < 3+n {
		return "", s, false
	}
	return s[3 : 3+n], s[3+n:], true
}

// afterKey is the smallest value greater than every orderKey at time t:
// '$' sorts right after the '#' separator, which makes "created after t"
// (strict) a key condition.
func afterKey(t time.Time) string {
	return t.UTC().Format(sortTime) + "$"
}

// foldKey is a case-insensitive key for exact-match filters (department).
// Upper then lower case folds the letters strings.EqualFold (the other
// stores' comparison) treats as equal but plain lower-casing keeps apart,
// such as 'ſ' and 's'.
func foldKey(s string) string {
	return strings.ToLower(strings.ToUpper(s))
}

func str(v string) types.AttributeValue { return &types.AttributeValueMemberS{Value: v} }
func num(n int64) types.AttributeValue {
	return &types.AttributeValueMemberN{Value: strconv.FormatInt(n, 10)}
}

// key returns the primary key of the item with partition pk and sort sk.
func key(pk, sk string) item {
	return item{AttrPK: str(pk), AttrSK: str(sk)}
}

// stringAttr returns the string attribute name of it, or "".
func stringAttr(it item, name string) string {
	if v, ok := it[name].(*types.AttributeValueMemberS); ok {
		return v.Value
	}
	return ""
}

// numberAttr returns the number attribute name of it, or 0.
func numberAttr(it item, name string) int64 {
	if v, ok := it[name].(*types.AttributeValueMemberN); ok {
		n, _ := strconv.ParseInt(v.Value, 10, 64)
		return n
	}
	return 0
}

// setIndex stores the index keys of ix on it.
func setIndex(it item, ix Index, pk, sk string) {
	it[ix.PK], it[ix.SK] = str(pk), str(sk)
}

// record builds the common part of a record item.
func record(pk, sk, kind, id string, v any) (item, error) {
	doc, err := json.Marshal(v)
	if err != nil {
		return nil, fmt.Errorf("encode %s %s: %w", kind, id, err)
	}
	it := key(pk, sk)
	it[attrType], it[attrID], it[attrDoc] = str(kind), str(id), str(string(doc))
	return it, nil
}

// jobItem is the stored form of j, indexed by creation, status and
// department. Raw is dropped: the sandbox has no provider object.
func jobItem(j ats.Job) (item, error) {
	j.Raw = nil
	it, err := record(jobPK(j.ID), skJob, typeJob, j.ID, j)
	if err != nil {
		return nil, err
	}
	ok := orderKey(j.CreatedAt, j.ID)
	setIndex(it, idxJobs, gpAllJobs, ok)
	setIndex(it, idxJobsByStatus, gpJobStatus(j.Status), ok)
	if j.Department != nil {
		setIndex(it, idxJobsByDept, gpJobDepartment(*j.Department), ok)
	}
	return it, nil
}

// candidateItem is the stored form of c, indexed by creation, with its
// applications apps (attrApps, see appEntry): a candidate read, or a page
// of them, then needs no read of the applications. The JSON holds no
// application ids; a create adds its application to the set once the
// application is written (addApplication).
func candidateItem(c ats.Candidate, apps ...ats.Application) (item, error) {
	c.Raw, c.ApplicationIDs = nil, nil
	it, err := record(candidatePK(c.ID), skCandidate, typeCandidate, c.ID, c)
	if err != nil {
		return nil, err
	}
	setIndex(it, idxCandidates, gpAllCandidates, orderKey(c.CreatedAt, c.ID))
	it[attrOwnsApps] = num(1)
	if len(apps) > 0 {
		entries := make([]string, len(apps))
		for i, a := range apps {
			entries[i] = appEntry(a)
		}
		it[attrApps] = &types.AttributeValueMemberSS{Value: entries}
	}
	return it, nil
}

// appEntry is an application as its candidate's item keeps it: its order
// key (applied time, then id as a number), then '#' and its job. Entries
// sort in the order of a candidate's application ids, and name the jobs
// a filter by job asks about.
func appEntry(a ats.Application) string {
	return orderKey(a.AppliedAt, a.ID) + "#" + a.JobID
}

// candidateApps returns the application ids (in (applied_at, id) order) and
// jobs of a candidate item, and whether the item keeps them: an item
// written before candidates kept their applications does not, and its
// applications are read from the by-candidate index (applicationsOf).
func candidateApps(it item) (ids, jobs []string, kept bool) {
	if numberAttr(it, attrOwnsApps) != 1 {
		return nil, nil, false
	}
	ids, jobs = []string{}, []string{}
	set, _ := it[attrApps].(*types.AttributeValueMemberSS)
	if set == nil {
		return ids, jobs, true
	}
	entries := slices.Sorted(slices.Values(set.Value))
	for _, e := range entries {
		// <time>#<sortable id>#<job>, the time of fixed width.
		id, rest, ok := cutSortableID(e[min(len(e), len(sortTime)+1):])
		job, found := strings.CutPrefix(rest, "#")
		if !ok || !found {
			continue // not an entry of ours; never written
		}
		ids = append(ids, id)
		jobs = append(jobs, job)
	}
	return ids, jobs, true
}

// applicationItem is the stored form of a, indexed by applied time overall,
// per job, per candidate, per stage kind and per status, and by its
// candidate's creation per job (candidateCreated), which lists a job's
// candidates in candidate order.
func applicationItem(a ats.Application, candidateCreated time.Time) (item, error) {
	a.Raw = nil
	it, err := record(applicationPK(a.ID), skApplication, typeApplication, a.ID, a)
	if err != nil {
		return nil, err
	}
	it[attrJob] = str(a.JobID)
	ok := orderKey(a.AppliedAt, a.ID)
	setIndex(it, idxApps, gpAllApplications, ok)
	setIndex(it, idxAppsByJob, gpAppJob(a.JobID), ok)
	setIndex(it, idxAppsByCand, gpAppCandidate(a.CandidateID), ok)
	setIndex(it, idxAppsByStage, gpAppStage(a.Stage.Kind), ok)
	setIndex(it, idxAppsByStatus, gpAppStatus(a.Status), ok)
	setIndex(it, idxCandsByJob, gpCandidateJob(a.JobID), orderKey(candidateCreated, a.CandidateID))
	return it, nil
}

// claimItem reserves a unique value (an email, a candidate+job pair) for
// the record ref.
func claimItem(pk, sk, kind, ref string, at time.Time) item {
	it := key(pk, sk)
	it[attrType], it[attrRef], it[attrAt] = str(kind), str(ref), num(at.UnixNano())
	return it
}

// decode reads the record JSON of it into v.
func decode(it item, v any) error {
	doc := stringAttr(it, attrDoc)
	if doc == "" {
		return fmt.Errorf("item %s has no record", stringAttr(it, AttrPK))
	}
	if err := json.Unmarshal([]byte(doc), v); err != nil {
		return fmt.Errorf("decode item %s: %w", stringAttr(it, AttrPK), err)
	}
	return nil
}

func decodeJob(it item) (ats.Job, error) {
	var j ats.Job
	err := decode(it, &j)
	return j, err
}

// decodeCandidate reads a candidate item with its application ids. They
// are nil when the item does not keep them (see candidateApps): the caller
// then reads them from the index (fillApplicationIDs).
func decodeCandidate(it item) (ats.Candidate, error) {
	var c ats.Candidate
	err := decode(it, &c)
	ids, _, _ := candidateApps(it)
	if c.Tags == nil {
		c.Tags = []string{}
	}
	c.ApplicationIDs = ids
	return c, err
}

func decodeApplication(it item) (ats.Application, error) {
	var a ats.Application
	err := decode(it, &a)
	return a, err
}
