// Package routertest is the one test harness of atsbridge's HTTP API, for
// the router's own tests and for every provider's end-to-end tests:
//
//   - API sends requests through a handler and decodes what a client sees
//     (Response, Envelope), checking every response against the published
//     OpenAPI document (CheckSpec) and the envelope's invariants;
//   - Provider is a mock ats.Provider with one function field per method,
//     so router tests exercise the HTTP layer without a store;
//   - LogBuffer collects a logger's output for tests to search;
//   - WantCode checks a typed ats error; Walk and WalkWindow follow cursors
//     through the API and through a provider;
//   - RunLive is the live providers' end-to-end suite: every route through
//     the router in live mode against a provider's fake (an
//     atstest.LiveFixture), and atstest.RunLive beside it.
//
// It imports router (for the document and the handler), ats, ats/atstest,
// ats/fake and envelope; nothing outside tests imports it.
package routertest
