package wire

import (
	"encoding/json"
	"slices"
	"testing"
	"time"
)

func decode[T any](t *testing.T, s string) T {
	t.Helper()
	var v T
	if err := json.Unmarshal([]byte(s), &v); err != nil {
		t.Fatalf("%s: %v", s, err)
	}
	return v
}

func TestIDs(t *testing.T) {
	ids := decode[[]ID](t, `[4012001, "4012002", null, 9007199254740993, " 7 ", "2727030b"]`)
	if !slices.Equal(ids, []ID{"4012001", "4012002", "", "9007199254740993", "7", "2727030b"}) {
		t.Errorf("ids: got %q", ids)
	}
	var bad ID
	if err := json.Unmarshal([]byte(`{"id":1}`), &bad); err == nil {
		t.Error("an object read as an id")
	}
}

func TestTimes(t *testing.T) {
	want := time.Date(2026, 9, 30, 13, 0, 0, 0, time.UTC)
	for _, s := range []string{
		`"2026-09-30T13:00:00Z"`, `"2026-09-30T13:00:00.000Z"`, `"2026-09-30T13:00:00.000+0000"`,
		`"2026-09-30T15:00:00+02:00"`, `"2026-09-30T13:00:00"`, `"2026-09-30 13:00:00 UTC"`,
		`"20260930T130000Z"`, `1790773200`, `"1790773200"`, `1790773200.0`,
	} {
		if got := decode[Time](t, s).UTC(); !got.Equal(want) {
			t.Errorf("%s: got %v", s, got)
		}
	}
	if got := decode[Time](t, `"2026-09-30"`).UTC(); !got.Equal(time.Date(2026, 9, 30, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("a date alone: got %v", got)
	}
	for _, s := range []string{`1790773200000`, `"1790773200000"`, `"2026-09-30T13:00:00Z"`} {
		if got := decode[MilliTime](t, s).UTC(); !got.Equal(want) {
			t.Errorf("%s as milliseconds: got %v", s, got)
		}
	}
	for _, s := range []string{`null`, `""`} {
		if !decode[Time](t, s).UTC().IsZero() || decode[*Time](t, s).Ptr() != nil || decode[*MilliTime](t, s).Ptr() != nil {
			t.Errorf("%s: want the zero time, and nil", s)
		}
	}
	if p := decode[Time](t, `"2026-09-30T15:00:00+02:00"`); p.Ptr() == nil || !p.Ptr().Equal(want) || p.Ptr().Location() != time.UTC {
		t.Errorf("Ptr: got %v", p.Ptr())
	}
	var bad Time
	if err := json.Unmarshal([]byte(`"next tuesday"`), &bad); err == nil {
		t.Error("a non-time parsed")
	}
}

func TestText(t *testing.T) {
	if Optional("  ") != nil || *Optional(" Berlin ") != "Berlin" {
		t.Error("Optional: want nil for blank, the trimmed text otherwise")
	}
	if got := First("", "  ", "Sales ", "Team"); got != "Sales " {
		t.Errorf("First: got %q, want the first that is not blank, as written", got)
	}
	if First(" ", "") != "" {
		t.Error("First of blanks: want empty")
	}
}
