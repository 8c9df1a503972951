package workable

import (
	"strconv"

	"github.com/atsbridge/atsbridge/ats"
)

// Descriptor describes the Workable provider to the program (ats/registry
// lists it): its variables, and how to read and open its configuration.
func Descriptor() ats.Descriptor {
	return ats.Descriptor{
		Name: "workable",
		Vars: []ats.EnvVar{
			{Name: "ATS_API_KEY", Required: true, Secret: true,
				Doc: "Workable API access token (sent as a Bearer token) with the r_jobs, r_candidates and w_candidates scopes"},
			{Name: "WORKABLE_COMPANY", Required: true, Secret: true,
				Doc: "account subdomain: acme for acme.workable.com (not needed when ATS_BASE_URL is set)"},
			{Name: "WORKABLE_MEMBER_ID", Secret: true,
				Doc: "the Workable member POST /applications (a copy) acts as; when unset, the first active admin of /members, looked up once"},
			{Name: "ATS_BASE_URL",
				Doc: "SPI v3 base URL, https://{WORKABLE_COMPANY}.workable.com/spi/v3 when unset (tests point it at a fake)"},
			{Name: "WORKABLE_RATE_LIMIT", Default: strconv.Itoa(DefaultRateLimit),
				Doc: "requests per 10 s this process allows itself: 10 for account tokens, 50 for partner and OAuth tokens"},
		},
		Load: load,
	}
}

// load reads a Config from the environment (through Descriptor's Vars).
func load(getenv func(string) string) (ats.LiveConfig, []error) {
	cfg := Config{
		BaseURL: getenv("ATS_BASE_URL"), Token: getenv("ATS_API_KEY"),
		Company: getenv("WORKABLE_COMPANY"), MemberID: getenv("WORKABLE_MEMBER_ID"),
	}
	n, err := ats.ParseCount("WORKABLE_RATE_LIMIT", getenv("WORKABLE_RATE_LIMIT"), "requests per 10 s", 1, 1000)
	cfg.RateLimit = n
	_, problems := check(cfg)
	return cfg, append([]error{err}, problems...)
}

// Open opens the live Workable provider: New with this configuration and
// the program's logger and version.
func (c Config) Open(deps ats.OpenDeps) (ats.Provider, error) {
	c.Logger, c.Version = deps.Logger, deps.Version
	return New(c)
}
