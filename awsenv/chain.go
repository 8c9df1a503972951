//go:build !lambda

package awsenv

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
)

// Load returns the SDK configuration of the default chain, with o's
// region and credentials when set.
func Load(ctx context.Context, o Options) (aws.Config, error) {
	var opts []func(*config.LoadOptions) error
	region := o.Region
	if region == "" {
		region = o.getenv("AWS_REGION")
	}
	if region != "" {
		opts = append(opts, config.WithRegion(region))
	}
	if o.Credentials != nil {
		opts = append(opts, config.WithCredentialsProvider(o.Credentials))
	}
	return config.LoadDefaultConfig(ctx, opts...)
}
