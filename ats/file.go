package ats

import "io"

// File is a document sent with a candidate (a resume). ContentType is the
// sniffed type, not the one the caller claimed.
type File struct {
	Filename    string
	ContentType string
	Data        []byte
}

// Download is a candidate's file as a provider can hand it out: either its
// bytes (Body, to be closed by the caller) or a URL of the provider's own
// where the caller can fetch it (a signed, expiring link).
type Download struct {
	Filename    string
	ContentType string
	// Size is the length of Body in bytes, or -1 when unknown.
	Size int64
	Body io.ReadCloser
	URL  string
}
