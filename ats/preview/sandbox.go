package preview

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/atsbridge/atsbridge/ats"
)

// Sandbox is the preview ATS: it owns the rules that need no storage (names,
// timestamps, the shape of new records) and leaves the rules that must hold
// under concurrent requests, and the numbering of new records, to its Store.
type Sandbox struct {
	store    Store
	versions ats.Versioned // the store's, when it keeps versions; else nil
	// files keeps resume files; nil when the sandbox keeps none.
	files Files
	now   func() time.Time
}

var (
	_ ats.Provider  = (*Sandbox)(nil)
	_ ats.Versioned = (*Sandbox)(nil)
)

// Option configures a Sandbox at Open.
type Option func(*Sandbox)

// WithFiles makes the sandbox keep candidates' resume files in f. Without
// it, a create or an attach with a file answers NOT_SUPPORTED.
func WithFiles(f Files) Option {
	return func(sb *Sandbox) { sb.files = f }
}

// Open seeds s (once per store; later starts find the seed present) and
// returns a sandbox serving from it. now is the clock for new records;
// nil means time.Now.
func Open(ctx context.Context, s Store, now func() time.Time, opts ...Option) (*Sandbox, error) {
	if now == nil {
		now = time.Now
	}
	if err := s.Seed(ctx, SeedData); err != nil {
		return nil, fmt.Errorf("preview: seed: %w", err)
	}
	versions, _ := s.(ats.Versioned)
	sb := &Sandbox{store: s, versions: versions, now: now}
	for _, o := range opts {
		o(sb)
	}
	return sb, nil
}

// DataVersion is the store's (ats.Versioned): the sandbox's reads show the
// store's records as they are, so they change exactly when those do. A
// store that keeps no versions (DynamoDB, shared by many instances without
// a cheap way to tell a change) gives none.
func (sb *Sandbox) DataVersion(ctx context.Context, resource string) (uint64, bool) {
	if sb.versions == nil {
		return 0, false
	}
	return sb.versions.DataVersion(ctx, resource)
}

// ListJobs lists jobs without their descriptions, which only the detail
// carries, as most ATS list endpoints do.
func (sb *Sandbox) ListJobs(ctx context.Context, q ats.JobQuery) (ats.Page[ats.Job], error) {
	p, err := sb.store.ListJobs(ctx, q)
	if err != nil {
		return p, fail("list jobs", err)
	}
	for i := range p.Items {
		p.Items[i].Description = nil
		if q.IncludeRaw {
			p.Items[i].Raw = raw(p.Items[i])
		}
	}
	return p, nil
}

// Job returns one job with its description.
func (sb *Sandbox) Job(ctx context.Context, id string, opts ats.ReadOptions) (ats.Job, error) {
	j, err := sb.store.Job(ctx, id)
	if err != nil {
		return j, fail("job", err)
	}
	if opts.IncludeRaw {
		j.Raw = raw(j)
	}
	return j, nil
}

// CreateCandidate creates a candidate and, with in.JobID, their application
// to that job in the same atomic step: either both exist afterwards or
// neither does. A resume file is stored first, inside the store's step
// (see Attach), and the records second, so a create whose file cannot be
// kept leaves nothing behind either. in.Profile has no place in the
// sandbox's records and is dropped.
func (sb *Sandbox) CreateCandidate(ctx context.Context, in ats.CandidateInput) (ats.Candidate, error) {
	var attach Attach
	if in.Resume != nil {
		if sb.files == nil {
			return ats.Candidate{}, noFiles()
		}
		attach = sb.storeFile(*in.Resume)
	}
	now := sb.clock()
	c := ats.Candidate{
		Email:     strings.TrimSpace(in.Email),
		Phone:     in.Phone,
		Headline:  in.Headline,
		Source:    in.Source,
		Tags:      slices.Clone(in.Tags),
		ResumeURL: in.ResumeURL,
		CreatedAt: now,
		UpdatedAt: now,
	}
	c.FirstName, c.LastName, c.Name = names(in)
	c = EmptyLists(c)

	var app *ats.Application
	if in.JobID != "" {
		a := newApplication("", in.JobID, c.Source, now)
		app = &a
	}
	if err := sb.store.CreateCandidate(ctx, &c, app, attach); err != nil {
		return ats.Candidate{}, fail("create candidate", err)
	}
	if app != nil {
		c.ApplicationIDs = []string{app.ID}
	}
	return c, nil
}

// ListCandidates lists candidates with their application ids.
func (sb *Sandbox) ListCandidates(ctx context.Context, q ats.CandidateQuery) (ats.Page[ats.Candidate], error) {
	p, err := sb.store.ListCandidates(ctx, q)
	if err != nil {
		return p, fail("list candidates", err)
	}
	if q.IncludeRaw {
		for i := range p.Items {
			p.Items[i].Raw = raw(p.Items[i])
		}
	}
	return p, nil
}

// Candidate returns one candidate with their application ids.
func (sb *Sandbox) Candidate(ctx context.Context, id string, opts ats.ReadOptions) (ats.Candidate, error) {
	c, err := sb.store.Candidate(ctx, id)
	if err != nil {
		return c, fail("candidate", err)
	}
	if opts.IncludeRaw {
		c.Raw = raw(c)
	}
	return c, nil
}

// CreateApplication applies an existing candidate to an open job. Without a
// source of its own, the application inherits the candidate's.
func (sb *Sandbox) CreateApplication(ctx context.Context, in ats.ApplicationInput) (ats.Application, error) {
	// Reading the candidate first gives the source to inherit.
	c, err := sb.store.Candidate(ctx, in.CandidateID)
	if err != nil {
		return ats.Application{}, fail("create application", err)
	}
	source := in.Source
	if source == nil {
		source = c.Source
	}
	a := newApplication(c.ID, in.JobID, source, sb.clock())
	if err := sb.store.CreateApplication(ctx, &a); err != nil {
		return ats.Application{}, fail("create application", err)
	}
	return a, nil
}

// ListApplications lists applications in (applied_at, id) order.
func (sb *Sandbox) ListApplications(ctx context.Context, q ats.ApplicationQuery) (ats.Page[ats.Application], error) {
	p, err := sb.store.ListApplications(ctx, q)
	if err != nil {
		return p, fail("list applications", err)
	}
	if q.IncludeRaw {
		for i := range p.Items {
			p.Items[i].Raw = raw(p.Items[i])
		}
	}
	return p, nil
}

// Application returns one application.
func (sb *Sandbox) Application(ctx context.Context, id string, opts ats.ReadOptions) (ats.Application, error) {
	a, err := sb.store.Application(ctx, id)
	if err != nil {
		return a, fail("application", err)
	}
	if opts.IncludeRaw {
		a.Raw = raw(a)
	}
	return a, nil
}

// newApplication is a new application as every ATS starts one: in the
// Applied stage, active. The store numbers it.
func newApplication(candidateID, jobID string, source *string, now time.Time) ats.Application {
	if source != nil {
		s := *source
		source = &s
	}
	return ats.Application{
		CandidateID: candidateID,
		JobID:       jobID,
		Stage:       ats.Stage{ID: "stg_applied", Name: "Applied", Kind: ats.StageApplied},
		Status:      ats.ApplicationActive,
		Source:      source,
		AppliedAt:   now,
		UpdatedAt:   now,
	}
}

// clock is now() as stored: UTC, whole seconds, like the seed and like the
// RFC 3339 the API prints. A store may date a record a moment later, to
// keep lists in creation order (see Store).
func (sb *Sandbox) clock() time.Time {
	return sb.now().UTC().Truncate(time.Second)
}

// names derives first, last and full name from either form of input. A
// single name is split at its first space ("Ana María López" is first "Ana",
// last "María López"); explicit first and last names win over the split.
func names(in ats.CandidateInput) (first, last, name string) {
	name = strings.Join(strings.Fields(in.Name), " ")
	if name != "" {
		first, last, _ = strings.Cut(name, " ")
	}
	if f := strings.TrimSpace(in.FirstName); f != "" {
		first = f
	}
	if l := strings.TrimSpace(in.LastName); l != "" {
		last = l
	}
	if name == "" {
		name = strings.TrimSpace(first + " " + last)
	}
	return first, last, name
}

// raw is the record as the sandbox stores it: the normalized value itself,
// since the sandbox has no other dialect.
func raw(v any) json.RawMessage {
	b, err := json.Marshal(v)
	if err != nil {
		// The domain types always marshal; a failure here is a bug worth
		// surfacing loudly in tests rather than an empty raw field.
		panic(fmt.Sprintf("preview: marshal raw: %v", err))
	}
	return b
}

// fail names the operation in a store's error, and gives an untyped error
// that the request's context caused (stores pass on their driver's
// context.Canceled and DeadlineExceeded as they come) the contract's typed
// code, ats.Interrupted's; untyped, the API would answer it as INTERNAL.
func fail(op string, err error) error {
	if ats.ErrorCode(err) == ats.CodeInternal {
		if e := ats.Interrupted(err, "the sandbox's store"); e != nil {
			err = e
		}
	}
	return fmt.Errorf("preview: %s: %w", op, err)
}
