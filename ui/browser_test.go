package ui_test

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/atsbridge/atsbridge/ats/preview"
	"github.com/atsbridge/atsbridge/caller"
	"github.com/atsbridge/atsbridge/router"
	"github.com/atsbridge/atsbridge/router/routertest"
	"github.com/atsbridge/atsbridge/store/disk"
	"github.com/atsbridge/atsbridge/store/sqlite"
)

// The browser tests drive Debian's Chromium, headless, against the real
// router over a fresh preview sandbox on SQLite, resumes in a directory
// beside it: what a person gets from `go run .`. One browser serves the whole test binary; each test opens its
// own tabs.

// installHint is the one line a machine without Chromium gets.
const installHint = "no Chromium found for the dashboard's browser tests: install it with `apt-get install chromium` (Debian's package), or set CHROMIUM to its path"

var (
	browserOnce sync.Once
	browserCtx  context.Context
	browserErr  error
	stopBrowser = func() {}
)

func TestMain(m *testing.M) {
	code := m.Run()
	stopBrowser()
	os.Exit(code)
}

// chromiumPath finds the browser: $CHROMIUM, else Debian's chromium on PATH.
func chromiumPath() (string, error) {
	if p := os.Getenv("CHROMIUM"); p != "" {
		return p, nil
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p, nil
		}
	}
	return "", errors.New(installHint)
}

// browser starts the test binary's one Chromium on first use, with the
// flags this machine needs (no sandbox as root, no network of its own,
// a fresh profile).
func browser(t *testing.T) context.Context {
	t.Helper()
	browserOnce.Do(func() {
		path, err := chromiumPath()
		if err != nil {
			browserErr = err
			return
		}
		profile, err := os.MkdirTemp("", "ui-chromium-")
		if err != nil {
			browserErr = err
			return
		}
		allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(),
			chromedp.ExecPath(path),
			chromedp.Headless,
			chromedp.NoSandbox,
			chromedp.DisableGPU,
			chromedp.NoFirstRun,
			chromedp.NoDefaultBrowserCheck,
			chromedp.Flag("disable-quic", true),
			chromedp.Flag("disable-background-networking", true),
			chromedp.Flag("disable-component-update", true),
			chromedp.Flag("disable-sync", true),
			chromedp.Flag("disable-dev-shm-usage", true),
			chromedp.Flag("disable-extensions", true),
			chromedp.Flag("lang", "en-US"),
			chromedp.UserDataDir(profile),
			chromedp.WindowSize(1600, 1000),
		)
		ctx, cancel := chromedp.NewContext(allocCtx)
		if err := chromedp.Do(ctx); err != nil {
			cancel()
			cancelAlloc()
			_ = os.RemoveAll(profile)
			browserErr = fmt.Errorf("Chromium at %s did not start: %w", path, err)
			return
		}
		browserCtx = ctx
		stopBrowser = func() {
			cancel()
			cancelAlloc()
			_ = os.RemoveAll(profile)
		}
	})
	if browserErr != nil {
		t.Fatal(browserErr)
	}
	return browserCtx
}

// tab opens a new tab of the browser for the test, bounded so that a page
// that never settles fails the test instead of hanging it.
func tab(t *testing.T) context.Context {
	t.Helper()
	ctx, cancel := chromedp.NewContext(browser(t))
	t.Cleanup(cancel)
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("open a tab: %v", err)
	}
	ctx, cancelTimeout := context.WithTimeout(ctx, 5*time.Minute)
	t.Cleanup(cancelTimeout)
	return ctx
}

// server is the real router over a fresh preview sandbox on SQLite,
// recording the API requests the pages make.
type server struct {
	*httptest.Server
	logs *routertest.LogBuffer

	mu       sync.Mutex
	requests []string          // "GET /dev/jobs?limit=20", API calls only
	headers  []http.Header     // the request headers of each
	ids      map[string]string // X-Request-Id of each answer -> its request line

	// dropCreates is how many of the next POST /candidates lose their
	// answer: the create happens, and the connection is closed before the
	// reply.
	dropCreates atomic.Int32
}

// newServer is the program as `go run .` serves it on a fresh data
// directory (AUTH=auto, no key yet); mods change the router's
// configuration, with the store at hand for keys.
func newServer(t *testing.T, mods ...func(cfg *router.Config, store *sqlite.Store)) *server {
	t.Helper()
	ctx := context.Background()
	dir := t.TempDir()
	store, err := sqlite.Open(ctx, filepath.Join(dir, "preview.db"))
	if err != nil {
		t.Fatalf("open SQLite: %v", err)
	}
	t.Cleanup(func() { _ = store.Close() })
	files, err := disk.Open(filepath.Join(dir, "resumes"))
	if err != nil {
		t.Fatalf("open the resume directory: %v", err)
	}
	sb, err := preview.Open(ctx, store, time.Now, preview.WithFiles(files))
	if err != nil {
		t.Fatalf("open the sandbox: %v", err)
	}
	s := &server{logs: &routertest.LogBuffer{}, ids: map[string]string{}}
	cfg := router.Config{
		Provider: "workable", Mode: "preview", Stage: "dev", Version: "test", CursorKey: []byte("ui-test-cursors"),
		Callers: store, Auth: router.AuthAuto, DefaultRate: caller.Rate{N: 600, Per: time.Minute}, KeyCacheTTL: router.DefaultKeyCacheTTL,
	}
	for _, m := range mods {
		m(&cfg, store)
	}
	h := router.New(s.logs.Logger(), cfg, sb)
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !strings.Contains(r.URL.Path, "/ui") {
			s.mu.Lock()
			s.requests = append(s.requests, r.Method+" "+r.URL.RequestURI())
			s.headers = append(s.headers, r.Header.Clone())
			s.mu.Unlock()
		}
		if r.Method == http.MethodPost && strings.HasSuffix(r.URL.Path, "/candidates") && s.dropCreates.Add(-1) >= 0 {
			// The create happens; its answer is lost with the connection.
			h.ServeHTTP(httptest.NewRecorder(), r)
			if conn, _, err := http.NewResponseController(w).Hijack(); err == nil {
				_ = conn.Close()
			}
			return
		}
		line := r.Method + " " + r.URL.RequestURI()
		h.ServeHTTP(&idRecorder{ResponseWriter: w, record: func(id string) {
			s.mu.Lock()
			s.ids[id] = line
			s.mu.Unlock()
		}}, r)
	}))
	t.Cleanup(s.Close)
	t.Cleanup(func() {
		if t.Failed() {
			t.Logf("server log:\n%s", s.logs.String())
		}
	})
	return s
}

// idRecorder notes the X-Request-Id of an answer when its header is
// written, before the client can read it.
type idRecorder struct {
	http.ResponseWriter
	record func(id string)
	done   bool
}

func (w *idRecorder) WriteHeader(status int) {
	if !w.done {
		w.done = true
		w.record(w.Header().Get("X-Request-Id"))
	}
	w.ResponseWriter.WriteHeader(status)
}

func (w *idRecorder) Write(p []byte) (int, error) {
	if !w.done {
		w.WriteHeader(http.StatusOK)
	}
	return w.ResponseWriter.Write(p)
}

func (w *idRecorder) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// requestOf returns the request line of the answer that carried id.
func (s *server) requestOf(id string) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.ids[id]
}

// calls returns the API requests made since the last call.
func (s *server) calls() []string {
	out, _ := s.callsWithHeaders()
	return out
}

// callsWithHeaders returns the API requests made since the last call, and
// the headers each carried.
func (s *server) callsWithHeaders() (calls []string, headers []http.Header) {
	s.mu.Lock()
	defer s.mu.Unlock()
	calls, headers = s.requests, s.headers
	s.requests, s.headers = nil, nil
	return calls, headers
}

// do runs browser steps, failing the test with what was being done.
func do(t *testing.T, ctx context.Context, what string, steps ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	if err := chromedp.Do(ctx, steps...); err != nil {
		t.Fatalf("%s: %v\npage text:\n%s", what, err, pageText(ctx))
	}
}

// eval evaluates a JavaScript expression in the page.
func eval[T any](t *testing.T, ctx context.Context, expr string) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](expr, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("evaluate %s: %v", expr, err)
	}
	return v
}

// waitFor waits until a JavaScript condition holds: the page has settled
// into the state the test expects next.
func waitFor(t *testing.T, ctx context.Context, what, cond string) {
	t.Helper()
	var err error
	for range 3 {
		// A poll that starts while a navigation replaces the page can
		// name the old page's JavaScript context; it is asked again in
		// the new one.
		if _, err = chromedp.Run(ctx, chromedp.Poll[chromedp.Void](cond, chromedp.WithPollingTimeout(30*time.Second))); err == nil || !strings.Contains(err.Error(), "Cannot find context with specified id") {
			break
		}
	}
	if err != nil {
		t.Fatalf("waiting for %s (%s): %v\npage text:\n%s", what, cond, err, pageText(ctx))
	}
}

// pageText is the visible text of the page, for failure messages.
func pageText(ctx context.Context) string {
	ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	s, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.body ? document.body.innerText : ""`))
	if err != nil {
		return "(unavailable: " + err.Error() + ")"
	}
	return s
}

var (
	shotsOnce sync.Once
	shotsDir  string
)

// screenshot writes the viewport as a PNG to $UI_SCREENSHOT_DIR, or to a
// temporary directory whose path the test logs: the views as a person sees
// them, kept as test artifacts.
func screenshot(t *testing.T, ctx context.Context, name string) {
	t.Helper()
	shotsOnce.Do(func() {
		shotsDir = os.Getenv("UI_SCREENSHOT_DIR")
		if shotsDir == "" {
			shotsDir, _ = os.MkdirTemp("", "ui-screenshots-")
		}
		_ = os.MkdirAll(shotsDir, 0o755)
	})
	png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatalf("screenshot %s: %v", name, err)
	}
	path := filepath.Join(shotsDir, name+".png")
	if err := os.WriteFile(path, png, 0o644); err != nil {
		t.Fatalf("screenshot %s: %v", name, err)
	}
	t.Logf("screenshot: %s", path)
}
