package preview

import (
	"time"

	"github.com/atsbridge/atsbridge/ats"
)

// What stores do to the records they write and return, written once.

// EmptyLists returns c with its lists that are nil (tags, application ids)
// made empty: the API renders lists as [], never null, and every store
// returns its candidates through this.
func EmptyLists(c ats.Candidate) ats.Candidate {
	if c.Tags == nil {
		c.Tags = []string{}
	}
	if c.ApplicationIDs == nil {
		c.ApplicationIDs = []string{}
	}
	return c
}

// NotBefore dates a new candidate and its application (either nil for
// none) no earlier than latest, the latest time already in their lists,
// and keeps their update times no earlier than that. A store whose writes
// are transactions calls it inside the write with the latest time it
// holds, so a new record sorts after every record committed before it even
// when its clock was read before another request committed (see Store).
// With a sane clock it moves a time by less than a request's duration.
func NotBefore(latest time.Time, c *ats.Candidate, app *ats.Application) {
	if c != nil && c.CreatedAt.Before(latest) {
		c.CreatedAt = latest
		c.UpdatedAt = later(c.UpdatedAt, latest)
	}
	if app != nil && app.AppliedAt.Before(latest) {
		app.AppliedAt = latest
		app.UpdatedAt = later(app.UpdatedAt, latest)
	}
}

func later(a, b time.Time) time.Time {
	if a.Before(b) {
		return b
	}
	return a
}
