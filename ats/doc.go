// Package ats is the domain of atsbridge: the normalized Job, Candidate and
// Application, the queries and pages used to list them, the Provider
// interface every ATS integration implements, the Descriptor by which a
// provider tells the program its variables and how to open it, and the typed
// errors that the HTTP layer turns into envelope codes.
//
// ats imports nothing of atsbridge; providers (ats/preview, ats/workable, ...)
// import ats, and the router consumes it.
package ats
