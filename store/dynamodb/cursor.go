package dynamodb

import (
	"encoding/base64"
	"encoding/json"
	"slices"

	"github.com/atsbridge/atsbridge/ats"
)

// continuation is the store's cursor: the key of the last item a page
// returned, in the shape DynamoDB gives a LastEvaluatedKey for a query on
// the index (table key plus index key). The router wraps it again with a
// signature and a fingerprint of the filters.
type continuation struct {
	V     int               `json:"v"`
	Index string            `json:"i"`
	Key   map[string]string `json:"k"`
}

const continuationVersion = 1

// encodeContinuation turns the key of it on ix into an opaque string.
func encodeContinuation(ix Index, it item) string {
	c := continuation{V: continuationVersion, Index: ix.Name, Key: map[string]string{}}
	for _, name := range []string{AttrPK, AttrSK, ix.PK, ix.SK} {
		c.Key[name] = stringAttr(it, name)
	}
	b, _ := json.Marshal(c) // a map of strings always encodes
	return base64.RawURLEncoding.EncodeToString(b)
}

// decodeContinuation returns the index sort key a page must start after. The
// continuation must come from a list on the same index and partitions: a
// cursor of another list would silently start at the wrong place.
func decodeContinuation(s string, p plan) (string, error) {
	b, err := base64.RawURLEncoding.DecodeString(s)
	if err != nil {
		return "", ats.CursorNotOurs()
	}
	var c continuation
	if err := json.Unmarshal(b, &c); err != nil || c.V != continuationVersion || c.Index != p.index.Name {
		return "", ats.CursorNotOurs()
	}
	after := c.Key[p.index.SK]
	if after == "" || c.Key[AttrPK] == "" {
		return "", ats.CursorNotOurs()
	}
	if p.fixed == nil && !slices.Contains(p.parts, c.Key[p.index.PK]) {
		return "", ats.CursorNotOurs()
	}
	return after, nil
}
