package ui_test

import (
	"testing"

	"github.com/chromedp/chromedp"
)

// TestDragAndDrop moves a card with the mouse, as Chromium drags it (a
// native HTML5 drag, not events made up in the page), to the next column;
// the API has it there, and a reload shows it there.
func TestDragAndDrop(t *testing.T) {
	s := newServer(t)
	ctx := tab(t)
	var stages []stage
	apiGet(t, s, "/dev/jobs/job_063/stages", &stages)
	do(t, ctx, "open job_063", chromedp.Navigate(s.URL+"/dev/ui/#/jobs/job_063"))
	waitFor(t, ctx, "the pipeline", `document.querySelectorAll(".card").length && !document.querySelector("[aria-busy]")`)
	// The first column with a card, and the column after it.
	from, to := -1, -1
	for i, st := range stages[:len(stages)-1] {
		if eval[bool](t, ctx, `!!document.querySelector('[data-stage="`+st.ID+`"] .card')`) {
			from, to = i, i+1
			break
		}
	}
	if from < 0 {
		t.Fatalf("no card to drag in job_063's pipeline")
	}
	appID := eval[string](t, ctx, `document.querySelector('[data-stage="`+stages[from].ID+`"] .card').dataset.app`)
	do(t, ctx, "drag the card to "+stages[to].Name, chromedp.DragAndDrop(
		chromedp.CSS(`[data-stage="`+stages[from].ID+`"] .card[data-app="`+appID+`"]`),
		chromedp.CSS(`[data-stage="`+stages[to].ID+`"]`)))
	waitFor(t, ctx, "the card in "+stages[to].Name, `document.querySelector('[data-stage="`+stages[to].ID+`"] [data-app="`+appID+`"]')`)
	var app struct{ Stage stage }
	apiGet(t, s, "/dev/applications/"+appID, &app)
	if app.Stage.ID != stages[to].ID {
		t.Errorf("the API has %s at %s after the drop, want %s", appID, app.Stage.ID, stages[to].ID)
	}
	do(t, ctx, "reload", chromedp.Reload())
	waitFor(t, ctx, "the card still in "+stages[to].Name, `!document.querySelector("[aria-busy]") && document.querySelector('[data-stage="`+stages[to].ID+`"] [data-app="`+appID+`"]')`)
}

// TestRestore: with rejected and hired shown, a rejected card's menu
// restores it to its stage, active again.
func TestRestore(t *testing.T) {
	s := newServer(t)
	var rejected []struct {
		ID    string
		Stage stage
	}
	apiGet(t, s, "/dev/applications?job_id=job_063&status=rejected", &rejected)
	if len(rejected) == 0 {
		t.Fatal("job_063 has no rejected application to restore")
	}
	app := rejected[0]
	ctx := tab(t)
	do(t, ctx, "open job_063 with closed applications", chromedp.Navigate(s.URL+"/dev/ui/#/jobs/job_063?show=closed"))
	waitFor(t, ctx, "the rejected card", `document.querySelector('.card.rejected[data-app="`+app.ID+`"]')`)
	do(t, ctx, "open its menu", chromedp.Click(chromedp.CSS(`.card[data-app="`+app.ID+`"] .menu-button`)))
	do(t, ctx, "restore", chromedp.Click(chromedp.JSPath(`[...document.querySelectorAll(".menu [role=menuitem]")].find((b) => b.textContent === "Restore")`)))
	waitFor(t, ctx, "the card active again", `document.querySelector('[data-stage="`+app.Stage.ID+`"] .card.active[data-app="`+app.ID+`"]')`)
	var got struct{ Status string }
	apiGet(t, s, "/dev/applications/"+app.ID, &got)
	if got.Status != "active" {
		t.Errorf("the API has %s %s after Restore, want active", app.ID, got.Status)
	}
}
