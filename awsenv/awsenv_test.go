package awsenv_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/aws/aws-sdk-go-v2/credentials"

	"github.com/atsbridge/atsbridge/awsenv"
)

// lambdaEnv gives the test the environment of a Lambda function: the
// role's credentials and the region in variables, and nothing from this
// machine's AWS configuration.
func lambdaEnv(t *testing.T) {
	t.Helper()
	none := filepath.Join(t.TempDir(), "none")
	for k, v := range map[string]string{
		"AWS_ACCESS_KEY_ID": "ASIAROLEKEY", "AWS_SECRET_ACCESS_KEY": "role-secret", "AWS_SESSION_TOKEN": "role-session-token",
		"AWS_REGION": "eu-west-1", "AWS_DEFAULT_REGION": "", "AWS_PROFILE": "",
		"AWS_CONFIG_FILE": none, "AWS_SHARED_CREDENTIALS_FILE": none, "AWS_EC2_METADATA_DISABLED": "true",
	} {
		t.Setenv(k, v)
	}
}

// TestLoadInLambda: what a function gets, in either build: the region and
// the role's temporary credentials from the environment.
func TestLoadInLambda(t *testing.T) {
	lambdaEnv(t)
	ctx := context.Background()
	cfg, err := awsenv.Load(ctx, awsenv.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Region != "eu-west-1" {
		t.Errorf("region %q, want AWS_REGION's eu-west-1", cfg.Region)
	}
	creds, err := cfg.Credentials.Retrieve(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if creds.AccessKeyID != "ASIAROLEKEY" || creds.SecretAccessKey != "role-secret" || creds.SessionToken != "role-session-token" {
		t.Errorf("credentials %q/%q/%q, want the role's from the environment", creds.AccessKeyID, creds.SecretAccessKey, creds.SessionToken)
	}
}

// TestLoadOptions: a region and credentials given win over the
// environment's, and the region is read through Getenv.
func TestLoadOptions(t *testing.T) {
	lambdaEnv(t)
	ctx := context.Background()
	cfg, err := awsenv.Load(ctx, awsenv.Options{Region: "us-west-2", Credentials: credentials.NewStaticCredentialsProvider("local", "local", "")})
	if err != nil {
		t.Fatal(err)
	}
	creds, _ := cfg.Credentials.Retrieve(ctx)
	if cfg.Region != "us-west-2" || creds.AccessKeyID != "local" {
		t.Errorf("region %q, key %q; want the given us-west-2 and local", cfg.Region, creds.AccessKeyID)
	}
	cfg, err = awsenv.Load(ctx, awsenv.Options{Getenv: func(k string) string {
		if k == "AWS_REGION" {
			return "ap-south-1"
		}
		return ""
	}, Credentials: credentials.NewStaticCredentialsProvider("local", "local", "")})
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Region != "ap-south-1" {
		t.Errorf("region %q, want Getenv's ap-south-1", cfg.Region)
	}
}
