package memory

import (
	"strings"
	"time"

	"github.com/atsbridge/atsbridge/ats"
)

// A continuation names the last record of the previous page by its list key,
// so the next page starts right after it even when records were added
// meanwhile: "m1|<RFC 3339 time with nanoseconds>|<id>".
const continuationPrefix = "m1|"

func encodeContinuation(k key) string {
	return continuationPrefix + k.at.UTC().Format(time.RFC3339Nano) + "|" + k.id
}

func decodeContinuation(s string) (key, error) {
	rest, ok := strings.CutPrefix(s, continuationPrefix)
	if !ok {
		return key{}, ats.CursorNotOurs()
	}
	ts, id, ok := strings.Cut(rest, "|")
	if !ok || id == "" {
		return key{}, ats.CursorNotOurs()
	}
	at, err := time.Parse(time.RFC3339Nano, ts)
	if err != nil {
		return key{}, ats.CursorNotOurs()
	}
	return key{at: at, id: id}, nil
}
