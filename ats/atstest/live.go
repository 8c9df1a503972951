package atstest

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/fake"
)

// LiveFixture describes a live provider over its fake server, for RunLive
// and for the router's end-to-end suite (routertest.RunLive), which drive
// the same scenarios through the provider and through the API: every rule
// checked for one live provider is checked for all. What differs between
// providers (paths, error bodies, ids, the data of the fake) is here; the
// rules are not.
type LiveFixture struct {
	// Name is the provider's ATS_PROVIDER value: "workable".
	Name string
	// Open returns the provider over a fresh fake of its own, with the
	// knobs k, and registers their cleanup on t. The provider sends
	// LiveVersion as its version and retries after a few milliseconds, so
	// that the rules stay quick.
	Open func(t *testing.T, k Knobs) Live
	// ListPath is the upstream path ListJobs reads ("/jobs", Lever's
	// "/postings").
	ListPath string
	// ErrorBody is the provider's error answer, a format whose one %q is
	// the message.
	ErrorBody string
	// Refusal is the provider's answer to credentials that may not read a
	// list (a scope or a permission missing), which carries RefusalText;
	// its Times are the calls the provider makes before it gives up
	// (Lever asks once more without confidential records).
	Refusal     fake.Fault
	RefusalText string
	// CredentialVar is the variable the message about refused credentials
	// points at ("ATS_API_KEY"), and WrongText the provider's words when
	// it refuses them.
	CredentialVar, WrongText string
	// Reauthorizes is set when a 401 makes the provider fetch fresh
	// credentials and send the request once more (a token source:
	// Greenhouse).
	Reauthorizes bool
	// Invalid is the provider's refusal of a create's input, whose words
	// InvalidSays are, and InvalidField the field it names ("" when the
	// provider names none).
	Invalid                   fake.Fault
	InvalidSays, InvalidField string
	// NextPage, for providers whose lists link to their next page, reads
	// a list in two upstream calls, the second by following the first
	// one's link, and returns how many records it served; NextPageItems is
	// how many it serves when it can follow the link (nil for providers
	// that page by token: Lever).
	NextPage      func(ctx context.Context, p ats.Provider) (int, error)
	NextPageItems int
	// Burst opens the provider and a fake at the provider's own rate limit
	// (or one scaled down in time), for BurstSize concurrent lists;
	// BurstLookups are the upstream calls the first list makes besides
	// itself, once (Greenhouse's departments and offices). Slow, when set,
	// says why the burst takes seconds; it is then skipped in -short runs.
	Burst        func(t *testing.T) (ats.Provider, Upstream)
	BurstSize    int
	BurstLookups int
	Slow         string
}

// LiveVersion is the version a live provider under the suite sends in its
// User-Agent.
const LiveVersion = "1.2.3-test"

// Knobs change how LiveFixture.Open makes a provider.
type Knobs struct {
	// Timeout bounds each upstream exchange (0: a generous one).
	Timeout time.Duration
	// OneConnection lets the provider's client open one connection to the
	// fake at a time, so that counting connections is exact: a pool that
	// may dial more would now and then open a second one on a busy machine.
	OneConnection bool
	// WrongCredentials gives the provider credentials the fake refuses.
	WrongCredentials bool
}

// Live is one live provider over its own fake, as LiveFixture.Open makes
// it, with what the fake holds.
type Live struct {
	Provider ats.Provider
	Fake     Upstream
	// BaseURL is the fake's API base URL (ATS_BASE_URL).
	BaseURL string
	// Secrets are the credentials that must never appear in a message, a
	// log or an answer (the key, the client secret).
	Secrets []string
	// JobID is the first open job in the provider's list order, ReadPath
	// the upstream path Job(JobID) reads; OtherJob is another open job.
	JobID, ReadPath, OtherJob string
	// RawKey names a field of the job's raw record (?include=raw), and
	// RawValue is its value ("" when any value will do).
	RawKey, RawValue string
	// ClosedJob is a job candidates cannot apply to; UnknownJob and
	// UnknownApplication are ids of the provider's form that the fake
	// does not hold.
	ClosedJob, UnknownJob, UnknownApplication string
	// Jobs are the ids of every job, in the provider's list order; at
	// least 30.
	Jobs []string
	// Create is a new candidate applying to JobID's job, and CreatePath
	// the upstream path its POST goes to.
	Create     ats.CandidateInput
	CreatePath string
	// Existing is a candidate of the fake; applying it again with its
	// email to ExistingJob ("" for none) is CANDIDATE_EXISTS.
	Existing    ats.Candidate
	ExistingJob string
	// Pipeline is how the provider's pipeline routes answer.
	Pipeline LivePipeline
}

// LivePipeline is what the pipeline routes use of a live provider's data.
type LivePipeline struct {
	// Stages is how many stages JobID's pipeline has, and Stage one of
	// them to move a new application to, as GET /jobs/{id}/stages lists it.
	Stages int
	Stage  ats.JobStage
	// Reason is a reason to reject with, as GET /rejection_reasons lists
	// it, which leaves the application Rejected (rejected, or withdrawn for
	// a reason of that kind).
	Reason   ats.RejectionReason
	Rejected ats.ApplicationStatus
	// ReasonRequired is set when the provider cannot reject without a
	// reason; Notifies when it can email the candidate (notify_candidate).
	ReasonRequired, Notifies bool
}

// Upstream is a live provider's fake server as the suites drive it: the
// knobs every fake has.
type Upstream interface {
	Inject(fake.Fault)
	ClearFaults()
	// Count is how many requests match method ("" for any) and path
	// (exact, below the base path; "" for any).
	Count(method, path string) int
	// RateLimited is how many requests the fake refused from its own rate
	// limit.
	RateLimited() int
	ResetRequests()
	// Connections is how many TCP connections clients opened to the API.
	Connections() int
	// Served returns every API request served so far.
	Served() []fake.Request
}

// RunLive checks the rules every live provider keeps towards its upstream
// (design section 7): what it sends, what it retries and what it does not,
// deadlines, malformed and refused answers, redaction, links and
// redirects, and the rate limit.
func RunLive(t *testing.T, fx LiveFixture) {
	t.Helper()
	for _, r := range liveRules {
		t.Run(r.name, func(t *testing.T) { r.run(t, fx) })
	}
}

// wantLive is wantCode that also fails when the error carries a secret.
func wantLive(t *testing.T, l Live, what string, err error, code ats.Code) *ats.Error {
	t.Helper()
	e := wantCode(t, what, err, code)
	for _, s := range l.Secrets {
		if s != "" && (strings.Contains(err.Error(), s) || strings.Contains(e.Message, s)) {
			t.Errorf("%s: the error carries a credential: %v", what, err)
		}
	}
	return e
}
