package main

import (
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/atsbridge/atsbridge/ats/registry"
)

// TestREADMEConfigurationListsEveryVariable checks the README's
// Configuration section names every variable the program reads at start:
// what loadConfig asks for, with each provider chosen and in Lambda or
// not, every provider's registry variables, and the Secrets Manager
// endpoint. A variable added to the code without a line there fails here.
func TestREADMEConfigurationListsEveryVariable(t *testing.T) {
	b, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	start := strings.Index(s, "\n## Configuration\n")
	end := strings.Index(s, "\n## Running as a Lambda\n")
	if start < 0 || end < start {
		t.Fatal("README.md has no ## Configuration section followed by ## Running as a Lambda")
	}
	section := s[start:end]

	var mu sync.Mutex
	read := map[string]bool{"SECRETS_MANAGER_ENDPOINT": true}
	for _, v := range registry.Vars() {
		read[v.Name] = true
	}
	for _, provider := range registry.Names() {
		for _, lambda := range []string{"", "127.0.0.1:9001"} {
			_, _ = loadConfig(func(name string) string {
				mu.Lock()
				defer mu.Unlock()
				read[name] = true
				switch name {
				case "ATS_PROVIDER":
					return provider
				case "AWS_LAMBDA_RUNTIME_API":
					return lambda
				}
				return ""
			})
		}
	}
	delete(read, "AWS_LAMBDA_RUNTIME_API") // set by Lambda itself; see Running as a Lambda
	for name := range read {
		if !strings.Contains(section, "`"+name+"`") {
			t.Errorf("the program reads %s, which README's Configuration section does not name", name)
		}
	}
}
