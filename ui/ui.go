// Package ui is the recruiter dashboard: plain HTML, CSS and a little
// JavaScript, embedded in the binary and served by the router at /ui/ (and
// /{stage}/ui/). The pages talk to the API only through its public routes,
// at the URL they were served from, so the dashboard works wherever the API
// does: on localhost, under the stage prefix, behind API Gateway.
//
// Nothing is built: the files under assets/ are what the browser gets.
package ui

import (
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"io/fs"
	"net/http"
	"path"
	"strconv"
	"strings"
)

//go:embed assets
var assets embed.FS

// index is the file served for the dashboard's root.
const index = "index.html"

// contentSecurityPolicy allows only the dashboard's own files and the API
// beside them: no inline script, no other origin. blob: is for a resume
// the page fetched with the caller's key and shows inline or offers for
// download.
const contentSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
	"connect-src 'self' blob:; frame-src 'self' blob:; object-src 'self' blob:; form-action 'none'; base-uri 'self'; frame-ancestors 'none'"

// contentTypes are the types of the files the dashboard ships, fixed here
// rather than read from the machine's mime.types, which differ between
// systems.
var contentTypes = map[string]string{
	".html": "text/html; charset=utf-8",
	".css":  "text/css; charset=utf-8",
	".js":   "text/javascript; charset=utf-8",
	".svg":  "image/svg+xml",
}

// file is one embedded asset, ready to serve.
type file struct {
	body        []byte
	contentType string
	etag        string
}

// Files lists the embedded assets by name ("index.html", "app.js", ...),
// sorted, so tests can check each is served and size the first load.
func Files() []string {
	var out []string
	_ = fs.WalkDir(assets, "assets", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			out = append(out, strings.TrimPrefix(p, "assets/"))
		}
		return nil
	})
	return out
}

// Handler serves the dashboard's files. name is the file's path below the
// dashboard's root ("" for the index); a name that is no file is handed to
// notFound, so unknown paths get the API's JSON 404.
//
// Files are served with a strong ETag and Cache-Control: no-cache: a
// browser revalidates each load (a 304 costs a few bytes) and never runs
// yesterday's script against today's API. The 304 itself is the router's,
// which answers If-None-Match for every GET it serves (router/conditional.go),
// so the matching of entity tags is written once.
func Handler(notFound http.Handler) func(name string) http.Handler {
	files := map[string]file{}
	for _, name := range Files() {
		body, err := assets.ReadFile("assets/" + name)
		if err != nil {
			panic("ui: embedded file " + name + ": " + err.Error())
		}
		sum := sha256.Sum256(body)
		ct, ok := contentTypes[path.Ext(name)]
		if !ok {
			panic("ui: embedded file " + name + " has no content type; add its extension to contentTypes")
		}
		files[name] = file{body: body, contentType: ct, etag: `"` + hex.EncodeToString(sum[:16]) + `"`}
	}
	return func(name string) http.Handler {
		if name == "" {
			name = index
		}
		f, ok := files[name]
		if !ok {
			return notFound
		}
		return http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
			h := w.Header()
			h.Set("Content-Type", f.contentType)
			h.Set("Cache-Control", "no-cache")
			h.Set("ETag", f.etag)
			h.Set("X-Content-Type-Options", "nosniff")
			h.Set("Referrer-Policy", "no-referrer")
			if name == index {
				h.Set("Content-Security-Policy", contentSecurityPolicy)
			}
			h.Set("Content-Length", strconv.Itoa(len(f.body)))
			w.WriteHeader(http.StatusOK)
			_, _ = w.Write(f.body)
		})
	}
}
