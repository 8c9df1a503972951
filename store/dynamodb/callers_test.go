package dynamodb

import (
	"testing"

	"github.com/atsbridge/atsbridge/store/callertest"
)

func TestCallerContract(t *testing.T) {
	callertest.Run(t, func(t *testing.T) callertest.Store {
		s, _ := openTest(t)
		return s
	})
}
