//go:build unix

package dynalitetest

import (
	"os/exec"
	"syscall"
	"time"
)

// watchdog runs the server in the background of a shell that waits for its
// stdin to close and then kills its whole process group. The stdin pipe's
// write end belongs to the test process, so the server dies with the test
// process even when nobody calls Stop (npx runs node as a grandchild, which
// a plain Kill of the direct child would leave behind).
const watchdog = `"$@" </dev/null & cat >/dev/null; kill 0`

// launch starts name with args under the watchdog, in its own process group.
func launch(name string, args []string) (*process, error) {
	cmd := exec.Command("sh", append([]string{"-c", watchdog, "sh", name}, args...)...)
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
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

// stop ends the process group and waits briefly for it to go.
func (p *process) stop() {
	_ = p.stdin.Close()
	_ = syscall.Kill(-p.cmd.Process.Pid, syscall.SIGTERM)
	select {
	case <-p.exited:
	case <-time.After(5 * time.Second):
		_ = syscall.Kill(-p.cmd.Process.Pid, syscall.SIGKILL)
		<-p.exited
	}
}
