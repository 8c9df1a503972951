//go:build linux

package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/aws/aws-lambda-go/events"

	"github.com/atsbridge/atsbridge/store/dynamodb/dynalitetest"
)

// The Lambda path end to end: the real bootstrap binary, built the way the
// CDK app builds it (for this host), run by the real Lambda Runtime
// Interface Emulator, invoked over HTTP with API Gateway events. The RIE
// only runs on Linux, hence the build constraint.

// lambdaBinaries holds the rie and bootstrap executables, built once per
// test process and removed by TestMain.
var lambdaBinaries struct {
	once           sync.Once
	dir            string
	rie, bootstrap string
	err            error
}

// buildLambdaBinaries builds the RIE pinned in go.mod and bootstrap from
// this module, once; later calls reuse them.
func buildLambdaBinaries(tb testing.TB) (rie, bootstrap string) {
	tb.Helper()
	if testing.Short() {
		tb.Skip("builds and runs the Lambda Runtime Interface Emulator; skipped in -short mode")
	}
	goBin, err := exec.LookPath("go")
	if err != nil {
		tb.Skip("the go command is not on PATH; cannot build bootstrap")
	}
	b := &lambdaBinaries
	b.once.Do(func() {
		if b.dir, b.err = os.MkdirTemp("", "atsbridge-rie-"); b.err != nil {
			return
		}
		afterAll(func() { _ = os.RemoveAll(b.dir) })
		b.rie, b.bootstrap = filepath.Join(b.dir, "aws-lambda-rie"), filepath.Join(b.dir, "bootstrap")
		env := append(os.Environ(), "CGO_ENABLED=0", "GOOS="+runtime.GOOS, "GOARCH="+runtime.GOARCH)
		for _, args := range [][]string{
			{"build", "-o", b.rie, "github.com/aws/aws-lambda-runtime-interface-emulator/cmd/aws-lambda-rie"},
			// The tags of infra's build (infra/bundle.go): no SQLite, and
			// only the environment's AWS configuration.
			{"build", "-tags", "lambda,lambda.norpc", "-trimpath", "-o", b.bootstrap, "."},
		} {
			cmd := exec.Command(goBin, args...)
			cmd.Env = env
			if out, err := cmd.CombinedOutput(); err != nil {
				b.err = fmt.Errorf("go %s: %v\n%s", strings.Join(args, " "), err, out)
				return
			}
		}
	})
	if b.err != nil {
		tb.Fatal(b.err)
	}
	return b.rie, b.bootstrap
}

// freePort returns a loopback TCP port nothing listens on right now. The
// emulator cannot be handed a listener, nor report a port it picked
// itself (its Runtime API takes port 0 but then tells the function ":0"),
// so the port is chosen here and may be taken before the emulator binds
// it: startRIE then starts it again on new ports.
func freePort(tb testing.TB) string {
	tb.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		tb.Fatal(err)
	}
	defer ln.Close()
	return strconv.Itoa(ln.Addr().(*net.TCPAddr).Port)
}

// rieProcess is one running emulator with the function in it.
type rieProcess struct {
	invokeURL string
	out       *syncBuffer // RIE and function output, START/REPORT lines included
	started   time.Time
	stop      func()
}

// rieAttempts bounds how often startRIE picks new ports after the
// emulator found one taken.
const rieAttempts = 5

// rieReadyBound bounds the wait for the emulator to listen.
const rieReadyBound = time.Minute

// startRIE starts the emulator with bootstrap as the function, configured
// as the preview sandbox on DynamoDB table (in this process's dynalite), as
// in the cloud (the Lambda build has no SQLite), with env adding or
// overriding NAME=value settings, and waits (bounded)
// until the emulator process itself listens on its two ports. The
// function itself starts on the first invoke, as in Lambda. stop (also
// run at cleanup) ends the emulator's process group and the function,
// which runs in a group of its own.
func startRIE(tb testing.TB, rie, bootstrap, table string, env ...string) *rieProcess {
	tb.Helper()
	return startRIEOn(tb, rie, bootstrap, table, func() (string, string) { return freePort(tb), freePort(tb) }, env...)
}

// startRIEOn is startRIE with the port choice given: ports returns the
// emulator's port and its Runtime API's port for each attempt.
func startRIEOn(tb testing.TB, rie, bootstrap, table string, ports func() (emulator, runtimeAPI string), env ...string) *rieProcess {
	tb.Helper()
	var outputs []string
	for attempt := 1; attempt <= rieAttempts; attempt++ {
		emulatorPort, apiPort := ports()
		p, err := launchRIE(tb, rie, bootstrap, table, emulatorPort, apiPort, env)
		if err == nil {
			return p
		}
		if !errors.Is(err, errPortTaken) {
			tb.Fatal(err)
		}
		outputs = append(outputs, err.Error())
		tb.Logf("attempt %d: %v; starting the RIE again on other ports", attempt, err)
	}
	tb.Fatalf("the RIE found its ports taken %d times:\n%s", rieAttempts, strings.Join(outputs, "\n"))
	return nil
}

// errPortTaken marks an emulator that exited because a port it was given
// was taken.
var errPortTaken = errors.New("a port was taken")

// launchRIE starts one emulator on the given loopback ports and waits
// until its process listens on both. It returns an error wrapping
// errPortTaken when the emulator exited because one of them was taken.
func launchRIE(tb testing.TB, rie, bootstrap, table, emulatorPort, apiPort string, env []string) (*rieProcess, error) {
	tb.Helper()
	addr := "127.0.0.1:" + emulatorPort
	cmd := exec.Command(rie,
		"--runtime-interface-emulator-address", addr,
		"--runtime-api-address", "127.0.0.1:"+apiPort,
		bootstrap)
	cmd.Dir = filepath.Dir(bootstrap)
	// A clean environment: the RIE hands its own environment to the
	// function, and nothing from the developer's shell (ATS_API_KEY, AWS_*)
	// may leak into it.
	cmd.Env = []string{
		"PATH=" + os.Getenv("PATH"), "HOME=" + tb.TempDir(), "TZ=UTC",
		"STORE=dynamodb", "DYNAMODB_TABLE=" + table, "DYNAMODB_ENDPOINT=" + dynalitetest.Endpoint(tb),
		"ATS_MODE=preview", "LOG_LEVEL=info",
		"AWS_REGION=eu-west-1", "AWS_LAMBDA_FUNCTION_NAME=atsbridge-api", "AWS_LAMBDA_FUNCTION_TIMEOUT=60",
		// Keys are tested on their own (TestLambdaUnderRIEWithKey); the
		// other tests call the function as AUTH=auto serves a store
		// without keys: open.
		"AUTH=auto",
	}
	cmd.Env = append(cmd.Env, env...) // a later value of a name wins
	out := &syncBuffer{}
	cmd.Stdout, cmd.Stderr = out, out
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	started := time.Now()
	if err := cmd.Start(); err != nil {
		tb.Fatalf("start the RIE: %v", err)
	}
	exited := make(chan struct{})
	go func() { _ = cmd.Wait(); close(exited) }()

	var once sync.Once
	stop := func() {
		once.Do(func() {
			functions := childrenRunning(cmd.Process.Pid, bootstrap)
			_ = syscall.Kill(-cmd.Process.Pid, syscall.SIGTERM)
			select {
			case <-exited:
			case <-time.After(10 * time.Second):
				_ = syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
				<-exited
			}
			stopStrayFunctions(tb, functions, bootstrap)
		})
	}
	tb.Cleanup(stop)

	// Something answering on the ports is not enough: another process may
	// have taken one, and the emulator is then about to exit. Ready means
	// the emulator's own process listens on both.
	want := []string{emulatorPort, apiPort}
	tick := time.NewTicker(20 * time.Millisecond)
	defer tick.Stop()
	bound := time.NewTimer(rieReadyBound)
	defer bound.Stop()
	for !listensOn(cmd.Process.Pid, want) {
		select {
		case <-exited:
			stop()
			if strings.Contains(out.String(), "address already in use") {
				return nil, fmt.Errorf("%w: the RIE exited on ports %s and %s:\n%s", errPortTaken, emulatorPort, apiPort, out)
			}
			return nil, fmt.Errorf("the RIE exited before listening:\n%s", out)
		case <-bound.C:
			stop()
			return nil, fmt.Errorf("the RIE did not listen on %s and %s within %s:\n%s", emulatorPort, apiPort, rieReadyBound, out)
		case <-tick.C:
		}
	}
	return &rieProcess{
		invokeURL: "http://" + addr + "/2015-03-31/functions/function/invocations",
		out:       out, started: started, stop: stop,
	}, nil
}

// listensOn reports whether process pid has a listening TCP socket on each
// of ports, read from /proc: the sockets among its open files, and their
// states and ports in its network namespace's TCP tables.
func listensOn(pid int, ports []string) bool {
	fds, err := os.ReadDir(fmt.Sprintf("/proc/%d/fd", pid))
	if err != nil {
		return false
	}
	sockets := map[string]bool{}
	for _, fd := range fds {
		link, err := os.Readlink(fmt.Sprintf("/proc/%d/fd/%s", pid, fd.Name()))
		if inode, ok := strings.CutPrefix(link, "socket:["); err == nil && ok {
			sockets[strings.TrimSuffix(inode, "]")] = true
		}
	}
	listening := map[string]bool{}
	for _, table := range []string{"tcp", "tcp6"} {
		data, err := os.ReadFile(fmt.Sprintf("/proc/%d/net/%s", pid, table))
		if err != nil {
			continue
		}
		// "sl local_address rem_address st ... inode": addresses are
		// hex "ADDR:PORT", state 0A is LISTEN.
		for _, line := range strings.Split(string(data), "\n")[1:] {
			f := strings.Fields(line)
			if len(f) < 10 || f[3] != "0A" || !sockets[f[9]] {
				continue
			}
			_, hexPort, _ := strings.Cut(f[1], ":")
			if n, err := strconv.ParseUint(hexPort, 16, 16); err == nil {
				listening[strconv.FormatUint(n, 10)] = true
			}
		}
	}
	for _, p := range ports {
		if !listening[p] {
			return false
		}
	}
	return true
}

// stopStrayFunctions waits (bounded) for the function processes an
// emulator started to exit once it is gone, and kills any that remain. The
// RIE starts the function in its own process group, so ending the RIE's
// group does not reach it; it normally exits when its Runtime API
// connection drops.
func stopStrayFunctions(tb testing.TB, pids []int, bootstrap string) {
	tb.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for {
		var alive []int
		for _, pid := range pids {
			if exe, err := os.Readlink(fmt.Sprintf("/proc/%d/exe", pid)); err == nil && exe == bootstrap {
				alive = append(alive, pid)
			}
		}
		if len(alive) == 0 {
			return
		}
		if time.Now().After(deadline) {
			for _, pid := range alive {
				_ = syscall.Kill(pid, syscall.SIGKILL)
			}
			tb.Logf("killed %d function process(es) left after the RIE stopped", len(alive))
			return
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// childrenRunning lists the pids of parent's children whose executable is
// path (read from /proc).
func childrenRunning(parent int, path string) []int {
	entries, _ := os.ReadDir("/proc")
	var pids []int
	for _, e := range entries {
		pid, err := strconv.Atoi(e.Name())
		if err != nil {
			continue
		}
		stat, err := os.ReadFile(filepath.Join("/proc", e.Name(), "stat"))
		if err != nil {
			continue
		}
		// "pid (comm) state ppid ...": comm may hold spaces and parentheses.
		fields := strings.Fields(string(stat[bytes.LastIndexByte(stat, ')')+1:]))
		if len(fields) < 2 || fields[1] != strconv.Itoa(parent) {
			continue
		}
		if exe, err := os.Readlink(filepath.Join("/proc", e.Name(), "exe")); err == nil && exe == path {
			pids = append(pids, pid)
		}
	}
	return pids
}

// rieClient bounds every invoke; the first one includes the function's
// cold start (seeding the sandbox).
var rieClient = &http.Client{Timeout: 90 * time.Second}

// invoke sends one event to the emulator and returns the function's reply
// as API Gateway would receive it.
func (p *rieProcess) invoke(tb testing.TB, event []byte) (gatewayResponse, envelopeBody) {
	tb.Helper()
	res, err := rieClient.Post(p.invokeURL, "application/json", bytes.NewReader(event))
	if err != nil {
		tb.Fatalf("invoke: %v\n%s", err, p.out)
	}
	reply, err := io.ReadAll(res.Body)
	res.Body.Close()
	if err != nil {
		tb.Fatalf("invoke: read reply: %v", err)
	}
	if res.StatusCode != http.StatusOK {
		tb.Fatalf("RIE answered %d, want 200: %s\n%s", res.StatusCode, reply, p.out)
	}
	var fnErr struct {
		ErrorMessage string `json:"errorMessage"`
		ErrorType    string `json:"errorType"`
	}
	if json.Unmarshal(reply, &fnErr) == nil && fnErr.ErrorType != "" {
		tb.Fatalf("the function failed: %s: %s\n%s", fnErr.ErrorType, fnErr.ErrorMessage, p.out)
	}
	return decodeGatewayReply(tb, reply)
}

var (
	// rapidInitReportRE is the RIE's runtime-init line: from starting the
	// function process to its first call for the next event.
	rapidInitReportRE = regexp.MustCompile(`INIT REPORT\(durationMs: ([0-9.]+)\)`)
	// reportInitRE is the Init Duration on the first REPORT line.
	reportInitRE = regexp.MustCompile(`REPORT RequestId: \S+\s+Init Duration: ([0-9.]+) ms`)
)

// initDurations reads the init figures the RIE printed, in milliseconds
// (-1 when absent).
func initDurations(out string) (rapidInit, reportInit float64) {
	rapidInit, reportInit = -1, -1
	if m := rapidInitReportRE.FindStringSubmatch(out); m != nil {
		rapidInit, _ = strconv.ParseFloat(m[1], 64)
	}
	if m := reportInitRE.FindStringSubmatch(out); m != nil {
		reportInit, _ = strconv.ParseFloat(m[1], 64)
	}
	return rapidInit, reportInit
}

// TestLambdaUnderRIE runs the real bootstrap under the Lambda Runtime
// Interface Emulator and checks what API Gateway would receive for REST (v1)
// and HTTP API (v2) events, and that both reach one function instance with
// one sandbox: a candidate created through v1 is found through v2.
func TestLambdaUnderRIE(t *testing.T) {
	rie, bootstrap := buildLambdaBinaries(t)
	p := startRIE(t, rie, bootstrap, dynalitetest.Table(t))

	event := loadEvent(t, "v1-get-jobs.json")
	res, body := p.invoke(t, event)
	coldStart := time.Since(p.started)
	checkEnvelope(t, res, body, 200, eventRequestID(t, event))
	checkPreviewOrigin(t, body)
	checkOpenAndClosedJobs(t, body)

	rapidInit, reportInit := initDurations(p.out.String())
	t.Logf("cold start: %v from starting the RIE to the first response; RIE INIT REPORT %.1f ms (function start to first /next, seeding included); REPORT Init Duration %.2f ms",
		coldStart.Round(time.Millisecond), rapidInit, reportInit)
	if rapidInit < 0 {
		t.Errorf("no INIT REPORT line in the RIE output; the function was not started by the emulator:\n%s", p.out)
	}
	// In Lambda the function logs JSON unless LOG_FORMAT says otherwise
	// (the emulator's environment sets none).
	if !strings.Contains(p.out.String(), `"level":"INFO","msg":"starting"`) {
		t.Errorf("no JSON start line from the function:\n%s", p.out)
	}

	t.Run("v2 $default GET /jobs", func(t *testing.T) {
		event := loadEvent(t, "v2-get-jobs-default.json")
		res, body := p.invoke(t, event)
		checkEnvelope(t, res, body, 200, eventRequestID(t, event))
		checkOpenAndClosedJobs(t, body)
	})

	var viaV1 createdCandidate
	t.Run("v1 POST /candidates with a base64 body", func(t *testing.T) {
		event := loadEvent(t, "v1-post-candidate.json")
		res, body := p.invoke(t, event)
		checkEnvelope(t, res, body, 201, eventRequestID(t, event))
		viaV1 = decodeCandidate(t, body)
		if viaV1.Email != "karan.v1-lambda@example.com" || len(viaV1.ApplicationIDs) != 1 {
			t.Errorf("created candidate = %+v, want karan.v1-lambda@example.com applied to one job", viaV1)
		}
		if loc, want := res.header("Location"), "/dev/candidates/"+viaV1.ID; loc != want {
			t.Errorf("Location = %q, want %q", loc, want)
		}
	})

	t.Run("v2 POST /dev/candidates with a base64 body", func(t *testing.T) {
		event := loadEvent(t, "v2-post-candidate.json")
		res, body := p.invoke(t, event)
		checkEnvelope(t, res, body, 201, eventRequestID(t, event))
		c := decodeCandidate(t, body)
		if c.Email != "ana.v2-lambda@example.com" || c.ID == "" || c.ID == viaV1.ID {
			t.Errorf("created candidate = %+v, want a new candidate ana.v2-lambda@example.com", c)
		}
	})

	t.Run("the v1 candidate is visible through v2", func(t *testing.T) {
		if viaV1.ID == "" {
			t.Skip("the v1 create failed")
		}
		event := loadEvent(t, "v2-get-candidates-by-email.json")
		res, body := p.invoke(t, event)
		checkEnvelope(t, res, body, 200, eventRequestID(t, event))
		var found []createdCandidate
		if err := json.Unmarshal(body.Data, &found); err != nil {
			t.Fatal(err)
		}
		if len(found) != 1 || found[0].ID != viaV1.ID {
			t.Errorf("GET /dev/candidates?email=... = %+v, want exactly the candidate %s created through v1", found, viaV1.ID)
		}
	})

	t.Run("unknown path", func(t *testing.T) {
		event := loadEvent(t, "v1-unknown-path.json")
		res, body := p.invoke(t, event)
		checkEnvelope(t, res, body, 404, eventRequestID(t, event))
		if body.Code != "NOT_FOUND" {
			t.Errorf("code = %q, want NOT_FOUND", body.Code)
		}
	})

	t.Run("an event that does not convert keeps its query out of the log", func(t *testing.T) {
		const email = "karan.rie-query@example.com"
		event := v1Event(t, "v1-get-jobs.json", func(ev *events.APIGatewayProxyRequest) {
			ev.Path = "/candidates/%zz"
			ev.MultiValueQueryStringParameters = map[string][]string{"email": {email}}
		})
		res, body := p.invoke(t, event)
		checkEnvelope(t, res, body, 400, eventRequestID(t, event))
		if body.Code != "INPUT_INVALID" {
			t.Errorf("code = %q, want INPUT_INVALID", body.Code)
		}
		// The function's stdout and stderr, as CloudWatch would get them.
		if strings.Contains(p.out.String(), strings.Split(email, "@")[0]) {
			t.Errorf("the function's output carries the email from the query:\n%s", p.out)
		}
	})

	if n := strings.Count(p.out.String(), "INIT START"); n != 1 {
		t.Errorf("the function was initialised %d times, want once (one warm instance for every invoke)", n)
	}
}

// TestLambdaBuildRefusesSQLite: the Lambda build has no SQLite store, so
// STORE=sqlite, also as the default, stops it at start with one line
// saying so, before anything is opened.
func TestLambdaBuildRefusesSQLite(t *testing.T) {
	_, bootstrap := buildLambdaBinaries(t)
	for _, store := range []string{"STORE=sqlite", "STORE="} {
		t.Run(store, func(t *testing.T) {
			dir := t.TempDir()
			cmd := exec.Command(bootstrap)
			cmd.Env = []string{"PATH=" + os.Getenv("PATH"), "HOME=" + dir, "DATA_DIR=" + dir, "PORT=0", "ATS_MODE=preview", store}
			out, err := cmd.CombinedOutput()
			var exit *exec.ExitError
			if !errors.As(err, &exit) || exit.ExitCode() != 1 {
				t.Fatalf("got %v, want exit status 1\n%s", err, out)
			}
			if want := "STORE=sqlite (the default) is not in this build"; !strings.Contains(string(out), want) {
				t.Errorf("output %q does not say %q", out, want)
			}
			if entries, _ := os.ReadDir(dir); len(entries) != 0 {
				t.Errorf("DATA_DIR holds %d entries, want none: nothing is opened", len(entries))
			}
		})
	}
}

// TestRIEStartsAgainWhenAPortIsTaken checks startRIE's answer to the race
// freePort leaves open: when a port it chose is taken before the emulator
// binds it, the emulator exits and is started again on other ports, and
// the one that comes up serves invokes.
func TestRIEStartsAgainWhenAPortIsTaken(t *testing.T) {
	rie, bootstrap := buildLambdaBinaries(t)
	for _, which := range []string{"emulator", "runtime API"} {
		t.Run(which, func(t *testing.T) {
			taken, err := net.Listen("tcp", "127.0.0.1:0")
			if err != nil {
				t.Fatal(err)
			}
			defer taken.Close()
			takenPort := strconv.Itoa(taken.Addr().(*net.TCPAddr).Port)
			attempts := 0
			p := startRIEOn(t, rie, bootstrap, dynalitetest.Table(t), func() (string, string) {
				attempts++
				switch {
				case attempts > 1:
					return freePort(t), freePort(t)
				case which == "emulator":
					return takenPort, freePort(t)
				default:
					return freePort(t), takenPort
				}
			})
			if attempts != 2 {
				t.Errorf("the RIE was started %d times, want 2 (once on the taken port)", attempts)
			}
			event := loadEvent(t, "v1-get-jobs.json")
			res, body := p.invoke(t, event)
			checkEnvelope(t, res, body, 200, eventRequestID(t, event))
		})
	}
}

// BenchmarkRIEColdStart measures a cold start under the emulator: from
// starting the RIE to the first response of GET /jobs. "fresh" starts on an
// empty table, so init seeds the sandbox (the first start of a new
// deployment); "seeded" opens a table an earlier instance seeded, as every
// later cold start does. Both also
// report the RIE's INIT REPORT figure (function start to its first /next).
func BenchmarkRIEColdStart(b *testing.B) {
	rie, bootstrap := buildLambdaBinaries(b)
	event := loadEvent(b, "v1-get-jobs.json")
	seeded := dynalitetest.Table(b)
	first := startRIE(b, rie, bootstrap, seeded)
	first.invoke(b, event)
	first.stop()
	for _, bc := range []struct {
		name  string
		table func() string
	}{
		{"fresh", func() string { return dynalitetest.Table(b) }},
		{"seeded", func() string { return seeded }},
	} {
		b.Run(bc.name, func(b *testing.B) {
			var initTotal float64
			for range b.N {
				b.StopTimer()
				table := bc.table()
				b.StartTimer()
				p := startRIE(b, rie, bootstrap, table)
				res, _ := p.invoke(b, event)
				b.StopTimer()
				if res.StatusCode != 200 {
					b.Fatalf("status = %d, want 200", res.StatusCode)
				}
				rapidInit, _ := initDurations(p.out.String())
				initTotal += rapidInit
				p.stop()
				b.StartTimer()
			}
			b.ReportMetric(initTotal/float64(b.N), "init-ms/op")
		})
	}
}

// BenchmarkRIEWarmInvoke measures one warm GET /jobs?limit=100 through the
// emulator, the adapter and the router (the sandbox on DynamoDB, here
// dynalite).
func BenchmarkRIEWarmInvoke(b *testing.B) {
	rie, bootstrap := buildLambdaBinaries(b)
	p := startRIE(b, rie, bootstrap, dynalitetest.Table(b))
	event := loadEvent(b, "v1-get-jobs.json")
	if res, _ := p.invoke(b, event); res.StatusCode != 200 {
		b.Fatalf("status = %d, want 200", res.StatusCode)
	}
	for b.Loop() {
		if res, _ := p.invoke(b, event); res.StatusCode != 200 {
			b.Fatalf("status = %d, want 200", res.StatusCode)
		}
	}
}

// TestLambdaUnderRIEWithKey runs the bootstrap under the emulator as the
// stack deploys it, AUTH=required, with a key created beforehand by the
// keys command in the function's store: an event without the key is 401,
// with it 200 with RateLimit headers, and a POST retried with its
// Idempotency-Key is answered from the first one, in one function.
func TestLambdaUnderRIEWithKey(t *testing.T) {
	rie, bootstrap := buildLambdaBinaries(t)
	table := dynalitetest.Table(t)
	secret := createKey(t, map[string]string{"STORE": "dynamodb", "DYNAMODB_TABLE": table, "DYNAMODB_ENDPOINT": dynalitetest.Endpoint(t)},
		"--name", "rie", "--scope", "write")
	p := startRIE(t, rie, bootstrap, table, "AUTH=required")

	withHeaders := func(name string, headers map[string]string) []byte {
		return v1Event(t, name, func(ev *events.APIGatewayProxyRequest) {
			if ev.Headers == nil {
				ev.Headers = map[string]string{}
			}
			if ev.MultiValueHeaders == nil {
				ev.MultiValueHeaders = map[string][]string{}
			}
			for k, v := range headers {
				for _, m := range []map[string]string{ev.Headers} {
					for old := range m {
						if strings.EqualFold(old, k) {
							delete(m, old)
						}
					}
				}
				for old := range ev.MultiValueHeaders {
					if strings.EqualFold(old, k) {
						delete(ev.MultiValueHeaders, old)
					}
				}
				ev.Headers[k] = v
				ev.MultiValueHeaders[k] = []string{v}
			}
		})
	}

	// The fixture carries an old API Gateway key (x-api-key), which is no
	// atsbridge key.
	event := loadEvent(t, "v1-get-jobs.json")
	res, body := p.invoke(t, event)
	checkEnvelope(t, res, body, 401, eventRequestID(t, event))
	if body.Code != "UNAUTHENTICATED" || !strings.HasPrefix(res.header("WWW-Authenticate"), "Bearer") {
		t.Errorf("no key: code %q, WWW-Authenticate %q; want UNAUTHENTICATED, Bearer", body.Code, res.header("WWW-Authenticate"))
	}

	event = withHeaders("v1-get-jobs.json", map[string]string{"Authorization": "Bearer " + secret})
	res, body = p.invoke(t, event)
	checkEnvelope(t, res, body, 200, eventRequestID(t, event))
	if res.header("RateLimit-Policy") != `"default";q=600;w=60` || !strings.HasPrefix(res.header("RateLimit"), `"default";r=`) {
		t.Errorf("RateLimit-Policy %q, RateLimit %q; want the default policy and a count", res.header("RateLimit-Policy"), res.header("RateLimit"))
	}

	post := withHeaders("v1-post-candidate.json", map[string]string{"X-Api-Key": secret, "Idempotency-Key": "rie-retry-1"})
	first, firstBody := p.invoke(t, post)
	checkEnvelope(t, first, firstBody, 201, eventRequestID(t, post))
	again, againBody := p.invoke(t, post)
	if again.StatusCode != 201 || again.header("Idempotent-Replayed") != "true" || againBody.RequestID != firstBody.RequestID || string(againBody.Data) != string(firstBody.Data) {
		t.Errorf("retry: %d, replayed %q, body %s; want the first answer replayed: %s", again.StatusCode, again.header("Idempotent-Replayed"), again.Body, first.Body)
	}
	out := p.out.String()
	if strings.Contains(out, secret) || strings.Contains(out, secret[5:]) {
		t.Errorf("the key appears in the function's output:\n%s", out)
	}
	if !strings.Contains(out, `"key_id":"key_`) {
		t.Errorf("no access line names the key's id:\n%s", out)
	}
}
