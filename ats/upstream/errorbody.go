package upstream

import (
	"encoding/json"
	"fmt"
	"sort"

	"github.com/atsbridge/atsbridge/ats"
)

// ErrorFormat says where a provider's error answers keep their message and
// their field problems; its Parse is a Config.ParseError.
//
//	Workable   {"error": "...", "validation_errors": {"email": ["is taken"]}}
//	           ErrorFormat{Message: []string{"error", "message"}, Problems: "validation_errors"}
//	Greenhouse {"message": "...", "errors": ["...", {"email": "..."}, {"message": "...", "field": "email"}]}
//	           ErrorFormat{Message: []string{"message"}, Problems: "errors"}
//	Lever      {"code": "BadRequestError", "message": "..."}
//	           ErrorFormat{Message: []string{"message"}}
type ErrorFormat struct {
	// Message lists the keys of the message, the first non-empty wins.
	Message []string
	// Problems is the key of the field problems, in any of the shapes
	// providers use: {"field": ["problem", ...]}, {"field": "problem"}, a
	// list of strings, a list of single-key objects {"field": "problem"},
	// or a list of {"message": "problem", "field": "field"}.
	Problems string
	// Fields renames the provider's field names to atsbridge's
	// ("firstname" -> "first_name").
	Fields map[string]string
}

// Parse reads body; a body that is not a JSON object (a proxy's HTML page)
// has neither message nor problems.
func (f ErrorFormat) Parse(body []byte) (message string, problems []ats.Detail) {
	var obj map[string]json.RawMessage
	if json.Unmarshal(body, &obj) != nil {
		return "", nil
	}
	for _, k := range f.Message {
		var s string
		if json.Unmarshal(obj[k], &s) == nil && s != "" {
			message = s
			break
		}
	}
	if f.Problems != "" {
		problems = f.problems(obj[f.Problems])
	}
	return message, problems
}

// problems reads the problems in whichever shape they come, one detail per
// problem; a map's fields are sorted, so that the order is stable.
func (f ErrorFormat) problems(raw json.RawMessage) []ats.Detail {
	if len(raw) == 0 || string(raw) == "null" {
		return nil
	}
	var out []ats.Detail
	var byField map[string]json.RawMessage
	if json.Unmarshal(raw, &byField) == nil {
		fields := make([]string, 0, len(byField))
		for k := range byField {
			fields = append(fields, k)
		}
		sort.Strings(fields)
		for _, k := range fields {
			for _, p := range texts(byField[k]) {
				out = append(out, ats.Detail{Field: f.field(k), Problem: p})
			}
		}
		return out
	}
	var list []json.RawMessage
	if json.Unmarshal(raw, &list) != nil {
		return problemsOf("", texts(raw))
	}
	for _, item := range list {
		out = append(out, f.entry(item)...)
	}
	return out
}

// entry reads one entry of a list of problems.
func (f ErrorFormat) entry(raw json.RawMessage) []ats.Detail {
	var obj map[string]json.RawMessage
	if json.Unmarshal(raw, &obj) != nil {
		return problemsOf("", texts(raw))
	}
	if msg, ok := obj["message"]; ok {
		var field string
		_ = json.Unmarshal(obj["field"], &field)
		return problemsOf(f.field(field), texts(msg))
	}
	// {"email": "has already been taken"}: the key is the field.
	return f.problems(raw)
}

func (f ErrorFormat) field(name string) string {
	if n, ok := f.Fields[name]; ok {
		return n
	}
	return name
}

func problemsOf(field string, texts []string) []ats.Detail {
	out := make([]ats.Detail, 0, len(texts))
	for _, t := range texts {
		out = append(out, ats.Detail{Field: field, Problem: t})
	}
	return out
}

// texts reads a string or a list of values as problem texts; anything
// else is kept as its JSON text.
func texts(raw json.RawMessage) []string {
	var one string
	if json.Unmarshal(raw, &one) == nil {
		return []string{one}
	}
	var many []any
	if json.Unmarshal(raw, &many) == nil {
		out := make([]string, 0, len(many))
		for _, v := range many {
			if s, ok := v.(string); ok {
				out = append(out, s)
				continue
			}
			out = append(out, fmt.Sprint(v))
		}
		return out
	}
	return []string{string(raw)}
}
