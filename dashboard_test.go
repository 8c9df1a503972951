package main

import (
	"io"
	"regexp"
	"strings"
	"testing"
)

// TestRunPrintsTheDashboard: the line `go run .` prints when it listens
// names the dashboard next to the API, and that address serves it.
func TestRunPrintsTheDashboard(t *testing.T) {
	env := previewEnv(t.TempDir())
	env["LOG_FORMAT"] = "text" // what a terminal shows
	base, out, _ := startRun(t, env)
	line := regexp.MustCompile(`msg=listening addr=(\S+) try=(\S+) dashboard=(\S+)`).FindStringSubmatch(out.String())
	if line == nil {
		t.Fatalf("no listening line with the dashboard's address:\n%s", out)
	}
	if want := strings.Replace(base, "127.0.0.1", "localhost", 1) + "/ui/"; line[3] != want {
		t.Errorf("dashboard=%s, want %s", line[3], want)
	}
	res, err := testClient.Get(base + "/ui/")
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	body, _ := io.ReadAll(res.Body)
	if res.StatusCode != 200 || res.Header.Get("Content-Type") != "text/html; charset=utf-8" || !strings.Contains(string(body), "<title>atsbridge dashboard</title>") {
		t.Errorf("GET /ui/: %d %s\n%.200s", res.StatusCode, res.Header.Get("Content-Type"), body)
	}
}
