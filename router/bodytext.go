package router

import (
	"encoding/json"
	"strconv"
	"unicode/utf8"

	"github.com/atsbridge/atsbridge/ats"
)

// textProblems names each string value of a JSON body that is not valid
// UTF-8 text: bytes that are not UTF-8, or an escaped UTF-16 surrogate
// that is not half of a pair ("\ud800"). encoding/json would quietly
// decode either as U+FFFD, so a name would be stored with a replacement
// character the sender never typed. Fields are named as in every other
// detail: name, tags[1], and a.b for nested objects. A body that is not
// valid JSON has no problems here; decoding reports it.
//
// It is one pass over the bytes, whatever the nesting, so a deeply nested
// body costs no more than a flat one.
func textProblems(raw []byte) []ats.Detail {
	if !json.Valid(raw) {
		return nil
	}
	type frame struct {
		array     bool
		index     int
		key       string
		expectKey bool
	}
	var stack []frame
	path := func() string {
		var p []byte
		for _, f := range stack {
			switch {
			case f.array:
				p = append(p, '[')
				p = strconv.AppendInt(p, int64(f.index), 10)
				p = append(p, ']')
			default:
				if len(p) > 0 {
					p = append(p, '.')
				}
				p = append(p, f.key...)
			}
		}
		return truncate(string(p), 60)
	}
	var problems []ats.Detail
	for i := 0; i < len(raw); i++ {
		switch raw[i] {
		case '{':
			stack = append(stack, frame{expectKey: true})
		case '[':
			stack = append(stack, frame{array: true})
		case '}', ']':
			stack = stack[:len(stack)-1]
		case ',':
			if top := &stack[len(stack)-1]; top.array {
				top.index++
			} else {
				top.expectKey = true
			}
		case '"':
			end := stringEnd(raw, i)
			lit := raw[i : end+1]
			i = end
			if len(stack) > 0 && stack[len(stack)-1].expectKey {
				top := &stack[len(stack)-1]
				top.expectKey = false
				if err := json.Unmarshal(lit, &top.key); err != nil {
					top.key = "?"
				}
				continue
			}
			if problem := stringProblem(lit); problem != "" {
				problems = append(problems, ats.Detail{Field: path(), Problem: problem})
			}
		}
	}
	return problems
}

// stringEnd returns the index of the quote that closes the JSON string
// starting at raw[start].
func stringEnd(raw []byte, start int) int {
	for i := start + 1; i < len(raw); i++ {
		switch raw[i] {
		case '\\':
			i++
		case '"':
			return i
		}
	}
	return len(raw) - 1
}

// stringProblem says what is wrong with the text of a valid JSON string
// literal (quotes included), or "".
func stringProblem(lit []byte) string {
	if !utf8.Valid(lit) {
		return "is not valid UTF-8 text; send the body in UTF-8"
	}
	const lone = "holds a lone UTF-16 surrogate escape (such as \\ud800), which is no character; send the character itself or a complete surrogate pair"
	for i := 1; i < len(lit)-1; i++ {
		if lit[i] != '\\' {
			continue
		}
		i++
		if lit[i] != 'u' {
			continue
		}
		r := hex4(lit[i+1 : i+5])
		i += 4
		switch {
		case r >= 0xD800 && r < 0xDC00:
			if i+6 < len(lit) && lit[i+1] == '\\' && lit[i+2] == 'u' {
				if low := hex4(lit[i+3 : i+7]); low >= 0xDC00 && low <= 0xDFFF {
					i += 6
					continue
				}
			}
			return lone
		case r >= 0xDC00 && r <= 0xDFFF:
			return lone
		}
	}
	return ""
}

// hex4 reads the four hex digits of a \u escape (valid JSON has them).
func hex4(b []byte) rune {
	n, _ := strconv.ParseUint(string(b), 16, 32)
	return rune(n)
}
