// Package envelope is atsbridge's response format: every response, success
// or error, is one JSON object with the same outer keys, so clients parse one
// shape. It maps error codes to HTTP status codes in one place (Status).
//
// envelope imports nothing of atsbridge.
package envelope

import (
	"bytes"
	"encoding/json"
	"net/http"
	"strconv"
)

// Origin names who answered: the ATS provider and the mode it runs in.
type Origin struct {
	Provider string
	Mode     string
}

// Meta describes a list page.
type Meta struct {
	Limit      int     `json:"limit"`
	Page       *int    `json:"page,omitempty"`
	HasMore    bool    `json:"has_more"`
	NextCursor *string `json:"next_cursor"`
	Total      *int    `json:"total,omitempty"`
}

// Detail is one field-level problem, or for a conflict the id that exists.
type Detail struct {
	Field      string `json:"field,omitempty"`
	Problem    string `json:"problem,omitempty"`
	ExistingID string `json:"existing_id,omitempty"`
}

// Problem is an error to send: a stable code, a sentence a person can act
// on, and optional details.
type Problem struct {
	Code    string
	Message string
	Details []Detail
	// RetryAfterSeconds, when positive, is sent as the Retry-After header.
	RetryAfterSeconds int
}

type success struct {
	Success   bool   `json:"success"`
	Provider  string `json:"provider"`
	Mode      string `json:"mode"`
	Data      any    `json:"data"`
	Meta      *Meta  `json:"meta,omitempty"`
	RequestID string `json:"request_id"`
}

type failure struct {
	Success   bool     `json:"success"`
	Error     string   `json:"error"`
	Message   string   `json:"message"`
	Code      string   `json:"code"`
	Details   []Detail `json:"details,omitempty"`
	Provider  string   `json:"provider"`
	Mode      string   `json:"mode"`
	RequestID string   `json:"request_id"`
}

// Write sends a success envelope with data and, for lists, meta. Lists in
// data are [] where they are nil. A value that cannot be encoded becomes a
// clean INTERNAL error envelope rather than half a body.
func Write(w http.ResponseWriter, status int, o Origin, requestID string, data any, meta *Meta) {
	b, err := Success(o, data, meta)
	if err != nil {
		WriteError(w, o, requestID, Problem{Code: "INTERNAL", Message: "The response could not be encoded; quote the request id when you report it."})
		return
	}
	b.Write(w, status, requestID)
}

// WriteError sends an error envelope with the status that p.Code maps to.
func WriteError(w http.ResponseWriter, o Origin, requestID string, p Problem) {
	if p.RetryAfterSeconds > 0 {
		w.Header().Set("Retry-After", strconv.Itoa(p.RetryAfterSeconds))
	}
	// A failure holds only strings, so it always encodes.
	b, _ := encode(failure{
		Success: false, Error: Title(p.Code), Message: p.Message, Code: p.Code, Details: p.Details,
		Provider: o.Provider, Mode: o.Mode, RequestID: requestID,
	})
	send(w, Status(p.Code), b)
}

// encode is the one place that encodes response JSON.
func encode(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// send writes an encoded envelope with the headers every response carries.
func send(w http.ResponseWriter, status int, body []byte) {
	h := w.Header()
	// Constant values are shared slices: net/http only reads header
	// values, and appending to a full slice copies it. Keys are in
	// canonical form, as Set would write them.
	h["Content-Type"] = jsonType
	h["Content-Length"] = []string{strconv.Itoa(len(body))}
	h["X-Content-Type-Options"] = noSniff
	h["Cache-Control"] = noStore
	w.WriteHeader(status)
	_, _ = w.Write(body)
}

var (
	jsonType = []string{"application/json"}
	noSniff  = []string{"nosniff"}
	noStore  = []string{"no-store"}
)
