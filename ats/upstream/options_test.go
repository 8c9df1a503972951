package upstream_test

import (
	"testing"

	"github.com/atsbridge/atsbridge/ats/upstream"
)

func TestConfigHygiene(t *testing.T) {
	if upstream.Redacted("") != "(unset)" || upstream.Redacted("tok-SECRET") != "(set)" {
		t.Error("Redacted shows more than whether the secret is set")
	}
	for s, want := range map[string]bool{"wk-4f1d9c": false, "two words": true, "tab\there": true, "end\n": true, "del\x7f": true} {
		if upstream.Spaced(s) != want {
			t.Errorf("Spaced(%q): got %v", s, !want)
		}
	}
	if err := (upstream.Options{Timeout: -1}).Check("Acme"); err == nil || err.Error() != "the Acme timeout and retry wait must not be negative" {
		t.Errorf("negative timeout: got %v", err)
	}
	if err := (upstream.Options{RetryWait: -1}).Check("Acme"); err == nil {
		t.Error("negative retry wait: got no error")
	}
	if err := (upstream.Options{}).Check("Acme"); err != nil {
		t.Errorf("defaults: got %v", err)
	}
}
