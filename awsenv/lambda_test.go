//go:build lambda

package awsenv_test

import (
	"context"
	"strings"
	"testing"

	"github.com/atsbridge/atsbridge/awsenv"
)

// TestLoadWithoutCredentials: the Lambda build reads credentials only from
// the environment, and says so when they are missing rather than failing
// on the first request.
func TestLoadWithoutCredentials(t *testing.T) {
	lambdaEnv(t)
	t.Setenv("AWS_ACCESS_KEY_ID", "")
	_, err := awsenv.Load(context.Background(), awsenv.Options{})
	if err == nil || !strings.Contains(err.Error(), "AWS_ACCESS_KEY_ID") {
		t.Errorf("got %v, want an error naming AWS_ACCESS_KEY_ID", err)
	}
}
