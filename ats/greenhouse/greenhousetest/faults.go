package greenhousetest

import (
	"net/http"

	"github.com/atsbridge/atsbridge/ats/fake"
)

// Fault changes how the fake answers the next matching requests (see
// fake.Fault), once they have passed authentication. An injected Status
// without a Body answers the documented body for the status
// ({"message": "<status text>"} where none is documented); Malformed
// serves the start of a job list; NextBase makes a list's Link next point
// at another base URL (ending in /v3). DropNext does not apply: a
// Greenhouse list ends where Link next is absent.
type Fault = fake.Fault

// ClearFaults drops every queued fault, the token endpoint's included.
func (s *Server) ClearFaults() {
	s.Faults.Clear()
	s.tokenFaults.Clear()
}

// dialect is how the fake acts out faults.
var dialect = fake.Dialect{Malformed: `[{"id":4012001,"name":"Trunc`, Error: writeDocumented}

// writeDocumented answers status with the body the facts give for it
// (§6.2), or {"message": "<status text>"}.
func writeDocumented(w http.ResponseWriter, status int) {
	switch status {
	case http.StatusUnauthorized:
		writeUnauthorized(w)
	case http.StatusNotFound:
		writeNotFound(w)
	case http.StatusUnprocessableEntity:
		writeUnprocessable(w, "Unprocessable Content")
	default:
		writeJSON(w, status, errorBody{Message: http.StatusText(status)})
	}
}
