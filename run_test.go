package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"
)

// syncBuffer collects run's output from its goroutines.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

var listeningRE = regexp.MustCompile(`"addr":"http://localhost:(\d+)"`)

// startRun runs the real program on a free port and returns its base URL,
// its output, and a stop function that cancels it and returns run's error.
func startRun(t *testing.T, env map[string]string) (string, *syncBuffer, func() error) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	out := &syncBuffer{}
	getenv := func(k string) string { return env[k] }
	done := make(chan error, 1)
	go func() { done <- run(ctx, []string{"atsbridge"}, getenv, out, out) }()
	deadline := time.Now().Add(60 * time.Second)
	for {
		if m := listeningRE.FindStringSubmatch(out.String()); m != nil {
			base := "http://127.0.0.1:" + m[1]
			var once sync.Once
			var runErr error
			stop := func() error {
				once.Do(func() { cancel(); runErr = <-done })
				return runErr
			}
			t.Cleanup(func() { _ = stop() })
			return base, out, stop
		}
		select {
		case err := <-done:
			cancel()
			t.Fatalf("run ended before listening: %v\n%s", err, out)
		default:
		}
		if time.Now().After(deadline) {
			cancel()
			t.Fatalf("run did not start listening:\n%s", out)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func previewEnv(dir string) map[string]string {
	return map[string]string{"PORT": "0", "STORE": "sqlite", "DATA_DIR": dir, "LOG_FORMAT": "json"}
}

func getJSON(t *testing.T, url string, v any) int {
	t.Helper()
	res, err := http.Get(url)
	if err != nil {
		t.Fatalf("GET %s: %v", url, err)
	}
	defer res.Body.Close()
	if err := json.NewDecoder(res.Body).Decode(v); err != nil {
		t.Fatalf("GET %s: decode: %v", url, err)
	}
	return res.StatusCode
}

// TestRunServesAndShutsDownGracefully starts the program, begins a request
// whose body is still being sent, cancels the program's context, then
// finishes the body: the in-flight request completes, new connections are
// refused, and run returns nil.
func TestRunServesAndShutsDownGracefully(t *testing.T) {
	base, out, stop := startRun(t, previewEnv(t.TempDir()))

	var health struct {
		Data struct{ Status, Provider, Mode string }
	}
	if code := getJSON(t, base+"/healthz", &health); code != 200 || health.Data.Mode != "preview" || health.Data.Provider != "workable" {
		t.Fatalf("healthz: %d %+v", code, health)
	}

	pr, pw := io.Pipe()
	req, _ := http.NewRequest("POST", base+"/dev/candidates", pr)
	req.Header.Set("Content-Type", "application/json")
	type result struct {
		status int
		err    error
	}
	resc := make(chan result, 1)
	go func() {
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			resc <- result{err: err}
			return
		}
		res.Body.Close()
		resc <- result{status: res.StatusCode}
	}()
	_, _ = pw.Write([]byte(`{"name":"In Flight",`))
	// Wait until the server has the request (its access line is not yet
	// written, but the connection is active), then stop the program.
	time.Sleep(100 * time.Millisecond)
	stopped := make(chan error, 1)
	go func() { stopped <- stop() }()
	for !strings.Contains(out.String(), "shutting down") {
		time.Sleep(10 * time.Millisecond)
	}
	_, _ = pw.Write([]byte(`"email":"in.flight@example.com"}`))
	_ = pw.Close()
	r := <-resc
	if r.err != nil || r.status != 201 {
		t.Fatalf("in-flight request: status %d, err %v; want 201", r.status, r.err)
	}
	if err := <-stopped; err != nil {
		t.Fatalf("run returned %v, want nil after a clean shutdown", err)
	}
	if _, err := http.Get(base + "/healthz"); err == nil {
		t.Errorf("server still accepts connections after shutdown")
	}
	if !strings.Contains(out.String(), `"msg":"stopped"`) {
		t.Errorf("no stopped line:\n%s", out)
	}
}

// TestRestartKeepsData checks the SQLite sandbox keeps every write across a
// restart and never reseeds.
func TestRestartKeepsData(t *testing.T) {
	dir := t.TempDir()
	base, _, stop := startRun(t, previewEnv(dir))
	var list struct {
		Meta struct{ Total int }
	}
	getJSON(t, base+"/candidates?limit=1", &list)
	before := list.Meta.Total

	res, err := http.Post(base+"/candidates", "application/json", strings.NewReader(`{"name":"Kept Person","email":"kept@example.com","job_id":"job_063"}`))
	if err != nil || res.StatusCode != 201 {
		t.Fatalf("create: %v %v", err, res)
	}
	var created struct {
		Data struct{ ID string }
	}
	_ = json.NewDecoder(res.Body).Decode(&created)
	res.Body.Close()
	if err := stop(); err != nil {
		t.Fatal(err)
	}

	base, _, _ = startRun(t, previewEnv(dir))
	getJSON(t, base+"/candidates?limit=1", &list)
	if list.Meta.Total != before+1 {
		t.Errorf("after restart: %d candidates, want %d (kept, not reseeded)", list.Meta.Total, before+1)
	}
	var got struct {
		Data struct{ ID, Email string }
	}
	if code := getJSON(t, base+"/candidates/"+created.Data.ID, &got); code != 200 || got.Data.Email != "kept@example.com" {
		t.Errorf("created candidate after restart: %d %+v", code, got)
	}
	var next struct {
		Data struct{ ID string }
	}
	res, _ = http.Post(base+"/candidates", "application/json", strings.NewReader(`{"name":"Second","email":"second@example.com"}`))
	_ = json.NewDecoder(res.Body).Decode(&next)
	res.Body.Close()
	if next.Data.ID == created.Data.ID || next.Data.ID == "" {
		t.Errorf("id after restart = %q, first was %q; want a new id", next.Data.ID, created.Data.ID)
	}
}

// TestRunRefusesBadConfig checks config errors stop the program at start
// with one line naming the variable, and never print a secret.
func TestRunRefusesBadConfig(t *testing.T) {
	tests := []struct {
		env  map[string]string
		want string
	}{
		{map[string]string{"ATS_MODE": "live"}, "ATS_API_KEY"},
		{map[string]string{"ATS_MODE": "live", "ATS_API_KEY": "tok-SECRET-123"}, "WORKABLE_COMPANY"},
		{map[string]string{"ATS_MODE": "sometimes"}, "ATS_MODE"},
		{map[string]string{"ATS_PROVIDER": "bamboo", "ATS_API_KEY": "tok-SECRET-123"}, "ATS_PROVIDER"},
		{map[string]string{"ATS_PROVIDER": "greenhouse", "ATS_MODE": "live", "ATS_API_KEY": "tok-SECRET-123"}, "GREENHOUSE_CLIENT_ID"},
		{map[string]string{"ATS_PROVIDER": "lever", "LEVER_RATE_LIMIT": "0"}, "LEVER_RATE_LIMIT"},
		{map[string]string{"STORE": "postgres"}, "STORE"},
		{map[string]string{"STORE": "dynamodb"}, "DYNAMODB_TABLE"},
		{map[string]string{"PORT": "http"}, "PORT"},
		{map[string]string{"STAGE": "dev/v1"}, "STAGE"},
		{map[string]string{"WORKABLE_RATE_LIMIT": "0"}, "WORKABLE_RATE_LIMIT"},
		{map[string]string{"LOG_FORMAT": "xml"}, "LOG_FORMAT"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			out := &syncBuffer{}
			err := run(context.Background(), nil, func(k string) string { return tt.env[k] }, out, out)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("run error = %v, want one naming %s", err, tt.want)
			}
			all := err.Error() + out.String()
			if strings.Contains(all, "SECRET-123") {
				t.Errorf("the token leaked: %s", all)
			}
			if strings.Contains(err.Error(), "\n") {
				t.Errorf("error spans several lines, want one: %q", err)
			}
		})
	}
}

// TestAutoModeFallsBackToPreviewAndSaysWhy checks ATS_MODE=auto without a
// key serves the sandbox and logs why, once.
func TestAutoModeFallsBackToPreviewAndSaysWhy(t *testing.T) {
	base, out, _ := startRun(t, previewEnv(t.TempDir()))
	var h struct{ Data struct{ Mode string } }
	getJSON(t, base+"/healthz", &h)
	if h.Data.Mode != "preview" {
		t.Errorf("mode = %q, want preview", h.Data.Mode)
	}
	if n := strings.Count(out.String(), "ATS_API_KEY"); n != 1 {
		t.Errorf("the reason for preview appears %d times, want once:\n%s", n, out)
	}
}
