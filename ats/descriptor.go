package ats

import (
	"errors"
	"fmt"
	"log/slog"
	"strconv"
	"strings"
)

// Descriptor describes one provider to the program, once: its name, its
// environment variables, how to read its configuration and how to open it.
// Each provider package writes its own; ats/registry lists them, and the
// program's configuration, its Secrets Manager overlay and the infra stack
// read that one list.
type Descriptor struct {
	// Name is the provider's ATS_PROVIDER value: "workable".
	Name string
	// Vars are the environment variables the provider reads.
	Vars []EnvVar
	// Load reads the provider's configuration through getenv (see
	// Configure, which trims values and fills in the Vars' defaults), and
	// returns its problems, each naming its variable: a MissingVar for a
	// Required variable that is unset, another error for a value that is
	// set but unusable (nil problems are skipped). A nil Load is a
	// provider without a live integration yet: ATS_MODE=live is refused,
	// and auto serves the sandbox.
	Load func(getenv func(string) string) (cfg LiveConfig, problems []error)
}

// EnvVar is one environment variable a provider reads.
type EnvVar struct {
	// Name is the variable: "WORKABLE_COMPANY".
	Name string
	// Doc says in one line what it holds.
	Doc string
	// Default is the value Load sees when the variable is unset or blank;
	// "" for none (Doc says when a default is derived from other values).
	Default string
	// Required variables are needed for live mode.
	Required bool
	// Secret marks a credential, or the account it belongs to: it is never
	// logged, and deployments keep it in the Secrets Manager secret, which
	// infra creates with these keys.
	Secret bool
}

// LiveConfig is a provider's configuration as Load read it. It holds the
// provider's secrets and must not print them.
type LiveConfig interface {
	// Open returns the live provider, ready to serve.
	Open(deps OpenDeps) (Provider, error)
}

// OpenDeps are what the program hands every provider it opens.
type OpenDeps struct {
	// Logger receives the provider's logs; never credentials.
	Logger *slog.Logger
	// Version is atsbridge's version (the User-Agent says it).
	Version string
}

// Live reports whether the provider has a live integration.
func (d Descriptor) Live() bool { return d.Load != nil }

// Configure runs Load with each variable trimmed of spaces and, when unset
// or blank, set to its Default. missing names the Required variables that
// are unset (Load's MissingVars): live mode stops on them, auto mode
// serves the sandbox. err joins Load's other problems, variables set to
// unusable values. It returns nothing for a provider without a live
// integration.
func (d Descriptor) Configure(getenv func(string) string) (cfg LiveConfig, missing []string, err error) {
	if d.Load == nil {
		return nil, nil, nil
	}
	defaults := make(map[string]string, len(d.Vars))
	for _, v := range d.Vars {
		defaults[v.Name] = v.Default
	}
	cfg, problems := d.Load(func(name string) string {
		if v := strings.TrimSpace(getenv(name)); v != "" {
			return v
		}
		return defaults[name]
	})
	missing, err = sortProblems(problems)
	return cfg, missing, err
}

// MissingVar is the problem of a Required variable that is unset:
// Configure reports it by name among missing, for auto mode to serve the
// sandbox, not among the errors that stop the program.
type MissingVar struct {
	// Name is the variable: "ATS_API_KEY".
	Name string
	// Message says what to set it to, for ATS_MODE=live and for New.
	Message string
}

func (e MissingVar) Error() string { return e.Message }

// sortProblems splits Load's problems (nil ones are skipped): the names of
// the Required variables that are unset (each a MissingVar), and the
// others, joined.
func sortProblems(problems []error) (missing []string, err error) {
	var errs []error
	for _, p := range problems {
		var m MissingVar
		switch {
		case p == nil:
		case errors.As(p, &m):
			missing = append(missing, m.Name)
		default:
			errs = append(errs, p)
		}
	}
	return missing, errors.Join(errs...)
}

// ParseCount reads a variable holding a whole number from lo to hi, of
// what unit says ("requests per 10 s"); unset ("") reads as 0.
func ParseCount(name, value, unit string, lo, hi int) (int, error) {
	if value == "" {
		return 0, nil
	}
	n, err := strconv.Atoi(value)
	if err != nil || n < lo || n > hi {
		return 0, fmt.Errorf("%s must be a whole number of %s from %d to %d", name, unit, lo, hi)
	}
	return n, nil
}
