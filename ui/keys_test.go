package ui_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/atsbridge/atsbridge/caller"
	"github.com/atsbridge/atsbridge/router"
	"github.com/atsbridge/atsbridge/store/sqlite"
)

// keyedServer requires keys (AUTH=required) and has a write key and a read
// key; it returns their secrets.
func keyedServer(t *testing.T) (s *server, write, read string) {
	s = newServer(t, func(cfg *router.Config, store *sqlite.Store) {
		cfg.Auth = router.AuthRequired
		for _, scope := range []caller.Scope{caller.ScopeWrite, caller.ScopeRead} {
			secret, k := caller.NewKey("dashboard "+string(scope), scope, caller.Rate{}, time.Now())
			if err := store.CreateKey(context.Background(), k); err != nil {
				t.Fatalf("create a key: %v", err)
			}
			if scope == caller.ScopeWrite {
				write = secret
			} else {
				read = secret
			}
		}
	})
	return s, write, read
}

// TestAsksForAKey: where the API requires a key, the page still loads,
// asks for one with the API's own words, asks again when it is wrong,
// then sends it as a Bearer token, keeps it for the tab across reloads,
// and forgets it when told to.
func TestAsksForAKey(t *testing.T) {
	s, write, _ := keyedServer(t)
	ctx := tab(t)
	do(t, ctx, "open the dashboard", chromedp.Navigate(s.URL+"/dev/ui/"))
	waitFor(t, ctx, "the key dialog", `document.querySelector("#key-dialog[open]")`)
	if got := eval[string](t, ctx, `document.querySelector("#key-dialog .why").innerText`); !strings.Contains(got, "UNAUTHENTICATED") || !strings.Contains(got, "needs an API key") {
		t.Errorf("the key dialog says %q; want the API's 401 in words", got)
	}
	if got := eval[string](t, ctx, `document.getElementById("mode").innerText`); !strings.Contains(got, "Preview sandbox") {
		t.Errorf("banner %q: /healthz needs no key, so the mode shows before any key", got)
	}

	do(t, ctx, "type a wrong key",
		chromedp.SetValue(chromedp.CSS("#key-input"), "atsb_"+strings.Repeat("x", 40)),
		chromedp.Click(chromedp.CSS("#key-dialog button[type=submit]")))
	waitFor(t, ctx, "the dialog again, saying why", `document.querySelector("#key-dialog[open]") && document.querySelector("#key-dialog .why").innerText.includes("not valid")`)

	do(t, ctx, "type the key",
		chromedp.SetValue(chromedp.CSS("#key-input"), write),
		chromedp.Click(chromedp.CSS("#key-dialog button[type=submit]")))
	waitFor(t, ctx, "the jobs", `!document.querySelector("#key-dialog[open]") && document.querySelectorAll(".job").length === 20 && !document.querySelector(".count.pending")`)
	calls, headers := s.callsWithHeaders()
	sentKey := false
	for i, c := range calls {
		if strings.HasPrefix(c, "GET /dev/jobs?") && headers[i].Get("Authorization") == "Bearer "+write {
			sentKey = true
		}
	}
	if !sentKey {
		t.Errorf("calls %q: want the jobs read with Authorization: Bearer <key>", calls)
	}
	if got := eval[string](t, ctx, `sessionStorage.getItem("atsbridge.key")`); got != write {
		t.Errorf("sessionStorage holds %q, want the key", got)
	}

	do(t, ctx, "reload", chromedp.Reload())
	waitFor(t, ctx, "the jobs without asking", `document.querySelectorAll(".job").length === 20 && !document.querySelector(".count.pending")`)
	if eval[bool](t, ctx, `!!document.querySelector("#key-dialog[open]")`) {
		t.Errorf("the key was asked for again after a reload")
	}

	do(t, ctx, "forget the key", chromedp.Click(chromedp.CSS("#key-slot button")))
	if eval[bool](t, ctx, `sessionStorage.getItem("atsbridge.key") !== null`) {
		t.Errorf("Forget API key left the key in sessionStorage")
	}
}

// TestReadKeyCannotWrite: a read-scoped key lists jobs, and the API's
// 403 on a write is shown in words.
func TestReadKeyCannotWrite(t *testing.T) {
	s, _, read := keyedServer(t)
	ctx := tab(t)
	do(t, ctx, "open the add form", chromedp.Navigate(s.URL+"/dev/ui/#/jobs/job_063/add"))
	waitFor(t, ctx, "the key dialog", `document.querySelector("#key-dialog[open]")`)
	do(t, ctx, "type the read key",
		chromedp.SetValue(chromedp.CSS("#key-input"), read),
		chromedp.Click(chromedp.CSS("#key-dialog button[type=submit]")))
	waitFor(t, ctx, "the form", `document.querySelector("#add-name")`)
	do(t, ctx, "add a candidate",
		chromedp.SetValue(chromedp.CSS("#add-name"), "Read Only"),
		chromedp.SetValue(chromedp.CSS("#add-email"), "read.only@example.com"),
		chromedp.Click(chromedp.CSS(".candidate-form button[type=submit]")))
	waitFor(t, ctx, "the refusal", `document.querySelector(".candidate-form .error")`)
	if got := eval[string](t, ctx, `document.querySelector(".candidate-form .error").innerText`); !strings.Contains(got, "FORBIDDEN") || !strings.Contains(got, "Request id") {
		t.Errorf("a write with a read key shows %q; want FORBIDDEN in words with the request id", got)
	}
}
