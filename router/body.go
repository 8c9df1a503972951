package router

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"reflect"
	"strings"

	"github.com/atsbridge/atsbridge/ats"
)

// limitBody refuses bodies over MaxBodyBytes: at once when Content-Length
// says so, and while reading otherwise. A route that takes files raises
// its own limit with raiseBodyLimit before it reads.
func limitBody(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Body != nil {
			r.Body = limitedBody{ReadCloser: http.MaxBytesReader(w, r.Body, MaxBodyBytes), raw: r.Body}
		}
		next.ServeHTTP(w, r)
	})
}

// limitedBody is the body limitBody installed, with the unlimited body
// kept for raiseBodyLimit.
type limitedBody struct {
	io.ReadCloser
	raw io.ReadCloser
}

// raiseBodyLimit replaces limitBody's limit with n for this request; call
// it before reading the body.
func raiseBodyLimit(w http.ResponseWriter, r *http.Request, n int64) {
	if b, ok := r.Body.(limitedBody); ok {
		r.Body = http.MaxBytesReader(w, b.raw, n)
	}
}

// validator is implemented by request bodies: Valid returns one problem per
// field, empty when the input is acceptable.
type validator interface {
	Valid(ctx context.Context) []ats.Detail
}

// decodeValid reads a JSON object body into T and validates it. Every
// failure is a typed error: 413 over the limit, 415 for a body that is not
// UTF-8 JSON by its headers, 400 INPUT_INVALID with one detail per field
// otherwise (query parameters included: a body route takes none).
func decodeValid[T validator](r *http.Request) (T, error) {
	var v T
	if r.ContentLength > MaxBodyBytes {
		return v, tooLarge("")
	}
	if err := refuseQuery(r, "takes its input in the JSON body"); err != nil {
		return v, err
	}
	raw, err := readBody(r)
	if err != nil {
		return v, err
	}
	if raw[0] != '{' {
		return v, ats.Invalid("The request body must be a JSON object.", ats.Detail{Field: "body", Problem: "must be a JSON object, not " + jsonKind(raw[0])})
	}
	if problems := textProblems(raw); len(problems) > 0 {
		return v, ats.Invalid(fmt.Sprintf("The request body has %d text value(s) that are not valid UTF-8 text; see details.", len(problems)), problems...)
	}
	if problems := fieldProblems(reflect.TypeFor[T](), raw); len(problems) > 0 {
		return v, ats.Invalid(fmt.Sprintf("The request body has %d field(s) this route does not take; see details and /openapi.json.", len(problems)), problems...)
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&v); err != nil {
		return v, decodeError(err)
	}
	if dec.More() {
		return v, ats.Invalid("The request body must hold exactly one JSON object.", ats.Detail{Field: "body", Problem: "has data after the JSON object"})
	}
	if problems := v.Valid(r.Context()); len(problems) > 0 {
		return v, ats.Invalid(fmt.Sprintf("The request body has %d invalid field(s); see details.", len(problems)), problems...)
	}
	return v, nil
}

// decodeOptional is decodeValid for a route whose body may be left out
// (POST /applications/{id}/restore): a request without a body is the zero
// T, a request with one is held to decodeValid's rules. Query parameters
// are refused either way.
func decodeOptional[T validator](r *http.Request) (T, error) {
	if r.ContentLength == 0 {
		var v T
		return v, refuseQuery(r, "takes its input in the JSON body")
	}
	return decodeValid[T](r)
}

// fieldProblems checks the top-level keys of a JSON object body against
// the json names of struct type t, exactly. encoding/json matches keys
// case-insensitively and lets a repeated key overwrite an earlier one, so
// {"EMAIL":...} or {"email":"a@x.com","Email":"b@x.com"} would otherwise
// pass silently. A body that is not a well-formed object yields no
// problems here; Decode reports it with its own message.
func fieldProblems(t reflect.Type, raw []byte) []ats.Detail {
	known := map[string]bool{}
	for i := range t.NumField() {
		name, _, _ := strings.Cut(t.Field(i).Tag.Get("json"), ",")
		if name != "" && name != "-" {
			known[name] = true
		}
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		return nil
	}
	seen := map[string]bool{}
	var problems []ats.Detail
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return nil
		}
		key, _ := tok.(string)
		var skip json.RawMessage
		if err := dec.Decode(&skip); err != nil {
			return nil
		}
		field := truncate(key, 40)
		if key == "" {
			field = `""`
		}
		switch {
		case seen[key]:
			if known[key] {
				problems = append(problems, ats.Detail{Field: field, Problem: "is given more than once"})
			}
		case !known[key]:
			problem := "is not a known field"
			for k := range known {
				if strings.EqualFold(k, key) {
					problem += "; field names are case-sensitive: " + k
				}
			}
			problems = append(problems, ats.Detail{Field: field, Problem: problem})
		}
		seen[key] = true
	}
	return problems
}

// tooLarge is the error for a body over MaxBodyBytes; once says when
// ("once decompressed"), or is empty.
func tooLarge(once string) error {
	if once != "" {
		once = " " + once
	}
	return ats.Errorf(ats.CodeBodyTooLarge, "The request body is larger than %d bytes%s.", MaxBodyBytes, once)
}

// decodeError turns encoding/json's errors into field-level details.
func decodeError(err error) error {
	var typeErr *json.UnmarshalTypeError
	var syntaxErr *json.SyntaxError
	switch {
	case errors.As(err, &typeErr):
		field := typeErr.Field
		if field == "" {
			field = "body"
		}
		return ats.Invalid("A field has the wrong type; see details.",
			ats.Detail{Field: field, Problem: fmt.Sprintf("must be %s, not %s", jsonTypeName(typeErr.Type.Kind().String()), typeErr.Value)})
	case errors.As(err, &syntaxErr):
		return ats.Invalid(fmt.Sprintf("The request body is not valid JSON (error at byte %d).", syntaxErr.Offset),
			ats.Detail{Field: "body", Problem: "is not valid JSON"})
	case errors.Is(err, io.ErrUnexpectedEOF):
		return ats.Invalid("The request body is not valid JSON (it ends too early).", ats.Detail{Field: "body", Problem: "is not valid JSON"})
	case strings.HasPrefix(err.Error(), "json: unknown field "):
		name := strings.Trim(strings.TrimPrefix(err.Error(), "json: unknown field "), `"`)
		return ats.Invalid(fmt.Sprintf("Unknown field %q; see /openapi.json for the fields this route takes.", name),
			ats.Detail{Field: name, Problem: "is not a known field"})
	}
	return ats.Invalid("The request body is not valid JSON.", ats.Detail{Field: "body", Problem: "is not valid JSON"})
}

func jsonTypeName(kind string) string {
	switch kind {
	case "string":
		return "a string"
	case "slice":
		return "an array"
	case "struct", "map", "ptr":
		return "an object"
	case "bool":
		return "a boolean"
	}
	return "a " + kind
}

func jsonKind(c byte) string {
	switch {
	case c == '[':
		return "an array"
	case c == '"':
		return "a string"
	case c == 't' || c == 'f':
		return "a boolean"
	case c == 'n':
		return "null"
	case c == '-' || (c >= '0' && c <= '9'):
		return "a number"
	}
	return "something else"
}

func truncate(s string, n int) string {
	if len(s) > n {
		return s[:n] + "..."
	}
	return s
}
