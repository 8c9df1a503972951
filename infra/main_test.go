package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/aws/jsii-runtime-go"
)

// The tests synthesize in-process: jsii runs the CDK in one Node child
// process for the whole test binary, so no cdk CLI, no Docker and no AWS
// credentials are involved (the stack is environment-agnostic).
func TestMain(m *testing.M) {
	os.Exit(runTests(m))
}

// testCaches is the directory that holds the caches of this test process
// (see isolateCaches); removed when the tests end.
var testCaches string

func runTests(m *testing.M) int {
	dir, err := os.MkdirTemp("", "atsbridge-infra-test-")
	if err != nil {
		fmt.Fprintln(os.Stderr, "infra tests:", err)
		return 1
	}
	defer os.RemoveAll(dir)
	testCaches = dir
	if err := isolateCaches(dir); err != nil {
		fmt.Fprintln(os.Stderr, "infra tests:", err)
		return 1
	}
	code := m.Run()
	jsii.Close()
	return code
}

// isolateCaches keeps what the CDK and jsii cache under dir instead of the
// developer's home:
//   - jsii unpacks the CDK's packages (about 210 MB) into
//     ~/.cache/aws/jsii/package-cache unless JSII_RUNTIME_PACKAGE_CACHE_ROOT
//     names another directory (one set by the caller, outside the home, is
//     kept: a CI cache, say);
//   - the CDK keeps an asset fingerprint cache in
//     ~/.cdk/cache/fingerprints, one new file per fingerprinted directory
//     (aws-cdk-lib core/lib/fs/fingerprint-disk-cache.js); it is found
//     through Node's os.homedir(), which no variable but HOME moves
//     (CDK_HOME is read by the CDK CLI, not by aws-cdk-lib).
//
// HOME is moved for the whole test process, so the go command that the
// bundling tests run is first pinned to the developer's Go caches and
// settings, which it would otherwise look for under the new HOME.
//
// jsii also prints a large end-of-life banner on Node 20; it says nothing
// about this code and would bury test output, so it is silenced.
//
// The CDK packages' init functions already prepared the kernel process
// with the environment of that moment, so it is closed; the first CDK call
// starts a fresh one that sees these variables.
func isolateCaches(dir string) error {
	out, err := exec.Command("go", "env", "-json", "GOCACHE", "GOMODCACHE", "GOPATH", "GOENV").Output()
	if err != nil {
		return fmt.Errorf("go env: %w", err)
	}
	var goEnv map[string]string
	if err := json.Unmarshal(out, &goEnv); err != nil {
		return fmt.Errorf("go env: %w", err)
	}
	home := filepath.Join(dir, "home")
	if err := os.Mkdir(home, 0o700); err != nil {
		return err
	}
	vars := map[string]string{"HOME": home}
	if os.Getenv("JSII_RUNTIME_PACKAGE_CACHE_ROOT") == "" {
		vars["JSII_RUNTIME_PACKAGE_CACHE_ROOT"] = filepath.Join(dir, "jsii-package-cache")
	}
	for k, v := range goEnv {
		if v != "" {
			vars[k] = v
		}
	}
	if os.Getenv("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION") == "" {
		vars["JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION"] = "20"
	}
	for k, v := range vars {
		if err := os.Setenv(k, v); err != nil {
			return err
		}
	}
	jsii.Close()
	return nil
}

// TestCachesStayInTheTestDirectory checks that a synth writes its caches
// under the test's directory (see isolateCaches), not under the
// developer's home: the jsii package cache, and the CDK's fingerprint
// cache, written when a synth fingerprints a bundled asset (here the
// build of a tiny module, which takes a second).
func TestCachesStayInTheTestDirectory(t *testing.T) {
	mod := t.TempDir()
	write(t, filepath.Join(mod, "go.mod"), "module example.com/tiny\n\ngo 1.26\n")
	write(t, filepath.Join(mod, "main.go"), "package main\n\nfunc main() {}\n")
	if _, err := synth(t, &GoBuild{ModuleDir: mod, Package: "."}, true, nil); err != nil {
		t.Fatalf("synth with bundling: %v", err)
	}
	for _, dir := range []string{
		filepath.Join(os.Getenv("JSII_RUNTIME_PACKAGE_CACHE_ROOT"), "aws-cdk-lib"),
		filepath.Join(testCaches, "home", ".cdk", "cache", "fingerprints"),
	} {
		entries, err := os.ReadDir(dir)
		if errors.Is(err, os.ErrNotExist) || len(entries) == 0 {
			t.Errorf("%s is empty or missing (%v): the cache was written elsewhere", dir, err)
		}
	}
}
