package ui_test

import (
	"context"
	"encoding/json"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// resumePDF is the resume the flow uploads: Maya Chen's, printed by
// Chromium, from the parser's corpus.
const resumePDF = "../resume/testdata/resumes/chen-chromium-one.pdf"

// apiGet reads an envelope's data from the test server, as a client of the
// API would, to check what the pages show against what the API says.
func apiGet(t *testing.T, s *server, path string, data any) {
	t.Helper()
	res, err := http.Get(s.URL + path)
	if err != nil {
		t.Fatalf("GET %s: %v", path, err)
	}
	defer res.Body.Close()
	var env struct {
		Success bool            `json:"success"`
		Data    json.RawMessage `json:"data"`
		Meta    struct {
			Total *int `json:"total"`
		} `json:"meta"`
	}
	if err := json.NewDecoder(res.Body).Decode(&env); err != nil || !env.Success {
		t.Fatalf("GET %s: %d, %v", path, res.StatusCode, err)
	}
	if err := json.Unmarshal(env.Data, data); err != nil {
		t.Fatalf("GET %s: data: %v", path, err)
	}
}

type stage struct{ ID, Name, Kind string }

// cardJS finds the pipeline card of the named candidate.
func cardJS(name string) string {
	return `[...document.querySelectorAll(".card")].find((c) => c.querySelector(".name").textContent === ` + strconv.Quote(name) + `)`
}

// TestRecruiterFlow is the whole flow of the issue, in the browser:
// the jobs list, a filter, job_063's pipeline, a candidate added from a
// PDF resume, moved to an interview stage by the keyboard menu, rejected
// with a reason; then a reload shows it all kept, and the candidate's
// page shows the application and the resume.
func TestRecruiterFlow(t *testing.T) {
	s := newServer(t)
	ctx := tab(t)

	// The jobs list: open jobs with their counts, in two API requests.
	do(t, ctx, "open the dashboard", chromedp.Navigate(s.URL+"/dev/ui/"))
	waitFor(t, ctx, "20 jobs with their counts", `document.querySelectorAll(".job").length === 20 && !document.querySelector(".count.pending")`)
	if got := eval[string](t, ctx, `document.getElementById("mode").innerText`); !strings.Contains(got, "Preview sandbox: changes stay on this machine") || !strings.Contains(got, "workable") {
		t.Errorf("banner %q: want the preview sentence and the provider", got)
	}
	calls := s.calls()
	want := []string{"GET /dev/healthz", "GET /dev/jobs?status=open&limit=20", "GET /dev/jobs?status=open&limit=20&include=counts"}
	for _, w := range want {
		if !slices.Contains(calls, w) {
			t.Errorf("API calls %q: want %q among them", calls, w)
		}
	}
	if len(calls) != len(want) {
		t.Errorf("the jobs list made %d API calls %q, want %d: counts come with the list, not per job", len(calls), calls, len(want))
	}
	firstID := eval[string](t, ctx, `document.querySelector(".job .title").getAttribute("href").replace("#/jobs/", "")`)
	var active []json.RawMessage
	apiGet(t, s, "/dev/applications?status=active&limit=100&job_id="+firstID, &active)
	if got := eval[string](t, ctx, `document.querySelector(".job .count").textContent`); got != strconv.Itoa(len(active))+" active" {
		t.Errorf("%s shows %q, the API lists %d active applications", firstID, got, len(active))
	}
	screenshot(t, ctx, "jobs")

	// A filter: the URL keeps it, the API gets it.
	do(t, ctx, "filter the jobs",
		chromedp.SetValue(chromedp.CSS("#f-q"), "Platform"),
		chromedp.SetValue(chromedp.CSS("#f-department"), "Engineering"),
		chromedp.Click(chromedp.CSS(".filters button[type=submit]")))
	waitFor(t, ctx, "the filtered list", `location.hash.includes("q=Platform") && document.querySelector('.job a[href="#/jobs/job_063"]') && [...document.querySelectorAll(".job .title")].every((a) => a.textContent.includes("Platform"))`)
	if calls := s.calls(); !slices.Contains(calls, "GET /dev/jobs?q=Platform&department=Engineering&status=open&limit=20") {
		t.Errorf("API calls %q: want the filtered list", calls)
	}

	// job_063's pipeline: a column per stage of the job.
	var stages []stage
	apiGet(t, s, "/dev/jobs/job_063/stages", &stages)
	do(t, ctx, "open job_063", chromedp.Click(chromedp.CSS(`.job a[href="#/jobs/job_063"]`)))
	waitFor(t, ctx, "the pipeline", `document.querySelector("h1")?.textContent === "Platform Engineer" && document.querySelectorAll(".column").length === `+strconv.Itoa(len(stages))+` && !document.querySelector(".board[aria-busy]")`)
	screenshot(t, ctx, "pipeline")

	// Add a candidate from a PDF resume: the parsed fields fill the form.
	abs, err := filepath.Abs(resumePDF)
	if err != nil {
		t.Fatal(err)
	}
	do(t, ctx, "open the add form", chromedp.Click(chromedp.CSS(`a[href="#/jobs/job_063/add"]`)))
	waitFor(t, ctx, "the add form", `document.querySelector("h1")?.textContent === "Add a candidate to Platform Engineer"`)
	do(t, ctx, "choose the resume", chromedp.SetUploadFiles(chromedp.CSS("#resume-file"), []string{abs}))
	waitFor(t, ctx, "the parsed resume", `document.querySelector(".parsed h2")?.textContent === "Found in chen-chromium-one.pdf"`)
	for field, want := range map[string]string{"#add-name": "Maya Chen", "#add-email": "maya.chen@example.com"} {
		if got := eval[string](t, ctx, `document.querySelector("`+field+`").value`); got != want {
			t.Errorf("%s = %q after parsing, want %q", field, got, want)
		}
	}
	if got := eval[string](t, ctx, `document.querySelector(".parsed").innerText`); !strings.Contains(got, "Work") || !strings.Contains(got, "Skills") {
		t.Errorf("the parsed panel shows %q; want the work and skills found", got)
	}
	screenshot(t, ctx, "add")
	s.calls()
	do(t, ctx, "add the candidate", chromedp.Click(chromedp.CSS(".candidate-form button[type=submit]")))
	waitFor(t, ctx, "the new card in the pipeline", `location.hash === "#/jobs/job_063" && `+cardJS("Maya Chen"))
	if calls := s.calls(); !slices.Contains(calls, "POST /dev/candidates") {
		t.Errorf("API calls %q: want POST /dev/candidates", calls)
	}
	appID := eval[string](t, ctx, cardJS("Maya Chen")+`.dataset.app`)

	// Move it to the first interview stage with the keyboard.
	var interview stage
	for _, st := range stages {
		if st.Kind == "interview" {
			interview = st
			break
		}
	}
	if interview.ID == "" {
		t.Fatalf("job_063 has no interview stage: %+v", stages)
	}
	menuItem(t, ctx, "Maya Chen", "Move to "+interview.Name)
	waitFor(t, ctx, "the card in "+interview.Name, `document.querySelector('[data-stage="`+interview.ID+`"] [data-app="`+appID+`"]')`)
	if got := eval[string](t, ctx, `document.activeElement.dataset.app || ""`); got != appID {
		t.Errorf("after the move, focus is on %q, want the moved card's Actions button", got)
	}

	// Reject it with a reason and a note.
	var reasons []struct{ ID, Name, Kind string }
	apiGet(t, s, "/dev/rejection_reasons", &reasons)
	if len(reasons) == 0 {
		t.Fatal("no rejection reasons")
	}
	menuItem(t, ctx, "Maya Chen", "Reject…")
	waitFor(t, ctx, "the reasons", `document.querySelector("#reject-reason")`)
	do(t, ctx, "reject",
		chromedp.SetValue(chromedp.CSS("#reject-reason"), reasons[0].ID),
		chromedp.SetValue(chromedp.CSS("#reject-note"), "Went with another offer"),
		chromedp.Click(chromedp.CSS("dialog.reject button[type=submit]")))
	waitFor(t, ctx, "the card gone from the active board", `!document.querySelector("dialog.reject") && !(`+cardJS("Maya Chen")+`)`)

	// A reload shows what the API kept.
	do(t, ctx, "reload", chromedp.Reload())
	waitFor(t, ctx, "the pipeline after a reload", `document.querySelectorAll(".column").length && !document.querySelector(".board[aria-busy]")`)
	if eval[bool](t, ctx, `!!(`+cardJS("Maya Chen")+`)`) {
		t.Errorf("after a reload the rejected card is on the active board")
	}
	do(t, ctx, "show rejected and hired", chromedp.Click(chromedp.CSS(".toggle input")))
	waitFor(t, ctx, "the rejected card", `location.hash === "#/jobs/job_063?show=closed" && document.querySelector('[data-stage="`+interview.ID+`"] .card.rejected[data-app="`+appID+`"]')`)
	var app struct {
		Status string
		Stage  stage
	}
	apiGet(t, s, "/dev/applications/"+appID, &app)
	if app.Status != "rejected" || app.Stage.ID != interview.ID {
		t.Errorf("the API has %s at %+v, want rejected at %s", app.Status, app.Stage, interview.ID)
	}

	// The candidate's page: the application with its stage, the resume.
	do(t, ctx, "open the candidate", chromedp.Click(chromedp.JSPath(cardJS("Maya Chen")+`.querySelector(".name")`)))
	waitFor(t, ctx, "the candidate page", `document.querySelector("h1")?.textContent === "Maya Chen" && !document.querySelector("[aria-busy]")`)
	if got := eval[string](t, ctx, `document.querySelector(".applications").innerText`); !strings.Contains(got, "Platform Engineer") || !strings.Contains(got, interview.Name) || !strings.Contains(got, "rejected") {
		t.Errorf("applications section %q: want Platform Engineer at %s, rejected", got, interview.Name)
	}
	pdf, err := os.ReadFile(abs)
	if err != nil {
		t.Fatal(err)
	}
	if got := eval[int](t, ctx, `fetch(document.querySelector("iframe.pdf").src).then((r) => r.arrayBuffer()).then((b) => b.byteLength)`); got != len(pdf) {
		t.Errorf("the inline resume has %d bytes, the uploaded PDF %d", got, len(pdf))
	}
	if got := eval[string](t, ctx, `document.querySelector(".resume a[download]").getAttribute("download")`); got != "chen-chromium-one.pdf" {
		t.Errorf("the download is named %q, want chen-chromium-one.pdf", got)
	}
	screenshot(t, ctx, "candidate")
}

// menuItem opens the Actions menu of a candidate's card with the keyboard
// (focus, Enter) and walks it with the arrow keys to the item, then
// presses Enter on it.
func menuItem(t *testing.T, ctx context.Context, name, item string) {
	t.Helper()
	do(t, ctx, "open the menu of "+name,
		chromedp.Focus(chromedp.JSPath(cardJS(name)+`.querySelector(".menu-button")`)),
		chromedp.KeyEvent(kb.Enter))
	waitFor(t, ctx, "the open menu", `document.activeElement.getAttribute("role") === "menuitem"`)
	n := eval[int](t, ctx, `document.querySelectorAll(".menu [role=menuitem]").length`)
	for range n {
		if eval[string](t, ctx, `document.activeElement.textContent`) == item {
			do(t, ctx, "choose "+item, chromedp.KeyEvent(kb.Enter))
			return
		}
		do(t, ctx, "next menu item", chromedp.KeyEvent(kb.ArrowDown))
	}
	t.Fatalf("the menu of %s has no item %q: %s", name, item, eval[string](t, ctx, `document.querySelector(".menu").innerText`))
}
