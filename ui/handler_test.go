package ui_test

import (
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/atsbridge/atsbridge/router"
	"github.com/atsbridge/atsbridge/router/routertest"
	"github.com/atsbridge/atsbridge/ui"
)

// The dashboard's files through the real router. The provider is a mock
// that fails any call: serving a page never asks the ATS anything.

func serve(t *testing.T, method, target string, header ...string) *httptest.ResponseRecorder {
	t.Helper()
	h := router.New((&routertest.LogBuffer{}).Logger(), routertest.Config("preview"), &routertest.Provider{})
	req := httptest.NewRequest(method, target, nil)
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

var wantType = map[string]string{
	".html": "text/html; charset=utf-8",
	".css":  "text/css; charset=utf-8",
	".js":   "text/javascript; charset=utf-8",
}

// TestEveryFileIsServed: each embedded file, at /ui/ and under the stage,
// with its type, its bytes, an ETag that revalidates to 304, and HEAD.
func TestEveryFileIsServed(t *testing.T) {
	files := ui.Files()
	if len(files) < 5 {
		t.Fatalf("ui.Files() = %v; want the page, its stylesheet and its scripts", files)
	}
	for _, name := range files {
		want, err := os.ReadFile("assets/" + name)
		if err != nil {
			t.Fatal(err)
		}
		for _, prefix := range []string{"/ui/", "/dev/ui/"} {
			rec := serve(t, "GET", prefix+name)
			if rec.Code != 200 || rec.Body.String() != string(want) {
				t.Errorf("GET %s%s: %d, %d bytes; want 200 and the file's %d bytes", prefix, name, rec.Code, rec.Body.Len(), len(want))
			}
			if ct := rec.Header().Get("Content-Type"); ct != wantType[path.Ext(name)] {
				t.Errorf("GET %s%s: Content-Type %q, want %q", prefix, name, ct, wantType[path.Ext(name)])
			}
			if rec.Header().Get("X-Content-Type-Options") != "nosniff" || rec.Header().Get("Cache-Control") != "no-cache" {
				t.Errorf("GET %s%s: headers %v; want nosniff and no-cache", prefix, name, rec.Header())
			}
			etag := rec.Header().Get("ETag")
			if again := serve(t, "GET", prefix+name, "If-None-Match", etag); etag == "" || again.Code != 304 || again.Body.Len() != 0 {
				t.Errorf("GET %s%s with If-None-Match %s: %d, %d bytes; want 304 without a body", prefix, name, etag, again.Code, again.Body.Len())
			}
			if list := serve(t, "GET", prefix+name, "If-None-Match", `"other", W/`+etag); list.Code != 304 || list.Header().Get("ETag") != etag {
				t.Errorf("GET %s%s with If-None-Match naming its tag weakly in a list: %d, ETag %q; want 304 with the tag", prefix, name, list.Code, list.Header().Get("ETag"))
			}
			if other := serve(t, "GET", prefix+name, "If-None-Match", `"other"`); other.Code != 200 {
				t.Errorf("GET %s%s with another ETag: %d, want 200", prefix, name, other.Code)
			}
			if head := serve(t, "HEAD", prefix+name); head.Code != 200 || head.Body.Len() != 0 || head.Header().Get("Content-Length") != strconv.Itoa(len(want)) {
				t.Errorf("HEAD %s%s: %d, %d bytes, Content-Length %q", prefix, name, head.Code, head.Body.Len(), head.Header().Get("Content-Length"))
			}
		}
	}
}

// TestIndexWorksUnderAnyPrefix: the root is the page, /ui redirects to it
// relatively, and the page names its files and the API only relatively,
// so the browser resolves them under /dev/ behind API Gateway.
func TestIndexWorksUnderAnyPrefix(t *testing.T) {
	index, err := os.ReadFile("assets/index.html")
	if err != nil {
		t.Fatal(err)
	}
	for _, prefix := range []string{"", "/dev"} {
		rec := serve(t, "GET", prefix+"/ui/")
		if rec.Code != 200 || rec.Body.String() != string(index) {
			t.Errorf("GET %s/ui/: %d; want index.html", prefix, rec.Code)
		}
		csp := rec.Header().Get("Content-Security-Policy")
		if !strings.Contains(csp, "script-src 'self'") || strings.Contains(csp, "unsafe") {
			t.Errorf("GET %s/ui/: CSP %q; want scripts from the dashboard only", prefix, csp)
		}

		rec = serve(t, "GET", prefix+"/ui")
		base, _ := url.Parse("http://localhost:3000" + prefix + "/ui")
		loc, err := base.Parse(rec.Header().Get("Location"))
		if rec.Code != http.StatusFound || err != nil || loc.Path != prefix+"/ui/" {
			t.Errorf("GET %s/ui: %d to %q; want 302 to %s/ui/", prefix, rec.Code, rec.Header().Get("Location"), prefix)
		}
	}
	for _, m := range regexp.MustCompile(`(?:src|href)="([^"]*)"`).FindAllStringSubmatch(string(index), -1) {
		if u := m[1]; strings.HasPrefix(u, "/") || strings.Contains(u, "//") {
			t.Errorf("index.html links %q: want a relative URL, which works under the stage prefix", u)
		}
	}
	for _, name := range ui.Files() {
		if path.Ext(name) != ".js" {
			continue
		}
		src, _ := os.ReadFile("assets/" + name)
		for _, m := range regexp.MustCompile(`from "([^"]+)"`).FindAllStringSubmatch(string(src), -1) {
			target := strings.TrimPrefix(m[1], "./")
			if !strings.HasPrefix(m[1], "./") || serve(t, "GET", "/ui/"+target).Code != 200 {
				t.Errorf("%s imports %q: want a relative path to a served file", name, m[1])
			}
		}
	}
}

// TestOtherPathsAreTheAPIs: what is not a file gets the API's JSON
// answers (404, 405 with Allow), and the pages stay out of the API's
// route list, which the OpenAPI document describes.
func TestOtherPathsAreTheAPIs(t *testing.T) {
	for _, target := range []string{"/ui/nope.js", "/dev/ui/jobs/job_063", "/uix", "/ui/assets/app.js"} {
		rec := serve(t, "GET", target)
		if rec.Code != 404 || !strings.HasPrefix(rec.Header().Get("Content-Type"), "application/json") || !strings.Contains(rec.Body.String(), `"code":"NOT_FOUND"`) {
			t.Errorf("GET %s: %d %s %s; want the JSON 404", target, rec.Code, rec.Header().Get("Content-Type"), rec.Body)
		}
	}
	rec := serve(t, "POST", "/dev/ui/")
	if rec.Code != 405 || rec.Header().Get("Allow") != "GET, HEAD" || !strings.Contains(rec.Body.String(), `"code":"METHOD_NOT_ALLOWED"`) {
		t.Errorf("POST /dev/ui/: %d Allow %q %s; want the JSON 405 allowing GET, HEAD", rec.Code, rec.Header().Get("Allow"), rec.Body)
	}
	for _, r := range router.Routes() {
		if strings.Contains(r, "/ui") {
			t.Errorf("router.Routes() lists %s; the dashboard's pages are not API routes", r)
		}
	}
}
