// Package fake is the machinery the fake provider servers share
// (ats/workable/workabletest, ats/greenhouse/greenhousetest,
// ats/lever/levertest): the faults a test injects and how they are acted
// out, the journal of the requests a fake served, its hosts on loopback,
// the rate limits it keeps on its own clock (a fixed window, a token
// bucket), and its JSON answers. Each fake keeps what is its provider's:
// its routes, records, paging, error bodies, auth dialect and the
// documented behaviour it follows.
//
// It imports nothing of ours. The fakes stand in for independent servers,
// so they share no code with the clients they test (a bug in both would
// hide), but they may share code with each other.
package fake
