package ui_test

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestServedAtTheRootAndUnderTheStage: the page finds the API where it was
// served from: /ui/ talks to /jobs, /dev/ui/ to /dev/jobs, and /dev/ui
// lands on /dev/ui/.
func TestServedAtTheRootAndUnderTheStage(t *testing.T) {
	s := newServer(t)
	for _, tc := range []struct{ open, landed, jobs string }{
		{"/ui/", "/ui/", "GET /jobs?status=open&limit=20"},
		{"/dev/ui", "/dev/ui/", "GET /dev/jobs?status=open&limit=20"},
	} {
		ctx := tab(t)
		do(t, ctx, "open "+tc.open, chromedp.Navigate(s.URL+tc.open))
		waitFor(t, ctx, "the jobs", `document.querySelectorAll(".job").length === 20 && !document.querySelector(".count.pending")`)
		if got := eval[string](t, ctx, `location.pathname`); got != tc.landed {
			t.Errorf("opened %s, landed on %s; want %s", tc.open, got, tc.landed)
		}
		calls := s.calls()
		if !slices.Contains(calls, tc.jobs) {
			t.Errorf("%s: API calls %q; want %q", tc.open, calls, tc.jobs)
		}
		for _, c := range calls {
			if strings.HasPrefix(tc.landed, "/dev/") != strings.Contains(c, " /dev/") {
				t.Errorf("%s called %s: the API is beside the page, under the same prefix", tc.open, c)
			}
		}
	}
}

// TestErrorsInWords: what the API refuses is shown as it said it, with
// the fields it named and the request id to quote.
func TestErrorsInWords(t *testing.T) {
	s := newServer(t)
	idRE := regexp.MustCompile(`Request id: ([0-9a-f]{32})`)

	ctx := tab(t)
	do(t, ctx, "open an unknown job", chromedp.Navigate(s.URL+"/dev/ui/#/jobs/job_999"))
	waitFor(t, ctx, "the error", `document.querySelector(".error")`)
	text := eval[string](t, ctx, `document.querySelector(".error").innerText`)
	if !strings.Contains(text, "NOT_FOUND") || !strings.Contains(text, "job_999") {
		t.Errorf("unknown job shows %q; want the code and the id", text)
	}
	// The pipeline asks for the job and its stages at once; either 404
	// may be the one shown.
	if m := idRE.FindStringSubmatch(text); m == nil || !strings.HasPrefix(s.requestOf(m[1]), "GET /dev/jobs/job_999") {
		t.Errorf("unknown job shows %q; want the request id of the API's answer about job_999", text)
	}
	if got := eval[string](t, ctx, `document.querySelector("h1").textContent`); got != "This page could not be shown" {
		t.Errorf("the failed view's heading is %q, want one that says so", got)
	}

	do(t, ctx, "open the add form", chromedp.Navigate(s.URL+"/dev/ui/#/jobs/job_063/add"))
	waitFor(t, ctx, "the form", `document.querySelector("#add-name")`)
	do(t, ctx, "send a bad email",
		chromedp.SetValue(chromedp.CSS("#add-name"), "Ana Example"),
		chromedp.SetValue(chromedp.CSS("#add-email"), "ana@example"),
		chromedp.Click(chromedp.CSS(".candidate-form button[type=submit]")))
	waitFor(t, ctx, "the refusal", `document.querySelector(".candidate-form .error")`)
	text = eval[string](t, ctx, `document.querySelector(".candidate-form .error").innerText`)
	if !strings.Contains(text, "INPUT_INVALID") || !strings.Contains(text, "email") || !idRE.MatchString(text) {
		t.Errorf("a bad email shows %q; want INPUT_INVALID, the email field's problem and the request id", text)
	}
	if got := eval[string](t, ctx, `location.hash`); got != "#/jobs/job_063/add" {
		t.Errorf("after a refusal the page moved to %s; the form and what was typed stay", got)
	}

	do(t, ctx, "send a known email",
		chromedp.SetValue(chromedp.CSS("#add-email"), "linh.pham@example.com"),
		chromedp.Click(chromedp.CSS(".candidate-form button[type=submit]")))
	waitFor(t, ctx, "the conflict", `document.querySelector(".candidate-form .error") && document.querySelector(".candidate-form .error").innerText.includes("CANDIDATE_EXISTS")`)
	if !eval[bool](t, ctx, `!!document.querySelector('.candidate-form a[href="#/candidates/cand_002"]')`) {
		t.Errorf("a duplicate email offers no link to the existing candidate: %s", eval[string](t, ctx, `document.querySelector(".candidate-form .status").innerText`))
	}
}

// TestJobsPaging: "Show more jobs" follows the API's cursor, and the new
// page gets its counts too.
func TestJobsPaging(t *testing.T) {
	s := newServer(t)
	ctx := tab(t)
	do(t, ctx, "open every job", chromedp.Navigate(s.URL+"/dev/ui/#/jobs?status=all"))
	waitFor(t, ctx, "the first page", `document.querySelectorAll(".job").length === 20 && !document.querySelector(".count.pending")`)
	if got := eval[string](t, ctx, `document.querySelector(".summary").textContent`); got != "Showing 20 of 130 jobs" {
		t.Errorf("summary %q, want Showing 20 of 130 jobs", got)
	}
	s.calls()
	do(t, ctx, "show more", chromedp.Click(chromedp.CSS(".more button")))
	waitFor(t, ctx, "the second page", `document.querySelectorAll(".job").length === 40 && !document.querySelector(".count.pending")`)
	calls := s.calls()
	if len(calls) != 2 || !strings.Contains(calls[0], "cursor=") || !strings.Contains(calls[1], "cursor=") || !strings.Contains(calls[1], "include=counts") {
		t.Errorf("show more called %q; want the next page by cursor, then its counts", calls)
	}
	ids := eval[[]string](t, ctx, `[...document.querySelectorAll(".job .title")].map((a) => a.getAttribute("href"))`)
	seen := map[string]bool{}
	for _, id := range ids {
		if seen[id] {
			t.Errorf("%s listed twice", id)
		}
		seen[id] = true
	}
	if got := eval[string](t, ctx, `document.querySelector(".summary").textContent`); got != "Showing 40 of 130 jobs" {
		t.Errorf("summary %q, want Showing 40 of 130 jobs", got)
	}
}

// TestEmptyList: a filter that matches nothing says so, and offers the
// way back to every job.
func TestEmptyList(t *testing.T) {
	s := newServer(t)
	ctx := tab(t)
	do(t, ctx, "open a filter that matches nothing", chromedp.Navigate(s.URL+"/dev/ui/#/jobs?q=zzzz"))
	waitFor(t, ctx, "the empty state", `document.querySelector(".note") && !document.querySelector("[aria-busy]")`)
	if got := eval[string](t, ctx, `document.querySelector(".note").innerText`); got != "No jobs match these filters. Show every job" {
		t.Errorf("empty list says %q", got)
	}
	if got := eval[string](t, ctx, `document.querySelector(".note a").getAttribute("href")`); got != "#/jobs?status=all" {
		t.Errorf("the way back is %q", got)
	}
}

// TestCreateRetriedOnce: when the answer to "Add" is lost (the candidate
// was created, the connection dropped), pressing Add again sends the same
// Idempotency-Key, and the API answers with the first create: one
// candidate, and a success rather than CANDIDATE_EXISTS. Answers are
// dropped until the page shows the failure: Chromium itself sends a
// request again on another kept-alive connection when one closes without
// a reply (those retries carry the page's key too, and are answered from
// the first create).
func TestCreateRetriedOnce(t *testing.T) {
	s := newServer(t)
	ctx := tab(t)
	do(t, ctx, "open the add form", chromedp.Navigate(s.URL+"/dev/ui/#/jobs/job_063/add"))
	waitFor(t, ctx, "the form", `document.querySelector("#add-name")`)
	s.dropCreates.Store(1000)
	do(t, ctx, "add a candidate",
		chromedp.SetValue(chromedp.CSS("#add-name"), "Retry Once"),
		chromedp.SetValue(chromedp.CSS("#add-email"), "retry.once@example.com"),
		chromedp.Click(chromedp.CSS(".candidate-form button[type=submit]")))
	waitFor(t, ctx, "the lost answer, in words", `document.querySelector(".candidate-form .error")?.innerText.includes("did not answer")`)
	s.dropCreates.Store(0)
	do(t, ctx, "add again", chromedp.Click(chromedp.CSS(".candidate-form button[type=submit]")))
	waitFor(t, ctx, "the pipeline with the card", `location.hash === "#/jobs/job_063" && `+cardJS("Retry Once"))
	calls, headers := s.callsWithHeaders()
	var keys []string
	for i, c := range calls {
		if c == "POST /dev/candidates" {
			keys = append(keys, headers[i].Get("Idempotency-Key"))
		}
	}
	if len(keys) < 2 || keys[0] == "" || slices.ContainsFunc(keys, func(k string) bool { return k != keys[0] }) {
		t.Errorf("the creates carried Idempotency-Keys %q; want the same key on each", keys)
	}
	var found []struct{ ID string }
	apiGet(t, s, "/dev/candidates?email=retry.once@example.com", &found)
	if len(found) != 1 {
		t.Errorf("%d candidates with the email after a retry, want 1", len(found))
	}
	if n := eval[int](t, ctx, `[...document.querySelectorAll(".card .name")].filter((a) => a.textContent === "Retry Once").length`); n != 1 {
		t.Errorf("%d cards for the candidate, want 1", n)
	}
}
