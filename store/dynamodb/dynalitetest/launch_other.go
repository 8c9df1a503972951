//go:build !unix

package dynalitetest

import (
	"os/exec"
	"time"
)

// serverCmd runs name with args directly; without Unix process groups the
// server may outlive a test process that does not call Stop.
func serverCmd(name string, args []string) *exec.Cmd {
	return exec.Command(name, args...)
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
