package workable

import (
	"net/http"
	"strings"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/upstream"
)

// The errors below are Workable's quirks; the mapping of every answer to a
// typed error is the shared upstream client's.

// duplicate reports whether err is Workable saying that the candidate
// already exists: its 422 "already exists", or a 409 Conflict on a create,
// which can only mean the same whatever its message says.
func duplicate(err error) bool {
	se := upstream.StatusOf(err)
	if se == nil {
		return false
	}
	return se.Status == http.StatusConflict ||
		se.Status == http.StatusUnprocessableEntity && mentionsExists(se.Message, ats.AsError(err).Details)
}

func mentionsExists(msg string, details []ats.Detail) bool {
	if strings.Contains(strings.ToLower(msg), "already exist") {
		return true
	}
	for _, d := range details {
		if strings.Contains(strings.ToLower(d.Problem), "already exist") {
			return true
		}
	}
	return false
}
