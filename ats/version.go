package ats

import "context"

// The resources whose reads a Versioned provider versions, named as
// NotFound names them.
const (
	ResourceJob         = "job"
	ResourceCandidate   = "candidate"
	ResourceApplication = "application"
)

// Versioned is implemented by a provider that can tell cheaply (a memory
// read, a tiny query) whether what its reads would answer may have
// changed: the preview sandbox over a store that counts its writes. The
// router keeps the encoded answers of such a provider's reads and sends
// them again for as long as their resource's version stays the same, so
// the version must change exactly when it has to:
//
// DataVersion returns the version of what reads of resource (ResourceJob,
// ResourceCandidate, ResourceApplication: the records and lists of that
// kind) return. It never decreases, and it is larger than any value
// returned before a write that changes such a read, in any call that
// starts after that write was acknowledged, in this process or another
// one sharing the data. A read whose data was taken after DataVersion
// returned v shows at least every write acknowledged before the call.
//
// ok is false when the version cannot be told now (a store without
// versions, a failed check): the caller then reads without keeping
// anything.
type Versioned interface {
	DataVersion(ctx context.Context, resource string) (version uint64, ok bool)
}
