//go:build lambda

package awsenv

import (
	"context"
	"errors"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/credentials"
)

// Load returns the configuration of a Lambda function: the region from
// o or AWS_REGION, and the execution role's temporary credentials, which
// Lambda puts in AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and
// AWS_SESSION_TOKEN for the life of the execution environment (the
// default chain reads the same variables first). Everything else is the
// clients' own default, as it is under the default chain when nothing
// overrides it: standard retries, the SDK's HTTP client, regional
// endpoints.
func Load(_ context.Context, o Options) (aws.Config, error) {
	cfg := aws.Config{Region: o.Region, Credentials: o.Credentials}
	if cfg.Region == "" {
		cfg.Region = o.getenv("AWS_REGION")
	}
	if cfg.Credentials == nil {
		id, secret := o.getenv("AWS_ACCESS_KEY_ID"), o.getenv("AWS_SECRET_ACCESS_KEY")
		if id == "" || secret == "" {
			return aws.Config{}, errors.New("no AWS credentials: the Lambda build reads AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, which Lambda sets from the function's role")
		}
		cfg.Credentials = aws.NewCredentialsCache(credentials.NewStaticCredentialsProvider(id, secret, o.getenv("AWS_SESSION_TOKEN")))
	}
	return cfg, nil
}
