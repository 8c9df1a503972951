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
// process even when nobody calls Stop (node runs as a grandchild under the
// shell, which a plain Kill of the direct child would leave behind).
const watchdog = `"$@" </dev/null & cat >/dev/null; kill 0`

// serverCmd runs name with args under the watchdog, in its own process group.
func serverCmd(name string, args []string) *exec.Cmd {
	cmd := exec.Command("sh", append([]string{"-c", watchdog, "sh", name}, args...)...)
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	return cmd
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
