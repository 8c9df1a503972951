package greenhouse

import (
	"github.com/atsbridge/atsbridge/ats"
)

// Descriptor describes the Greenhouse provider to the program (ats/registry
// lists it): its variables, and how to read and open its configuration.
func Descriptor() ats.Descriptor {
	return ats.Descriptor{
		Name: "greenhouse",
		Vars: []ats.EnvVar{
			{Name: "GREENHOUSE_CLIENT_ID", Required: true, Secret: true,
				Doc: "client id of a Harvest V3 (OAuth) credential (Dev Center > API Credentials); ends in -<number>"},
			{Name: "GREENHOUSE_CLIENT_SECRET", Required: true, Secret: true,
				Doc: "that credential's client secret, sent only to GREENHOUSE_TOKEN_URL"},
			{Name: "GREENHOUSE_USER_ID", Secret: true,
				Doc: "the Greenhouse user tokens act as (sub): writes are attributed to them and rejection emails come from them; a site admin; when unset, the credential's service user"},
			{Name: "GREENHOUSE_TOKEN_URL", Default: DefaultTokenURL,
				Doc: "the OAuth token endpoint (tests point it at a fake)"},
			{Name: "ATS_BASE_URL",
				Doc: "the provider's API base URL: Workable's https://{WORKABLE_COMPANY}.workable.com/spi/v3, Greenhouse's " + DefaultBaseURL + " when unset (tests point it at a fake)"},
			{Name: "GREENHOUSE_RATE_LIMIT",
				Doc: "requests per 30 s this process allows itself; when unset 50, then what Greenhouse's X-RateLimit-Limit says"},
		},
		Load: load,
	}
}

// load reads a Config from the environment (through Descriptor's Vars).
// The required variables that are unset are missing; values that are set
// but unusable are errors naming their variable.
func load(getenv func(string) string) (ats.LiveConfig, []error) {
	cfg := Config{
		BaseURL: getenv("ATS_BASE_URL"), TokenURL: getenv("GREENHOUSE_TOKEN_URL"),
		ClientID: getenv("GREENHOUSE_CLIENT_ID"), ClientSecret: getenv("GREENHOUSE_CLIENT_SECRET"),
		UserID: getenv("GREENHOUSE_USER_ID"),
	}
	n, err := ats.ParseCount("GREENHOUSE_RATE_LIMIT", getenv("GREENHOUSE_RATE_LIMIT"), "requests per 30 s", 1, 1000)
	cfg.RateLimit = n
	_, problems := check(cfg)
	return cfg, append([]error{err}, problems...)
}

// Open opens the live Greenhouse provider: New with this configuration and
// the program's logger and version.
func (c Config) Open(deps ats.OpenDeps) (ats.Provider, error) {
	c.Logger, c.Version = deps.Logger, deps.Version
	return New(c)
}
