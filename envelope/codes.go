package envelope

import (
	"net/http"
	"slices"
)

// StatusClientClosed is nginx's 499 "client closed request": the client
// hung up before the answer, so a response with it is only ever seen in
// logs.
const StatusClientClosed = 499

type codeInfo struct {
	status int
	title  string
}

// codes is the error-code table of the API contract (design.md §4): each
// code has exactly one status and one title. The router's tests check that
// every ats.Code is here.
var codes = map[string]codeInfo{
	"INPUT_INVALID":           {http.StatusBadRequest, "Invalid input"},
	"CURSOR_INVALID":          {http.StatusBadRequest, "Invalid cursor"},
	"NOT_FOUND":               {http.StatusNotFound, "Not found"},
	"METHOD_NOT_ALLOWED":      {http.StatusMethodNotAllowed, "Method not allowed"},
	"BODY_TOO_LARGE":          {http.StatusRequestEntityTooLarge, "Body too large"},
	"UNSUPPORTED_MEDIA_TYPE":  {http.StatusUnsupportedMediaType, "Unsupported media type"},
	"APPLICATION_EXISTS":      {http.StatusConflict, "Application exists"},
	"CANDIDATE_EXISTS":        {http.StatusConflict, "Candidate exists"},
	"JOB_NOT_OPEN":            {http.StatusConflict, "Job not open"},
	"UPSTREAM_AUTH_FAILED":    {http.StatusBadGateway, "Unauthorized"},
	"UPSTREAM_REJECTED":       {http.StatusUnprocessableEntity, "Rejected by the ATS"},
	"UPSTREAM_RATE_LIMITED":   {http.StatusServiceUnavailable, "Rate limited"},
	"UPSTREAM_UNAVAILABLE":    {http.StatusBadGateway, "ATS unavailable"},
	"UPSTREAM_TIMEOUT":        {http.StatusGatewayTimeout, "ATS timeout"},
	"NOT_SUPPORTED":           {http.StatusNotImplemented, "Not supported"},
	"RESUME_UNREADABLE":       {http.StatusUnprocessableEntity, "Resume unreadable"},
	"APPLICATION_CLOSED":      {http.StatusConflict, "Application closed"},
	"UNAUTHENTICATED":         {http.StatusUnauthorized, "Unauthenticated"},
	"FORBIDDEN":               {http.StatusForbidden, "Forbidden"},
	"RATE_LIMITED":            {http.StatusTooManyRequests, "Too many requests"},
	"IDEMPOTENCY_KEY_REUSED":  {http.StatusUnprocessableEntity, "Idempotency key reused"},
	"IDEMPOTENCY_IN_PROGRESS": {http.StatusConflict, "Request in progress"},
	"INTERNAL":                {http.StatusInternalServerError, "Internal error"},
	"REQUEST_CANCELED":        {StatusClientClosed, "Client closed request"},
}

// Known reports whether code is in the table. A code that is not is a bug
// of the caller, which should send INTERNAL instead.
func Known(code string) bool {
	_, ok := codes[code]
	return ok
}

// Status maps an error code to its HTTP status; unknown codes are 500.
func Status(code string) int {
	if c, ok := codes[code]; ok {
		return c.status
	}
	return http.StatusInternalServerError
}

// Title is the short human title sent as "error" for a code.
func Title(code string) string {
	if c, ok := codes[code]; ok {
		return c.title
	}
	return "Internal error"
}

// Codes lists every known error code, sorted, for documentation and tests.
func Codes() []string {
	out := make([]string, 0, len(codes))
	for c := range codes {
		out = append(out, c)
	}
	slices.Sort(out)
	return out
}
