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
	return decodeValidUpTo[T](r, jsonLimit)
}

// decodeValidUpTo is decodeValid for a route whose body may reach lim (a
// route that takes files has raised the request's limit to it first).
func decodeValidUpTo[T validator](r *http.Request, lim bodyLimit) (T, error) {
	var v T
	if r.ContentLength > lim.bytes {
		return v, lim.tooLarge("")
	}
	if err := refuseQuery(r, "takes its input in the JSON body"); err != nil {
		return v, err
	}
	raw, err := readBody(r, lim)
	if err != nil {
		return v, err
	}
	return validJSON[T](r.Context(), raw)
}

// validJSON decodes raw, a body read whole and trimmed, into T and
// validates it, with the rules every body follows whatever its encoding
// on the wire (JSON, or a form turned into JSON by formJSON): one object,
// UTF-8 text, exactly the field names of T, the right types, then T's own
// Valid.
func validJSON[T validator](ctx context.Context, raw []byte) (T, error) {
	var v T
	if raw[0] != '{' {
		return v, ats.Invalid("The request body must be a JSON object.", ats.Detail{Field: "body", Problem: "must be a JSON object, not " + jsonKind(raw[0])})
	}
	if problems := textProblems(raw); len(problems) > 0 {
		return v, ats.Invalid(fmt.Sprintf("The request body has %d text value(s) that are not valid UTF-8 text; see details.", len(problems)), problems...)
	}
	if problems := fieldProblems(reflect.TypeFor[T](), raw, ""); len(problems) > 0 {
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
	if problems := v.Valid(ctx); len(problems) > 0 {
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

// fieldProblems checks the keys of a JSON object body against the json
// names of struct type t, exactly, and those of nested objects against
// their struct types (field names "resume.data"); prefix is the path of
// the object checked ("" at the top). encoding/json matches keys
// case-insensitively and lets a repeated key overwrite an earlier one, so
// {"EMAIL":...} or {"email":"a@x.com","Email":"b@x.com"} would otherwise
// pass silently. A body that is not a well-formed object yields no
// problems here; Decode reports it with its own message.
func fieldProblems(t reflect.Type, raw []byte, prefix string) []ats.Detail {
	known := map[string]reflect.Type{}
	for i := range t.NumField() {
		name, _, _ := strings.Cut(t.Field(i).Tag.Get("json"), ",")
		if name != "" && name != "-" {
			known[name] = t.Field(i).Type
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
		var value json.RawMessage
		if err := dec.Decode(&value); err != nil {
			return nil
		}
		field := prefix + truncate(key, 40)
		if key == "" {
			field = prefix + `""`
		}
		ft, isKnown := known[key]
		switch {
		case seen[key]:
			if isKnown {
				problems = append(problems, ats.Detail{Field: field, Problem: "is given more than once"})
			}
		case !isKnown:
			problem := "is not a known field"
			for k := range known {
				if strings.EqualFold(k, key) {
					problem += "; field names are case-sensitive: " + k
				}
			}
			problems = append(problems, ats.Detail{Field: field, Problem: problem})
		default:
			if nested := structOf(ft); nested != nil {
				problems = append(problems, fieldProblems(nested, value, field+".")...)
			}
		}
		seen[key] = true
	}
	return problems
}

// structOf is the struct type a field decodes as an object (through a
// pointer), or nil for any other field.
func structOf(t reflect.Type) reflect.Type {
	if t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t.Kind() != reflect.Struct || reflect.PointerTo(t).Implements(reflect.TypeFor[json.Unmarshaler]()) {
		return nil
	}
	return t
}

// bodyLimit is how large a route's body may be, and what to tell a
// client whose body is larger.
type bodyLimit struct {
	bytes int64
	// hint ends the 413's message.
	hint string
}

// jsonLimit is the limit of every route that takes JSON only.
var jsonLimit = bodyLimit{bytes: MaxBodyBytes}

// tooLarge is the error for a body over the limit; once says when ("once
// decompressed"), or is empty.
func (l bodyLimit) tooLarge(once string) error {
	if once != "" {
		once = " " + once
	}
	return ats.Errorf(ats.CodeBodyTooLarge, "The request body is larger than %d bytes%s%s.", l.bytes, once, l.hint)
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
