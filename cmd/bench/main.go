// Command bench compares what atsbridge serves with what the machine can
// serve: it builds the real binary, starts it on a fresh preview sandbox
// (a temporary DATA_DIR, a free port), starts a bare net/http server that
// answers the same paths with the same response bytes, and drives both with
// the same load for the same time, alternately, route after route, round
// after round. It prints requests per second, p50 and p99 latency and the
// ratio of atsbridge to the bare server for each route and round, then the
// median over the rounds.
//
//	go run ./cmd/bench                    # 3 rounds of 5 s per server and route
//	go run ./cmd/bench -rounds 3 -duration 10s -store memory
//
// The load is wrk (1 thread, 32 connections by default) when wrk is on
// PATH, else a Go load generator of the same shape (-load go forces it).
// The machine's load average is printed with every round: on a shared
// machine, numbers taken under load say little.
//
// bench is a developer tool, not part of the service; it is the issue 14
// measurement, kept so that anyone can repeat it.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"time"
)

// routes are the requests compared, as issue 14 lists them.
var routes = []string{
	"/jobs?limit=20",
	"/jobs/job_063",
	"/applications?job_id=job_063&limit=20",
	"/candidates?limit=100",
}

type options struct {
	rounds      int
	duration    time.Duration
	warmup      time.Duration
	connections int
	threads     int
	store       string
	load        string // wrk, go, or "" for wrk when installed
	binary      string
}

func main() {
	if len(os.Args) > 1 && os.Args[1] == bareCommand {
		// The bare server runs as a process of its own, like atsbridge,
		// so that neither shares a Go runtime with the load generator.
		if err := serveBare(os.Args[2:], os.Stdout); err != nil {
			fmt.Fprintln(os.Stderr, "bench bare:", err)
			os.Exit(1)
		}
		return
	}
	var o options
	flag.IntVar(&o.rounds, "rounds", 3, "alternating rounds; the summary is their median")
	flag.DurationVar(&o.duration, "duration", 5*time.Second, "load time per server, route and round")
	flag.DurationVar(&o.warmup, "warmup", time.Second, "unmeasured load per server and route before the first round")
	flag.IntVar(&o.connections, "connections", 32, "concurrent connections")
	flag.IntVar(&o.threads, "threads", 1, "wrk threads")
	flag.StringVar(&o.store, "store", "sqlite", "STORE of the atsbridge sandbox: sqlite or memory")
	flag.StringVar(&o.load, "load", "", "load generator: wrk or go (default: wrk when installed)")
	flag.StringVar(&o.binary, "binary", "", "atsbridge binary to run (default: go build of this module)")
	flag.Parse()
	if flag.NArg() > 0 {
		fmt.Fprintf(os.Stderr, "bench: unexpected argument %q\n", flag.Arg(0))
		flag.Usage()
		os.Exit(2)
	}

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, o, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, o options, out io.Writer) error {
	if o.rounds < 1 || o.duration <= 0 || o.connections < 1 || o.threads < 1 {
		return fmt.Errorf("rounds, duration, connections and threads must be positive")
	}
	gen, err := newGenerator(o)
	if err != nil {
		return err
	}
	dir, err := os.MkdirTemp("", "atsbridge-bench-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)

	bin := o.binary
	if bin == "" {
		fmt.Fprintln(out, "building atsbridge ...")
		if bin, err = buildBinary(ctx, dir); err != nil {
			return err
		}
	}
	real, err := startReal(ctx, bin, dir, o.store)
	if err != nil {
		return err
	}
	defer real.stop()

	bodies, err := fetchBodies(ctx, real.base, routes)
	if err != nil {
		return err
	}
	bare, err := startBare(ctx, dir, bodies)
	if err != nil {
		return err
	}
	defer bare.stop()

	fmt.Fprintf(out, "atsbridge %s (STORE=%s) against a bare net/http server with the same bytes\n", real.base, o.store)
	fmt.Fprintf(out, "load: %s, %d connection(s), %s per server, route and round, %d round(s); %d CPU(s)\n",
		gen.name(), o.connections, o.duration, o.rounds, numCPU())
	for _, r := range routes {
		fmt.Fprintf(out, "  GET %-42s %6d bytes\n", r, len(bodies[r]))
	}
	fmt.Fprintf(out, "load average at start: %s\n\n", loadAverage())

	if o.warmup > 0 {
		for _, r := range routes {
			for _, base := range []string{bare.base, real.base} {
				if _, err := gen.run(ctx, base+r, o.warmup); err != nil {
					return err
				}
			}
		}
	}

	results := make([][]comparison, o.rounds)
	for round := range o.rounds {
		fmt.Fprintf(out, "round %d (load average %s)\n", round+1, loadAverage())
		for _, r := range routes {
			var bareM, realM measurement
			// Alternate which server goes first, so neither always runs
			// on a machine the other has just warmed or heated.
			order := []*measurement{&bareM, &realM}
			bases := []string{bare.base, real.base}
			if round%2 == 1 {
				order[0], order[1] = order[1], order[0]
				bases[0], bases[1] = bases[1], bases[0]
			}
			for i := range order {
				m, err := gen.run(ctx, bases[i]+r, o.duration)
				if err != nil {
					return err
				}
				*order[i] = m
			}
			if err := real.alive(); err != nil {
				return err
			}
			results[round] = append(results[round], newComparison(r, bareM, realM))
		}
		printTable(out, results[round])
		fmt.Fprintln(out)
	}
	fmt.Fprintf(out, "median of %d round(s) (load average at end %s)\n", o.rounds, loadAverage())
	printTable(out, median(results))
	return nil
}

// buildBinary builds the module's main package into dir.
func buildBinary(ctx context.Context, dir string) (string, error) {
	root, err := moduleRoot(ctx)
	if err != nil {
		return "", err
	}
	bin := filepath.Join(dir, "atsbridge")
	cmd := exec.CommandContext(ctx, "go", "build", "-trimpath", "-o", bin, ".")
	cmd.Dir = root
	if b, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("go build: %w\n%s", err, b)
	}
	return bin, nil
}

// moduleRoot is the directory of the go.mod of the working directory.
func moduleRoot(ctx context.Context) (string, error) {
	b, err := exec.CommandContext(ctx, "go", "env", "GOMOD").Output()
	if err != nil {
		return "", fmt.Errorf("go env GOMOD: %w", err)
	}
	gomod := strings.TrimSpace(string(b))
	if gomod == "" || gomod == os.DevNull {
		return "", fmt.Errorf("run bench inside the atsbridge module (go run ./cmd/bench)")
	}
	return filepath.Dir(gomod), nil
}

// loadAverage is the 1, 5 and 15 minute load averages, as uptime prints them.
func loadAverage() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "unknown"
	}
	f := strings.Fields(string(b))
	if len(f) < 3 {
		return "unknown"
	}
	return strings.Join(f[:3], ", ")
}
