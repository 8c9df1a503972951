//go:build !unix

package dynalitetest

import (
	"os/exec"
	"time"
)

// launch starts name with args directly; without Unix process groups the
// server may outlive a test process that does not call Stop.
func launch(name string, args []string) (*process, error) {
	cmd := exec.Command(name, args...)
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

// stop kills the process and waits briefly for it to go.
func (p *process) stop() {
	_ = p.stdin.Close()
	_ = p.cmd.Process.Kill()
	select {
	case <-p.exited:
	case <-time.After(5 * time.Second):
	}
}
