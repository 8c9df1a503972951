package main

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/secretsmanager"

	"github.com/atsbridge/atsbridge/ats/registry"
	"github.com/atsbridge/atsbridge/awsenv"
)

// secretKeys are the variables that may come from the Secrets Manager
// secret named by ATS_SECRET_ARN instead of the environment: every
// provider's variables (ats/registry; infra creates the secret with the
// secret ones) and the cursor-signing key.
var secretKeys = secretVars()

func secretVars() []string {
	var keys []string
	for _, v := range registry.Vars() {
		keys = append(keys, v.Name)
	}
	return append(keys, registry.CursorSecretKey)
}

// withSecret reads the JSON secret named by ATS_SECRET_ARN once, at cold
// start, and returns a getenv that prefers its non-empty values for
// secretKeys. Without ATS_SECRET_ARN it returns getenv unchanged. A failure
// stops start-up with one clear line: in the cloud a missing secret must not
// silently turn into preview mode.
func withSecret(ctx context.Context, getenv func(string) string) (func(string) string, error) {
	arn := getenv("ATS_SECRET_ARN")
	if arn == "" {
		return getenv, nil
	}
	ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	values, err := fetchSecret(ctx, getenv, arn)
	if err != nil {
		return nil, fmt.Errorf("read provider credentials from ATS_SECRET_ARN: %w", err)
	}
	return func(name string) string {
		for _, k := range secretKeys {
			if k == name && values[name] != "" {
				return values[name]
			}
		}
		return getenv(name)
	}, nil
}

func fetchSecret(ctx context.Context, getenv func(string) string, arn string) (map[string]string, error) {
	cfg, err := awsenv.Load(ctx, awsenv.Options{Getenv: getenv})
	if err != nil {
		return nil, err
	}
	client := secretsmanager.NewFromConfig(cfg, func(o *secretsmanager.Options) {
		if ep := getenv("SECRETS_MANAGER_ENDPOINT"); ep != "" {
			o.BaseEndpoint = aws.String(ep)
		}
	})
	out, err := client.GetSecretValue(ctx, &secretsmanager.GetSecretValueInput{SecretId: aws.String(arn)})
	if err != nil {
		return nil, err
	}
	if out.SecretString == nil {
		return nil, fmt.Errorf("secret has no string value")
	}
	var values map[string]string
	if err := json.Unmarshal([]byte(*out.SecretString), &values); err != nil {
		return nil, fmt.Errorf("secret is not a JSON object of strings")
	}
	return values, nil
}
