package preview

import (
	"cmp"
	"fmt"
	"strings"
	"time"

	"github.com/atsbridge/atsbridge/ats"
)

// Sequence names one of the number sequences a store keeps for new records.
type Sequence string

// The sequences new candidates and applications are numbered from.
const (
	SeqCandidate   Sequence = "candidate"
	SeqApplication Sequence = "application"
)

// idFormats are the id formats of the sequences: the seed's, with the
// number as wide as it needs to be past the padding.
var idFormats = map[Sequence]string{
	SeqCandidate:   "cand_%03d",
	SeqApplication: "app_%04d",
}

// ID is the id of record number n of q: cand_001, cand_1000, app_0872,
// app_10000.
func (q Sequence) ID(n int64) string {
	if f, ok := idFormats[q]; ok {
		return fmt.Sprintf(f, n)
	}
	return fmt.Sprintf("%s_%d", q, n)
}

// CompareIDs is the order of record ids in lists (after the time): as
// numbers. The ids of one kind share a prefix and carry a number zero-padded
// to a fixed width (job_063, cand_999, cand_1000), so a shorter id is a
// smaller number and ids of one length compare as text; as plain text,
// cand_1000 would sort before cand_999. Ids are ASCII.
func CompareIDs(a, b string) int {
	return cmp.Or(cmp.Compare(len(a), len(b)), strings.Compare(a, b))
}

// SortableID is id in a form whose byte order is CompareIDs' order, for
// stores that sort by bytes (DynamoDB's sort keys): its length in three
// digits, then the id. Ids are at most 128 bytes long.
func SortableID(id string) string {
	return fmt.Sprintf("%03d%s", len(id), id)
}

// NotBefore dates a new candidate and its application (either nil for
// none) no earlier than latest, the latest time already in their lists,
// and keeps their update times no earlier than that. A store whose writes
// are transactions calls it inside the write with the latest time it
// holds, so a new record sorts after every record committed before it even
// when its clock was read before another request committed (see Store).
// With a sane clock it moves a time by less than a request's duration.
func NotBefore(latest time.Time, c *ats.Candidate, app *ats.Application) {
	if c != nil && c.CreatedAt.Before(latest) {
		c.CreatedAt = latest
		c.UpdatedAt = later(c.UpdatedAt, latest)
	}
	if app != nil && app.AppliedAt.Before(latest) {
		app.AppliedAt = latest
		app.UpdatedAt = later(app.UpdatedAt, latest)
	}
}

func later(a, b time.Time) time.Time {
	if a.Before(b) {
		return b
	}
	return a
}
