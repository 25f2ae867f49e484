//go:build unix

package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
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
		status, stderr := runDetached(t, exe, dir, c.args...)
		// one line; diff may say first that the years are not consecutive
		lines := strings.Split(strings.TrimRight(stderr, "\n"), "\n")
		if status != c.status || !strings.Contains(lines[len(lines)-1], c.stderr) || (len(lines) != 1 && c.args[0] != "diff") {
			t.Errorf("%v: exit %d (want %d), stderr %q (want %q)", c.args, status, c.status, stderr, c.stderr)
		}
	}
}

// runDetached runs yusuan (this test binary as main) in dir, without a
// controlling terminal, and returns its exit status and stderr.
func runDetached(t *testing.T, exe, dir string, args ...string) (int, string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, exe, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "YUSUAN_RUN_MAIN=1")
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true} // no /dev/tty
	var stderr strings.Builder
	cmd.Stderr = &stderr
	err := cmd.Run()
	var exit *exec.ExitError
	switch {
	case errors.As(err, &exit):
		return exit.ExitCode(), stderr.String()
	case err != nil:
		t.Fatalf("%v: %v", args, err)
	}
	return 0, stderr.String()
}

// TestNothingHeavyAtInit: what runs before main, as GODEBUG=inittrace=1
// reports it for yusuan --version, stays small: no package of this module
// builds tables or compiles regular expressions at initialisation (64 KB
// each at most; lazyregexp and sync.OnceValue instead), and all packages
// together allocate under 1 MB (4 MB when excelize and go-pinyin were
// linked, both now absent).
func TestNothingHeavyAtInit(t *testing.T) {
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(exe, "--version")
	cmd.Env = append(os.Environ(), "YUSUAN_RUN_MAIN=1", "GODEBUG=inittrace=1")
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		t.Fatal(err)
	}
	total, packages := 0, 0
	sc := bufio.NewScanner(strings.NewReader(stderr.String()))
	for sc.Scan() {
		// init yusuan/audit @14 ms, 0.069 ms clock, 2672 bytes, 28 allocs
		var pkg string
		var at, clock float64
		var bytes, allocs int
		if _, err := fmt.Sscanf(sc.Text(), "init %s @%f ms, %f ms clock, %d bytes, %d allocs", &pkg, &at, &clock, &bytes, &allocs); err != nil {
			continue
		}
		packages++
		total += bytes
		if strings.HasPrefix(pkg, "yusuan/") && bytes > 64<<10 {
			t.Errorf("%s allocates %d bytes at init", pkg, bytes)
		}
		if strings.Contains(pkg, "excelize") || strings.Contains(pkg, "go-pinyin") {
			t.Errorf("%s is linked again", pkg)
		}
	}
	if packages < 20 || total > 1<<20 {
		t.Errorf("%d packages allocate %d bytes at init", packages, total)
	}
}
