package client_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/atsbridge/atsbridge/client"
)

// TestREADMEExample builds the Go program of the README's Clients section
// as it is written there, and runs it twice against the real router: the
// first run lists jobs, creates Karan and walks job_063's applications;
// the second finds Karan already there, by the typed CANDIDATE_EXISTS.
func TestREADMEExample(t *testing.T) {
	readme, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, clients, ok := strings.Cut(string(readme), "\n## Clients\n")
	if !ok {
		t.Fatal("README.md has no ## Clients section")
	}
	m := regexp.MustCompile("(?s)\n```go\n(.*?)\n```\n").FindStringSubmatch(clients)
	if m == nil {
		t.Fatal("the Clients section has no ```go block")
	}
	const local = `"http://localhost:3000/dev"`
	if !strings.Contains(m[1], local) {
		t.Fatalf("the example does not call %s, the URL of `go run .`", local)
	}
	srv := newServer(t)
	src := strings.Replace(m[1], local, strconv.Quote(srv.URL+"/dev"), 1)

	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "main.go"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	goCmd, err := exec.LookPath("go")
	if err != nil {
		t.Fatal(err)
	}
	bin := filepath.Join(dir, "example")
	// Built from this package's directory, so the example imports this
	// module's client package, as `go get` would give it.
	if out, err := exec.CommandContext(t.Context(), goCmd, "build", "-o", bin, filepath.Join(dir, "main.go")).CombinedOutput(); err != nil {
		t.Fatalf("the README example does not build: %v\n%s", err, out)
	}
	run := func() string {
		t.Helper()
		var stdout, stderr bytes.Buffer
		cmd := exec.CommandContext(t.Context(), bin)
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		if err := cmd.Run(); err != nil {
			t.Fatalf("the README example failed: %v\n%s%s", err, stdout.Bytes(), stderr.Bytes())
		}
		return stdout.String()
	}

	first := run()
	lines := strings.Split(strings.TrimSpace(first), "\n")
	if len(lines) != 7 {
		t.Fatalf("first run printed %d lines, want 5 jobs, the created candidate and the count:\n%s", len(lines), first)
	}
	for _, l := range lines[:5] {
		if !strings.HasPrefix(l, "job_") {
			t.Errorf("job line %q does not start with a job id", l)
		}
	}
	id, ok := strings.CutPrefix(lines[5], "created ")
	if !ok || !strings.HasPrefix(id, "cand_") {
		t.Errorf("line %q, want created cand_...", lines[5])
	}

	// The count is job_063's applications, Karan's new one included.
	c := newClientFor(t, srv.URL)
	apps, err := c.ListApplicationsWithResponse(t.Context(), &client.ListApplicationsParams{JobID: new("job_063"), Limit: new(100)})
	if err != nil || apps.JSON200 == nil || apps.JSON200.Meta.HasMore {
		t.Fatalf("list job_063's applications: %v\n%s", err, apps.Body)
	}
	if want := strconv.Itoa(len(apps.JSON200.Data)) + " applications to job_063"; lines[6] != want {
		t.Errorf("line %q, want %q", lines[6], want)
	}

	second := run()
	if want := "already there: " + id + "\n"; !strings.Contains(second, want) {
		t.Errorf("second run printed:\n%s\nwant %q", second, want)
	}
}
