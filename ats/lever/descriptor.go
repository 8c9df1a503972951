package lever

import (
	"strconv"

	"github.com/atsbridge/atsbridge/ats"
)

// Descriptor describes the Lever provider to the program (ats/registry
// lists it): its variables, and how to read and open its configuration.
func Descriptor() ats.Descriptor {
	return ats.Descriptor{
		Name: "lever",
		Vars: []ats.EnvVar{
			{Name: "ATS_API_KEY", Required: true, Secret: true,
				Doc: "Lever API key (sent as the HTTP Basic user name, with an empty password)"},
			{Name: "LEVER_USER_ID", Secret: true,
				Doc: "the Lever user writes act as (perform_as); when unset, the first active admin of /users, looked up once"},
			{Name: "ATS_BASE_URL",
				Doc: "API v1 base URL, https://api.lever.co/v1 when unset; https://api.sandbox.lever.co/v1 for a sandbox account, https://api.eu.lever.co/v1 on Lever's EU instance"},
			{Name: "LEVER_RATE_LIMIT", Default: strconv.Itoa(DefaultRateLimit),
				Doc: "requests per second this process allows itself (Lever allows 10 per key, in bursts of 20)"},
		},
		Load: load,
	}
}

// load reads a Config from the environment (through Descriptor's Vars).
func load(getenv func(string) string) (ats.LiveConfig, []error) {
	cfg := Config{BaseURL: getenv("ATS_BASE_URL"), APIKey: getenv("ATS_API_KEY"), UserID: getenv("LEVER_USER_ID")}
	n, err := ats.ParseCount("LEVER_RATE_LIMIT", getenv("LEVER_RATE_LIMIT"), "requests per second", 1, 1000)
	cfg.RateLimit = n
	_, problems := check(cfg)
	return cfg, append([]error{err}, problems...)
}

// Open opens the live Lever provider: New with this configuration and the
// program's logger and version.
func (c Config) Open(deps ats.OpenDeps) (ats.Provider, error) {
	c.Logger, c.Version = deps.Logger, deps.Version
	return New(c)
}
