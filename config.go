package main

import (
	"errors"
	"fmt"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/registry"
	"github.com/atsbridge/atsbridge/caller"
	"github.com/atsbridge/atsbridge/router"
)

// Config is the service's configuration, read from the environment once at
// start. It holds secrets (Live, CursorSecret): log chosen fields, never
// the struct.
type Config struct {
	Provider string // an ats/registry name: workable, greenhouse, lever
	Mode     ats.Mode
	// ModeReason says why preview was chosen in auto mode (logged once).
	ModeReason string
	// Live is the provider's own configuration, read by its descriptor
	// (ats/registry); nil for a provider without a live integration.
	Live ats.LiveConfig

	Port  string
	Stage string

	Store          string // sqlite, memory, dynamodb
	DataDir        string
	DynamoTable    string
	DynamoEndpoint string
	// ResumeBucket is the S3 bucket of the sandbox's resume files with
	// STORE=dynamodb ("" keeps none); S3Endpoint a local S3-compatible
	// server for it.
	ResumeBucket string
	S3Endpoint   string
	AWSRegion    string
	// AWSCredentials says the environment has AWS_ACCESS_KEY_ID, which a
	// local DYNAMODB_ENDPOINT is then signed with (dummy ones otherwise).
	AWSCredentials bool

	// The caller layer (router.Config): AUTH, RATE_LIMIT, AUTH_CACHE_TTL
	// and CORS_ORIGINS.
	Auth        string
	RateLimit   caller.Rate
	KeyCacheTTL time.Duration
	CORSOrigins []string

	LogFormat    string // text or json
	LogLevel     string
	CursorSecret string // secret
	SecretARN    string
	InLambda     bool
}

// defaultCursorSecret signs cursors when CURSOR_SECRET is unset (local
// runs); deployments get a generated one from the secret.
const defaultCursorSecret = "atsbridge-cursor-v1"

// loadConfig reads and validates the environment, and owns every default.
// An error names the variable and what to do, in one line, and never echoes
// a secret.
func loadConfig(getenv func(string) string) (Config, error) {
	env := func(name, def string) string {
		if v := strings.TrimSpace(getenv(name)); v != "" {
			return v
		}
		return def
	}
	c := Config{
		Provider:       strings.ToLower(env("ATS_PROVIDER", registry.DefaultProvider)),
		Port:           env("PORT", "3000"),
		Stage:          env("STAGE", "dev"),
		Store:          strings.ToLower(env("STORE", "sqlite")),
		DataDir:        env("DATA_DIR", ".data"),
		DynamoTable:    env("DYNAMODB_TABLE", ""),
		DynamoEndpoint: env("DYNAMODB_ENDPOINT", ""),
		ResumeBucket:   env("RESUME_BUCKET", ""),
		S3Endpoint:     env("S3_ENDPOINT", ""),
		AWSRegion:      env("AWS_REGION", env("AWS_DEFAULT_REGION", "us-east-1")),
		AWSCredentials: env("AWS_ACCESS_KEY_ID", "") != "",
		LogLevel:       strings.ToLower(env("LOG_LEVEL", env("AWS_LAMBDA_LOG_LEVEL", "info"))),
		CursorSecret:   env(registry.CursorSecretKey, defaultCursorSecret),
		SecretARN:      env("ATS_SECRET_ARN", ""),
		InLambda:       getenv("AWS_LAMBDA_RUNTIME_API") != "",
	}
	c.LogFormat = strings.ToLower(env("LOG_FORMAT", map[bool]string{true: "json", false: "text"}[c.InLambda]))
	errs := c.check()
	errs = append(errs, c.readCallers(env)...)

	d, known := registry.Lookup(c.Provider)
	if !known {
		errs = append(errs, fmt.Errorf("ATS_PROVIDER=%q is not supported; use %s", c.Provider, registry.OneOf()))
	}
	live, missing, err := d.Configure(getenv)
	if err != nil {
		errs = append(errs, err)
	}
	c.Live = live
	c.Mode, c.ModeReason, err = chooseMode(strings.ToLower(env("ATS_MODE", "auto")), d, missing, c.SecretARN)
	if err != nil && (known || c.Mode == "") {
		// An unknown provider is said once; only a bad ATS_MODE adds to it.
		errs = append(errs, err)
	}
	return c, errors.Join(errs...)
}

// check validates the settings that are not the provider's.
func (c Config) check() []error {
	var errs []error
	if p, err := strconv.Atoi(c.Port); err != nil || p < 0 || p > 65535 {
		errs = append(errs, fmt.Errorf("PORT=%q must be a TCP port number", c.Port))
	}
	if c.Stage != "" && !validSegment(c.Stage) {
		errs = append(errs, fmt.Errorf("STAGE=%q must be one path segment of letters, digits, '_' or '-'", c.Stage))
	}
	switch c.Store {
	case "memory":
	case "sqlite":
		if !sqliteBuilt {
			errs = append(errs, errors.New("STORE=sqlite (the default) is not in this build: the Lambda build (-tags lambda) leaves the SQLite driver out; set STORE=dynamodb or STORE=memory"))
		}
	case "dynamodb":
		if c.DynamoTable == "" {
			errs = append(errs, errors.New("DYNAMODB_TABLE is required when STORE=dynamodb"))
		}
	default:
		errs = append(errs, fmt.Errorf("STORE=%q is not supported; use sqlite, memory or dynamodb", c.Store))
	}
	if c.LogFormat != "json" && c.LogFormat != "text" {
		errs = append(errs, fmt.Errorf("LOG_FORMAT=%q must be json or text", c.LogFormat))
	}
	switch c.LogLevel {
	case "debug", "info", "warn", "error":
	default:
		errs = append(errs, fmt.Errorf("LOG_LEVEL=%q must be debug, info, warn or error", c.LogLevel))
	}
	return errs
}

// defaultRateLimit is RATE_LIMIT's default: ten requests a second, per key.
const defaultRateLimit = "600/m"

// maxKeyCacheTTL bounds AUTH_CACHE_TTL: a revoked key must stop working
// in a time an operator can wait for.
const maxKeyCacheTTL = 10 * time.Minute

// readCallers reads the caller layer's settings. AUTH defaults to auto
// locally (open until the first key exists) and to required in Lambda.
func (c *Config) readCallers(env func(name, def string) string) []error {
	var errs []error
	c.Auth = strings.ToLower(env("AUTH", map[bool]string{true: router.AuthRequired, false: router.AuthAuto}[c.InLambda]))
	switch c.Auth {
	case router.AuthAuto, router.AuthRequired, router.AuthOff:
	default:
		errs = append(errs, fmt.Errorf("AUTH=%q must be auto, required or off", c.Auth))
	}
	rate, err := caller.ParseRate(env("RATE_LIMIT", defaultRateLimit))
	if err != nil {
		errs = append(errs, fmt.Errorf("RATE_LIMIT: %w", err))
	}
	c.RateLimit = rate
	ttl, err := time.ParseDuration(env("AUTH_CACHE_TTL", router.DefaultKeyCacheTTL.String()))
	if err != nil || ttl < 0 || ttl > maxKeyCacheTTL {
		errs = append(errs, fmt.Errorf("AUTH_CACHE_TTL=%q must be a duration from 0s to %s, e.g. 30s", env("AUTH_CACHE_TTL", ""), maxKeyCacheTTL))
	}
	c.KeyCacheTTL = ttl
	origins, err := parseOrigins(env("CORS_ORIGINS", ""))
	if err != nil {
		errs = append(errs, fmt.Errorf("CORS_ORIGINS: %w", err))
	}
	c.CORSOrigins = origins
	return errs
}

// parseOrigins reads CORS_ORIGINS: "*", or a comma list of origins
// (scheme://host[:port], no path).
func parseOrigins(s string) ([]string, error) {
	var out []string
	for _, o := range strings.Split(s, ",") {
		o = strings.TrimSpace(o)
		if o == "" {
			continue
		}
		if o == "*" {
			out = append(out, o)
			continue
		}
		u, err := url.Parse(o)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || (u.Path != "" && u.Path != "/") || u.RawQuery != "" || u.User != nil {
			return nil, fmt.Errorf("%q is not an origin; write scheme://host[:port], e.g. https://app.example.com", o)
		}
		out = append(out, strings.TrimSuffix(o, "/"))
	}
	if len(out) > 1 && slices.Contains(out, "*") {
		return nil, errors.New(`"*" allows every origin and cannot be listed with others`)
	}
	return out, nil
}

// chooseMode applies ATS_MODE to provider d, whose live configuration lacks
// missing. reason says why the sandbox serves, for the start-up log; the
// mode is "" only when ATS_MODE itself is wrong.
func chooseMode(mode string, d ats.Descriptor, missing []string, secretARN string) (ats.Mode, string, error) {
	noLive := fmt.Sprintf("ATS_PROVIDER=%s has no live integration yet", d.Name)
	switch mode {
	case "preview":
		return ats.ModePreview, "ATS_MODE=preview", nil
	case "live":
		switch {
		case !d.Live():
			return ats.ModeLive, "", errors.New(noLive + "; use ATS_MODE=preview")
		case len(missing) > 0:
			return ats.ModeLive, "", fmt.Errorf("ATS_MODE=live needs %s for ATS_PROVIDER=%s", strings.Join(missing, " and "), d.Name)
		}
		return ats.ModeLive, "", nil
	case "auto":
		switch {
		case !d.Live():
			return ats.ModePreview, "ATS_MODE=auto and " + noLive, nil
		case len(missing) == 0:
			return ats.ModeLive, "", nil
		case secretARN != "":
			// In the cloud credentials come from the secret; serving the
			// sandbox because it is empty would hide a broken deployment.
			return ats.ModeLive, "", fmt.Errorf("ATS_MODE=auto and the secret named by ATS_SECRET_ARN lacks %s: fill the secret, or set ATS_MODE=preview to serve the sandbox", strings.Join(missing, ", "))
		}
		return ats.ModePreview, "ATS_MODE=auto and " + strings.Join(missing, ", ") + " not set", nil
	}
	return "", "", fmt.Errorf("ATS_MODE=%q must be auto, live or preview", mode)
}

func validSegment(s string) bool {
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_' || r == '-') {
			return false
		}
	}
	return s != ""
}
