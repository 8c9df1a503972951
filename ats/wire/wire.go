// Package wire reads the JSON of providers' APIs leniently, the same way
// for every live provider: ids sent as strings or numbers, timestamps in
// the forms of ISO 8601 providers use or as Unix time, null and "" as
// absent. A provider package declares its wire types with these fields
// and keeps only what is its own (which fields, which envelope, which
// unit its numbers count in); the mapping to ats values then reads text
// through Optional and First.
//
// It imports nothing of ours: the fakes of providers may not share code
// with the clients, so that a bug in reading cannot hide in both.
package wire

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// ID reads an id (or any other text) sent as a JSON string or number;
// null reads as "". Numbers are kept as written, so ids beyond 2^53
// survive, and strings are trimmed of spaces.
type ID string

// UnmarshalJSON reads a string, a number or null.
func (id *ID) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	switch {
	case string(b) == "null":
		*id = ""
	case len(b) > 0 && b[0] == '"':
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
		*id = ID(strings.TrimSpace(s))
	default:
		var n json.Number
		if err := json.Unmarshal(b, &n); err != nil {
			return fmt.Errorf("id: %w", err)
		}
		*id = ID(n.String())
	}
	return nil
}

// Time reads a timestamp: a string in any of the forms of ISO 8601 that
// providers send (see ParseTime), or a number of Unix seconds, as a JSON
// number or a string; null and "" read as the zero time. Values are kept
// in UTC.
type Time time.Time

// UnmarshalJSON reads a timestamp whose numbers count seconds.
func (t *Time) UnmarshalJSON(b []byte) error {
	v, err := parse(b, time.Second)
	*t = Time(v)
	return err
}

// UTC is the time, in UTC; the zero time when absent.
func (t Time) UTC() time.Time { return time.Time(t).UTC() }

// Ptr is the time, or nil when absent.
func (t *Time) Ptr() *time.Time { return ptr((*time.Time)(t)) }

// MilliTime is Time for providers whose numbers count milliseconds since
// the Unix epoch (Lever).
type MilliTime time.Time

// UnmarshalJSON reads a timestamp whose numbers count milliseconds.
func (t *MilliTime) UnmarshalJSON(b []byte) error {
	v, err := parse(b, time.Millisecond)
	*t = MilliTime(v)
	return err
}

// UTC is the time, in UTC; the zero time when absent.
func (t MilliTime) UTC() time.Time { return time.Time(t).UTC() }

// Ptr is the time, or nil when absent.
func (t *MilliTime) Ptr() *time.Time { return ptr((*time.Time)(t)) }

func ptr(t *time.Time) *time.Time {
	if t == nil || t.IsZero() {
		return nil
	}
	v := t.UTC()
	return &v
}

// parse reads a JSON timestamp whose numbers count unit.
func parse(b []byte, unit time.Duration) (time.Time, error) {
	b = bytes.TrimSpace(b)
	if string(b) == "null" || string(b) == `""` {
		return time.Time{}, nil
	}
	s := string(b)
	if len(b) > 0 && b[0] == '"' {
		if err := json.Unmarshal(b, &s); err != nil {
			return time.Time{}, fmt.Errorf("timestamp: %w", err)
		}
		if v, ok := parseISO(s); ok {
			return v, nil
		}
	}
	f, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
	if err != nil {
		return time.Time{}, fmt.Errorf("timestamp %q is neither ISO 8601 nor a number of %s", s, unitName(unit))
	}
	return time.UnixMilli(int64(f * float64(unit/time.Millisecond))).UTC(), nil
}

func unitName(unit time.Duration) string {
	if unit == time.Millisecond {
		return "epoch milliseconds"
	}
	return "Unix seconds"
}

// isoLayouts are the forms of ISO 8601 providers' answers take: with or
// without fraction, with Z, an offset with or without colon, or no zone
// (read as UTC), with T or a space between date and time; the compact
// form; a date alone.
var isoLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04:05.999999999Z0700", // +0000, as strftime's %z writes it
	"2006-01-02T15:04:05.999999999",      // no zone: UTC
	"20060102T150405Z0700",
	"2006-01-02 15:04:05.999999999Z07:00",
	"2006-01-02 15:04:05.999999999 -0700",
	"2006-01-02 15:04:05.999999999 MST",
	"2006-01-02",
}

func parseISO(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	for _, layout := range isoLayouts {
		if v, err := time.Parse(layout, s); err == nil {
			return v.UTC(), true
		}
	}
	return time.Time{}, false
}

// Optional is a text field as the ats models hold it: nil when it is blank,
// else trimmed of spaces.
func Optional(s string) *string {
	s = strings.TrimSpace(s)
	if s == "" {
		return nil
	}
	return &s
}

// First is the first of ss that is not blank, as it is written; "" when
// all are.
func First(ss ...string) string {
	for _, s := range ss {
		if strings.TrimSpace(s) != "" {
			return s
		}
	}
	return ""
}
