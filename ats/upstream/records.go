package upstream

import (
	"bytes"
	"encoding/json"
	"fmt"
)

// Record is one record of a list answer, decoded, with its JSON when the
// caller keeps it (for ?include=raw).
type Record[W any] struct {
	W   W
	Raw json.RawMessage
}

// DecodeArray reads a list answer that is a bare JSON array of records
// (Greenhouse's).
func DecodeArray[W any](body []byte, keepRaw bool) ([]Record[W], error) {
	dec := json.NewDecoder(bytes.NewReader(body))
	if err := expectDelim(dec, '['); err != nil {
		return nil, fmt.Errorf("the list is not an array: %w", err)
	}
	return decodeElements[W](dec, keepRaw)
}

// DecodeObject reads a list answer that is a JSON object: its records are
// the array (or null) under key, and every other member goes to other,
// which reads the member's value from dec (nil skips them all). found
// reports whether key was there. The answer streams through one decoder
// instead of being unmarshalled level by level, which scanned every byte
// six times.
func DecodeObject[W any](body []byte, key string, keepRaw bool, other func(name string, dec *json.Decoder) error) (recs []Record[W], found bool, err error) {
	dec := json.NewDecoder(bytes.NewReader(body))
	if err := expectDelim(dec, '{'); err != nil {
		return nil, false, err
	}
	for dec.More() {
		t, err := dec.Token()
		if err != nil {
			return nil, false, err
		}
		switch name, _ := t.(string); {
		case name == key:
			found = true
			if recs, err = decodeList[W](dec, keepRaw); err != nil {
				return nil, false, err
			}
		case other != nil:
			if err := other(name, dec); err != nil {
				return nil, false, err
			}
		default:
			var skip json.RawMessage
			if err := dec.Decode(&skip); err != nil {
				return nil, false, err
			}
		}
	}
	if err := expectDelim(dec, '}'); err != nil {
		return nil, false, err
	}
	return recs, found, nil
}

// decodeList reads an array of records, or null.
func decodeList[W any](dec *json.Decoder, keepRaw bool) ([]Record[W], error) {
	t, err := dec.Token()
	if err != nil || t == nil {
		return nil, err
	}
	if t != json.Delim('[') {
		return nil, fmt.Errorf("the list is a %s, not an array", tokenKind(t))
	}
	return decodeElements[W](dec, keepRaw)
}

// decodeElements reads the records of an array whose '[' is read.
func decodeElements[W any](dec *json.Decoder, keepRaw bool) ([]Record[W], error) {
	var recs []Record[W]
	for dec.More() {
		var r Record[W]
		var err error
		if keepRaw {
			if err := dec.Decode(&r.Raw); err != nil {
				return nil, err
			}
			err = json.Unmarshal(r.Raw, &r.W)
		} else {
			err = dec.Decode(&r.W)
		}
		if err != nil {
			return nil, fmt.Errorf("record %d: %w", len(recs), err)
		}
		recs = append(recs, r)
	}
	return recs, expectDelim(dec, ']')
}

func expectDelim(dec *json.Decoder, d json.Delim) error {
	t, err := dec.Token()
	if err != nil {
		return err
	}
	if t != d {
		return fmt.Errorf("got a %s, want %v", tokenKind(t), d)
	}
	return nil
}

// tokenKind names a JSON token without its value: a malformed answer's
// strings may be a candidate's email, and errors reach logs.
func tokenKind(t json.Token) string {
	switch v := t.(type) {
	case json.Delim:
		return "'" + v.String() + "'"
	case string:
		return "string"
	case nil:
		return "null"
	default:
		return fmt.Sprintf("%T", t)
	}
}
