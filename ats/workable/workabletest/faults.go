package workabletest

import "github.com/atsbridge/atsbridge/ats/fake"

// Fault changes how the fake answers the next matching requests (see
// fake.Fault). An injected Status without a Body answers Workable's
// {"error": "<status text>"}; Malformed serves the start of a job list;
// NextBase makes a list's paging.next point at another base URL.
// DropNext does not apply: Workable's lists end where paging is absent.
type Fault = fake.Fault
