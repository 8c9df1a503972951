package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"sync"
	"testing"
	"time"

	"github.com/atsbridge/atsbridge/store/dynamodb/dynalitetest"
)

// childEnvVar makes the test binary, started again by startChild, run the
// program itself (TestMain) with the environment it holds as JSON: a
// second, real process on the same store.
const childEnvVar = "ATSBRIDGE_TEST_CHILD_ENV"

// runChild runs the program with the environment env (JSON) until its
// standard input closes, and returns the process's exit code.
func runChild(env string) int {
	var vars map[string]string
	if err := json.Unmarshal([]byte(env), &vars); err != nil {
		fmt.Fprintln(os.Stderr, "child:", err)
		return 2
	}
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		_, _ = io.Copy(io.Discard, os.Stdin)
		cancel()
	}()
	if err := run(ctx, []string{"atsbridge"}, func(k string) string { return vars[k] }, os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "child:", err)
		return 1
	}
	return 0
}

// startChild starts the program in a process of its own with env and
// returns its base URL once it listens; it stops at cleanup.
func startChild(t *testing.T, env map[string]string) string {
	t.Helper()
	raw, err := json.Marshal(env)
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), childEnvVar+"="+string(raw))
	out := &syncBuffer{}
	cmd.Stdout, cmd.Stderr = out, out
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	t.Cleanup(func() {
		_ = stdin.Close()
		select {
		case <-exited:
		case <-time.After(startBound):
			_ = cmd.Process.Kill()
			<-exited
		}
	})
	m, err := awaitOutput(out, listeningRE, exited, startBound)
	if err != nil {
		t.Fatalf("the child did not start: %v\n%s", err, out)
	}
	return "http://127.0.0.1:" + m[1]
}

// TestRateLimitAcrossProcesses runs two processes of the program on one
// store, SQLite file and DynamoDB table, and sends a key's requests to
// both at once: together they admit no more than the key's limit per
// window (the counter is one atomic store write). The test notes which
// windows its requests fell in rather than timing anything: should they
// straddle an hour boundary, each window may admit the limit.
func TestRateLimitAcrossProcesses(t *testing.T) {
	stores := map[string]func(t *testing.T) map[string]string{
		"sqlite": func(t *testing.T) map[string]string {
			return map[string]string{"STORE": "sqlite", "DATA_DIR": t.TempDir()}
		},
		"dynamodb": func(t *testing.T) map[string]string {
			return map[string]string{
				"STORE": "dynamodb", "DYNAMODB_TABLE": dynalitetest.Table(t), "DYNAMODB_ENDPOINT": dynalitetest.Endpoint(t),
				"AWS_REGION": "us-east-1",
			}
		},
	}
	for name, storeEnv := range stores {
		t.Run(name, func(t *testing.T) {
			const limit, each = 30, 40
			env := storeEnv(t)
			key := createKey(t, env, "--name", "shared", "--rate", fmt.Sprintf("%d/h", limit))
			for k, v := range map[string]string{"PORT": "0", "LOG_FORMAT": "json", "AUTH": "required", "ATS_MODE": "preview"} {
				env[k] = v
			}
			bases := []string{startChild(t, env), startChild(t, env)}

			start := time.Now()
			var mu sync.Mutex
			statuses := map[int]int{}
			var wg sync.WaitGroup
			for _, base := range bases {
				for range each {
					wg.Go(func() {
						req, _ := http.NewRequest("GET", base+"/dev/jobs/job_063", nil)
						req.Header.Set("Authorization", "Bearer "+key)
						res, err := testClient.Do(req)
						if err != nil {
							t.Error(err)
							return
						}
						res.Body.Close()
						if res.StatusCode == 429 && res.Header.Get("Retry-After") == "" {
							t.Error("a 429 without Retry-After")
						}
						mu.Lock()
						statuses[res.StatusCode]++
						mu.Unlock()
					})
				}
			}
			wg.Wait()
			windows := int(time.Now().Truncate(time.Hour).Sub(start.Truncate(time.Hour))/time.Hour) + 1
			ok, limited := statuses[200], statuses[429]
			t.Logf("%d requests over two processes: %d admitted, %d refused, in %d window(s) of 1 h", 2*each, ok, limited, windows)
			if ok+limited != 2*each {
				t.Errorf("statuses %v: want only 200 and 429", statuses)
			}
			if ok > limit*windows || ok < limit {
				t.Errorf("%d admitted, want %d (the limit, shared by both processes) per window touched (%d)", ok, limit, windows)
			}
		})
	}
}
