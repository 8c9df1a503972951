package sqlite

import (
	"strconv"
	"strings"

	"github.com/atsbridge/atsbridge/ats"
)

// A continuation names the list key of the last row of the previous page,
// "s1:<unix nanos>:<id>", and the next page is the rows after that key
// (keyset paging). Unlike an offset it stays right while rows are added: a
// row inserted before the key shifts nothing, one after it is simply read
// in its turn.
const continuationPrefix = "s1:"

// listKey is a row's place in list order: its time, then its id.
type listKey struct {
	at int64
	id string
}

func encodeContinuation(k listKey) string {
	return continuationPrefix + strconv.FormatInt(k.at, 10) + ":" + k.id
}

func decodeContinuation(s string) (listKey, error) {
	rest, ok := strings.CutPrefix(s, continuationPrefix)
	if !ok {
		return listKey{}, ats.CursorNotOurs()
	}
	at, id, ok := strings.Cut(rest, ":")
	if !ok || id == "" {
		return listKey{}, ats.CursorNotOurs()
	}
	n, err := strconv.ParseInt(at, 10, 64)
	if err != nil {
		return listKey{}, ats.CursorNotOurs()
	}
	return listKey{at: n, id: id}, nil
}
