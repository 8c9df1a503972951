package greenhousetest

import (
	"crypto/rand"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"net/http"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// The users of the fake account. A token acts as the user named by sub,
// or, without sub, as the integration's service user (a site admin).
const (
	// AdminUserID is a site admin: it may read and write.
	AdminUserID = 4080001
	// BasicUserID is a user without site admin rights: the list guide says
	// GET endpoints answer only site admins, so its reads are 403.
	BasicUserID = 4080002
)

// token is an issued access token.
type token struct {
	sub       string // "" for the service user
	expiresAt time.Time
}

// clientIDForm is the documented form of client ids: they end in -<number>.
var clientIDForm = regexp.MustCompile(`^[A-Za-z0-9._-]+-[0-9]+$`)

// serveToken is the token endpoint (POST /token on the auth host).
func (s *Server) serveToken(w http.ResponseWriter, r *http.Request) {
	req, body, rec := s.tokenReqs.Record(w, r, r.URL.EscapedPath(), maxBody)
	faulted := false
	defer func() { s.tokenReqs.Done(req, rec, faulted) }()
	now := s.opts.Now()
	rec.Header().Set("Date", now.UTC().Format(http.TimeFormat))
	if r.URL.Path != "/token" || r.Method != http.MethodPost {
		writeJSON(rec, http.StatusNotFound, authError{Message: "Not Found", ErrorID: errorID()})
		return
	}
	f, hasFault := s.tokenFaults.Take(r.Method, "/token")
	faulted = dialect.Act(rec, r, f, hasFault, func(w http.ResponseWriter, r *http.Request) { s.issueToken(w, r, body, now) })
}

// issueToken answers a token request that reached the endpoint.
func (s *Server) issueToken(w http.ResponseWriter, r *http.Request, body []byte, now time.Time) {
	// The bodies below are the ones one integrator saw live (facts §1.4).
	id, secret, ok := r.BasicAuth()
	if !ok {
		writeJSON(w, http.StatusUnauthorized, authError{Message: "Unauthorized", ErrorID: errorID()})
		return
	}
	if !clientIDForm.MatchString(id) {
		// The live message echoes the client id (not the secret).
		writeJSON(w, http.StatusBadRequest, authError{Message: "Invalid client_id: " + id, ErrorID: errorID()})
		return
	}
	if id != s.ClientID || secret != s.ClientSecret {
		writeJSON(w, http.StatusUnauthorized, map[string]any{"error": "invalid_client"})
		return
	}
	// grant_type and sub may come in a form body (the documented request)
	// or in the query string (the vendor's PHP client); both were seen
	// accepted.
	form := url.Values{}
	if strings.HasPrefix(r.Header.Get("Content-Type"), "application/x-www-form-urlencoded") {
		form, _ = url.ParseQuery(string(body))
	}
	get := func(k string) string {
		if v := form.Get(k); v != "" {
			return v
		}
		return r.URL.Query().Get(k)
	}
	switch gt := get("grant_type"); gt {
	case "client_credentials":
	case "":
		writeJSON(w, http.StatusBadRequest, authError{Message: "grant_type is required", ErrorID: errorID()})
		return
	default:
		writeJSON(w, http.StatusBadRequest, authError{
			Message: "grant_type must be one of authorization_code, refresh_token, client_credentials, urn:ietf:params:oauth:grant-type:token-exchange",
			ErrorID: errorID(),
		})
		return
	}
	sub := get("sub")
	if sub != "" {
		n, err := strconv.ParseInt(sub, 10, 64)
		s.mu.Lock()
		_, known := s.data.users[n]
		s.mu.Unlock()
		if err != nil || !known {
			// Unconfirmed: what Greenhouse answers for an unknown user.
			writeJSON(w, http.StatusBadRequest, authError{Message: "sub must be the id of a user of this organization", ErrorID: errorID()})
			return
		}
	}

	access := newAccessToken(sub, now)
	exp := now.Add(s.opts.TokenLifetime)
	s.mu.Lock()
	s.tokens[access] = token{sub: sub, expiresAt: exp}
	s.mu.Unlock()
	out := map[string]any{"token_type": s.opts.TokenType, "access_token": access}
	switch s.opts.Expiry {
	case ExpiresAtZ:
		out["expires_at"] = exp.UTC().Truncate(time.Second).Format(time.RFC3339)
	case ExpiresAtOffset:
		out["expires_at"] = exp.UTC().Format("2006-01-02T15:04:05.000-0700")
	case ExpiresIn:
		out["expires_in"] = int(s.opts.TokenLifetime / time.Second)
	}
	w.Header().Set("Cache-Control", "no-store")
	writeJSON(w, http.StatusOK, out)
}

// authenticate checks an API request's Authorization header: a bearer
// token the fake issued, neither expired on its clock nor revoked.
func (s *Server) authenticate(header string, now time.Time) (token, bool) {
	scheme, value, ok := strings.Cut(header, " ")
	if !ok || !strings.EqualFold(scheme, "Bearer") {
		return token{}, false
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	t, ok := s.tokens[value]
	if !ok || !now.Before(t.expiresAt) {
		return token{}, false
	}
	return t, true
}

// siteAdmin reports whether the acting user may read: the service user
// (no sub) and site admins may.
func (s *Server) siteAdmin(sub string) bool {
	if sub == "" {
		return true
	}
	n, _ := strconv.ParseInt(sub, 10, 64)
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.data.users[n].SiteAdmin
}

// RevokeTokens makes every access token issued so far invalid, as a
// rotated secret or a server-side revocation would: the next request with
// one is a 401, and a client must fetch a new token.
func (s *Server) RevokeTokens() {
	s.mu.Lock()
	defer s.mu.Unlock()
	clear(s.tokens)
}

// IssuedTokens is how many access tokens the token endpoint has issued.
func (s *Server) IssuedTokens() int {
	n := 0
	for _, r := range s.TokenRequests() {
		if r.Status == http.StatusOK && !r.Fault {
			n++
		}
	}
	return n
}

// InjectToken queues f for the token endpoint (Path and Method are
// ignored).
func (s *Server) InjectToken(f Fault) {
	f.Method, f.Path = "", ""
	s.tokenFaults.Inject(f)
}

// newAccessToken makes a JWT-shaped opaque token: the fake only looks it
// up, but a client should treat it as the opaque secret it is.
func newAccessToken(sub string, now time.Time) string {
	enc := base64.RawURLEncoding
	head, _ := json.Marshal(map[string]string{"alg": "RS256", "typ": "JWT"})
	claims, _ := json.Marshal(map[string]any{"sub": sub, "iat": now.Unix(), "iss": "greenhousetest"})
	sig := make([]byte, 32)
	_, _ = rand.Read(sig)
	return enc.EncodeToString(head) + "." + enc.EncodeToString(claims) + "." + enc.EncodeToString(sig)
}

// authError is the token endpoint's own error shape (RFC 6749's
// {"error": ...} is used for invalid_client).
type authError struct {
	Message string `json:"message"`
	ErrorID string `json:"errorId"`
}

func errorID() string {
	b := make([]byte, 8)
	_, _ = rand.Read(b)
	return "err-" + hex.EncodeToString(b)
}
