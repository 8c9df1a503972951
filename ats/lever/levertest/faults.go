package levertest

import (
	"encoding/json"
	"net/http"

	"github.com/atsbridge/atsbridge/ats/fake"
)

// Fault changes how the fake answers the next matching requests (see
// fake.Fault). An injected Status without a Body answers Lever's
// {"code": ..., "message": "<status text>"}; Malformed serves the start of
// a list; DropNext leaves a list's "next" out while keeping "hasNext":
// true. NextBase does not apply: Lever's next is a token, not a link.
type Fault = fake.Fault

// dialect is how the fake acts out faults.
var dialect = fake.Dialect{
	Malformed: `{"data":[{"id":"75ff237f-c221-4c26-8b23-faf395f5ea1c","text":"Trunc`,
	Error: func(w http.ResponseWriter, status int) {
		writeError(w, status, errorName(status), http.StatusText(status))
	},
	DropNext: func(body []byte) []byte {
		var env map[string]json.RawMessage
		if json.Unmarshal(body, &env) != nil {
			return body
		}
		delete(env, "next")
		b, _ := json.Marshal(env)
		return b
	},
}

// errorName is the code an injected error answer carries.
func errorName(status int) string {
	switch status {
	case http.StatusBadRequest:
		return "BadRequestError"
	case http.StatusUnauthorized:
		return "UnauthorizedError"
	case http.StatusForbidden:
		return "ForbiddenError"
	case http.StatusNotFound:
		return "ResourceNotFound"
	case http.StatusTooManyRequests:
		return "TooManyRequests"
	case http.StatusServiceUnavailable:
		return "ServiceUnavailableError"
	}
	return "InternalServerError"
}
