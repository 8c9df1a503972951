package fake

import "net/http"

// HasBearer reports whether r carries "Authorization: Bearer <token>".
func HasBearer(r *http.Request, token string) bool {
	return r.Header.Get("Authorization") == "Bearer "+token
}

// HasBasic reports whether r carries HTTP Basic credentials user and
// password.
func HasBasic(r *http.Request, user, password string) bool {
	u, p, ok := r.BasicAuth()
	return ok && u == user && p == password
}
