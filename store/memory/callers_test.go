package memory_test

import (
	"testing"

	"github.com/atsbridge/atsbridge/store/callertest"
	"github.com/atsbridge/atsbridge/store/memory"
)

func TestCallerContract(t *testing.T) {
	callertest.Run(t, func(t *testing.T) callertest.Store { return memory.New() })
}
