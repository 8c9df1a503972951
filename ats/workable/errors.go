package workable

import (
	"fmt"
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

// membersError explains a failed GET /members: the token may lack the
// scope for it, or the account may not offer it, and either way setting
// WORKABLE_MEMBER_ID avoids the lookup. A NOT_FOUND here is about the
// endpoint, not about anything the caller named, so it is not passed on as
// one.
func membersError(err error) error {
	code := ats.ErrorCode(err)
	const hint = "set WORKABLE_MEMBER_ID to the id of the Workable member who should appear as the actor of atsbridge's writes."
	switch code {
	case ats.CodeUpstreamAuthFailed:
	case ats.CodeNotFound, ats.CodeUpstreamRejected:
		code = ats.CodeUpstreamUnavailable
	default:
		return err
	}
	status := ""
	if se := upstream.StatusOf(err); se != nil {
		status = fmt.Sprintf(" (HTTP %d%s)", se.Status, prefixed(": ", se.Message))
	}
	return &ats.Error{Code: code, Err: err,
		Message: "Workable did not list its members" + status + ", which atsbridge reads to find whom copies act as; " + hint}
}

func prefixed(prefix, s string) string {
	if s == "" {
		return ""
	}
	return prefix + s
}
