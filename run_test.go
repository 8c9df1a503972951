package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptrace"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// syncBuffer collects run's output from its goroutines, and lets a test
// wait for a line by being told of every write instead of polling.
type syncBuffer struct {
	mu      sync.Mutex
	buf     bytes.Buffer
	written chan struct{} // closed by the next Write; nil until asked for
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.written != nil {
		close(b.written)
		b.written = nil
	}
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// snapshot returns the output so far and a channel closed by the next write.
func (b *syncBuffer) snapshot() (string, <-chan struct{}) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.written == nil {
		b.written = make(chan struct{})
	}
	return b.buf.String(), b.written
}

// startBound bounds a wait for the program: it covers a cold start that
// seeds the sandbox under -race on a loaded machine. It is a limit for a
// stuck program, never a timing assertion.
const startBound = 2 * time.Minute

// awaitOutput waits until re matches out and returns the submatches. It
// gives up with an error when ended delivers (the program returned) or
// after bound.
func awaitOutput(out *syncBuffer, re *regexp.Regexp, ended <-chan error, bound time.Duration) ([]string, error) {
	timer := time.NewTimer(bound)
	defer timer.Stop()
	for {
		s, written := out.snapshot()
		if m := re.FindStringSubmatch(s); m != nil {
			return m, nil
		}
		select {
		case <-written:
		case err := <-ended:
			return nil, fmt.Errorf("run returned (%v) before its output matched %s", err, re)
		case <-timer.C:
			return nil, fmt.Errorf("no output matched %s within %s", re, bound)
		}
	}
}

// listeningRE finds the port in the "listening" line, in JSON or text.
var listeningRE = regexp.MustCompile(`(?:"addr":"|addr=)http://localhost:(\d+)`)

// startRun runs the real program on a free port (PORT=0) and returns its
// base URL once it logs that it is listening, its output, and a stop
// function that cancels it and returns run's error (also run at cleanup).
func startRun(t *testing.T, env map[string]string) (string, *syncBuffer, func() error) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	out := &syncBuffer{}
	getenv := func(k string) string { return env[k] }
	done := make(chan error, 1)
	go func() { done <- run(ctx, []string{"atsbridge"}, getenv, out, out) }()
	m, err := awaitOutput(out, listeningRE, done, startBound)
	if err != nil {
		cancel()
		t.Fatalf("the program did not start: %v\n%s", err, out)
	}
	var once sync.Once
	var runErr error
	stop := func() error {
		once.Do(func() {
			cancel()
			select {
			case runErr = <-done:
			case <-time.After(startBound):
				runErr = fmt.Errorf("run did not return within %s of its context ending", startBound)
			}
		})
		return runErr
	}
	t.Cleanup(func() { _ = stop() })
	return "http://127.0.0.1:" + m[1], out, stop
}

func previewEnv(dir string) map[string]string {
	return map[string]string{"PORT": "0", "STORE": "sqlite", "DATA_DIR": dir, "LOG_FORMAT": "json"}
}

// testClient bounds every request a test makes to the program, so a
// server that never answers fails the test instead of hanging it.
var testClient = &http.Client{Timeout: time.Minute}

// getJSON GETs url and decodes the JSON body into v; it returns the status.
func getJSON(t *testing.T, url string, v any) int {
	t.Helper()
	res, err := testClient.Get(url)
	if err != nil {
		t.Fatalf("GET %s: %v", url, err)
	}
	defer res.Body.Close()
	if err := json.NewDecoder(res.Body).Decode(v); err != nil {
		t.Fatalf("GET %s: decode: %v", url, err)
	}
	return res.StatusCode
}

// postJSON POSTs body as JSON to url and decodes the JSON reply into v; it
// returns the status.
func postJSON(t *testing.T, url, body string, v any) int {
	t.Helper()
	res, err := testClient.Post(url, "application/json", strings.NewReader(body))
	if err != nil {
		t.Fatalf("POST %s: %v", url, err)
	}
	defer res.Body.Close()
	if err := json.NewDecoder(res.Body).Decode(v); err != nil {
		t.Fatalf("POST %s: status %d: decode: %v", url, res.StatusCode, err)
	}
	return res.StatusCode
}

var shuttingDownRE = regexp.MustCompile(`"msg":"shutting down"`)

// TestRunServesAndShutsDownGracefully starts the program, begins a request
// whose body is still being sent, cancels the program's context, then
// finishes the body: the in-flight request completes, new connections are
// refused, and run returns nil.
//
// The request is known to be in the handler, not merely sent, because it
// carries Expect: 100-continue: the server answers 100 Continue only when
// the handler starts reading the body, and the client sends the body only
// after that.
func TestRunServesAndShutsDownGracefully(t *testing.T) {
	base, out, stop := startRun(t, previewEnv(t.TempDir()))

	var health struct {
		Data struct{ Status, Provider, Mode string }
	}
	if code := getJSON(t, base+"/healthz", &health); code != 200 || health.Data.Mode != "preview" || health.Data.Provider != "workable" {
		t.Fatalf("healthz: %d %+v", code, health)
	}

	pr, pw := io.Pipe()
	defer pw.Close()
	inHandler := make(chan struct{})
	ctx := httptrace.WithClientTrace(context.Background(), &httptrace.ClientTrace{
		Got100Continue: func() { close(inHandler) },
	})
	req, err := http.NewRequestWithContext(ctx, "POST", base+"/dev/candidates", pr)
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Expect", "100-continue")
	// The transport holds the body until 100 Continue (or this long).
	client := &http.Client{Transport: &http.Transport{ExpectContinueTimeout: startBound}, Timeout: startBound}
	type result struct {
		status int
		err    error
	}
	resc := make(chan result, 1)
	go func() {
		res, err := client.Do(req)
		if err != nil {
			resc <- result{err: err}
			return
		}
		res.Body.Close()
		resc <- result{status: res.StatusCode}
	}()
	select {
	case <-inHandler:
	case r := <-resc:
		t.Fatalf("the request ended before its body was read: status %d, err %v", r.status, r.err)
	case <-time.After(startBound):
		t.Fatalf("the handler did not start reading the body within %s", startBound)
	}

	stopped := make(chan error, 1)
	go func() { stopped <- stop() }()
	if _, err := awaitOutput(out, shuttingDownRE, stopped, startBound); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if _, err := io.WriteString(pw, `{"name":"In Flight","email":"in.flight@example.com"}`); err != nil {
		t.Fatalf("send the rest of the body: %v", err)
	}
	if err := pw.Close(); err != nil {
		t.Fatal(err)
	}
	r := <-resc
	if r.err != nil || r.status != 201 {
		t.Fatalf("in-flight request: status %d, err %v; want 201", r.status, r.err)
	}
	if err := <-stopped; err != nil {
		t.Fatalf("run returned %v, want nil after a clean shutdown", err)
	}
	if res, err := testClient.Get(base + "/healthz"); err == nil {
		res.Body.Close()
		t.Errorf("server still accepts connections after shutdown: %s", res.Status)
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

	var created struct {
		Data struct{ ID string }
	}
	if code := postJSON(t, base+"/candidates", `{"name":"Kept Person","email":"kept@example.com","job_id":"job_063"}`, &created); code != 201 || created.Data.ID == "" {
		t.Fatalf("create: status %d, id %q; want 201 with an id", code, created.Data.ID)
	}
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
	if code := postJSON(t, base+"/candidates", `{"name":"Second","email":"second@example.com"}`, &next); code != 201 {
		t.Fatalf("create after restart: status %d, want 201", code)
	}
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
		{map[string]string{"LOG_LEVEL": "verbose"}, "LOG_LEVEL"},
		{map[string]string{"AWS_LAMBDA_LOG_LEVEL": "TRACE"}, "LOG_LEVEL"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			// Where a config check failed to stop it, the program would
			// serve: on a free port, with a sandbox in the temp dir.
			env := map[string]string{"PORT": "0", "DATA_DIR": t.TempDir()}
			for k, v := range tt.env {
				env[k] = v
			}
			out, err := runToError(t, env)
			if !strings.Contains(err.Error(), tt.want) {
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

// TestRunLogFormatAndLevel checks the logging a user configures: text by
// default on a terminal, and LOG_LEVEL holding back what is below it (at
// warn, a failed start prints its error but no info lines).
func TestRunLogFormatAndLevel(t *testing.T) {
	t.Run("text by default", func(t *testing.T) {
		env := previewEnv(t.TempDir())
		delete(env, "LOG_FORMAT")
		base, out, _ := startRun(t, env)
		var h struct{ Data struct{ Status string } }
		getJSON(t, base+"/healthz", &h)
		for _, line := range strings.Split(strings.TrimSpace(out.String()), "\n") {
			if !strings.HasPrefix(line, "time=") {
				t.Errorf("log line %q is not slog text (time=... level=... msg=...)", line)
			}
		}
		if !strings.Contains(out.String(), "msg=request") {
			t.Errorf("no access line for GET /healthz:\n%s", out)
		}
	})
	t.Run("warn holds back info", func(t *testing.T) {
		taken, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		defer taken.Close()
		env := map[string]string{
			"PORT": strconv.Itoa(taken.Addr().(*net.TCPAddr).Port), "STORE": "memory", "LOG_LEVEL": "warn",
		}
		out, err := runToError(t, env)
		checkOneLine(t, err, "PORT")
		if s := out.String(); s != "" {
			t.Errorf("LOG_LEVEL=warn printed lines below warn:\n%s", s)
		}
	})
}

// TestRunCursorSecret checks CURSOR_SECRET as a user with several
// instances meets it: a cursor issued by one process is accepted by
// another with the same secret (the built-in key, when none is set, is
// the same in every process) and refused by one with another secret.
func TestRunCursorSecret(t *testing.T) {
	env := func(secret string) map[string]string {
		e := map[string]string{"PORT": "0", "STORE": "memory", "LOG_FORMAT": "json"}
		if secret != "" {
			e["CURSOR_SECRET"] = secret
		}
		return e
	}
	firstCursor := func(secret string) string {
		base, _, stop := startRun(t, env(secret))
		var page struct {
			Meta struct {
				NextCursor string `json:"next_cursor"`
			}
		}
		if code := getJSON(t, base+"/jobs?limit=1", &page); code != 200 || page.Meta.NextCursor == "" {
			t.Fatalf("GET /jobs?limit=1: %d, next_cursor %q; want a cursor", code, page.Meta.NextCursor)
		}
		if err := stop(); err != nil {
			t.Fatal(err)
		}
		return page.Meta.NextCursor
	}
	follow := func(secret, cursor string) (int, string) {
		base, _, stop := startRun(t, env(secret))
		defer func() { _ = stop() }()
		var page envelopeBody
		code := getJSON(t, base+"/jobs?limit=1&cursor="+url.QueryEscape(cursor), &page)
		return code, page.Code
	}
	signedOne := firstCursor("cur-one")
	builtIn := firstCursor("")
	tests := []struct {
		name, secret, cursor string
		wantStatus           int
		wantCode             string
	}{
		{"same secret", "cur-one", signedOne, 200, ""},
		{"another secret", "cur-two", signedOne, 400, "CURSOR_INVALID"},
		{"no secret, a cursor signed with one", "", signedOne, 400, "CURSOR_INVALID"},
		{"no secret in either process", "", builtIn, 200, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if code, c := follow(tt.secret, tt.cursor); code != tt.wantStatus || c != tt.wantCode {
				t.Errorf("got %d %q, want %d %q", code, c, tt.wantStatus, tt.wantCode)
			}
		})
	}
}
