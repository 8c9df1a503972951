//go:build !unix

package router_test

import (
	"testing"
	"time"
)

// cpuTime is not measured where getrusage is missing; cpu-us/req is then 0.
func cpuTime(*testing.B) time.Duration { return 0 }
