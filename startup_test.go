package main

import (
	"context"
	"errors"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/atsbridge/atsbridge/store/dynamodb/dynalitetest"
)

// runToError runs the program with env and returns its output and the
// error it stops with. A program that starts serving instead runs until
// the bound passes and fails the test.
func runToError(t *testing.T, env map[string]string) (*syncBuffer, error) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	out := &syncBuffer{}
	done := make(chan error, 1)
	go func() { done <- run(ctx, []string{"atsbridge"}, func(k string) string { return env[k] }, out, out) }()
	select {
	case err := <-done:
		if err == nil {
			t.Fatalf("run returned nil, want a start-up error:\n%s", out)
		}
		return out, err
	case <-time.After(startBound):
		cancel()
		select {
		case <-done:
		case <-time.After(startBound):
		}
		t.Fatalf("the program did not stop within %s, want a start-up error:\n%s", startBound, out)
		return nil, nil
	}
}

// checkOneLine fails unless err reads as one line naming want.
func checkOneLine(t *testing.T, err error, want string) {
	t.Helper()
	if !strings.Contains(err.Error(), want) {
		t.Errorf("error = %q, want one naming %s", err, want)
	}
	if strings.Contains(err.Error(), "\n") {
		t.Errorf("error spans several lines, want one: %q", err)
	}
}

// TestRunStopsOnATakenPortBeforeTouchingTheStore checks the start-up
// order: when PORT is taken the program stops with one line naming it,
// before it creates, migrates or seeds the SQLite sandbox.
func TestRunStopsOnATakenPortBeforeTouchingTheStore(t *testing.T) {
	taken, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer taken.Close()
	port := strconv.Itoa(taken.Addr().(*net.TCPAddr).Port)
	dataDir := filepath.Join(t.TempDir(), "data")

	out, err := runToError(t, map[string]string{"PORT": port, "STORE": "sqlite", "DATA_DIR": dataDir, "LOG_FORMAT": "json"})
	checkOneLine(t, err, "PORT="+port)
	if !strings.Contains(err.Error(), "address already in use") {
		t.Errorf("error = %q, want the reason (address already in use)", err)
	}
	if _, statErr := os.Stat(dataDir); !errors.Is(statErr, os.ErrNotExist) {
		entries, _ := os.ReadDir(dataDir)
		t.Errorf("DATA_DIR %s exists after a failed start (%v, %d entries), want nothing created:\n%s", dataDir, statErr, len(entries), out)
	}
}

// TestRunStopsWhenTheStoreCannotOpen checks a DATA_DIR that cannot hold
// the SQLite file stops the program with one line naming DATA_DIR.
func TestRunStopsWhenTheStoreCannotOpen(t *testing.T) {
	notADir := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(notADir, []byte("not a directory"), 0o600); err != nil {
		t.Fatal(err)
	}
	_, err := runToError(t, map[string]string{"PORT": "0", "STORE": "sqlite", "DATA_DIR": notADir})
	checkOneLine(t, err, "DATA_DIR")
	if !strings.Contains(err.Error(), notADir) {
		t.Errorf("error = %q, want the path %s", err, notADir)
	}
}

// listTotal reads meta.total of an unfiltered list.
func listTotal(t *testing.T, url string) int {
	t.Helper()
	var list struct {
		Meta struct{ Total *int }
	}
	if code := getJSON(t, url, &list); code != 200 || list.Meta.Total == nil {
		t.Fatalf("GET %s: status %d, total %v; want 200 with a total", url, code, list.Meta.Total)
	}
	return *list.Meta.Total
}

// TestRunWithTheMemoryStore checks STORE=memory through the whole program:
// it serves the seeded sandbox and takes writes, writes no file, and keeps
// nothing across a restart.
func TestRunWithTheMemoryStore(t *testing.T) {
	dataDir := t.TempDir()
	env := map[string]string{"PORT": "0", "STORE": "memory", "DATA_DIR": dataDir, "LOG_FORMAT": "json"}
	base, out, stop := startRun(t, env)
	if !strings.Contains(out.String(), `"store":"memory"`) {
		t.Errorf("the start line does not name the memory store:\n%s", out)
	}
	seeded := listTotal(t, base+"/candidates?limit=1")
	if seeded != 320 {
		t.Errorf("seeded candidates = %d, want 320", seeded)
	}
	var created struct{ Data struct{ ID string } }
	if code := postJSON(t, base+"/dev/candidates", `{"name":"Mem Ory","email":"mem.ory@example.com","job_id":"job_063"}`, &created); code != 201 {
		t.Fatalf("create: status %d, want 201", code)
	}
	if got := listTotal(t, base+"/candidates?limit=1"); got != seeded+1 {
		t.Errorf("candidates after a create = %d, want %d", got, seeded+1)
	}
	if err := stop(); err != nil {
		t.Fatal(err)
	}
	if entries, _ := os.ReadDir(dataDir); len(entries) != 0 {
		t.Errorf("STORE=memory wrote %d entries to DATA_DIR, want none", len(entries))
	}

	base, _, _ = startRun(t, env)
	if got := listTotal(t, base+"/candidates?limit=1"); got != seeded {
		t.Errorf("candidates after a restart = %d, want the seed's %d (memory keeps nothing)", got, seeded)
	}
	var e envelopeBody
	if code := getJSON(t, base+"/candidates/"+created.Data.ID, &e); code != 404 || e.Code != "NOT_FOUND" {
		t.Errorf("the created candidate after a restart: %d %s, want 404 NOT_FOUND", code, e.Code)
	}
}

// TestRunWithTheDynamoDBStore checks STORE=dynamodb through the whole
// program against dynalite: the table is created and seeded on first
// start, and a second start (another process, in the cloud another Lambda
// instance) sees the first one's writes without seeding again.
func TestRunWithTheDynamoDBStore(t *testing.T) {
	useFakeAWS(t)
	env := map[string]string{
		"PORT": "0", "STORE": "dynamodb", "LOG_FORMAT": "json",
		"DYNAMODB_TABLE": dynalitetest.Table(t), "DYNAMODB_ENDPOINT": dynalitetest.Endpoint(t),
	}
	base, out, stop := startRun(t, env)
	if !strings.Contains(out.String(), `"store":"dynamodb"`) {
		t.Errorf("the start line does not name the dynamodb store:\n%s", out)
	}
	if got := listTotal(t, base+"/jobs?limit=1"); got != 130 {
		t.Errorf("seeded jobs = %d, want 130", got)
	}
	seeded := listTotal(t, base+"/candidates?limit=1")
	var created struct{ Data struct{ ID, Email string } }
	if code := postJSON(t, base+"/dev/candidates", `{"name":"Dyna Lite","email":"dyna.lite@example.com","job_id":"job_063"}`, &created); code != 201 {
		t.Fatalf("create: status %d, want 201", code)
	}
	if err := stop(); err != nil {
		t.Fatal(err)
	}

	base, _, _ = startRun(t, env)
	if got := listTotal(t, base+"/candidates?limit=1"); got != seeded+1 {
		t.Errorf("candidates after a restart = %d, want %d (kept, not reseeded)", got, seeded+1)
	}
	var got struct{ Data struct{ ID, Email string } }
	if code := getJSON(t, base+"/candidates/"+created.Data.ID, &got); code != 200 || got.Data.Email != "dyna.lite@example.com" {
		t.Errorf("the created candidate after a restart: %d %+v, want it back", code, got.Data)
	}
}
