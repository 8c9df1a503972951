// Package registry is the one list of the providers atsbridge knows. Each
// provider describes itself once, in its own package (an ats.Descriptor:
// name, environment variables, which are secret, how to read and open its
// configuration); the program reads its configuration through this list,
// its Secrets Manager overlay takes its keys from it, and the infra stack
// the secret's keys and the allowed provider values.
//
// Adding a provider is writing its descriptor and putting it in All.
package registry

import (
	"slices"
	"strings"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/greenhouse"
	"github.com/atsbridge/atsbridge/ats/lever"
	"github.com/atsbridge/atsbridge/ats/workable"
)

// DefaultProvider is the provider served when ATS_PROVIDER is unset.
const DefaultProvider = "workable"

// CursorSecretKey is the variable of the key that signs cursors. It is not
// a provider's: Secrets Manager generates it when infra creates the secret,
// and the program reads it from there like the providers' secrets.
const CursorSecretKey = "CURSOR_SECRET"

// All lists every provider, in the order users read them.
func All() []ats.Descriptor {
	return []ats.Descriptor{
		workable.Descriptor(),
		greenhouse.Descriptor(),
		lever.Descriptor(),
	}
}

// Lookup returns the provider named name.
func Lookup(name string) (ats.Descriptor, bool) {
	for _, d := range All() {
		if d.Name == name {
			return d, true
		}
	}
	return ats.Descriptor{}, false
}

// Names lists the providers' names, the values ATS_PROVIDER may take.
func Names() []string {
	var out []string
	for _, d := range All() {
		out = append(out, d.Name)
	}
	return out
}

// OneOf writes the providers' names for a message: "workable, greenhouse
// or lever".
func OneOf() string {
	n := Names()
	if len(n) < 2 {
		return strings.Join(n, "")
	}
	return strings.Join(n[:len(n)-1], ", ") + " or " + n[len(n)-1]
}

// Vars lists every provider's variables, each name once (the first
// provider to declare it describes it).
func Vars() []ats.EnvVar {
	var out []ats.EnvVar
	for _, d := range All() {
		for _, v := range d.Vars {
			if !slices.ContainsFunc(out, func(o ats.EnvVar) bool { return o.Name == v.Name }) {
				out = append(out, v)
			}
		}
	}
	return out
}

// SecretKeys are the keys the deployment's Secrets Manager secret is
// created with: every provider's secret variables, each once. The secret
// also holds CursorSecretKey, which Secrets Manager generates.
func SecretKeys() []string {
	var out []string
	for _, v := range Vars() {
		if v.Secret {
			out = append(out, v.Name)
		}
	}
	return out
}
