package preview

import (
	"cmp"
	"fmt"
	"strings"
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
