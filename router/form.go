package router

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"reflect"
	"strings"
	"unicode/utf8"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/resume"
)

// formField is one text field of a multipart form, in the order sent.
type formField struct {
	name, value string
}

// formData is a multipart/form-data body: its text fields, and the file
// in the part named "resume" (nil when there is none, or when it is the
// empty part a browser sends for a file input left empty).
type formData struct {
	fields []formField
	file   *resumeUpload
}

// readForm reads a multipart/form-data body whole: text fields of at most
// maxFormField bytes each, and one file, of at most resume.MaxFileBytes,
// in the part "resume". The caller has raised the body limit.
func readForm(r *http.Request, boundary string) (formData, error) {
	var form formData
	if boundary == "" {
		return form, ats.Invalid("The multipart body has no boundary in its Content-Type.", ats.Detail{Field: "body", Problem: "is not a valid multipart/form-data body"})
	}
	mr := multipart.NewReader(r.Body, boundary)
	for {
		part, err := mr.NextPart()
		if err == io.EOF {
			break
		}
		if err != nil {
			var mbe *http.MaxBytesError
			if errors.As(err, &mbe) {
				return form, resumeLimit.tooLarge("")
			}
			return form, ats.Invalid("The multipart body is malformed.", ats.Detail{Field: "body", Problem: "is not a valid multipart/form-data body"})
		}
		name := part.FormName()
		if name == "resume" {
			if form.file != nil {
				return form, ats.Invalid("Send one resume.", ats.Detail{Field: "resume", Problem: "is given more than once"})
			}
			data, err := readLimited(part, resume.MaxFileBytes)
			if err != nil {
				return form, err
			}
			if len(data) == 0 && part.FileName() == "" {
				continue // a file input left empty
			}
			form.file = &resumeUpload{Filename: part.FileName(), DeclaredType: part.Header.Get("Content-Type"), Data: data}
			continue
		}
		v, err := readLimited(part, maxFormField)
		if err != nil {
			var e *ats.Error
			if errors.As(err, &e) && e.Code == ats.CodeBodyTooLarge {
				return form, ats.Invalid(fmt.Sprintf("The form field %q is too long.", truncate(name, 40)), ats.Detail{Field: truncate(name, 40), Problem: fmt.Sprintf("must be at most %d bytes", maxFormField)})
			}
			return form, err
		}
		form.fields = append(form.fields, formField{name: name, value: string(v)})
	}
	return form, nil
}

// decodeForm turns a form's text fields into T's JSON body and validates
// it as decodeValid validates JSON, so that a form and a JSON body are
// held to one set of rules and get the same messages: field names are
// exact and known, a field given twice is refused, a value must be UTF-8
// text. A form has only text, so a field that T takes as a list (tags) is
// the field repeated, one value each, and a boolean (parse_resume) is
// true, on or 1 (an HTML checkbox sends on), or false, off or 0. An empty
// value is an absent field: that is how a form sends an input left empty.
func decodeForm[T validator](ctx context.Context, fields []formField) (T, error) {
	var v T
	t := reflect.TypeFor[T]()
	kinds := map[string]reflect.Kind{}
	for i := range t.NumField() {
		name, _, _ := strings.Cut(t.Field(i).Tag.Get("json"), ",")
		ft := t.Field(i).Type
		if ft.Kind() == reflect.Pointer {
			ft = ft.Elem()
		}
		kinds[name] = ft.Kind()
	}
	var problems []ats.Detail
	lists := map[string][]string{}
	var order []string // keys in the order first sent; lists once
	values := map[int]any{}
	for _, f := range fields {
		if !utf8.ValidString(f.name) || !utf8.ValidString(f.value) {
			problems = append(problems, ats.Detail{Field: truncate(strings.ToValidUTF8(f.name, "?"), 40), Problem: "is not valid UTF-8 text; send the body in UTF-8"})
			continue
		}
		if f.value == "" {
			continue
		}
		switch kinds[f.name] {
		case reflect.Slice:
			if _, ok := lists[f.name]; !ok {
				order = append(order, f.name)
			}
			lists[f.name] = append(lists[f.name], f.value)
			continue
		case reflect.Bool:
			switch strings.ToLower(strings.TrimSpace(f.value)) {
			case "true", "on", "1":
				values[len(order)] = true
			case "false", "off", "0":
				values[len(order)] = false
			default:
				// As text, for the JSON decoder to refuse as it refuses
				// "parse_resume": "yes".
				values[len(order)] = f.value
			}
		default:
			values[len(order)] = f.value
		}
		order = append(order, f.name)
	}
	if len(problems) > 0 {
		return v, ats.Invalid(fmt.Sprintf("The form has %d field(s) that are not valid; see details.", len(problems)), problems...)
	}
	// One JSON object, keys in the order sent and repeated as sent, so
	// that validJSON finds what it finds in a JSON body.
	var b strings.Builder
	b.WriteByte('{')
	for i, name := range order {
		if i > 0 {
			b.WriteByte(',')
		}
		key, _ := json.Marshal(name)
		b.Write(key)
		b.WriteByte(':')
		val := values[i]
		if l, ok := lists[name]; ok && val == nil {
			val = l
		}
		enc, err := json.Marshal(val)
		if err != nil {
			return v, fmt.Errorf("encode form field %s: %w", name, err)
		}
		b.Write(enc)
	}
	b.WriteByte('}')
	return validJSON[T](ctx, []byte(b.String()))
}
