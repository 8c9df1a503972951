package preview

import (
	"slices"

	"github.com/atsbridge/atsbridge/ats"
)

// reasons are the sandbox's rejection reasons, a few of each kind, in the
// order GET /rejection_reasons lists them.
var reasons = []ats.RejectionReason{
	{ID: "rsn_skills", Name: "Lacks required skills", Kind: ats.ReasonRejected},
	{ID: "rsn_experience", Name: "Not enough experience", Kind: ats.ReasonRejected},
	{ID: "rsn_compensation", Name: "Compensation expectations too high", Kind: ats.ReasonRejected},
	{ID: "rsn_better_fit", Name: "Another candidate was a better fit", Kind: ats.ReasonRejected},
	{ID: "rsn_other_offer", Name: "Accepted another offer", Kind: ats.ReasonWithdrawn},
	{ID: "rsn_not_interested", Name: "No longer interested", Kind: ats.ReasonWithdrawn},
	{ID: "rsn_relocation", Name: "Cannot relocate", Kind: ats.ReasonWithdrawn},
	{ID: "rsn_position_closed", Name: "Position closed", Kind: ats.ReasonOther},
	{ID: "rsn_duplicate", Name: "Duplicate application", Kind: ats.ReasonOther},
	{ID: "rsn_unresponsive", Name: "Did not respond", Kind: ats.ReasonOther},
}

// RejectionReasons is what GET /rejection_reasons lists in the sandbox.
func RejectionReasons() []ats.RejectionReason { return slices.Clone(reasons) }

// reason returns the reason with id, if the sandbox has it.
func reason(id string) (ats.RejectionReason, bool) {
	i := slices.IndexFunc(reasons, func(r ats.RejectionReason) bool { return r.ID == id })
	if i < 0 {
		return ats.RejectionReason{}, false
	}
	return reasons[i], true
}
