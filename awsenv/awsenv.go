// Package awsenv loads the AWS SDK configuration of the process, for the
// clients that reach AWS (the DynamoDB store, the Secrets Manager read at
// cold start).
//
// The normal build uses the SDK's default chain (environment variables,
// shared config and credentials files, SSO, IMDS, ...), so a developer's
// profile works. The Lambda build (-tags lambda) reads only what a Lambda
// function has, the region and the role's credentials in environment
// variables: the chain's other sources are about 1.6 MB of the bootstrap
// binary (the config package with STS, SSO and IMDS clients) that the
// cloud never uses, and that every cold start would load.
//
// awsenv imports nothing of atsbridge.
package awsenv

import (
	"os"

	"github.com/aws/aws-sdk-go-v2/aws"
)

// Options adjusts what Load finds.
type Options struct {
	// Region, when set, is the region; else AWS_REGION (and, in the
	// normal build, the rest of the chain: AWS_DEFAULT_REGION, profiles).
	Region string
	// Credentials, when set, sign every request instead of the chain's.
	Credentials aws.CredentialsProvider
	// Getenv reads the environment; nil means os.Getenv. The normal
	// build's default chain reads the process environment itself.
	Getenv func(string) string
}

func (o Options) getenv(name string) string {
	if o.Getenv == nil {
		return os.Getenv(name)
	}
	return o.Getenv(name)
}
