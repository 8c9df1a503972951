package router_test

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/atsbridge/atsbridge/caller"
	"github.com/atsbridge/atsbridge/router"
	"github.com/atsbridge/atsbridge/router/routertest"
)

// preflight sends a browser's preflight for a keyed, idempotent POST.
func preflight(h http.Handler, origin string) *httptest.ResponseRecorder {
	req := httptest.NewRequest("OPTIONS", "/dev/candidates", nil)
	req.Header.Set("Origin", origin)
	req.Header.Set("Access-Control-Request-Method", "POST")
	req.Header.Set("Access-Control-Request-Headers", "authorization, content-type, idempotency-key")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

// TestCORS checks CORS_ORIGINS as a browser meets it, with keys required:
// the preflight is answered without a key; a listed origin may send the
// key and read the headers a client paces itself by, on errors too; an
// unlisted origin gets nothing; "*" allows any origin, never with
// credentials; and without CORS_ORIGINS no CORS header is sent.
func TestCORS(t *testing.T) {
	const app = "https://app.example.com"
	s := newMemoryCallers(t)
	secret, _ := addKey(t, s, caller.ScopeWrite, caller.Rate{})
	withOrigins := func(origins ...string) *routertest.API {
		a, _ := newCallerAPI(t, s, routertest.Answering(nil), router.AuthRequired, func(c *router.Config) { c.CORSOrigins = origins })
		return a
	}

	a := withOrigins(app, "https://admin.example.com")
	pf := preflight(a.Handler, app)
	if pf.Code >= 300 || pf.Header().Get("Access-Control-Allow-Origin") != app {
		t.Fatalf("preflight: %d, Allow-Origin %q; want success for %s", pf.Code, pf.Header().Get("Access-Control-Allow-Origin"), app)
	}
	if got := strings.ToLower(pf.Header().Get("Access-Control-Allow-Headers")); !strings.Contains(got, "authorization") || !strings.Contains(got, "idempotency-key") {
		t.Errorf("preflight Allow-Headers %q, want authorization and idempotency-key", got)
	}
	if pf.Header().Get("Access-Control-Allow-Credentials") != "" {
		t.Error("credentials allowed")
	}
	for _, l := range a.Logs.Records(t, "request") {
		if l["status"] == float64(401) {
			t.Errorf("the preflight was asked for a key: %v", l)
		}
	}

	for _, tc := range []struct {
		name    string
		headers []string
		status  int
	}{
		{"keyed", []string{"Origin", app, "Authorization", "Bearer " + secret}, 200},
		{"no key", []string{"Origin", app}, 401},
	} {
		res := a.Do(t, "GET", "/jobs", "", tc.headers...)
		res.Want(t, tc.status, map[int]string{200: "", 401: "UNAUTHENTICATED"}[tc.status])
		if res.Header.Get("Access-Control-Allow-Origin") != app {
			t.Errorf("%s: Allow-Origin %q, want %s", tc.name, res.Header.Get("Access-Control-Allow-Origin"), app)
		}
		exposed := strings.ToLower(res.Header.Get("Access-Control-Expose-Headers"))
		for _, h := range []string{"x-request-id", "location", "retry-after", "ratelimit", "ratelimit-policy", "idempotent-replayed"} {
			if !strings.Contains(exposed, h) {
				t.Errorf("%s: Expose-Headers %q lacks %s", tc.name, exposed, h)
			}
		}
	}

	if got := preflight(a.Handler, "https://evil.example").Header().Get("Access-Control-Allow-Origin"); got != "" {
		t.Errorf("an unlisted origin got Allow-Origin %q", got)
	}
	res := a.Do(t, "GET", "/jobs", "", "Origin", "https://evil.example", "Authorization", "Bearer "+secret)
	if res.Header.Get("Access-Control-Allow-Origin") != "" {
		t.Errorf("an unlisted origin's request got Allow-Origin %q", res.Header.Get("Access-Control-Allow-Origin"))
	}

	any := withOrigins("*")
	pf = preflight(any.Handler, "https://anyone.example")
	if pf.Header().Get("Access-Control-Allow-Origin") != "*" || pf.Header().Get("Access-Control-Allow-Credentials") != "" {
		t.Errorf("with *: Allow-Origin %q, Allow-Credentials %q; want * and none", pf.Header().Get("Access-Control-Allow-Origin"), pf.Header().Get("Access-Control-Allow-Credentials"))
	}

	none := withOrigins()
	if pf := preflight(none.Handler, app); pf.Header().Get("Access-Control-Allow-Origin") != "" || pf.Code != 405 {
		t.Errorf("without CORS_ORIGINS: preflight %d with Allow-Origin %q; want 405 and none", pf.Code, pf.Header().Get("Access-Control-Allow-Origin"))
	}
}

// TestCORSConditional checks that a browser on an allowed origin can use
// conditional requests as the README tells it to: send If-None-Match
// itself (the preflight allows the header) and read the ETag to send.
func TestCORSConditional(t *testing.T) {
	const app = "https://app.example.com"
	s := newMemoryCallers(t)
	secret, _ := addKey(t, s, caller.ScopeRead, caller.Rate{})
	a, _ := newCallerAPI(t, s, routertest.Answering(nil), router.AuthRequired, func(c *router.Config) { c.CORSOrigins = []string{app} })

	req := httptest.NewRequest("OPTIONS", "/dev/jobs", nil)
	req.Header.Set("Origin", app)
	req.Header.Set("Access-Control-Request-Method", "GET")
	req.Header.Set("Access-Control-Request-Headers", "authorization, if-none-match")
	pf := httptest.NewRecorder()
	a.Handler.ServeHTTP(pf, req)
	if got := strings.ToLower(pf.Header().Get("Access-Control-Allow-Headers")); pf.Code >= 300 || !strings.Contains(got, "if-none-match") {
		t.Errorf("preflight for If-None-Match: %d, Allow-Headers %q; want success naming if-none-match", pf.Code, got)
	}

	res := a.Do(t, "GET", "/jobs", "", "Origin", app, "Authorization", "Bearer "+secret)
	res.Want(t, 200, "")
	if exposed := strings.ToLower(res.Header.Get("Access-Control-Expose-Headers")); !strings.Contains(exposed, "etag") {
		t.Errorf("Expose-Headers %q lacks etag", exposed)
	}
}
