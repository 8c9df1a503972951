package main

import (
	"bytes"
	"context"
	"net/http"
	"regexp"
	"strings"
	"testing"
)

// keysCmd runs the program as `atsbridge keys args...` with env and
// returns its stdout, its stderr and its error.
func keysCmd(t *testing.T, env map[string]string, args ...string) (string, string, error) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	err := run(context.Background(), append([]string{"atsbridge", "keys"}, args...), func(k string) string { return env[k] }, &stdout, &stderr)
	return stdout.String(), stderr.String(), err
}

// createKey runs keys create with env and args and returns the key.
func createKey(t *testing.T, env map[string]string, args ...string) string {
	t.Helper()
	stdout, stderr, err := keysCmd(t, env, append([]string{"create"}, args...)...)
	if err != nil {
		t.Fatalf("keys create: %v\n%s", err, stderr)
	}
	return strings.TrimSpace(stdout)
}

var keyRE = regexp.MustCompile(`^atsb_[0-9A-Za-z]{40}$`)

// TestKeysCommand checks create, list and revoke as an operator uses
// them against a SQLite file: the key is printed once, alone on stdout;
// the list shows everything but the key; revoke marks it; mistakes are
// one clear error.
func TestKeysCommand(t *testing.T) {
	env := map[string]string{"STORE": "sqlite", "DATA_DIR": t.TempDir()}
	stdout, stderr, err := keysCmd(t, env, "create", "--name", "ci pipeline", "--scope", "read", "--rate", "30/h")
	if err != nil {
		t.Fatalf("create: %v", err)
	}
	key := strings.TrimSpace(stdout)
	if !keyRE.MatchString(key) || strings.Count(stdout, "\n") != 1 {
		t.Fatalf("create printed %q on stdout, want the key alone on one line", stdout)
	}
	if !strings.Contains(stderr, "shown only this once") || strings.Contains(stderr, key) {
		t.Errorf("create's note %q: want the once-only warning and never the key", stderr)
	}
	second := createKey(t, env, "--name", "dashboard")

	list, _, err := keysCmd(t, env, "list")
	if err != nil {
		t.Fatalf("list: %v", err)
	}
	for _, want := range []string{"ID", "LAST USED", "ci pipeline", "read", "30/h", "dashboard", "write", "600/m (RATE_LIMIT)", key[:9] + "..."} {
		if !strings.Contains(list, want) {
			t.Errorf("list lacks %q:\n%s", want, list)
		}
	}
	if strings.Contains(list, key) || strings.Contains(list, second) || strings.Contains(list, key[9:]) {
		t.Errorf("list shows a key:\n%s", list)
	}
	id := regexp.MustCompile(`(?m)^(key_\w+)\s+ci pipeline`).FindStringSubmatch(list)
	if id == nil {
		t.Fatalf("no id for ci pipeline in:\n%s", list)
	}
	if _, stderr, err := keysCmd(t, env, "revoke", id[1]); err != nil || !strings.Contains(stderr, "Revoked "+id[1]) {
		t.Fatalf("revoke: %v %q", err, stderr)
	}
	list, _, _ = keysCmd(t, env, "list")
	line := regexp.MustCompile(`(?m)^` + id[1] + `.*$`).FindString(list)
	if !regexp.MustCompile(`\d{4}-\d\d-\d\dT\S+Z\s*$`).MatchString(line) {
		t.Errorf("revoked key's line %q: want a revocation time at its end", line)
	}

	for _, tc := range []struct {
		args []string
		want string
	}{
		{nil, "usage"},
		{[]string{"rotate"}, `unknown command "rotate"`},
		{[]string{"create"}, "--name is required"},
		{[]string{"create", "--name", "x", "--scope", "admin"}, "scope must be read or write"},
		{[]string{"create", "--name", "x", "--rate", "lots"}, "N/s, N/m or N/h"},
		{[]string{"create", "--name", "x", "--rate", "0/m"}, "N/s, N/m or N/h"},
		{[]string{"create", "--nme", "x"}, "flag provided but not defined"},
		{[]string{"revoke"}, "one key id"},
		{[]string{"revoke", "key_nope"}, `no key "key_nope"`},
		{[]string{"list", "--all"}, "takes no arguments"},
	} {
		if _, _, err := keysCmd(t, env, tc.args...); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("keys %v: error %v, want one saying %q", tc.args, err, tc.want)
		}
	}
	if _, _, err := keysCmd(t, map[string]string{"STORE": "sqlite", "DATA_DIR": t.TempDir(), "RATE_LIMIT": "fast"}, "list"); err == nil || !strings.Contains(err.Error(), "RATE_LIMIT") {
		t.Errorf("a bad RATE_LIMIT: %v, want the config error naming it", err)
	}
}

// TestRunWithKeys runs the whole program as a team would: AUTH=auto on a
// fresh store serves the seed's examples without a key; once a key is
// created with the keys command on the same file it is required (the
// cache is off here, AUTH_CACHE_TTL=0, so no waiting); revoking it ends
// it at once; and the access log names the key's id, never the key.
func TestRunWithKeys(t *testing.T) {
	env := previewEnv(t.TempDir())
	env["AUTH_CACHE_TTL"] = "0s"
	base, out, stop := startRun(t, env)
	var list struct{ Success bool }
	if code := getJSON(t, base+"/dev/jobs", &list); code != 200 {
		t.Fatalf("GET /dev/jobs before any key: %d, want 200 (AUTH=auto)", code)
	}

	key := createKey(t, env, "--name", "team")
	get := func(headers ...string) *http.Response {
		req, _ := http.NewRequest("GET", base+"/dev/jobs", nil)
		for i := 0; i+1 < len(headers); i += 2 {
			req.Header.Set(headers[i], headers[i+1])
		}
		res, err := testClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		return res
	}
	if res := get(); res.StatusCode != 401 || !strings.HasPrefix(res.Header.Get("WWW-Authenticate"), "Bearer") {
		t.Errorf("no key once one exists: %d %q, want 401 Bearer", res.StatusCode, res.Header.Get("WWW-Authenticate"))
	}
	if res := get("Authorization", "Bearer "+key); res.StatusCode != 200 || res.Header.Get("RateLimit") == "" {
		t.Errorf("with the key: %d, RateLimit %q; want 200 with RateLimit", res.StatusCode, res.Header.Get("RateLimit"))
	}
	ids := regexp.MustCompile(`(?m)^(key_\w+)\s+team`).FindStringSubmatch(mustList(t, env))
	if ids == nil {
		t.Fatal("the key is not listed")
	}
	if _, _, err := keysCmd(t, env, "revoke", ids[1]); err != nil {
		t.Fatal(err)
	}
	if res := get("X-Api-Key", key); res.StatusCode != 401 {
		t.Errorf("the revoked key: %d, want 401", res.StatusCode)
	}
	// A request's access line is written once its handler returns, which
	// may be after the client has the whole answer; stopping the program
	// waits for every handler, so every line is in out.
	if err := stop(); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(out.String(), key) || !strings.Contains(out.String(), `"key_id":"`+ids[1]+`"`) {
		t.Errorf("the log shows the key, or not its id %s:\n%s", ids[1], out)
	}
}

func mustList(t *testing.T, env map[string]string) string {
	t.Helper()
	out, _, err := keysCmd(t, env, "list")
	if err != nil {
		t.Fatal(err)
	}
	return out
}
