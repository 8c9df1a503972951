package ui_test

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// view is a page of the dashboard in a known, settled state.
type view struct {
	name  string
	hash  string
	ready string // JavaScript that is true once the view has loaded
	setup func(t *testing.T, ctx context.Context)
}

func views(t *testing.T) []view {
	abs, err := filepath.Abs(resumePDF)
	if err != nil {
		t.Fatal(err)
	}
	return []view{
		{name: "jobs", hash: "#/jobs", ready: `document.querySelectorAll(".job").length && !document.querySelector(".count.pending")`},
		{name: "pipeline", hash: "#/jobs/job_063", ready: `document.querySelectorAll(".card").length && !document.querySelector("[aria-busy]")`},
		{name: "pipeline-closed", hash: "#/jobs/job_063?show=closed", ready: `document.querySelectorAll(".card").length && !document.querySelector("[aria-busy]")`},
		{name: "candidate", hash: "#/candidates/cand_148", ready: `document.querySelector(".applications") && !document.querySelector("[aria-busy]")`},
		{name: "add", hash: "#/jobs/job_063/add", ready: `document.querySelector(".parsed h2")`, setup: func(t *testing.T, ctx context.Context) {
			waitFor(t, ctx, "the add form", `document.querySelector("#resume-file")`)
			do(t, ctx, "choose a resume", chromedp.SetUploadFiles(chromedp.CSS("#resume-file"), []string{abs}))
		}},
		{name: "reject-dialog", hash: "#/jobs/job_063", ready: `document.querySelector("dialog.reject[open]") && !document.querySelector("dialog.reject .loading")`, setup: func(t *testing.T, ctx context.Context) {
			waitFor(t, ctx, "the pipeline", `document.querySelector(".card .menu-button")`)
			do(t, ctx, "open a card's menu", chromedp.Click(chromedp.CSS(".card .menu-button")))
			do(t, ctx, "choose Reject", chromedp.Click(chromedp.JSPath(`[...document.querySelectorAll(".menu [role=menuitem]")].find((b) => b.textContent === "Reject…")`)))
		}},
		{name: "error", hash: "#/jobs/job_999", ready: `document.querySelector(".error")`},
	}
}

// open shows a view at a width, in a new tab.
func open(t *testing.T, s *server, v view, width int64) context.Context {
	t.Helper()
	ctx := tab(t)
	do(t, ctx, "set the viewport", chromedp.EmulateViewport(width, 900, chromedp.EmulateMobile))
	do(t, ctx, "open "+v.name, chromedp.Navigate(s.URL+"/dev/ui/"+v.hash))
	if v.setup != nil {
		v.setup(t, ctx)
	}
	waitFor(t, ctx, v.name, v.ready)
	return ctx
}

// axeViolation is one rule axe-core found broken, with where.
type axeViolation struct {
	ID     string   `json:"id"`
	Impact string   `json:"impact"`
	Help   string   `json:"help"`
	Nodes  []string `json:"nodes"`
}

// TestAccessibility runs axe-core (WCAG 2.x A and AA rules, and best
// practices) on every view on a desktop and at 375 px: no serious or
// critical violation. Lesser findings are logged.
func TestAccessibility(t *testing.T) {
	axe, err := os.ReadFile("testdata/axe-core/axe.min.js")
	if err != nil {
		t.Fatal(err)
	}
	s := newServer(t)
	keyed, _, _ := keyedServer(t)
	keyDialog := view{name: "key-dialog", hash: "#/jobs", ready: `document.querySelector("#key-dialog[open] .why .error")`}
	for _, width := range []int64{1280, 375} {
		for _, v := range append(views(t), keyDialog) {
			srv := s
			if v.name == keyDialog.name {
				srv = keyed
			}
			ctx := open(t, srv, v, width)
			if _, err := chromedp.Run(ctx, chromedp.Evaluate[chromedp.Void](string(axe))); err != nil {
				t.Fatalf("load axe-core: %v", err)
			}
			raw := eval[string](t, ctx, `axe.run(document, {resultTypes: ["violations"]}).then((r) => JSON.stringify(r.violations.map((v) => ({id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => n.target.join(" "))}))))`)
			var found []axeViolation
			if err := json.Unmarshal([]byte(raw), &found); err != nil {
				t.Fatal(err)
			}
			for _, f := range found {
				if f.Impact == "serious" || f.Impact == "critical" {
					t.Errorf("%s at %d px: %s (%s): %s at %v", v.name, width, f.ID, f.Impact, f.Help, f.Nodes)
				} else {
					t.Logf("%s at %d px: %s (%s): %s at %v", v.name, width, f.ID, f.Impact, f.Help, f.Nodes)
				}
			}
		}
	}
}

// TestNarrowScreens: at 375 px every view fits the width (no sideways
// scrolling), and the provider and mode are still on screen.
func TestNarrowScreens(t *testing.T) {
	s := newServer(t)
	for _, v := range views(t) {
		ctx := open(t, s, v, 375)
		if w := eval[int](t, ctx, `document.documentElement.scrollWidth`); w > 375 {
			t.Errorf("%s at 375 px is %d px wide: %s", v.name, w, eval[string](t, ctx, `[...document.querySelectorAll("body *")].filter((e) => e.getBoundingClientRect().right > 376).slice(0, 5).map((e) => e.tagName + "." + e.className).join(", ")`))
		}
		if !eval[bool](t, ctx, `(() => { const r = document.getElementById("mode").getBoundingClientRect(); return r.width > 0 && r.right <= 375; })()`) {
			t.Errorf("%s at 375 px: the provider and mode banner is not on screen", v.name)
		}
		if v.name == "pipeline" || v.name == "candidate" || v.name == "add" {
			screenshot(t, ctx, v.name+"-375")
		}
	}
}

// TestFirstLoad measures what the browser transfers to show the jobs list
// the first time (the page, its files, and the API answers it needs), with
// an empty cache: under 150 KB.
func TestFirstLoad(t *testing.T) {
	s := newServer(t)
	ctx, cancel := chromedp.NewContext(browser(t), chromedp.WithNewBrowserContext())
	defer cancel()
	do(t, ctx, "open the dashboard", chromedp.Navigate(s.URL+"/dev/ui/"))
	waitFor(t, ctx, "the jobs and their counts", `document.querySelectorAll(".job").length === 20 && !document.querySelector(".count.pending")`)
	raw := eval[string](t, ctx, `JSON.stringify([...performance.getEntriesByType("navigation"), ...performance.getEntriesByType("resource")].map((e) => [e.name, e.transferSize]))`)
	var entries [][2]any
	if err := json.Unmarshal([]byte(raw), &entries); err != nil {
		t.Fatal(err)
	}
	total, files, api := 0, 0, 0
	for _, e := range entries {
		n := int(e[1].(float64))
		total += n
		if regexp.MustCompile(`/ui/`).MatchString(e[0].(string)) {
			files += n
		} else {
			api += n
		}
		t.Logf("%7d B  %s", n, strings.TrimPrefix(e[0].(string), s.URL))
	}
	t.Logf("first load: %d bytes transferred in %d requests (dashboard files %d, API answers %d)", total, len(entries), files, api)
	if total >= 150*1024 || files == 0 || api == 0 {
		t.Errorf("first load transferred %d bytes (files %d, API %d); want under 150 KB, both counted", total, files, api)
	}
}
