// Package dynalitetest gives tests a DynamoDB-compatible endpoint on this
// machine: dynalite (npm), started once per test process on a free loopback
// port and kept in memory, so every table a test creates goes away with the
// test process.
//
// Tests use only the server they start: a DYNAMODB_ENDPOINT in the
// environment (the variable the program reads) is ignored, so a test run
// never writes tables into a server someone else runs.
//
// Tests never download anything. dynalite is installed once, with
//
//	npm install --prefix .ci/node dynalite@4.0.0
//
// in the repository root (.ci/run does this), which fetches dynalite and its
// npm dependencies (about 10 MB) into .ci/node/node_modules. The tests find
// it there, or run the executable DYNALITE_BIN names. A test binary that
// uses Endpoint should call Stop after m.Run in its TestMain; the server
// also stops by itself when the test process ends, because it is tied to a
// pipe that the operating system closes when the process exits.
//
// Without dynalite or Node.js the tests that need it fail (never skip) with
// one line saying how to install it.
package dynalitetest

import (
	"bytes"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// Version is the dynalite release the tests are written against.
const Version = "4.0.0"

// installDir is where dynalite is installed, relative to the repository
// root, and installed is its executable there.
const (
	installDir = ".ci/node"
	installed  = installDir + "/node_modules/.bin/dynalite"
)

// NotInstalled is the failure message when no dynalite can be found.
const NotInstalled = "dynalite is not installed: run `npm install --prefix " + installDir + " dynalite@" + Version +
	"` in the repository root (it fetches dynalite and its dependencies from the npm registry into " + installDir +
	"/node_modules), or set DYNALITE_BIN to a dynalite executable"

// NodeMissing is the failure message when Node.js, which runs dynalite, is
// missing or too old.
const NodeMissing = "dynalite needs Node.js >= 20: install Node (e.g. apt-get install nodejs npm) and rerun"

// startTimeout bounds the start of the server.
const startTimeout = time.Minute

var (
	once     sync.Once
	mu       sync.Mutex
	server   *process
	front    *proxy
	endpoint string
	startErr error
	tables   atomic.Int64
)

// Endpoint returns the base URL of the process's shared dynalite, started
// on first use, behind a loopback proxy that keeps it alive when a client
// hangs up (see proxy). It fails tb when no server can be started.
func Endpoint(tb testing.TB) string {
	tb.Helper()
	once.Do(func() {
		mu.Lock()
		defer mu.Unlock()
		var direct string
		if direct, startErr = start(); startErr == nil {
			front = newProxy(direct)
			endpoint = front.srv.URL
		}
	})
	if startErr != nil {
		tb.Fatal(startErr)
	}
	return endpoint
}

// Table returns a table name no other test of this process uses, so tests
// sharing one server never see each other's data.
func Table(tb testing.TB) string {
	tb.Helper()
	return fmt.Sprintf("t%d_%d_%d", os.Getpid(), time.Now().UnixNano(), tables.Add(1))
}

// Stop ends the dynalite this process started, if any. Call it from
// TestMain after m.Run; it is safe to call when nothing was started.
func Stop() {
	mu.Lock()
	defer mu.Unlock()
	if front != nil {
		front.close()
		front = nil
	}
	if server != nil {
		server.stop()
		server = nil
	}
}

// start launches dynalite on a free port and waits until it accepts
// connections. A port taken between choosing and binding it makes dynalite
// exit, so a few attempts are made.
func start() (string, error) {
	wd, err := os.Getwd()
	if err != nil {
		return "", fmt.Errorf("dynalitetest: %w", err)
	}
	argv, err := command(os.Getenv("DYNALITE_BIN"), wd)
	if err != nil {
		return "", err
	}
	var lastErr error
	for attempt := 0; attempt < 3; attempt++ {
		port, err := freePort()
		if err != nil {
			return "", fmt.Errorf("dynalitetest: find a free port: %w", err)
		}
		args := append(append([]string{}, argv[1:]...),
			"--host", "127.0.0.1", "--port", strconv.Itoa(port),
			"--createTableMs", "0", "--deleteTableMs", "0", "--updateTableMs", "0")
		p, err := launch(argv[0], args)
		if err != nil {
			return "", fmt.Errorf("dynalitetest: start %s: %w", argv[0], err)
		}
		addr := net.JoinHostPort("127.0.0.1", strconv.Itoa(port))
		if err := p.waitReady(addr, startTimeout); err != nil {
			p.stop()
			lastErr = err
			continue
		}
		server = p
		return "http://" + addr, nil
	}
	return "", fmt.Errorf("dynalitetest: dynalite did not start: %w", lastErr)
}

// command picks the program to run: bin when set, else the dynalite
// installed under the repository that holds dir. It never falls back to a
// download (npx would fetch from the registry). Node.js is checked first,
// so that a missing or too old Node reads as one actionable line.
func command(bin, dir string) ([]string, error) {
	if bin == "" {
		bin = findInstalled(dir)
	}
	if bin == "" {
		return nil, errors.New(NotInstalled)
	}
	if err := checkNode(); err != nil {
		return nil, err
	}
	return []string{bin}, nil
}

// findInstalled looks for the installed dynalite in dir and its parents,
// up to the module root (the directory with go.mod), and returns its path
// or "".
func findInstalled(dir string) string {
	for {
		p := filepath.Join(dir, filepath.FromSlash(installed))
		if st, err := os.Stat(p); err == nil && !st.IsDir() {
			return p
		}
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return ""
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// checkNode fails unless `node --version` reports major version 20 or newer.
func checkNode() error {
	node, err := exec.LookPath("node")
	if err != nil {
		return errors.New(NodeMissing)
	}
	out, err := exec.Command(node, "--version").Output()
	if err != nil {
		return errors.New(NodeMissing)
	}
	v := strings.TrimPrefix(strings.TrimSpace(string(out)), "v")
	major, _, _ := strings.Cut(v, ".")
	if n, err := strconv.Atoi(major); err != nil || n < 20 {
		return fmt.Errorf("%s (found node %s)", NodeMissing, strings.TrimSpace(string(out)))
	}
	return nil
}

// freePort asks the kernel for an unused loopback port.
func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

// process is a running dynalite and what is needed to stop it.
type process struct {
	cmd    *exec.Cmd
	stdin  interface{ Close() error }
	output *tailBuffer
	exited chan struct{}
}

// launch starts the command serverCmd builds for name and args, with
// its output kept for error messages and stdin held open (the Unix
// watchdog kills the server when it closes).
func launch(name string, args []string) (*process, error) {
	cmd := serverCmd(name, args)
	out := &tailBuffer{}
	cmd.Stdout, cmd.Stderr = out, out
	stdin, err := cmd.StdinPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	p := &process{cmd: cmd, stdin: stdin, output: out, exited: make(chan struct{})}
	go func() {
		_ = cmd.Wait()
		close(p.exited)
	}()
	return p, nil
}

// waitReady polls addr until it accepts a connection, the process exits or
// timeout passes.
func (p *process) waitReady(addr string, timeout time.Duration) error {
	deadline := time.Now().Add(timeout)
	delay := 20 * time.Millisecond
	for {
		select {
		case <-p.exited:
			return fmt.Errorf("dynalite exited before listening on %s: %s", addr, p.output.String())
		default:
		}
		c, err := net.DialTimeout("tcp", addr, time.Second)
		if err == nil {
			c.Close()
			return nil
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("dynalite did not listen on %s within %s: %s", addr, timeout, p.output.String())
		}
		time.Sleep(delay)
		if delay < 500*time.Millisecond {
			delay *= 2
		}
	}
}

// tailBuffer keeps the last few KB of the server's output for error messages.
type tailBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

const tailMax = 4 << 10

func (t *tailBuffer) Write(b []byte) (int, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.buf.Write(b)
	if t.buf.Len() > tailMax {
		rest := t.buf.Bytes()[t.buf.Len()-tailMax:]
		t.buf.Reset()
		t.buf.Write(rest)
	}
	return len(b), nil
}

func (t *tailBuffer) String() string {
	t.mu.Lock()
	defer t.mu.Unlock()
	s := strings.TrimSpace(t.buf.String())
	if s == "" {
		return "no output"
	}
	return s
}
