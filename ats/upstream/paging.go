package upstream

import (
	"fmt"

	"github.com/atsbridge/atsbridge/ats"
)

// Paging is how one provider's lists page, as the walks of its lists (its
// own: since_id, Link next, offset tokens) budget their upstream calls.
//
//	Workable   Paging{Provider: "Workable", PageSize: 100, PageModeItems: 1000}
//	Greenhouse Paging{Provider: "Greenhouse", PageSize: 500, PageModeItems: 2500}
//	Lever      Paging{Provider: "Lever", PageSize: 100, PageModeItems: 1000}
type Paging struct {
	// Provider names the provider in messages: "Workable".
	Provider string
	// PageSize is the provider's largest page.
	PageSize int
	// PageModeItems is how deep page mode (?page=N) reaches: providers
	// have no page numbers, so it walks from the start, and page*limit
	// may not exceed this.
	PageModeItems int
}

// FilterCalls is the most upstream calls one cursor page makes while it
// fills itself past records that a filter of ours drops (one the provider
// cannot apply); a page still short then says has_more.
const FilterCalls = 5

// Limit is the page size a window asks for: ats.DefaultLimit when it names
// none, at most ats.MaxLimit and the provider's largest page.
func (p Paging) Limit(win ats.Window) int {
	limit := win.Limit
	if limit <= 0 {
		limit = ats.DefaultLimit
	}
	return min(limit, ats.MaxLimit, p.PageSize)
}

// modeCalls is the most upstream calls one page-mode page makes.
func (p Paging) modeCalls() int { return p.PageModeItems/p.PageSize + 1 }

// PageMode is how page mode reaches win's page with limit: how many
// matching records it skips from the start, and the most upstream calls it
// may make; INPUT_INVALID (naming page) beyond PageModeItems.
func (p Paging) PageMode(win ats.Window, limit int) (skip, calls int, err error) {
	if win.Page*limit > p.PageModeItems {
		return 0, 0, ats.Invalid(fmt.Sprintf("%s lists have no page numbers, so page mode walks from the start and reaches the first %d records; follow meta.next_cursor to go further.", p.Provider, p.PageModeItems),
			ats.Detail{Field: "page", Problem: fmt.Sprintf("must be at most %d with limit %d on %s; use the cursor beyond", max(1, p.PageModeItems/limit), limit, p.Provider)})
	}
	return (win.Page - 1) * limit, p.modeCalls(), nil
}

// BeyondScan is the error for a page that page mode's walk from the start
// could not reach within its upstream calls: filters only we apply
// leave fewer matching records than page*limit needs.
func (p Paging) BeyondScan(page int) error {
	return p.BeyondScanOf(page, p.modeCalls()*p.PageSize)
}

// BeyondScanOf is BeyondScan for a walk whose calls read fewer records
// than the provider's largest page (records read by id, a few dozen a
// call): scanned is how many its page-mode calls reach.
func (p Paging) BeyondScanOf(page, scanned int) error {
	return ats.Invalid(fmt.Sprintf("%s cannot apply some of these filters, so page mode reads the list from the start, %d records at most, and page %d lies beyond them; follow meta.next_cursor instead.", p.Provider, scanned, page),
		ats.Detail{Field: "page", Problem: fmt.Sprintf("lies beyond the first %d %s records with these filters; use the cursor", scanned, p.Provider)})
}

// EndsEarly reports whether a cursor page that holds have records and ran
// into the provider's rate limit (err) ends there, short and with
// has_more, instead of failing: what it has is served, and the caller
// goes on later.
func EndsEarly(err error, win ats.Window, have int) bool {
	return have > 0 && !win.PageMode() && ats.ErrorCode(err) == ats.CodeUpstreamRateLimited
}

// NotFoundAs names a NOT_FOUND after the resource the caller asked for
// ("job", id), the provider's own being only "no such record"; other
// errors pass as they are.
func NotFoundAs(err error, resource, id string) error {
	if ats.ErrorCode(err) != ats.CodeNotFound {
		return err
	}
	nf := ats.NotFound(resource, id)
	nf.Err = err
	return nf
}
