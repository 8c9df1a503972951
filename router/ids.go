package router

import (
	"net/http"
	"net/url"

	"github.com/go-chi/chi/v5"

	"github.com/atsbridge/atsbridge/ats"
)

// validID accepts the id shapes of every provider (sandbox "job_063",
// Workable shortcodes and hex ids, Greenhouse integers, Lever UUIDs) and
// nothing that could change the meaning of an upstream URL: no '/', '.',
// '%' or spaces.
func validID(s string) bool {
	if len(s) == 0 || len(s) > 128 {
		return false
	}
	for _, c := range []byte(s) {
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9', c == '_', c == '-':
		default:
			return false
		}
	}
	return true
}

// pathID reads and checks the {id} path segment. chi hands over the still
// escaped segment when the path had escapes (a%2Fb), so it is unescaped
// before checking.
func pathID(r *http.Request, resource string) (string, error) {
	raw := chi.URLParam(r, "id")
	id, err := url.PathUnescape(raw)
	if err != nil || !validID(id) {
		return "", ats.Invalid("The "+resource+" id in the path is not a valid id.",
			ats.Detail{Field: "id", Problem: "must be letters, digits, '_' or '-' (at most 128)"})
	}
	return id, nil
}
