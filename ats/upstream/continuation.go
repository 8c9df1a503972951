package upstream

import (
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"net/url"

	"github.com/atsbridge/atsbridge/ats"
)

// maxContinuation bounds what Open reads of a cursor: a continuation holds
// a position and at most a next-page link.
const maxContinuation = 4096

// Mark starts every provider's continuation (the provider's own cursor,
// which the router wraps in its signed one): the format's version, and the
// fingerprint of the list and filters it belongs to. A provider's
// continuation is a struct that embeds Mark and adds where the next page
// starts in its own terms (Workable's since_id, Greenhouse's Link next,
// Lever's offset token).
type Mark struct {
	V int    `json:"v"`
	F string `json:"f"`
}

func (m *Mark) mark() *Mark { return m }

// Continuation is a pointer to a provider's continuation struct, which
// embeds Mark.
type Continuation interface{ mark() *Mark }

// Fingerprint ties a continuation to one list and its filters: op names
// the list ("list jobs"), filters is every filter in a canonical form.
func Fingerprint(op, filters string) string {
	h := sha256.Sum256([]byte(op + "\x00" + filters))
	return base64.RawURLEncoding.EncodeToString(h[:9])
}

// Seal writes cont as the continuation of the list whose fingerprint is
// fp: JSON, in base64url.
func Seal(fp string, cont Continuation) string {
	m := cont.mark()
	m.V, m.F = 1, fp
	b, _ := json.Marshal(cont)
	return base64.RawURLEncoding.EncodeToString(b)
}

// Open reads cursor back into cont. A cursor Seal did not write for the
// list and filters of fp is CursorInvalid.
func (p Paging) Open(cursor, fp string, cont Continuation) error {
	if len(cursor) > maxContinuation {
		return p.CursorInvalid()
	}
	b, err := base64.RawURLEncoding.DecodeString(cursor)
	if err != nil || json.Unmarshal(b, cont) != nil {
		return p.CursorInvalid()
	}
	if m := cont.mark(); m.V != 1 || m.F != fp {
		return p.CursorInvalid()
	}
	return nil
}

// CursorInvalid is the error for a continuation that does not belong to
// the list it is used with (another list's, other filters', or altered).
func (p Paging) CursorInvalid() *ats.Error {
	return ats.Errorf(ats.CodeCursorInvalid, "The cursor does not belong to this %s list; start again without a cursor.", p.Provider)
}

// CloneQuery copies a query, so that a walk can change its copy (paging
// parameters) while the list's filters stay as they were.
func CloneQuery(q url.Values) url.Values {
	out := make(url.Values, len(q))
	for k, vs := range q {
		out[k] = append([]string(nil), vs...)
	}
	return out
}
