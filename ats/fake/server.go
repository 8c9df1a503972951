package fake

// Server is what every fake server offers its tests besides its data: the
// requests it served, the faults to inject, and its connections. A fake's
// Server embeds it; the fake records requests into Journal, takes faults
// from Faults and serves on Host.
type Server[R any, P Entry[R]] struct {
	Journal Journal[R, P]
	Faults  Faults
	Host    *Host
}

// Requests returns every request served so far, in arrival order.
func (s *Server[R, P]) Requests() []R { return s.Journal.All() }

// Served returns every request served so far as every fake records it.
func (s *Server[R, P]) Served() []Request { return s.Journal.Served() }

// Count is how many served requests match method ("" for any) and path
// (exact, below the base path; "" for any).
func (s *Server[R, P]) Count(method, path string) int { return s.Journal.Count(method, path) }

// RateLimited is how many requests the fake refused with 429 from its own
// rate limit (injected 429 faults not included).
func (s *Server[R, P]) RateLimited() int { return s.Journal.RateLimited() }

// ResetRequests forgets the requests recorded so far.
func (s *Server[R, P]) ResetRequests() { s.Journal.Reset() }

// Inject queues f.
func (s *Server[R, P]) Inject(f Fault) { s.Faults.Inject(f) }

// ClearFaults drops every queued fault.
func (s *Server[R, P]) ClearFaults() { s.Faults.Clear() }

// Connections is how many TCP connections clients opened to the fake; a
// client that reuses connections keeps it low.
func (s *Server[R, P]) Connections() int { return s.Host.Connections() }

// Close stops the fake and drops its connections.
func (s *Server[R, P]) Close() { s.Host.Close() }
