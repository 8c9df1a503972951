package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"time"
)

// process is a server bench started and stops.
type process struct {
	base   string // http://127.0.0.1:port
	cmd    *exec.Cmd
	exited chan struct{}
	log    string // where its output goes, for error messages
}

// stop ends the process (SIGTERM, then SIGKILL after 10 s) and waits for it.
func (p *process) stop() {
	select {
	case <-p.exited:
		return
	default:
	}
	_ = p.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-p.exited:
	case <-time.After(10 * time.Second):
		_ = p.cmd.Process.Kill()
		<-p.exited
	}
}

// alive returns an error when the process has exited.
func (p *process) alive() error {
	select {
	case <-p.exited:
		return fmt.Errorf("%s exited during the run; its output: %s\n%s", p.cmd.Path, p.log, tail(p.log))
	default:
		return nil
	}
}

// startReal starts atsbridge on a fresh preview sandbox in dir and waits
// until it listens. Its output (JSON log lines, one per request) goes to a
// file in dir: that costs the server what logging costs in production.
func startReal(ctx context.Context, bin, dir, store string) (*process, error) {
	logPath := filepath.Join(dir, "atsbridge.log")
	logFile, err := os.Create(logPath)
	if err != nil {
		return nil, err
	}
	defer logFile.Close()
	cmd := exec.Command(bin)
	cmd.Env = []string{
		"PATH=" + os.Getenv("PATH"), "HOME=" + dir, "TZ=UTC",
		"ATS_MODE=preview", "STORE=" + store, "DATA_DIR=" + filepath.Join(dir, "data"),
		"PORT=0", "LOG_FORMAT=json", "LOG_LEVEL=info",
	}
	cmd.Stdout, cmd.Stderr = logFile, logFile
	p, err := start(cmd, logPath)
	if err != nil {
		return nil, err
	}
	// The program logs {"msg":"listening","addr":"http://localhost:PORT"}
	// once the sandbox is open.
	deadline := time.Now().Add(2 * time.Minute)
	for {
		if addr := listeningAddr(logPath); addr != "" {
			p.base = strings.Replace(addr, "localhost", "127.0.0.1", 1)
			return p, nil
		}
		if err := p.alive(); err != nil {
			return nil, err
		}
		if time.Now().After(deadline) || ctx.Err() != nil {
			p.stop()
			return nil, fmt.Errorf("atsbridge did not listen within 2 minutes:\n%s", tail(logPath))
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func start(cmd *exec.Cmd, logPath string) (*process, error) {
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	p := &process{cmd: cmd, exited: make(chan struct{}), log: logPath}
	go func() { _ = cmd.Wait(); close(p.exited) }()
	return p, nil
}

// listeningAddr reads the address from the program's "listening" line.
func listeningAddr(logPath string) string {
	f, err := os.Open(logPath)
	if err != nil {
		return ""
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var line struct {
			Msg  string `json:"msg"`
			Addr string `json:"addr"`
		}
		if json.Unmarshal(sc.Bytes(), &line) == nil && line.Msg == "listening" {
			return line.Addr
		}
	}
	return ""
}

// tail is the end of a log file, for error messages.
func tail(path string) string {
	b, _ := os.ReadFile(path)
	if len(b) > 4000 {
		b = b[len(b)-4000:]
	}
	return string(b)
}

// fetchBodies reads the body atsbridge answers for each path.
func fetchBodies(ctx context.Context, base string, paths []string) (map[string][]byte, error) {
	bodies := map[string][]byte{}
	for _, p := range paths {
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, base+p, nil)
		if err != nil {
			return nil, err
		}
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			return nil, err
		}
		b, err := io.ReadAll(res.Body)
		res.Body.Close()
		if err != nil {
			return nil, err
		}
		if res.StatusCode != http.StatusOK {
			return nil, fmt.Errorf("GET %s: %d %s", p, res.StatusCode, b)
		}
		bodies[p] = b
	}
	return bodies, nil
}

// bareCommand runs this program as the bare server: `bench bare -bodies
// FILE` serves the bodies in FILE (a JSON object of path -> bytes) and
// prints the address it listens on.
const bareCommand = "bare"

// startBare starts the bare server with bodies as a process of this
// program.
func startBare(ctx context.Context, dir string, bodies map[string][]byte) (*process, error) {
	file := filepath.Join(dir, "bodies.json")
	b, err := json.Marshal(bodies)
	if err != nil {
		return nil, err
	}
	if err := os.WriteFile(file, b, 0o600); err != nil {
		return nil, err
	}
	self, err := os.Executable()
	if err != nil {
		return nil, err
	}
	cmd := exec.Command(self, bareCommand, "-bodies", file)
	cmd.Stderr = os.Stderr
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	p, err := start(cmd, "")
	if err != nil {
		return nil, err
	}
	line, err := bufio.NewReader(stdout).ReadString('\n')
	if err != nil {
		p.stop()
		return nil, fmt.Errorf("the bare server did not start: %w", err)
	}
	p.base = strings.TrimSpace(line)
	return p, nil
}

// serveBare is the bare server: for each known path, the stored bytes as
// application/json with their length; for anything else 404. Nothing
// else: no router, no middleware, no log.
func serveBare(args []string, out io.Writer) error {
	fs := flag.NewFlagSet(bareCommand, flag.ContinueOnError)
	file := fs.String("bodies", "", "JSON object of path -> body")
	if err := fs.Parse(args); err != nil {
		return err
	}
	raw, err := os.ReadFile(*file)
	if err != nil {
		return err
	}
	var bodies map[string][]byte
	if err := json.Unmarshal(raw, &bodies); err != nil {
		return err
	}
	lengths := map[string]string{}
	for p, b := range bodies {
		lengths[p] = fmt.Sprint(len(b))
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "http://%s\n", ln.Addr())
	err = http.Serve(ln, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, ok := bodies[r.URL.RequestURI()]
		if !ok {
			http.NotFound(w, r)
			return
		}
		h := w.Header()
		h["Content-Type"] = []string{"application/json"}
		h["Content-Length"] = []string{lengths[r.URL.RequestURI()]}
		_, _ = w.Write(b)
	}))
	if errors.Is(err, http.ErrServerClosed) {
		return nil
	}
	return err
}
