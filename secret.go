package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"time"

	"github.com/atsbridge/atsbridge/ats/registry"
	"github.com/atsbridge/atsbridge/awscall"
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

// fetchSecret reads the secret arn with one GetSecretValue call (Secrets
// Manager's JSON protocol), made by awscall rather than the AWS SDK's
// Secrets Manager client, which would be a quarter megabyte of the Lambda
// bootstrap for this one call.
func fetchSecret(ctx context.Context, getenv func(string) string, arn string) (map[string]string, error) {
	cfg, err := awsenv.Load(ctx, awsenv.Options{Getenv: getenv})
	if err != nil {
		return nil, err
	}
	if cfg.Region == "" {
		return nil, errors.New("no AWS region; set AWS_REGION")
	}
	if cfg.Credentials == nil {
		return nil, errors.New("no AWS credentials")
	}
	endpoint := "https://secretsmanager." + cfg.Region + "." + awscall.DNSSuffix(cfg.Region) + "/"
	if ep := getenv("SECRETS_MANAGER_ENDPOINT"); ep != "" {
		endpoint = ep
	}
	u, err := url.Parse(endpoint)
	if err != nil || u.Scheme != "http" && u.Scheme != "https" || u.Host == "" {
		return nil, fmt.Errorf("SECRETS_MANAGER_ENDPOINT %q is not an http(s) URL", endpoint)
	}
	if u.Path == "" {
		u.Path = "/"
	}
	in, err := json.Marshal(map[string]string{"SecretId": arn})
	if err != nil {
		return nil, err
	}
	client := awscall.New("secretsmanager", cfg.Region, cfg.Credentials, awscall.Options{})
	res, err := client.Do(ctx, awscall.Request{
		Op: "GetSecretValue", Method: http.MethodPost, URL: u, Body: in,
		Header: http.Header{
			"Content-Type": {"application/x-amz-json-1.1"},
			"X-Amz-Target": {"secretsmanager.GetSecretValue"},
		},
	})
	if err != nil {
		return nil, fmt.Errorf("GetSecretValue: %w", err)
	}
	defer res.Body.Close()
	var out struct{ SecretString *string }
	// A secret holds at most 64 KB; its JSON answer, escaped, a few times that.
	if err := json.NewDecoder(io.LimitReader(res.Body, 1<<20)).Decode(&out); err != nil {
		return nil, fmt.Errorf("GetSecretValue: unreadable answer: %w", err)
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
