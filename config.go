package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/atsbridge/atsbridge/ats"
)

// Config is the service's configuration, read from the environment once at
// start. It holds secrets (APIKey, CursorSecret): log chosen fields, never the struct.
type Config struct {
	Provider string // workable, greenhouse, lever
	Mode     ats.Mode
	// ModeReason says why preview was chosen in auto mode (logged once).
	ModeReason string

	BaseURL           string
	APIKey            string // secret
	WorkableCompany   string
	WorkableMemberID  string
	WorkableRateLimit int

	Port  string
	Stage string

	Store          string // sqlite, memory, dynamodb
	DataDir        string
	DynamoTable    string
	DynamoEndpoint string
	AWSRegion      string

	LogFormat    string // text or json
	LogLevel     string
	CursorSecret string // secret
	SecretARN    string
	InLambda     bool
}

// providers lists the ATS_PROVIDER values and whether live mode exists yet.
var providers = map[string]bool{"workable": true, "greenhouse": false, "lever": false}

// loadConfig reads and validates the environment. An error names the
// variable and what to do, in one line, and never echoes a secret.
func loadConfig(getenv func(string) string) (Config, error) {
	env := func(name, def string) string {
		if v := strings.TrimSpace(getenv(name)); v != "" {
			return v
		}
		return def
	}
	c := Config{
		Provider:         strings.ToLower(env("ATS_PROVIDER", "workable")),
		BaseURL:          env("ATS_BASE_URL", ""),
		APIKey:           env("ATS_API_KEY", ""),
		WorkableCompany:  env("WORKABLE_COMPANY", ""),
		WorkableMemberID: env("WORKABLE_MEMBER_ID", ""),
		Port:             env("PORT", "3000"),
		Stage:            env("STAGE", "dev"),
		Store:            strings.ToLower(env("STORE", "sqlite")),
		DataDir:          env("DATA_DIR", ".data"),
		DynamoTable:      env("DYNAMODB_TABLE", ""),
		DynamoEndpoint:   env("DYNAMODB_ENDPOINT", ""),
		AWSRegion:        env("AWS_REGION", env("AWS_DEFAULT_REGION", "us-east-1")),
		LogLevel:         strings.ToLower(env("LOG_LEVEL", env("AWS_LAMBDA_LOG_LEVEL", "info"))),
		CursorSecret:     env("CURSOR_SECRET", ""),
		SecretARN:        env("ATS_SECRET_ARN", ""),
		InLambda:         getenv("AWS_LAMBDA_RUNTIME_API") != "",
	}
	var errs []error
	live, known := providers[c.Provider]
	if !known {
		errs = append(errs, fmt.Errorf("ATS_PROVIDER=%q is not supported; use workable, greenhouse or lever", c.Provider))
	}
	if n, err := strconv.Atoi(env("WORKABLE_RATE_LIMIT", "10")); err != nil || n < 1 || n > 1000 {
		errs = append(errs, errors.New("WORKABLE_RATE_LIMIT must be a whole number of requests per 10 s from 1 to 1000"))
	} else {
		c.WorkableRateLimit = n
	}
	if p, err := strconv.Atoi(c.Port); err != nil || p < 0 || p > 65535 {
		errs = append(errs, fmt.Errorf("PORT=%q must be a TCP port number", c.Port))
	}
	if c.Stage != "" && !validSegment(c.Stage) {
		errs = append(errs, fmt.Errorf("STAGE=%q must be one path segment of letters, digits, '_' or '-'", c.Stage))
	}
	switch c.Store {
	case "sqlite", "memory":
	case "dynamodb":
		if c.DynamoTable == "" {
			errs = append(errs, errors.New("DYNAMODB_TABLE is required when STORE=dynamodb"))
		}
	default:
		errs = append(errs, fmt.Errorf("STORE=%q is not supported; use sqlite, memory or dynamodb", c.Store))
	}
	c.LogFormat = strings.ToLower(env("LOG_FORMAT", map[bool]string{true: "json", false: "text"}[c.InLambda]))
	if c.LogFormat != "json" && c.LogFormat != "text" {
		errs = append(errs, fmt.Errorf("LOG_FORMAT=%q must be json or text", c.LogFormat))
	}
	switch c.LogLevel {
	case "debug", "info", "warn", "error":
	default:
		errs = append(errs, fmt.Errorf("LOG_LEVEL=%q must be debug, info, warn or error", c.LogLevel))
	}

	missing := c.missingCredentials()
	switch mode := strings.ToLower(env("ATS_MODE", "auto")); mode {
	case "preview":
		c.Mode = ats.ModePreview
		c.ModeReason = "ATS_MODE=preview"
	case "live":
		c.Mode = ats.ModeLive
		if len(missing) > 0 {
			errs = append(errs, fmt.Errorf("ATS_MODE=live needs %s for ATS_PROVIDER=%s", strings.Join(missing, " and "), c.Provider))
		}
	case "auto":
		switch {
		case len(missing) == 0:
			c.Mode = ats.ModeLive
		case c.SecretARN != "":
			// In the cloud credentials come from the secret; serving the
			// sandbox because it is empty would hide a broken deployment.
			errs = append(errs, fmt.Errorf("ATS_MODE=auto and the secret named by ATS_SECRET_ARN lacks %s: fill the secret, or set ATS_MODE=preview to serve the sandbox", strings.Join(missing, ", ")))
		default:
			c.Mode = ats.ModePreview
			c.ModeReason = "ATS_MODE=auto and " + strings.Join(missing, ", ") + " not set"
		}
	default:
		errs = append(errs, fmt.Errorf("ATS_MODE=%q must be auto, live or preview", mode))
	}
	if known && c.Mode == ats.ModeLive && !live {
		errs = append(errs, fmt.Errorf("ATS_PROVIDER=%s has no live integration yet; use ATS_MODE=preview", c.Provider))
	}
	return c, errors.Join(errs...)
}

// missingCredentials names the variables a live provider still needs.
func (c Config) missingCredentials() []string {
	var missing []string
	if c.APIKey == "" {
		missing = append(missing, "ATS_API_KEY")
	}
	if c.Provider == "workable" && c.WorkableCompany == "" && c.BaseURL == "" {
		missing = append(missing, "WORKABLE_COMPANY")
	}
	return missing
}

func validSegment(s string) bool {
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_' || r == '-') {
			return false
		}
	}
	return s != ""
}
