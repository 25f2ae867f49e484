//go:build unix

package main

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestMain lets a test run this very binary as yusuan (YUSUAN_RUN_MAIN=1),
// so that exit statuses are checked as a shell sees them.
func TestMain(m *testing.M) {
	if os.Getenv("YUSUAN_RUN_MAIN") == "1" {
		main()
	}
	os.Exit(m.Run())
}

// TestExitStatus runs yusuan as a process without a controlling terminal:
// each status of the contract, and 3 when the explorer cannot draw. That a
// file, a folder, or a file named like a misspelt command ends in 3 shows
// they reached the explorer; a misspelt command never does.
func TestExitStatus(t *testing.T) {
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	wd, _ := os.Getwd()
	dir := t.TempDir()
	b, err := os.ReadFile(jinzhong)
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"exprot", "budget.txt"} { // a file named like a misspelt command
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, c := range []struct {
		args   []string
		status int
		stderr string
	}{
		{[]string{"tree", filepath.Join(wd, jinzhong)}, exitOK, ""},
		{[]string{"check", filepath.Join(wd, cangzhou)}, exitFindings, ""},
		{[]string{"check", "--format", "xml", filepath.Join(wd, cangzhou)}, exitBadInput, "未知格式"},
		{[]string{"chekc", "budget.txt"}, exitBadInput, `did you mean "check"`},
		{[]string{"exprot", "budget.txt"}, exitBadInput, "one file or folder"}, // exprot is a file here
		{[]string{"tree", "--nope", "budget.txt"}, exitBadInput, "unknown flag"},
		{[]string{}, exitTerminal, "terminal"},
		{[]string{"budget.txt", "--ascii"}, exitTerminal, "terminal"},
		{[]string{"exprot"}, exitTerminal, "terminal"},
		{[]string{"."}, exitTerminal, "terminal"},
		{[]string{"diff", "exprot", "budget.txt"}, exitTerminal, "terminal"},
	} {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		cmd := exec.CommandContext(ctx, exe, c.args...)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "YUSUAN_RUN_MAIN=1")
		cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true} // no /dev/tty
		var stderr strings.Builder
		cmd.Stderr = &stderr
		err := cmd.Run()
		cancel()
		status := 0
		var exit *exec.ExitError
		if errors.As(err, &exit) {
			status = exit.ExitCode()
		} else if err != nil {
			t.Fatalf("%v: %v", c.args, err)
		}
		// one line; diff may say first that the years are not consecutive
		lines := strings.Split(strings.TrimRight(stderr.String(), "\n"), "\n")
		if status != c.status || !strings.Contains(lines[len(lines)-1], c.stderr) || (len(lines) != 1 && c.args[0] != "diff") {
			t.Errorf("%v: exit %d (want %d), stderr %q (want %q)", c.args, status, c.status, stderr.String(), c.stderr)
		}
	}
}
