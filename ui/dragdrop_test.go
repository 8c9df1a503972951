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
